"""The first days of an operation whose start the sentence itself dates.

"during the first 30 days of the offensive, which began on August 12": the
span counts from the day the relative clause gives, as "the first month of
their incursion" counts from a configured event's day (`date_rules`), which
without that day has no start.
"""

from __future__ import annotations

from frontline.extract.date_calendar import _day_from
from frontline.extract.date_rules import first_span
from frontline.extract.date_words import (
    DAY_A,
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
