"""The one import path: inputs (tables and maps, any format) into the database,
all or nothing, in one transaction.

`import`, `seed` (and whatever else adds records in bulk) call
`import_inputs(conn, inputs, options)` and get an `ImportResult` back: the
counts, the notes worth telling, and what the maps left out, as data. Nothing
here prints; a progress display is an argument, never a callback patched onto
the options.

How it runs, and why:

1. Every input is read and validated into temporary tables of this connection
   (`store.bulk.Staging` for records, `store.shapes.ShapeStaging` for the kept
   shapes of maps). Temporary tables take no lock on the database, so a long
   parse (a 700-day map archive) never keeps another writer waiting. A table
   takes the fast path (stored values, no `Record` per row) whatever other
   inputs come with it: `a.csv b.geojson` does not send the CSV down the map
   path.
2. Then one transaction, under the write lock, merges the staged records and
   attaches the staged shapes to the records now holding their figures. A
   failure anywhere (a bad row in the last file, a full disk while writing a
   shape) leaves the database exactly as it was.

A dry run stages and merges the same way in a transaction it rolls back, and
takes no write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from frontline.errors import InputError
from frontline.formats import registry
from frontline.ingest.sources import FieldPlan, ImportNotes, Meter, Source
from frontline.store import bulk
from frontline.store.bulk import Located, WriteSummary

if TYPE_CHECKING:
    from frontline.ingest.maps import MapSummary
    from frontline.ingest.rules import RuleSet
    from frontline.store.shapes import ShapeStaging


class Progress(Protocol):
    """What a progress display is told (the CLI draws a bar on a terminal)."""

    def start(self, total_bytes: int | None) -> None:
        """Reading begins; `total_bytes` of input (None: unknown, e.g. stdin)."""

    def advance(self, rows: int, done_bytes: int) -> None:
        """`rows` more rows staged; `done_bytes` of input read so far."""

    def saving(self) -> None:
        """Everything is read; the write begins."""

    def waiting(self) -> None:
        """Another writer holds the lock: the write waits for it."""


@dataclass(frozen=True)
class ImportOptions:
    """How inputs become records (the `import` command's options as values).

    `regions` are region boundaries already read (`ingest.regions.read_regions`)
    to split maps by, `clip` a boundary read by `ingest.regions.read_clip`;
    `strict_columns` refuses a column that is not a record
    field (for files frontline ships, where one is a mistake).
    """

    plan: FieldPlan = field(default_factory=FieldPlan)
    on_conflict: str = "skip"
    dry_run: bool = False
    rules: RuleSet | None = None
    regions: Sequence[tuple[str, Any]] | None = None
    strict_columns: bool = False
    # Only what lies inside this shape is measured (`regions.read_clip`).
    clip: Any = None
    # Each map's day from its file name (`--date-from-name`, see ingest.dated).
    date_pattern: str | None = None
    # Name every map area left out in the notes (import -v), not only count.
    names: bool = False


@dataclass
class ImportResult:
    """What an import did, as data (the CLI words and prints it)."""

    summary: WriteSummary
    # What the summary line names: the one input, or "N files".
    label: str
    dry_run: bool
    # Notes for the user: ignored columns, empty files, map features left out.
    notes: list[str] = field(default_factory=list)
    # "maps: …" and "rules: …" parts of the summary line, when there were any.
    maps_line: str | None = None
    rules_line: str | None = None
    maps: MapSummary | None = None
    shapes_kept: int = 0


def check_inputs(inputs: Sequence[Source], options: ImportOptions) -> None:
    """Refuse, before anything is read or any database opened, what cannot apply:
    options a map cannot take, a plain map with no day, rules for maps, map
    options with no map, no shapely. Cheap; `import_inputs` calls it too."""
    bulk.check_on_conflict(options.on_conflict)
    maps = [source for source in inputs if source.kind == registry.FEATURES]
    if options.date_pattern is not None:
        from frontline.ingest.dated import check_name_pattern

        check_name_pattern(options.date_pattern)
    if not maps:
        for name, given in (
            ("regions", options.regions),
            ("clip", options.clip),
            ("date-from-name", options.date_pattern),
        ):
            if given is not None:
                raise InputError(name, "applies only to maps (GeoJSON, KML, …)")
        return
    if options.rules is not None and any(map.mode == "deepstate" for map in maps):
        raise InputError(
            "rules", "a DeepState snapshot's layers are classified by name, not rules"
        )
    from frontline.ingest import geojson as geo
    from frontline.ingest import maps as map_io

    plan = options.plan
    for source in maps:
        map_io.check_plan(plan, source.mode)
        dated = {"end", "on"} & (set(plan.constants) | set(plan.mapped))
        if options.date_pattern is not None and not dated:
            map_io.named_day(source, options.date_pattern)
        elif source.mode == "geojson" and options.date_pattern is None:
            geo.source_day(source, plan)
    geo.require_geo()


def import_inputs(
    conn: sqlite3.Connection,
    inputs: Sequence[Source],
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportResult:
    """Read every input and write its records (and kept shapes) in one
    transaction, or nothing (see the module docstring)."""
    check_inputs(inputs, options)
    notes = ImportNotes()
    meter = Meter(inputs)
    has_maps = any(source.kind == registry.FEATURES for source in inputs)
    map_options = None
    staging = bulk.Staging(conn)
    keeper: ShapeStaging | None = None
    try:
        if has_maps:
            from frontline.ingest.maps import MapOptions, MapSummary
            from frontline.store.shapes import ShapeStaging

            keeper = ShapeStaging(conn)
            map_options = MapOptions(
                regions=options.regions,
                keep=keeper.keep,
                clip=options.clip,
                date_pattern=options.date_pattern,
                rules=options.rules,
                summary=MapSummary(names=options.names),
            )
        _stage(staging, inputs, options, notes, meter, map_options, progress)
        if progress is not None:
            progress.saving()
        summary = _write(conn, staging, keeper, options, progress)
    finally:
        staging.drop()
        if keeper is not None:
            keeper.drop()
    result = ImportResult(
        summary,
        inputs[0].label if len(inputs) == 1 else f"{len(inputs):,} files",
        options.dry_run,
        notes.lines(),
        shapes_kept=keeper.kept if keeper is not None else 0,
    )
    if map_options is not None:
        result.maps = map_options.summary
        result.notes.extend(map_options.summary.notes)
        result.maps_line = map_options.summary.line()
    if options.rules is not None:
        result.notes.extend(options.rules.notes())
        result.rules_line = options.rules.line()
    return result


def _stage(
    staging: bulk.Staging,
    inputs: Sequence[Source],
    options: ImportOptions,
    notes: ImportNotes,
    meter: Meter,
    map_options: Any,
    progress: Progress | None,
) -> None:
    """Validate every input into the staging tables, in order."""
    on_rows = None
    if progress is not None:
        progress.start(meter.total)

        def on_rows(count: int = 0) -> None:
            progress.advance(count, meter.done())

    for source in inputs:
        if source.kind == registry.FEATURES:
            from frontline.ingest.maps import read_map

            records = read_map(source, options.plan, map_options, meter)
            staging.add_records(_finished(records, meter, source), on_rows)
        else:
            from frontline.ingest import tabular

            tabular.stage_table(
                staging,
                source,
                options.plan,
                notes=notes,
                meter=meter,
                progress=on_rows,
                rules=options.rules,
                strict_columns=options.strict_columns,
            )
            meter.finish(source)
        if on_rows is not None:
            on_rows(0)


def _finished(
    records: Iterable[Located], meter: Meter, source: Source
) -> Iterator[Located]:
    yield from records
    meter.finish(source)


def _write(
    conn: sqlite3.Connection,
    staging: bulk.Staging,
    keeper: ShapeStaging | None,
    options: ImportOptions,
    progress: Progress | None,
) -> WriteSummary:
    """Merge the staged records and attach the staged shapes: one transaction
    (rolled back for a dry run, which takes no write lock)."""
    dry_run = options.dry_run
    on_wait = progress.waiting if progress is not None else None
    with bulk.transaction(conn, write=not dry_run, keep=not dry_run, on_wait=on_wait):
        summary = bulk.merge(staging, on_conflict=options.on_conflict, dry_run=dry_run)
        if keeper is not None and not dry_run:
            keeper.attach()
    return summary
