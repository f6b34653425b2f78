"""Decimal marks read by hand: the last of two different marks is the decimal
one, a repeated mark groups thousands, `2.700` reads two ways, and a value
that contradicts `--decimal` says so."""

from __future__ import annotations

import pytest

from frontline.errors import InputError
from frontline.model.decimals import decimal_mark_of, read_number, two_ways


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("1,234.5", "."),
        ("1.234,5", ","),
        ("1,2.3,4", ","),  # the last mark is a comma, the first a comma too
        ("1.2,3.4", "."),  # the last mark is a dot, the first a dot too
        ("1.234.567", ","),
        ("1,234,567", "."),
        ("2.700", "?"),
        ("3.700 km2", "?"),
        ("2,5", ","),
        ("2.50", "."),
        ("12", None),
        ("no number", None),
    ],
)
def test_the_decimal_mark_of_a_number(text: str, mark: str | None) -> None:
    assert decimal_mark_of(text) == mark


def test_the_two_readings() -> None:
    assert two_ways("2.700") == "2.7 or 2700"
    assert two_ways("10.000") == "10 or 10000"
    assert two_ways("0,500") == "0.5 or 0500"


def test_a_value_against_the_decimal_option() -> None:
    with pytest.raises(InputError) as caught:
        read_number("1,234.5", ",", "area")
    assert (caught.value.field, caught.value.message) == (
        "area",
        "'1,234.5' has '.' as its decimal mark, but --decimal , was given",
    )
    with pytest.raises(InputError) as caught:
        read_number(" 2,5 ", ".", "reach")
    assert (caught.value.field, caught.value.message) == (
        "reach",
        "'2,5' has ',' as its decimal mark, but --decimal . was given",
    )
    assert read_number("2.700", ",", "area") == "2,700"
    assert read_number("2,5", None, "area") == "2.5"
    assert read_number(5, None, "area") == 5
