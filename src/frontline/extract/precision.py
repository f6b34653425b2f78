"""The precision a figure's wording gives it: exact, approx, at_least or at_most.

Only the words right before the number (or right after the unit, as in
"1,000 km2 or more") decide, so "over the past day" elsewhere in the sentence
never turns a flat figure into a lower bound. Emphasis words ("just 465",
"an additional 40") leave a figure exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

BOUND_WORDS: tuple[tuple[str, str], ...] = (
    # Longest phrases first: "just over" must win over "over".
    ("the better part of", "at_most"),
    ("almost exactly", "approx"),
    ("nearly exactly", "approx"),
    ("slightly more than", "at_least"),
    ("a little more than", "at_least"),
    ("a little over", "at_least"),
    ("slightly over", "at_least"),
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not fewer than", "at_least"),
    ("not less than", "at_least"),
    ("in excess of", "at_least"),
    ("upwards of", "at_least"),
    ("exceeding", "at_least"),
    ("surpassing", "at_least"),
    ("topping", "at_least"),
    ("north of", "at_least"),
    ("shy of", "at_most"),
    ("upward of", "at_least"),
    ("well over", "at_least"),
    ("well above", "at_least"),
    ("just above", "at_least"),
    ("above", "at_least"),
    (">", "at_least"),
    ("a minimum of", "at_least"),
    ("a maximum of", "at_most"),
    ("not more than", "at_most"),
    ("more than", "at_least"),
    ("has surpassed", "at_least"),
    ("have surpassed", "at_least"),
    ("surpassed", "at_least"),
    ("exceeded", "at_least"),
    ("exceeds", "at_least"),
    ("topped", "at_least"),
    ("just over", "at_least"),
    ("at least", "at_least"),
    ("over", "at_least"),
    ("slightly less than", "at_most"),
    ("no more than", "at_most"),
    ("not quite", "at_most"),
    ("just under", "at_most"),
    ("just shy of", "at_most"),
    ("just short of", "at_most"),
    ("fewer than", "at_most"),
    ("less than", "at_most"),
    ("at most", "at_most"),
    ("up to", "at_most"),
    ("under", "at_most"),
    ("below", "at_most"),
    ("as much as", "at_most"),
    ("as many as", "at_most"),
    ("<", "at_most"),
    ("an estimated", "approx"),
    ("in the region of", "approx"),
    ("something like", "approx"),
    ("more or less", "approx"),
    ("on the order of", "approx"),
    ("estimated to be", "approx"),
    ("estimated at", "approx"),
    ("approximately", "approx"),
    ("an approximate", "approx"),
    ("closer to", "approx"),
    ("close to", "approx"),
    ("roughly", "approx"),
    ("around", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("approx.", "approx"),
    ("about", "approx"),
    ("circa", "approx"),
    ("c.", "approx"),
    ("ca.", "approx"),
    ("some", "approx"),
    ("perhaps", "approx"),  # "have taken perhaps 10 km2": a guess
    ("possibly", "approx"),
    ("~", "approx"),
    ("≈", "approx"),
)
AFTER_WORDS: tuple[tuple[str, str], ...] = (
    ("or more", "at_least"),
    ("or so", "approx"),
    ("or thereabouts", "approx"),
    ("or less", "at_most"),
    ("at most", "at_most"),
    ("at least", "at_least"),
    ("give or take", "approx"),
    ("roughly", "approx"),
    ("approximately", "approx"),
    ("plus", "at_least"),
    ("+", "at_least"),
)
# Words that may stand between the bound word and the number: "more than a
# total of 1,000", "around a further 40", "just about the last 20". Not a bare
# "the": "more than the 465" compares.
_FILLER = (
    r"(?:\s+(?:a\s+total\s+of|a\s+further|an\s+additional|another|just|only"
    r"|the\s+(?:last|final|remaining)))*"
)
_BEFORE = re.compile(
    # "a portion of Ukrainian land\u2014about 2 km2\u2014": a hedge after a dash too
    r"(?:^|(?<=[\s(,\"'\u2013\u2014-]))(?P<words>"
    + "|".join(re.escape(words) for words, _ in BOUND_WORDS)
    + r")"
    + _FILLER
    + r"\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^(?:\s*-\s*|\s+)?(?P<words>or\s+more|or\s+so|or\s+thereabouts|or\s+less|plus"
    # "400 km2 at most", "400 km2, give or take,": not "at least according to"
    r"|(?:,\s*)?at\s+(?:most|least)(?=\s*(?:[,.;)]|$|in|on|over|during|since|this|last)\b)"
    r"|,\s*(?:give\s+or\s+take|roughly|approximately)(?=\s*[,.;)]|$))\b"
    r"|^(?P<plus>\+)",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def _bound_named(words: str) -> str:
    """The bound of a bound word as matched: a capital that lowers to two
    letters ("İn excess of", matched case-blind) is read without its mark."""
    key = words.lower()
    found = _BOUND_OF.get(key) or _BOUND_OF.get(key.encode("ascii", "ignore").decode())
    return found or "approx"


_BOUND_OF = {words: bound for words, bound in BOUND_WORDS + AFTER_WORDS}
# "control over 2.2 km2": 'over' is the preposition of the noun, not a bound.
# But "our forces control over 1,250 km2", "we now hold over 800", "continue
# to control over 200": after the verb, whose subject, adverb or "to" stands
# right before it, 'over' is a bound.
_OVER_NOUN = re.compile(
    r"(?<!\bforces\s)(?<!\btroops\s)(?<!\bunits\s)(?<!\bsoldiers\s)(?<!\bwe\s)"
    r"(?<!\bthey\s)(?<!\bnow\s)(?<!\bcurrently\s)(?<!\bstill\s)(?<!\btoday\s)"
    # "continue to control over 200 km2": the verb after its "to"
    r"(?<!\bto\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\balready\s)"
    r"\b(?:control|sovereignty|authority|hold)\s*$"
    # "the Russian-held zone stretches over 116,000 km2": where it reaches
    r"|\b(?:stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|spread(?:s|ing)?|sprawl(?:s|ed|ing)?)\s*$",
    re.IGNORECASE,
)
# "we can talk about 43 km2": 'about' is what is spoken of, not a hedge.
_ABOUT_VERB = re.compile(
    r"\b(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|know|knew)\s*$",
    re.IGNORECASE,
)
_WINDOW = 80
# A passive estimate of the figure itself, as "is estimated at N" is.
# "made estimated gains of 499 km2": the noun's estimate is the figure's.
_ESTIMATED_TO = re.compile(
    r"\b(?:is|are|was|were|been)\s+estimated\s+to\s+have\s+(?:[a-z]+\s+){1,2}$"
    r"|\bestimated\s+(?:[a-z]+\s+){1,2}of\s+$"
    # "Russian forces are estimated to control 116,000 km2"
    r"|\b(?:is|are|was|were)\s+estimated\s+to\s+(?:control|hold|occupy)\s+$",
    re.IGNORECASE,
)


# "about 388 settlements (": an area in brackets after a count restates what
# the count covers, so the count's bound word is the area's too.
_BRACKETED = re.compile(
    r"(?<![\w.,])\d[\d,.]*\s+(?:[a-z-]+\s+){0,3}[a-z-]+\s*\(\s*$", re.IGNORECASE
)

# "over 500 settlements and 12,000 km2": a bound word directly before the first
# of counts joined by "and" bounds each of them. Not when a comma, "or" or a
# verb comes between, nor after a span of time or an area of its own.
_COORDINATED = re.compile(
    r"(?<![\w.,])\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)\s+and\s*$",
    re.IGNORECASE,
)
_NOT_COUNTED = re.compile(
    r"^(?:square|sq|km|kilomet|mile|hectare|acre|day|week|month|year|hour|percent)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Precision:
    """A bound and the words that set it ("" when the figure is stated flatly)."""

    bound: str
    words: str


EXACT = Precision("exact", "")


def bound_of(before: str, after: str = "") -> Precision:
    """The bound set by the text just before a number and just after its unit.

    `before` is the sentence up to the number, `after` the text following the
    figure. Without a bound word the figure is exact.
    """
    if len(before) > _WINDOW:  # only the last words matter; keep the look short
        before = before[-_WINDOW:]
        before = before[before.find(" ") + 1 :]
    found = _BEFORE.search(before.rstrip())
    if (
        found
        and not (
            found["words"].lower() == "over"
            and _OVER_NOUN.search(before[: found.start()])
        )
        and not (
            found["words"].lower() == "about"
            and _ABOUT_VERB.search(before[: found.start()])
        )
    ):
        words = found["words"]
        return Precision(_bound_named(words), words)
    bracketed = _BRACKETED.search(before)
    if bracketed and (counted := _BEFORE.search(before[: bracketed.start()].rstrip())):
        # "about 388 settlements (8500 km2)": the count's hedge is the area's.
        words = counted["words"]
        return Precision(_bound_named(words), words)
    coordinated = (  # (looked for only where an "and" ends the text before)
        _COORDINATED.search(before) if before.rstrip()[-3:].lower() == "and" else None
    )
    if (
        coordinated
        and not _NOT_COUNTED.match(coordinated["noun"])
        and (counted := _BEFORE.search(before[: coordinated.start()].rstrip()))
    ):
        words = counted["words"]
        return Precision(_bound_named(words), words)
    typo = _misspelt(before)
    if typo is not None:
        return typo
    estimated = _ESTIMATED_TO.search(before)
    if estimated:  # "Russia is estimated to have captured 280 km2"
        return Precision("approx", estimated.group(0).strip())
    trailing = _AFTER.search(after[:_WINDOW])
    if trailing:
        words = trailing["words"] or trailing["plus"]
        key = _SPACES.sub(" ", words.lower()).lstrip(", ")
        return Precision(_BOUND_OF[key], words.lstrip(", "))
    return EXACT


# One-word bound words long enough that a letter dropped or doubled still
# reads as them ("neary", "aproximately", "arround"), and none other.
_SPELLED = {
    words: bound
    for words, bound in BOUND_WORDS
    if " " not in words and len(words) >= 5 and words.isalpha()
}
# English words one letter from a bound word: what they say, not a slip.
_REAL_WORDS = frozenset(
    ("early", "round", "bout", "abut", "stopped", "stopping", "bellow", "belows")
)
_LAST_WORD = re.compile(r"(?:^|[\s(,\"'])(?P<word>[a-z]{4,})\s*$", re.IGNORECASE)


def _one_letter_apart(word: str, other: str) -> bool:
    """True when `word` is `other` with one letter left out or one added."""
    if abs(len(word) - len(other)) != 1:
        return False
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _misspelt(before: str) -> Precision | None:
    """The bound of a misspelt bound word right before the number."""
    found = _LAST_WORD.search(before)
    if found is None:
        return None
    bound = _misspelt_bound(found["word"].lower())
    return None if bound is None else Precision(bound, found["word"])


@lru_cache(maxsize=4096)
def _misspelt_bound(word: str) -> str | None:
    """The bound of the bound word `word` is a letter away from, if any. Every
    figure asks this of the word before it, and the same words recur (a text
    of many figures asks it of "captured" thousands of times): kept."""
    if word in _REAL_WORDS:
        return None
    for words, bound in _SPELLED.items():
        if _one_letter_apart(word, words):
            return bound
    return None
