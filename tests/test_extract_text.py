"""Plain text and HTML to sentences, and the dateline of an article."""

from __future__ import annotations

from datetime import date

from frontline.extract.text import (
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
