"""Reports: window totals, cumulative totals, comparisons, balances, projections and
checks, all computed from the rate model in `series.py`.

Every number here is `Series.window` (an integral of a series' rate) or
`Series.holding_at` (a snapshot plus such an integral); there is no other route
from records to report numbers. A report returns data; `report_render.py` prints
it.

Design decisions (summarised in the README):

- Sources are never added up. Every row is one series: actor, region, layer,
  source.
- A window with no figure on any day prints no total (JSON `null`, table `—`),
  not zero; its rate is blank too. Coverage says how many days had figures, and
  the rate is per covered day, so that a part-year figure compares fairly.
- The cumulative total of a bucket is the window from the report's first day to
  the bucket's last day, with its own bound (a figure split across two buckets is
  prorated in each but whole in the cumulative).
- The holding at the end of a bucket is the last snapshot plus the changes since
  (or the next snapshot minus the changes until it). Where the figures stop
  before the bucket ends, the holding is given for the last day they reach
  (`holding_on`), if that day is in the bucket.
- `--from` alone runs to the latest `end` among the records the filters select;
  `--to` alone starts at the earliest `start`. No window at all covers every
  selected record, by year.
- Comparison: a report on an explicit window compares with the previous equal
  period (`periods.previous`) unless told otherwise. Ratios are current ÷
  baseline; the area change is current − baseline.
- Balance pairs actors within one source (and layer) in one region: ISW's
  Ukrainian gains are set against ISW's Russian gains, never against another
  source's. An actor's "retaken" is the other actors' gains in the region within
  the window on the days from the first day its own gains there begin (its rate
  first positive): what came before it started gaining cannot be a retaking.
  Ukraine's gains in Kursk (from 6 August) are set against Russia's from
  1 October; Russia's are set against nothing of Ukraine's (retaken 0). "Net" is
  gained − retaken; the share retaken is retaken ÷ gained (none when nothing was
  gained). The default window covers every record of the region that the
  filters select.
- Projection carries a trailing rate forward: by default the rate over the 90
  days ending on the latest record's end, per covered day; it projects the gain
  from each series' last covered day to the target date, and the holding there
  where holdings are known. Projections are always approximate (`~`).

How records are selected (a report must not read what it does not need): for
each series, the records overlapping the requested days, widened to the hull of
their spans (a parent's children outside the window change its remainder rate),
plus the last snapshot before and the first after that hull, repeated until
nothing more overlaps. Holdings inside the hull are thinned: only the snapshots
nearest to each day where a number can change (window and bucket edges, the
edges of the change records loaded) are read. Between two such days a run of
snapshots telescopes to h_last − h_first, so every report number is the same as
with all snapshots loaded (tests compare the two).

What a report over all years costs (a million records: ~90k read, ~60k rows) is
Python work per record and per row, so the queries read a series at a time
through the natural-key index (kind, actor, region, layer, start, ...), only the
columns the model needs, into plain tuples (`_Figure`), not `Record`s; the
cyclic garbage collector is paused meanwhile (`collector_paused`).
"""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from frontline import periods
from frontline.errors import InputError
from frontline.periods import Period
from frontline.series import Holding, Integral, Issue, Series, SeriesKey, build, combine
from frontline.series import gaps as series_gaps
from frontline.series import subtract as subtract_bound

_KEY_COLUMNS = ("actor", "region", "layer", "source")
_COLUMNS = (
    'id, kind, actor, region, layer, start, "end", area_km2, bound, source, published'
)
_ONE_DAY = timedelta(days=1)


class Scope(NamedTuple):
    """Which series a report is about: any of actor, region, layer, source."""

    actor: str | None = None
    region: str | None = None
    layer: str | None = None
    source: str | None = None

    def where(self, table: str = "") -> tuple[str, list[object]]:
        prefix = f"{table}." if table else ""
        clauses, params = [], []
        for name in _KEY_COLUMNS:
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{prefix}{name} = ?")
                params.append(value)
        return (" AND ".join(clauses) or "1"), params

    def describe(self) -> str:
        return ", ".join(
            f"{name} {getattr(self, name)}"
            for name in _KEY_COLUMNS
            if getattr(self, name) is not None
        )


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is built and printed.

    A whole-history report creates several hundred thousand long-lived objects
    (records, nodes of the model, rows) and no reference cycles among them. The
    collector, triggered by allocation counts, walks all of them again and again
    as they pile up: a third of the run time on a million records, reclaiming
    nothing. Reference counting still frees everything as before.

    Let the report go inside the block: the first collection after it would
    otherwise walk everything allocated meanwhile that is still alive.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- selecting records ---------------------------------------------------------


