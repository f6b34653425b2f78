"""How a series' figures are spaced in time, and where each series stops: what
`check` and the reports' gap warnings read (see `model.gaps`)."""

from __future__ import annotations

import sqlite3
from datetime import date

from frontline.model.figures import SeriesKey
from frontline.model.scope import Scope
from frontline.store.where import scope_where

_SPACINGS = """
WITH f(s, e) AS (
    SELECT start, "end" FROM records WHERE kind = 'change' AND actor = :actor
        AND region = :region AND layer = :layer AND start <= :hi
        AND +"end" >= :lo AND +source = :source
    UNION ALL
    SELECT start, "end" FROM records WHERE kind = 'holding' AND actor = :actor
        AND region = :region AND layer = :layer AND start BETWEEN :lo AND :hi
        AND +source = :source
), spaced AS (
    SELECT s, max(e) OVER (ORDER BY s ROWS BETWEEN UNBOUNDED PRECEDING
        AND 1 PRECEDING) AS reach, count(*) OVER () - 1 AS n FROM f
)
SELECT reach, s, CAST(julianday(s) - julianday(reach) AS INTEGER), n
FROM spaced WHERE reach IS NOT NULL AND julianday(s) - julianday(reach) > 1
"""


def spacings(
    conn: sqlite3.Connection | None, key: SeriesKey, lo: date, hi: date
) -> tuple[int, list[tuple[date, date, int]]]:
    """How a series' figures over lo..hi are spaced: the number of spacings
    between consecutive figures, and those of more than a day as (the last day
    reached before, the next figure's first day, the spacing in days). Figures
    are taken in order of their first day; the reach is the latest end so far.
    Computed in SQLite (a window function over the series index) so that a long
    daily series costs no Python per snapshot."""
    if conn is None:
        return 0, []
    actor, region, layer, source = key
    params = {"actor": actor, "region": region, "layer": layer, "source": source,
              "lo": lo.isoformat(), "hi": hi.isoformat()}  # fmt: skip
    daily = _daily_run(conn, params)
    if daily is not None:
        return daily
    count = 0
    larger = []
    for reach, start, spacing, total in conn.execute(_SPACINGS, params):
        count = total
        if spacing > 1:
            larger.append(
                (date.fromisoformat(reach), date.fromisoformat(start), spacing)
            )
    return count, larger


_HOLDINGS = (
    "SELECT count(*), min(start), max(start) FROM records WHERE kind = 'holding' "
    "AND actor = :actor AND region = :region AND layer = :layer "
    "AND start BETWEEN :lo AND :hi AND +source = :source"
)
_CHANGES = (
    "SELECT start, \"end\" FROM records WHERE kind = 'change' AND actor = :actor "
    'AND region = :region AND layer = :layer AND start <= :hi AND +"end" >= :lo '
    "AND +source = :source"
)


def _daily_run(
    conn: sqlite3.Connection, params: dict[str, str]
) -> tuple[int, list[tuple[date, date, int]]] | None:
    """`spacings` when the snapshots are one unbroken daily run (the common case
    of a daily map series): the run is a single figure, and only the change
    records around it are spaced, in Python. None otherwise."""
    count, first, last = conn.execute(_HOLDINGS, params).fetchone()
    if not count:
        return None
    first_day, last_day = date.fromisoformat(first), date.fromisoformat(last)
    if (last_day - first_day).days + 1 != count:
        return None
    spans = [(first_day, last_day)]
    spans += [
        (date.fromisoformat(a), date.fromisoformat(b))
        for a, b in conn.execute(_CHANGES, params)
    ]
    spans.sort()
    larger = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        spacing = (start - reach).days
        if spacing > 1:
            larger.append((reach, start, spacing))
        reach = max(reach, end)
    # The run's own count - 1 daily spacings, and one per change record.
    return count - 1 + len(spans) - 1, larger


def last_days(conn: sqlite3.Connection | None, scope: Scope) -> dict[SeriesKey, date]:
    """Each selected series' last day with a figure."""
    if conn is None:
        return {}
    where, params = scope_where(scope)
    rows = conn.execute(
        'SELECT actor, region, layer, source, max("end") FROM records '
        f"WHERE {where} GROUP BY actor, region, layer, source",
        params,
    )
    return {tuple(row[:4]): date.fromisoformat(row[4]) for row in rows}  # type: ignore[misc]
