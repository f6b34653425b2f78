"""Land said to remain held: a holding, whatever verb describes the land.

"71,000 km2 occupied after February 24 remain under occupation": the verb of
the sentence is "remain", a state on the day of the figure; "occupied after
February 24" only says which land is meant. So too a total that counts all the
land a side holds, told with a verb of taking ("In total, Russian forces
occupied 163,000 km2", "has seized 116,165 sq km", "43,000 km2, including
Crimea").
"""

from __future__ import annotations

import re
from datetime import date

from frontline.extract.figure import Reading
from frontline.extract.results import NO_PERIOD, NO_START

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


# More than Russia ever gained in the full-scale war (some 75,000 km2 by 2026):
# with no period, "Russia has seized 116,165 sq km of Ukraine" is what it holds.
_OCCUPIED_TOTAL_KM2 = 90_000


# A total that counts what was taken before 2022: "43,000 km2, including
# Crimea", "has occupied 43,000 km2 since 2014" (LABELS: such a total is held).
_PRE_WAR = re.compile(
    r"\bincluding\s+(?:the\s+)?(?:annexed\s+)?crimea(?:n\s+peninsula)?\b"
    r"|\bcrimea\s+included\b|\bsince\s+(?:early\s+|the\s+spring\s+of\s+)?2014\b",
    re.IGNORECASE,
)


def occupied_total(
    reading: Reading, km2: float, published: date | None, stated: str, clause: str = ""
) -> None:
    """A change with no period bigger than any Russian gain is held, and so is
    one whose clause counts Crimea or runs since 2014 (with no later start)."""
    if reading.kind != "change" or reading.actor != "russia":
        return
    if _PRE_WAR.search(clause) and (
        reading.start is None or reading.start.year <= 2014
    ):
        if reading.start is not None and reading.end is not None:
            # "since 2014": held on the day the running total reaches
            reading.kind = "holding"
            reading.start = reading.end
            reading.why.append("held: a total that counts the land taken in 2014")
            return
        if NO_PERIOD in reading.problems:
            km2 = max(km2, _OCCUPIED_TOTAL_KM2)
    if km2 >= _OCCUPIED_TOTAL_KM2 and reading.start is None and reading.end:
        # "…, taking its total to more than 113,000 km2": all it holds, that day
        reading.kind, reading.start = "holding", reading.end
        reading.problems = [p for p in reading.problems if p != NO_START]
        reading.why.append("held: a running total that counts all Russia holds")
        return
    # "Russia's first huge push … allowed it to seize … 119,000 km2": a period
    # that names no days dates the total to no day either
    undated = bool(reading.periods) and reading.start is None and reading.end is None
    if km2 < _OCCUPIED_TOTAL_KM2 or (NO_PERIOD not in reading.problems and not undated):
        return
    reading.kind = "holding"
    reading.problems = [p for p in reading.problems if p != NO_PERIOD]
    reading.why.append("held: a total with no period that counts all Russia holds")
    if undated:
        reading.problems.append(
            f"day held unknown: '{reading.periods[0].text}' names no day"
        )
    elif stated:
        reading.problems.append(
            f"day held unknown: said '{stated}', on a day not stated"
        )
    elif reading.past_state:
        reading.problems.append(
            f"day held unknown: '{reading.past_state}' names no day"
        )
    elif published is not None:
        reading.start = reading.end = published
        reading.why.append("held on the published day")
    else:
        reading.problems.append("no published date: the day held is unknown")
