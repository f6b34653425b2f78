"""Date phrases in a sentence, turned into days anchored on the published date.

Articles rarely give dates; they say "so far this year", "since the beginning of
October", "in the past 24 hours". Each phrase found becomes a `PeriodPhrase`: its
span in the sentence, the start and end days it implies (either may be None when
the phrase gives only one end, like "as of October 27", or when it cannot be
resolved), and the problems a reviewer must know about. Conventions:

- A period that runs "so far" ends on the published day, or the day before when
  the sentence says the data run to yesterday.
- "the past 24 hours" / "over the past day" is the published day alone; "the past
  week" is the seven days ending on it; "the last month" the month ending on it.
- A month or day without a year is the latest one not after the published day.
- "the first month of their incursion" needs the event's start: it is looked up in
  `events` ({"kursk incursion": date(2024, 8, 6)}); without it the start is None
  and a problem says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract.numbers import parse_number
from frontline.extract.text import MONTH_NAME, MONTHS


@dataclass(frozen=True, slots=True)
class PeriodPhrase:
    """A date phrase: where it is, the days it implies and what is uncertain."""

    start_at: int
    end_at: int
    text: str
    start: date | None
    end: date | None
    problems: tuple[str, ...] = field(default=())
    sets_start: bool = True  # False for "as of", "now": they give an end only
    basis: str = ""  # what the days rest on besides the words, e.g. an event's start

    @property
    def gives_start(self) -> bool:
        return self.sets_start


@dataclass(frozen=True, slots=True)
class _Context:
    published: date | None
    events: Mapping[str, date]
    to_yesterday: bool
    sentence: str


_DAY = r"(?P<{p}day>\d{{1,2}})(?:st|nd|rd|th)?"
_YEAR_TAIL = r"(?:,?\s+(?P<{p}year>(?:19|20)\d{{2}}))?"


def _day_pattern(prefix: str) -> str:
    """'September 1', '1 September', 'Sept. 1, 2024', '1st of September 2024'."""
    day = _DAY.format(p=prefix)
    year = _YEAR_TAIL.format(p=prefix)
    return (
        rf"(?:(?P<{prefix}m1>{MONTH_NAME})\s+{day}{year}"
        rf"|(?P<{prefix}d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<{prefix}m2>{MONTH_NAME}){_YEAR_TAIL.format(p=prefix + 'y2')}"
        rf"|(?P<{prefix}iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}))"
    )


def _month_pattern(prefix: str) -> str:
    return (
        rf"(?P<{prefix}month>{MONTH_NAME})(?:\s+(?P<{prefix}myear>(?:19|20)\d{{2}}))?"
    )


_NUMBER_OF = r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)"
_EVENT_NOUNS = (
    r"incursion|invasion|full-scale\s+invasion|offensive|counteroffensive|"
    r"counter-offensive|operation|assault|attack|raid|war|campaign"
)
_POSSESSIVE = r"(?:the|their|its|his|her|our|this|that|[a-z]+'s)"
_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_YESTERDAY_DATA = re.compile(
    r"\b(?:as of|through|up to|until|till|to|by)\s+(?:the end of\s+)?yesterday\b"
    r"|\bdata\s+(?:run|runs|running|go|goes)\s+(?:to|until|through)\s+yesterday\b",
    re.IGNORECASE,
)


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """The year of the latest `month`/`day` not after the published day."""
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, day) > published:
            year -= 1
    except ValueError:
        return year - 1 if (month, day) > (published.month, published.day) else year
    return year


def _day_from(
    found: re.Match[str], prefix: str, published: date | None
) -> tuple[date | None, str | None]:
    """The day a `_day_pattern` match names, or (None, problem)."""
    if found[f"{prefix}iso"]:
        year, month, day = (int(part) for part in found[f"{prefix}iso"].split("-"))
        try:
            return date(year, month, day), None
        except ValueError:
            return None, f"no such day: {found[f'{prefix}iso']!r}"
    if found[f"{prefix}m1"]:
        month = MONTHS[found[f"{prefix}m1"].lower().rstrip(".")]
        day = int(found[f"{prefix}day"])
        year_text = found[f"{prefix}year"]
    else:
        month = MONTHS[found[f"{prefix}m2"].lower().rstrip(".")]
        day = int(found[f"{prefix}d2"])
        year_text = found[f"{prefix}y2year"]
    year = int(year_text) if year_text else _year_for(month, day, published)
    if year is None:
        return None, f"no published date to give {found.group(0).strip()!r} a year"
    try:
        return date(year, month, day), None
    except ValueError:
        return None, f"no such day: {found.group(0).strip()!r}"


def _month_span(month: int, year: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, first + relativedelta(months=1) - timedelta(days=1)


def _so_far_end(context: _Context) -> date | None:
    if context.published is None:
        return None
    if context.to_yesterday:
        return context.published - timedelta(days=1)
    return context.published


def _capped(end: date, context: _Context) -> tuple[date, bool]:
    """A span's end, cut at the 'so far' day when the span is still running."""
    so_far = _so_far_end(context)
    if so_far is not None and end > so_far:
        return so_far, True
    return end, False


