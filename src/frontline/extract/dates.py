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

This module holds the words (the pattern table, in the order phrases are tried)
and the finder; what each phrase means in days is in `date_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from frontline.extract import date_rules as rules
from frontline.extract import date_spans as spans
from frontline.extract.date_rules import WEEKDAYS, Context, Rule, event_key
from frontline.extract.text import MONTH_NAME


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
    so_far: bool = False  # "since D", "this year": runs to the published day
    anaphora: bool = False  # "in the month", "the same period": a period named before
    shift: tuple[str, int] | None = None  # "a year earlier": (unit, count) back
    comparison: bool = False  # "largest since March", "than in 2023": not a period


_DAY = r"(?P<{p}day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
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
_YESTERDAY_DATA = re.compile(
    r"\b(?:as of|through|up to|until|till|to|by)\s+(?:the end of\s+)?yesterday\b"
    r"|\bdata\s+(?:run|runs|running|go|goes)\s+(?:to|until|through)\s+yesterday\b",
    re.IGNORECASE,
)

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_A = _day_pattern("a_")
_B = _day_pattern("b_")
_MA = _month_pattern("a_")
_MB = _month_pattern("b_")
_Y = r"(?P<year>(?:19|20)\d{2})"
_IN = r"\b(?:in\s+|during\s+)?"
_PAST_UNITS = r"(?P<unit>hours?|days?|weeks?|fortnight|months?|years?)"

# (pattern, rule, sets_start). Order matters: longer phrases first, and a phrase
# already matched is not matched again by a later, shorter rule.
_RANGE = (
    rf"(?:\b(?:from|between|of)\s+)?(?P<r_month>{MONTH_NAME})\s+(?P<r_d1>\d{{1,2}})"
    r"\s*(?:-|to|until|through|and)\s*(?P<r_d2>\d{1,2})\b(?!\s*(?:%|km|sq|square))"
    r"(?:,?\s+(?P<r_year>(?:19|20)\d{2}))?"
)
_RANGE_OF = (
    r"\bbetween\s+(?P<r_d1>\d{1,2})\s*(?:-|and)\s*(?P<r_d2>\d{1,2})\s+(?:of\s+)?"
    rf"(?P<r_month>{MONTH_NAME})(?:,?\s+(?P<r_year>(?:19|20)\d{{2}}))?"
)
_DAYS_OF = (
    r"\b(?:from\s+)?(?P<r_d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|through)\s*"
    rf"(?P<r_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<r_month>{MONTH_NAME})"
    r"(?:,?\s+(?P<r_year>(?:19|20)\d{2}))?"
)
_RULES: tuple[tuple[str, Rule, bool], ...] = (
    (
        # before "last year": "by the end of last year" is its December 31
        r"\b(?:as\s+of|by)\s+the\s+end\s+of\s+(?P<last>last|the\s+previous)\s+year"
        r"(?P<year>)\b",
        rules.end_of_year,
        False,
    ),
    # "a counteroffensive that began late last month", "after launching an
    # offensive early last month": a start on a day the words do not settle.
    (
        r"\b(?:began|begun|started|launched|launching|starting|beginning)\b"
        r"(?:\s+[\w'-]+){0,8}?\s+(?P<part>early|late|mid-?|earlier|later)\s*"
        rf"(?:in\s+)?(?:(?:this|last|the)\s+month|{_MA})\b",
        spans.since_vague,
        True,
    ),
    (
        rf"\bsince\s+the\s+end\s+of\s+(?:(?P<last>last|the\s+previous)\s+year|{_Y})\b",
        spans.since_year_end,
        True,
    ),
    (
        rf"\b(?:since|from)\s+(?:last\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b"
        r"(?!\s*,?\s*(?:\d|" + MONTH_NAME + r"))",
        spans.since_weekday,
        True,
    ),
    (
        r"\b(?P<which>last|this|over\s+the|at\s+the|during\s+the)\s+weekend\b",
        spans.weekend,
        True,
    ),
    (
        r"\b(?:throughout|over|during)\s+the\s+(?:whole\s+|entire\s+)?year\b"
        r"(?!\s+(?:since|to|before|after|ending|ended|of|that|when)\b)",
        spans.the_year,
        True,
    ),
    (
        # "since they launched an offensive in the Kharkiv region on May 10"
        rf"\bsince\s+(?:(?!(?:as|by|until|through|to)\b)[\w'-]+\s+){{1,10}}?(?:on\s+)?{_A}",
        rules.since_day,
        True,
    ),
    (rf"\bbetween\s+{_A},?\s+and\s+{_B}", rules.between_days, True),
    (rf"\b{_A}\s*-\s*{_B}", rules.between_days, True),
    (
        rf"\b(?:over|in|during)\s+the\s+(?:past\s+|last\s+)?(?:{_NUMBER_OF}\s+)?"
        r"(?P<unit>weeks?|months?)\s+(?:to|through|ending|until)\s+(?:the\s+end\s+of\s+)?"
        rf"{_MB}\b(?!\.?\s+\d{{1,2}}\b)",
        spans.past_to_month_end,
        True,
    ),
    (
        rf"\b(?:over|in|during)\s+the\s+(?:past\s+|last\s+)?(?:{_NUMBER_OF}\s+)?"
        rf"(?P<unit>weeks?|months?|days?)\s+(?:to|through|ending|until)\s+{_B}",
        rules.past_to,
        True,
    ),
    (
        r"\bfrom\s+the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|russia's\s+)?"
        r"(?:full[\s-]scale\s+)?(?:invasion|aggression|war)(?:\s+in\s+february\s+2022)?"
        rf"\s+(?:to|until|till|through)\s+{_B}",
        rules.invasion_to_day,
        True,
    ),
    (rf"\bfrom\s+{_A}\s+(?:to|until|till|through|-)\s+{_B}", rules.between_days, True),
    (_RANGE, rules.day_range, True),
    (_RANGE_OF, rules.day_range, True),
    (_DAYS_OF, rules.day_range, True),
    (rf"\bbetween\s+{_MA}\s+and\s+{_MB}\b", rules.between_months, True),
    (
        rf"\b(?:in|during|over|throughout)\s+{_MA}\s+and\s+{_MB}\b",
        rules.between_months,
        True,
    ),
    (
        rf"\bfrom\s+(?:the\s+(?:beginning|start)\s+of\s+)?{_MA}\s+(?:to|until|till|through)"
        rf"\s+(?:the\s+end\s+of\s+)?{_MB}\b",
        rules.between_months,
        True,
    ),
    (
        rf"\b(?:during|in|over)\s+(?:the\s+)?first\s+{_NUMBER_OF}?\s*"
        rf"(?P<unit>months?|weeks?|days?)\s+of\s+{_POSSESSIVE}\s+(?P<event>{_EVENT_NOUNS})",
        rules.first_of_event,
        True,
    ),
    (
        r"\b(?:(?:in|during|over)\s+)?the\s+first\s+"
        rf"{_NUMBER_OF}\s+(?P<unit>days?|weeks?)\s+of\s+(?:the\s+month|{_MA})",
        rules.first_days_of_month,
        True,
    ),
    (
        rf"\bsince\s+(?:the\s+(?:beginning|start|launch|outset)\s+of\s+)"
        rf"{_POSSESSIVE}\s+(?P<event>{_EVENT_NOUNS})",
        rules.since_event,
        True,
    ),
    (rf"\b(?:since|after)\s+(?:the\s+)?{_A}", rules.since_day, True),
    (
        rf"\bfrom\s+{_A}(?:\s+(?:to|until|till|up\s+to)\s+(?:date|today|now)\b)?"
        r"(?!,?\s*(?:to|until|till|through|-|and)\b)",
        rules.since_day,
        True,
    ),
    (
        rf"\bsince\s+(?:[\w'-]+\s+){{1,5}}?(?:began|started|launched)\s+in\s+{_Y}\b",
        rules.since_year,
        True,
    ),
    (
        r"\bsince\s+(?:it|they|we|the\s+[\w-]+|its\s+[\w-]+|their\s+[\w-]+|"
        r"[\w-]+ing\s+(?:its|their|the)\s+[\w-]+)(?:\s+[\w-]+)?\s+"
        r"(?:began|begun|started|was\s+launched|launched)\b"
        r"|\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+)?(?:russia's\s+|the\s+)"
        r"(?:full[\s-]scale\s+)?(?:invasion|aggression|war)\b(?!\s+(?:on|in)\s)"
        r"|\b(?:since\s+the\s+(?:start|beginning|outset|launch)|over\s+the\s+period)\s+of\s+"
        r"(?:the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:offensive|counteroffensive|"
        r"counter-offensive|operations?|actions|campaign|incursion)\b",
        rules.since_unknown,
        True,
    ),
    (spans.SINCE_THEN, spans.since_then, True),
    # "in recent days", "since the fall of Avdiivka": to the day, from no day named.
    (
        r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|last\s+few|past\s+few)\s+"
        r"(?:days|weeks|months)\b|\bsince\s+the\s+(?:fall|capture|seizure|loss)\s+of\b",
        spans.since_vague,
        True,
    ),
    # "in late August", "earlier this month": days the words place only roughly.
    (
        rf"\b(?:in|during)\s+(?:early|mid|late)\s*-?\s*{_MA}\b"
        r"|\b(?:earlier|later|early|late|mid-?)\s*(?:this|last|in\s+the)\s+(?:week|month|year)\b"
        rf"|\bat\s+the\s+(?:end|start|beginning)\s+of\s+{MONTH_NAME}\b",
        spans.event_span,
        True,
    ),
    # "during the counteroffensive": the event's own days, which the text does
    # not give; the figure keeps them rather than borrowing a neighbour's.
    (
        r"\b(?:during|throughout|over\s+the\s+course\s+of)\s+(?:the|its|their|this|our)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:counteroffensive|counter-offensive|offensive|incursion|"
        r"operation|campaign)\b(?!\s+(?:in|on|since|from)\s)",
        spans.event_span,
        True,
    ),
    # "since Ukraine's incursion", "since their summer offensive": the event's
    # day if the caller knows it, else a start the text does not give.
    (
        rf"\bsince\s+{_POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?(?P<event>{_EVENT_NOUNS})\b"
        r"(?!\s+(?:on|in)\s)",
        rules.since_event,
        True,
    ),
    (
        r"\b(?:(?:a|one|two|three|\d+)\s+(?:weeks?|months?|years?)\s+(?:earlier|before)"
        r"|(?:(?:in|during|over)\s+)?the\s+same\s+(?:period|months?|weeks?|time)\s+"
        r"(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|before|ago))"
        r"|the\s+(?:week|month|year)\s+before"
        r"|(?:during\s+|in\s+|over\s+)?the\s+(?:\w+\s+)?(?:previous|preceding)\s+"
        r"(?:(?:two|three|four|\d+)\s+)?(?:weeks?|months?))\b(?!\s+(?:to|through)\b)",
        rules.relative,
        True,
    ),
    (
        rf"\bsince\s+(?P<part>the\s+(?:beginning|start|end)\s+of\s+|early\s+|mid-?\s*|late\s+)?"
        rf"{_MA}\b",
        rules.since_month,
        True,
    ),
    (
        rf"\bfrom\s+(?:the\s+(?:beginning|start)\s+of\s+)?{_MA}\s+(?:until|till|to|up\s+to)"
        r"\s+(?:today|now)\b(?P<part>)",
        rules.since_month,
        True,
    ),
    (
        rf"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?{_Y}\b",
        rules.since_year,
        True,
    ),
    (
        rf"\b(?:in\s+)?(?P<a_month>{MONTH_NAME})\s+(?:of\s+)?(?P<rel>this|last)\s+year\b"
        rf"|\b(?P<rel2>this)\s+(?P<b_month>{MONTH_NAME})\b(?!\.?\s+\d)",
        spans.month_of_year_word,
        True,
    ),
    (
        r"\b(?:so\s+far\s+(?:this\s+year|in\s+the\s+year)|this\s+year\s+so\s+far"
        r"|(?:since|from)\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|january)"
        r"|this\s+year|year[\s-]+to[\s-]+date)\b",
        rules.this_year,
        True,
    ),
    (r"\b(?:last|the\s+previous|the\s+past)\s+year\b(?!s)", rules.last_year, True),
    (
        rf"\b(?:in\s+all\s+of|in|during|throughout|over|for|across)\s+"
        rf"(?:the\s+(?:year|entirety\s+of|whole\s+of|course\s+of)\s+)?{_Y}\b"
        r"(?![-/]\d|['\u2019]s\b)",
        rules.whole_year,
        True,
    ),
    (
        rf"\b(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+{_Y}",
        rules.half_year,
        True,
    ),
    (
        r"\b(?:in\s+|during\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+"
        r"(?:the|this)\s+year\b(?P<year>)",
        spans.half_of_year,
        True,
    ),
    (
        r"\b(?:in\s+|during\s+)?the\s+(?P<q>first|second|third|fourth|last)\s+"
        rf"quarter\s+of\s+(?:{_Y}|the\s+year|this\s+year)(?P<qn>)",
        spans.quarter,
        True,
    ),
    (
        r"\b(?:in\s+|during\s+)?the\s+(?P<q>first|second|third|fourth)\s+quarter\b"
        r"(?!\s+of\b)(?P<qn>)(?P<year>)",
        spans.quarter,
        True,
    ),
    (rf"{_IN}(?:Q(?P<qn>[1-4])|H(?P<half>[12]))(?:\s+{_Y})?\b", spans.short, True),
    (
        rf"\b(?:in\s+|during\s+)?(?:{_Y}'s|the\s+year's|this\s+year's)\s+first\s+"
        rf"{_NUMBER_OF}\s+months",
        rules.first_months_of_year,
        True,
    ),
    (
        rf"\b(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+{_MA}\b",
        rules.half_month,
        True,
    ),
    (
        rf"\b(?:(?:in|during|over)\s+)?the\s+first\s+{_NUMBER_OF}\s+months\s+of\s+"
        rf"(?:{_Y}|the\s+year|this\s+year)",
        rules.first_months_of_year,
        True,
    ),
    (
        r"\b(?:in|over|during|throughout|for)\s+(?:the\s+same\s+(?:period|month|week|time)"
        r"(?:\s*frame)?|(?:this|that)\s+(?:period|time\s*frame|span)"
        r"|(?:the|that|this|one|a\s+single|a)\s+month)\b(?!\s+of\b)",
        rules.anaphora,
        True,
    ),
    (rf"\bin\s+the\s+week\s+(?:to|ending|ended)\s+{_A}", rules.week_to, True),
    (
        r"\bin\s+the\s+(?:seven\s+days|week)\s+(?:to|ending|ended|through)\s+"
        rf"(?:last\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b",
        spans.week_to_weekday,
        True,
    ),
    (
        r"\b(?:(?:in|over|during|within)\s+the|this)\s+(?:past|last|previous|most\s+recent)\s+"
        rf"{_NUMBER_OF}?\s*"
        rf"{_PAST_UNITS}",
        rules.past,
        True,
    ),
    # "during the week", "over the week" of a weekly report: the past week.
    (
        r"\b(?:during|over)\s+the\s+(?P<n>(?!))?(?P<unit>week)\b"
        r"(?!\s+(?:of|to|before|after|ending|that|when|in|earlier)\b)",
        rules.past,
        True,
    ),
    (
        # "in the two previous years": the number first
        rf"\b(?:(?:in|over|during)\s+)?the\s+{_NUMBER_OF}\s+(?:past|last|previous)\s+"
        r"(?P<unit>years)\b",
        rules.past,
        True,
    ),
    (
        rf"\bthe\s+(?:past|last|previous|most\s+recent)\s+{_NUMBER_OF}?\s*{_PAST_UNITS}",
        rules.past,
        True,
    ),
    (
        rf"\b(?:as\s+of|by)\s+the\s+end\s+of\s+{_MA}\b",
        rules.end_of_month,
        False,
    ),
    (
        rf"\b(?:as\s+of|by)\s+the\s+end\s+of\s+{_Y}(?P<last>)\b",
        rules.end_of_year,
        False,
    ),
    (rf"\bby\s+{_Y}\b(?![-/]\d)", spans.by_year, True),
    # "By March 2022, Russian forces had seized …": a month, not a day.
    (
        rf"\bby\s+(?:early\s+|late\s+|mid-?)?{MONTH_NAME}\s+{_Y}\b",
        spans.event_span,
        True,
    ),
    (
        rf"\b(?P<a_month>{MONTH_NAME})\s*-\s*(?P<b_month>{MONTH_NAME})"
        rf"(?:\s+(?P<b_myear>(?:19|20)\d{{2}}))?(?P<a_myear>)",
        rules.between_months,
        True,
    ),
    (
        r"\b(?:this\s+month|(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+"
        r"(?:the|this)\s+month)\b",
        rules.this_month,
        True,
    ),
    (r"\blast\s+month\b", rules.last_calendar_month, True),
    (rf"\b(?:last|this\s+past)\s+{_MA}\b", rules.in_month, True),
    (
        r"\b(?:(?:in|during|throughout|over)\s+(?:the\s+)?|(?P<last>last|this)\s+)"
        r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!(?:19|20)\d))"
        rf"(?:\s+(?:of\s+)?{_Y})?",
        spans.season,
        True,
    ),
    (
        rf"\b(?:in\s+|during\s+)?the\s+(?P<nth>first|second|third|fourth|last)\s+week\s+"
        rf"of\s+{_MA}\b",
        spans.week_of_month,
        True,
    ),
    (
        r"\b(?:this|(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this))\s+week\b",
        rules.this_week,
        True,
    ),
    (r"\blast\s+week\b", rules.last_week, True),
    (
        rf"\b(?:in|during|throughout|over|for)\s+(?:(?:the\s+)?(?:(?:entire\s+|whole\s+)?"
        rf"month|course)\s+of\s+)?{_MA}\b",
        rules.in_month,
        True,
    ),
    # A month that is the subject or owner of a figure: "November saw ...",
    # "August's 455 km2", "October (610 km2)".
    (
        rf"\b{_MA}(?:'s\b|(?=\s*\()|(?=\s+(?:saw|accounted|brought|marked|gains|advances)\b))",
        rules.in_month,
        True,
    ),
    (
        r"\bas\s+of\s+(?:today|now|yesterday|this\s+morning)\b",
        rules.as_of_now,
        False,
    ),
    (
        rf"\b(?:as\s+of|as\s+at|by|up\s+to|until|through)\s+(?:(?:\d{{1,2}}(?::\d\d)?\s*"
        rf"(?:[ap]\.?m\.?)|noon|midnight)\s+(?:on\s+)?)?(?:{_WEEKDAY},?\s+)?{_A}",
        rules.as_of_day,
        False,
    ),
    (
        r"\b(?:now|currently|at\s+present|to\s+date|so\s+far|thus\s+far)\b"
        # "brought the total area of de-occupied territories to 40,000 km2": a
        # running total, as it stands on the day.
        r"|\b(?:bring|brings|bringing|brought)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:total|overall|cumulative)\b|\btotall?ing\b|\b(?:has|have)\s+now\s+reached\b"
        # "have already taken", "already about 400 km2": a total so far, not
        # "the zones already controlled before the war".
        r"|\b(?<=(?:has|had|ave|ere|was)\s)already\b"
        r"|\balready(?=\s+(?:[\w-]+\s+){0,3}?(?:about|around|approximately|over|more|"
        r"some|nearly|almost|roughly|\d))",
        rules.as_of_now,
        False,
    ),
    (rf"\bon\s+(?:{_WEEKDAY},?\s+)?{_A}", rules.on_day, True),
    (
        rf"\b(?:on|between|from)\s+(?P<weekday>{'|'.join(WEEKDAYS)})\s+(?:and|to|until)"
        rf"\s+(?P<weekday2>{'|'.join(WEEKDAYS)})\b",
        spans.two_weekdays,
        True,
    ),
    (rf"\bon\s+(?P<weekday>{'|'.join(WEEKDAYS)})\b", rules.weekday, True),
    (
        rf"\b(?:as\s+of|by)\s+(?:last\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})\b",
        rules.weekday,
        False,
    ),
    # "In a Tuesday evening address", "late Thursday", "this Sunday": a day that
    # usually dates a statement (the caller tells which).
    (
        rf"\b(?:in\s+an?\s+|late\s+|early\s+|this\s+(?:past\s+)?|last\s+)?"
        rf"(?P<weekday>{'|'.join(WEEKDAYS)})\b(?!\s*,?\s*(?:{MONTH_NAME}|\d))",
        rules.weekday,
        True,
    ),
    (r"\byesterday\b", rules.yesterday, True),
    (r"\btoday\b", rules.today, True),
)
_SO_FAR = {
    spans.since_weekday,
    spans.since_year_end,
    rules.since_unknown,
    spans.since_vague,
    rules.since_day,
    rules.since_month,
    rules.since_year,
    rules.since_event,
    rules.this_year,
    rules.this_month,
    rules.this_week,
    spans.by_year,
    spans.the_year,
    spans.since_then,
}
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
    context = Context(
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
            try:
                start, end, problems = rule(found, context)
            except (OverflowError, ValueError):
                # A day out of the calendar's range (a dateline of year 1 and
                # "last week"): the phrase gives no days, and says why.
                start, end = None, None
                problems = [f"{found.group(0).strip()!r} falls outside the calendar"]
            if start and end and start > end:
                problems = [
                    *problems,
                    f"{found.group(0).strip()!r} ends before it starts",
                ]
            taken.append((found.start(), found.end()))
            basis = ""
            if rule in (rules.first_of_event, rules.since_event):
                event = event_key(found, context)
                if event is not None:
                    basis = f"{event[0]} began {event[1].isoformat()}"
            text = found.group(0).strip()
            before = sentence[max(0, found.start() - 80) : found.start()]
            comparison = bool(spans.THAN.search(before[-40:])) or (
                text[:5].lower() in ("since", "for t", "for 1", "for 2", "in a ")
                and bool(spans.SUPERLATIVE.search(before))
            )
            phrases.append(
                PeriodPhrase(
                    found.start(),
                    found.end(),
                    text,
                    start,
                    end,
                    tuple(problems),
                    sets_start,
                    basis,
                    so_far=rule in _SO_FAR,
                    anaphora=rule is rules.anaphora,
                    shift=rules.shift_of(found) if rule is rules.relative else None,
                    comparison=comparison,
                )
            )
    phrases.sort(key=lambda phrase: phrase.start_at)
    return phrases
