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
from frontline.extract.figure import Sentence
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


def on_boundary(folded: str, mentions: Sequence[RegionMention]) -> tuple[str, bool]:
    """The words of two oblasts named as a boundary between them ("" if none),
    and whether the boundary is told of a town named just before it ("near
    Velyka Novosilka, on the border of the Donetsk and Zaporizhzhia regions")."""
    specific = [m for m in mentions if m.specific]
    for first, second in pairwise(specific):
        if (
            first.region != second.region
            and _BOUNDARY.search(folded, max(0, first.start - 40), first.start)
            and _AND_NEXT.fullmatch(folded, first.end, second.start)
        ):
            apposed = any(
                _APPOSED_BOUNDARY.fullmatch(folded, town.end, first.start)
                for town in specific
                if town.end <= first.start
            )
            return folded[first.start : second.end], apposed
        if (
            first.region != second.region
            and _HYPHEN.fullmatch(folded, first.end, second.start)
            and _BORDER_AFTER.match(folded, second.end)
        ):
            # "near Novopavlivka on the Dnipropetrovsk-Donetsk border"
            apposed = any(
                _BEFORE_HYPHENED.fullmatch(folded, town.end, first.start)
                for town in specific
                if town.end <= first.start
            )
            return folded[first.start : second.end], apposed
    return "", False


_HYPHEN = re.compile(r"\s*(?:-|\u2013|/)\s*")
_BORDER_AFTER = re.compile(
    r"\s+(?:administrative\s+|regional\s+|oblast\s+)?(?:border|boundary|borderline"
    r"|junction)\b",
    re.IGNORECASE,
)
_BEFORE_HYPHENED = re.compile(
    r"\s*,?\s*(?:on|at|near|along)\s+the\s+(?:administrative\s+)?", re.IGNORECASE
)


_APPOSED_BOUNDARY = re.compile(
    r"\s*,\s*(?:on|at|near|along)\s+the\s+(?:administrative\s+)?(?:border|boundary"
    r"|junction|borderline)\s+(?:between|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def after_semicolon(
    folded: str, mentions: list[RegionMention], low: int, start: int
) -> list[RegionMention]:
    """The mentions a figure may take its place from when a semicolon stands
    before it: "In Luhansk, Russia controls 99%; in Donetsk, about 80%, or
    21,000 km2" is Donetsk's. A place before the semicolon belongs to the
    statement before, when the figure's own statement names one."""
    semicolon = folded.rfind(";", low, start)
    if semicolon < 0 or not any(m.specific and m.start > semicolon for m in mentions):
        return mentions
    return [m for m in mentions if m.start > semicolon]


# "retaken 63 km2 of their own territory": the land of the side that took it.
_OWN_LAND = re.compile(
    r"\s*of\s+(?:its|their|our)\s+own\s+(?:territor\w*|lands?|soil)\b", re.IGNORECASE
)


def own_land(
    folded: str,
    end: int,
    actor: str,
    place: tuple[str, str] | None,
    how: str,
) -> tuple[tuple[str, str] | None, str]:
    """The place of a figure "of its own territory": the country of the side
    that took it back (Russia's then reads as the incursion's oblast, or as no
    oblast named), unless the sentence names an oblast for it."""
    own = _OWN_LAND.match(folded, end)
    if own is None or actor not in ("russia", "ukraine"):
        return place, how
    if place is not None and place[0] not in ("ukraine", "russia"):
        return place, how
    words = own.group(0).strip()
    return (actor, words), f"region '{actor}' ('{words}')"


# "a security zone on Russian land, along the border of Ukraine": a country
# whose border locates the land is not the land's place.
_ALONG_BORDER = re.compile(
    r"\b(?:along|on|near|at|by|across)\s+(?:the\s+)?(?:state\s+)?borders?\s+"
    r"(?:(?:of|with)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def border_locator(folded: str, mention: RegionMention) -> bool:
    """True when a country is named only as the border the land lies along."""
    return not mention.specific and bool(
        _ALONG_BORDER.search(folded, max(0, mention.start - 40), mention.start)
    )


_EVENT = re.compile(
    r"\b(?:incursion|offensive|operation|launch\w*|invasion|sending|crossing|entering)\b",
    re.I,
)


def in_event(sentence: Sentence, start: int) -> bool:
    """True when `start` lies in a period phrase dated by an event ("since the
    AFU launched their incursion into the Kursk region")."""
    return any(
        p.start_at <= start < p.end_at and _EVENT.search(p.text)
        for p in sentence.periods
    )
