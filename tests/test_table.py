"""The direct table writer: fitting columns to a width, never splitting a cell."""

from __future__ import annotations

import io

import pytest

from frontline.render import table
from frontline.render.formats import Column

COLUMNS = (
    Column("series", "series"),
    Column("area", "km²", numeric=True),
    Column("days", "days", numeric=True),
    Column("cover", "cover", numeric=True),
)
ROWS = [["russia in ukraine", "~2,700", "324/366", "88.5%"], ["ukraine", "40", "1/1", "100%"]]  # fmt: skip


def draw(limit: int | None, drop=("cover", "days")) -> tuple[list[str], table.Layout]:
    out = io.StringIO()
    layout = table.write_table(ROWS, COLUMNS, drop=drop, out=out, limit=limit)
    return out.getvalue().splitlines(), layout


def test_full_width_layout_has_no_trailing_spaces() -> None:
    lines, layout = draw(None)
    assert lines == [
        "  series                 km²      days   cover",
        " " + "━" * 45,
        "  russia in ukraine   ~2,700   324/366   88.5%",
        "  ukraine                 40       1/1    100%",
    ]
    assert layout.hidden == []
    assert layout.width == 46 == max(map(len, lines))


@pytest.mark.parametrize(
    ("limit", "hidden"),
    [
        (46, []),
        (45, ["cover"]),
        (38, ["cover"]),
        (37, ["cover", "days"]),
        (10, ["cover", "days"]),
    ],
)
def test_columns_are_left_out_in_the_order_given(limit: int, hidden: list[str]) -> None:
    lines, layout = draw(limit)
    assert [column.key for column in layout.hidden] == hidden
    if hidden != ["cover", "days"] or limit >= 28:
        assert max(map(len, lines)) <= limit


def test_columns_not_named_are_never_left_out() -> None:
    lines, _layout = draw(10)
    assert (
        lines[2] == "  russia in ukraine   ~2,700"
    )  # wider than 10: nothing else to drop


def test_wide_characters_take_two_columns() -> None:
    assert table.cell_width("東京") == 4
    assert table.cell_width("≥1,000") == 6
    out = io.StringIO()
    table.write_table([["東京", "1"], ["kyiv", "22"]], COLUMNS[:2], out=out, limit=None)
    assert out.getvalue().splitlines()[2:] == ["  東京       1", "  kyiv      22"]


def test_rows_can_be_streamed_twice_from_a_function() -> None:
    calls = []

    def rows():
        calls.append(1)
        return iter(ROWS)

    out = io.StringIO()
    table.write_table(rows, COLUMNS, out=out, limit=None)
    assert len(calls) == 2
    assert "russia in ukraine" in out.getvalue()


def test_width_comes_from_columns_even_in_a_pipe(monkeypatch) -> None:
    assert table.terminal_width(io.StringIO()) is None
    monkeypatch.setenv("COLUMNS", "72")
    assert table.terminal_width(io.StringIO()) == 72
    table.configure(wide=True)
    assert table.terminal_width(io.StringIO()) is None


def test_no_colour_in_a_pipe_or_with_no_color(monkeypatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert table.styled("hidden", "dim", Terminal()) == "\x1b[2mhidden\x1b[0m"
    assert table.styled("hidden", "dim", io.StringIO()) == "hidden"
    monkeypatch.setenv("NO_COLOR", "1")
    assert table.styled("hidden", "dim", Terminal()) == "hidden"
    monkeypatch.delenv("NO_COLOR")
    table.configure(no_color=True)
    assert table.styled("hidden", "dim", Terminal()) == "hidden"


def test_hidden_line_names_the_headings(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert table.hidden_line(COLUMNS[2:]) == (
        "hidden: days, cover — widen the terminal or use --wide"
    )


def test_prose_wraps_between_words_only() -> None:
    assert table.wrap_text("a" * 50 + " b", 40) == "a" * 50 + "\nb"
    assert table.wrap_text("short", None) == "short"


def test_names_wrap_between_words_when_nothing_is_left_to_drop() -> None:
    columns = (Column("source", "source", wrap=True), Column("area", "km²", numeric=True))  # fmt: skip
    out = io.StringIO()
    rows = [["Ukrainian General Staff", "40"], ["ISW", "~2,700"]]
    layout = table.write_table(rows, columns, out=out, limit=22)
    assert layout.widths == [11, 6]
    assert out.getvalue().splitlines()[2:] == [
        "  Ukrainian" + " " * 9 + "40",
        "  General",
        "  Staff",
        "  ISW" + " " * 11 + "~2,700",
    ]


def test_characters_taken_as_one_column_are_one_column() -> None:
    # Text made of these is padded by str.format and measured by len(): every
    # character the fast path accepts must be one terminal column.
    accepted = [chr(c) for c in range(0x3000) if table._NARROW(chr(c))]
    assert "—" in accepted and "≥" in accepted and "¹" in accepted
    assert "中" not in accepted and "\u0301" not in accepted
    assert all(
        table.cells_by_character(char) == 1 for char in accepted if char.isprintable()
    )
    # And so measured by len() without a look-up, whatever their mix.
    text = "".join(char for char in accepted if char.isprintable())
    assert table.cell_width(text) == len(text) == table.cells_by_character(text)


def test_narrow_symbols_pad_like_ascii() -> None:
    out = io.StringIO()
    table.write_table(
        [["—", "≥1,000¹"], ["a", "2"]],
        [Column("n", "name"), Column("v", "value", numeric=True)],
        out=out,
        limit=None,
    )
    assert out.getvalue().splitlines()[2:] == ["  —      ≥1,000¹", "  a            2"]


def test_prose_of_wide_characters_wraps_by_the_cells_a_terminal_gives_them() -> None:
    # "frontline: error:" is 17 cells and each " 東京新聞" 9 (four characters
    # of two cells, and a space): seven words make 17 + 63 = 80 cells, which
    # fit 80; the eighth goes to an indented line. Counted by characters the
    # text is 57 long, and would not have been wrapped at all.
    text = "frontline: error: " + " ".join(["東京新聞"] * 8)
    assert len(text) == 57 and table.cell_width(text) == 89
    assert table.wrap_text(text, 80, indent="  ") == (
        "frontline: error: " + " ".join(["東京新聞"] * 7) + "\n  東京新聞"
    )
