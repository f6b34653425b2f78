"""Period expressions and calendar buckets: which days a report is about.

A period is a closed range of days, both ends included, so that `2024` means
1 January to 31 December and a figure "from 1 September to 3 November" is 64
days. Everything a report does is decided in whole days; there are no times of
day and no time zones. Weeks are ISO weeks (Monday to Sunday, numbered by the
ISO year, so 30 December 2024 is in `2025-W01`).

Expressions accepted wherever a period is asked for (`--period`, `--compare`):

    2024                  a calendar year
    2024-Q3               a quarter
    2024-09               a month
    2024-W36              an ISO week
    2024-H1, 2024-H2      a half-year (January–June, July–December)
    2024-09-01            one day (also written dates such as '1 Sep 2024')
    last-30d, last-4w,    the trailing days, weeks or months ending on the newest
    last-3m               figure in scope (or --as-of), both ends included
    invasion, alaska-30d  a named event's day, with offsets (`invasion+3y`,
                          `invasion+4y-1d`; model/events.py)
    A..B                  from the first day of A to the last day of B, where A
                          and B are any of the above: `2024-09-01..2024-11-03`,
                          `2024-09..2024-11`; `A..` or `..B` leave one end open
                          (the caller closes it on the records)

"The previous equal period" (the default comparison) is the calendar unit before
a year, quarter, month, week or day; for a range of whole months or years the
same number of months or years before; for any other range the same number of
days immediately before it.
"""

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import NamedTuple

from frontline.errors import InputError

UNITS = ("year", "quarter", "month", "week", "day")
# The forms every script knows; halves, last-30d and events are in --help.
_PERIOD_HELP = "use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B"
# ASCII digits only (re.ASCII), as in dates: `２０２４` is refused everywhere
# alike. Compiled by `re` on first use and kept in its cache: a report of
# `--year` never reads a period expression, and start-up need not pay for them.
_YEAR = r"^(\d{4})$"
_QUARTER = r"^(\d{4})-?[Qq]([1-4])$"
_MONTH = r"^(\d{4})-(\d{2})$"
_WEEK = r"^(\d{4})-?[Ww](\d{1,2})$"
_HALF = r"^(\d{4})-?[Hh]([12])$"
_LAST = r"^last-(\d+)([dwm])$"
_DURATION = r"^(\d+)\s*([dwmy])$"
# Every window, its comparison and its trailing windows lie within the days a
# date can hold: 0001-01-01..9999-12-31.
LIMITS = f"{date.min.isoformat()}..{date.max.isoformat()}"
# Splitting a window into more buckets than this is a typing mistake (`--by day`
# over 2024..9999 is 2.9 million rows), not a report anyone reads.
MAX_BUCKETS = 100_000


class Calendar(NamedTuple):
    """What a period expression may need beyond the calendar: the named events'
    days (`invasion`), and the day `last-30d` ends on (the newest figure in
    scope, or --as-of), None when there is none."""

    events: Mapping[str, date] = {}
    latest: date | None = None


class Period(NamedTuple):
    """A closed range of days with the label a user would write for it.

    `unit` is set when the period is exactly one calendar unit (or `count`
    consecutive whole months or years), which is what makes "the previous equal
    period" a calendar step rather than a count of days.
    """

    start: date
    end: date
    label: str
    unit: str | None = None
    count: int = 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def span(start: date, end: date) -> Period:
    """A period from two days, recognising whole calendar units for its label."""
    if start > end:
        raise InputError("to", f"{end.isoformat()} is before {start.isoformat()}")
    for unit in UNITS:
        whole = bucket_of(start, unit)
        if whole.start == start and whole.end == end:
            return whole
    months = _whole_months(start, end)
    if months:
        if months % 12 == 0 and start.month == 1:
            return Period(
                start, end, f"{start.year:04d}..{end.year:04d}", "year", months // 12
            )
        label = f"{start.year:04d}-{start.month:02d}..{end.year:04d}-{end.month:02d}"
        return Period(start, end, label, "month", months)
    return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")


def _whole_months(start: date, end: date) -> int:
    """How many whole months start..end spans, or 0 if it does not."""
    month_end = end == date.max or (end + timedelta(days=1)).day == 1
    if start.day != 1 or not month_end:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def parse_period(
    text: object, field: str = "period", calendar: Calendar | None = None
) -> Period:
    """Read a period expression; open ends (`A..`, `..B`) are refused here."""
    first, last = parse_open_period(text, field, calendar)
    if first is None or last is None:
        raise InputError(field, f"{str(text).strip()!r} leaves an end open")
    return span(first.start, last.end) if first != last else first


