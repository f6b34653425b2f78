"""A net figure: the balance of two sides' gains is the bigger side's.

"Russia took 713 km2 while Ukraine retook 79 km2 … a net gain of 634 km2":
whichever side was named last, the net figure belongs to the side whose gain
was bigger, found from the figures just before it.
"""

from __future__ import annotations

import re

from frontline.extract.figure import Reading

_NET = re.compile(r"\bnet\b", re.IGNORECASE)


def net_side(
    reading: Reading, km2: float, before: str, recent: list[tuple[str, float]]
) -> None:
    """ "A took 713 km2 while B retook 79 km2 ... a net gain of 634 km2": the net
    figure is the bigger side's, whatever figure was named last."""
    if not _NET.search(before[-60:]):
        return
    for index, (side, area) in enumerate(recent):
        for other, other_area in recent[index + 1 :]:
            if (
                side != other
                and side
                and other
                and abs(abs(area - other_area) - km2) < 0.5
            ):
                winner = side if area > other_area else other
                if reading.actor != winner:
                    reading.actor, reading.actor_words = (
                        winner,
                        "net of the figures before",
                    )
                    reading.why.append(
                        f"actor '{winner}': net of {area:g} and {other_area:g}"
                    )
                return
