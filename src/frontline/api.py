"""frontline as a library: `frontline.open(path)` gives a `Tracker`.

A Tracker has one method per command, with the command line's option names as
keywords (`--from` is `from_`, `--map` is `map`, `import` is `import_`), and
returns what the command's `-f json` prints, as Python data: report rows as a
list of dicts with the documented keys (README, "JSON keys"), the rest of the
JSON document beside them (`.document`, `.comparisons`, `.warnings`). Names are
forgiven and checked as on the command line (`source="isw"` finds "ISW"; a name
that matches nothing is an `InputError` listing the known ones), and every
number comes from the same spec and report functions the CLI calls.

    import frontline
    t = frontline.open("war.db")
    rows = t.report(year=2024, by="month", region="ukraine")
    rows[0]["area_km2"], rows.comparisons, rows.to_pandas()

Errors are frontline's own (`frontline.errors.InputError` for bad input, with
the option it names in `.field`), never a print and never an exit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from frontline.model.keywords import spec_options as _spec_options
from frontline.model.keywords import text as _text
from frontline.store import db
from frontline.store.connections import Database

if TYPE_CHECKING:
    from frontline.extract.results import Extraction
    from frontline.ingest.pipeline import ImportResult, Progress
    from frontline.ingest.pull_run import PullResult
    from frontline.model.records import Record
    from frontline.model.scope import Filters
    from frontline.render.rows import Rows
    from frontline.reports.map_diff_spec import MapDiffFound, MapDiffSpec
    from frontline.reports.spec import ReportSpec
    from frontline.store.bulk import WriteSummary
    from frontline.store.listing import Listing

__all__ = ["Rows", "Tracker"]

Day = str | date


def __getattr__(name: str) -> Any:
    """`frontline.api.Rows`, loaded when first asked for: the command line
    opens a Tracker for every command, and most never build rows."""
    if name == "Rows":
        from frontline.render.rows import Rows

        return Rows
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused (`reports.common` says why)."""
    from frontline.reports.common import collector_paused as paused

    with paused():
        yield


def spelt_as_stored(conn: sqlite3.Connection | None, values: Any) -> Any:
    """Scope or Filters with names spelt as stored, or refused (store.names)."""
    from frontline.store.names import spelt_as_stored as spelt

    return spelt(conn, values)


def input_formats() -> tuple[str, ...]:
    """`import --format`'s names, from the registry (no reader is loaded)."""
    from frontline.formats import registry

    return tuple(registry.names())


