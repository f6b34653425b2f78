"""Land said to remain held: a holding, whatever verb describes the land.

"71,000 km2 occupied after February 24 remain under occupation": the verb of
the sentence is "remain", a state on the day of the figure; "occupied after
February 24" only says which land is meant.
"""

from __future__ import annotations

import re
from datetime import date

from frontline.extract.figure import Reading

_REMAIN = re.compile(
    r"[^.;:]{0,60}?\b(?:remains?|remained|stays?|stayed)\s+"
    r"(?:under\s+(?:(?:russian|ukrainian|enemy|their|its|our)\s+)?(?:occupation|control)"
    r"|occupied)\b",
    re.IGNORECASE,
)


def remaining_held(reading: Reading, folded: str, end: int, said: date | None) -> None:
    """A change whose land 'remains under occupation' after the figure is the
    holding of that land, on the day the figure's period ends (or, with no
    period, on the day it was said)."""
    if reading.kind != "change" or reading.lost:
        return
    found = _REMAIN.match(folded, end)
    if found is None:
        return
    reading.kind = "holding"
    reading.end = reading.end or said
    reading.start = reading.end
    reading.why.append(f"kind 'holding' ('{found.group(0).strip()}')")
    reading.problems = [p for p in reading.problems if not p.startswith("start ")]


# "In total, Russian forces occupied an estimated 163,000 km2 in March": the
# total occupied is what is held, not what the month added.
_TOTAL_OCCUPIED = re.compile(
    r"^\W*(?:in\s+total|all\s+told|altogether|overall)\s*,?\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:occupied|controlled|held)\s+(?:(?:an?\s+)?(?:estimated|some|about|around|"
    r"nearly|almost|roughly|over|more\s+than)\s+)*$",
    re.IGNORECASE,
)


# About the area Russia held before 2022 (Crimea and parts of Donbas): a total
# this large is the whole occupation, no one period's gain ("In total, Russian
# forces occupied 500 km2 in March" stays a change).
_WHOLE_OCCUPATION_KM2 = 40_000


def total_held(reading: Reading, before: str, km2: float) -> None:
    """'In total, X occupied N …' is X's holding: on the day of a one-day
    period, on no day (with a problem) for a longer one."""
    if (
        reading.kind != "change"
        or reading.lost
        or km2 < _WHOLE_OCCUPATION_KM2
        or not _TOTAL_OCCUPIED.match(before)
    ):
        return
    reading.kind = "holding"
    if reading.start != reading.end:
        span = " + ".join(p.text for p in reading.periods) or "the period"
        reading.problems = [p for p in reading.problems if not p.startswith("start ")]
        reading.problems.append(f"day held unknown: '{span}' names a span, not a day")
        reading.start = reading.end = None
    reading.why.append("kind 'holding' (the total occupied)")
