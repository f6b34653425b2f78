"""'The last month' in a report on the month just ended.

"Russia's advance slowed in September, DeepState reported on Oct. 1. Russian
troops captured 259 km2 during the last month": told on the 1st, beside the
month just ended named as the report's subject, "the last month" is that
calendar month (dev.jsonl:173), not the 30 days to the day that "the last
month" alone or "the past month" is (LABELS, disagreement 1).
"""

from __future__ import annotations

import re
from calendar import month_name
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from frontline.extract.dates import PeriodPhrase

_LAST_MONTH = re.compile(
    r"(?:in|during|over|within|for)\s+the\s+last\s+month", re.IGNORECASE
)


def month_just_ended(
    periods: list[PeriodPhrase], texts: Sequence[str]
) -> list[PeriodPhrase]:
    """`periods`, with "the last month" told on a month's first day turned
    into the calendar month before when `texts` (the passage so far) name
    that month as the time of what they report ("in September")."""
    return [_ended(p, texts) if _LAST_MONTH.fullmatch(p.text) else p for p in periods]


def _ended(phrase: PeriodPhrase, texts: Sequence[str]) -> PeriodPhrase:
    end = phrase.end
    if end is None or end.day != 1 or phrase.start != end - timedelta(days=29):
        return phrase
    last = end - timedelta(days=1)
    # "in September", "in September 2025", "in the month of September" (not
    # "in September 2", a day, nor another year's September)
    named = re.compile(
        rf"\b(?:in|during|throughout|for)\s+(?:the\s+month\s+of\s+)?"
        rf"{month_name[last.month]}\b(?!\s+(?!{last.year}\b)\d)",
        re.IGNORECASE,
    )
    if not any(named.search(text) for text in texts):
        return phrase
    return replace(phrase, start=date(last.year, last.month, 1), end=last)
