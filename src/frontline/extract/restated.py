"""A figure told a second time is no second record.

"Over the past week, 5.2 km2 were liberated on the southern front: 'We had
successes, and 5.2 km2 were liberated on the southern front last week.'": the
quotation repeats the figure the sentence reported, and would otherwise become
a second record of the same land.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from frontline.extract.actors import find_actors, speaker_of
from frontline.extract.numbers import AreaFigure, find_areas
from frontline.extract.precision import bound_of
from frontline.extract.share_whole import share_of, whole_gain_clause

_QUOTE = re.compile('["\u201c]')


class Restated:
    """The figures of one sentence read so far, to tell a repeated one.

    Only the first figure of each value matters (a quotation after a later one
    is after the first too), and the quotation marks are found once, so a
    sentence of thousands of figures stays linear.
    """

    def __init__(self, folded: str) -> None:
        self._quotes = [found.start() for found in _QUOTE.finditer(folded)]
        self._first: dict[tuple[float, str], int] = {}

    def add(self, area: AreaFigure) -> None:
        """Remember a figure that was kept."""
        self._first.setdefault((area.km2, area.unit), area.end)

    def repeats(self, area: AreaFigure) -> bool:
        """True when `area` repeats a kept figure of the sentence inside a
        quotation opened since that figure."""
        first = self._first.get((area.km2, area.unit))
        if first is None:
            return False
        index = bisect.bisect_left(self._quotes, first)
        return index < len(self._quotes) and self._quotes[index] < area.start


# "Zelensky says his forces have taken up to 6,000 km2. 'Our men have already
# freed 6,000 km2 …'": a figure reported with a hedge, then said exactly in the
# speaker's own words in the next sentence, is one figure; the quotation's is
# the record (LABELS: hedged, then exactly, is the exact one).
_OPENS_QUOTE = re.compile("[\u201c\u2018\"]|(?:^|(?<=\\s))'(?=\\w)")
_CLOSES_QUOTE = re.compile("[\u201d]|[\u2019'](?=\\s|[,.;:!?]|$)")
_REACH = 80


def quoted_next(folded: str, area: AreaFigure, following: str | None) -> bool:
    """True when `area`, hedged, is said again exactly inside a quotation of
    the next sentence (`following`)."""
    if not following or not _has_quote(following):
        return False
    before = folded[max(0, area.start - _REACH) : area.start]
    if (
        area.hedge
        or bound_of(before, folded[area.end : area.end + _REACH]).bound == "exact"
    ):
        return False
    for again in _areas_of(following):
        if (
            again.unit == area.unit
            and abs(again.km2 - area.km2) <= 1e-9 * max(1.0, area.km2)
            and _inside_quote(following, again.start)
            and bound_of(
                following[max(0, again.start - _REACH) : again.start],
                following[again.end : again.end + _REACH],
            ).bound
            == "exact"
            and _same_telling(folded, area.start, following, again.start)
        ):
            return True
    return False


_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _same_telling(folded: str, at: int, following: str, again: int) -> bool:
    """True unless the two figures are told of different sides ("Russia took
    about 400 km2. 'We retook 400 km2,' Syrskyi said") or of different months
    or years ("… in September. 'We took 400 km2 in October'")."""
    here, there = _side_at(folded, at), _side_at(following, again)
    if here and there and here != there:
        return False
    months = {m.lower()[:3] for m in _MONTH.findall(folded)}
    quoted = {m.lower()[:3] for m in _MONTH.findall(following)}
    return not (months and quoted and months.isdisjoint(quoted))


def _side_at(text: str, at: int) -> str:
    """The side named last before `at`, else the speaker's ("" if neither)."""
    sides = [m.actor for m in find_actors(text[:at]) if not m.enemy]
    if sides:
        return sides[-1]
    speaker = speaker_of(text)
    return speaker[0] if speaker else ""


@lru_cache(maxsize=16)
def _has_quote(sentence: str) -> bool:
    """True when a sentence opens a quotation; asked by each figure of the
    sentence before it, so looked for once."""
    return bool(_OPENS_QUOTE.search(sentence))


@lru_cache(maxsize=16)
def _areas_of(sentence: str) -> tuple[AreaFigure, ...]:
    """The areas of a sentence, read once however many figures ask."""
    return tuple(find_areas(sentence))


def _inside_quote(text: str, at: int) -> bool:
    """True when a quotation opened before `at` is not closed before it."""
    opened = [found.start() for found in _OPENS_QUOTE.finditer(text, 0, at)]
    if not opened:
        return False
    closed = [
        found.start() for found in _CLOSES_QUOTE.finditer(text, opened[-1] + 1, at)
    ]
    return not closed


# "The recent 144-square-kilometer capture approaches the summer peak": a figure
# fused to its unit by a hyphen, after a definite word, modifies a noun that
# names a gain told just before.
_FUSED = re.compile(r"[\d.,]+-(?:square|sq)", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "nearly 5,000 km2, 4,900 to be specific", "roughly 60 km2 - or, more
# precisely, 58.6 km2": one figure said twice, hedged and then exactly, is one
# record, the exact one (LABELS); the hedged one is read but not recorded.
_SAID_EXACTLY = re.compile(
    r"[^.;\d]{0,60}?(?:,|\s-|\()\s*(?:or\s*,?\s*)?"
    r"(?:(?:more\s+)?(?:precisely|exactly|specifically)\s*,?\s*\d"
    # (thousands set apart by a space: "4 900 to be specific")
    r"|\d[\d,.]*(?:\s\d{3}(?!\d))*"
    r"(?:\s+(?:square|sq\.?)\s*(?:kilomet\w+|km|mi\w*)|\s*km2|\s*km\u00b2)?"
    r"\s*,?\s*to\s+be\s+(?:exact|precise|specific)\b)",
    re.IGNORECASE,
)


def named_again(
    folded: str, area: AreaFigure, recent: list[tuple[str, float]]
) -> tuple[str, str] | None:
    """The words of `area` and why, when they are not an amount of their own:
    one of the last figures read named again ("the recent 144-square-kilometer
    capture"), or the whole that a share was taken of ("half of the 1,300 km2").
    Such a figure is still read, so what later figures and sentences borrow
    from it stays as it was ("…, or about 520 km2" takes its verb and side); it
    is only not recorded."""
    before = folded[max(0, area.start - 60) : area.start]
    ahead = folded[area.end : area.end + 160].lower()
    if ("precise" in ahead or "exact" in ahead or "specific" in ahead) and (
        _SAID_EXACTLY.match(folded, area.end)
    ):
        return area.text.strip(), "said exactly after"
    if share_of(folded, area.start) and not whole_gain_clause(
        folded, area.start, area.end
    ):
        return area.text.strip(), "share of the figure"
    if not _FUSED.match(area.text) or not any(
        abs(km2 - area.km2) <= 1e-9 * max(1.0, area.km2) for _, km2 in recent
    ):
        return None
    return (area.text.strip(), "restated") if _DEFINITE.search(before[-40:]) else None
