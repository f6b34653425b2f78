"""Renderer details that the command tests do not reach: the large-table path,
number formats and chart bars."""

from __future__ import annotations

from datetime import date, timedelta

from frontline.records import Record
from frontline.render import Column
from frontline.report_render import (
    Footnotes,
    bar,
    percent_text,
    rate_text,
    ratio_text,
    show_table,
    signed_text,
)
from frontline.series import build


def _rows() -> list[dict[str, str]]:
    """300 daily buckets of a series of ten-day figures, as table cells."""
    start = date(2024, 1, 1)
    figures = [
        Record("change", "russia", "ukraine", start + timedelta(days=10 * k),
               start + timedelta(days=10 * k + 9), 10.0 * k + 0.5, "approx", source="ISW")
        for k in range(30)
    ]  # fmt: skip
    series = build(figures)
    cells = []
    for offset in range(300):
        day = start + timedelta(days=offset)
        integral = series.window(day, day)
        cells.append(
            {
                "series": "russia in ukraine",
                "period": day.isoformat(),
                "area": f"{integral.total:,.2f}",
                "rate": rate_text(integral.rate, integral.bound),
            }
        )
    return cells


COLUMNS = (
    Column("series", "series"),
    Column("period", "period"),
    Column("area", "km²", numeric=True),
    Column("rate", "km²/day", numeric=True),
)


def test_the_direct_table_is_the_rich_table(capsys):
    rows = _rows()
    show_table(rows, COLUMNS, title="Gains by day, 2024", limit=len(rows))
    drawn_by_rich = capsys.readouterr().out
    show_table(rows, COLUMNS, title="Gains by day, 2024", limit=0)
    drawn_directly = capsys.readouterr().out
    assert drawn_directly == drawn_by_rich
    assert drawn_directly.splitlines()[2].rstrip() == (
        "  series              period         km²   km²/day"
    )


def test_number_formats():
    assert rate_text(15.625, "at_least") == "≥15.6"
    assert rate_text(1700 / 260, "approx") == "~6.54"
    assert rate_text(None) == ""
    assert rate_text(-0.001) == "0.00"
    assert percent_text(324, 366) == "88.5%"
    assert percent_text(31, 31) == "100%"
    assert ratio_text(2700 / 465) == "5.81×"
    assert signed_text(2235) == "+2,235"
    assert signed_text(-578) == "-578"
    assert signed_text(0.01) == "0"


def test_bars_resolve_eighths_of_a_character():
    assert bar(100, 100, width=8) == "████████"
    assert bar(50, 100, width=8) == "████"
    assert bar(1, 100, width=8) == "▏"
    assert bar(0, 100) == ""
    assert bar(150, 100, width=4) == "████"


def test_footnote_markers_are_numbered_once_per_note():
    notes = Footnotes()
    assert [notes.mark("a"), notes.mark("b"), notes.mark("a")] == ["¹", "²", "¹"]
    for _ in range(9):
        notes.mark(f"n{_}")
    assert notes.mark("eleventh") == "¹²"
    assert notes.lines()[:2] == ["¹ a", "² b"]
