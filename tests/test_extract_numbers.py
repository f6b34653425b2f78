"""Numbers and area units: every written form the extractor must read."""

from __future__ import annotations

import pytest

from frontline.extract.numbers import find_areas, find_numbers, parse_number
from frontline.model.values import plain_km2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,700", 2700.0),
        ("110,649", 110649.0),
        ("110 649", 110649.0),
        ("1.2 thousand", 1200.0),
        ("1.5 million", 1_500_000.0),
        ("a thousand", 1000.0),
        ("two", 2.0),
        ("twenty-five", 25.0),
        ("one hundred and twenty", 120.0),
        ("two thousand five hundred", 2500.0),
        ("12k", 12000.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["nearly six", "a", "several", ""])
def test_parse_number_rejects_words_that_are_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "km2", "unit"),
    [
        ("around 2,700 km2 of territory", 2700.0, "km2"),
        ("1,000 km² were captured", 1000.0, "km2"),
        ("took 50 sq km", 50.0, "km2"),
        ("took 50 sq. km", 50.0, "km2"),
        ("40 square kilometres", 40.0, "km2"),
        ("40 square kilometers", 40.0, "km2"),
        ("a 40-square-kilometre area", 40.0, "km2"),
        ("a thousand square kilometres", 1000.0, "km2"),
        ("two square kilometres", 2.0, "km2"),
        ("1.2 thousand square kilometres", 1200.0, "km2"),
        ("250 hectares", 2.5, "ha"),
        ("12.5 hectares", 0.125, "ha"),
    ],
)
def test_area_units(sentence: str, km2: float, unit: str) -> None:
    (figure,) = find_areas(sentence)
    assert (figure.km2, figure.unit) == (km2, unit)


def test_square_miles_are_converted_and_kept_as_the_original() -> None:
    (figure,) = find_areas("liberated 200 square miles in the south")
    assert figure.km2 == pytest.approx(517.9976220672, abs=1e-9)
    assert (figure.unit, figure.original) == ("mi2", "200 square miles")


def test_hectares_keep_their_wording() -> None:
    (figure,) = find_areas("captured 250 hectares near Vovchansk")
    assert figure.original == "250 hectares"


def test_a_parenthesised_conversion_is_one_figure() -> None:
    (figure,) = find_areas("seized 259 square kilometers (100 square miles) in May")
    assert (figure.km2, figure.text, figure.original) == (
        259.0,
        "259 square kilometers (100 square miles)",
        "100 square miles",
    )


def test_a_km2_figure_in_parentheses_is_the_value_used() -> None:
    (figure,) = find_areas("about 100 square miles (259 sq km) in Kharkiv")
    assert (figure.km2, figure.unit, figure.original) == (
        259.0,
        "km2",
        "100 square miles",
    )


def test_an_or_conversion_is_one_figure() -> None:
    (figure,) = find_areas("1,000 square kilometres, or 386 square miles, this year")
    assert (figure.km2, figure.original) == (1000.0, "386 square miles")


def test_two_figures_in_one_sentence() -> None:
    figures = find_areas("around 2,700 km2 so far, compared to just 465 km2 in 2023")
    assert [(f.km2, f.start, f.end) for f in figures] == [
        (2700.0, 7, 16),
        (465.0, 42, 49),
    ]


def test_a_distance_is_not_an_area() -> None:
    assert find_areas("advancing 4km across the bridge") == []


def test_find_numbers_reads_digits_and_words() -> None:
    assert [
        (n.text, n.value, n.in_words)
        for n in find_numbers("78,329 killed in two weeks")
    ] == [
        ("78,329", 78329.0, False),
        ("two", 2.0, True),
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [(2700.0, "2700"), (258.99881103359996, "258.998811"), (0.125, "0.125")],
)
def test_plain_km2(value: float, text: str) -> None:
    assert plain_km2(value) == text


@pytest.mark.parametrize(
    ("sentence", "km2"),
    [
        ("liberated 3,2 thousand square kilometres", 3200.0),
        ("some 1,25 thousand km2", 1250.0),
        # a thousands separator stays one: no scale word after it
        ("took 3,200 square kilometres", 3200.0),
        ("took 3,200 thousand hectares", 32000.0),
    ],
)
def test_a_decimal_comma_before_a_scale_word(sentence: str, km2: float) -> None:
    (area,) = find_areas(sentence)
    assert area.km2 == pytest.approx(km2)