class Loaded:
    """The series a report needs, and how many records were read to build them."""

    __slots__ = ("records_read", "series")

    def __init__(self, series: list[Series], records_read: int = 0) -> None:
        self.series = series
        self.records_read = records_read


def _date_reader() -> Callable[[str], date]:
    """ISO text to `date`, cached: the same few thousand days recur in every series.
    (`lru_cache` is implemented in C, so a hit costs less than a dict lookup made
    from Python.)"""
    return lru_cache(maxsize=None)(date.fromisoformat)


class _Figure(NamedTuple):
    """A record as the model reads it (`series.Figure`), made straight from a
    database row: a tuple costs a fraction of a `records.Record` (a frozen
    dataclass), and a report over all years reads ~90k records."""

    id: int
    kind: str
    actor: str
    region: str
    layer: str
    start: date
    end: date
    area_km2: float
    bound: str
    source: str
    published: date | None


_new_tuple = tuple.__new__  # a NamedTuple without its Python-level __new__
_SERIES_OF = attrgetter("actor", "region", "layer", "source")


def _records(rows: Iterable[Sequence], day: Callable[[str], date]) -> list[_Figure]:
    """`_COLUMNS` rows as figures, their dates as `date`s."""
    return [
        _new_tuple(
            _Figure,
            (
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                day(row[5]),
                day(row[6]),
                float(row[7]),
                row[8],
                row[9],
                day(row[10]) if row[10] else None,
            ),
        )
        for row in rows
    ]


def earliest_day(conn: sqlite3.Connection | None, scope: Scope) -> date | None:
    """The first day of any record the scope selects.

    No index leads with `start`, so `min(start)` would read the whole table. A
    holding starts on its end, and a change record ends no earlier than it
    starts, so the first day is the smaller of the first `end` (the `end` index)
    and each series' first change record (the natural-key index, which orders
    change records by start within a series): one seek per series.
    """
    first_end = _extreme(conn, scope, 'min("end")')
    if conn is None or first_end is None:
        return first_end
    keys = series_keys(conn, scope)
    want = json.dumps([list(key) for key in keys])
    sql = (
        "WITH want(actor, region, layer, source) AS (SELECT "
        + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(4))
        + " FROM json_each(?)) SELECT min((SELECT min(r.start) FROM records r "
        "WHERE r.kind = 'change' AND r.actor = w.actor AND r.region = w.region "
        "AND r.layer = w.layer AND r.source = w.source)) FROM want w"
    )
    (first_start,) = conn.execute(sql, (want,)).fetchone()
    if first_start is None:
        return first_end
    return min(first_end, date.fromisoformat(first_start))


def latest_day(conn: sqlite3.Connection | None, scope: Scope) -> date | None:
    """The last day of any record the scope selects: what `--from` alone runs to."""
    return _extreme(conn, scope, 'max("end")')


def _extreme(conn: sqlite3.Connection | None, scope: Scope, what: str) -> date | None:
    if conn is None:
        return None
    where, params = scope.where()
    (value,) = conn.execute(
        f"SELECT {what} FROM records WHERE {where}", params
    ).fetchone()
    return date.fromisoformat(value) if value else None


