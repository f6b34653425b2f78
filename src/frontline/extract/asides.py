"""Asides: clauses that describe a noun instead of stating a figure.

"… 7 km2 near Bakhmut, a city captured by Russian forces in May", "… 3,604 km2
in 2024, when Moscow's forces advanced on Pokrovsk": the month and the town
belong to the aside's own event. A figure takes no day or place from an aside
that holds no figure of its own; one that does ("…, which brought the total to
40,000 km2") is a clause like any other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from frontline.extract.dates import PeriodPhrase, find_periods

_HEAD = re.compile(
    r"^\s*(?:(?:(?:parts?|most|much|some|all|half|many)\s+of\s+)?which|who|whose|where"
    r"|when|taking\s+into\s+account|not\s+counting|"
    r"excluding|counting|suggesting|indicating|meaning|signall?ing|despite|although|"
    r"though|even\s+though|adding(?:\s+that)?)\b"
    r"|^\s*(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?(?:[\w-]+ed|taken|seized|held|won|"
    r"lost|fallen|overrun|retaken|known)\s+(?:by|to|as|in|on|since)\b"
    # "… near the city of Bakhmut, captured by Russia in May": a participle
    # with its agent, about the place just named
    r"|^\s*(?:(?:later|finally|eventually|already|itself)\s+)?(?:captured|seized|taken|"
    r"occupied|retaken|recaptured|liberated|overrun|lost|abandoned|stormed)\s+by\b"
    # "…, a city that …"; not "…, the Kremlin leader announced that …" nor
    # "…, the data show that …" (a statement or a finding, whose 'that' opens
    # the figure's own clause)
    r"|^\s*(?:a|an|the)\s+(?:(?!(?:said|says|announced|announces|stated|reported|"
    r"told|claimed|noted|added|informed|declared|confirmed|shows?|showed|suggests?"
    r"|suggested|indicates?|indicated|reveals?|revealed|finds|found|estimates?"
    r"|estimated)\b)[\w'-]+\s+){1,3}?"
    r"(?:that|which)\s"
    # "…, a figure Kyiv says is inflated", "a claim Moscow denies": words about
    # the figure, whose sides are not its actor.
    r"|^\s*(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:figure|claim|number|tally|"
    r"estimate|assertion|statement)s?\b"
    # "556 km2, the largest monthly gain this year, in May": a ranking's period
    r"|^\s*(?:the|its|their)\s+(?:(?:largest|biggest|smallest|highest|lowest|"
    r"most|least|fastest|slowest|best|worst|strongest|weakest)|(?:[\w-]+\s+)?"
    r"(?:record|peak))\b",
    re.IGNORECASE,
)
_CONCESSIVE = re.compile(
    r"\W*(?:despite|although|though|whereas|while|whilst|because|even\s+though"
    # "After capturing Avdiivka in February, …": a place taken earlier, not the
    # place of the figure (unlike "after entering the Kursk region, …").
    r"|(?:after|before|following|having|upon)\s+(?:(?:capturing|seizing|taking|losing|"
    r"retaking|recapturing|liberating|occupying|storming)|the\s+"
    r"(?:fall|capture|seizure|loss|liberation)\s+of)"
    r")\b",
    re.IGNORECASE,
)
# (a dash written without spaces, "territory—the largest", is folded to "-")
_BREAK = re.compile(r"[,;(\u2014\u2013]|\s-\s|(?<=[a-z])-(?=(?:the|its|their)\s)")
_COMMENT = re.compile(r"\s*(?:suggesting|indicating|meaning|signall?ing)\b", re.I)
_SIDES_GAINS = re.compile(
    r"(?:the\s+)?[\w-]+(?:'s)?\s+(?:advances?|gains?|offensive|progress|push)", re.I
)
_REACH = 120


def in_aside(folded: str, start: int, end: int, figures: list[int]) -> bool:
    """True when the words at start..end sit in an aside that holds no figure."""
    breaks = list(_BREAK.finditer(folded, max(0, start - _REACH), start))
    if breaks:
        head = breaks[-1].end()
        if not _HEAD.search(folded[head:start]):
            return False
        if _COMMENT.match(folded, head) and _SIDES_GAINS.fullmatch(folded, start, end):
            # "1,000 km2 were captured, indicating an acceleration in Russia's
            # advances": a comment that says whose gain the figure is.
            return False
    elif start < _REACH and _CONCESSIVE.match(folded):
        head = 0  # "Despite capturing three Donbas cities in December, …"
    else:
        return False
    # A figure in brackets right after the words is theirs: "in May (629 km2)".
    rest = end + len(folded[end:]) - len(folded[end:].lstrip(" ("))
    after = _BREAK.search(folded, rest, rest + 200)
    if after and _RELATIVE.match(folded, after.end()):
        # "…, the most since November 2024, when it took 725": the date's own
        # clause goes on to the figure it dates.
        after = _BREAK.search(folded, after.end(), after.end() + 200)
    tail = after.start() if after else len(folded)
    return not any(head <= figure < tail for figure in figures)


_RELATIVE = re.compile(r"\s*(?:which|who|whose|where|when)\b", re.IGNORECASE)


def in_relative_clause(folded: str, start: int) -> bool:
    """True when the words at `start` follow ', when …' or ', where …': a place
    named there describes another event ("compared to May, when the Russian
    military launched an offensive against the Kharkiv region")."""
    breaks = list(_BREAK.finditer(folded, max(0, start - _REACH), start))
    if not breaks or not _RELATIVE.match(folded, breaks[-1].end(), start):
        return False
    # "Ukraine, which had seized part of Russia's Kursk region, …": a clause on
    # a side tells where that side's land lies, the place of the story.
    return not _SIDE_BEFORE.search(folded, 0, breaks[-1].start())


_SIDE_BEFORE = re.compile(
    r"\b(?:ukraine|russia|kyiv|moscow|(?:ukrainian|russian)\s+(?:forces|troops|army))"
    r"\s*$",
    re.IGNORECASE,
)


class _Phrase(Protocol):
    start_at: int
    end_at: int


_P = TypeVar("_P", bound=_Phrase)


def outside_asides(folded: str, phrases: list[_P], figures: list[int]) -> list[_P]:
    """The phrases not in an aside without a figure (figures by their start)."""
    return [p for p in phrases if not in_aside(folded, p.start_at, p.end_at, figures)]


# The 'when' clause runs to the next comma: "Since May 10, when Russia launched
# its offensive, its troops have advanced 180 km2" keeps the figure outside it.
_WHEN = re.compile(r"(?:\s+(?:combined|together))?,?\s+when\b[^;.,]*", re.IGNORECASE)


def when_periods(
    folded: str,
    periods: list[PeriodPhrase],
    figures: list[int],
    published: date | None,
    events: Mapping[str, date],
) -> list[PeriodPhrase]:
    """ "since November 2024, when its forces seized 700 km2": a figure in the
    'when' clause is dated by the time named, not from it onwards."""
    result = []
    for phrase in periods:
        clause = _WHEN.match(folded, phrase.end_at)
        named = phrase.text[6:] if phrase.text.lower().startswith("since ") else ""
        owned = clause and any(clause.start() <= f < clause.end() for f in figures)
        if owned and phrase.comparison:
            # "six times more than in 2023, when it took 600 km2": the year
            # compared with is the 'when' figure's own.
            phrase = replace(phrase, comparison=False)
        if named and owned:
            found = find_periods(f"in {named}", published, events)
            if len(found) == 1 and found[0].start and found[0].end:
                phrase = replace(
                    found[0],
                    start_at=phrase.start_at,
                    end_at=phrase.end_at,
                    text=phrase.text,
                )
        result.append(phrase)
    return result