def parse_open_period(
    text: object, field: str = "period", calendar: Calendar | None = None
) -> tuple[Period | None, Period | None]:
    """Read `A`, `A..B`, `A..` or `..B`: the periods at each end (None when open).

    A single expression returns itself at both ends.
    """
    raw = str(text).strip()
    if not raw:
        raise InputError(field, "is empty")
    if ".." not in raw:
        single = _parse_unit(raw, field, calendar)
        return single, single
    left, _, right = raw.partition("..")
    if ".." in right:
        raise InputError(field, f"{raw!r} has more than one '..'")
    first = _parse_unit(left.strip(), field, calendar) if left.strip() else None
    last = _parse_unit(right.strip(), field, calendar) if right.strip() else None
    if first is None and last is None:
        raise InputError(field, f"{raw!r} names no day ({_PERIOD_HELP})")
    if first and last and last.end < first.start:
        raise InputError(
            field, f"{raw!r} ends ({last.end}) before it starts ({first.start})"
        )
    return first, last


def _parse_unit(raw: str, field: str, calendar: Calendar | None = None) -> Period:
    """One calendar unit, a trailing span, or one day (a date or an event)."""
    calendar = calendar or Calendar()
    try:
        if match := re.match(_HALF, raw, re.ASCII):
            start = date(int(match[1]), 6 * int(match[2]) - 5, 1)
            return Period(
                start, _month_end(start, 6), f"{match[1]}-H{match[2]}", "month", 6
            )
        if match := re.match(_LAST, raw.lower(), re.ASCII):
            return _last(raw, match, field, calendar.latest)
        if match := re.match(_YEAR, raw, re.ASCII):
            return bucket_of(date(int(match[1]), 1, 1), "year")
        if match := re.match(_QUARTER, raw, re.ASCII):
            year, quarter = int(match[1]), int(match[2])
            return bucket_of(date(year, 3 * quarter - 2, 1), "quarter")
        if match := re.match(_MONTH, raw, re.ASCII):
            return bucket_of(date(int(match[1]), int(match[2]), 1), "month")
        if match := re.match(_WEEK, raw, re.ASCII):
            week = bucket_of(
                date.fromisocalendar(int(match[1]), int(match[2]), 1), "week"
            )
            if week.unit is None:  # clipped at 9999-12-31
                raise InputError(field, f"{raw!r} ends after {date.max}")
            return week
    except ValueError:
        raise InputError(field, f"{raw!r} is not a period that exists") from None
    from frontline.model.events import event_day, looks_like_event, unknown_event
    from frontline.model.values import parse_date

    named = event_day(raw, calendar.events, field)
    if named is not None:
        return bucket_of(named, "day")
    try:
        day = parse_date(raw, field)
    except InputError:
        if looks_like_event(raw) and calendar.events:
            raise unknown_event(raw, calendar.events, field) from None
        raise InputError(field, f"{raw!r} is not a period ({_PERIOD_HELP})") from None
    return bucket_of(day, "day")


def _last(raw: str, match: re.Match[str], field: str, latest: date | None) -> Period:
    """`last-30d`, `last-4w`, `last-3m`: that length ending on `latest`,
    labelled as typed."""
    if latest is None:
        raise InputError(
            field, f"{raw!r} ends on the newest figure, and none is in scope"
        )
    count, unit = int(match[1]), match[2]
    if count < 1:
        raise InputError(field, f"{raw!r} must be at least one day")
    length: int | tuple[int, str] = (
        count if unit == "d" else 7 * count if unit == "w" else (count, "m")
    )
    window = trailing(latest, length)
    # Not a calendar unit even when it happens to fill one: the period before
    # `last-30d` is the 30 days before it.
    return Period(window.start, window.end, raw.lower())


def parse_day(text: object, field: str, calendar: Calendar | None = None) -> date:
    """A day: a date as `parse_date` reads it, or an event expression
    (`invasion+3y`, `alaska-30d`) of the calendar's events."""
    from frontline.model.events import event_day, looks_like_event, unknown_event
    from frontline.model.values import parse_date

    if isinstance(text, date):
        return text
    raw = str(text).strip()
    events = calendar.events if calendar else {}
    named = event_day(raw, events, field)
    if named is not None:
        return named
    try:
        return parse_date(raw, field)
    except InputError:
        if raw and looks_like_event(raw):
            raise unknown_event(raw, events, field) from None
        raise


def bucket_of(day: date, unit: str) -> Period:
    """The calendar unit (year, quarter, month, ISO week, day) that holds `day`."""
    if unit == "year":
        return Period(
            date(day.year, 1, 1), date(day.year, 12, 31), f"{day.year:04d}", unit
        )
    if unit == "quarter":
        quarter = (day.month - 1) // 3 + 1
        start = date(day.year, 3 * quarter - 2, 1)
        return Period(start, _month_end(start, 3), f"{day.year:04d}-Q{quarter}", unit)
    if unit == "month":
        start = day.replace(day=1)
        return Period(
            start, _month_end(start, 1), f"{day.year:04d}-{day.month:02d}", unit
        )
    if unit == "week":
        iso_year, week, weekday = day.isocalendar()
        start = day - timedelta(days=weekday - 1)
        label = f"{iso_year:04d}-W{week:02d}"
        if date.max - start < timedelta(days=6):  # the week 9999-W52 runs past
            return Period(start, date.max, label)
        return Period(start, start + timedelta(days=6), label, unit)
    if unit == "day":
        return Period(day, day, day.isoformat(), unit)
    raise InputError("by", f"{unit!r} is not one of {', '.join(UNITS)}")


