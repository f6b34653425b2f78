"""Bound words: each wording listed in the issue maps to one bound."""

from __future__ import annotations

import pytest

from frontline.extract.precision import Precision, bound_of


@pytest.mark.parametrize(
    ("before", "bound", "words"),
    [
        ("captured around ", "approx", "around"),
        ("took about ", "approx", "about"),
        ("seized approximately ", "approx", "approximately"),
        ("took roughly ", "approx", "roughly"),
        ("took some ", "approx", "some"),
        ("captured an estimated ", "approx", "an estimated"),
        ("recaptured nearly ", "approx", "nearly"),
        ("took almost ", "approx", "almost"),
        ("More than ", "at_least", "More than"),
        ("liberated over ", "at_least", "over"),
        ("seized just over ", "at_least", "just over"),
        ("has taken at least ", "at_least", "at least"),
        ("seized in excess of ", "at_least", "in excess of"),
        ("liberated less than ", "at_most", "less than"),
        ("regained under ", "at_most", "under"),
        ("taken up to ", "at_most", "up to"),
        ("gained at most ", "at_most", "at most"),
        ("more than a total of ", "at_least", "more than"),
        ("took not less than ", "at_least", "not less than"),
        ("took not fewer than ", "at_least", "not fewer than"),
        ("took just above ", "at_least", "just above"),
        ("took >", "at_least", ">"),
        ("took as much as ", "at_most", "as much as"),
        ("took <", "at_most", "<"),
        ("took in the region of ", "approx", "in the region of"),
        ("took more or less ", "approx", "more or less"),
        ("took c. ", "approx", "c."),
    ],
)
def test_bound_words_before_the_number(before: str, bound: str, words: str) -> None:
    result = bound_of(before)
    assert (result.bound, result.words) == (bound, words)


@pytest.mark.parametrize(
    "before",
    ["captured ", "compared to just ", "seized an additional ", "took another "],
)
def test_no_bound_word_is_exact(before: str) -> None:
    assert bound_of(before).bound == "exact"


def test_a_bound_word_elsewhere_in_the_sentence_does_not_count() -> None:
    assert bound_of("Over the past day Russian forces took ").bound == "exact"


def test_words_inside_other_words_do_not_count() -> None:
    assert bound_of("a handsome ").bound == "exact"
    assert bound_of("moreover ").bound == "exact"


@pytest.mark.parametrize(
    ("after", "bound"),
    [
        (" or more in May", "at_least"),
        (" or so", "approx"),
        ("+ km2", "at_least"),
        (" or less", "at_most"),
        (" or thereabouts", "approx"),
    ],
)
def test_bound_words_after_the_figure(after: str, bound: str) -> None:
    assert bound_of("took ", after).bound == bound


@pytest.mark.parametrize(
    ("before", "bound", "words"),
    [
        ("took aproximately ", "approx", "aproximately"),
        ("captured arround ", "approx", "arround"),
        ("now hold nearl ", "approx", "nearl"),
        ("liberated allmost ", "approx", "allmost"),
        ("has seized exceding ", "at_least", "exceding"),
        # words of their own, one letter from a bound word: no bound
        ("in early ", "exact", ""),
        ("won a round ", "exact", ""),
        # a letter changed, not dropped or added: no bound
        ("a yearly ", "exact", ""),
    ],
)
def test_a_bound_word_with_a_letter_dropped_or_added_still_bounds(
    before, bound, words
) -> None:
    assert bound_of(before) == Precision(bound, words)
