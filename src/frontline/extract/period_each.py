"""One record per week for a figure given "in each of the previous two weeks".

"a notable gain over its 33-square-mile advance over each of the previous two
weeks" says 33 square miles were taken in the one week and 33 in the other
(LABELS: one record per week), not 33 over both. The period phrase reads the
two weeks as one span; this module cuts a candidate whose period is such a
span, introduced by "each of", into one candidate per week (or day), each
with the same figure. Kept apart because it is the one place a figure gives
more than one record.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from frontline.extract.numbers import parse_number
from frontline.extract.results import Candidate

_PERIOD_WORDS = re.compile(r"period '([^']+)'")
_COUNTED = re.compile(r"(?P<n>[\w-]+)\s+(?P<unit>weeks|days)$", re.IGNORECASE)
_UNIT_DAYS = {"weeks": 7, "days": 1}


def one_per_unit(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, each given "in each of the past N weeks" (or days) cut
    into N, one per week (or day), latest first."""
    result: list[Candidate] = []
    for candidate in candidates:
        result.extend(_cut(candidate))
    return result


def _cut(candidate: Candidate) -> list[Candidate]:
    """One candidate per unit of its span when its words say "each of"."""
    if candidate.start is None or candidate.end is None:
        return [candidate]
    for words in _PERIOD_WORDS.findall(candidate.why):
        counted = _COUNTED.search(words)
        if counted is None or not re.search(
            rf"\beach\s+of\s+{re.escape(words)}", candidate.note, re.IGNORECASE
        ):
            continue
        count = parse_number(counted["n"])
        unit = _UNIT_DAYS[counted["unit"].lower()]
        if count is None or not count.is_integer() or not 1 < count <= 12:
            continue
        days = (candidate.end - candidate.start).days + 1
        if days != int(count) * unit:
            continue
        parts = []
        for index in range(int(count)):
            end = candidate.end - timedelta(days=index * unit)
            parts.append(
                replace(
                    candidate,
                    start=end - timedelta(days=unit - 1),
                    end=end,
                    why=f"{candidate.why}; one of the {words} ('each of')",
                    problems=list(candidate.problems),
                )
            )
        return parts
    return [candidate]
