"""The pieces date phrases are built of: a day, a month, a year, a count, an event.

Both tables of phrases (`date_absolute` for the calendar's own names,
`date_relative` for phrases counted from the published day or an event) write
their patterns with these, so "September 1, 2024" or "the Kursk incursion" is
spelled once. The named groups ("a_" / "b_" day and month, "year", "n", "unit",
"event") are the ones the rules in `date_rules` and `date_spans` read.
"""

from __future__ import annotations

from frontline.extract.date_calendar import Rule
from frontline.extract.date_rules import WEEKDAYS
from frontline.extract.text import MONTH_NAME

# (pattern, rule, sets_start): one line of a table of phrases.
Entry = tuple[str, Rule, bool]
WEEKDAY_NAMES = "|".join(WEEKDAYS)

# A four-digit number followed by a unit is the figure, not its year
# ("a little over 2000 square kilometres").
NOT_AN_AREA = r"(?!\s*(?:km|sq\b|sq\.|square|kilomet|hectares?\b|mi\b|miles?\b))"
_DAY = r"(?P<{p}day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
_YEAR_TAIL = r"(?:,?\s+(?P<{p}year>(?:19|20)\d{{2}})" + NOT_AN_AREA + ")?"


def day_pattern(prefix: str) -> str:
    """'September 1', '1 September', 'Sept. 1, 2024', '1st of September 2024',
    '2024-09-01', '01.09.2024'."""
    day = _DAY.format(p=prefix)
    year = _YEAR_TAIL.format(p=prefix)
    return (
        rf"(?:(?P<{prefix}m1>{MONTH_NAME})\s+{day}{year}"
        rf"|(?P<{prefix}d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"(?P<{prefix}m2>{MONTH_NAME}){_YEAR_TAIL.format(p=prefix + 'y2')}"
        rf"|(?P<{prefix}iso>(?:19|20)\d{{2}}-\d{{2}}-\d{{2}})"
        # "15.10.2025", as Ukrainian and Russian reports write a day
        rf"|(?P<{prefix}dot>\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d{{2}})(?!\d))"
    )


def month_pattern(prefix: str) -> str:
    return (
        # "August 2023", "August of 2023"
        rf"(?P<{prefix}month>{MONTH_NAME})"
        rf"(?:\s+(?:of\s+)?(?P<{prefix}myear>(?:19|20)\d{{2}}){NOT_AN_AREA})?"
    )


WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY_A = day_pattern("a_")
DAY_B = day_pattern("b_")
MONTH_A = month_pattern("a_")
MONTH_B = month_pattern("b_")
YEAR = rf"(?P<year>(?:19|20)\d{{2}}){NOT_AN_AREA}"
IN_ = r"\b(?:in\s+|during\s+)?"
PAST_UNITS = r"(?P<unit>hours?|days?|weeks?|fortnight|months?|years?)\b"
NUMBER_OF = r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)"
EVENT_NOUNS = (
    r"incursion|invasion|full-scale\s+invasion|offensive|counteroffensive|"
    r"counter-offensive|counter-?attack|operation|assault|attack|raid|war|campaign"
)
POSSESSIVE = r"(?:the|their|its|his|her|our|this|that|[a-z]+'s)"
# "from the evening of Sunday, September 7": the part of the day and its
# weekday before a date say nothing the date does not.
PART_OF_DAY = (
    r"(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?"
    rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?"
)

# What may not follow "during the week" or "over the seven days" for it to be
# the week a report covers: a word that anchors the span elsewhere ("the week
# to Sunday", "the seven days before the vote") or a participle that does
# ("the week leading up to the summit").
NOT_ANCHORED = (
    r"(?!\s+(?:of|to|before|after|ending|ended|that|when|in|earlier|from|between|"
    r"starting|beginning|since|through|until|prior|following|[\w-]+ing)\b)"
)


# The verbs of an operation's start, as "after it launched … on Aug. 6" and
# "after launching its attack on 6 August" tell it (one list for every look).
LAUNCHED = r"(?:launched|began|started|mounted|opened)"
LAUNCHING = r"(?:launching|beginning|starting|mounting|opening)"
