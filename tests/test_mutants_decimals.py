"""Decimal marks read by hand: the last of two different marks is the decimal
one, a repeated mark groups thousands, `2.700` reads two ways, and a value
that contradicts `--decimal` says so."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.model.decimals import (
    DecimalColumn,
    decimal_mark_of,
    read_number,
    two_ways,
)


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


# --- a column of a file -----------------------------------------------------------


def areas(db_path: Path) -> list[float]:
    with sqlite3.connect(db_path) as conn:
        return [a for (a,) in conn.execute("SELECT area_km2 FROM records ORDER BY id")]


@pytest.mark.parametrize("settled_by", ["option", "column"])
def test_two_dots_in_a_dot_decimal_column_are_thousands_groups(
    cli: Callable, db_path: Path, tmp_path: Path, settled_by: str
) -> None:
    # `1.234.567` can only be 1234567 with `.` grouping thousands, so its
    # decimal mark is `,`: in a column whose mark is `.` (given, or settled by
    # `12.5` on line 2) it is a contradiction, never a figure.
    path = tmp_path / "a.csv"
    path.write_text(
        "on,actor,region,area\n2024-11-19,a,b,12.5\n2024-11-20,a,b,1.234.567\n"
    )
    option = ("--decimal", ".") if settled_by == "option" else ()
    result = cli("import", str(path), "--kind", "holding", *option)
    assert result.exit_code == 2
    why = {
        "option": "but --decimal . was given",
        "column": "but line 2 ('12.5') has '.'; give --decimal . or --decimal ,",
    }[settled_by]
    assert result.stderr == (
        f"frontline: error: {path}, line 3: area: column 'area': '1.234.567' has "
        f"',' as its decimal mark, {why}\n"
    )
    assert not db_path.exists()


def test_a_json_number_does_not_stop_the_look_ahead(
    cli: Callable, db_path: Path, tmp_path: Path
) -> None:
    # `2.700` on line 1 reads two ways; the number 5 on line 2 has no mark to
    # give, so the look-ahead goes on to `12,5` on line 3: `,` is the mark,
    # and `2.700` is 2700.
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"on": "2024-11-19", "actor": "a", "region": "b", "area": "2.700"}\n'
        '{"on": "2024-11-20", "actor": "a", "region": "b", "area": 5}\n'
        '{"on": "2024-11-21", "actor": "a", "region": "b", "area": "12,5"}\n'
    )
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output
    assert areas(db_path) == [2700.0, 5.0, 12.5]


def test_the_look_ahead_skips_values_that_are_not_text() -> None:
    column = DecimalColumn(None, "area", lambda: [(3, 5), (4, None), (5, "12,5")])
    assert column.read("2.700", 2) == "2,700"
    assert (column.decimal, column.seen) == (",", (5, "12,5"))
