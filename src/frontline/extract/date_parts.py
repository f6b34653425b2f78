"""Date phrases that name a part of a year, a month or a winter in words the
other tables do not know.

"in the final quarter of last year", "the first three months of the previous
year", "since the start of the third quarter", "in all of October", "across
October", "in winter 2024-25", "between late September and early October".
Without them a finder reads only the shorter phrase inside ("last year", a
winter "of two years", nothing), and the figure gets the whole year, or no
days, or a neighbour's. Same contract as `date_rules`: each entry is (pattern,
rule, sets_start), each rule gives (start, end, problems); the order in which
entries are tried is set in `dates`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from frontline.extract.date_calendar import (
    _capped,
    _count,
    _month_span,
    _named_month,
    _no_published,
    _so_far_end,
)
from frontline.extract.date_rules import anaphora, past
from frontline.extract.date_spans import QUARTERS, event_span, since_vague
from frontline.extract.date_words import (
    MONTH_A,
    MONTH_B,
    NOT_ANCHORED,
    NUMBER_OF,
    YEAR,
    Entry,
)
from frontline.extract.text import MONTH_NAME

_PREVIOUS_YEAR = r"(?:last|the\s+previous|the\s+past|the\s+preceding)\s+year"

# The part of a year: a half, a quarter, the first or last N months.
_PART = (
    r"the\s+(?:(?P<half>first|second)\s+half"
    r"|(?P<q>first|second|third|fourth|last|final)\s+quarter"
    rf"|(?P<edge>first|last|final)\s+{NUMBER_OF}\s+months)"
)


def _part_span(found: re.Match[str], year: int) -> tuple[date, date] | None:
    """The days of the part of `year` the words name; None if unreadable."""
    if found["half"]:
        if found["half"].lower() == "first":
            return date(year, 1, 1), date(year, 6, 30)
        return date(year, 7, 1), date(year, 12, 31)
    if found["q"]:
        number = QUARTERS[found["q"].lower()]
        return date(year, 3 * number - 2, 1), _month_span(3 * number, year)[1]
    count = _count(found["n"])
    if count is None or not 1 <= count <= 12:
        return None
    if found["edge"].lower() == "first":
        return date(year, 1, 1), _month_span(count, year)[1]
    return date(year, 13 - count, 1), date(year, 12, 31)


def part_of_last_year(found, context):
    """'in the final quarter of last year', 'the first half of the previous
    year': that part of the calendar year before the published one."""
    if context.published is None:
        return None, None, _no_published(found)
    span = _part_span(found, context.published.year - 1)
    if span is None:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    return span[0], span[1], []


# "in the first half of last year", not "the first half of last year's
# offensive" (a part of an event, whose days are not given).
PART_OF_LAST_YEAR: Entry = (
    rf"\b(?:(?:in|during|over|throughout|for)\s+)?{_PART}\s+of\s+{_PREVIOUS_YEAR}\b"
    r"(?!['\u2019]s)",
    part_of_last_year,
    True,
)

_SHORT_PART = r"(?:Q(?P<qn>[1-4])|H(?P<hn>[12]))"


def since_part_start(found, context):
    """'since the start of the third quarter', 'since the beginning of Q4':
    from that part's first day (of the published year unless a year is
    named) to the day."""
    if found["year"]:
        year = int(found["year"])
    elif context.published is not None:
        # "since the start of the first quarter of last year"
        year = context.published.year - (1 if found["prev"] else 0)
    else:
        return None, None, _no_published(found)
    if found["qn"]:
        number = int(found["qn"])
        start = date(year, 3 * number - 2, 1)
    elif found["hn"]:
        start = date(year, 1 if found["hn"] == "1" else 7, 1)
    else:
        span = _part_span(found, year)
        if span is None:
            return None, None, [f"cannot read {found.group(0).strip()!r}"]
        start = span[0]
    end = _so_far_end(context)
    if end is None:
        return None, None, _no_published(found)
    if start > end:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    return start, end, []


