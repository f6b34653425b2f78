"""How a series' figures are spaced in time, and where each series stops: what
`check` and the reports' gap warnings read (see `model.gaps`)."""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import lru_cache

from frontline.model.figures import SeriesKey
from frontline.model.scope import Scope
from frontline.store import jsontext
from frontline.store.holes import Asked, holed_spans
from frontline.store.where import SERIES_WANTED, scope_where


def spacings(
    conn: sqlite3.Connection | None, key: SeriesKey, lo: date, hi: date
) -> tuple[int, list[tuple[date, date, int]]]:
    """How a series' figures over lo..hi are spaced: the number of spacings
    between consecutive figures, and those of more than a day as (the last day
    reached before, the next figure's first day, the spacing in days). Figures
    are taken in order of their first day; the reach is the latest end so far.

    A daily map series has thousands of snapshots and a report reads only a few,
    so its snapshots are not read at all: the series' count of snapshots
    (kept by triggers, migrations/0012) against its first and last day says
    whether they form one unbroken daily run (the common case), which is then a
    single figure among the change records; failing that, the masks of the
    days with a snapshot, month by month (migrations/0013), give the runs of
    consecutive days over lo..hi, a month with every day as one run
    (`holes.holed_spans`, which reads the snapshots of a month only when its
    mask is missing or does not fit)."""
    if conn is None:
        return 0, []
    params = _params(key, lo, hi)
    whole = conn.execute(_RUN, params).fetchone()
    run = _within(whole, lo, hi)
    changes = conn.execute(_CHANGES, params).fetchall()
    spans = [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in changes]
    if run is not None:
        return _spaced(_with_run(spans, run), spans)
    first, last = date.fromisoformat(whole[1]), date.fromisoformat(whole[2])
    ((count, held),) = holed_spans(conn, [(key, lo, hi, first, last)])
    return _spaced(len(spans) + count, spans + held)


def _params(key: SeriesKey, lo: date, hi: date) -> dict[str, str]:
    actor, region, layer, source = key
    return {"actor": actor, "region": region, "layer": layer, "source": source,
            "lo": lo.isoformat(), "hi": hi.isoformat()}  # fmt: skip


_CHANGES = (
    "SELECT start, \"end\" FROM records WHERE kind = 'change' AND actor = :actor "
    'AND region = :region AND layer = :layer AND start <= :hi AND +"end" >= :lo '
    "AND +source = :source"
)
# A series' snapshots as a whole: how many (migrations/0012: kept by triggers on
# every write), and its first and last day (a seek each on the snapshots by
# series, migrations/0011), as columns of a row about the series `w`.
_SAME = (
    "actor = w.actor AND region = w.region AND layer = w.layer AND source = w.source"
)
_WHOLE = f"(SELECT snapshots FROM snapshot_counts WHERE {_SAME}), " + ", ".join(
    '(SELECT "end" FROM records INDEXED BY records_holdings_by_series '
    f"WHERE kind = 'holding' AND {_SAME} ORDER BY \"end\" {order} LIMIT 1)"
    for order in ("ASC", "DESC")
)
_RUN = (
    "WITH w(actor, region, layer, source) AS (VALUES (:actor, :region, :layer, "
    f":source)) SELECT {_WHOLE} FROM w"
)
_RUNS = SERIES_WANTED + f"SELECT w.i, {_WHOLE} FROM want w"

Run = tuple[date, date] | tuple[()]
Spans = list[tuple[date, date]]


def _within(
    whole: tuple[int | None, str | None, str | None], lo: date, hi: date
) -> Run | None:
    """The snapshots of lo..hi, from the series' count, first and last day: the
    days they span, () when there is none, or None when the count does not
    prove them one unbroken daily run (then they must be counted).

    Snapshots fall on distinct days (the natural key), so n of them from the
    first day to the last, n days apart inclusive, leave no day out, and those
    of lo..hi are every day the two spans share."""
    count, first, last = whole
    if first is None or last is None:
        return ()  # no snapshot (the series index has none, whatever the count)
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    if not _unbroken(start, end, count):  # type: ignore[arg-type]
        return None
    start, end = max(start, lo), min(end, hi)
    return (start, end) if start <= end else ()


