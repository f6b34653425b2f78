"""Shared output helpers: numbers with bounds, tables that never cut figures."""

from __future__ import annotations

import pytest

from frontline.render import text as render
from frontline.render.formats import Column
from frontline.render.text import format_area, format_number


@pytest.mark.parametrize(
    ("value", "bound", "text"),
    [
        (2700.0, "approx", "~2,700"),
        (1000.0, "at_least", "≥1,000"),
        (500.0, "at_most", "≤500"),
        (1104.5625, "approx", "~1,104.6"),
        (-0.001, "exact", "0"),
    ],
)
def test_format_area(value: float, bound: str, text: str) -> None:
    assert format_area(value, bound) == text


def test_format_number_never_prints_negative_zero() -> None:
    assert format_number(-0.001, 2) == "0.00"


def test_narrow_terminal_leaves_out_columns_never_cuts_figures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "30")
    render.print_table(
        [{"series": "russia in ukraine", "km2": "~2,700", "days": "324/366"}],
        [
            Column("series", "series"),
            Column("km2", "km²", True),
            Column("days", "days", True),
        ],
    )
    assert capsys.readouterr().out.splitlines() == [
        "  series                 km²",
        " " + "━" * 27,
        "  russia in ukraine   ~2,700",
        "hidden: days — widen the terminal or use",
        "  --wide",
    ]


def test_cells_are_text_not_markup(capsys: pytest.CaptureFixture[str]) -> None:
    render.print_table([{"source": "[red]ISW[/red]"}], [Column("source", "source")])
    assert "  [red]ISW[/red]\n" in capsys.readouterr().out
