"""A holding told in the past tense, set against the holding now, is an
earlier level held on no day the text gives.

"According to the British agency's source, Ukraine controlled approximately
1376 km2 in the Kursk region since August 2024. However, this area has
decreased by more than 40% …, meaning that Ukrainian forces now control
roughly 800 km2": read alone, the first figure is reported speech in the past
tense, a state on the day of the report; the next figure of the same side,
held "now", says it was not (LABELS: "still holds 800, down from 1,376": the
1,376 is an earlier holding, dated only if the passage dates it).

Only a holding that its words place on the published day by default (no "as
of" day, no day of its own) is moved off it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from frontline.extract.results import Candidate

_PAST_HELD = re.compile(r"\bkind '(?:held|controlled|occupied)'")
# Its only period a "since" (the start of the state, not a day it was held on).
_PERIOD = re.compile(r"\bperiod '([^']*)'")
_HELD_NOW = re.compile(
    r"\bkind '(?:now|currently|still|today)\b"
    r"|\bperiod '(?:now|currently|today|at present)'",
    re.IGNORECASE,
)


def _dayless(candidate: Candidate) -> bool:
    """True when the holding's day is the published day only by default."""
    if candidate.published is None or candidate.end != candidate.published:
        return False
    periods = _PERIOD.findall(candidate.why)
    return all(p.lower().startswith("since ") and "+" not in p for p in periods)


def earlier_levels(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, with a past holding that the next figure's holding
    "now" follows moved off the published day."""
    out = list(candidates)
    for index, (first, then) in enumerate(itertools.pairwise(candidates)):
        if (
            first.kind == then.kind == "holding"
            and first.actor
            and first.actor == then.actor
            and first.area_km2 != then.area_km2
            and _PAST_HELD.search(first.why)
            and _HELD_NOW.search(then.why)
            and _dayless(first)
        ):
            out[index] = replace(
                first,
                start=None,
                end=None,
                problems=[
                    *first.problems,
                    "day held unknown: an earlier level, set against the holding now",
                ],
            )
    return out
