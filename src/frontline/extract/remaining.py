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
