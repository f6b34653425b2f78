"""Plain text and HTML to sentences, and the dateline of an article."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.extract.text import (
    any_of,
    find_dateline,
    html_to_text,
    looks_like_html,
    paragraphs,
    split_sentences,
)

PAGE = """<!DOCTYPE html><html><head><title>Front</title>
<meta property="article:published_time" content="2024-11-19T08:00:00Z">
<style>p { color: red }</style><script>var x = "1,000 km2";</script></head>
<body><nav>Home</nav><article><h1>Russia gains</h1>
<p>Russia has seized approximately 2,700&nbsp;km<sup>2</sup> this year.</p>
<p>Kyiv&#8217;s forces &amp; allies held firm.</p></article></body></html>"""


def test_html_is_recognised() -> None:
    assert looks_like_html(PAGE)
    assert not looks_like_html("Russia took 40 km2 <around> the city.")


def test_html_to_text_drops_scripts_and_styles_and_unescapes() -> None:
    page = html_to_text(PAGE)
    assert page.text == (
        "Home\n\nRussia gains\n\nRussia has seized approximately 2,700 km2 this year."
        "\n\nKyiv’s forces & allies held firm."
    )
    assert page.published == date(2024, 11, 19)


def test_wrapped_lines_are_joined_into_one_paragraph() -> None:
    assert paragraphs("compliance remains\ninconsistent. Next.\nNew line") == [
        "compliance remains inconsistent. Next.",
        "New line",
    ]


def test_sentences_split_at_full_stops_but_not_abbreviations() -> None:
    text = (
        "Dr. Miron said Russia took 40 sq. km. Then Gen. Syrskyi spoke.\nNew paragraph."
    )
    assert [(s.text, s.paragraph) for s in split_sentences(text)] == [
        ("Dr. Miron said Russia took 40 sq. km.", 0),
        ("Then Gen. Syrskyi spoke.", 0),
        ("New paragraph.", 1),
    ]


def test_folded_sentence_keeps_offsets() -> None:
    (sentence,) = split_sentences("Moscow’s forces took “around” 40 km2.")
    assert sentence.folded == 'Moscow\'s forces took "around" 40 km2.'
    assert len(sentence.folded) == len(sentence.text)


def test_dateline_in_the_first_lines() -> None:
    text = "5 views 3 mins 0 comments\n\nTitle here\n\nNovember 19, 2024\nBody text."
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.published, dateline.line) == (
        date(2024, 11, 19),
        "November 19, 2024",
    )


def test_dateline_forms() -> None:
    assert find_dateline("19 November 2024\nText").published == date(2024, 11, 19)
    assert find_dateline("Published 2024-11-19 10:00\nText").published == date(
        2024, 11, 19
    )
    assert find_dateline(
        "KYIV, Nov. 19, 2024 (Reuters) - Russian forces have seized more than 1,000 "
        "square kilometres of territory in eastern Ukraine since the start of October."
    ).published == date(2024, 11, 19)


def test_a_date_in_a_long_prose_line_is_not_a_dateline() -> None:
    text = (
        "Russian President Vladimir Putin spoke on February 2, 2024 at a plant in Tula "
        "Oblast to an audience of 600 representatives of various professions."
    )
    assert find_dateline(text) is None


def test_no_dateline_beyond_the_first_lines() -> None:
    text = "\n".join(f"line {n}" for n in range(10)) + "\nNovember 19, 2024"
    assert find_dateline(text) is None


names = st.lists(st.text(alphabet="ab -'", min_size=1, max_size=5), max_size=8)


@settings(max_examples=300, deadline=None)
@given(words=names, text=st.text(alphabet="ab -'x", max_size=30))
def test_any_of_matches_what_the_longest_first_alternation_matches(
    words: list[str], text: str
) -> None:
    """The trie finds, at every place, the same name as the plain alternation of
    the names sorted longest first (a name and the longer names it starts)."""
    plain = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    expected = (
        [m.span() for m in re.finditer(rf"(?:{plain})(?![a-z])", text)] if words else []
    )
    got = (
        [m.span() for m in re.finditer(rf"(?:{any_of(words)})(?![a-z])", text)]
        if words
        else []
    )
    assert got == expected


def test_any_of_spells_a_trie() -> None:
    assert any_of(["ab", "abc", "b"]) == "(?:ab(?:c)?|b)"


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "km",
                "kms",
                "2",
                "²",
                "^2",
                "sq",
                ".",
                " ",
                "-",
                "square",
                "squared",
                "kilometres",
                "kilometers",
                "meters",
                "miles",
                "mi",
                "ha",
                "hectare",
                "(",
                ")",
                "s",
                "Sha",
                "Km",
                "SQ",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_cheap_look_for_a_unit_misses_none_the_unit_pattern_finds(
    text: str,
) -> None:
    """Sentences without the look are never searched for a unit: the look must
    match wherever the unit pattern does."""
    from frontline.extract.numbers import UNIT
    from frontline.extract.text import UNIT_LOOK

    if UNIT.search(text):
        assert UNIT_LOOK.search(text)