def series_keys(conn: sqlite3.Connection, scope: Scope) -> list[SeriesKey]:
    """Distinct series the scope selects, found by walking the series index one
    value at a time (a few index seeks per series, never a scan of the table)."""
    keys: list[tuple[str, ...]] = [()]
    for depth, column in enumerate(_KEY_COLUMNS):
        fixed = getattr(scope, column)
        deeper: list[tuple[str, ...]] = []
        for prefix in keys:
            where = " AND ".join(f"{c} = ?" for c in _KEY_COLUMNS[:depth]) or "1"
            if fixed is not None:
                hit = conn.execute(
                    f"SELECT 1 FROM records WHERE {where} AND {column} = ? LIMIT 1",
                    (*prefix, fixed),
                ).fetchone()
                if hit:
                    deeper.append((*prefix, fixed))
                continue
            value = conn.execute(
                f"SELECT min({column}) FROM records WHERE {where}", prefix
            ).fetchone()[0]
            while value is not None:
                deeper.append((*prefix, value))
                value = conn.execute(
                    f"SELECT min({column}) FROM records WHERE {where} AND {column} > ?",
                    (*prefix, value),
                ).fetchone()[0]
        keys = deeper
    return [tuple(key) for key in keys]  # type: ignore[misc]


_WANT = (
    "WITH want(i, actor, region, layer, source, lo, hi) AS (SELECT "
    + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(7))
    + " FROM json_each(?)) "
)
_SAME_SERIES = (
    "r.actor = w.actor AND r.region = w.region AND r.layer = w.layer "
    "AND r.source = w.source AND +r.kind = 'holding'"
)


def _anchors(
    conn: sqlite3.Connection, hulls: dict[SeriesKey, list[date]], keys: list[SeriesKey]
) -> dict[SeriesKey, tuple]:
    """Per series: the last snapshot before its hull, the first and last inside,
    the first after (each as (id, end) or None)."""

    def pick(condition: str, order: str) -> str:
        return (
            f'(SELECT json_array(r.id, r."end") FROM records r WHERE {_SAME_SERIES} '
            f'AND {condition} ORDER BY r."end" {order} LIMIT 1)'
        )

    want = [
        [i, *key, hulls[key][0].isoformat(), hulls[key][1].isoformat()]
        for i, key in enumerate(keys)
    ]
    sql = (
        _WANT
        + "SELECT w.i, "
        + ", ".join(
            (
                pick('r."end" < w.lo', "DESC"),
                pick('r."end" >= w.lo AND r."end" <= w.hi', "ASC"),
                pick('r."end" >= w.lo AND r."end" <= w.hi', "DESC"),
                pick('r."end" > w.hi', "ASC"),
            )
        )
        + " FROM want w"
    )
    result = {}
    for i, *found in conn.execute(sql, (json.dumps(want),)):
        result[keys[i]] = tuple(
            (pair[0], date.fromisoformat(pair[1])) if pair else None
            for pair in (json.loads(text) if text else None for text in found)
        )
    return result


class _Selection:
    """The records of every series in scope that the requested windows depend on."""

    def __init__(self, conn: sqlite3.Connection, scope: Scope) -> None:
        self.conn = conn
        self.scope = scope
        self.day = _date_reader()
        self.read = 0
        self.changes: dict[SeriesKey, dict[int, _Figure]] = {}
        self.loaded: dict[SeriesKey, tuple[date, date]] = {}

    def fetch(self, sql: str, params: Sequence[object]) -> list[_Figure]:
        rows = self.conn.execute(sql, params).fetchall()
        self.read += len(rows)
        return _records(rows, self.day)

    def load_changes(self, hulls: dict[SeriesKey, list[date]]) -> None:
        """Change records overlapping each series' hull that are not loaded yet."""
        for key, (lo, hi) in hulls.items():
            have = self.loaded.get(key)
            if have and have[0] <= lo and hi <= have[1]:
                continue
            sql = _SERIES_CHANGES
            if have:
                # Only what does not overlap the days already loaded.
                sql += ' AND ("end" < ? OR start > ?)'
                lo, hi = min(lo, have[0]), max(hi, have[1])
            actor, region, layer, source = key
            params = [actor, region, layer, hi.isoformat(), lo.isoformat(), source]
            if have:
                params += [have[0].isoformat(), have[1].isoformat()]
            self.loaded[key] = (lo, hi)
            rows = self.conn.execute(sql, params).fetchall()
            self.read += len(rows)
            group = self.changes.setdefault(key, {})
            for figure in _figures(rows, "change", key, self.day):
                group[figure.id] = figure


