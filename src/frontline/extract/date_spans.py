"""More date rules: quarters, "the week to Tuesday", "the 12 months to the end
of October". Same contract as `date_rules`: (start, end, problems) per match."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract.date_calendar import (
    _capped,
    _count,
    _day_from,
    _month_span,
    _named_month,
    _no_published,
    _so_far_end,
)
from frontline.extract.date_rules import (
    INVASION,
    WEEKDAYS,
    day_range,
    end_of_month,
    end_of_year,
    this_year,
    weekday,
)
from frontline.extract.text import MONTHS

# Words that make a date phrase a horizon of comparison, not a figure's period:
# "its largest gain since March 2022", "more than in 2023", "compared to the
# period from July to February".
SUPERLATIVE = re.compile(
    r"\b(?:largest|biggest|greatest|smallest|lowest|highest|fastest|slowest|swiftest"
    r"|quickest|weakest|strongest|(?<!at\s)most|(?<!at\s)least|first\s+time|record|best"
    r"|worst|deepest|minimum|maximum|hardest|heaviest|toughest|bloodiest|busiest"
    r"|fiercest|costliest|sharpest|steepest)\b[^,;:.]{0,60}$",
    re.IGNORECASE,
)
# "its largest advance since the war's early days in March 2022": a month that
# dates the horizon of a superlative, not a figure.
SINCE_HORIZON = re.compile(
    SUPERLATIVE.pattern.split(r"\b[^,;:.]")[0]
    + r"\b[^,;:.]{0,100}\bsince\s+(?:[\w'-]+\s+){1,6}$",
    re.IGNORECASE,
)
# "exceeds the total casualties in 2022 and 2023 combined": periods added up
# to be compared with, not a figure's.
COMBINED_AFTER = re.compile(r"\s+combined\b", re.IGNORECASE)
COMBINED_BEFORE = re.compile(
    r"\b(?:exceed\w*|surpass\w*|outstrip\w*|outpac\w*|than|tops?|topped)\b[^.;\d]{0,80}$",
    re.IGNORECASE,
)
THAN = re.compile(
    r"\b(?:than|as\s+much\s+as|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:(?:in|during|over|both|the|entire|entirety|whole|period|same|all|of)\s+)*$"
    # "faster in November than in any month since 2022": the span compared with
    r"|\bthan\s+(?:(?:in|during|at)\s+)?(?:any|every)\s+(?:other\s+)?(?:single\s+)?"
    r"(?:day|week|month|year|period|point|time)\s+$",
    re.IGNORECASE,
)
# "a figure that eclipses all previous monthly gains this year": a verb that
# ranks the figure against others; the period after it is theirs (words with
# no digit between, so "surpassed 4,000 km2 this year" keeps its year).
OUTDOES = re.compile(
    r"\b(?:eclips|exceed|surpass|outstrip|outpac|dwarf|overshadow|top|beat)\w*\s+"
    r"(?:[^.;:,\s\d]+\s+){1,6}?$",
    re.IGNORECASE,
)
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}


def _year(found, context) -> int | None:
    if found["year"]:
        return int(found["year"])
    return context.published.year if context.published is not None else None


def quarter(found, context):
    """'the first quarter of 2025', 'Q3 2024': three calendar months."""
    number = int(found["qn"]) if found["qn"] else QUARTERS[found["q"].lower()]
    year = _year(found, context)
    if year is None:
        return None, None, _no_published(found)
    start = date(year, 3 * number - 2, 1)
    if (
        not found["year"]
        and context.published is not None
        and start > context.published
    ):
        year -= 1  # "the fourth quarter" said in January: of the year before
        start = date(year, 3 * number - 2, 1)
    end, _ = _capped(_month_span(3 * number, year)[1], context)
    if context.published is not None and start > context.published:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    return start, end, []


def half_of_year(found, context):
    """'the first half of the year', 'H2 2024': of the published year, unless
    that half has not begun yet."""
    year = _year(found, context)
    if year is None:
        return None, None, _no_published(found)
    first = found["half"].lower() in ("first", "1")
    if (
        not found["year"]
        and not first
        and context.published is not None
        and context.published.month < 7
    ):
        year -= 1  # "the second half of the year" said in January: the year before
    if first:
        start, end = date(year, 1, 1), date(year, 6, 30)
    else:
        start, end = date(year, 7, 1), date(year, 12, 31)
    end, _ = _capped(end, context)
    if context.published is not None and start > context.published:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    return start, end, []


def short(found, context):
    """'Q3', 'H2 2024': a quarter or a half year by its short name."""
    if found["half"]:
        return half_of_year(found, context)
    return quarter(found, context)


def week_to_weekday(found, context):
    """'in the week to Tuesday', 'the 10 days ending Monday': the span of
    that length ending on that weekday."""
    day, _, problems = weekday(found, context)
    if day is None:
        return None, None, problems
    days = 7
    if found["n"]:
        count = _count(found["n"])
        if count is None:
            return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
        days = count * (7 if found["unit"].lower() == "weeks" else 1)
    return day - timedelta(days=days - 1), day, []


def past_to_month_end(found, context):
    """'in the 12 months to the end of October': N months ending that month."""
    month = MONTHS[found["b_month"].lower().rstrip(".")]
    if found["b_myear"]:
        year = int(found["b_myear"])
    elif context.published is not None:
        published = context.published
        year = published.year if month <= published.month else published.year - 1
    else:
        return None, None, _no_published(found)
    end = _month_span(month, year)[1]
    count = _count(found["n"]) if found["n"] else 1
    unit = found["unit"].lower()
    if "half" in f"{found['n']} {unit}".lower():  # "the half year to October"
        count, unit = 6, "months"
    elif count is None:
        return None, None, [f"cannot read {found.group(0).strip()!r}"]
    elif unit.startswith("quarter"):  # "the quarter to the end of September"
        count, unit = count * 3, "months"
    if unit.startswith("year"):  # "in the year to the end of May": 12 months
        start = end + timedelta(days=1) - relativedelta(years=count)
    elif unit.startswith("month"):
        start = end + timedelta(days=1) - relativedelta(months=count)
    else:
        start = end - timedelta(days=count * 7 - 1)
    return start, end, []


_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season(found, context):
    """'during the summer', 'last autumn': the meteorological season (summer is
    1 June-31 August), the latest one begun by the published day ('last': the
    latest one over). A season is a convention, not days the text names, so the
    reader is told which days were taken."""
    phrase = found.group(0).strip()
    name = found["season"].lower()
    first = _SEASON_FIRST_MONTH[name]
    if found["year"]:
        if name == "winter":  # "the winter of 2023": 2022-23 or 2023-24
            return None, None, [f"{phrase!r} names a winter of two years"]
        start = date(int(found["year"]), first, 1)
    elif context.published is None:
        return None, None, _no_published(found)
    else:
        published = context.published
        start = date(published.year, first, 1)
        if start > published:
            start = date(published.year - 1, first, 1)
        if (found["last"] or "").lower() == "last" and start + relativedelta(
            months=3
        ) > published:
            start = date(start.year - 1, first, 1)
    end = start + relativedelta(months=3) - timedelta(days=1)
    end, _ = _capped(end, context)
    problems = [f"{phrase!r} taken as {start:%d %b %Y}-{end:%d %b %Y}"]
    if context.published is not None and start > context.published:
        return None, None, [f"{phrase!r} is after the published date"]
    return start, end, problems


def two_weekdays(found, context):
    """'on Monday and Tuesday': from the first to the second, the latest such
    days by the published day."""
    if context.published is None:
        return None, None, _no_published(found)
    first = WEEKDAYS.index(found["weekday"].lower())
    second = WEEKDAYS.index(found["weekday2"].lower())
    end = context.published - timedelta(days=(context.published.weekday() - second) % 7)
    start = end - timedelta(days=(second - first) % 7)
    return start, end, []


# "since the invasion began in February 2022": the invasion, whatever month is
# named with it.
_INVASION_NAMED = re.compile(r"\binva(?:sion|ded)\b|\baggression\b", re.IGNORECASE)


def since_vague(found, context):
    """'an offensive that began late last month': the total runs to today from
    a start the words place only roughly, so the start is left open."""
    phrase = found.group(0).strip()
    if _INVASION_NAMED.search(phrase):
        # "since the invasion began in February 2022": the invasion named with
        # its month is still the invasion (LABELS)
        return INVASION, _so_far_end(context), []
    return (
        None,
        _so_far_end(context),
        [f"start unknown: {phrase!r} names no exact day"],
    )


def event_span(found, context):
    """'during the counteroffensive': days the text does not give."""
    return None, None, [f"{found.group(0).strip()!r} names no days"]


def hedged_span(found, context):
    """'in just over a month': a length, not when (no days)."""
    return None, None, [f"{found.group(0).strip()!r} names no days"]


def since_year_end(found, context):
    """'since the end of last year': from the first day of the year after."""
    if context.published is None:
        return None, None, _no_published(found)
    year = context.published.year - 1 if found["last"] else int(found["year"])
    return date(year + 1, 1, 1), _so_far_end(context), []


def since_weekday(found, context):
    """'since Monday': from the latest such day before the published day ("since
    last Thursday" said on a Thursday is a week back, not the day itself)."""
    day, _, problems = weekday(found, context)
    if day is not None and day == context.published:
        day -= timedelta(days=7)
    return day, _so_far_end(context), problems


def since_last(found, context):
    """'since last week', 'since last month', 'since last year': from the first
    day of the previous week (a Monday, as 'last week' starts), month or year up
    to the day, as "since August" runs from the 1st."""
    if context.published is None:
        return None, None, _no_published(found)
    unit = found["unit"].lower()
    if unit == "week":
        first = context.published - timedelta(days=context.published.weekday() + 7)
    elif unit == "month":
        first = context.published.replace(day=1) - relativedelta(months=1)
    else:
        first = date(context.published.year - 1, 1, 1)
    return first, _so_far_end(context), []


def weekend(found, context):
    """'last weekend', 'over the weekend': the latest Saturday and Sunday (the
    days so far when the article is itself of a weekend, unless 'last')."""
    if context.published is None:
        return None, None, _no_published(found)
    published = context.published
    latest = found["which"].lower() == "last" or "past" in found.group(0).lower()
    if published.weekday() >= 5 and not latest:
        return published - timedelta(days=published.weekday() - 5), published, []
    sunday = published - timedelta(days=(published.weekday() + 1) % 7 or 7)
    return sunday - timedelta(days=1), sunday, []


def month_of_year_word(found, context):
    """'in January this year', 'this February', 'March of last year': that month
    of P's year (or the year before), capped at the published day."""
    if context.published is None:
        return None, None, _no_published(found)
    year = context.published.year - (1 if (found["rel"] or "").lower() == "last" else 0)
    name = found["a_month"] or found["b_month"]
    first, last = _month_span(MONTHS[name.lower().rstrip(".")], year)
    if first > context.published:
        return None, None, [f"{found.group(0).strip()!r} has not begun by publication"]
    return first, _capped(last, context)[0], []


def by_year(found, context):
    """'by 2025, Russian forces had seized …' said in 2025: the year so far; of
    another year the words give no days."""
    year = int(found["year"])
    if context.published is not None and year == context.published.year:
        return date(year, 1, 1), _so_far_end(context), []
    return None, None, [f"{found.group(0).strip()!r} names no days"]


def the_year(found, context):
    """'over the year': this year so far, but the year just ended when said in
    the first week of January (a review of the year, not of a few days)."""
    published = context.published
    if published is not None and published.month == 1 and published.day <= 7:
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), []
    return this_year(found, context)


