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

import functools
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Annotated

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
    forgive_names,
    parse_filters,
    plain_text_type,
    session,
)
from frontline.cli.options import DecimalOption, DelimiterOption, EncodingOption
from frontline.render.formats import escape_control
from frontline.store import records as store
from frontline.store.records import Filters, Located, WriteSummary

if TYPE_CHECKING:  # the readers and writers load when a command runs
    from frontline.ingest import sources as io
    from frontline.ingest.maps import MapOptions
    from frontline.ingest.rules import RuleSet

PROGRESS_MIN_BYTES = 4 * 1024 * 1024


class ImportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    geojson = "geojson"
    deepstate = "deepstate"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    geojson = "geojson"


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
            metavar="table|csv|json|markdown",
            help="Input format; default: from each file's extension.",
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
    """Import records from CSV, JSON, JSON Lines, GeoJSON or DeepState files, all
    or nothing.

    Columns named like record fields (what `export` writes) need no mapping.
    A map is the area held on the day its DeepState wrapper or file name says
    (YYYYMMDD, YYYY-MM-DD or a unix time), or --set end=DATE; its geometry is
    kept. A DeepState snapshot (recognised by its names) gives the layers
    control, pre-2022, contested and liberated; a plain GeoJSON one polygon set.

    - `frontline import colleague.json`
    - `frontline import layers.csv --kind holding --map end=date --set actor=russia
      --set region=ukraine --set source=DeepState`
    """
    from frontline.ingest import maps as map_io
    from frontline.ingest import sources as io

    started = time.perf_counter()
    plan = io.FieldPlan.from_options(
        maps or [], sets or [], kind.value if kind else None, decimal, delimiter
    )
    chosen = fmt.value if fmt else None
    sources = map_io.auto_formats(
        io.resolve_sources(files, chosen, encoding), fmt is not None
    )
    map_options = _map_options(sources, plan, regions, region_key)
    rules = _rules(rules_file, map_options)
    conn = _connection(session(ctx), dry_run)
    notes = io.ImportNotes()
    try:
        summary = _write(
            conn, sources, plan, notes, on_conflict.value, dry_run, map_options, rules
        )
    finally:
        for line in notes.lines():
            typer.echo(escape_control(line), err=True)
    for line in [
        *(map_options.summary.notes if map_options is not None else []),
        *(rules.notes() if rules is not None else []),
    ]:
        typer.echo(escape_control(line), err=True)
    label = sources[0].label if len(sources) == 1 else f"{len(sources):,} files"
    elapsed = time.perf_counter() - started
    line = summary_line(label, summary, elapsed, dry_run=dry_run)
    if map_options is not None and (maps_line := map_options.summary.line()):
        line += f"; {maps_line}"
    if rules is not None:
        line += f"; {rules.line()}"
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
    map_options: MapOptions | None = None,
    rules: RuleSet | None = None,
) -> WriteSummary:
    """Validate every source into a staging table, then take the write lock
    only to merge: a long parse never keeps another writer waiting.

    Maps are read into the store inside one transaction taken up front, so that
    their shapes are kept together with their records (`store.shapes`)."""
    from frontline.ingest import sources as io
    from frontline.store import bulk

    bulk.check_on_conflict(on_conflict)
    meter = io.Meter(sources)
    if map_options is not None:
        return _write_maps(
            conn, sources, plan, notes, meter, on_conflict, dry_run, map_options
        )
    from frontline.ingest.tabular import stage_sources

    staging = bulk.Staging(conn)
    try:
        with _progress(meter) as (on_batch, on_input_done):
            stage_sources(
                staging,
                sources,
                plan,
                notes=notes,
                meter=meter,
                progress=on_batch,
                rules=rules,
            )
            on_input_done()
            return bulk.merge(
                staging,
                on_conflict=on_conflict,
                dry_run=dry_run,
                on_wait=_say_waiting if stderr_is_terminal() else None,
            )
    finally:
        staging.drop()


def _write_maps(
    conn: sqlite3.Connection,
    sources: list[io.Source],
    plan: io.FieldPlan,
    notes: io.ImportNotes,
    meter: io.Meter,
    on_conflict: str,
    dry_run: bool,
    map_options: MapOptions,
) -> WriteSummary:
    from frontline.ingest.tabular import read_records
    from frontline.store import shapes as shape_store

    with _progress(meter) as (on_batch, on_input_done):
        records = read_records(
            sources, plan, notes=notes, meter=meter, map_options=map_options
        )
        with shape_store.kept_shapes(conn, dry_run) as keeper:
            map_options.keep = keeper.keep
            return store.write_records(
                conn,
                _then(records, on_input_done),
                on_conflict=on_conflict,
                dry_run=dry_run,
                progress=on_batch,
            )


