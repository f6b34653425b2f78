"""The snapshots a report reads (see `store.select`): each series' anchors (the
last snapshot before the days it loads, the first and last inside, the first
after) and, inside, either all of them or those nearest to every day where a
number can change, read from the holdings indexes (migrations/0011) without a
table row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from frontline.model.figures import SeriesKey
from frontline.model.periods import day_before
from frontline.model.values import stored_date
from frontline.store import jsontext
from frontline.store.reading import (
    COLUMNS,
    END,
    ID,
    SERIES_OF,
    START,
    Figure,
    Selection,
    snapshots_of,
)
from frontline.store.where import SERIES_WANTED

# A series' snapshots by day (migrations/0011): the nearest to a day is one
# seek, with no table row read.
_SNAPSHOTS = "records r INDEXED BY records_holdings_by_series"
_SAME_SERIES = (
    "r.kind = 'holding' AND r.actor = w.actor AND r.region = w.region "
    "AND r.layer = w.layer AND r.source = w.source"
)


def anchors(
    conn: sqlite3.Connection, hulls: dict[SeriesKey, list[date]], keys: list[SeriesKey]
) -> dict[SeriesKey, tuple]:
    """Per series: the last snapshot before its hull, the first and last inside,
    the first after (each as (id, end) or None)."""

    def pick(condition: str, order: str) -> str:
        return (
            f'(SELECT json_array(r.id, r."end") FROM {_SNAPSHOTS} WHERE {_SAME_SERIES} '
            f'AND {condition} ORDER BY r."end" {order} LIMIT 1)'
        )

    want = [
        [i, *key, hulls[key][0].isoformat(), hulls[key][1].isoformat()]
        for i, key in enumerate(keys)
    ]
    sql = (
        SERIES_WANTED
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
    for i, *found in conn.execute(sql, (jsontext.dumps(want),)):
        result[keys[i]] = tuple(
            (pair[0], stored_date(pair[1], "a date", pair[0])) if pair else None
            for pair in (jsontext.id_and_text(text) if text else None for text in found)
        )
    return result


def holdings(
    selection: Selection,
    keys: list[SeriesKey],
    hulls: dict[SeriesKey, list[date]],
    anchors: dict[SeriesKey, tuple],
    changes: dict[SeriesKey, list[Figure]],
    edges: set[date],
    thin: bool,
) -> dict[SeriesKey, list[Figure]]:
    """The snapshots each series needs: its anchors, and inside its hull either all
    snapshots (`thin=False`) or those nearest to every day a number can change."""
    wanted: dict[SeriesKey, set[int]] = {}
    days: dict[SeriesKey, set[date]] = {}
    # The same days recur in every series: each day before is made once, the
    # edges inside a hull are found once per hull, and series asking about the
    # same days share one set of them (`_nearest_inside` reads each set once).
    before = lru_cache(maxsize=None)(day_before)
    edges_inside: dict[tuple[date, date], set[date]] = {}
    shared: dict[frozenset[date], set[date]] = {}
    for key in keys:
        ids = {pair[0] for pair in anchors[key] if pair}
        if not ids:
            continue
        wanted[key] = ids
        first, last = hulls[key]
        inside_hull = edges_inside.get((first, last))
        if inside_hull is None:
            inside_hull = edges_inside[first, last] = {
                d for d in edges if first <= d <= last
            }
        series_days = set(inside_hull)
        series_days.update((before(first), last))
        series_days.update(map(before, map(START, changes[key])))
        series_days.update(map(END, changes[key]))
        days[key] = shared.setdefault(frozenset(series_days), series_days)
    inside = [k for k in wanted if anchors[k][1] is not None]
    # The snapshots read whole while thinning, by series in the order read.
    result: dict[SeriesKey, list[Figure]] = {}
    found: set[int] = set()
    if inside and not thin:
        _all_inside(selection, inside, anchors, wanted)
    elif inside:
        _nearest_inside(selection, inside, anchors, days, wanted, result)
        for records in result.values():
            found.update(map(ID, records))
    # The anchors and the nearest snapshots not read whole already.
    every = sorted(set().union(*wanted.values()).difference(found))
    for start in range(0, len(every), 50_000):
        chunk = every[start : start + 50_000]
        for record in selection.fetch(
            f"SELECT {COLUMNS} FROM records "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (jsontext.dumps(chunk),),
        ):
            result.setdefault(SERIES_OF(record), []).append(record)
    return result


def _all_inside(
    selection: Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    wanted: dict[SeriesKey, set[int]],
) -> None:
    for key in keys:
        first, last = anchors[key][1][1], anchors[key][2][1]
        rows = selection.conn.execute(
            "SELECT id FROM records INDEXED BY records_holdings_by_series "
            "WHERE kind = 'holding' AND actor = ? AND region = ? AND layer = ? "
            'AND source = ? AND "end" >= ? AND "end" <= ?',
            (*key, first.isoformat(), last.isoformat()),
        )
        wanted[key].update(i for (i,) in rows)


def _nearest_inside(
    selection: Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    days: dict[SeriesKey, set[date]],
    wanted: dict[SeriesKey, set[int]],
    found: dict[SeriesKey, list[Figure]],
) -> None:
    """For every day a number can change: the snapshot on it, else the nearest on
    each side. Exact hits are whole rows (kept in `found`, by series: they are
    read once, not added to `wanted`); only the days without a snapshot cost a
    seek on each side, whose ids go to `wanted`.

    The holdings index (end, actor, region, layer, source and the columns
    read) gives the snapshots' rows without a table read (a long report's
    month ends lie one in thirty rows apart: through the table they cost
    nearly every page of it). Each series' are read on their own, a seek a
    snapshot: one statement for all series would return their names with
    every row, which costs more to turn into Python than the seeks."""
    conn = selection.conn
    # ISO dates compare as text, so the rows need no conversion here.
    inside = {key: (anchors[key][1][1].isoformat(), anchors[key][2][1].isoformat())
              for key in keys}  # fmt: skip
    iso = lru_cache(maxsize=None)(date.isoformat)  # the same days in every series
    wanted_days: dict[SeriesKey, set[str]] = {}
    # Series sharing a set of days (`holdings`) and their first and last
    # snapshots share the texts too: by the set's identity while it lives.
    texts: dict[tuple[int, str, str], set[str]] = {}
    for key in keys:
        first, last = inside[key]
        series_days = days[key]
        made = texts.get((id(series_days), first, last))
        if made is None:
            made = texts[id(series_days), first, last] = {
                text for text in map(iso, series_days) if first <= text <= last
            }
        wanted_days[key] = made
    hits: dict[SeriesKey, set[str]] = {key: set() for key in keys}
    for key, rows in _exact_hits(selection, wanted_days).items():
        selection.read += len(rows)
        hits[key] = {row[1] for row in rows}
        found[key] = snapshots_of(rows, key, selection.day)
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
        f'(SELECT r.id FROM {_SNAPSHOTS} WHERE {_SAME_SERIES} AND r."end" <= w.p '
        'AND r."end" >= w.lo ORDER BY r."end" DESC LIMIT 1), '
        f'(SELECT r.id FROM {_SNAPSHOTS} WHERE {_SAME_SERIES} AND r."end" >= w.p '
        'AND r."end" <= w.hi ORDER BY r."end" ASC LIMIT 1) FROM want w'
    )
    for index, below, above in conn.execute(nearest, (jsontext.dumps(misses),)):
        wanted[keys[index]].update(i for i in (below, above) if i is not None)


# A series' snapshots on some days. The index is named: without statistics the
# planner prefers the natural-key index on `kind` alone, which reads every
# snapshot.
_ON_DAYS = (
    'SELECT id, "end", area_km2, bound, published FROM records '
    "INDEXED BY records_holdings WHERE kind = 'holding' "
    'AND "end" IN (SELECT value FROM json_each(?)) '
    "AND actor = ? AND region = ? AND layer = ? AND source = ?"
)


def _exact_hits(
    selection: Selection, wanted_days: dict[SeriesKey, set[str]]
) -> dict[SeriesKey, list[Sequence]]:
    """Each series' snapshots on its wanted days, as rows of (id, end,
    area_km2, bound, published) in day order."""
    conn = selection.conn
    result = {}
    asked: set[str] | None = None
    for key, days in wanted_days.items():
        # Most series are asked about the same days (often the same set).
        if days is not asked and days != asked:
            asked, text = days, jsontext.dumps(sorted(days))
        rows = conn.execute(_ON_DAYS, (text, *key)).fetchall()
        if rows:
            result[key] = rows
    return result