Rule = Callable[[re.Match[str], _Context], tuple[date | None, date | None, list[str]]]


def _no_published(found: re.Match[str]) -> list[str]:
    return [f"no published date for {found.group(0).strip()!r}"]


def _between_days(found, context):
    start, problem_a = _day_from(found, "a_", context.published)
    end, problem_b = _day_from(found, "b_", context.published)
    problems = [problem for problem in (problem_a, problem_b) if problem]
    if start and end and start > end and not (found["a_year"] or found["a_y2year"]):
        start = start.replace(year=start.year - 1)
    return start, end, problems


def _between_months(found, context):
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
    start = date(start_year, first, 1)
    end, _ = _capped(_month_span(last, year)[1], context)
    return start, end, []


def _since_day(found, context):
    start, problem = _day_from(found, "a_", context.published)
    end = _so_far_end(context)
    problems = [problem] if problem else []
    if end is None:
        problems += _no_published(found)
    return start, end, problems


def _since_month(found, context):
    month = MONTHS[found["a_month"].lower().rstrip(".")]
    problems = []
    if found["a_myear"]:
        year = int(found["a_myear"])
    elif context.published is None:
        return None, None, _no_published(found)
    else:
        year = (
            context.published.year
            if month <= context.published.month
            else context.published.year - 1
        )
    part = (found["part"] or "").lower()
    day = {
        "": 1,
        "early": 1,
        "the beginning of": 1,
        "the start of": 1,
        "mid": 15,
        "mid-": 15,
        "late": 21,
        "the end of": 21,
    }.get(part.strip(), 1)
    if part.strip() in ("early", "mid", "mid-", "late", "the end of"):
        problems.append(
            f"start {day} {found['a_month']} taken for {found.group(0).strip()!r}"
        )
    end = _so_far_end(context)
    if end is None:
        problems += _no_published(found)
    return date(year, month, day), end, problems


def _since_year(found, context):
    year = int(found["year"])
    end = _so_far_end(context)
    return date(year, 1, 1), end, ([] if end else _no_published(found))


