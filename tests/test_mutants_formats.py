"""Output formats byte for byte: JSON, CSV (with formula cells neutralised and
restored), Markdown, and the escaping of control characters for people. Every
expected string is written out by hand from the rules in render/formats.py's
docstring."""

from __future__ import annotations

import io
from datetime import date
from enum import Enum

import pytest

from frontline.render.formats import (
    Column,
    OutputFormat,
    escape_control,
    escape_lines,
    json_default,
    markdown_of,
    markdown_table,
    neutralise,
    restore_cell,
    write_csv,
    write_csv_values,
    write_json,
)


class Colour(Enum):
    RED = "red"


def test_json_is_indented_unicode_with_dates_and_enums() -> None:
    out = io.StringIO()
    write_json(
        {"on": date(2024, 1, 2), "fmt": OutputFormat.csv, "km²": [1.5, None]}, out
    )
    assert out.getvalue() == (
        '{\n  "on": "2024-01-02",\n  "fmt": "csv",\n  "km²": [\n    1.5,\n    null\n  ]\n}\n'
    )


def test_json_default_names_what_it_cannot_write() -> None:
    assert json_default(date(2024, 2, 29)) == "2024-02-29"
    assert json_default(Colour.RED) == "red"
    with pytest.raises(TypeError) as caught:
        json_default(object())
    assert str(caught.value) == "cannot serialise object"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("''-x", "'''-x"),
        ("a=b", "a=b"),
        ("'quoted'", "'quoted'"),
        ("", ""),
        (-12.5, -12.5),
        (None, None),
    ],
)
def test_neutralise_and_restore(value: object, expected: object) -> None:
    assert neutralise(value) == expected
    if isinstance(value, str):
        assert restore_cell(expected) == value  # type: ignore[arg-type]


def test_restore_leaves_cells_that_were_not_neutralised() -> None:
    assert restore_cell("'quoted'") == "'quoted'"
    assert restore_cell("'") == "'"
    assert restore_cell("x'=y") == "x'=y"


def test_csv_writes_plain_values_and_neutralises_text() -> None:
    out = io.StringIO()
    rows = [
        {"a": date(2024, 1, 2), "b": True, "c": None, "d": "=1+1", "e": -3.5},
        {"a": "x,y", "b": False, "c": 'say "hi"', "d": "line\nbreak", "e": 0},
    ]
    write_csv(rows, ["a", "b", "c", "d", "e"], out)
    assert out.getvalue() == (
        "a,b,c,d,e\n"
        "2024-01-02,true,,'=1+1,-3.5\n"
        '"x,y",false,"say ""hi""","line\nbreak",0\n'
    )


def test_raw_csv_keeps_formula_text() -> None:
    out = io.StringIO()
    write_csv([{"a": "=1+1", "b": None}], ["a", "b"], out, raw=True)
    assert out.getvalue() == "a,b\n=1+1,\n"


def test_a_lone_carriage_return_is_quoted_and_the_line_ends_with_newline() -> None:
    out = io.StringIO()
    write_csv([{"a": "x\ry", "b": "plain"}, {"a": "z", "b": "w"}], ["a", "b"], out)
    assert out.getvalue() == 'a,b\n"x\ry",plain\nz,w\n'


def test_csv_values_writes_rows_in_order_and_counts_them() -> None:
    out = io.StringIO()
    count = write_csv_values([(1, "a", None), (2, "b,c", 1.5)], ["id", "t", "v"], out)
    assert count == 2
    assert out.getvalue() == 'id,t,v\n1,a,\n2,"b,c",1.5\n'
    empty = io.StringIO()
    assert write_csv_values([], ["id"], empty) == 0
    assert empty.getvalue() == "id\n"


def test_markdown_table_aligns_numbers_and_escapes_pipes_and_breaks() -> None:
    columns = [Column("name", "Name"), Column("km2", "km²", numeric=True)]
    rows = [{"name": "a|b", "km2": "1,000"}, {"name": "line\nbreak\x1b"}]
    assert markdown_table(rows, columns) == (
        "| Name | km² |\n|---|---:|\n| a\\|b | 1,000 |\n| line break\\x1b |  |"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("\x1b]0;x\x07", "\\x1b]0;x\\x07"),
        ("a\nb", "a\\x0ab"),
        ("\x00\x1f\x7f\x9f", "\\x00\\x1f\\x7f\\x9f"),
        ("\xa0é", "\xa0é"),  # printable beyond C1: kept
        ("\u202aabc\u202e", "\\u202aabc\\u202e"),
        ("\u2066\u2069", "\\u2066\\u2069"),
        ("\u2065\u206a\u2029", "\u2065\u206a\u2029"),
        ("\ud800x", "\\ud800x"),
    ],
)
def test_escape_control(text: str, expected: str) -> None:
    assert escape_control(text) == expected


def test_escape_lines_keeps_line_breaks() -> None:
    assert escape_lines("a\x1b\nb\tc") == "a\\x1b\nb\\x09c"
    assert escape_lines("a\nb") == "a\nb"


def test_a_row_whose_every_cell_holds_a_carriage_return_is_quoted() -> None:
    out = io.StringIO()
    write_csv([{"a": "x\ry"}], ["a"], out)
    assert out.getvalue() == 'a\n"x\ry"\n'


def test_markdown_of_a_table_of_cell_text() -> None:
    from frontline.render.tables import Table

    columns = (Column("side", "Side"), Column("km2", "Change km²", numeric=True))
    table = Table(columns, [("A|B", "+1,234.5"), ("C", "-7")])
    assert markdown_of(table) == (
        "| Side | Change km² |\n|---|---:|\n| A\\|B | +1,234.5 |\n| C | -7 |"
    )
