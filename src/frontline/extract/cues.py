"""The words around a figure that decide how it is read.

Which verbs make a figure a holding, a loss or a change; the words that make it
a rate or a size rather than an area taken; where one figure's words stop and
the next figure's begin; and whose side a speaker ("its troops" in a ministry's
claim, "taken by Russia") puts a figure on. `candidates` assembles records from
these cues; keeping the word lists here lets a reviewer read and extend them
without the assembly around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from frontline.extract.actors import ActorMention, RegionMention, SourceMention

_T = TypeVar("_T")

# --- words that set the kind ---------------------------------------------------

HOLDING = re.compile(
    r"\b(?:holds?|holding|held\s+in\s+total|controls?|controlling|occupies|occupy|"
    r"occupying|ha(?:s|ve)\s+now\s+(?:captured|taken|seized|occupied)|now\s+(?:holds?|"
    r"controls?|occupies)|in\s+total|a\s+total\s+of|altogether|under\s+(?:its|their|"
    r"russian|ukrainian|the)?\s*control)\b",
    re.IGNORECASE,
)
LOSS = re.compile(
    r"\b(?:lost|loses|losing|ceded|cedes|gave\s+up|surrendered|withdrew\s+from|"
    r"abandoned)\b",
    re.IGNORECASE,
)
CHANGE = re.compile(
    r"\b(?:gain(?:ed|s|ing)?|captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|took|taken|"
    r"taking|takes|advanc(?:ed|es|ing)|occupied|recaptur(?:ed|es|ing|e)|"
    r"liberat(?:ed|es|ing|e)|regain(?:ed|s|ing)?|retak(?:en|es|ing)|retook|"
    r"reclaim(?:ed|s|ing)?|conquer(?:ed|s|ing)?|won|wins|grabbed|overran|"
    r"clawed\s+back|pushed\s+(?:forward|through)|expanded|added)\b",
    re.IGNORECASE,
)
SIZE = re.compile(
    r"\b(?:covers|covering|measures|measuring|spans|spanning|(?:an|a\s+total|total|"
    r"whose)\s+area\s+of|(?:is|are|was)\s+(?:roughly\s+|about\s+)?the\s+size\s+of)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
RATE_AFTER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\s+(?:day|week|month|hour)\b|/\s*(?:day|d|week)\b"
    r"|daily\b|a\s+day\b)",
    re.IGNORECASE,
)
RATE_BEFORE = re.compile(
    r"\b(?:daily|average|rate|pace|speed)\s+(?:\w+\s+){0,2}of\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Where one figure's words stop and the next figure's begin.
SEPARATOR = re.compile(
    r";|,|\band\b|\bcompared\s+(?:to|with)\b|\bagainst\b|\bversus\b|\bvs\.?|"
    r"\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b|\bthen\b",
    re.IGNORECASE,
)
# A bare number after an area figure that repeats its unit: "477 sq km in August
# and 459 in September".
CONTINUATION_BEFORE = re.compile(
    r"(?:\band|,|\bcompared\s+(?:to|with)|\bagainst|\bversus|\bvs\.?|\bwhile|\bthen"
    r"|\bfrom)\s+(?:(?:just|only|another|a\s+further|about|around|nearly|almost|"
    r"roughly|some|more\s+than|less\s+than|over|under|the)\s+)*$",
    re.IGNORECASE,
)
CONTINUATION_AFTER = re.compile(
    r"^\s*(?:$|[,.;)]|(?:in|during|on|over|between|since|from|by|last|this|the|a)\b)",
    re.IGNORECASE,
)


def last(items: Iterable[_T]) -> _T | None:
    """The last of the items, or None: the nearest mention before a figure."""
    result = None
    for item in items:
        result = item
    return result


OWN_FORCES = re.compile(
    r"\b(?:its|our)\s+(?:troops|forces|army|units|soldiers)\b", re.IGNORECASE
)
SPEAKER_SIDES = {
    "Russian MoD": "russia",
    "Russian General Staff": "russia",
    "Ukrainian General Staff": "ukraine",
}


def speaker_side(folded: str, sources: list[SourceMention]) -> tuple[str, str] | None:
    """'its troops' in a ministry's claim: the side the speaking institution is on."""
    own = OWN_FORCES.search(folded)
    if own is None:
        return None
    for mention in sources:
        side = SPEAKER_SIDES.get(mention.source)
        if side is not None:
            return side, f"{own.group(0)}' of '{mention.text}"
    return None


def passive_agent(
    folded: str, start: int, end: int, actors: list[ActorMention]
) -> ActorMention | None:
    """The side after 'by' / 'fell to' in the figure's stretch: '… taken by Russia'."""
    for mention in actors:
        if start <= mention.start < end and re.search(
            r"\b(?:by|fell\s+to|falls\s+to|went\s+to)\s+$",
            folded[max(start, mention.start - 12) : mention.start],
            re.IGNORECASE,
        ):
            return mention
    return None


def best_place(mentions: Iterable[RegionMention]) -> RegionMention | None:
    """The first oblast among the mentions, else the first country."""
    listed = list(mentions)
    specific = next((m for m in listed if m.specific), None)
    return specific or next(iter(listed), None)