SINCE_PART_START: Entry = (
    r"\b(?:since|from)\s+the\s+(?:start|beginning|outset)\s+of\s+"
    rf"(?:{_PART}|{_SHORT_PART})(?:(?:\s+of)?\s+(?:the\s+year|this\s+year|{YEAR}|"
    rf"(?P<prev>{_PREVIOUS_YEAR})))?\b",
    since_part_start,
    True,
)


def winter_of_years(found, context):
    """'in winter 2024-25', 'the 2023/24 winter': 1 December of the first year
    to the last day of February of the second."""
    first, second = int(found["year"]), found["year2"]
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if following != first + 1:
        return None, None, [f"{found.group(0).strip()!r} is not one winter"]
    start = date(first, 12, 1)
    end, _ = _capped(_month_span(2, following)[1], context)
    if context.published is not None and start > context.published:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    return start, end, []


_YEARS = rf"{YEAR}\s*[-/\u2013]\s*(?P<year2>\d{{4}}|\d{{2}})(?!\d)"
WINTER_OF_YEARS: Entry = (
    r"\b(?:(?:in|during|over|throughout|for)\s+)?(?:the\s+)?"
    rf"(?P<named>winter\s+(?:of\s+)?)?{_YEARS}(?(named)|\s+winter\b)",
    winter_of_years,
    True,
)

# "between late September and early October", "from late September to early
# November": both ends placed only roughly, so no day of either is given (as
# "in late August", LABELS), and the figure takes no other period.
_ROUGH = r"(?:early|late)"
ROUGH_MONTH_SPAN: Entry = (
    rf"\b(?:between|from)\s+(?:{_ROUGH}\s+|mid-?\s*)?{MONTH_A}\s+"
    rf"(?:and|to|until|till|through)\s+(?:{_ROUGH}\s+|mid-?\s*)?{MONTH_B}\b",
    event_span,
    True,
)


# "in mid-to-late October", "in early-to-mid 2024": no days (as "in late
# August", LABELS), and no other period either.
ROUGH_MONTH_PART: Entry = (
    r"\b(?:in|during|by|since)\s+(?:early|mid|late)\s*-?\s*to\s*-?\s*(?:early|mid|late)"
    rf"\s*-?\s*(?:{MONTH_NAME}|(?:19|20)\d\d)\b",
    event_span,
    True,
)

# "in the opening days of November", "in the first weeks of October": a part
# of a month whose length is not given.
MONTH_OPENING: Entry = (
    r"\b(?:in|during|over)\s+the\s+(?:opening|first|early|closing|final|last)\s+"
    rf"(?:days|weeks)\s+of\s+(?:{MONTH_NAME})\b",
    event_span,
    True,
)


def since_mid_month(found, context):
    """'since the middle of the month', 'since mid-month': from the 15th of
    the published month to the day (LABELS: "since mid-November")."""
    end = _so_far_end(context)
    if end is None:
        return None, None, _no_published(found)
    if end.day < 15:
        return None, end, [f"start unknown: {found.group(0).strip()!r}"]
    return end.replace(day=15), end, []


SINCE_MID_MONTH: Entry = (
    r"\b(?:since|from)\s+(?:the\s+middle\s+of\s+the\s+month|mid-?\s*month)\b",
    since_mid_month,
    True,
)

# "since early last month", "since early this year": from a start the words
# place only roughly, to the day.
SINCE_EARLY_RELATIVE: Entry = (
    r"\bsince\s+(?:early|late)\s+(?:this|last)\s+(?:week|month|year)\b",
    since_vague,
    True,
)


