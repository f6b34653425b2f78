"""Periods told as a shift from another: "the month before", "a year earlier".

"… 480 km2 in September. A year earlier, it had taken 410 km2": the days are
the previous figure's (or the previous sentence's) moved back by the phrase's
unit. Kept apart from `timing`, which decides which phrases a figure owns.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract.dates import PeriodPhrase
from frontline.extract.figure import Context, Reading

# "the previous two weeks", "the preceding month": before a day, not a shift
# of another period by a unit ("a week earlier").
_PREVIOUS = re.compile(r"\b(?:previous|preceding)\b", re.IGNORECASE)
_PREVIOUS_WEEKS = re.compile(
    r"\b(?:previous|preceding|prior)\s+week['\u2019]s$", re.IGNORECASE
)


def _dates(reading: Reading | None) -> tuple[date, date] | None:
    if reading is None or reading.start is None or reading.end is None:
        return None
    return reading.start, reading.end


def _week_before(day: date) -> tuple[date, date]:
    """The calendar week (Monday to Sunday) before the one `day` falls in."""
    monday = day - timedelta(days=day.weekday() + 7)
    return monday, monday + timedelta(days=6)


def shifted_back(
    phrase: PeriodPhrase,
    previous: Reading | None,
    own: list[PeriodPhrase],
    context: Context,
) -> list[PeriodPhrase]:
    """ "150 km2 the month before", "500 km2 a year earlier": the previous
    figure's period (or the previous sentence's) moved back by the phrase's
    unit; left as it is, with its problem, when the words do not say how long."""
    unit, count = phrase.shift or ("week", 1)
    others = [p for p in own if p is not phrase]
    said = context.said_on
    day = said or context.published
    if (
        _PREVIOUS_WEEKS.search(phrase.text)
        and day is not None
        and not same_span(_dates(previous), "week")
        and not same_span(context.last_dates, "week")
    ):
        # "put the previous week's fighting into context on Monday": a
        # possessive naming a finished week, as "last week's" does, when no
        # week-long figure comes before to count back from: the calendar week
        # before the statement day.
        start, end = _week_before(day)
        return [replace(phrase, start=start, end=end, problems=()), *others]
    if said is not None and unit != "year" and _PREVIOUS.search(phrase.text):
        # "A week ago, the ministry said 113 km2 had been retaken in the
        # previous two weeks": the weeks up to the day it was said.
        back = relativedelta(**{f"{unit}s": count})
        start = said - back + timedelta(days=1)
        return [replace(phrase, start=start, end=said, problems=()), *others]
    dates = (previous.start, previous.end) if previous is not None else None
    last_dates = context.last_dates
    if (dates is None or None in dates) and (
        same_span(last_dates, unit)
        # "… 480 km2 in September. A year earlier, it had taken 410 km2."
        or (unit == "year" and last_dates is not None and None not in last_dates)
    ):
        dates = last_dates  # "… last week. The week before, they took …"
    if dates is None or not dates[0] or not dates[1]:
        return [*others, phrase]  # left as it is: the problem says what it needs
    if unit != "year" and not same_span(dates, unit):
        # "10 km2 from September 2 to 6, against 73 a week earlier": how long
        # the earlier span was the words do not say (the phrase's problem).
        return [*others, phrase]
    first, last = dates
    back = relativedelta(**{f"{unit}s": count})
    start, end = first - back, last - back
    if count > 1 and unit != "year":
        end = first - timedelta(days=1)  # "the two previous weeks": both
    month_end = (last + timedelta(days=1)).day == 1
    if unit == "month" and first.day == 1 and month_end:
        # A whole month moved back is a whole month.
        end = start + relativedelta(months=1) - timedelta(days=1)
    if unit == "year" and month_end and first.day == 1:
        # Whole months a year back: "the first four months" of the year before.
        end = last.replace(day=1) - relativedelta(years=1)
        end = end + relativedelta(months=1) - timedelta(days=1)
    return [replace(phrase, start=start, end=end, problems=()), *others]


def previous_weeks_told(
    phrases: list[PeriodPhrase], anchor: date | None
) -> list[PeriodPhrase]:
    """A figure-less sentence's "the previous week's fighting" (read when a
    later figure asks for its period): the calendar week before the day the
    sentence names ("in a statement on Monday"), or before the published day."""
    days = [p.start for p in phrases if p.start and p.start == p.end]
    day = days[0] if len(days) == 1 else anchor
    if day is None:
        return phrases
    start, end = _week_before(day)
    return [
        replace(p, start=start, end=end, problems=())
        if p.shift and p.start is None and _PREVIOUS_WEEKS.search(p.text)
        else p
        for p in phrases
    ]


def same_span(dates: tuple[date, date] | None, unit: str) -> bool:
    """True when the days are one whole `unit` (a week, a month, a year)."""
    if dates is None:
        return False
    first, last = dates
    length = (last - first).days + 1
    if unit == "week":
        return length == 7
    if unit == "month":
        return first.day == 1 and (last + timedelta(days=1)) == first + relativedelta(
            months=1
        )
    return first.day == 1 and first.month == 1 and (last.month, last.day) == (12, 31)