# A series' change records over some days: one range of the natural-key index
# (kind, actor, region, layer, start); `+` keeps the planner off the series index,
# which would walk the series' holdings too. Only the columns the model needs are
# read, the series' key and kind are known: turning columns into Python objects
# is most of what a query costs.
_SERIES_CHANGES = (
    'SELECT id, start, "end", area_km2, bound, published FROM records '
    "WHERE kind = 'change' AND actor = ? AND region = ? AND layer = ? "
    'AND start <= ? AND +"end" >= ? AND +source = ?'
)


def _figures(
    rows: Iterable[Sequence],
    kind: str,
    key: SeriesKey,
    day: Callable[[str], date],
) -> list[_Figure]:
    """Rows of (id, start, end, area_km2, bound, published) of one series."""
    actor, region, layer, source = key
    return [
        _new_tuple(
            _Figure,
            (
                row[0],
                kind,
                actor,
                region,
                layer,
                day(row[1]),
                day(row[2]),
                float(row[3]),
                row[4],
                source,
                day(row[5]) if row[5] else None,
            ),
        )
        for row in rows
    ]


def load(
    conn: sqlite3.Connection | None,
    scope: Scope,
    windows: Sequence[tuple[date, date]],
    *,
    thin: bool = True,
) -> Loaded:
    """Build the series the windows need, reading only the records they depend on."""
    if conn is None or not windows:
        return Loaded([])
    lo = min(first for first, _ in windows)
    hi = max(last for _, last in windows)
    selection = _Selection(conn, scope)
    keys = series_keys(conn, scope)
    if not keys:
        return Loaded([])
    hulls = {key: [lo, hi] for key in keys}
    anchors = _settle_hulls(selection, keys, hulls)
    records = {key: list(selection.changes.get(key, {}).values()) for key in keys}
    for key in keys:
        first, last = hulls[key]
        records[key] = [r for r in records[key] if r.end >= first and r.start <= last]
    edges = {first - _ONE_DAY for first, _ in windows} | {last for _, last in windows}
    holdings = _holdings(selection, keys, hulls, anchors, records, edges, thin)
    built = []
    for key in keys:
        chosen = records[key] + holdings.get(key, [])
        if chosen:
            built.append(build(chosen, key))
    return Loaded(built, selection.read)


def _settle_hulls(
    selection: _Selection, keys: list[SeriesKey], hulls: dict[SeriesKey, list[date]]
) -> dict[SeriesKey, tuple]:
    """Widen each series' hull until no record outside it can change a number in it:
    change records overlapping it, and the holding-derived changes reaching into it."""
    while True:
        anchors = _anchors(selection.conn, hulls, keys)
        grown = False
        for key in keys:
            before, _, last_in, after = anchors[key]
            hull = hulls[key]
            if before and before[1] < hull[0] - _ONE_DAY:
                hull[0], grown = before[1] + _ONE_DAY, True
            if after and (last_in is None or last_in[1] < hull[1]):
                hull[1], grown = after[1], True
        selection.load_changes(hulls)
        for key in keys:
            hull = hulls[key]
            for record in selection.changes.get(key, {}).values():
                if record.end >= hull[0] and record.start <= hull[1]:
                    if record.start < hull[0]:
                        hull[0], grown = record.start, True
                    if record.end > hull[1]:
                        hull[1], grown = record.end, True
        if not grown:
            return anchors


def _holdings(
    selection: _Selection,
    keys: list[SeriesKey],
    hulls: dict[SeriesKey, list[date]],
    anchors: dict[SeriesKey, tuple],
    changes: dict[SeriesKey, list[_Figure]],
    edges: set[date],
    thin: bool,
) -> dict[SeriesKey, list[_Figure]]:
    """The snapshots each series needs: its anchors, and inside its hull either all
    snapshots (`thin=False`) or those nearest to every day a number can change."""
    wanted: dict[SeriesKey, set[int]] = {}
    days: dict[SeriesKey, set[date]] = {}
    for key in keys:
        ids = {pair[0] for pair in anchors[key] if pair}
        if not ids:
            continue
        wanted[key] = ids
        first, last = hulls[key]
        series_days = {d for d in edges if first <= d <= last}
        series_days.update({first - _ONE_DAY, last})
        for record in changes[key]:
            series_days.update((record.start - _ONE_DAY, record.end))
        days[key] = series_days
    inside = [k for k in wanted if anchors[k][1] is not None]
    found: dict[int, _Figure] = {}
    if inside and not thin:
        _all_inside(selection, inside, anchors, wanted)
    elif inside:
        _nearest_inside(selection, inside, anchors, days, wanted, found)
    result: dict[SeriesKey, list[_Figure]] = {}
    for record in found.values():
        result.setdefault(_SERIES_OF(record), []).append(record)
    every = sorted({i for ids in wanted.values() for i in ids}.difference(found))
    for start in range(0, len(every), 50_000):
        chunk = every[start : start + 50_000]
        for record in selection.fetch(
            f"SELECT {_COLUMNS} FROM records "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(chunk),),
        ):
            result.setdefault(_SERIES_OF(record), []).append(record)
    return result


