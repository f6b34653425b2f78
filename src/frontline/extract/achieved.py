"""A gain told as what a side managed to take is a change, never a holding.

"Russia only managed to seize a little over 2,000 km2, or just 4% of the
Donetsk and Luhansk regions": the share of the whole would make a total held,
but "managed to" tells what an effort won over its time, a gain.
"""

from __future__ import annotations

import re

from frontline.extract.figure import Reading
from frontline.extract.results import NO_PERIOD

# Only with a word that makes it little ("only managed to seize", "managed to
# take just"): "Russia has managed to seize 99% of Luhansk, 26,000 km2" is
# still the total held.
# The little word comes before the effort or after its verb; the figure follows
# within a few words (30 characters), before the clause ends.
_LITTLE = r"(?:only|just|barely|merely)"
_EFFORT = r"(?:managed|succeeded|able)"
_TAKE = r"(?:seize|capture|take|occupy|gain|win|grab)"
_MANAGED = re.compile(
    rf"\b{_LITTLE}\s+(?:(?:been\s+)?{_EFFORT})\s+to\s+{_TAKE}\b[^.;]{{0,30}}$"
    rf"|\b{_EFFORT}\s+to\s+{_TAKE}\s+{_LITTLE}\b[^.;]{{0,30}}$"
    # "The enemy managed to advance and occupy about 100 km2": the act of an
    # advance, not a state
    rf"|\b{_EFFORT}\s+to\s+(?:advance|push\s+forward|break\s+through)\s+and\s+"
    rf"{_TAKE}\b[^.;%]{{0,30}}$",
    re.IGNORECASE,
)


def achieved_gain(reading: Reading, before: str) -> None:
    """A holding read from a share of the whole turns back into the gain it
    was when the verb is one of effort ("managed to seize N")."""
    if reading.kind != "holding" or reading.past_state:
        return
    found = _MANAGED.search(before)
    if found is None or reading.periods:
        return  # with a day of its own ("as of May 1"), the total stands
    reading.kind = "change"
    reading.start = reading.end = None
    reading.why = [w for w in reading.why if w != "held on the published day"]
    reading.why.append(f"kind 'change' ('{found.group(0).split()[0]} to …')")
    reading.problems.append(NO_PERIOD)
