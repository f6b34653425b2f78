"""An axis named after a place no oblast list knows ("the Oleksandrivka
direction"): its figure's region is open, not the whole country. Kept apart
from `region` so each module stays one job and readable.
"""

from __future__ import annotations

import re

from frontline.extract.actors import RegionMention

# "in the Oleksandrivka direction", "on the Siversk axis": a local front named
# after a place; when the place is not one we can put in an oblast, the figure's
# region is unknown rather than the whole country.
_AXIS = re.compile(
    r"\b(?:in|on|along|at|towards?)\s+the\s+(?P<name>[a-z][\w'-]*)\s+"
    r"(?:direction|axis|sector|salient|bridgehead)\b",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "southern", "northern", "eastern", "western", "south", "north", "east", "west",
    "central", "southeastern", "northeastern", "southwestern", "northwestern",
    "same", "entire", "whole", "main", "other", "key", "new", "this", "that", "its",
    "their", "front", "frontline", "russian", "ukrainian", "enemy",
}  # fmt: skip


def unknown_axis(folded: str, regions: list[RegionMention]) -> str:
    """The words of an axis named after a place we cannot put in an oblast."""
    lowered = folded.lower()
    if not any(
        w in lowered for w in ("direction", "axis", "sector", "salient", "bridge")
    ):
        return ""  # most sentences: no axis at all, and no search
    for found in _AXIS.finditer(folded):
        if found["name"].lower() in _NOT_A_NAME:
            continue
        if any(m.start <= found.start("name") < m.end for m in regions):
            continue
        return found.group(0)
    return ""
