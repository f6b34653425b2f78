"""The part of a holding occupied since before the invasion is no holding of its
own.

"Since 2014, 8,500 km2 (32%) have been under temporary occupation. As of July
24, 2025, the total area currently occupied is 17,804 km2": the first figure
is the share of today's holding that was taken before 2022, told to set the
total apart; the holding the passage gives is the total. Read alone, "have
been under occupation since 2014" is a holding on the published day, so the
part is dropped only when a larger holding of the same side in the same place
follows it (the total the part leads up to), and listed as not recorded. A
holding with no larger one after it stays: "Russia has occupied 43,000 km2
since 2014", or "Moscow has seized some 44,000 km2 … including Crimea. Its
troops have occupied 41,000 km2 since 2014" (a second total, told after).
"""

from __future__ import annotations

import re

from frontline.extract.results import Candidate, NotRecorded

# The period a holding was read with: "since 2014", "since 2015" (a year before
# the full-scale invasion, with no day or month).
_SINCE_BEFORE = re.compile(
    r"\bperiod 'since (?:in )?(?:19\d\d|20[01]\d|202[01])'", re.I
)


def parts_dropped(
    candidates: list[Candidate],
) -> tuple[list[Candidate], list[NotRecorded]]:
    """The candidates without the parts held since before the invasion that a
    larger holding of the same side and place follows."""
    parts = [
        c
        for c in candidates
        if c.kind == "holding"
        and "'since" in c.why.lower()
        and _SINCE_BEFORE.search(c.why)
    ]
    if not parts:
        return candidates, []
    dropped = {
        id(part)
        for part in parts
        if any(
            other.kind == "holding"
            and other.actor == part.actor
            and other.region == part.region
            and other.area_km2 > part.area_km2
            for other in candidates[candidates.index(part) + 1 :]
        )
    }
    return (
        [c for c in candidates if id(c) not in dropped],
        [
            NotRecorded.of(c, "part held since before")
            for c in candidates
            if id(c) in dropped
        ],
    )
