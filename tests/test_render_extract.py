"""What `frontline extract` prints: sentences cut around their figure, areas with
their bound, and the ? that marks a field the article did not give."""

from __future__ import annotations

from frontline.render.extract import (
    area_text,
    explanation_lines,
    shorten,
    table_row,
)

LONG = (
    "Elsewhere, since they recaptured the town of Vugledar in October, an elevated "
    "position overlooking major supply routes and which Moscow has fought for two "
    "years, Russia has poured its resources into Kurakhov."
)


def test_a_short_sentence_is_kept_whole_with_its_spaces_folded() -> None:
    assert shorten("Around  50,000 soldiers\nhave been deployed.", "50,000") == (
        "Around 50,000 soldiers have been deployed."
    )


def test_a_long_sentence_is_cut_at_word_breaks_around_the_figure() -> None:
    assert shorten(LONG, "two years") == (
        "…Moscow has fought for two years, Russia has poured its resources…"
    )


def test_a_figure_at_the_start_keeps_the_start() -> None:
    assert shorten(LONG, "Elsewhere") == (
        "Elsewhere, since they recaptured the town of Vugledar in…"
    )


def test_area_carries_its_bound_sign() -> None:
    assert area_text({"area_km2": "2700", "bound": "approx"}) == "~2,700"
    assert area_text({"area_km2": "258.998811", "bound": "at_most"}) == "≤259"
    assert area_text({"area_km2": "", "bound": "exact"}) == "?"


def test_missing_fields_show_a_question_mark() -> None:
    row = table_row(3, {"kind": "change", "actor": "", "region": "kursk",
                        "start": "", "end": "2024-09-05", "area_km2": "1171",
                        "bound": "at_least", "source": ""})  # fmt: skip
    assert row == {
        "number": "3", "area": "≥1,171", "kind": "change", "actor": "?",
        "region": "kursk", "start": "?", "end": "2024-09-05", "source": "",
    }  # fmt: skip


def test_explanations_wrap_under_their_label() -> None:
    assert explanation_lines(
        12, "area '40 km2'; bound none; kind 'seized'", ["region not named"], 30
    ) == [
        "#12 why: area '40 km2'; bound",
        "         none; kind 'seized'",
        "    check: region not named",
    ]


def test_a_long_figure_is_never_cut_mid_word() -> None:
    sentence = (
        "An analysis by the BBC's Russian service confirmed this At least 78,329 "
        "soldiers have been killed since Russia launched its full-scale invasion."
    )
    figure = "At least 78,329 soldiers have been killed"
    assert shorten(sentence, figure) == (
        "…service confirmed this At least 78,329 soldiers have been killed…"
    )
