"""Places named with the words around them that say whose they are: a part of
a whole the figure restates ("half of the territory held … in the Kursk
region, about 600 km2"), and a boundary between two oblasts ("on the border
between the Donetsk and Dnipropetrovsk regions"), which places a figure in
neither. Kept apart from `region` so that module stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from frontline.extract.actors import RegionMention
from frontline.extract.numbers import FRACTION

_PART_NAMED = re.compile(
    rf"\b(?:most|much|part|half|the\s+bulk|the\s+majority|{FRACTION})\s+of\s+"
    r"(?:the|its|their)\s+(?:territory|land|area|ground)\b",
    re.IGNORECASE,
)
_APPOSED = re.compile(
    r"[^,;.]{0,30}?,\s*(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than"
    r"|approximately)\s+)*",
    re.IGNORECASE,
)


def restated_part(folded: str, low: int, at: int, end: int, start: int) -> bool:
    """True when the place at..end is in a part of the whole ("half of the
    territory held in the Kursk region") that the figure restates after a
    comma: the place of the part is the figure's."""
    return bool(
        _PART_NAMED.search(folded, max(low, at - 90), at)
        and _APPOSED.fullmatch(folded, end, start)
    )


# "on the boundary between the", "near the junction of the", "at the
# administrative border of the": two oblasts' shared edge follows.
_BOUNDARY = re.compile(
    r"\b(?:boundary|border|junction|frontier|borderline)\s+(?:between|of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(r"\s*(?:and|&|-|\u2013)\s*(?:the\s+)?$", re.IGNORECASE)


def on_boundary(folded: str, mentions: Sequence[RegionMention]) -> str:
    """The words of two oblasts named as a boundary between them, or ""."""
    specific = [m for m in mentions if m.specific]
    for first, second in pairwise(specific):
        if (
            first.region != second.region
            and _BOUNDARY.search(folded, max(0, first.start - 40), first.start)
            and _AND_NEXT.fullmatch(folded, first.end, second.start)
        ):
            return folded[first.start : second.end]
    return ""