def week_of_month(found, context):
    """'the first week of November': days 1-7 (the last week: its last 7 days)."""
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    first, last = _month_span(*named)
    nth = found["nth"].lower()
    if nth in ("last", "final"):
        start = last - timedelta(days=6)
    else:
        start = first + timedelta(
            days=7 * ("first", "second", "third", "fourth").index(nth)
        )
    end, _ = _capped(min(start + timedelta(days=6), last), context)
    return start, end, []


# "has since", "since then", "since that time", "in the weeks since", and a
# "since" that ends its clause ("… 180 km2 since."): all point back to a day
# named before.
SINCE_THEN = (
    # (not "has since stalled": the verb of since must be a gain's)
    r"\b(?:has|have|had)\s+since\b(?!\s+(?:stalled|slowed|halted|stopped|ground|been)\b)"
    r"|\b(?:ever\s+)?since\s+(?:then|that\s+(?:time|day|date|point|moment))\b"
    r"|\b(?:in\s+)?the\s+(?:(?:[\w-]+\s+){1,4}?(?:years?|months?|weeks?|days)|days|weeks"
    r"|months|years|time)\s+since(?=\s*(?:[.,;)]|$))"
    r"|\bsince(?=\s*(?:[.;]|$))"
)


def since_then(found, context):
    """'has since taken', 'since then': from a day named before, which the
    caller fills in (`timing.since_then`); to the day."""
    end = _so_far_end(context)
    return None, end, [f"start unknown: {found.group(0).strip()!r} points back"]