class Tracker(Database):
    """A frontline database, by path (None: $FRONTLINE_DB, else the per-user
    file, as the command line chooses). Connections open on first use
    (`store.connections.Database`: `reader()`, `writer()`, `info()`);
    `close()`, or a `with` block, closes them."""

    def __init__(self, path: str | Path | None = None) -> None:
        super().__init__(db.locate(str(path) if path is not None else None))

    @classmethod
    def at(cls, location: db.Location) -> Tracker:
        """A Tracker on a location already resolved (the command line's `--db`)."""
        tracker = cls.__new__(cls)
        Database.__init__(tracker, location)
        return tracker

    def __repr__(self) -> str:
        return f"frontline.open({str(self.path)!r})"

    # --- reports ------------------------------------------------------------------

    def spec(self, question: str = "report", **options: Any) -> ReportSpec:
        """The `ReportSpec` these options name (`ReportOptions.parse`'s keywords:
        `start`/`end` for --from/--to), checked before the database is read."""
        from frontline.errors import FrontlineError, InputError
        from frontline.reports.spec import ReportOptions

        parsed = ReportOptions.parse(question, **options)
        try:
            conn = self.reader()
        except InputError:
            raise
        except FrontlineError:  # no database: a malformed option is still the error,
            parsed.resolve(db.in_memory())  # checked as an empty one would
            raise
        return parsed.resolve(conn)

    def report(
        self,
        *,
        year: int | None = None,
        period: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        by: str | None = None,
        compare: str | None = None,
        no_compare: bool = False,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        common: bool = False,
        rolling: str | None = None,
        as_of: Day | None = None,
        pivot: bool = False,
    ) -> Rows:
        """`frontline report`: a row per series and bucket; `.comparisons` with
        the baseline (the previous equal period of a named window by default).
        `pivot=True`: a row per series with a key per bucket and `total`."""
        spec = self.spec("report", **_spec_options(locals()))
        from frontline.render.report import report_json

        if pivot:
            from frontline.errors import InputError
            from frontline.render.pivot import pivot_json

            if by is None:
                raise InputError("pivot", "--pivot needs --by UNIT")
            return _rows(pivot_json(spec.report(self.reader())))
        return _rows(report_json(spec.report(self.reader())))

    def records(
        self,
        *,
        by: str | None = None,
        year: int | None = None,
        period: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        as_of: Day | None = None,
    ) -> Rows:
        """`frontline records --by UNIT`: per series, `largest`, `smallest`,
        `latest`, `latest_rank`, `largest_since` and the streaks."""
        spec = self.spec("records", **_spec_options(locals(), by=by or "month"))
        from frontline.render.extremes import records_json

        return _rows(records_json(spec.records(self.reader())))

    def held(
        self,
        on: Day | Sequence[Day],
        *,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
    ) -> Rows:
        """`frontline held --on DAY…`: the area each series held at each day's end."""
        options = _spec_options(locals())
        days = [on] if isinstance(on, str | date) else list(on)
        spec = self.spec("held", **{**options, "on": [_text(day) for day in days]})
        from frontline.render.held import held_json

        return _rows(held_json(spec.held(self.reader())))

    def balance(
        self,
        *,
        region: str | None = None,
        year: int | None = None,
        period: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        layer: str | None = None,
        source: str | None = None,
    ) -> Rows:
        """`frontline balance`: gains against the others' gains in a region."""
        spec = self.spec("balance", **_spec_options(locals()))
        from frontline.render.balance import balance_json

        return _rows(balance_json(spec.balance(self.reader())))

    def project(
        self,
        until: Day | None = None,
        *,
        reach: str | float | None = None,
        window: str | None = None,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
    ) -> Rows:
        """`frontline project --until DAY`: the trailing rate carried forward;
        `reach=AREA|"all"`: `reach_date`, `days_to_reach`, `years_to_reach`."""
        spec = self.spec("project", **_spec_options(locals()))
        if reach is not None:
            from frontline.render.reach import reach_json

            return _rows(reach_json(spec.reach(self.reader())))
        from frontline.render.projection import projection_json

        return _rows(projection_json(spec.project(self.reader())))

    def check(
        self,
        *,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        gap: int | None = None,
        stale: int | None = None,
        as_of: Day | None = None,
    ) -> Rows:
        """`frontline check`: the issues of the selected series (its rows)."""
        spec = self.spec("check", **_spec_options(locals()))
        from frontline.render.check import check_json
        from frontline.render.rows import Rows
        from frontline.render.tables import ISSUES

        document = check_json(spec.check(self.reader()))
        return Rows(document[ISSUES], document)

    def sources(
        self,
        *,
        year: int | None = None,
        period: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        own: bool = False,
        against: str | None = None,
    ) -> Rows:
        """`frontline sources`: each source's figures for one series, side by side."""
        spec = self.spec("sources", **_spec_options(locals(), common=not own))
        from frontline.render.sources import sources_json

        return _rows(sources_json(spec.sources(self.reader())))

    def map_diff(self, **options: Any) -> Rows:
        """`frontline map-diff`: each series' gained, lost and net between its
        kept snapshots at or before `from_` and `to`; keywords as on the command
        line (actor, region, layer, source, regions, region_key, by: a bucket)."""
        from frontline.render.map_diff import map_diff_json

        spec, found = self.map_diff_result(**options)
        return _rows(map_diff_json(found, spec.start, spec.end, spec.by))

    def map_diff_result(self, **options: Any) -> tuple[MapDiffSpec, MapDiffFound]:
        """What `map_diff` answers, as the report's values (the shapes too),
        with the spec `MapDiffSpec.parse` made of the options."""
        from frontline.ingest.geojson import require_geo
        from frontline.ingest.regions import read_regions
        from frontline.reports.map_diff_spec import MapDiffSpec

        spec = MapDiffSpec.parse(**_spec_options(options))
        require_geo()
        shapes = read_regions(*spec.boundaries) if spec.boundaries else None
        return spec, spec.run(self.reader(), shapes)

    # --- named events -------------------------------------------------------------

    def event(
        self,
        action: str = "list",
        name: str | None = None,
        day: Day | None = None,
        *,
        source: str | None = None,
        note: str | None = None,
        replace: bool = False,
    ) -> Any:
        """`frontline event add NAME DATE` / `event list` / `event rm NAME`:
        `add` returns what it did (`added`, `unchanged`, `updated`), `list`
        the events as dicts (name, day, source, note), `rm` True."""
        from frontline.store import events as store

        if action == "list":
            return [event.json() for event in store.list_events(self.reader())]
        return store.change_event(
            self.writer(), action, name, day, source, note, replace=replace
        )

    # --- regions ------------------------------------------------------------------

    def region(
        self,
        action: str = "list",
        slug: str | None = None,
        *,
        area: str | float | None = None,
        name: str | None = None,
        note: str | None = None,
    ) -> Any:
        """`frontline region list`: the regions with an area, as dicts (slug,
        name, area_km2, note); `region set SLUG --area AREA`: the region so
        set, and what was done to it (`action`: added, updated or unchanged)."""
        from frontline.store import regions as store

        if action == "list":
            return [region._asdict() for region in store.list_regions(self.reader())]
        from frontline.errors import InputError
        from frontline.model.records import parse_area, parse_slug
        from frontline.model.regions import Region

        if action != "set":
            raise InputError(None, f"{action!r} is not a region action: list or set")
        region_slug = parse_slug(slug or "", "region")
        parsed = parse_area(str(area), "area")
        if parsed.km2 <= 0:
            raise InputError("area", f"{area!r} must be more than 0")
        region = Region(region_slug, name.strip() if name else None, parsed.km2, note)
        return {"action": store.set_region(self.writer(), region), **region._asdict()}

    # --- records ------------------------------------------------------------------

    def listing(self, filters: Filters, **order: Any) -> Listing:
        """The records `filters` select, names spelt as stored, to stream:
        `order` is `sort`, `reverse`, `limit` and `offset` (`store.listing`)."""
        from frontline.store.listing import Listing

        conn = self.reader()
        return Listing(conn, spelt_as_stored(conn, filters), **order)

    def list(
        self,
        *,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        limit: int | None = None,
        offset: int = 0,
        sort: str | None = None,
        reverse: bool = False,
    ) -> list[dict[str, Any]]:
        """`frontline list`: the records, as `list -f json` gives them."""
        from frontline.model.scope import parse_filters
        from frontline.render.listing import stored_row_json

        filters = parse_filters(
            actor, region, layer, source, kind, _text(from_), _text(to)
        )
        found = self.listing(
            filters, sort=sort, reverse=reverse, limit=limit, offset=offset
        )
        found.check_dates()
        return [stored_row_json(values) for values in found.rows()]

    def add(
        self,
        area: str | float,
        *,
        actor: str,
        region: str,
        from_: Day | None = None,
        to: Day | None = None,
        on: Day | None = None,
        period: str | None = None,
        holding: bool = False,
        layer: str = "control",
        source: str = "",
        url: str | None = None,
        published: Day | None = None,
        note: str | None = None,
        approx: bool = False,
        at_least: bool = False,
        at_most: bool = False,
        replace: bool = False,
    ) -> dict[str, Any]:
        """`frontline add AREA`: record one figure; returns it as stored (with
        its id), as `add -f json` prints it."""
        from frontline.model.records import figure

        record, _ = self.add_record(
            figure(
                area,
                actor=actor,
                region=region,
                start=_text(from_),
                end=_text(to),
                on=_text(on),
                period=period,
                holding=holding,
                layer=layer,
                source=source,
                url=url,
                published=_text(published),
                note=note,
                approx=approx,
                at_least=at_least,
                at_most=at_most,
            ),
            replace=replace,
        )
        return record.to_row()

    def add_record(
        self, record: Record, *, replace: bool = False
    ) -> tuple[Record, WriteSummary]:
        """Write one record (a differing stored figure is an error unless
        `replace`); the record as stored and what the write did."""
        from frontline.errors import InputError
        from frontline.store import records as store

        conn = self.writer()
        try:
            summary = store.write_records(
                conn, [(record, None)], on_conflict="replace" if replace else "fail"
            )
        except store.FigureConflict as conflict:
            raise InputError(
                None,
                f"this figure is already recorded as #{conflict.record_id} with "
                "other values; add --replace to update it",
            ) from None
        stored = store.find_by_key(conn, record)
        assert stored is not None and stored.id is not None
        return stored, summary

    def extract(self, text: str, **options: Any) -> Extraction:
        """`frontline extract`: an article's candidate records (`published`,
        `source`, `url`, `events`, `label` as keywords; HTML read as a page)."""
        from frontline.extract.article import extract_article

        return extract_article(text, **options)

    def import_(
        self,
        *paths: str | Path,
        format: str | None = None,
        kind: str | None = None,
        map: Sequence[str] | dict[str, str] = (),
        set: Sequence[str] | dict[str, str] = (),
        on_conflict: str = "skip",
        dry_run: bool = False,
        regions: str | Path | None = None,
        region_key: str | None = None,
        clip: str | Path | None = None,
        date_from_name: str | None = None,
        rules: str | Path | None = None,
        verbose: bool = False,
        decimal: str | None = None,
        delimiter: str | None = None,
        encoding: str | None = None,
        sheet: str | None = None,
    ) -> dict[str, Any]:
        """`frontline import FILE…`: every file or nothing. `map` and `set` as
        on the command line (`["end=date"]`) or as a dict. Returns the counts
        (added, updated, skipped, unchanged, repeated) and the notes."""
        options = {k: v for k, v in locals().items() if k not in ("self", "paths")}
        from frontline.ingest.options import import_json

        return import_json(self.import_result(paths, **options))

    def import_result(
        self,
        paths: Sequence[str | Path],
        progress: Progress | None = None,
        **options: Any,
    ) -> ImportResult:
        """What `import_` does, answered as the pipeline's `ImportResult` (what
        the command line words its summary from); `progress` is told how the
        reading goes (`ingest.pipeline.Progress`)."""
        from frontline.ingest.runs import run_import

        return run_import(paths, self._import_connection, progress=progress, **options)

    def _import_connection(self, dry_run: bool) -> sqlite3.Connection:
        """A dry run on a database that does not exist yet imports into an empty
        one in memory: trying an import never creates the file."""
        return db.in_memory() if dry_run and not self.path.exists() else self.writer()

    def pull(self, *templates: str, **options: Any) -> PullResult:
        """`frontline pull URL_TEMPLATE|PRESET…`: each day's file downloaded (or
        taken from the cache) and imported; keywords as `ingest.pull_run.pull_days`
        takes them (`from_`, `to`, `every`, the import's, `progress`)."""
        from frontline.ingest.pull_run import pull_days

        return pull_days(self, templates, **options)

    def seed(self) -> dict[str, tuple[int, int, str]]:
        """`frontline seed`: the bundled records, regions and named events,
        where missing; each as (added, already present, its file)."""
        from frontline.ingest.runs import seed_database

        return seed_database(self.writer())

    def export(
        self,
        output: str | Path | IO[str],
        *,
        format: str | None = None,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        kind: str | None = None,
        from_: Day | None = None,
        to: Day | None = None,
        raw: bool = False,
    ) -> dict[str, Any]:
        """`frontline export -o OUTPUT`: the records (every field, as `import`
        reads them back) to a file, or to an open text stream. `format`: csv,
        json, jsonl, geojson (the kept map shapes) or xlsx; default from the
        file's extension, else csv. Returns the `records` written (geojson:
        `shapes` and `without_shape`)."""
        from frontline.ingest.export import STDOUT, format_for
        from frontline.ingest.export_query import export_records
        from frontline.model.scope import parse_filters

        path = str(output) if isinstance(output, str | Path) else None
        if path is not None and path != STDOUT:
            self.refuse_output(path)
        chosen = format_for(format, path)
        filters = parse_filters(
            actor, region, layer, source, kind, _text(from_), _text(to)
        )
        conn = self.reader()
        filters = spelt_as_stored(conn, filters)
        return export_records(conn, filters, chosen, path or output, raw=raw)

    # --- publishing ---------------------------------------------------------------

    def publish(self, directory: str | Path, **options: Any) -> dict[str, Any]:
        """`frontline publish DIR`: DIR/frontline.db and DIR/metadata.json for
        Datasette; the working database is only read. Options as on the command
        line: actor, region, layer, source (which records); title, license,
        license_url, simplify (metres), source_licence ({source: licence}).
        Returns the paths and the rows per table."""
        from frontline.model.scope import NAME_FIELDS, Scope, parse_filters
        from frontline.publish import folder as publish
        from frontline.store import dump
        from frontline.store.names import spelt_as_stored
        from frontline.store.select import earliest_day, latest_day, load

        names = {name: options.pop(name, None) for name in NAME_FIELDS}
        publication = publish.Publication.given(**options)
        out = Path(directory).expanduser()
        for name in publish.FILES:
            db.refuse_database_output(self.location, str(out / name), "the publication")
        conn = self.reader()
        filters = spelt_as_stored(conn, parse_filters(**names))
        scope = Scope(*filters[:4])
        first, last = earliest_day(conn, scope), latest_day(conn, scope)
        series = load(conn, scope, [(first, last)]).series if first and last else []
        data = publish.PublishData(
            records=dump.record_rows(conn, filters),
            history=dump.history_rows(conn, filters),
            regions=dump.region_rows(conn),
            buckets={
                table: self.report(by=by, **names).document
                for table, by in publish.BUCKETS.items()
            },
            segments=publish.segment_rows(series),
            shapes=dump.shape_rows(conn, filters),
        )
        return publish.publish_folder(out, data, publication)


def _rows(document: dict[str, Any]) -> Rows:
    from frontline.render.rows import Rows
    from frontline.render.tables import ROWS

    return Rows(document[ROWS], document)
