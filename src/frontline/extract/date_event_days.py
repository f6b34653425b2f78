"""The first days of an operation whose start or whose N-th day the sentence dates.

"during the first 30 days of the offensive, which began on August 12": the
span counts from the day the relative clause gives, as "the first month of
their incursion" counts from a configured event's day (`date_rules`), which
without that day has no start. "The operation hit its 10-day mark on Aug. 15,
with Kyiv claiming to have seized 1,150 km2": the ten days that end on it.
"""

from __future__ import annotations

from datetime import timedelta

from frontline.extract.date_calendar import _count, _day_from
from frontline.extract.date_rules import first_span
from frontline.extract.date_words import (
    DAY_A,
    DAY_B,
    EVENT_NOUNS,
    NUMBER_OF,
    POSSESSIVE,
    Entry,
)


def first_of_dated_event(found, context):
    day, problem = _day_from(found, "a_", context.published)
    if day is None:
        return None, None, [problem] if problem else []
    return first_span(found, day, found.group(0).strip())


FIRST_OF_DATED_EVENT: Entry = (
    rf"\b(?:during|in|over)\s+(?:the\s+)?first\s+{NUMBER_OF}?\s*"
    rf"(?P<unit>months?|weeks?|days?)\s+of\s+{POSSESSIVE}\s+(?:[\w-]+\s+)?"
    rf"(?P<event>{EVENT_NOUNS}),?\s+(?:which|that)\s+(?:began|started|opened|"
    rf"was\s+launched)\s+on\s+{DAY_A}",
    first_of_dated_event,
    True,
)


def day_mark(found, context):
    """The N days that end on the day of an operation's N-day mark."""
    day, problem = _day_from(found, "b_", context.published)
    count = _count(found["n"])
    if day is None or count is None or not 0 < count < 2000:
        return None, None, [problem or f"cannot read {found.group(0).strip()!r}"]
    return day - timedelta(days=count - 1), day, []


DAY_MARK: Entry = (
    rf"\b(?:its|the|their|a)\s+{NUMBER_OF}[-\s]day\s+mark\s+on\s+{DAY_B}",
    day_mark,
    True,
)
