"""What a report loads: the records each series needs for the requested days.
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

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from typing import NamedTuple

from frontline.model.build import build
from frontline.model.figures import SeriesKey
from frontline.model.periods import day_before
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.model.values import stored_date
from frontline.store.where import scope_where

_KEY_COLUMNS = ("actor", "region", "layer", "source")
_COLUMNS = (
    'id, kind, actor, region, layer, start, "end", area_km2, bound, source, published'
)
_ONE_DAY = timedelta(days=1)


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
    return lru_cache(maxsize=None)(stored_date)


class _Figure(NamedTuple):
    """A record as the model reads it (`model.figures.Figure`), made straight from a
    database row: a tuple costs a fraction of a `model.records.Record` (a frozen
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
_ID = attrgetter("id")
_START = attrgetter("start")
_END = attrgetter("end")


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
        "WITH want(actor, region, layer, source) AS MATERIALIZED (SELECT "
        + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(4))
        + " FROM json_each(?)) SELECT min((SELECT min(r.start) FROM records r "
        "WHERE r.kind = 'change' AND r.actor = w.actor AND r.region = w.region "
        "AND r.layer = w.layer AND r.source = w.source)) FROM want w"
    )
    (first_start,) = conn.execute(sql, (want,)).fetchone()
    if first_start is None:
        return first_end
    return min(first_end, stored_date(first_start))


def latest_day(conn: sqlite3.Connection | None, scope: Scope) -> date | None:
    """The last day of any record the scope selects: what `--from` alone runs to."""
    return _extreme(conn, scope, 'max("end")')


def _extreme(conn: sqlite3.Connection | None, scope: Scope, what: str) -> date | None:
    if conn is None:
        return None
    where, params = scope_where(scope)
    (value,) = conn.execute(
        f"SELECT {what} FROM records WHERE {where}", params
    ).fetchone()
    return stored_date(value) if value else None


def series_keys(conn: sqlite3.Connection, scope: Scope) -> list[SeriesKey]:
    """Distinct series the scope selects, in key order, found by walking the
    series index (actor, region, layer, source, end) one series at a time: a
    seek past each series' last entry gives the next one, so a series costs one
    seek, never a scan of its records. Names the scope fixes at the front of
    the key narrow the walk; any other fixed name is checked on each key.
    For a sum of layers: the series of each layer."""
    if scope.layers:
        found = {key for part in scope.parts() for key in series_keys(conn, part)}
        return sorted(found)
    fixed = [getattr(scope, column) for column in _KEY_COLUMNS]
    prefix = 0
    while prefix < len(fixed) and fixed[prefix] is not None:
        prefix += 1
    head = fixed[:prefix]
    equal = " AND ".join(f"{c} = ?" for c in _KEY_COLUMNS[:prefix]) or "1"
    order = 'ORDER BY actor, region, layer, source, "end" LIMIT 1'
    columns = "SELECT actor, region, layer, source FROM records"
    # A blob sorts after every text, so the key and a blob as `end` is past
    # every entry of the series.
    after = (
        f"{columns} WHERE {equal} AND "
        "(actor, region, layer, source, \"end\") > (?, ?, ?, ?, x'') " + order
    )
    keys: list[SeriesKey] = []
    row = conn.execute(f"{columns} WHERE {equal} {order}", head).fetchone()
    while row is not None:
        if all(w is None or w == got for w, got in zip(fixed, row, strict=True)):
            keys.append(row)
        last = row
        row = conn.execute(after, (*head, *last)).fetchone()
        if row == last:  # a stored `end` that sorts after the blob
            return _series_keys_by_column(conn, scope)
    return keys


