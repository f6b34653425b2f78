"""Where the snapshots of a daily series have holes, month by month: what the
gap warnings read for a series whose count (migrations/0012) does not prove
it one unbroken daily run (see `store.spacing`).

For each series and calendar month, triggers keep a mask of the days that
have a snapshot (migrations/0013). A month whose mask has every day from the
series' first snapshot to its last has no hole; the mask of any other month
says which of its days have a snapshot, so the snapshots themselves are not
read. Only a mask that does not fit its month (a day the month does not have,
one outside the series' first and last day: written by hand), or a month of
those days without a row, sends that month back to reading its snapshots: a
wrong mask costs time there, and a missing one never hides a hole."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from frontline.model.figures import SeriesKey
from frontline.model.gaps import touching_runs
from frontline.model.periods import bucket_of
from frontline.store import jsontext
from frontline.store.where import SERIES_WANTED

Spans = list[tuple[date, date]]

# A series asked about: its key, lo..hi, and its first and last snapshot.
Asked = tuple[SeriesKey, date, date, date, date]

# The rows of a series' months lo..hi ('YYYY-MM') of `want`.
_SAME = (
    "m.actor = w.actor AND m.region = w.region AND m.layer = w.layer "
    "AND m.source = w.source AND m.month BETWEEN w.lo AND w.hi"
)
# A month's mask with every day: bits 1 to its length. The mask of a 31-day
# month is compared first, so that only the other months work out their length.
_FULL = (
    "(2 << CASE substr(m.month, 6) WHEN '02' THEN 28 + ("
    "substr(m.month, 1, 4) % 4 = 0 AND (substr(m.month, 1, 4) % 100 <> 0 "
    "OR substr(m.month, 1, 4) % 400 = 0)) WHEN '04' THEN 30 WHEN '06' THEN 30 "
    "WHEN '09' THEN 30 WHEN '11' THEN 30 ELSE 31 END) - 2"
)
# For each series, in one pass over its months lo..hi: how many have a row,
# then each of those whose mask has not every day of the month, as 'YYYY-MM:mask'
# (the months of its first and last snapshot among them, unless they begin or
# end it): a month left out has no hole.
_MONTHS = (
    SERIES_WANTED
    + "SELECT w.i, (SELECT count(*) || ifnull(' ' || group_concat(CASE WHEN "
    + f"m.days <> {(2 << 31) - 2} AND m.days <> {_FULL} THEN m.month || ':' || "
    + f"m.days END, ' '), '') FROM snapshot_months m WHERE {_SAME}) FROM want w"
)
# Every row of the series' months lo..hi: for the series where some month has
# none, or a row is not as the triggers write it.
_ALL_MONTHS = (
    SERIES_WANTED
    + "SELECT w.i, m.month, m.days FROM want w "
    + f"JOIN snapshot_months m ON {_SAME}"
)
# The snapshots of each stretch lo..hi asked, their days as ordinals
# (julianday 1721424.5 is day 0), each stretch in order (the series index).
_DAYS = (
    SERIES_WANTED
    + 'SELECT w.i, CAST(julianday(r."end") - 1721424.5 AS INTEGER) FROM want w '
    + "CROSS JOIN records AS r INDEXED BY records_holdings_by_series "
    + "WHERE r.kind = 'holding' AND r.actor = w.actor AND r.region = w.region "
    + 'AND r.layer = w.layer AND r.source = w.source AND r."end" BETWEEN w.lo '
    + "AND w.hi"
)


def holed_spans(
    conn: sqlite3.Connection, asked: list[Asked]
) -> list[tuple[int, Spans]]:
    """For each series asked (its key, lo, hi, and its first and last snapshot
    day), the number of its snapshots in lo..hi and their spans: runs of
    consecutive days. Found from the masks of its months, all series at once;
    the snapshots are read only in a month whose mask is missing or does not
    fit."""
    result: list[tuple[int, Spans]] = [(0, []) for _ in asked]
    rows = []
    for i, (key, lo, hi, first, last) in enumerate(asked):
        a, b = max(lo, first), min(hi, last)
        if a <= b:
            rows.append([i, *key, _month(a), _month(b)])
    if not rows:
        return result
    masks: dict[int, dict[str, object]] = {}
    complete = []
    row_of = {row[0]: row for row in rows}
    for i, found in conn.execute(_MONTHS, (jsontext.dumps(rows),)):
        months = _parsed(found, _months(asked[i]))
        if months is None:
            masks[i] = {}
            complete.append(row_of[i])
        else:
            masks[i] = months
    if complete:
        for i, month, mask in conn.execute(_ALL_MONTHS, (jsontext.dumps(complete),)):
            masks[i][month] = mask
    done = {row[0] for row in complete}
    stretches = []
    spans: dict[int, tuple[int, Spans]] = {}
    for i, months in masks.items():
        key, lo, hi, first, last = asked[i]
        count, found, read = _spans(months, first, last, lo, hi, i in done)
        spans[i] = (count, found)
        stretches += [[i, *key, s.isoformat(), e.isoformat()] for s, e in read]
    if not stretches:  # every mask fits: no snapshot to read
        for i, counted in spans.items():
            result[i] = counted
        return result
    days: dict[int, list[int]] = {i: [] for i in spans}
    for i, day in conn.execute(_DAYS, (jsontext.dumps(stretches),)):
        days[i].append(day)
    for i, (count, found) in spans.items():
        read = sorted(days[i])  # in order already, stretch by stretch
        result[i] = (count + len(read), found + runs(read))
    return result


def _month(day: date) -> str:
    return day.isoformat()[:7]


def _months(asked: Asked) -> int:
    """How many calendar months the snapshots of lo..hi can fall in."""
    _, lo, hi, first, last = asked
    a, b = max(lo, first), min(hi, last)
    return (b.year - a.year) * 12 + b.month - a.month + 1


def _parsed(found: str, months: int) -> dict[str, object] | None:
    """The months of `_MONTHS`' text for a series and their masks; None when
    not every month has a row, or a row is not as the triggers write it (then
    the months left out of the text are not known to have every day)."""
    count, *listed = found.split(" ")
    if count != str(months):
        return None
    parsed: dict[str, object] = {}
    for item in listed:
        month, _, mask = item.partition(":")
        if _month_days(month) is None or not (mask.isdigit() and mask.isascii()):
            return None
        parsed[month] = int(mask)
    return parsed


_MONTH_NUMBERS = frozenset(f"{n:02d}" for n in range(1, 13))


def _is_month(text: str) -> bool:
    """Whether a month's text is 'YYYY-MM' (as the triggers write it)."""
    return (
        len(text) == 7
        and text.isascii()
        and text[:4].isdigit()
        and text[4] == "-"
        and text[5:] in _MONTH_NUMBERS
    )


