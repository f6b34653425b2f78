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

import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from frontline.cli.app import (
    ActorOption,
    KindOption,
    LayerOption,
    OverlapFromOption,
    OverlapToOption,
    RawOption,
    RegionOption,
    Session,
    SourceOption,
    command,
    parse_filters,
    session,
)
from frontline.model.records import Record
from frontline.render.formats import escape_control
from frontline.store import records as store
from frontline.store.records import Located, WriteSummary

if TYPE_CHECKING:  # the readers and writers load when a command runs
    from frontline.ingest import sources as io

PROGRESS_MIN_BYTES = 4 * 1024 * 1024


class ImportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    geojson = "geojson"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


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
            help="Files to import, or - for stdin. All are imported or none.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ImportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Input format; default: from each file's extension.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    kind: Annotated[
        KindChoice | None,
        typer.Option(
            "--kind",
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
            help="What a figure that differs from the stored one does.",
            case_sensitive=False,
        ),
    ] = OnConflict.skip,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Validate and count; write nothing."),
    ] = False,
) -> None:
    """Import records from CSV, JSON, JSON Lines or GeoJSON files, all or nothing.

    Columns named like record fields (what `export` writes) need no mapping.
    A GeoJSON file is the area an actor holds on the day in its file name
    (YYYYMMDD or YYYY-MM-DD) or given by --set end=DATE.
    """
    from frontline.ingest import sources as io

    started = time.perf_counter()
    plan = io.FieldPlan.from_options(
        maps or [], sets or [], kind.value if kind else None
    )
    sources = io.resolve_sources(files, fmt.value if fmt else None)
    _check_geojson(sources, plan)
    conn = _connection(session(ctx), dry_run)
    notes = io.ImportNotes()
    try:
        summary = _write(conn, sources, plan, notes, on_conflict.value, dry_run)
    finally:
        for line in notes.lines():
            typer.echo(escape_control(line), err=True)
    label = sources[0].label if len(sources) == 1 else f"{len(sources):,} files"
    elapsed = time.perf_counter() - started
    line = summary_line(label, summary, elapsed, dry_run=dry_run)
    typer.echo(escape_control(line), err=True)
    for note in (repeated_note(summary), skipped_note(summary)):
        if note:
            typer.echo(escape_control(note), err=True)


def _connection(current: Session, dry_run: bool) -> sqlite3.Connection:
    """The database to import into; for a dry run against a database that does
    not exist yet, an empty one in memory, so that trying an import never
    creates the file (nor its folder).

    A dry run against an existing database uses the writing connection: the
    store stages and merges in a transaction it then rolls back."""
    if dry_run and not current.location.path.exists():
        from frontline.store import db

        conn = sqlite3.connect(":memory:")
        db.migrate(conn)
        return conn
    return current.writer()


def _write(
    conn: sqlite3.Connection,
    sources: list[io.Source],
    plan: io.FieldPlan,
    notes: io.ImportNotes,
    on_conflict: str,
    dry_run: bool,
) -> WriteSummary:
    """Stream every source into the store, with a progress bar when it helps."""
    from frontline.ingest import sources as io
    from frontline.ingest.tabular import read_records

    meter = io.Meter(sources)
    with _progress(meter) as (on_batch, on_input_done):
        records = read_records(sources, plan, notes=notes, meter=meter)
        return store.write_records(
            conn,
            _then(records, on_input_done),
            on_conflict=on_conflict,
            dry_run=dry_run,
            progress=on_batch,
        )


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


def _check_geojson(sources: list[io.Source], plan: io.FieldPlan) -> None:
    """Fail before reading anything: wrong options, undated names, no pyproj."""
    maps = [source for source in sources if source.format == "geojson"]
    if not maps:
        return
    from frontline.ingest import geojson as geo

    geo.check_plan(plan)
    for source in maps:
        geo.source_day(source, plan)
    geo.require_pyproj()


def _then(records: Iterable[Located], done: Callable[[], None]) -> Iterator[Located]:
    yield from records
    done()


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


@contextmanager
def _progress(
    meter: io.Meter,
) -> Iterator[tuple[Callable[[int], None] | None, Callable[[], None]]]:
    """A transient bar on stderr for large inputs on a terminal; nothing in a pipe.

    It counts input bytes (known in advance for files, so the bar has an end)
    and shows the rows staged so far; `store.write_records` reports every batch.
    """
    large = meter.total is None or meter.total >= PROGRESS_MIN_BYTES
    if not (stderr_is_terminal() and large):
        yield None, lambda: None
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

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TextColumn("{task.fields[rows]:>11,} rows"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("reading", total=meter.total, rows=0)
        rows = 0

        def on_batch(count: int = 0) -> None:
            nonlocal rows
            rows += count
            bar.update(task, completed=meter.done(), rows=rows)

        def on_input_done() -> None:
            bar.update(task, completed=meter.total, description="saving ")

        meter.on_file_done = on_batch
        yield on_batch, on_input_done


@command("export")
def export_records(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="csv, json or jsonl; default: from the -o file's extension, else csv.",
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
    """Export records with every field, in a form `import` reads back unchanged."""
    from frontline.ingest import export as io_export

    if output is not None and output != io_export.STDOUT:
        from frontline.store import db

        db.refuse_database_output(session(ctx).location, output)
    chosen = io_export.format_for(fmt.value if fmt else None, output)
    filters = parse_filters(actor, region, layer, source, kind, start, end)
    records = store.iter_records(session(ctx).reader(), filters)
    if output is None or output == io_export.STDOUT:
        _export_to_stdout(records, chosen, raw)
        return
    with io_export.output_file(output) as handle:
        count = io_export.write_records(records, chosen, handle, raw=raw)
    typer.echo(escape_control(f"exported {count:,} records to {output}"), err=True)


def _export_to_stdout(records: Iterable[Record], fmt: str, raw: bool) -> None:
    """Write to stdout, flushed here so that a full disk behind a redirect is
    an error message and exit 1, not a complaint from the interpreter's exit."""
    from frontline.errors import FrontlineError
    from frontline.ingest import export as io_export

    try:
        io_export.write_records(records, fmt, sys.stdout, raw=raw)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise FrontlineError(f"cannot write to stdout: {reason}") from None