def _with_run(spans: list[tuple[date, date]], run: Run) -> int:
    """The number of figures: the change records' spans and the snapshots' run,
    whose span joins theirs (its own spacings are all of one day)."""
    if not run:
        return len(spans)
    spans.append(run)
    return len(spans) + (run[1] - run[0]).days


def _unbroken(first: date, last: date, count: int) -> bool:
    """Whether `count` snapshots from `first` to `last` leave no day out: they
    fall on distinct days (the natural key), so they do when there are as many
    as days."""
    return (last - first).days + 1 == count


def _spaced(
    figures: int, spans: list[tuple[date, date]]
) -> tuple[int, list[tuple[date, date, int]]]:
    """`spacings` of figures whose spans are known (a daily run as one span: its
    own spacings are all of one day)."""
    spans.sort()
    larger = []
    if spans:
        reach = spans[0][1]
        for start, end in spans[1:]:
            spacing = (start - reach).days
            if spacing > 1:
                larger.append((reach, start, spacing))
            if end > reach:
                reach = end
    return max(figures - 1, 0), larger


# The batch of `spacings`: every series' change records over its days, as
# `_CHANGES` reads them.
_SERIES = "r.actor = w.actor AND r.region = w.region AND r.layer = w.layer"
_ALL_CHANGES = (
    SERIES_WANTED
    + 'SELECT w.i, r.start, r."end" FROM want w CROSS JOIN records r '
    + "WHERE r.kind = 'change' AND "
    + _SERIES
    + ' AND r.start <= w.hi AND +r."end" >= w.lo AND +r.source = w.source'
)


def spacings_of(
    conn: sqlite3.Connection | None,
    wanted: list[tuple[SeriesKey, date, date, Spans | None]],
) -> list[tuple[int, list[tuple[date, date, int]]]]:
    """`spacings` of many series at once, each given as its key, its lo..hi and
    the spans of its change records over lo..hi when the caller has them all
    (None: they are read), in a few statements for all of them rather than
    several per series: what a report over every series asks before it warns
    of gaps. The series whose snapshots have holes somewhere are spaced from
    the masks of their months, all at once (`holes.holed_spans`)."""
    if conn is None or not wanted:
        return [(0, []) for _ in wanted]
    rows = [
        [i, *key, lo.isoformat(), hi.isoformat()]
        for i, (key, lo, hi, _) in enumerate(wanted)
    ]
    changes = [known for *_, known in wanted]
    unknown = [i for i, known in enumerate(changes) if known is None]
    if unknown:
        day = lru_cache(maxsize=None)(date.fromisoformat)
        for i in unknown:
            changes[i] = []
        some = jsontext.dumps([rows[i] for i in unknown])
        for i, start, end in conn.execute(_ALL_CHANGES, (some,)):
            changes[i].append((day(start), day(end)))  # type: ignore[union-attr]
    runs: list[Run | None] = [None] * len(wanted)
    holed: list[Asked] = []
    for i, *whole in conn.execute(_RUNS, (jsontext.dumps(rows),)):
        key, lo, hi, _ = wanted[i]
        runs[i] = _within(whole, lo, hi)  # type: ignore[arg-type]
        if runs[i] is None:
            first, last = map(date.fromisoformat, whole[1:])
            holed.append((key, lo, hi, first, last))
    held = iter(holed_spans(conn, holed) if holed else ())
    result: list[tuple[int, list[tuple[date, date, int]]]] = []
    for i in range(len(wanted)):
        run, spans = runs[i], list(changes[i] or ())
        if run is None:
            count, snapshots = next(held)
            result.append(_spaced(len(spans) + count, spans + snapshots))
        else:
            result.append(_spaced(_with_run(spans, run), spans))
    return result


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
