"""A figure with no place of its own in a passage about the Kursk incursion.

"Russian troops have retaken about 120 km2 since October. Around 660 km2 of
Kursk Oblast remain under Ukrainian control": the land retaken is the land the
next figure places in Kursk, though its own sentence names no place. Sentences
are read in order, so a place named only after the figure is seen here, once
every figure of a paragraph has been read: each placeless figure of Ukraine, or
of a side taking land back, takes the one Russian region another figure of its
paragraph is placed in, while the incursion lasted (after it, Ukraine's gains
are in Ukraine whatever the passage recalls). Kept apart from `region`, which
reads one figure at a time.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract import cues
from frontline.extract.region_inherited import AS_BEFORE, NOT_NAMED, during_incursion
from frontline.extract.results import Candidate

_KIND_WORDS = re.compile(r"\bkind '([^']*)'")


def placed_by_paragraph(
    paragraphs: list[list[Candidate]], named: list[set[str]]
) -> list[list[Candidate]]:
    """The candidates of each paragraph, a placeless one of the incursion's
    story placed in the one Russian region the paragraph's other figures are
    in, or, failing that, Kursk when the next paragraph names it and no oblast
    of Ukraine ("… took 25 km2, Syrskyi said." / "Fighting continues in Russia's
    Kursk region.")."""
    return [
        _placed(found, named[index + 1] if index + 1 < len(named) else set())
        for index, found in enumerate(paragraphs)
    ]


def _placed(found: list[Candidate], named_next: set[str]) -> list[Candidate]:
    regions = {c.region for c in found if NOT_NAMED not in c.problems}
    russian = regions & cues.RUSSIAN_REGIONS
    if len(russian) != 1 or len(regions - {"", "ukraine", "russia"}) != 1:
        # Only the incursion's own region: a paragraph that names another
        # Russian region ("Russia shelled villages in the Belgorod region")
        # tells where the war reached, not where Ukraine's placeless gain was.
        oblasts = named_next - {"", "ukraine", "russia"}
        if oblasts != {"kursk"}:
            return found
        russian = oblasts
    (region,) = russian
    placed: list[Candidate] = []
    moved = False
    for candidate in found:
        # "…, including 65 km2 over the weekend": a part of a figure moved
        # here, whose place it took, moves with it.
        moved = _of_incursion(candidate) or (
            moved and candidate.region == "ukraine" and AS_BEFORE in candidate.why
        )
        placed.append(_in(candidate, region) if moved else candidate)
    return placed


def _of_incursion(candidate: Candidate) -> bool:
    """True when a candidate has no place of its own and is Ukraine's, or land
    taken back ("Russian troops have retaken 120 km2"), in the incursion's days."""
    if NOT_NAMED not in candidate.problems or not during_incursion(candidate.published):
        return False
    words = _KIND_WORDS.search(candidate.why)
    retaken = bool(words and cues.RETAKEN.search(words[1]))
    return candidate.actor == "ukraine" or retaken


def _in(candidate: Candidate, region: str) -> Candidate:
    problems = [p for p in candidate.problems if p != NOT_NAMED]
    problems.append(f"region '{region}' taken from another figure of the paragraph")
    return replace(
        candidate,
        region=region,
        problems=problems,
        why=f"{candidate.why}; region '{region}' as the paragraph's other figure",
    )
