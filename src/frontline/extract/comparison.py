"""A figure set against "the same period" of another year: which one is the baseline.

"… double the 659 km2 seized in the same timeframe in 2024": the figure is the
baseline of a comparison and no record of its own (`cues.SAME_PERIOD_BEFORE`).
"… 2,100 km2 in the first half of the year, a sharp increase on the same period
of 2024": the figure is the one compared, with its own period, and is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontline.extract.dates import PeriodPhrase

_COMPARED_WITH = re.compile(
    r"\b(?:increase|decrease|rise|jump|drop|fall|up|down|compared|comparison|than|"
    r"against|versus|vs)\b",
    re.IGNORECASE,
)


def compared_to_same_period(
    folded: str, end: int, same_end: int, periods: Sequence[PeriodPhrase]
) -> bool:
    """True when the figure ending at `end` is compared with "the same period"
    (the words between say so, or name the figure's own period first)."""
    between = folded[end:same_end]
    cut = between.lower().rfind("the same")
    if _COMPARED_WITH.search(between, 0, cut):
        return True
    return any(
        end <= p.start_at and p.end_at <= end + cut and not p.anaphora for p in periods
    )