def _all_inside(
    selection: _Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    wanted: dict[SeriesKey, set[int]],
) -> None:
    for key in keys:
        first, last = anchors[key][1][1], anchors[key][2][1]
        rows = selection.conn.execute(
            "SELECT id FROM records WHERE actor = ? AND region = ? AND layer = ? "
            'AND source = ? AND "end" >= ? AND "end" <= ? AND +kind = \'holding\'',
            (*key, first.isoformat(), last.isoformat()),
        )
        wanted[key].update(i for (i,) in rows)


def _nearest_inside(
    selection: _Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    days: dict[SeriesKey, set[date]],
    wanted: dict[SeriesKey, set[int]],
    found: dict[int, _Figure],
) -> None:
    """For every day a number can change: the snapshot on it, else the nearest on
    each side. Exact hits are whole rows (kept in `found`: they are read once);
    only the days without a snapshot cost a seek on each side.

    A holding starts on the day it ends, so the natural-key index (kind, actor,
    region, layer, start, ...) finds a series' snapshots by day without reading
    any other row; `+source` keeps the planner on it (the series index would
    read every record ending on those days to check its kind)."""
    conn = selection.conn
    # ISO dates compare as text, so the rows need no conversion here.
    inside = {key: (anchors[key][1][1].isoformat(), anchors[key][2][1].isoformat())
              for key in keys}  # fmt: skip
    wanted_days: dict[SeriesKey, set[str]] = {}
    hits: dict[SeriesKey, set[str]] = {}
    sql = (
        'SELECT id, start, "end", area_km2, bound, published FROM records '
        "WHERE kind = 'holding' AND actor = ? AND region = ? AND layer = ? "
        "AND start IN (SELECT value FROM json_each(?)) AND +source = ?"
    )
    for key in keys:
        first, last = inside[key]
        on = wanted_days[key] = {
            text for text in map(date.isoformat, days[key]) if first <= text <= last
        }
        actor, region, layer, source = key
        rows = conn.execute(
            sql, (actor, region, layer, json.dumps(sorted(on)), source)
        ).fetchall()
        selection.read += len(rows)
        wanted[key].update(row[0] for row in rows)
        hits[key] = {row[2] for row in rows}
        for figure in _figures(rows, "holding", key, selection.day):
            found[figure.id] = figure
    misses = []
    for index, key in enumerate(keys):
        first, last = inside[key]
        for day in wanted_days[key].difference(hits[key]):
            if first < day < last:
                misses.append([index, *key, day, first, last])
    if not misses:
        return
    nearest = (
        "WITH want(i, actor, region, layer, source, p, lo, hi) AS (SELECT "
        + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(8))
        + " FROM json_each(?)) SELECT w.i, "
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" <= w.p '
        'AND r."end" >= w.lo ORDER BY r."end" DESC LIMIT 1), '
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" >= w.p '
        'AND r."end" <= w.hi ORDER BY r."end" ASC LIMIT 1) FROM want w'
    )
    for index, below, above in conn.execute(nearest, (json.dumps(misses),)):
        wanted[keys[index]].update(i for i in (below, above) if i is not None)


def load_all(conn: sqlite3.Connection | None, scope: Scope) -> Loaded:
    """Every record the scope selects, as series (for `check`)."""
    if conn is None:
        return Loaded([])
    where, params = scope.where()
    rows = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE {where}", params)
    grouped: dict[SeriesKey, list[_Figure]] = {}
    count = 0
    for record in _records(rows, _date_reader()):
        grouped.setdefault(_SERIES_OF(record), []).append(record)
        count += 1
    return Loaded([build(grouped[key], key) for key in sorted(grouped)], count)