# A time that places the story in the past: a month, a year, "last week", or
# a past perfect ("Russia, which had taken 3,000 km2 there, lost most of them
# within a few weeks").
_PLACED = re.compile(
    rf"\b(?:{MONTH_NAME}\b|(?:19|20)\d\d\b|(?:last|previous)\s+(?:week|month|year)\b"
    r"|ago\b|earlier\b|had\s+(?:already\s+)?\w+(?:ed|en)\b)",
    re.IGNORECASE,
)
# A present perfect tells a span up to now whatever else the sentence dates
# ("Russian forces, which earlier took Siversk, have captured 60 km2 in a
# matter of days").
_UP_TO_NOW = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)


def few_days(found, context):
    """'within a few days', 'in a matter of weeks': up to now from no day
    named, as "over the past few days" (LABELS); but when the sentence places
    the story in the past ("pushed into Kursk in August 2024, seizing 1,300
    km2 in a matter of weeks") and tells no present perfect, a length with no
    days."""
    if _PLACED.search(context.sentence) and not _UP_TO_NOW.search(context.sentence):
        return event_span(found, context)
    return since_vague(found, context)


# "within a few days", "in the space of a few weeks", "in a matter of days":
# a span of no stated length; not "within a few days of the launch" nor "a
# few days earlier".
A_FEW_DAYS: Entry = (
    r"\b(?:(?:(?:with)?in|over)\s+(?:(?:just|only)\s+)?(?:the\s+space\s+of\s+)?"
    r"(?:(?:just|only)\s+)?(?:a\s+few|a\s+couple\s+of|several|a\s+matter\s+of)"
    r"|within)\s+(?:days|weeks)\b"
    r"(?!\s+(?:of|after|before|into|since|from|ago|earlier|later)\b)",
    few_days,
    True,
)


def anaphora_end(found, context):
    """'by the end of that month', 'by then': the end of a period named
    before, which the caller supplies; on its own the phrase gives none."""
    return None, None, []


# Anaphors the older table does not know: "That month, …" with no
# preposition at a sentence's or clause's head (not "That month saw …", a
# subject), "during those weeks", "in this time", "over that stretch", "in
# that year". Read as "in the month": the period named before.
ANAPHORA_MORE: Entry = (
    r"(?:^|(?<=[.;:,]\s)|(?<=^[\"'\u201c\u2018]))(?:that|the\s+same)\s+(?:month|week|year)\b"
    r"(?!['\u2019]s|\s+(?:was|is|were|saw|brought|marked|proved|became|had|has|of|"
    r"alone\s+(?:was|saw))\b|\s+\w+ed\b)"
    r"|\b(?:in|during|over|throughout|for)\s+(?:those|these)\s+"
    r"(?:(?:two|three|four|five|six|few|\d+)\s+)?(?:days|weeks|months)\b"
    # "Russia took 30 km2 that week.": at the end of a clause
    r"|(?<=\s)(?:that|the\s+same)\s+(?:month|week|year)(?=\s*[.,;]|\s*$)"
    r"|\b(?:in|during|over|throughout)\s+(?:that|this|the\s+same)\s+(?:stretch|span)\b"
    r"(?!\s+of\s+(?!time\b))"
    r"|\b(?:in|during)\s+(?:this|that)\s+time\b"
    # "They slowed the following month to 590 km2", "a month later": the unit
    # after the period named before (`period_anaphora`)
    r"|\bthe\s+(?:following|next|subsequent)\s+(?:month|week|year)\b(?!\s+(?:of|after)\b)"
    r"|\ba\s+(?:month|week|year)\s+later\b"
    r"|\b(?:in|during|throughout)\s+that\s+year\b(?!['\u2019]s)",
    anaphora,
    True,
)

# "By the end of that month, Russian forces had taken 400 km2", "by then":
# a total that ends where a period named before ends, from no start.
ANAPHORA_END: Entry = (
    r"\b(?:by|as\s+of)\s+(?:the\s+end\s+of\s+)?(?:that|the\s+same)\s+(?:month|week|year)\b"
    r"|\bby\s+(?:then|that\s+time|that\s+point|that\s+date|that\s+day)\b",
    anaphora_end,
    False,
)

