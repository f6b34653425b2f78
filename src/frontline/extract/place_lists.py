"""Words that put a named place in a list or an aside, not where a figure lies.

"… of Ukrainian territory, mainly near Pokrovsk", "including Crimea", "776
settlements, most of them in Donetsk region": the place after such words holds a
part of the figure, or of another count. `region` skips it for the figure's own
place, `candidates` for the place a later sentence may borrow.
"""

from __future__ import annotations

import re

from frontline.extract import cues
from frontline.extract.actors import RegionMention
from frontline.extract.numbers import FRACTION

# What follows a quantifier and "of" when a clause gives a part of the figure
# ("most of its gains", "of which"), or the part itself ("the majority in
# Donetsk", "60% of it", "more than half were in"): a place after it is the
# part's. Shared by the list words of one sentence and the inclusion clauses
# that place no later figure.
_PART_OF_FIGURE = (
    r"(?:it|them|which|those|these|(?:its|their|the|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:gains?|advances?|territory|land|area|ground|losses))"
    r"|the\s+majority(?=\s+(?:in|near|around|on|was|were|is|are|came|lay|of\s+(?:it|them|that|this))\b)"
    r"|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\s+(?:it|them|that|this|those|these)"
    rf"|{FRACTION}\s+"
    r"(?:of\s+(?:it|them|that|this)\s+)?(?:was|were|is|are|came|lay|lie|lies))"
)
# The words that open an aside or a list, in both patterns below. No two of
# them match at the same place, so their order does not change what matches;
# "including" stays before "includes?", which would match its first letters.
_ASIDE_WORDS = (
    r"including|especially|mainly|mostly|primarily|chiefly|largely|notably|"
    r"particularly|predominantly|overwhelmingly|in\s+particular|among\s+them|"
    r"such\s+as"
)
# Words after which a named place is part of a list or an aside, not where the
# figure lies: "… of Ukrainian territory, mainly near Pokrovsk", "including Crimea".
LIST_WORDS = re.compile(
    rf"\b(?:{_ASIDE_WORDS}|together\s+with|along\s+with"
    # "… 113,000 km2, include Crimea": the verb lists a part as "including" does
    r"|includes?|included"
    r"|as\s+well\s+as|with\s+(?:the\s+)?(?:heaviest|fiercest|most\s+intense|main|"
    r"most|the\s+most)\s+(?:fighting|battles|clashes|pressure|assaults|attacks)"
    # "…, with the largest gains around Kharkiv": where a part of it was won
    r"|with\s+(?:the\s+)?(?:largest|biggest|greatest|most|main|heaviest|fastest|"
    r"most\s+significant|notable)\s+(?:[\w-]+\s+)?(?:gains|advances|progress|losses)"
    # "…, with confirmed advances in Toretsk and near Kurakhove": examples
    r"|with\s+(?:confirmed|reported|further|fresh|new|recent)\s+(?:gains|advances|progress)"
    r"|(?:most|much|some|part|half|the\s+bulk|the\s+majority)\s+of\s+"
    + _PART_OF_FIGURE
    # "…, with a third of it in the Pokrovsk area", "60% of them near Kurakhove"
    # (only of a pronoun: "40% of the territory it seized in Kursk" names the
    # whole the share is of, and its place)
    + rf"|(?:{FRACTION}|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent))\s+of\s+"
    r"(?:it|them|those|these)" + r"(?!\w)",
    re.IGNORECASE,
)


_NARROWING = re.compile(
    r"particularly|in\s+particular|especially|notably|specifically", re.IGNORECASE
)
_OPENING = " \t\n\"'\u201c\u2018"


def hedged(folded: str, low: int, start: int) -> bool:
    """A place inside an aside or a list: after 'including', 'mainly', 'together
    with' … and before the comma that ends that phrase."""
    last = cues.last(LIST_WORDS.finditer(folded, low, start))
    # "—and Russia in particular—by launching …": a dash right after the hedge
    # closes its aside, as a comma does.
    return (
        last is not None
        and "," not in folded[last.end() : start]
        and not folded[last.end() : last.end() + 2].lstrip().startswith("-")
        # "Particularly in the Bakhmut area, Ukraine's forces … recaptured 16
        # km2": a sentence that opens on the word narrows the one before to a
        # place, which is its own figure's.
        and not (
            _NARROWING.match(last.group(0))
            and not folded[: last.start()].strip(_OPENING)
        )
    )


# An inclusion or a part that counts something else: "29 settlements
# liberated, including six in Luhansk Oblast", "776 settlements, most of them
# in Donetsk region".
_INCLUDING = re.compile(
    rf"\b(?:{_ASIDE_WORDS}|of\s+which|"
    r"(?:most|much|many|some|part|half|the\s+bulk|the\s+majority)\s+of\s+"
    + _PART_OF_FIGURE
    + r"(?!\w)",
    re.I,
)
_INCLUSION_REACH = 80