def _this_year(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return date(context.published.year, 1, 1), _so_far_end(context), []


def _last_year(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    year = context.published.year - 1
    return date(year, 1, 1), date(year, 12, 31), []


def _whole_year(found, context):
    year = int(found["year"])
    start, end = date(year, 1, 1), date(year, 12, 31)
    problems = []
    if context.published and context.published.year == year:
        end, _ = _capped(end, context)
    if context.published and start > context.published:
        problems.append(f"{year} is after the published date")
    return start, end, problems


def _half_year(found, context):
    year = int(found["year"])
    if found["half"].lower() == "first":
        start, end = date(year, 1, 1), date(year, 6, 30)
    else:
        start, end = date(year, 7, 1), date(year, 12, 31)
    end, _ = _capped(end, context)
    return start, end, []


def _in_month(found, context):
    month = MONTHS[found["a_month"].lower().rstrip(".")]
    if found["a_myear"]:
        year = int(found["a_myear"])
    elif context.published is None:
        return None, None, _no_published(found)
    else:
        year = (
            context.published.year
            if month <= context.published.month
            else context.published.year - 1
        )
    start, end = _month_span(month, year)
    end, _ = _capped(end, context)
    return start, end, []


def _this_month(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return context.published.replace(day=1), _so_far_end(context), []


def _last_calendar_month(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    first = context.published.replace(day=1) - relativedelta(months=1)
    return (*_month_span(first.month, first.year), [])


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}


def _count(text: str | None) -> int | None:
    if text is None:
        return 1
    value = parse_number(text)
    return int(value) if value is not None and value.is_integer() else None


def _past(found, context):
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
        return end - relativedelta(months=count) + timedelta(days=1), end, []
    if unit in ("year", "years"):
        return end - relativedelta(years=count) + timedelta(days=1), end, []
    return end - timedelta(days=count * _UNIT_DAYS[unit] - 1), end, []


def _first_days_of_month(found, context):
    count = _count(found["n"])
    if count is None:
        return None, None, [f"cannot read the length of {found.group(0).strip()!r}"]
    if found["a_month"]:
        month = MONTHS[found["a_month"].lower().rstrip(".")]
        if found["a_myear"]:
            year = int(found["a_myear"])
        elif context.published is None:
            return None, None, _no_published(found)
        else:
            year = (
                context.published.year
                if month <= context.published.month
                else context.published.year - 1
            )
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


def _event_key(found: re.Match[str], context: _Context) -> tuple[str, date] | None:
    """The configured event a phrase like 'their incursion into Kursk' names."""
    noun = re.sub(r"\s+", " ", found["event"].lower())
    words_around = context.sentence.lower()
    best = None
    for key, day in context.events.items():
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


def _first_of_event(found, context):
    event = _event_key(found, context)
    phrase = _bare(found.group(0).strip())
    if event is None:
        return (
            None,
            None,
            [_needs_event(phrase, found)],
        )
    _, day = event
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


def _since_event(found, context):
    event = _event_key(found, context)
    phrase = _bare(found.group(0).strip())
    if event is None:
        return (
            None,
            _so_far_end(context),
            [_needs_event(phrase, found)],
        )
    return (
        event[1],
        _so_far_end(context),
        ([] if context.published else _no_published(found)),
    )


def _as_of_day(found, context):
    end, problem = _day_from(found, "a_", context.published)
    return None, end, ([problem] if problem else [])


def _as_of_now(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    word = found.group(0).lower()
    if "yesterday" in word:
        return None, context.published - timedelta(days=1), []
    return None, context.published, []


def _on_day(found, context):
    day, problem = _day_from(found, "a_", context.published)
    return day, day, ([problem] if problem else [])


def _yesterday(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    day = context.published - timedelta(days=1)
    return day, day, []


def _today(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    return context.published, context.published, []


def _weekday(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    wanted = _WEEKDAYS.index(found["weekday"].lower())
    back = (context.published.weekday() - wanted) % 7
    day = context.published - timedelta(days=back)
    return day, day, []


def _week_to(found, context):
    end, problem = _day_from(found, "a_", context.published)
    if end is None:
        return None, None, [problem] if problem else []
    return end - timedelta(days=6), end, []


def _this_week(found, context):
    if context.published is None:
        return None, None, _no_published(found)
    monday = context.published - timedelta(days=context.published.weekday())
    return monday, _so_far_end(context), []


def _last_week(found, context):
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


_A = _day_pattern("a_")
_B = _day_pattern("b_")
_MA = _month_pattern("a_")
_MB = _month_pattern("b_")
_Y = r"(?P<year>(?:19|20)\d{2})"
_PAST_UNITS = r"(?P<unit>hours?|days?|weeks?|fortnight|months?|years?)"

# (pattern, rule, sets_start). Order matters: longer phrases first, and a phrase
# already matched is not matched again by a later, shorter rule.
_RULES: tuple[tuple[str, Rule, bool], ...] = (
    (rf"\bbetween\s+{_A}\s+and\s+{_B}", _between_days, True),
    (rf"\bfrom\s+{_A}\s+(?:to|until|till|through|-)\s+{_B}", _between_days, True),
    (rf"\bbetween\s+{_MA}\s+and\s+{_MB}\b", _between_months, True),
    (rf"\bfrom\s+{_MA}\s+(?:to|until|till|through)\s+{_MB}\b", _between_months, True),
    (
        rf"\b(?:during|in|over)\s+(?:the\s+)?first\s+{_NUMBER_OF}?\s*"
        rf"(?P<unit>months?|weeks?|days?)\s+of\s+{_POSSESSIVE}\s+(?P<event>{_EVENT_NOUNS})",
        _first_of_event,
        True,
    ),
    (
        r"\b(?:(?:in|during|over)\s+)?the\s+first\s+"
        rf"{_NUMBER_OF}\s+(?P<unit>days?|weeks?)\s+of\s+(?:the\s+month|{_MA})",
        _first_days_of_month,
        True,
    ),
    (
        rf"\bsince\s+(?:the\s+(?:beginning|start|launch|outset)\s+of\s+)"
        rf"{_POSSESSIVE}\s+(?P<event>{_EVENT_NOUNS})",
        _since_event,
        True,
    ),
    (rf"\bsince\s+{_A}", _since_day, True),
    (
        rf"\bsince\s+(?P<part>the\s+(?:beginning|start|end)\s+of\s+|early\s+|mid-?\s*|late\s+)?"
        rf"{_MA}\b",
        _since_month,
        True,
    ),
    (
        rf"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?{_Y}\b",
        _since_year,
        True,
    ),
    (
        r"\b(?:so\s+far\s+(?:this\s+year|in\s+the\s+year)|this\s+year\s+so\s+far"
        r"|since\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|january)"
        r"|this\s+year|year\s+to\s+date)\b",
        _this_year,
        True,
    ),
    (r"\b(?:last|the\s+previous|the\s+past)\s+year\b(?!s)", _last_year, True),
    (
        rf"\b(?:in\s+all\s+of|in|during|throughout|over|for|across)\s+(?:the\s+year\s+)?{_Y}\b"
        r"(?![-/]\d)",
        _whole_year,
        True,
    ),
    (rf"\b(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+{_Y}", _half_year, True),
    (rf"\bin\s+the\s+week\s+(?:to|ending|ended)\s+{_A}", _week_to, True),
    (
        rf"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+{_NUMBER_OF}?\s*"
        rf"{_PAST_UNITS}",
        _past,
        True,
    ),
    (rf"\bthe\s+(?:past|last|previous)\s+{_NUMBER_OF}?\s*{_PAST_UNITS}", _past, True),
    (r"\bthis\s+month\b", _this_month, True),
    (r"\blast\s+month\b", _last_calendar_month, True),
    (r"\bthis\s+week\b", _this_week, True),
    (r"\blast\s+week\b", _last_week, True),
    (
        rf"\b(?:in|during|throughout|over|for)\s+(?:the\s+month\s+of\s+)?{_MA}\b",
        _in_month,
        True,
    ),
    (
        r"\bas\s+of\s+(?:today|now|yesterday|this\s+morning)\b",
        _as_of_now,
        False,
    ),
    (rf"\b(?:as\s+of|as\s+at|by|up\s+to|until|through)\s+{_A}", _as_of_day, False),
    (r"\b(?:now|currently|at\s+present|to\s+date)\b", _as_of_now, False),
    (rf"\bon\s+{_A}", _on_day, True),
    (rf"\bon\s+(?P<weekday>{'|'.join(_WEEKDAYS)})\b", _weekday, True),
    (r"\byesterday\b", _yesterday, True),
    (r"\btoday\b", _today, True),
)
_COMPILED = tuple(
    (re.compile(pattern, re.IGNORECASE), rule, sets_start)
    for pattern, rule, sets_start in _RULES
)


def data_to_yesterday(sentence: str) -> bool:
    """True when the sentence says its data run to yesterday ("as of yesterday")."""
    return bool(_YESTERDAY_DATA.search(sentence))


def find_periods(
    sentence: str,
    published: date | None,
    events: Mapping[str, date] | None = None,
    *,
    to_yesterday: bool | None = None,
) -> list[PeriodPhrase]:
    """Every date phrase in a sentence, in order of position, none overlapping."""
    context = _Context(
        published,
        events or {},
        data_to_yesterday(sentence) if to_yesterday is None else to_yesterday,
        sentence,
    )
    taken: list[tuple[int, int]] = []
    phrases: list[PeriodPhrase] = []
    for pattern, rule, sets_start in _COMPILED:
        for found in pattern.finditer(sentence):
            if any(found.start() < end and start < found.end() for start, end in taken):
                continue
            start, end, problems = rule(found, context)
            if start and end and start > end:
                problems = [
                    *problems,
                    f"{found.group(0).strip()!r} ends before it starts",
                ]
            taken.append((found.start(), found.end()))
            basis = ""
            if rule in (_first_of_event, _since_event):
                event = _event_key(found, context)
                if event is not None:
                    basis = f"{event[0]} began {event[1].isoformat()}"
            phrases.append(
                PeriodPhrase(
                    found.start(),
                    found.end(),
                    found.group(0).strip(),
                    start,
                    end,
                    tuple(problems),
                    sets_start,
                    basis,
                )
            )
    phrases.sort(key=lambda phrase: phrase.start_at)
    return phrases