def _series_keys_by_column(conn: sqlite3.Connection, scope: Scope) -> list[SeriesKey]:
    """`series_keys` one column at a time (the distinct values of each column
    within the previous ones' by `min`): slower, for a database whose series
    index holds a blob."""
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
    "WITH want(i, actor, region, layer, source, lo, hi) AS MATERIALIZED (SELECT "
    + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(7))
    + " FROM json_each(?)) "
)
# A series' snapshots: the holdings index (migrations/0009) holds them by series
# and day with every column a report reads, so no table row is read.
_SAME_SERIES = (
    "r.actor = w.actor AND r.region = w.region AND r.layer = w.layer "
    "AND r.source = w.source AND r.kind = 'holding'"
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
            (pair[0], stored_date(pair[1], "a date", pair[0])) if pair else None
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
            params = [*key, hi.isoformat(), lo.isoformat()]
            if have:
                params += [have[0].isoformat(), have[1].isoformat()]
            self.loaded[key] = (lo, hi)
            rows = self.conn.execute(sql, params).fetchall()
            self.read += len(rows)
            group = self.changes.setdefault(key, {})
            for figure in _figures(rows, "change", key, self.day):
                group[figure.id] = figure


# A series' change records over some days: one range of the changes index
# (migrations/0010: actor, region, layer, source, start and the columns read),
# with no table row read. Only the columns the model needs are read, the
# series' key and kind are known: turning columns into Python objects is most
# of what a query costs.
_SERIES_CHANGES = (
    'SELECT id, start, "end", area_km2, bound, published FROM records '
    "WHERE actor = ? AND region = ? AND layer = ? AND source = ? "
    "AND kind = 'change' AND start <= ? AND \"end\" >= ?"
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
    """Build the series the windows need, reading only the records they depend on.

    A sum of layers (`Scope.layers`) is loaded layer by layer and each source's
    layers are added up by `model.views.Summed`; a source that lacks one of the
    layers has no sum (layers are summed within one source, never across)."""
    if conn is None or not windows:
        return Loaded([])
    if scope.layers:
        return _load_sum(conn, scope, windows, thin)
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
    edges = {day_before(first) for first, _ in windows} | {last for _, last in windows}
    holdings = _holdings(selection, keys, hulls, anchors, records, edges, thin)
    built = []
    for key in keys:
        chosen = records[key] + holdings.get(key, [])
        if chosen:
            series = build(chosen, key, checked=True)
            series.changes_over = (hulls[key][0], hulls[key][1])
            built.append(series)
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
            if before and before[1] < day_before(hull[0]):
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
    # The same days recur in every series: each day before is made once.
    before = lru_cache(maxsize=None)(day_before)
    for key in keys:
        ids = {pair[0] for pair in anchors[key] if pair}
        if not ids:
            continue
        wanted[key] = ids
        first, last = hulls[key]
        series_days = {d for d in edges if first <= d <= last}
        series_days.update((before(first), last))
        series_days.update(map(before, map(_START, changes[key])))
        series_days.update(map(_END, changes[key]))
        days[key] = series_days
    inside = [k for k in wanted if anchors[k][1] is not None]
    # The snapshots read whole while thinning, by series in the order read.
    result: dict[SeriesKey, list[_Figure]] = {}
    found: set[int] = set()
    if inside and not thin:
        _all_inside(selection, inside, anchors, wanted)
    elif inside:
        _nearest_inside(selection, inside, anchors, days, wanted, result)
        for records in result.values():
            found.update(map(_ID, records))
    # The anchors and the nearest snapshots not read whole already.
    every = sorted(set().union(*wanted.values()).difference(found))
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
            'AND source = ? AND "end" >= ? AND "end" <= ? AND kind = \'holding\'',
            (*key, first.isoformat(), last.isoformat()),
        )
        wanted[key].update(i for (i,) in rows)


def _nearest_inside(
    selection: _Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    days: dict[SeriesKey, set[date]],
    wanted: dict[SeriesKey, set[int]],
    found: dict[SeriesKey, list[_Figure]],
) -> None:
    """For every day a number can change: the snapshot on it, else the nearest on
    each side. Exact hits are whole rows (kept in `found`, by series: they are
    read once, not added to `wanted`); only the days without a snapshot cost a
    seek on each side, whose ids go to `wanted`.

    The holdings index (actor, region, layer, source, end and the columns read)
    finds a series' snapshots by day and gives their rows without a table read:
    the snapshots at a long report's month ends lie one in thirty rows apart,
    so through the table they cost nearly every page of it."""
    conn = selection.conn
    # ISO dates compare as text, so the rows need no conversion here.
    inside = {key: (anchors[key][1][1].isoformat(), anchors[key][2][1].isoformat())
              for key in keys}  # fmt: skip
    wanted_days: dict[SeriesKey, set[str]] = {}
    hits: dict[SeriesKey, set[str]] = {}
    iso = lru_cache(maxsize=None)(date.isoformat)  # the same days in every series
    # A holding starts on the day it ends (the schema checks it).
    sql = (
        'SELECT id, "end", "end", area_km2, bound, published FROM records '
        "WHERE actor = ? AND region = ? AND layer = ? AND source = ? "
        "AND kind = 'holding' AND \"end\" IN (SELECT value FROM json_each(?))"
    )
    for key in keys:
        first, last = inside[key]
        on = wanted_days[key] = {
            text for text in map(iso, days[key]) if first <= text <= last
        }
        actor, region, layer, source = key
        rows = conn.execute(
            sql, (actor, region, layer, source, json.dumps(sorted(on)))
        ).fetchall()
        selection.read += len(rows)
        hits[key] = {row[2] for row in rows}
        if rows:
            found[key] = _figures(rows, "holding", key, selection.day)
    misses = []
    for index, key in enumerate(keys):
        first, last = inside[key]
        for day in wanted_days[key].difference(hits[key]):
            if first < day < last:
                misses.append([index, *key, day, first, last])
    if not misses:
        return
    nearest = (
        "WITH want(i, actor, region, layer, source, p, lo, hi) AS MATERIALIZED (SELECT "
        + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(8))
        + " FROM json_each(?)) SELECT w.i, "
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" <= w.p '
        'AND r."end" >= w.lo ORDER BY r."end" DESC LIMIT 1), '
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" >= w.p '
        'AND r."end" <= w.hi ORDER BY r."end" ASC LIMIT 1) FROM want w'
    )
    for index, below, above in conn.execute(nearest, (json.dumps(misses),)):
        wanted[keys[index]].update(i for i in (below, above) if i is not None)


