"""The whole a share was taken of, told with the gain that made it.

"The Ukrainians have lost more than 40 per cent of the 984 km2 of Kursk they
seized in August", "Russian forces have retaken about half of the 1,171 km2
that the Kiev regime's troops seized": the verb took a part, the figure is the
whole, and the relative clause after it tells who gained the whole and when
(LABELS: that gain is the figure's record). A share of a whole told with no
such clause ("half of the 1,300 km2 in Kursk") is no record.
"""

from __future__ import annotations

import re

from frontline.extract.actors import ActorMention
from frontline.extract.figure import Reading
from frontline.extract.numbers import FRACTION, AreaFigure

# "Russian forces have retaken about half of the 1,300 km2 that Ukraine seized":
# the verb took a part; the figure is the whole, not the amount taken.
_SHARE_OF = re.compile(
    rf"\b(?:{FRACTION}|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\s+(?:the|its|their|that|this|"
    # One word between ("about", "recent") or "more than".
    r"those)\s+(?:(?:more\s+than|[\w-]+)\s+)?$",
    re.IGNORECASE,
)


# "… 40 per cent of the 984 km2 of Kursk they seized in August", "half of the
# 1,171 km2 that the Kiev regime's troops seized": the whole, told with the
# gain that made it, is that gain's record (LABELS).
_WHOLE_GAINED = re.compile(
    r"(?:\s+of\s+(?:[\w'\u2019-]+\s+){1,3}?)?\s*,?\s+(?:that\s+|which\s+)?"
    r"(?:(?:[\w'\u2019-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:seized|captured|took|taken"
    r"|gained|occupied|won|grabbed)\b|(?:seized|captured|taken|occupied|won)\s+by\b)",
    re.IGNORECASE,
)


# "of Kursk" between the whole and its relative clause
_OF_PLACE = re.compile(r"(?:\s+of\s+(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+)?")
# "they seized", "it captured": the relative clause's subject is the side the
# main clause names before the share.
_PRONOUN_TAKER = re.compile(
    r"\s*,?\s*(?:that\s+|which\s+)?(?:they|it|its\s+(?:forces|troops))\b",
    re.IGNORECASE,
)


def share_of(folded: str, start: int) -> bool:
    """True when the figure at `start` is the whole a share before it was
    taken of."""
    return bool(_SHARE_OF.search(folded, max(0, start - 60), start))


def gained_whole(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The relative clause after a share's whole (the figure at `start`..`end`)
    that tells the gain of it."""
    if not share_of(folded, start):
        return None
    return _WHOLE_GAINED.match(folded, end)


def read_as_whole_gain(
    reading: Reading, folded: str, area: AreaFigure, actors: list[ActorMention]
) -> None:
    """The whole a share was taken of, read as the gain its relative clause
    tells: that clause's side (or, for "they", the side named before the
    share), a change, not the loss or retaking of the main verb."""
    clause = gained_whole(folded, area.start, area.end)
    if clause is None:
        return
    named = [m for m in actors if area.end <= m.start < clause.end() and not m.enemy]
    side = named[0] if named else None
    place = _OF_PLACE.match(folded, area.end)
    if side is None and _PRONOUN_TAKER.match(
        folded, place.end() if place else area.end
    ):
        before = [m for m in actors if m.end <= area.start and not m.enemy]
        side = before[-1] if before else None
    if side is None:
        return
    reading.kind, reading.lost, reading.actor = "change", False, side.actor
    reading.why.append(f"actor '{side.text}' (gained the whole a share was taken of)")
