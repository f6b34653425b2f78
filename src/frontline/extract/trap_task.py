"""Land a side still has to take: a target, or the other side's holding.

"We must liberate just 50 km2 more to reach the administrative border", "we
have to liberate another 50 km2": an amount beyond what was taken, set as a
task, is a target and no record. "Just 50 km2 are left to liberate in the
Kursk region, Gerasimov said", "there remain 50 km2 to liberate": the land
left to take is what the other side holds now, a holding of that side when
the passage says whose task it is (LABELS: "Russia would still need to conquer
approximately 8,000 km2 to take control of the entire Donetsk region" is
Ukraine's holding), and no record when it does not.
"""

from __future__ import annotations

import re

from frontline.extract.actors import find_actors, other_side, speaker_of

_TAKE = r"(?:re)?(?:liberat|captur|tak|seiz|free|conquer|gain|win)[a-z]*"
# "must liberate", "have to retake", "need to capture", "is still to free"
_TASK_BEFORE = re.compile(
    r"\b(?:must|(?:has|have|had|need|needs|needed)\s+(?:still\s+)?to|(?:is|are)\s+"
    rf"(?:still\s+)?to)\s+(?:still\s+)?{_TAKE}\s+",
    re.IGNORECASE,
)
# "another 50 km2", "a further 20", "an additional 10", or "50 km2 more"
_INCREMENT_BEFORE = re.compile(
    r"\b(?:another|a\s+further|an?\s+additional|additional)\s+(?:(?:only|just|about"
    r"|some|around|roughly|nearly|almost)\s+)*$",
    re.IGNORECASE,
)
_MORE = re.compile(r"\bmore\b", re.IGNORECASE)
# "50 km2 are left to liberate", "50 km2 remain to be captured"
_LEFT_AFTER = re.compile(
    r"\s+(?:(?:are|is)\s+(?:still\s+)?left|(?:still\s+)?remain(?:s|ing)?|left)\s+to\s+"
    rf"(?:be\s+)?{_TAKE}",
    re.IGNORECASE,
)
# "there remain just 50 km2 to liberate"
_THERE_REMAIN = re.compile(
    r"\bthere\s+(?:still\s+)?(?:remain|remains|is|are)\s+(?:still\s+)?(?:(?:only|just"
    r"|about|some|around|roughly|nearly|almost)\s+)*$",
    re.IGNORECASE,
)
_TO_TAKE_AFTER = re.compile(
    rf"\s+(?:left\s+|more\s+)?to\s+(?:be\s+)?{_TAKE}", re.IGNORECASE
)


# "liberated 99.7% of the territory of the LPR (less than 60 sq km remains)":
# the rest of a share taken, in brackets after it
_SHARE_TAKEN_BEFORE = re.compile(
    rf"\b(?:{_TAKE}|controls?|occup[a-z]*)\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?"
    r"[\d.,]+\s*(?:%|percent|per\s+cent)\s+of\b[^()]{0,80}\(\s*"
    r"(?:(?:only|just|less\s+than|under|about|some|around|roughly|nearly|almost)\s+)*$",
    re.IGNORECASE,
)
_REMAINS_IN_BRACKETS = re.compile(
    r"\s+(?:still\s+)?(?:remains?|is\s+left|are\s+left)\s*\)", re.IGNORECASE
)


def task_kind(folded: str, before: str, start: int, end: int) -> str:
    """'more' for a target beyond what was taken, 'left' for land left to take,
    '' for neither."""
    if _REMAINS_IN_BRACKETS.match(folded, end) and _SHARE_TAKEN_BEFORE.search(before):
        return "left"
    if "to" not in before and "must" not in before and " to " not in folded[end:]:
        return ""  # a cheap look first: every shape has "to" or "must"
    task = _TASK_BEFORE.search(before)
    if task and (
        _INCREMENT_BEFORE.search(before, task.end())
        or _MORE.search(folded, start, min(len(folded), end + 6))
    ):
        return "more"
    if _LEFT_AFTER.match(folded, end) or (
        _THERE_REMAIN.search(before) and _TO_TAKE_AFTER.match(folded, end)
    ):
        return "left"
    return ""


def left_holder(folded: str, start: int) -> tuple[str, str] | None:
    """Who holds land left to take: the other side of the one named before
    the figure as taking it, else of the speaker; None if neither is known."""
    sides = [m for m in find_actors(folded[:start]) if not m.enemy]
    side = (sides[-1].actor, sides[-1].text) if sides else speaker_of(folded)
    holder = other_side(side[0]) if side else None
    return (holder, side[1]) if holder and side else None
