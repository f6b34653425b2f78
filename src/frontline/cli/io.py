"""Commands that move records in and out in bulk: import and export.

Import streams every input through the one validator into one transaction: one
bad row anywhere rejects the whole import with `FILE, line N: FIELD: problem`,
and the database stays exactly as it was. Natural keys make it idempotent.

Ids: an exported file carries each record's id, and import hands it to the
store with the record. Records are matched by natural key, never by id; a new
record keeps the file's id when no record has (or had) it, and is numbered afresh
otherwise, so export -> import into an empty database -> export gives the same
bytes.

A figure given twice in one import (two rows, two files, two maps of one day)
is stored once, in its last version, and the import says how many repeats it
dropped: the store counts them, since only it sees every row of every file.

Only light modules are imported here; rich and pyproj load when first needed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from frontline.cli.app import (
    ActorOption,
    KindOption,
    LayerOption,
    OverlapFromOption,
    OverlapToOption,
    RawOption,
    RegionOption,
    SourceOption,
    VerboseOption,
    command,
    plain_text_type,
    say,
    session,
)
from frontline.cli.interrupt import nothing_written_on_interrupt
from frontline.cli.options import (
    DecimalOption,
    DelimiterOption,
    EncodingOption,
    SheetOption,
)

if TYPE_CHECKING:  # the readers and writers load when a command runs
    from frontline.store.bulk import WriteSummary

PROGRESS_MIN_BYTES = 4 * 1024 * 1024
STDOUT = "-"  # `-o -`: standard output, as without -o


def _input_formats() -> tuple[str, ...]:
    from frontline.api import input_formats

    return input_formats()


# The input formats, from the registry (a table of names: no reader is
# imported), and `deepstate`, which reads a GeoJSON with DeepState's layers.
ImportFormat = StrEnum(  # type: ignore[misc]
    "ImportFormat", {name: name for name in (*_input_formats(), "deepstate")}
)


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    geojson = "geojson"
    xlsx = "xlsx"


class KindChoice(StrEnum):
    change = "change"
    holding = "holding"


class OnConflict(StrEnum):
    skip = "skip"
    replace = "replace"
    fail = "fail"


@command("import", no_args_is_help=True)
def import_records(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(
            metavar="FILE…",
            click_type=plain_text_type(),
            help="Files to import, or - for stdin. All are imported or none.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ImportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="|".join(_input_formats()),
            help="Input format; default: from each file's content, else its "
            "extension (deepstate: a GeoJSON read as DeepState's layers).",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        KindChoice | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Kind of rows that have no kind column or value (default change).",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    maps: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="FIELD=COLUMN",
            help="Read FIELD from COLUMN (--map end=date --map area=areaKm2).",
            show_default=False,
        ),
    ] = None,
    sets: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="FIELD=VALUE",
            help="Give FIELD the same VALUE on every row (--set source=ISW).",
            show_default=False,
        ),
    ] = None,
    on_conflict: Annotated[
        OnConflict,
        typer.Option(
            "--on-conflict",
            metavar="skip|replace|fail",
            help="What a figure that differs from the stored one does.",
            case_sensitive=False,
        ),
    ] = OnConflict.skip,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Validate and count; write nothing."),
    ] = False,
    regions: Annotated[
        str | None,
        typer.Option(
            "--regions",
            metavar="FILE.geojson",
            help="Split each map by these region boundaries (with --region-key).",
            show_default=False,
        ),
    ] = None,
    region_key: Annotated[
        str | None,
        typer.Option(
            "--region-key",
            metavar="PROPERTY",
            help="The boundaries' property that names each region.",
            show_default=False,
        ),
    ] = None,
    decimal: DecimalOption = None,
    delimiter: DelimiterOption = None,
    encoding: EncodingOption = None,
    sheet: SheetOption = None,
    date_from_name: Annotated[
        str | None,
        typer.Option(
            "--date-from-name",
            metavar="PATTERN",
            help="Read each map's day from its file name: %Y %y %m %d %j %b over "
            "the base name, * for any text (Control_%y_%m_%d, %y%m%d_*).",
            show_default=False,
        ),
    ] = None,
    clip: Annotated[
        str | None,
        typer.Option(
            "--clip",
            metavar="FILE",
            help="Measure maps only inside this boundary (a GeoJSON, KML… map).",
            show_default=False,
        ),
    ] = None,
    verbose: VerboseOption = False,
    rules_file: Annotated[
        str | None,
        typer.Option(
            "--rules",
            metavar="RULES.toml",
            help="Per-row fields by column values: [[rule]] match = {…}, then "
            "set = {…} or skip = true.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Import records from CSV, Excel (.xlsx), JSON, JSON Lines, GeoJSON,
    KML/KMZ or DeepState files (also gzipped or zipped), all or nothing.

    Columns named like record fields (what `export` writes) need no mapping, nor
    do headers as people write them (Date, Area (sq km), Who, Where, Source).
    A map is the area held on the day its DeepState wrapper or file name says
    (YYYYMMDD, YYYY-MM-DD or a unix time), or --set end=DATE, or
    --date-from-name; with --map end=PROPERTY each feature gives its own day
    and the features of one day are unioned into one holding. Its geometry is
    kept. A DeepState snapshot (recognised by its names) gives the layers
    control, pre-2022, contested and liberated; a plain GeoJSON one polygon set.

    - `frontline import colleague.json --decimal .`
    - `frontline import newsroom.xlsx --sheet Figures`
    - `frontline import layers.csv --kind holding --map end=date --set actor=russia
      --set region=ukraine --set source=DeepState`
    """
    started = time.perf_counter()
    tracker = session(ctx).tracker()
    with nothing_written_on_interrupt(), _Progress() as progress:
        result = tracker.import_result(
            files,
            progress,
            format=fmt.value if fmt else None,
            kind=kind.value if kind else None,
            map=maps or [],
            set=sets or [],
            on_conflict=on_conflict.value,
            dry_run=dry_run,
            regions=regions,
            region_key=region_key,
            clip=clip,
            date_from_name=date_from_name,
            rules=rules_file,
            verbose=verbose,
            decimal=decimal,
            delimiter=delimiter,
            encoding=encoding,
            sheet=sheet,
        )
    for line in result.notes:
        say(line)
    elapsed = time.perf_counter() - started
    line = summary_line(result.label, result.summary, elapsed, dry_run=dry_run)
    for part in (result.maps_line, result.rules_line):
        if part:
            line += f"; {part}"
    say(line)
    for note in (repeated_note(result.summary), skipped_note(result.summary)):
        if note:
            say(note)


