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
columns the model needs, into plain tuples (`store.reading.Figure`), not `Record`s; the
cyclic garbage collector is paused meanwhile (`collector_paused`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from itertools import groupby
from operator import attrgetter

from frontline.model.build import build
from frontline.model.figures import SeriesKey
from frontline.model.periods import day_before
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.model.values import stored_date
from frontline.store import jsontext
from frontline.store.reading import (
    COLUMNS,
    SERIES_OF,
    Figure,
    Selection,
    date_reader,
    records_of,
)
from frontline.store.snapshots import anchors as snapshot_anchors
from frontline.store.snapshots import holdings as snapshot_rows
from frontline.store.where import scope_where

_KEY_COLUMNS = ("actor", "region", "layer", "source")
_ONE_DAY = timedelta(days=1)


class Loaded:
    """The series a report needs, and how many records were read to build them."""

    __slots__ = ("records_read", "series")

    def __init__(self, series: list[Series], records_read: int = 0) -> None:
        self.series = series
        self.records_read = records_read


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
    want = jsontext.dumps([list(key) for key in keys])
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
    selection = Selection(conn, scope)
    keys = series_keys(conn, scope)
    if not keys:
        return Loaded([])
    hulls = {key: [lo, hi] for key in keys}
    anchors = _settle_hulls(selection, keys, hulls)
    # Every change record loaded overlapped its series' hull when read, and the
    # hull was widened to hold it (`_settle_hulls`): all lie inside it.
    records = {key: list(selection.changes.get(key, ())) for key in keys}
    edges = {day_before(first) for first, _ in windows} | {last for _, last in windows}
    holdings = snapshot_rows(selection, keys, hulls, anchors, records, edges, thin)
    built = []
    for key in keys:
        chosen = records[key] + holdings.get(key, [])
        if chosen:
            series = build(chosen, key, checked=True)
            series.changes_over = (hulls[key][0], hulls[key][1])
            built.append(series)
    return Loaded(built, selection.read)


def _settle_hulls(
    selection: Selection, keys: list[SeriesKey], hulls: dict[SeriesKey, list[date]]
) -> dict[SeriesKey, tuple]:
    """Widen each series' hull until no record outside it can change a number in it:
    change records overlapping it, and the holding-derived changes reaching into it."""
    anchors: dict[SeriesKey, tuple] = {}
    asked = keys
    while True:
        if asked:
            anchors.update(snapshot_anchors(selection.conn, hulls, asked))
        grown = False
        for key in keys:
            before, _, last_in, after = anchors[key]
            hull = hulls[key]
            if before and before[1] < day_before(hull[0]):
                hull[0], grown = before[1] + _ONE_DAY, True
            if after and (last_in is None or last_in[1] < hull[1]):
                hull[1], grown = after[1], True
        selection.load_changes(hulls)
        # Every change record loaded overlaps its series' hull (it was read
        # for overlapping it, and hulls only grow): the hull takes in the
        # first start and the last end among them.
        for key in keys:
            reach = selection.reach.get(key)
            if reach is None:
                continue
            hull = hulls[key]
            first, last = reach
            if first < hull[0]:
                hull[0], grown = first, True
            if last > hull[1]:
                hull[1], grown = last, True
        if not grown:
            return anchors
        # A series with no snapshot before, inside or after its hull has none
        # on any day: a wider hull finds none either (change records alone).
        asked = [key for key in asked if any(anchors[key])]


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
        f"SELECT {COLUMNS} FROM records WHERE {where} "
        "ORDER BY actor, region, layer, source",
        params,
    )
    day = date_reader()
    for key, group in groupby(_iter_records(rows, day), SERIES_OF):
        records = sorted(group, key=attrgetter("id"))
        yield build(records, key), len(records)


def _iter_records(
    rows: Iterable[Sequence], day: Callable[[str], date]
) -> Iterator[Figure]:
    """`records_of`, one row at a time, in batches the cursor fetches."""
    while batch := rows.fetchmany(1000):  # type: ignore[attr-defined]
        yield from records_of(batch, day)


# --- reports -------------------------------------------------------------------