@lru_cache(maxsize=4096)
def _month_days(text: str) -> tuple[int, int] | None:
    """The first and last day of a month 'YYYY-MM' as ordinals; None for any
    other text (the same months come back for every series)."""
    if not _is_month(text):
        return None
    month = bucket_of(date(int(text[:4]), int(text[5:]), 1), "month")
    return month.start.toordinal(), month.end.toordinal()


def _spans(
    months: dict[str, object],
    first: date,
    last: date,
    lo: date,
    hi: date,
    complete: bool,
) -> tuple[int, Spans, Spans]:
    """For a series whose snapshots run from `first` to `last`, given the masks
    of its months of lo..hi that may have holes (every month that has a row if
    `complete`; if not, one left out has every day): the number of its
    snapshots in lo..hi, their spans as far as the masks tell them, and the
    stretches whose snapshots must be read (a month without a row when
    `complete`, or whose mask does not fit)."""
    start, end = first.toordinal(), last.toordinal()
    a, b = max(lo.toordinal(), start), min(hi.toordinal(), end)
    listed = (
        _every_month(date.fromordinal(a), date.fromordinal(b))
        if complete
        else sorted(months)
    )
    count = 0
    # The spans as ordinals, each joined to the one before when they meet
    # (what `touching_runs` would do after): a run of a mask starts a day or
    # more after the one before it, so only a month's first run, and the
    # days of the months between, can meet the span before.
    spans: list[list[int]] = []
    read: list[tuple[int, int]] = []
    reach = a  # the first day not yet placed
    for text in listed:
        month_first, month_last = _month_days(text)  # type: ignore[misc]
        if reach < month_first:  # the months between have every day
            _place(spans, reach, month_first - 1)
            count += month_first - reach
        lo_day = month_first if month_first > a else a
        hi_day = month_last if month_last < b else b
        reach = hi_day + 1
        mask = months.get(text)
        # The days of the month that may have a snapshot: any other bit
        # means the mask was not written by the triggers.
        before = month_first - 1  # day d of the month is `before` + d
        allowed = _bits(max(month_first, start) - before, min(month_last, end) - before)
        if type(mask) is not int or mask & ~allowed:
            read.append((lo_day, hi_day))
            continue
        found = mask & _bits(lo_day - before, hi_day - before)
        if not found:
            continue
        count += found.bit_count()
        for run_first, run_last in _runs_of(found, before):
            _place(spans, run_first, run_last)
    if reach <= b:
        _place(spans, reach, b)
        count += b - reach + 1
    return count, _as_dates(spans), _joined(read) if read else []


def _place(spans: list[list[int]], first: int, last: int) -> None:
    """Add the span first..last (ordinals, after every span placed) to
    `spans`, joined to the last one when the two meet."""
    if spans and spans[-1][1] + 1 == first:
        spans[-1][1] = last
    else:
        spans.append([first, last])


def _joined(spans: list[tuple[int, int]]) -> Spans:
    """Spans of days given as ordinals, in order, as dates, those that meet
    joined."""
    joined = touching_runs([first for first, _ in spans], [last for _, last in spans])
    return _as_dates(joined)


def _as_dates(spans: Iterable[Sequence[int]]) -> Spans:
    day = date.fromordinal
    return [(day(first), day(last)) for first, last in spans]


def _bits(first: int, last: int) -> int:
    """The mask of days `first` to `last` of a month."""
    return (2 << last) - (1 << first)


def _runs_of(mask: int, before: int) -> list[tuple[int, int]]:
    """The runs of consecutive days of a month's mask, as ordinals (day d of
    the month is `before` + d), a run at a time: adding a run's lowest bit
    carries it into the bit after its last day."""
    found = []
    while mask:
        low = mask & -mask
        after = mask + low
        found.append(
            (before + low.bit_length() - 1, before + (after & -after).bit_length() - 2)
        )
        mask &= after
    return found


def _every_month(a: date, b: date) -> list[str]:
    """The months from `a`'s to `b`'s, as 'YYYY-MM'."""
    months = []
    day = a
    while day <= b:
        month = bucket_of(day, "month")
        months.append(month.label)
        day = month.end + timedelta(days=1)
    return months


def runs(days: list[int]) -> Spans:
    """Distinct days given as ordinals, in order, cut into runs of consecutive
    days (each a span of one day, those that meet joined)."""
    return _as_dates(touching_runs(days, days))