def _say_waiting() -> None:
    say("waiting for another writer…")


def summary_line(
    label: str, summary: WriteSummary, elapsed: float, *, dry_run: bool
) -> str:
    """The one line an import ends with: what it did (or would do), and how long."""
    if dry_run:
        return (
            f"dry run: {label}: would add {summary.added:,}, update "
            f"{summary.updated:,}, skip {summary.skipped:,} "
            f"({summary.unchanged:,} already present) in {elapsed:.1f} s; "
            "nothing written"
        )
    return (
        f"imported {label}: {summary.added:,} added, {summary.updated:,} updated, "
        f"{summary.skipped:,} skipped, {summary.unchanged:,} already present "
        f"in {elapsed:.1f} s"
    )


def repeated_note(summary: WriteSummary) -> str | None:
    """Say when the input gave a figure more than once: only the last version is
    kept, and an earlier, different one would otherwise vanish unnoticed.

    `repeated` counts rows beyond the first of each figure (rows given minus
    figures staged), so 1 means exactly one figure given twice."""
    repeated = summary.repeated
    if not repeated:
        return None
    if repeated == 1:
        return (
            "note: 1 figure was given twice in this import; the last version was kept"
        )
    return (
        f"note: {repeated:,} figures repeat ones given earlier in this import; "
        "the last version of each was kept"
    )


def skipped_note(summary: WriteSummary) -> str | None:
    """Say when figures that differ from stored ones were left alone, and how
    to update them: a silent skip would look like a successful revision."""
    if not (summary.skipped and summary.conflicts):
        return None
    origin, record_id = summary.conflicts[0]
    figures = (
        "1 figure differs from the stored one and was"
        if summary.skipped == 1
        else f"{summary.skipped:,} figures differ from the stored ones and were"
    )
    return (
        f"note: {figures} left as stored (first: {origin} vs #{record_id}); "
        "--on-conflict replace updates them"
    )


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