def between_years(found, context):
    """'in 2024 and 2025 combined', 'between 2023 and 2025', 'from 2022 to 2024':
    1 January of the first year to 31 December of the last (to the day, when
    the last is still running)."""
    first, last = int(found["y1"]), int(found["y2"])
    start, end = date(first, 1, 1), date(last, 12, 31)
    problems = []
    if context.published is not None and context.published.year <= last:
        end, _ = _capped(end, context)
    if context.published is not None and start > context.published:
        problems.append(f"{first} is after the published date")
    return start, end, problems


def week_from(found, context):
    """'the week of May 26', 'the week starting May 26': that day and six more."""
    start, problem = _day_from(found, "a_", context.published)
    if start is None:
        return None, None, [problem or f"cannot read {found.group(0).strip()!r}"]
    end, _ = _capped(start + timedelta(days=6), context)
    return start, end, []


def year_through_month(found, context):
    """'in 2025 through November', 'this year to October': 1 January of the
    year to the last day of that month (cut at the published day)."""
    year = _year(found, context)
    if year is None:
        return None, None, _no_published(found)
    month = MONTHS[found["b_month"].lower().rstrip(".")]
    end, _ = _capped(_month_span(month, year)[1], context)
    return date(year, 1, 1), end, []


def since_season(found, context):
    """'since the start of the summer': from the season's first day (the latest
    such season begun by the published day) to the published day."""
    start, _, problems = season(found, context)
    if (found["part"] or "").strip():
        phrase = found.group(0).strip()
        return None, _so_far_end(context), [f"start unknown: {phrase!r} names no day"]
    if start is None:
        return None, None, problems
    phrase = found.group(0).strip()
    return start, _so_far_end(context), [f"{phrase!r} taken to start {start:%d %b %Y}"]


