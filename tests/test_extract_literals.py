"""The words a pattern needs: a gated search finds what the plain one finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from frontline.extract import actors, cues, levels, measures, others, sentence_reading
from frontline.extract.literals import gated, needed


def test_the_words_every_match_holds() -> None:
    assert needed(re.compile(r"\b(?:half|a\s+third|two[-\s]thirds)\s+of\b")) == (
        "half",
        "third",
    )
    assert needed(re.compile(r"Deep\s?State|ISW", re.I)) == ("isw", "state")
    assert needed(re.compile(r"(?:past\s+)?(?:days?|weeks?)")) == ("day", "week")


def test_what_may_be_missing_needs_nothing() -> None:
    assert needed(re.compile(r"\d+|km")) is None  # a class names no word
    assert needed(re.compile(r"(?:since)?\s*now|")) is None  # an empty branch
    assert needed(re.compile(r"(?:oblast)*")) is None  # repeated no times


# Letters a case-blind pattern equates with ASCII ones: dotted and dotless i,
# the long s, the Kelvin sign.
_LETTERS = st.sampled_from(
    ["half", "HALF", "\u017fome", "th\u0131rd", "TH\u0130RD", "\u212aursk", "of",
     "oblast", "OBLAST", "region", "Ukra\u0131ne", "RUSSIA", "past", "weeks",
     "the", "border", "area", "ISW", "deep\u017ftate", " ", "-", "2", "\u0307",
     "grew", "by", "to", "1,000", "km2", "\u0131s", "IS", "was", "covering", "up",
     "r\u0131sen", "fell", "DECREASED", "the Russian-controlled area", "a rise of", "about"]
)  # fmt: skip
_GATED = [
    actors._QUALIFIED,
    actors._COUNTRY,
    actors._REFERENCE,
    actors._PLURAL_REFERENCE,
    others._SHARE_WORDS,
    sentence_reading._DATA_HINT,
    sentence_reading._TIME_SPAN,
    levels.RISE_BY,
    levels.FALL_BY,
    measures.SIZE,
    cues.CHANGE_BEFORE,
    cues.LEVEL_TO,
]


@given(st.lists(_LETTERS, max_size=12).map(" ".join))
def test_a_gated_search_finds_what_the_search_finds(text: str) -> None:
    for pattern in _GATED:
        plain = pattern.regex
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert bool(pattern.search(text)) == bool(plain.search(text))


def test_a_gated_pattern_keeps_its_own_attributes() -> None:
    pattern = gated(re.compile(r"half\s+of", re.I))
    assert pattern.pattern == r"half\s+of"
    assert pattern.sub("-", "HALF of it") == "- it"
    assert pattern.match("\u017fome") is None
    assert pattern.fullmatch("HALF  OF") is not None
