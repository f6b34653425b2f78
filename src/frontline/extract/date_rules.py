"""What each date phrase means: the start and end days a matched phrase implies.

`dates` finds the phrases (its pattern table says which words make which
phrase); the rules here turn one match into days, anchored on the published
date, with the problems a reviewer must know about. They are kept apart from
the table so each side can be read whole: the words on one side, the calendar
arithmetic on the other. Every rule takes the match and a `Context` and returns
(start, end, problems); the match's named groups are those of the table's
patterns ("a_" / "b_" day and month groups, "n", "unit", "event", ...).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract.date_calendar import (
    Context,
    _capped,
    _count,
    _day_from,
    _month_span,
    _named_month,
    _no_published,
    _so_far_end,
    _year_for,
)
from frontline.extract.text import MONTHS

WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


def between_days(found, context):
    start, problem_a = _day_from(found, "a_", context.published)
    end, problem_b = _day_from(found, "b_", context.published)
    problems = [problem for problem in (problem_a, problem_b) if problem]
    if start and end and start > end and not (found["a_year"] or found["a_y2year"]):
        start = start.replace(year=start.year - 1)
    return start, end, problems


def year_to_day(found, context):
    """'from 2014 to February 24, 2022': the first day of the year to the day."""
    end, problem = _day_from(found, "b_", context.published)
    start = date(int(found["y1"]), 1, 1)
    if end is not None and end < start:
        return None, None, [f"ends before it starts: {found.group(0).strip()!r}"]
    return start, end, [problem] if problem else []


def invasion_to_day(found, context):
    """'from the start of the full-scale aggression in February 2022 to D'."""
    end, problem = _day_from(found, "b_", context.published)
    return INVASION, end, [problem] if problem else []


def between_months(found, context):
    first = MONTHS[found["a_month"].lower().rstrip(".")]
    last = MONTHS[found["b_month"].lower().rstrip(".")]
    year_b = found["b_myear"] or found["a_myear"]
    if year_b:
        year = int(year_b)
    elif context.published is None:
        return None, None, _no_published(found)
    else:
        year = (
            context.published.year
            if last <= context.published.month
            else context.published.year - 1
        )
    start_year = (
        int(found["a_myear"])
        if found["a_myear"]
        else (year if first <= last else year - 1)
    )
    mid = found.groupdict()
    start = date(start_year, first, 15 if mid.get("a_mid") else 1)
    last_day = date(year, last, 15) if mid.get("b_mid") else _month_span(last, year)[1]
    end, _ = _capped(last_day, context)
    return start, end, []


def since_day(found, context):
    start, problem = _day_from(found, "a_", context.published)
    yearless = not (
        found["a_iso"] or found["a_dot"] or found["a_year"] or found["a_y2year"]
    )
    published = context.published
    if yearless and start and (start.month, start.day) == (2, 24) and published:
        # "since February 24" with no year: the full-scale invasion (LABELS)
        start = INVASION if published >= INVASION else start
    end = _so_far_end(context)
    problems = [problem] if problem else []
    if end is None:
        problems += _no_published(found)
    return start, end, problems


def since_month(found, context):
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    month, year = named
    problems = []
    part = (found["part"] or "").lower()
    day = {"mid": 15, "mid-": 15, "the middle of": 15}.get(part.strip(), 1)
    end = _so_far_end(context)
    if end is None:
        problems += _no_published(found)
    if part.strip() in ("early", "late", "the end of", "the first days of"):
        # "since late August", "since early September", "since the end of
        # January", "since the first days of May": no day is named (LABELS).
        problems.append(f"start unknown: {found.group(0).strip()!r} names no day")
        return None, end, problems
    if part.strip() in ("mid", "mid-", "the middle of"):
        problems.append(
            f"start {day} {found['a_month']} taken for {found.group(0).strip()!r}"
        )
    return date(year, month, day), end, problems


def since_year(found, context):
    year = int(found["year"])
    end = _so_far_end(context)
    return date(year, 1, 1), end, ([] if end else _no_published(found))


def this_year(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return date(context.published.year, 1, 1), _so_far_end(context), []


_THE_PAST = re.compile(r"the\s+(?:past|last)", re.IGNORECASE)


def last_year(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    published = context.published
    if _THE_PAST.match(found.group(0)) and published.month > 1:
        # "over the past year" in November: the twelve months to the day; said
        # in January it is the calendar year just ended (LABELS, disagreement 2).
        end = _so_far_end(context) or published
        return end - relativedelta(years=1) + timedelta(days=1), end, []
    year = published.year - 1
    return date(year, 1, 1), date(year, 12, 31), []


def whole_year(found, context):
    year = int(found["year"])
    start, end = date(year, 1, 1), date(year, 12, 31)
    problems = []
    if context.published and context.published.year == year:
        end, _ = _capped(end, context)
    if context.published and start > context.published:
        problems.append(f"{year} is after the published date")
    return start, end, problems


def half_year(found, context):
    year = int(found["year"])
    if found["half"].lower() == "first":
        start, end = date(year, 1, 1), date(year, 6, 30)
    else:
        start, end = date(year, 7, 1), date(year, 12, 31)
    end, _ = _capped(end, context)
    return start, end, []


def in_month(found, context):
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    start, end = _month_span(*named)
    end, _ = _capped(end, context)
    return start, end, []


def this_month(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return context.published.replace(day=1), _so_far_end(context), []


def last_calendar_month(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    first = context.published.replace(day=1) - relativedelta(months=1)
    return (*_month_span(first.month, first.year), [])


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
# "the war's second year", "the conflict's third winter": a later time of it
_OWNED = re.compile(r"['\u2019]s\b")
_WAR = re.compile(r"\b(?:war|conflict|hostilities)\b")


def past(found, context):
    """'the past 24 hours', 'the last week', 'the past 30 days': ending published."""
    if context.published is None:
        return None, None, _no_published(found)
    count = _count(found["n"])
    if count is None:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    unit = found["unit"].lower()
    end = _so_far_end(context)
    assert end is not None
    if unit in ("hours", "hour"):
        days = max(1, -(-count // 24))
        return end - timedelta(days=days - 1), end, []
    if unit in ("month", "months"):
        return _months_back(end, count), end, []
    if unit in ("year", "years"):
        if "previous" in found.group(0).lower():
            # "the previous two years": the calendar years before this one.
            year = context.published.year
            return date(year - count, 1, 1), date(year - 1, 12, 31), []
        return end - relativedelta(years=count) + timedelta(days=1), end, []
    return end - timedelta(days=count * _UNIT_DAYS[unit] - 1), end, []


def _months_back(end: date, count: int) -> date:
    """The first day of the past `count` months ending on `end`."""
    if (end + timedelta(days=1)).day == 1:
        # "the past two months" on a month's last day: whole calendar months.
        return end.replace(day=1) - relativedelta(months=count - 1)
    if count % 12 == 0:
        # "the past 12 months" is the past year: the 365 days to the day.
        return end - relativedelta(years=count // 12) + timedelta(days=1)
    # "the past month": the 30 days ending on the day; "the last two
    # months", 60 (dev17.jsonl:19)
    return end - timedelta(days=30 * count - 1)


def past_half_year(found, context):
    """'over the past half year': the past six months."""
    if context.published is None:
        return None, None, _no_published(found)
    end = _so_far_end(context)
    assert end is not None
    return _months_back(end, 6), end, []


def first_days_of_month(found, context):
    count = _count(found["n"])
    if count is None:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    if found["a_month"]:
        named = _named_month(found, context)
        if named is None:
            return None, None, _no_published(found)
        month, year = named
        first = date(year, month, 1)
    else:
        if context.published is None:
            return None, None, _no_published(found)
        first = context.published.replace(day=1)
        if context.published.day <= count and context.published.day < 28:
            # Published before the month's first N days were over: the month meant
            # is the one before.
            first = first - relativedelta(months=1)
    month_end = _month_span(first.month, first.year)[1]
    unit_days = 7 if found["unit"].lower().startswith("week") else 1
    end = min(first + timedelta(days=count * unit_days - 1), month_end)
    return first, end, []


# "the first month of the invasion of Kursk", "… its invasion into Russia": an
# invasion of Russian land is none of the full-scale invasion's.
_INTO_RUSSIA = re.compile(
    r"\s+(?:of|into)\s+(?:the\s+)?(?:Kursk|Belgorod|Bryansk|Russia)\b", re.IGNORECASE
)


def event_key(found: re.Match[str], context: Context) -> tuple[str, date] | None:
    """The configured event a phrase like 'their incursion into Kursk' names; the
    full-scale invasion is known without being configured."""
    noun = re.sub(r"\s+", " ", found["event"].lower())
    if re.search(r"full[\s-]scale\s+(?:war|invasion|aggression)", found.group(0), re.I):
        return "invasion", INVASION  # "the start of the full-scale war"
    words_around = context.sentence.lower()
    best = None
    events = {"invasion": INVASION, **context.events}
    if _INTO_RUSSIA.match(found.string, found.end()):
        del events["invasion"]  # "the invasion of Kursk": Ukraine's, in 2024
    for key, day in events.items():
        key_words = key.lower().split()
        if not any(word in noun or noun in word for word in key_words):
            continue
        others = [word for word in key_words if word not in noun and noun not in word]
        if all(word in words_around for word in others):
            score = len(key_words)
            if best is None or score > best[0]:
                best = (score, key, day)
    return (best[1], best[2]) if best else None


def _bare(phrase: str) -> str:
    """A phrase without its leading preposition: 'first month of their incursion'."""
    return re.sub(r"^(?:during|in|over|since)\s+(?:the\s+)?", "", phrase, flags=re.I)


def _needs_event(phrase: str, found: re.Match[str]) -> str:
    event = re.sub(r"\s+", " ", found["event"].lower())
    return f"start unknown: {phrase!r} needs the {event}'s start date"


def first_of_event(found, context):
    event = event_key(found, context)
    phrase = _bare(found.group(0).strip())
    if event is None:
        return (
            None,
            None,
            [_needs_event(phrase, found)],
        )
    return first_span(found, event[1], phrase)


def first_span(found: re.Match[str], day: date, phrase: str):
    """'the first N days (weeks, months)' of what began on `day`."""
    count = _count(found["n"])
    if count is None:
        return None, None, [f"cannot read the length of {phrase!r}"]
    unit = found["unit"].lower()
    if unit.startswith("month"):
        end = day + relativedelta(months=count) - timedelta(days=1)
    elif unit.startswith("week"):
        end = day + timedelta(days=7 * count - 1)
    else:
        end = day + timedelta(days=count - 1)
    return day, end, []


def since_event(found, context):
    """'since Ukraine's incursion': from the day the event began, to the day;
    "since the start of the war" is "since the war began"."""
    event = event_key(found, context)
    owned = _OWNED.match(found.string, found.end())
    if event is None and found["event"].lower() == "war" and not owned:
        return since_unknown(found, context)
    if event is None:
        phrase = _bare(found.group(0).strip())
        return None, _so_far_end(context), [_needs_event(phrase, found)]
    problems = [] if context.published else _no_published(found)
    return event[1], _so_far_end(context), problems


def as_of_day(found, context):
    end, problem = _day_from(found, "a_", context.published)
    return None, end, ([problem] if problem else [])


def as_of_now(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    word = found.group(0).lower()
    if "yesterday" in word:
        return None, context.published - timedelta(days=1), []
    return None, context.published, []


def on_day(found, context):
    day, problem = _day_from(found, "a_", context.published)
    return day, day, ([problem] if problem else [])


def yesterday(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    day = context.published - timedelta(days=1)
    return day, day, []


def today(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return context.published, context.published, []


def weekday(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    wanted = WEEKDAYS.index(found["weekday"].lower())
    back = (context.published.weekday() - wanted) % 7
    day = context.published - timedelta(days=back)
    return day, day, []


def week_to(found, context):
    end, problem = _day_from(found, "a_", context.published)
    if end is None:
        return None, None, [problem] if problem else []
    return end - timedelta(days=6), end, []


def day_range(found, context):
    """'from October 20 to 27', 'Oct. 20-27', 'between May 9 and 15', '8-11 of
    September': two days of one month; without a year, the latest such range
    that ends by the published day."""
    month = MONTHS[found["r_month"].lower().rstrip(".")]
    first, last = int(found["r_d1"]), int(found["r_d2"])
    if found["r_year"]:
        year = int(found["r_year"])
    else:
        year = _year_for(month, last, context.published)
        if year is None:
            return None, None, _no_published(found)
    try:
        return date(year, month, first), date(year, month, last), []
    except ValueError:
        return None, None, [f"no such day: {found.group(0).strip()!r}"]


def first_months_of_year(found, context):
    """'in the first two months of 2025': January 1 to the end of month N."""
    count = _count(found["n"]) if found["n"] else 1
    if count is None or not 1 <= count <= 12:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    if found["year"]:
        year = int(found["year"])
    elif context.published is not None:
        year = context.published.year
    else:
        return None, None, _no_published(found)
    end, _ = _capped(_month_span(count, year)[1], context)
    return date(year, 1, 1), end, []


def anaphora(found, context):
    """'in the month', 'during the same period': the days of a period named
    before, which the caller supplies; on its own the phrase gives none."""
    return None, None, []


def since_unknown(found, context):
    """'since the counteroffensive began': runs to today from a day not named.

    The full-scale invasion is the one start every reader knows (24 February
    2022); "since the war began" is taken as that day too, with a problem."""
    phrase = found.group(0).strip()
    lowered = phrase.lower()
    if "invasion" in lowered or "aggression" in lowered:
        return INVASION, _so_far_end(context), []
    if _WAR.search(lowered):
        return (
            INVASION,
            _so_far_end(context),
            [f"start {INVASION:%d %B %Y} (the invasion) taken for {phrase!r}"],
        )
    return (
        None,
        _so_far_end(context),
        [f"start unknown: {phrase!r} names no day"],
    )


INVASION = date(2022, 2, 24)


def relative(found, context):
    """'a week earlier', 'the previous month': days relative to another period."""
    phrase = found.group(0).strip()
    return None, None, [f"{phrase!r} is counted from a period the text names elsewhere"]


def past_to(found, context):
    """'over the two months to June 28': the N weeks or months ending that day."""
    end, problem = _day_from(found, "b_", context.published)
    count = _count(found["n"])
    if end is None or count is None:
        return None, None, [problem or f"cannot read {found.group(0).strip()!r}"]
    unit = found["unit"].lower()
    if unit.startswith("year"):  # "in the year to May 31"
        return end - relativedelta(years=count) + timedelta(days=1), end, []
    if unit.startswith("month") and (end + timedelta(days=1)).day == 1:
        # "in the month to November 30": to a month's end, whole months.
        return end.replace(day=1) - relativedelta(months=count - 1), end, []
    if unit.startswith("month"):
        return end - relativedelta(months=count) + timedelta(days=1), end, []
    days = count * (7 if unit.startswith("week") else 1)
    return end - timedelta(days=days - 1), end, []


def half_month(found, context):
    """'the first half of February': days 1-15 (or 16 to the month's end)."""
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    first, last = _month_span(*named)
    middle = first + timedelta(days=14)
    if found["half"].lower() == "first":
        end, _ = _capped(middle, context)
        return first, end, []
    end, _ = _capped(last, context)
    return middle + timedelta(days=1), end, []


def end_of_month(found, context):
    """'by the end of November': held or counted to the month's last day."""
    named = _named_month(found, context)
    if named is None:
        return None, None, _no_published(found)
    return None, _month_span(*named)[1], []


def end_of_year(found, context):
    """'at the end of 2024', 'by the end of last year': to its December 31."""
    if found["last"] and context.published is None:
        return None, None, _no_published(found)
    year = context.published.year - 1 if found["last"] else int(found["year"])
    return None, date(year, 12, 31), []


def shift_of(found: re.Match[str]) -> tuple[str, int]:
    """How far back 'a year earlier', 'the month before', 'the previous two
    weeks' reach: (unit, count)."""
    text = found.group(0).lower()
    if "same" in text:
        return "year", 1  # "the same period last year"
    unit = next(u for u in ("week", "month", "year") if u in text)
    number = re.search(r"\b(a|one|two|three|four|\d+)\b", text)
    count = 1
    if number and number.group(1) not in ("a", "one"):
        count = _count(number.group(1)) or 1
    return unit, count