def included(folded: str, start: int) -> bool:
    """A place in an inclusion clause ("…, including six in Luhansk Oblast"):
    it places a part of another count, not a figure of a later sentence."""
    last = cues.last(
        _INCLUDING.finditer(folded, max(0, start - _INCLUSION_REACH), start)
    )
    return last is not None and not re.search(
        r"[,;:()\u2013\u2014]", folded[last.end() : start]
    )


# "the Bakhmut sector in the east and the Melitopol direction in the south",
# "areas of Donetsk in the east and Tavria in the south": two parts of the
# front, each with its own compass word, whether or not the second name is one
# we know. Read right after the first place's name.
_COMPASS_WORD = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
)
_TWO_PARTS = re.compile(
    r"\s+(?:(?:front|direction|axis|sector|area|zone|operational\s+area)\s+)?"
    rf"in\s+the\s+(?P<one>{_COMPASS_WORD})\s+and\s+(?:in\s+|on\s+)?(?:the\s+)?"
    r"(?P<name>[\w'-]+\s+)(?:[\w'-]+\s+){0,2}?"
    rf"in\s+the\s+(?P<two>{_COMPASS_WORD})\b",
    re.IGNORECASE,
)


def two_parts(folded: str, end: int) -> bool:
    """True when the place ending at `end` is one of two parts of the front named
    with different compass words ("Donetsk in the east and Tavria in the south"),
    the second opening on a name."""
    found = _TWO_PARTS.match(folded, end)
    return (
        found is not None
        and found["one"].lower() != found["two"].lower()
        # a name, not a verb ("… in the east and gained ground in the south")
        and found["name"][:1].isupper()
    )


# "Zaporizhzhia Oblast and a part of Donetsk Oblast", "Crimea and a third of
# Donetsk": a share of the next place still lists it with the one before, and
# so does a country's name ("Ukraine's Donetsk region and Russia's Kursk region"),
# a place's neighbour ("the Donetsk region and the neighbouring Dnipropetrovsk
# region") or a place of its own preposition after "and" ("in the Donetsk
# region and near Kupiansk", "on the Pokrovsk front and on the Kupiansk front").
_SHARE_OF = (
    r"(?:(?:in\s+)?(?:a\s+|one\s+|two\s+|some\s+|most\s+|much\s+)?(?:small\s+|large\s+)?"
    r"(?:parts?|thirds?|half|quarters?|portions?|sections?|most)\s+of\s+)?"
)
_NEIGHBOUR = (
    r"(?:(?:neighbou?ring|adjacent|nearby|bordering|northern|southern|eastern|western"
    r"|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?:(?:russia's|russian|ukraine's|ukrainian)\s+)?"
)
_LIST_JOIN = re.compile(
    r"^\s*(?:(?:regions?|oblasts?|provinces?|fronts?|directions?|axis|axes|sectors?"
    r"|areas?|districts?)\s+)?"
    r"(?:(?:,|and|or|&|as\s+well\s+as|,\s*and)?\s*"
    + _SHARE_OF
    + r"(?:in\s+|the\s+|in\s+the\s+)?"
    r"|(?:,\s*)?(?:and|or|&|as\s+well\s+as)\s+"
    + _SHARE_OF
    + r"(?:(?:in|on|near|around|at|"
    r"along|across|outside|close\s+to)\s+)?(?:the\s+)?)" + _NEIGHBOUR + r"$"
    # "the Lyman-Kupiansk direction": an axis between two towns
    r"|^(?:-|\u2013|\s\u2013\s)$",
    re.IGNORECASE,
)


def listed(folded: str, mentions: list[RegionMention], end: int) -> list[RegionMention]:
    """The places listed together with the figure's nearest one ("in Kharkiv and
    Donetsk", "the Donetsk, Luhansk and Zaporizhzhia regions"), not a place of
    another phrase ("… in the Sumy region and fresh movements into Dnipropetrovsk")."""
    specific = [m for m in mentions if m.specific]
    if len(specific) < 2:
        return mentions
    after = [i for i, m in enumerate(specific) if m.start >= end]
    anchor = after[0] if after else len(specific) - 1
    first = last = anchor
    while first > 0 and _LIST_JOIN.match(
        folded[specific[first - 1].end : specific[first].start]
    ):
        first -= 1
    while last + 1 < len(specific) and _LIST_JOIN.match(
        folded[specific[last].end : specific[last + 1].start]
    ):
        last += 1
    return specific[first : last + 1]