def _month_end(first: date, months: int) -> date:
    """The last day of the `months`-th month counting the month of `first`."""
    index = first.year * 12 + first.month - 1 + months
    if index // 12 > date.max.year:  # the last month of 9999
        return date.max
    return date(index // 12, index % 12 + 1, 1) - timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def buckets(window: Period, unit: str | None) -> list[Period]:
    """Split a window into calendar buckets, the first and last clipped to it.

    A clipped bucket keeps its calendar label (`2024-W01` even if the window
    starts on a Wednesday) and counts only its days inside the window.
    """
    if unit is None:
        return [window]
    if unit not in UNITS:
        raise InputError("by", f"{unit!r} is not one of {', '.join(UNITS)}")
    count = bucket_count(window, unit)
    if count > MAX_BUCKETS:
        raise InputError(
            "by",
            f"{window.label} by {unit} is {count:,} {unit}s; at most "
            f"{MAX_BUCKETS:,} buckets: choose a shorter window or a longer unit",
        )
    result = []
    day = window.start
    while day <= window.end:
        whole = bucket_of(day, unit)
        start, end = max(whole.start, window.start), min(whole.end, window.end)
        result.append(
            Period(
                start,
                end,
                whole.label,
                whole.unit if whole.start == start and whole.end == end else None,
            )
        )
        if end == date.max:
            break
        day = end + timedelta(days=1)
    return result


def bucket_count(window: Period, unit: str) -> int:
    """How many buckets `buckets(window, unit)` gives, without making them."""
    start, end = window.start, window.end
    if unit == "day":
        return window.days
    if unit == "week":
        monday = start.toordinal() - start.weekday()
        return (end.toordinal() - end.weekday() - monday) // 7 + 1
    months = (end.year - start.year) * 12 + end.month - start.month
    if unit == "month":
        return months + 1
    if unit == "quarter":
        return (
            (end.year * 4 + (end.month - 1) // 3)
            - (start.year * 4 + (start.month - 1) // 3)
            + 1
        )
    return end.year - start.year + 1


def day_after(day: date) -> date:
    """The next day; 9999-12-31 has none and stands for itself."""
    return day if day == date.max else day + timedelta(days=1)


def day_before(day: date) -> date:
    """The previous day; 0001-01-01 has none and stands for itself."""
    return day if day == date.min else day - timedelta(days=1)


def previous(period: Period) -> Period:
    """The previous equal period: the calendar step before, else as many days.

    A period with nothing before it within the years a date can hold (`0001`) is
    refused with a way out, rather than failing in the middle of a report."""
    try:
        return _previous(period)
    except (OverflowError, ValueError):
        raise InputError(
            "compare",
            f"{period.label} has no previous equal period within {LIMITS}; "
            "give --compare PERIOD or --no-compare",
        ) from None


def _previous(period: Period) -> Period:
    if period.unit == "week":
        return bucket_of(period.start - timedelta(days=7), "week")
    if period.unit == "day":
        return bucket_of(period.start - timedelta(days=1), "day")
    if period.unit in ("year", "quarter", "month"):
        months = {"year": 12, "quarter": 3, "month": 1}[period.unit] * period.count
        start = _add_months(period.start, -months)
        return span(start, period.start - timedelta(days=1))
    end = period.start - timedelta(days=1)
    return span(end - timedelta(days=period.days - 1), end)


def parse_duration(text: object, field: str = "window") -> int | tuple[int, str]:
    """`90d`, `12w`, `3m`, `1y`: a trailing length (days, or months/years to count
    back on the calendar). Returns days for d/w, or (n, 'm'|'y')."""
    raw = str(text).strip().lower()
    match = re.match(_DURATION, raw, re.ASCII)
    if not match:
        raise InputError(field, f"{raw!r} is not a length (use 90d, 12w, 3m or 1y)")
    count, unit = int(match[1]), match[2]
    if count < 1:
        raise InputError(field, f"{raw!r} must be at least one day")
    if unit == "d":
        return count
    if unit == "w":
        return 7 * count
    return count, unit


def trailing(end: date, length: int | tuple[int, str]) -> Period:
    """The period of `length` ending on `end` (inclusive).

    Months and years are counted back on the calendar with dateutil, so `3m`
    ending 19 November starts on 20 August, whatever the months' lengths. A
    length reaching before 0001-01-01 is refused.
    """
    try:
        if isinstance(length, int):
            return span(end - timedelta(days=length - 1), end)
        from dateutil.relativedelta import relativedelta

        count, unit = length
        back = (
            relativedelta(months=count) if unit == "m" else relativedelta(years=count)
        )
        return span(end - back + timedelta(days=1), end)
    except (OverflowError, ValueError):
        shown = f"{length}d" if isinstance(length, int) else f"{length[0]}{length[1]}"
        raise InputError(
            "window",
            f"{shown} ending {end} would start before {date.min}, the first day "
            "a date can hold",
        ) from None
