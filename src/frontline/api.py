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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontline.render.rows import Rows
from frontline.store import db

if TYPE_CHECKING:
    from frontline.model.records import Record
    from frontline.reports.spec import ReportSpec
    from frontline.store.bulk import WriteSummary

__all__ = ["Rows", "Tracker"]

Day = str | date
Connect = Callable[[], sqlite3.Connection]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a large report is built
    and written (`reports.common.collector_paused` says why)."""
    from frontline.reports.common import collector_paused as paused

    with paused():
        yield


def spelt_as_stored(conn: sqlite3.Connection | None, values: Any) -> Any:
    """Scope or Filters with each name spelt as stored, or refused with the
    known ones (`store.names.spelt_as_stored`)."""
    from frontline.store.names import spelt_as_stored as spelt

    return spelt(conn, values)


class Tracker:
    """A frontline database, by path (None: $FRONTLINE_DB, else the per-user
    file, as the command line chooses). Connections open on first use; `close()`
    (or a `with` block) closes them."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.location = db.locate(str(path) if path is not None else None)
        self._reader: sqlite3.Connection | None = None
        self._writer: sqlite3.Connection | None = None
        self._connect: dict[str, Connect] = {}

    @classmethod
    def at(
        cls,
        location: db.Location,
        reader: Connect | None = None,
        writer: Connect | None = None,
    ) -> Tracker:
        """A Tracker on a location already resolved (the command line's `--db`),
        opening its connections with `reader` and `writer` when given (the
        command line's, which say "created PATH" once a command succeeds)."""
        tracker = cls.__new__(cls)
        tracker.location = location
        tracker._reader = tracker._writer = None
        tracker._connect = {
            name: connect
            for name, connect in (("reader", reader), ("writer", writer))
            if connect is not None
        }
        return tracker

    @property
    def path(self) -> Path:
        return self.location.path

    def __repr__(self) -> str:
        return f"frontline.open({str(self.path)!r})"

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for conn in (self._reader, self._writer):
            if conn is not None:
                conn.close()
        self._reader = self._writer = None

    # --- connections --------------------------------------------------------------

    def reader(self) -> sqlite3.Connection:
        """The reading connection. A database that is not there is an error
        (`FrontlineError`, "no database at PATH"), never an empty answer, and
        reading never creates it."""
        if self._writer is not None:
            return self._writer
        if self._reader is None:
            from frontline.store.presence import open_existing

            connect = self._connect.get("reader")
            self._reader = connect() if connect else open_existing(self.location)
        return self._reader

    def writer(self) -> sqlite3.Connection:
        """The writing connection (creates the database and upgrades its schema)."""
        if self._writer is None:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
            connect = self._connect.get("writer")
            self._writer = connect() if connect else db.open_for_write(self.location)
        return self._writer

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
        from frontline.render.report import report_json

        spec = self.spec(
            "report",
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            by=by,
            compare=compare,
            no_compare=no_compare,
            rolling=rolling,
            common=common,
            year=year,
            period=period,
            start=_text(from_),
            end=_text(to),
            as_of=_text(as_of),
        )
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
        from frontline.render.extremes import records_json

        spec = self.spec(
            "records",
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            by=by or "month",
            year=year,
            period=period,
            start=_text(from_),
            end=_text(to),
            as_of=_text(as_of),
        )
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
        from frontline.render.held import held_json

        days = [on] if isinstance(on, str | date) else list(on)
        spec = self.spec(
            "held",
            on=[_text(day) for day in days],
            actor=actor,
            region=region,
            layer=layer,
            source=source,
        )
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
        from frontline.render.balance import balance_json

        spec = self.spec(
            "balance",
            region=region,
            layer=layer,
            source=source,
            year=year,
            period=period,
            start=_text(from_),
            end=_text(to),
        )
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
        spec = self.spec(
            "project",
            until=_text(until),
            window=window,
            actor=actor,
            region=region,
            layer=layer,
            source=source,
            reach=reach,
        )
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
        from frontline.render.check import check_json
        from frontline.render.tables import ISSUES

        spec = self.spec(
            "check",
            gap=gap,
            stale=stale,
            as_of=_text(as_of),
            actor=actor,
            region=region,
            layer=layer,
            source=source,
        )
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
        from frontline.render.sources import sources_json

        spec = self.spec(
            "sources",
            actor=actor,
            region=region,
            layer=layer,
            year=year,
            period=period,
            start=_text(from_),
            end=_text(to),
            common=not own,
            against=against,
        )
        return _rows(sources_json(spec.sources(self.reader())))

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

    # --- records ------------------------------------------------------------------

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
        from frontline.store import records as store
        from frontline.store.names import spelt_as_stored

        conn = self.reader()
        filters = spelt_as_stored(
            conn,
            parse_filters(actor, region, layer, source, kind, _text(from_), _text(to)),
        )
        order = {"area": "area_km2"}.get(sort, sort) if sort else None
        rows = store.iter_rows(
            conn, filters, sort=order, reverse=reverse, limit=limit, offset=offset
        )
        return [stored_row_json(values) for values in rows]

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
    ) -> dict[str, Any]:
        """`frontline import FILE…`: every file or nothing. `map` and `set` as
        on the command line (`["end=date"]`) or as a dict. Returns the counts
        (added, updated, skipped, unchanged, repeated) and the notes."""
        from frontline.ingest import pipeline
        from frontline.ingest.options import import_json, import_options
        from frontline.ingest.sources import resolve_sources

        inputs = resolve_sources([str(path) for path in paths], format)
        options = import_options(
            kind=kind,
            map=map,
            set=set,
            on_conflict=on_conflict,
            dry_run=dry_run,
            regions=regions,
            region_key=region_key,
            clip=clip,
            date_from_name=date_from_name,
            rules=rules,
            verbose=verbose,
        )
        pipeline.check_inputs(inputs, options)
        conn = self._import_connection(dry_run)
        result = pipeline.import_inputs(conn, inputs, options)
        return import_json(result)

    def _import_connection(self, dry_run: bool) -> sqlite3.Connection:
        """A dry run on a database that does not exist yet imports into an empty
        one in memory: trying an import never creates the file."""
        return db.in_memory() if dry_run and not self.path.exists() else self.writer()

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


# --- option values ------------------------------------------------------------------


def _rows(document: dict[str, Any]) -> Rows:
    from frontline.render.tables import ROWS

    return Rows(document[ROWS], document)


def _text(day: Day | None) -> str | None:
    """A day as the command line would type it (a `date` as ISO text)."""
    return day.isoformat() if isinstance(day, date) else day
