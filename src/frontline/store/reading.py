"""Rows a report reads, as the model's figures: plain tuples made straight from
the rows (`Figure`), and what a report's selection has read so far (the change
records of each series, over which days, how many rows).
"""

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

from frontline.model.figures import SeriesKey
from frontline.model.scope import Scope
from frontline.model.values import stored_date

COLUMNS = (
    'id, kind, actor, region, layer, start, "end", area_km2, bound, source, published'
)


def date_reader() -> Callable[[str], date]:
    """ISO text to `date`, cached: the same few thousand days recur in every series.
    (`lru_cache` is implemented in C, so a hit costs less than a dict lookup made
    from Python.)"""
    return lru_cache(maxsize=None)(stored_date)


class Figure(NamedTuple):
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
SERIES_OF = attrgetter("actor", "region", "layer", "source")
# The start and end of a row of `_SERIES_CHANGES`.
_START_TEXT, _END_TEXT = itemgetter(1), itemgetter(2)
ID = attrgetter("id")
START = attrgetter("start")
END = attrgetter("end")


def records_of(rows: Iterable[Sequence], day: Callable[[str], date]) -> list[Figure]:
    """`_COLUMNS` rows as figures, their dates as `date`s."""
    return [
        _new_tuple(
            Figure,
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


class Selection:
    """The records of every series in scope that the requested windows depend on."""

    def __init__(self, conn: sqlite3.Connection, scope: Scope) -> None:
        self.conn = conn
        self.scope = scope
        self.day = date_reader()
        self.read = 0
        self.changes: dict[SeriesKey, list[Figure]] = {}
        # The first start and the last end among each series' changes loaded.
        self.reach: dict[SeriesKey, tuple[date, date]] = {}
        self.loaded: dict[SeriesKey, tuple[date, date]] = {}

    def fetch(self, sql: str, params: Sequence[object]) -> list[Figure]:
        rows = self.conn.execute(sql, params).fetchall()
        self.read += len(rows)
        return records_of(rows, self.day)

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
            if rows:
                # ISO dates order as text: the rows' own cells, compared in C.
                first = self.day(min(map(_START_TEXT, rows)))
                last = self.day(max(map(_END_TEXT, rows)))
                known = self.reach.get(key)
                if known is not None:
                    first, last = min(first, known[0]), max(last, known[1])
                self.reach[key] = (first, last)
            # None of these was read before: a later read takes only what
            # does not overlap the days read already, which held every record
            # read so far.
            self.changes.setdefault(key, []).extend(
                figures_of(rows, "change", key, self.day)
            )


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


def figures_of(
    rows: Iterable[Sequence],
    kind: str,
    key: SeriesKey,
    day: Callable[[str], date],
) -> list[Figure]:
    """Rows of (id, start, end, area_km2, bound, published) of one series."""
    actor, region, layer, source = key
    # Each row unpacked in one step, where reading its cells by index is one
    # look-up each (~26,000 rows in a long report).
    return [
        _new_tuple(
            Figure,
            (
                id,
                kind,
                actor,
                region,
                layer,
                day(start),
                day(end),
                float(area),
                bound,
                source,
                day(published) if published else None,
            ),
        )
        for id, start, end, area, bound, published in rows
    ]


def snapshots_of(
    rows: Iterable[Sequence], key: SeriesKey, day: Callable[[str], date]
) -> list[Figure]:
    """Rows of (id, end, area_km2, bound, published) of one series' holdings
    (a holding starts on the day it ends)."""
    actor, region, layer, source = key
    return [
        _new_tuple(
            Figure,
            (
                id,
                "holding",
                actor,
                region,
                layer,
                on := day(end),
                on,
                float(area),
                bound,
                source,
                day(published) if published else None,
            ),
        )
        for id, end, area, bound, published in rows
    ]