def _load_sum(
    conn: sqlite3.Connection,
    scope: Scope,
    windows: Sequence[tuple[date, date]],
    thin: bool,
) -> Loaded:
    from frontline.model.views import Summed

    layers = scope.layers or ()
    by_series: dict[tuple[str, str, str], dict[str, Series]] = {}
    read = 0
    for part in scope.parts():
        loaded = load(conn, part, windows, thin=thin)
        read += loaded.records_read
        for series in loaded.series:
            actor, region, layer, source = series.key
            by_series.setdefault((actor, region, source), {})[layer] = series
    summed = []
    for (actor, region, source), found in sorted(by_series.items()):
        if all(layer in found for layer in layers):
            key = (actor, region, "+".join(layers), source)
            summed.append(Summed(key, [found[layer] for layer in layers]))
    return Loaded(summed, read)  # type: ignore[arg-type]


def each_series(
    conn: sqlite3.Connection | None, scope: Scope
) -> Iterator[tuple[Series, int]]:
    """Every series the scope selects, in key order, with how many records it
    was built from (for `check`). Rows come in series order from the series
    index, so one series at a time is in memory, not 400k records; within a
    series they are put in id order, as a full scan gives them."""
    if conn is None:
        return
    where, params = scope_where(scope)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where} "
        "ORDER BY actor, region, layer, source",
        params,
    )
    day = _date_reader()
    for key, group in groupby(_iter_records(rows, day), _SERIES_OF):
        records = sorted(group, key=attrgetter("id"))
        yield build(records, key), len(records)


def _iter_records(
    rows: Iterable[Sequence], day: Callable[[str], date]
) -> Iterator[_Figure]:
    """`_records`, one row at a time, in batches the cursor fetches."""
    while batch := rows.fetchmany(1000):  # type: ignore[attr-defined]
        yield from _records(batch, day)


# --- reports -------------------------------------------------------------------