# --- reports -------------------------------------------------------------------


class Warning(NamedTuple):
    """An issue of the model that touched a report's numbers."""

    number: int
    issue: Issue


class Row(NamedTuple):
    """One series in one bucket."""

    key: SeriesKey
    bucket: Period
    integral: Integral
    cumulative: Integral
    holding: Holding | None
    warnings: tuple[int, ...] = ()


class Comparison(NamedTuple):
    """One series over the window against the same series over the baseline."""

    key: SeriesKey
    period: Period
    baseline: Period
    current: Integral
    base: Integral

    @property
    def area_ratio(self) -> float | None:
        if self.current.total is None or not self.base.total:
            return None
        return self.current.total / self.base.total

    @property
    def area_change(self) -> float | None:
        if self.current.total is None or self.base.total is None:
            return None
        return self.current.total - self.base.total

    @property
    def change_bound(self) -> str | None:
        if self.current.bound is None or self.base.bound is None:
            return None
        return subtract_bound(self.current.bound, self.base.bound)

    @property
    def rate_ratio(self) -> float | None:
        if self.current.rate is None or not self.base.rate:
            return None
        return self.current.rate / self.base.rate


class Report:
    """Rows per series and bucket, comparisons, and the warnings they raised."""

    def __init__(
        self,
        window: Period | None,
        by: str | None,
        scope: Scope,
        baseline: Period | None = None,
        records_read: int = 0,
    ) -> None:
        self.window = window
        self.by = by
        self.scope = scope
        self.baseline = baseline
        self.records_read = records_read
        self.rows: list[Row] = []
        self.comparisons: list[Comparison] = []
        self.warnings: list[Warning] = []


PREVIOUS = "previous"


def resolve_window(
    conn: sqlite3.Connection | None,
    scope: Scope,
    first: date | None,
    last: date | None,
) -> Period | None:
    """Close open ends on the records: `--from` alone runs to the latest record's
    end, `--to` alone starts at the earliest record's start."""
    if first is None:
        first = earliest_day(conn, scope)
    if last is None:
        last = latest_day(conn, scope)
    if first is None or last is None:
        return None
    if last < first:
        raise InputError(
            "from", f"{first} is after the last day of the records ({last})"
        )
    return periods.span(first, last)


def report(
    conn: sqlite3.Connection | None,
    scope: Scope,
    window: Period | None,
    by: str | None = None,
    compare: Period | str | None = None,
) -> Report:
    """Totals, coverage, rates, cumulative totals and holdings per series and
    bucket, and the comparison of the whole window with a baseline.

    Without a window the report covers every selected record, by year.
    `compare` is a period, `PREVIOUS` (the previous equal period) or None.
    """
    if window is None:
        window = resolve_window(conn, scope, None, None)
        by = by or "year"
        if window is None:
            return Report(None, by, scope)
    baseline = periods.previous(window) if compare == PREVIOUS else compare
    assert baseline is None or isinstance(baseline, Period)
    buckets = periods.buckets(window, by)
    windows = [(b.start, b.end) for b in buckets] + [(window.start, window.end)]
    if baseline is not None:
        windows.append((baseline.start, baseline.end))
    loaded = load(conn, scope, windows)
    result = Report(window, by, scope, baseline, records_read=loaded.records_read)
    book = _WarningBook(result.warnings)
    spans = [(bucket.start, bucket.end) for bucket in buckets]
    # The cumulative total of the first bucket is its own total.
    running = [(window.start, b.end) for b in buckets if b.start != window.start]
    for series in sorted(loaded.series, key=lambda s: s.key):
        whole = series.window(window.start, window.end)
        base = series.window(baseline.start, baseline.end) if baseline else None
        if not whole.covered and not (base and base.covered):
            continue
        _rows(result.rows, series, buckets, spans, running, book)
        if baseline is not None and base is not None:
            book.note(series, baseline.start, baseline.end)
            result.comparisons.append(
                Comparison(series.key, window, baseline, whole, base)
            )
    return result


