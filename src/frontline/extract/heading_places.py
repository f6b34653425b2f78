"""The place a heading line names, for the figures right under it.

"86% of AFU-Occupied Territory in Kursk Region Liberated" above "the Russian
army has reclaimed approximately 1,100 square kilometers of territory", and
"Bakhmut direction" above "the Defense Forces reclaimed an additional 2 square
kilometers of Ukrainian territory": a heading (a short line with no closing
stop) that names one oblast is the place of the figures under it whose own
words name none, or name only whose land it is. It reaches to the end of the
paragraph after it, no further: an article's later figures are often the whole
front's. The corpus's figures with no place of their own and one oblast named
elsewhere in the passage are labelled the whole country six times in seven; a
heading right above them is the one frame that decided otherwise every time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from frontline.extract import cues
from frontline.extract.actors import RegionMention
from frontline.extract.region_inherited import AS_BEFORE, NOT_NAMED
from frontline.extract.results import Candidate

# A line that closes with no stop, no colon and no quote, and is short.
_HEADING = re.compile(r"[^\n]{3,120}(?<![.!?:;\"\u201d\u2019'])")
# "of Ukrainian territory", "of Ukrainian land": words that say whose land the
# figure is, not where on the front it lies.
_COUNTRY_LAND = re.compile(
    r"region '(?:the\s+)?(?:Ukrainian|Ukraine's|Ukraine\u2019s)\s+"
    r"(?:territory|territories|land|lands|soil)'"
)
# A heading about the ground ("Bakhmut direction", "… Territory in Kursk
# Region Liberated"), not a strike, a visit, a vote, a dateline ("KHARKIV
# OBLAST, Ukraine") or a caption there: a word of a front or of a push.
_GROUND = re.compile(
    r"\b(?:direction|axis|front|sector|liberat\w*|captur\w*|seiz\w*|retak\w*|retook"
    r"|recaptur\w*|regain\w*|advanc\w*|gains?|los(?:es|t|ing)|occup\w*|offensive"
    r"|counter-?offensive|incursion|push|battle|fighting|assault|control)\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"\W*(?:photo(?:graph)?|image|picture|video|credit)\b", re.I)


@dataclass(frozen=True, slots=True)
class HeadingPlace:
    """The oblast a heading names, and the paragraph it stands in."""

    region: str
    name: str  # the words that name it
    paragraph: int


def is_heading(text: str, with_area: bool) -> bool:
    """True for a heading line: short, with no closing stop and no figure."""
    return not with_area and bool(_HEADING.fullmatch(text.strip()))


def heading_place(
    text: str, paragraph: int, oblasts: list[RegionMention]
) -> HeadingPlace | None:
    """The place of a heading line (`is_heading`) that tells of the ground and
    names exactly one oblast, or None: a heading of no one place ends the
    frame of the heading before it."""
    if not oblasts or _CAPTION.match(text) or not _GROUND.search(text):
        return None  # "Zelensky visits Kharkiv": no push told
    if len({m.region for m in oblasts}) != 1:
        return None
    return HeadingPlace(oblasts[0].region, oblasts[0].text, paragraph)


def placed_by_heading(
    found: list[Candidate], heading: HeadingPlace | None, paragraph: int
) -> list[Candidate]:
    """The figures of a sentence, those with no place of their own placed by the
    heading above them (in its paragraph or the next one)."""
    if heading is None or paragraph not in (heading.paragraph, heading.paragraph + 1):
        return found
    placed: list[Candidate] = []
    framed_before = False
    for candidate in found:
        framed = candidate.region == "ukraine" and (
            NOT_NAMED in candidate.problems
            or (
                heading.region not in cues.RUSSIAN_REGIONS
                and bool(_COUNTRY_LAND.search(candidate.why))
            )
            or (framed_before and AS_BEFORE in candidate.why)
        )
        if framed:
            candidate = replace(
                candidate,
                region=heading.region,
                problems=[p for p in candidate.problems if p != NOT_NAMED],
                why=f"{candidate.why}; region '{heading.name}' (the heading above)",
            )
        framed_before = framed
        placed.append(candidate)
    return placed
