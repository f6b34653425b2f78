"""The outcome a plan sets out is a gain not made.

"The plan, seen by AFP, mainly calls for the withdrawal of the Ukrainian army
from territory it still controls, leading to a net gain of around 2,300 km2 for
Moscow": the plan, deal or proposal is the subject, its verb is in the present
("calls for", "envisages", "foresees", "provides for"), and the figure is what
carrying it out would bring (LABELS: "a figure of a forecast or a plan").

A plan that was carried out is told in the past ("the plan worked: its forces
captured 300 km2"), and a gain set beside a plan in a clause of its own ("…, but
Russian forces captured 400 km2 last month") is a gain made; neither is read
here.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_PLAN_NOUN = (
    r"(?:plan|proposal|deal|framework|draft|agreement|accord|blueprint|roadmap"
    r"|initiative|memorandum)"
)
_PLAN_VERB = (
    r"(?:calls?\s+for|envisages?|envisions?|foresees?|provides?\s+for|proposes?"
    r"|stipulates?|requires?|sets?\s+out|lays?\s+out|outlines?)"
)
# The plan and its present verb, then the figure's words up to the figure with
# no new statement between them: not ", but Russian forces captured …".
_PLANNED = re.compile(
    rf"\b{_PLAN_NOUN}\b[^.;:]{{0,80}}?\b{_PLAN_VERB}\b"
    r"(?![^.;:]*,\s+(?:and|but|while|whereas|yet)\s)[^.;:]*$",
    re.IGNORECASE,
)


def planned_outcome(folded: str, start: int) -> bool:
    """True when the figure at `start` is what a plan told in the present
    would bring about."""
    low = max(0, start - 300)
    nouns = _plan_nouns(folded)
    at = bisect.bisect_left(nouns, low)
    if at == len(nouns) or nouns[at] >= start:
        return False  # no plan named in the words before the figure
    return _PLANNED.search(folded, nouns[at], start) is not None


_NOUN = re.compile(rf"\b{_PLAN_NOUN}\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _plan_nouns(folded: str) -> list[int]:
    """Where the sentence names a plan; found once for all its figures (a
    sentence of many figures asks for each)."""
    return [m.start() for m in _NOUN.finditer(folded)]