def this_week(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    monday = context.published - timedelta(days=context.published.weekday())
    if monday == context.published:
        # A weekly report published on a Monday: the week it covers, not one day.
        return monday - timedelta(days=6), monday, []
    return monday, _so_far_end(context), []


def last_week(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    monday = context.published - timedelta(days=context.published.weekday() + 7)
    return (
        monday,
        monday + timedelta(days=6),
        [
            f"{found.group(0).strip()!r} taken as the calendar week {monday:%d %b}–"
            f"{monday + timedelta(days=6):%d %b}"
        ],
    )


def last_months_of_year(found, context):
    """'in the last three months of 2024': the final N calendar months of a year
    (of the published year only once they have begun)."""
    count = _count(found["n"])
    if count is None or not 1 <= count <= 12:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    year = _year(found, context)
    if year is None:
        return None, None, _no_published(found)
    start = date(year, 13 - count, 1)
    if context.published is not None and start > context.published:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    end, _ = _capped(date(year, 12, 31), context)
    return start, end, []


def by_day_range(found, context):
    """'by August 20-21', 'as of May 3-4': a total reached by the later of two
    days (a report that straddles them), which ends there and starts nowhere."""
    _, end, problems = day_range(found, context)
    return None, end, problems


def end_of_month_held(found, context):
    """'at the end of August': a time the words place only roughly for a change;
    the day a holding is held on is `held_day`'s."""
    return None, None, [f"{found.group(0).strip()!r} names no days"]


def last_days_of_month(found, context):
    """'the last 10 days of November': the month's final N days (or weeks)."""
    count = _count(found["n"])
    if count is None or count < 1:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    first, last = _month_span(*named)
    days = count * (7 if found["unit"].lower().startswith("week") else 1)
    start = max(first, last - timedelta(days=days - 1))
    end, _ = _capped(last, context)
    return start, end, []


def ago(found, context):
    """'a week ago', 'three days ago': the one day that far before the
    published day (a statement's day: "A week ago, the ministry said …")."""
    if context.published is None:
        return None, None, _no_published(found)
    count = 1 if found["n"].lower() in ("a", "an") else _count(found["n"])
    if count is None:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    unit = found["unit"].lower().rstrip("s")
    if unit in ("month", "year"):
        day = context.published - relativedelta(**{f"{unit}s": count})
    else:
        day = context.published - timedelta(days=count * (7 if unit == "week" else 1))
    return day, day, []


def end_of_year_held(found, context):
    """'at the end of 2024': as 'at the end of August', for a year."""
    return None, None, [f"{found.group(0).strip()!r} names no days"]


def held_day(rule, found, context) -> date | None:
    """The day a phrase gives a holding when it dates no change: 'at the end of
    August' is the month's last day, 'at the end of last year' December 31."""
    if rule is end_of_year_held:
        return end_of_year(found, context)[1]
    if rule is not end_of_month_held:
        return None
    return end_of_month(found, context)[1]


def day_to_month_part(found, context):
    """ "between August 6 and the end of September", "from 1 January until
    mid-June", "from June 1 to the end of the month": a day, then a month's
    middle or last day (the month of the first day when it is "the month")."""
    start, problem = _day_from(found, "a_", context.published)
    if start is None:
        return None, None, [problem] if problem else _no_published(found)
    if found["b_month"]:
        month = MONTHS[found["b_month"].lower().rstrip(".")]
        if found["b_myear"]:
            year = int(found["b_myear"])
        else:
            year = start.year if month >= start.month else start.year + 1
    else:
        month, year = start.month, start.year
    end = date(year, month, 15) if found["b_mid"] else _month_span(month, year)[1]
    end, _ = _capped(end, context)
    return start, end, []


def month_start_to_day(found, context):
    """ "between the start of June and September 30", "from the beginning of
    October through November 24": the month's first day, then the day."""
    end, problem = _day_from(found, "b_", context.published)
    if end is None:
        return None, None, [problem] if problem else _no_published(found)
    month, year = _month_up_to(found, end)
    return date(year, month, 1), end, []


def _month_up_to(found, end: date) -> tuple[int, int]:
    """The month (and year) named first in a span that ends on `end`: its own
    year if given, else the latest that does not come after `end`."""
    month = MONTHS[found["a_month"].lower().rstrip(".")]
    if found["a_myear"]:
        return month, int(found["a_myear"])
    return month, end.year if month <= end.month else end.year - 1


def rough_month_to_day(found, context):
    """ "from early September to October 15", "between the end of July and
    September 30": the day ends the span; a month's rough part gives no first
    day (as "since late August", LABELS), its middle the 15th (as "since
    mid-November")."""
    end, problem = _day_from(found, "b_", context.published)
    if end is None:
        return None, None, [problem] if problem else _no_published(found)
    month, year = _month_up_to(found, end)
    if (found["part"] or found["part2"] or "").lower() in ("mid", "middle"):
        return date(year, month, 15), end, []
    rough = _CONNECTOR.split(found.group(0).strip())[0]
    return None, end, [f"start unknown: {rough!r} names no day"]


_CONNECTOR = re.compile(r",?\s+(?:and|to|until|till|through|up\s+to)\s+", re.I)


def week_before_day(found, context):
    """ "in the week preceding May 20", "the ten days prior to June 1": the span
    of that length that ends the day before the day named (LABELS: 13–19 May)."""
    day, problem = _day_from(found, "a_", context.published)
    if day is None:
        return None, None, [problem] if problem else _no_published(found)
    if found["unit"]:
        count = _count(found["n"])
        if count is None:
            return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
        days = count * (7 if found["unit"].lower().startswith("week") else 1)
    else:
        days = 14 if found["unit1"].lower() == "fortnight" else 7
    end = day - timedelta(days=1)
    return end - timedelta(days=days - 1), end, []


def week_before_last(found, context):
    """ "the week before last": the calendar week before last week (LABELS:
    bare "last week" is the previous Monday to Sunday)."""
    if context.published is None:
        return None, None, _no_published(found)
    monday = context.published - timedelta(days=context.published.weekday() + 14)
    return monday, monday + timedelta(days=6), []