def _say_waiting() -> None:
    typer.echo("waiting for another writer…", err=True)


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


def _rules(path: str | None, map_options: MapOptions | None) -> RuleSet | None:
    """The rules file, checked whole before any input is read."""
    if path is None:
        return None
    from frontline.errors import InputError
    from frontline.ingest.rules import load_rules

    if map_options is not None:
        raise InputError("rules", "apply to tables (CSV, JSON, JSON Lines), not maps")
    return load_rules(path)


def _map_options(
    sources: list[io.Source],
    plan: io.FieldPlan,
    regions: str | None,
    region_key: str | None,
) -> MapOptions | None:
    """Fail before reading anything: wrong options, undated plain maps, no
    shapely; then the region boundaries. None when no source is a map."""
    from frontline.errors import InputError
    from frontline.ingest import geojson as geo
    from frontline.ingest import maps as map_io

    if (regions is None) != (region_key is None):
        given, missing = ("regions", "region-key")
        if regions is None:
            given, missing = missing, given
        raise InputError(given, f"needs --{missing} too")
    found = [source for source in sources if source.format in map_io.MAP_FORMATS]
    if not found:
        if regions is not None:
            raise InputError("regions", "applies only to maps (GeoJSON, DeepState)")
        return None
    for source in found:
        map_io.check_plan(plan, source.format)
        if source.format == "geojson":
            geo.source_day(source, plan)
    geo.require_geo()
    options = map_io.MapOptions()
    if regions is not None and region_key is not None:
        from frontline.ingest.regions import read_regions

        options.regions = read_regions(regions, region_key)
    return options


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
            metavar="csv|json|jsonl|geojson",
            help="csv, json, jsonl, or geojson (kept map shapes); default: from "
            "the -o file's extension, else csv.",
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
    from frontline.ingest import export as io_export

    if output is not None and output != io_export.STDOUT:
        from frontline.store import db

        db.refuse_database_output(session(ctx).location, output)
    chosen = io_export.format_for(fmt.value if fmt else None, output)
    filters = parse_filters(actor, region, layer, source, kind, start, end)
    conn = session(ctx).reader()
    filters = forgive_names(conn, filters)
    if chosen == "geojson":
        _export_shapes(session(ctx), filters, output)
        return
    write: Callable[[IO[str]], int]
    if chosen == "csv" and store.plain_csv_text(conn, filters, neutralise=not raw):
        # Lines joined by the query, only the area formatted here: the common case.
        rows = store.iter_csv_parts(conn, filters)
        write = functools.partial(io_export.write_csv_parts, rows)
    elif chosen == "csv" and not store.has_carriage_return(conn, filters):
        # Stored values straight to CSV, neutralised by the query: no Record per
        # row. A lone CR needs `write_csv`'s quoting: the record path below.
        rows = store.iter_record_values(conn, filters, neutralise=not raw)
        write = functools.partial(io_export.write_csv_values, rows)
    else:
        records = store.iter_records(conn, filters)
        write = functools.partial(io_export.write_records, records, chosen, raw=raw)
    if output is None or output == io_export.STDOUT:
        _export_to_stdout(write)
        return
    with io_export.output_file(output) as handle:
        count = write(handle)
    typer.echo(escape_control(f"exported {count:,} records to {output}"), err=True)


def _export_shapes(current: Session, filters: Filters, output: str | None) -> None:
    """The kept shapes as GeoJSON; how many records had none goes to stderr."""
    from frontline.ingest import export as io_export
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.map_export import write_shapes
    from frontline.store import shapes as shape_store

    require_geo()
    pairs = shape_store.shaped_records(current.reader(), filters)
    if output is None or output == io_export.STDOUT:
        written, without = write_shapes(pairs, sys.stdout)
        sys.stdout.flush()
        where = ""
    else:
        with io_export.output_file(output) as handle:
            written, without = write_shapes(pairs, handle)
        where = f" to {output}"
    line = f"exported {written:,} map shapes{where}"
    if without:
        noun = "record" if without == 1 else "records"
        line += f"; {without:,} {noun} without a kept shape left out"
    typer.echo(line, err=True)


def _export_to_stdout(write: Callable[[IO[str]], int]) -> None:
    """Write to stdout, flushed here so that a full disk behind a redirect is
    an error message and exit 1, not a complaint from the interpreter's exit."""
    from frontline.errors import FrontlineError

    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise FrontlineError(f"cannot write to stdout: {reason}") from None
