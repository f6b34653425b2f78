"""Sides a clause names by what they do not do, or does not name at all.

"the 5,000 km2 of Donetsk that Russia does not control": the land a side does
not hold is the other side's holding. "120,000 km2 of Ukraine have been
captured so far": a capture of Ukraine's land with no side named is Russia's,
the only side taking it.
"""

from __future__ import annotations

import re

from frontline.extract.actors import find_actors, other_side
from frontline.extract.figure import Reading

# "… of Donetsk that Russia does not control", "which Kyiv no longer holds"
_NOT_HELD = re.compile(
    r"[^.;]{0,60}?\b(?:that|which)\s+(?P<side>[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:does|do|did)\s*(?:not|n't)\s+(?:yet\s+)?(?:control|hold|occupy)\b",
    re.IGNORECASE,
)

# "N km2 of Ukraine have been captured", "of Ukrainian territory were occupied"
_UKRAINE_TAKEN = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?of\s+(?:ukraine|ukrainian\s+(?:territory|land|soil))\b"
    r"[^.;]{0,40}?\b(?:has|have|had)\s+been\s+(?:captured|occupied|seized|taken)\b",
    re.IGNORECASE,
)


def unheld_side(reading: Reading, folded: str, end: int) -> None:
    """Set the side of a holding told by what one side does not hold, and of a
    capture of Ukraine's land whose taker the sentence leaves unnamed."""
    if reading.kind == "holding":
        found = _NOT_HELD.match(folded, end)
        if found is None:
            return
        sides = find_actors(found["side"])
        holder = other_side(sides[0].actor) if sides else None
        if holder is None:
            return
        reading.actor, reading.actor_words = holder, found.group(0).strip()
        side = found["side"]
        reading.why.append(f"actor '{holder}': the land '{side}' does not hold")
        return
    if reading.actor or not _UKRAINE_TAKEN.match(folded, end):
        return
    reading.actor, reading.actor_words = "russia", "captured of Ukraine"
    reading.why.append("actor 'russia': Ukraine's land captured, no side named")
    reading.problems = [
        p for p in reading.problems if not p.startswith("actor unknown")
    ]