def _rows(
    rows: list[Row],
    series: Series,
    buckets: list[Period],
    spans: list[tuple[date, date]],
    running: list[tuple[date, date]],
    book: _WarningBook,
) -> None:
    """The rows of one series, a bucket each: its total, the cumulative total from
    the window's first day, and the holding at its end (tens of thousands of rows
    in a long report, hence the batch)."""
    integrals = series.windows(spans)
    cumulatives = series.windows(running)
    if len(cumulatives) < len(integrals):
        cumulatives.insert(0, integrals[0])
    holdings = series.has_holdings
    for bucket, integral, cumulative in zip(
        buckets, integrals, cumulatives, strict=True
    ):
        holding = series.holding_by(bucket.end, bucket.start) if holdings else None
        numbers = book.note(series, bucket.start, bucket.end) if series.issues else ()
        rows.append(
            _new_tuple(
                Row, (series.key, bucket, integral, cumulative, holding, numbers)
            )
        )


class _WarningBook:
    """Numbers the model's issues once each, as they touch the report's days."""

    def __init__(self, warnings: list[Warning]) -> None:
        self.warnings = warnings
        self.numbers: dict[int, int] = {}

    def note(self, series: Series, first: date, last: date) -> tuple[int, ...]:
        touched = []
        for issue in series.issues:
            if issue.first <= last and issue.last >= first:
                number = self.numbers.get(id(issue))
                if number is None:
                    number = self.numbers[id(issue)] = len(self.warnings) + 1
                    self.warnings.append(Warning(number, issue))
                touched.append(number)
        return tuple(touched)


# --- balance -------------------------------------------------------------------


class BalanceRow(NamedTuple):
    """One actor's gains in a region against what the other actors (same source)
    gained there from the day this actor's gains began: see `balance`."""

    region: str
    layer: str
    source: str
    actor: str
    gained: Integral
    retaken: float | None
    retaken_bound: str | None
    others: tuple[str, ...]
    since: date | None = None

    @property
    def net(self) -> float | None:
        if self.gained.total is None or self.retaken is None:
            return None
        return self.gained.total - self.retaken

    @property
    def net_bound(self) -> str | None:
        if self.gained.bound is None or self.retaken_bound is None:
            return None
        return subtract_bound(self.gained.bound, self.retaken_bound)

    @property
    def share_retaken(self) -> float | None:
        """retaken ÷ gained; None when nothing was gained (nothing to take back)."""
        if self.retaken is None or self.gained.total is None:
            return None
        if self.gained.total <= 0:
            return None
        return self.retaken / self.gained.total


class Balance:
    def __init__(self, window: Period | None, scope: Scope) -> None:
        self.window = window
        self.scope = scope
        self.rows: list[BalanceRow] = []
        self.warnings: list[Warning] = []


def balance(
    conn: sqlite3.Connection | None, scope: Scope, window: Period | None
) -> Balance:
    """Each actor's gains against the other actors' in the same region, layer and
    source. Without a window: every record of the region the scope selects.

    An actor's "retaken" is what the other actors gained in the region within the
    window on the days from the first day its own gains there begin (the first day
    of the window on which its rate is positive): only what came after it started
    gaining can take its gains back. Ukraine's gains in Kursk from 6 August come
    before Russia's from 1 October, so Russia retook part of them, and Ukraine
    retook none of Russia's. An actor that gained on no day has nothing retaken
    (0). Net is gained − retaken; the share retaken is retaken ÷ gained.
    """
    if window is None:
        window = resolve_window(conn, scope, None, None)
        if window is None:
            return Balance(None, scope)
    loaded = load(conn, scope, [(window.start, window.end)])
    result = Balance(window, scope)
    book = _WarningBook(result.warnings)
    groups: dict[tuple[str, str, str], dict[str, tuple[Series, Integral]]] = {}
    for series in sorted(loaded.series, key=lambda s: s.key):
        integral = series.window(window.start, window.end)
        if not integral.covered:
            continue
        book.note(series, window.start, window.end)
        actor, region, layer, source = series.key
        groups.setdefault((region, layer, source), {})[actor] = (series, integral)
    for (region, layer, source), actors in sorted(groups.items()):
        by_gain = sorted(actors.items(), key=lambda item: -(item[1][1].total or 0))
        for actor, (series, gained) in by_gain:
            others = [s for a, (s, _) in actors.items() if a != actor]
            since = series.first_gain(window.start, window.end) if others else None
            retaken, bound = _retaken(others, since, window.end)
            result.rows.append(
                BalanceRow(
                    region,
                    layer,
                    source,
                    actor,
                    gained,
                    retaken,
                    bound,
                    tuple(sorted(a for a in actors if a != actor)),
                    since,
                )
            )
    return result


