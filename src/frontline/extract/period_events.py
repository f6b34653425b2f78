"""Time words in a figure's sentence that date another event than its gain.

"… near Kupiansk, a city Russian troops seized early in the war but Ukraine
recaptured in September 2022": the place's own story, in an apposition after
the figure. "Ukrainian troops burst across the border last August …, and went
on to seize 1,400 km2": what came before "went on to". "In September 2025,
Zelensky reported that counter-attacks had liberated 160 km2": the report's
month, the gain before it. Each is looked for once per figure, in a window
around it, so that a long sentence stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from frontline.extract.dates import PeriodPhrase

_PLACE_NOUN = re.compile(r"city|town|village|hub|settlement|stronghold", re.IGNORECASE)
_PLACE_STORY = re.compile(
    r",\s*an?\s+(?:[\w'-]+\s+){0,3}?(?:city|town|village|hub|settlement|stronghold)"
    r"\b(?=[^,;.]*\b(?:[a-z]+ed|took|fell|won|retook)\b)[^,;.]*",
    re.IGNORECASE,
)
# "went on to seize", "would go on to take": a later event than the one
# whose time is told before it
WENT_ON = re.compile(r"\b(?:went|would\s+go|going)\s+on\s+to\b", re.IGNORECASE)
_REPORT_DATED = re.compile(
    r"\s*,?\s*(?:[\w.'\u2019-]+\s+){1,4}?(?:reported|said|announced|claimed)"
    r"\s+(?:that\s+)?[^.;,]*?\bhad\s+(?:been\s+)?(?:liberated|captured|retaken|recaptured"
    r"|seized|taken|gained|regained|freed|won|reclaimed|returned)\b[^.;]*$",
    re.IGNORECASE,
)


def _told_apart(
    folded: str,
    p: PeriodPhrase,
    span: tuple[int, int],
    stories: list[tuple[int, int]],
    went: re.Match[str] | None,
) -> bool:
    """True when the phrase dates another event than the figure's: a place's
    own story in an apposition ("… near Kupiansk, a city Russian troops seized
    early in the war but Ukraine recaptured in September 2022"), what came
    before "went on to" ("burst across the border last August …, and went on
    to seize"), or the report of a gain ("In September 2025, Zelensky reported
    that counter-attacks had liberated 160 km2")."""
    if stories and any(low <= p.start_at < high for low, high in stories):
        return True
    if p.end_at > span[0] or span[0] - p.end_at > 200:
        return False
    if went is not None and p.end_at <= went.start():
        return True
    between = folded[p.end_at : span[0]]
    return ("had " in between or "Had " in between) and bool(
        _REPORT_DATED.match(folded, p.end_at, span[0])
    )


def other_event(
    folded: str, span: tuple[int, int], cut: int
) -> Callable[[PeriodPhrase], bool]:
    """A test of whether a phrase of the sentence dates another event than
    the figure at `span` (its clause's own words end at `cut`)."""
    ahead = folded[span[1] : min(cut, span[1] + 300)]
    stories = (
        [
            (a.start(), a.end())
            for a in _PLACE_STORY.finditer(folded, span[1], span[1] + len(ahead))
        ]
        if _PLACE_NOUN.search(ahead)
        else []
    )
    behind = folded[max(0, span[0] - 200) : span[0]]
    went = (
        WENT_ON.search(folded, max(0, span[0] - 200), span[0])
        if " on to " in behind
        else None
    )
    return lambda p: _told_apart(folded, p, span, stories, went)