class _Progress:
    """What an import shows while it runs (`ingest.pipeline.Progress`): on a
    terminal, a transient bar on stderr for large inputs (counting input bytes,
    known in advance for files, so the bar has an end, and the rows staged so
    far), and for small ones only the "waiting for another writer" line;
    nothing in a pipe. Which of these is chosen when reading starts and the
    inputs' size is known."""

    def __init__(self) -> None:
        self._shown: _Waiting | None = None
        self._bar: Any = None

    def __enter__(self) -> _Progress | None:
        return self if stderr_is_terminal() else None

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def start(self, total_bytes: int | None) -> None:
        if total_bytes is not None and total_bytes < PROGRESS_MIN_BYTES:
            self._shown = _Waiting()
            return
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from frontline.render.text import console

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[rows]:>11,} rows"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console(stderr=True),
            transient=True,
        )
        self._shown = _Bar(self._bar.__enter__(), total_bytes)

    def advance(self, rows: int, done_bytes: int) -> None:
        if self._shown is not None:
            self._shown.advance(rows, done_bytes)

    def saving(self) -> None:
        if self._shown is not None:
            self._shown.saving()

    def waiting(self) -> None:
        (self._shown or _Waiting()).waiting()


class _Waiting:
    """Progress for small inputs: only say when the write waits for a lock."""

    def start(self, total_bytes: int | None) -> None:
        pass

    def advance(self, rows: int, done_bytes: int) -> None:
        pass

    def saving(self) -> None:
        pass

    def waiting(self) -> None:
        _say_waiting()


class _Bar(_Waiting):
    """Progress drawn as rich's bar (see `_progress`)."""

    def __init__(self, bar: Any, total: int | None) -> None:
        self._bar = bar
        self._task = bar.add_task("reading", total=total, rows=0)
        self._total = total
        self._rows = 0

    def advance(self, rows: int, done_bytes: int) -> None:
        self._rows += rows
        self._bar.update(self._task, completed=done_bytes, rows=self._rows)

    def saving(self) -> None:
        self._bar.update(self._task, completed=self._total, description="saving ")


@command("export")
def export_records(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="csv|json|jsonl|geojson|xlsx",
            help="csv, json, jsonl, geojson (kept map shapes) or xlsx (needs -o); "
            "default: from the -o file's extension, else csv.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    kind: KindOption = None,
    start: OverlapFromOption = None,
    end: OverlapToOption = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write to FILE instead of stdout.", metavar="FILE"
        ),
    ] = None,
    raw: RawOption = False,
) -> None:
    """Export records with every field, in a form `import` reads back unchanged.

    `--format geojson` (or `-o FILE.geojson`) writes the kept map shapes
    instead: one feature per record that has one, its fields as properties.

    - `frontline export --source ISW -o isw.jsonl`
    """
    tracker = session(ctx).tracker()
    options = {
        "format": fmt.value if fmt else None,
        "actor": actor,
        "region": region,
        "layer": layer,
        "source": source,
        "kind": kind,
        "from_": start,
        "to": end,
        "raw": raw,
    }
    if output is None or output == STDOUT:
        done = _export_to_stdout(lambda: tracker.export(sys.stdout, **options))
        where = ""
    else:
        done = tracker.export(output, **options)
        where = f" to {output}"
    if "shapes" in done:
        line = f"exported {done['shapes']:,} map shapes{where}"
        if without := done["without_shape"]:
            noun = "record" if without == 1 else "records"
            line += f"; {without:,} {noun} without a kept shape left out"
        say(line)
    elif where:
        say(f"exported {done['records']:,} records{where}")


def _export_to_stdout(export: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Export to stdout, flushed here so that a full disk behind a redirect is
    an error message and exit 1, not a complaint from the interpreter's exit."""
    from frontline.errors import FrontlineError

    try:
        done = export()
        sys.stdout.flush()
        return done
    except BrokenPipeError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        # What is left in stdout's buffer cannot be written either: sent to the
        # null device, the interpreter's last flush at exit does not fail again
        # (an unbuffered stdout never held it).
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
        raise FrontlineError(f"cannot write to stdout: {reason}") from None
