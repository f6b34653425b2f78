"""The area one side holds, told as a level or as a rise or fall.

"the area controlled by Ukraine in Kursk has fallen from 1,300 km2 to around
500" gives two levels held; "the area of enemy control decreased by 0.41 km2"
a change, the other side's gain; "increased the territory under its control by
4,168 km2" the side's own. `reading` asks these of every figure; kept apart
from `cues` so each module stays one job and in size.
"""

from __future__ import annotations

import re

from frontline.extract.cues import window
from frontline.extract.literals import gated

# The pieces the patterns below share: "from an initial control of", the verbs
# of a fall, and the hedge before a level's number.
_FROM_INITIAL = (
    r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:initial|original|peak|earlier)\s+"
    r"(?:control|hold)\s+of"
)
_FELL = r"fallen|fell|dropped|shrunk|shrank|decreased|declined|reduced|contracted"
_ABOUT = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?"
# An area one side holds, whose size moves "from N to M" ("the area controlled
# by Ukraine in Kursk has fallen from 1,300 km2 to around 500", "its foothold
# shrank from 1,376 km2 to 800"): both are levels held, N the earlier one. Not
# gains ("monthly gains fell from 700 km2 to 400" stay changes).
_HELD_AREA = re.compile(
    r"\b(?:area|territory|land|zone)\s+(?:of|under)\s+(?:[\w'-]+\s+){0,2}control\b"
    r"|\b(?:area|territory|land|zone)\s+(?:it\s+|they\s+)?(?:controlled|held|occupied)\b"
    # "Russian-occupied territory grew from 65 km2", "a doubling in occupied land"
    r"|\b(?:occupied|held|controlled)\s+(?:territory|territories|area|land)\b"
    r"|\bfoothold\b|\bbridgehead\b|\bsalient\b"
    # "the retreat from an initial control of 1,376 km2, to about 800 km2"
    rf"|{_FROM_INITIAL}\b",
    re.IGNORECASE,
)
_LEVEL_FROM = re.compile(
    rf"(?:\b(?:{_FELL}|"
    r"grown|grew|risen|rose|increased|expanded)\s+(?:[\w'-]+\s+){0,3}?from\s+"
    # "a doubling in occupied territory in just days - from 65 km2 …"
    r"|\b(?:doubling|tripling|rise|increase|growth|jump|expansion|fall|drop|decline"
    r"|contraction)\s+in\s+[^,;.]{0,60}?\bfrom\s+"
    rf"|{_FROM_INITIAL}\s+"
    # "shrank to 800 km2 from a peak of 1,376", "from an initial 1,376"
    rf"|\b(?:{_FELL})"
    r"\s+to\s+[^,;]{0,40}?\d[^,;]{0,30}?\sfrom\s+(?:(?:a|an|its|their)\s+"
    r"(?:peak|high|maximum)\s+of\s+|(?:an|its|their)\s+(?:initial|earlier)\s+)?)"
    + _ABOUT
    + "$",
    re.IGNORECASE,
)
_LEVEL_TO = re.compile(
    rf"\bfrom\s+(?:[\w'-]+\s+){{0,4}}?{_ABOUT}"
    r"\d[\d,.]*\s*(?:square\s+kilomet\w+|sq\.?\s*km|km2|km\u00b2)?"
    r"(?:\s*\([^()]{1,40}\))?"  # "(531 square miles)": the same figure again
    r"(?:\s+[\w'-]+){0,4}?"
    r",?\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly|"
    r"approximately|just)\s+)?$",
    re.IGNORECASE,
)


def level_of_held_area(folded: str, start: int) -> str:
    """The words for the earlier level of a held area ("held, from") or the
    later one ("held, to"); "" when the figure is neither."""
    before = window(folded, start, 160)
    if "from" not in before.lower() or not _HELD_AREA.search(before):
        return ""
    if _LEVEL_FROM.search(before):
        return "held, from"
    return "held, to" if _LEVEL_TO.search(before) else ""


# "Ukraine's territory shrank by 505 km2": a side's own land, moving by a
# figure. One pattern for the kind (`CONTROL_AREA`, told of the area) and for
# the actor (`OWN_LAND_MOVED`, the side whose land moved).
_OWN_LAND = (
    r"\b(?P<side>ukraine|russia|kyiv|kiev|moscow)'s\s+(?:own\s+|total\s+)?"
    r"(?:territory|land)"
)
_MOVED_BY = (
    r"(?:\s+in\s+[\w'-]+)?\s+(?:has\s+|had\s+)?(?:shr[au]nk|fell|fallen|decreased|"
    r"declined|dropped|contracted|grew|grown|rose|risen|increased|expanded)\s+by\b"
)
# "The area of enemy control … decreased by 0.41 km2": a fall in what one side
# controls is the other side's gain (LABELS), told of the area, not of a side.
_CONTROL_AREA = (
    r"\b(?:area|territory|zone|land)\s+(?:of|under)\s+(?:the\s+)?(?:[\w'-]+\s+)?control\b"
    r"|\b[\w'-]+-(?:held|controlled|occupied)\s+(?:territory|area|land|zone|pocket)\b"
    # "the area held by Ukraine in the Kursk region shrank by 60 km2"
    r"|\b(?:area|territory|land|zone)\s+(?:held|controlled|occupied)\s+by\s+"
    r"(?:the\s+)?[\w'-]+"
    # "Ukraine's foothold in the Kursk region shrank by 80 km2": what one side
    # holds across the line, moving
    r"|\b[\w'-]+'s\s+(?:foothold|bridgehead|salient)\b"
    rf"|{_OWN_LAND}(?={_MOVED_BY})"
)
CONTROL_AREA = re.compile(_CONTROL_AREA, re.IGNORECASE)
# The hedge a figure "by" so much may carry.
_BY_HEDGE = r"(?:(?:about|around|some|nearly|almost|over|more\s+than|only|just)\s+)?$"
FALL_BY = re.compile(
    r"\b(?:decreased|fell|shrank|shrunk|dropped|declined|reduced|contracted)\s+by\s+"
    + _BY_HEDGE,
    re.IGNORECASE,
)
RISE_BY = re.compile(
    r"\b(?:increased|expanded|extended|enlarged|widened|grew|rose)\b[^.;]{0,80}?\bby\s+"
    + _BY_HEDGE
    # "the Russian-controlled area in Sumy has grown by 15 km2": the area first
    + rf"|(?:{_CONTROL_AREA})[^.;]{{0,60}}?\b(?:has\s+|have\s+|had\s+)?(?:grown|risen"
    r"|increased|expanded|widened|enlarged)\s+by\s+" + _BY_HEDGE,
    re.IGNORECASE,
)
# Asked near every figure, found near few: searched where their words are (`literals`).
FALL_BY, RISE_BY = gated(FALL_BY), gated(RISE_BY)
# The side whose land moved, for the actor (a fall is the other side's gain, a
# rise its own).
OWN_LAND_MOVED = re.compile(_OWN_LAND + _MOVED_BY, re.IGNORECASE)
