"""Numbers that are not area records, and what each one counts.

Rates, shares, distances, settlements, casualties, troops, people and durations
are never records, but dropping them silently would hide a figure an analyst
may look for; each becomes a `NotRecorded` with its sentence and its words.
"""

from __future__ import annotations

import bisect
import re

from frontline.extract.literals import gated
from frontline.extract.numbers import find_numbers
from frontline.extract.results import NotRecorded
from frontline.extract.text import MONTH_NAME

_CLASSIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("share", re.compile(r"^\s*(?:%|percent\b|per\s+cent\b|pc\b)", re.IGNORECASE)),
    ("ratio", re.compile(r"^\s*-?\s*(?:times|fold)\b", re.IGNORECASE)),
    (
        "rate",
        re.compile(
            r"^\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m)\s*"
            r"(?:/\s*(?:h|day|d)|(?:per|a|an|each)\s+(?:day|hour|week))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "distance",
        re.compile(
            r"^\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "settlements",
        re.compile(
            r"^\s*(?:[a-z-]+\s+){0,2}(?:settlements?|villages?|towns?|localities|"
            r"locality|hamlets?|communities|cities|populated\s+(?:areas?|places?|points?)|"
            r"population\s+cent(?:er|re)s?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "casualties",
        re.compile(
            r"^\s*(?:[a-z-]+\s+){0,4}(?:killed|dead|deaths|died|wounded|casualties|"
            r"victims|losses|injured)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "troops",
        re.compile(
            r"^\s*(?:[a-z-]+\s+){0,1}(?:troops|soldiers|servicemen|personnel|fighters|"
            r"reservists|conscripts|recruits|marines|paratroopers)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "people",
        re.compile(
            r"^\s*(?:[a-z-]+\s+){0,1}(?:people|civilians|residents|evacuees|refugees|"
            r"displaced|children|inhabitants|persons)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "duration",
        re.compile(
            r"^\s*-?\s*(?:hours?|days?|weeks?|months?|years?|minutes?|mins?|decades?)\b",
            re.IGNORECASE,
        ),
    ),
)
# The classifiers as one pattern tried in their order: `lastgroup` names the kind.
_CLASSIFIER = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern.removeprefix('^')})"
        for name, pattern in _CLASSIFIERS
    ),
    re.IGNORECASE,
)
_SHARE_WORDS = re.compile(
    r"\b(?:(?:nearly|almost|about|around|roughly|more\s+than|less\s+than|over|some)\s+)?"
    r"(?:half|a\s+third|one\s+third|a\s+quarter|one\s+quarter|two[-\s]thirds|"
    r"three[-\s]quarters)\s+of\b",
    re.IGNORECASE,
)
_SHARE_WORDS = gated(_SHARE_WORDS)  # few sentences hold "half", "third", "quarter"
_CASUALTY_BEFORE = re.compile(
    r"\blost\s+(?:at\s+least\s+|about\s+|around\s+|more\s+than\s+|some\s+|over\s+)?$",
    re.IGNORECASE,
)
_DAY_OF_MONTH = re.compile(rf"(?:\b{MONTH_NAME}\s+$)", re.IGNORECASE)
_MONTH_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\b", re.IGNORECASE
)
_NOT_NOUNS = {
    "are",
    "is",
    "was",
    "were",
    "have",
    "has",
    "had",
    "of",
    "in",
    "and",
    "to",
    "the",
    "a",
    "an",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "more",
    "or",
    "each",
}
_BOUND_PREFIX = re.compile(
    r"(?:(?:at\s+least|more\s+than|less\s+than|nearly|almost|about|around|roughly|"
    r"some|over|up\s+to|just\s+over|approximately|an\s+estimated)\s+)$",
    re.IGNORECASE,
)


_WINDOW = 40
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_RANGE_HIGH = re.compile(
    # (thousands set apart by a space too: "110 000 to 120 000 km2"; the scale
    # word both ends share: "1.2-1.3 thousand sq km")
    r"\s*(?:-|\u2013|to|and)\s*\d[\d,.]*(?:\s\d{3}(?!\d))*\s*(?:(?:thousand|million)\s+)?"
    r"(?:km|sq|square|hectare|mi\b)",
    re.IGNORECASE,
)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


class Spans:
    """Spans of a sentence already read, asked "is this one free?" per number.

    Kept sorted and merged, so each question is a binary search, not a pass
    over every figure: a run of thousands of numbers stays linear.
    """

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        # Merge with neighbours that touch, keeping the lists disjoint.
        while index > 0 and self._ends[index - 1] >= self._starts[index]:
            self._ends[index - 1] = max(self._ends[index - 1], self._ends[index])
            del self._starts[index], self._ends[index]
            index -= 1
        while (
            index + 1 < len(self._starts)
            and self._ends[index] >= self._starts[index + 1]
        ):
            self._ends[index] = max(self._ends[index], self._ends[index + 1])
            del self._starts[index + 1], self._ends[index + 1]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._ends[index] > start


def other_figures(
    text: str, folded: str, taken: list[tuple[int, int]]
) -> list[NotRecorded]:
    """Numbers that are not area figures, with what they count."""
    found: list[tuple[int, NotRecorded]] = []
    spans = Spans(taken)
    for share in _SHARE_WORDS.finditer(folded):
        if not spans.overlaps(share.start(), share.end()):
            found.append(
                (
                    share.start(),
                    NotRecorded(text, text[share.start() : share.end()], "share"),
                )
            )
            spans.add(share.start(), share.end())
    for number in find_numbers(folded):
        if spans.overlaps(number.start, number.end):
            continue
        # Only the words near the number decide what it counts: a window keeps
        # each look short however long the sentence is.
        offset = max(0, number.start - _WINDOW)
        before = folded[offset : number.start]
        after = folded[number.end : number.end + _WINDOW]
        if before.rstrip("-")[-1:].isalpha() or _ORDINAL.match(after):
            continue  # "Su-34", "G7", "34th brigade"
        if _RANGE_HIGH.match(after):
            continue  # the low end of "4,669-4,900 km2": read with the area
        if (
            before.endswith(" ") and _DAY_OF_MONTH.search(before)
        ) or _MONTH_AFTER.match(after):
            continue
        if (
            not number.in_words
            and 1900 <= number.value <= 2100
            and re.fullmatch(r"\d{4}", number.text)
        ):
            continue
        what = None
        words = ""
        matched = _CLASSIFIER.match(after)
        if matched:
            what, words = matched.lastgroup, matched.group(0)
        if (
            what is None
            and "lost" in before.lower()
            and _CASUALTY_BEFORE.search(before)
        ):
            what = "casualties"
        if what is None:
            if number.in_words:
                continue  # "one of the most", "two sides": not figures
            what = "count"
            counted = re.match(r"^\s*[a-z-]+", after)
            words = counted.group(0) if counted else ""
            if words.strip().lower() in _NOT_NOUNS:
                words = ""
            if found and re.search(
                r"(?:\band|\banother|,|\bwhile|\bwith)\s+(?:another\s+)?$",
                before,
            ):
                what = found[-1][1].what  # "121,000 people ... and another 59,000"
        prefix = _BOUND_PREFIX.search(before) if before.endswith(" ") else None
        start = offset + prefix.start() if prefix else number.start
        figure = text[start : number.end + len(words)].strip()
        found.append((number.start, NotRecorded(text, figure, what)))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]
