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

from frontline.extract import cues
from frontline.extract.actors import ActorMention, other_side
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
# "they seized", "it captured", "its forces took": the relative clause's
# subject is the side the main clause names before the share (or, when that
# side took a share back, the other one).
_PRONOUN_TAKER = re.compile(
    r"\s*,?\s*(?:that\s+|which\s+)?(?:they|it|its\s+(?:forces|troops))\b",
    re.IGNORECASE,
)


def share_of(folded: str, start: int) -> bool:
    """True when the figure at `start` is the whole a share before it was
    taken of."""
    return bool(_SHARE_OF.search(folded, max(0, start - 60), start))


def whole_gain_clause(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The relative clause after a share's whole (the figure at `start`..`end`)
    that tells the gain of it."""
    if not share_of(folded, start):
        return None
    return _WHOLE_GAINED.match(folded, end)


def read_as_whole_gain(
    reading: Reading, folded: str, area: AreaFigure, actors: list[ActorMention]
) -> None:
    """The whole a share was taken of, read as the gain its relative clause
    tells: that clause's side (or, for "they" or "it", the side named before
    the share, the other one when that side took the share back), a change,
    not the loss or retaking of the main verb."""
    clause = whole_gain_clause(folded, area.start, area.end)
    if clause is None:
        return
    named = [m for m in actors if area.end <= m.start < clause.end() and not m.enemy]
    side = named[0] if named else None
    place = _OF_PLACE.match(folded, area.end)
    actor = side.actor if side else ""
    if side is None and _PRONOUN_TAKER.match(folded, place.end()):
        before = [m for m in actors if m.end <= area.start and not m.enemy]
        side = before[-1] if before else None
        actor = side.actor if side else ""
        if side and cues.RETAKEN.search(folded, side.end, area.start):
            # "Moscow had recaptured about half of the 1,300 km2 it seized":
            # what the main clause's side took back, the other side had seized
            actor = other_side(side.actor) or ""
    if not actor:
        return
    reading.kind, reading.lost, reading.actor = "change", False, actor
    reading.why.append(f"actor '{actor}' (gained the whole a share was taken of)")