def _retaken(
    others: list[Series], since: date | None, end: date
) -> tuple[float | None, str | None]:
    """The other actors' gains on since..end and the bound of their sum: None when
    there are no other actors, 0 when none of their figures falls on those days (or
    there are no such days: the actor gained nothing)."""
    if not others:
        return None, None
    parts = [s.window(since, end) for s in others] if since is not None else []
    totals = [part.total for part in parts if part.total is not None]
    if not totals:
        return 0.0, "exact"
    total = 0.0
    for value in totals:
        total += value
    return total, combine(*(part.bound for part in parts if part.bound))


# --- projection ----------------------------------------------------------------

DEFAULT_TRAILING_DAYS = 90


class ProjectionRow(NamedTuple):
    key: SeriesKey
    rate: Integral
    start: date
    until: date
    holding: Holding | None

    @property
    def days_ahead(self) -> int:
        return (self.until - self.start).days

    @property
    def gain(self) -> float | None:
        rate = self.rate.rate
        return None if rate is None else rate * self.days_ahead

    @property
    def projected_holding(self) -> float | None:
        rate = self.rate.rate
        if self.holding is None or rate is None:
            return None
        return self.holding.area + rate * (self.until - self.holding.on).days


class Projection:
    def __init__(
        self, window: Period | None, until: date, scope: Scope, trailing: bool
    ) -> None:
        self.window = window
        self.until = until
        self.scope = scope
        self.trailing = trailing
        self.rows: list[ProjectionRow] = []
        self.warnings: list[Warning] = []


def project(
    conn: sqlite3.Connection | None,
    scope: Scope,
    until: date,
    length: int | tuple[int, str] | Period = DEFAULT_TRAILING_DAYS,
) -> Projection:
    """Carry a rate forward to `until`: the rate over `length` (a trailing length
    ending on the latest record's end, or a fixed period), per covered day."""
    latest = latest_day(conn, scope)
    trailing = not isinstance(length, Period)
    if latest is None:
        return Projection(None, until, scope, trailing)
    if until <= latest:
        raise InputError(
            "until",
            f"{until} is not after the latest figure ({latest}); nothing to project",
        )
    window = length if isinstance(length, Period) else periods.trailing(latest, length)
    first = min(window.start, latest)
    loaded = load(conn, scope, [(window.start, window.end), (first, latest)])
    result = Projection(window, until, scope, trailing)
    book = _WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        rate = series.window(window.start, window.end)
        if not rate.covered or series.last_covered is None:
            continue
        book.note(series, window.start, window.end)
        start = min(series.last_covered, latest)
        holding = series.holding_by(start, first) if series.has_holdings else None
        result.rows.append(ProjectionRow(series.key, rate, start, until, holding))
    return result


# --- check ---------------------------------------------------------------------


class Check(NamedTuple):
    issues: list[Issue]
    series: int
    records: int


CHECK_ORDER = ("crossing", "larger-child", "holdings", "mismatch", "gap")


def check(conn: sqlite3.Connection | None, scope: Scope) -> Check:
    """Every issue in the selected series: crossing records, children larger than
    their parent, holdings that contradict changes, mismatches, and gaps."""
    loaded = load_all(conn, scope)
    issues: list[Issue] = []
    for series in loaded.series:
        issues.extend(series.issues)
        issues.extend(series_gaps(series))
    issues.sort(key=lambda i: (i.series, CHECK_ORDER.index(i.kind), i.first))
    return Check(issues, len(loaded.series), loaded.records_read)


def all_issues(loaded: Iterable[Series]) -> list[Issue]:
    return [issue for series in loaded for issue in series.issues]