# "120 km2 in the second half of October, compared with 90 in the first
# half": a half with no "of", whose month or year is the half named before it
# in the sentence (`dates.other_halves`); alone it names no days, and the
# figure takes no other period.
BARE_HALF: Entry = (
    r"\b(?:in|during|over|for)\s+the\s+(?P<half>first|second)\s+half\b(?!\s+of\b|-)",
    event_span,
    True,
)
_HALF_OF = re.compile(r"\b(?P<half>first|second)\s+half\s+of\b", re.IGNORECASE)


def other_half(
    half: str, start: date, end: date, published: date | None
) -> tuple[date, date] | None:
    """The `half` ("first" or "second") of the month or year whose other half
    runs `start`..`end`; None when that span is neither."""
    if (end - start).days <= 16:  # a half of a month
        first, last = _month_span(start.month, start.year)
        middle = date(start.year, start.month, 15)
        span = (first, middle) if half == "first" else (middle.replace(day=16), last)
    elif (end - start).days <= 184:  # a half of a year
        year = start.year
        span = (
            (date(year, 1, 1), date(year, 6, 30))
            if half == "first"
            else (date(year, 7, 1), date(year, 12, 31))
        )
    else:
        return None
    if published is not None and span[0] > published:
        return None
    if published is not None and span[1] > published:
        span = (span[0], published)
    return span


def named_half(text: str) -> str | None:
    """'first' or 'second' when `text` is "… the first half of <month/year>"."""
    found = _HALF_OF.search(text)
    return found["half"].lower() if found else None


def fortnight_of_month(found, context):
    """'the first fortnight of November': days 1-14; the second, 15 to the
    month's end; the last, the month's last 14 days."""
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    first, last = _month_span(*named)
    which = found["which"].lower()
    if which == "first":
        start, end = first, date(first.year, first.month, 14)
    elif which == "second":
        start, end = date(first.year, first.month, 15), last
    else:
        start, end = last - timedelta(days=13), last
    if context.published is not None and start > context.published:
        return None, None, [f"{found.group(0).strip()!r} is after the published date"]
    end, _ = _capped(end, context)
    return start, end, []


FORTNIGHT_OF_MONTH: Entry = (
    r"\b(?:(?:in|during|over)\s+)?the\s+(?P<which>first|second|last|final)\s+"
    rf"fortnight\s+of\s+{MONTH_A}\b",
    fortnight_of_month,
    True,
)

# "Russian forces captured 120 km2 over the seven days": the week a report
# covers, as "during the week" (LABELS); not "the seven days to Sunday".
THE_SEVEN_DAYS: Entry = (
    r"\b(?:during|over|in)\s+the\s+(?P<n>seven|7)\s+(?P<unit>days)\b" + NOT_ANCHORED,
    past,
    True,
)


# "a counteroffensive that began late last month", "after launching an
# offensive early last month": a start on a day the words do not settle.
BEGAN_ROUGHLY: Entry = (
    # (not the noun: "between the beginning of August and mid-October")
    r"\b(?:began|begun|started|launched|launching|starting|(?<!the\s)beginning)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?P<part>early|late|mid-?|earlier|later)\s*"
    rf"(?:in\s+)?(?:(?:this|last|the)\s+month|{MONTH_A})\b",
    since_vague,
    True,
)

# "over the past week and a half", "the last two and a half months", "the past
# week or so": a span ending now whose length is no whole count of days, so
# its first day is not told (LABELS: like "over the past few days").
PAST_INEXACT: Entry = (
    r"\b(?:(?:in|over|during|within)\s+)?the\s+(?:past|last|previous)\s+"
    r"(?:(?:[\w-]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:and\s+a\s+half|or\s+so|or\s+more)"
    r"|[\w-]+\s+and\s+a\s+half\s+(?:hours|days|weeks|months|years))\b",
    since_vague,
    True,
)
