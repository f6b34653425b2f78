"""The report table's own measuring (`render.report_table._measure`): the widths
and the `plain` flag `render.table.measure` gives for the same cells, found a
column at a time."""

from __future__ import annotations

import pytest

from frontline.render.formats import _CONTROL
from frontline.render.labels import area_text, rate_text, ratio_text, share_text
from frontline.render.report_table import _measure
from frontline.render.table import _NARROW, cell_width, cells_by_character, measure
from frontline.render.tables import (
    AREA,
    COVERAGE,
    CUMULATIVE,
    DAYS_COVERED,
    HOLDING,
    PERIOD,
    RATE,
    SERIES_LABEL,
    SOURCE,
)

COLUMNS = (
    SERIES_LABEL._replace(heading="series"),
    SOURCE._replace(heading="source"),
    PERIOD,
    AREA._replace(heading="km²"),
    DAYS_COVERED._replace(heading="days"),
    COVERAGE._replace(heading="cover"),
    RATE._replace(heading="km²/day"),
    CUMULATIVE._replace(heading="cumulative"),
    HOLDING._replace(heading="held km²"),
)


def row(label: str = "russia in ukraine", source: str = "ISW", **cells: str) -> list:
    values = {
        "area": "~2,700¹",
        "days": "324/366",
        "cover": "89%",
        "rate": "~8.33",
        "cumulative": "≥12,345,678.9",
        "held": "—",
    }
    values.update(cells)
    return [label, source, "2024-06", *values.values()]


@pytest.mark.parametrize(
    ("rows", "widths", "plain"),
    [
        # Plain text: the widest cell or the heading, whichever is wider.
        ([row(), row("ukraine", "DeepState", area="5")],
         [17, 9, 7, 7, 7, 5, 7, 13, 8], True),
        # A control character in a name is measured as it is drawn, escaped
        # (`\x1b` is four columns), and the table is no longer plain.
        ([row("a\x1bb"), row()], [17, 6, 7, 7, 7, 5, 7, 13, 8], False),
        ([row(), row(source="a\x1b[2Jb")], [17, 9, 7, 7, 7, 5, 7, 13, 8], False),
        # Wide characters take two columns each; combining marks none.
        ([row("東京東京東京東京東京"), row()], [20, 6, 7, 7, 7, 5, 7, 13, 8], False),
        ([row("e\u0301" * 18)], [18, 6, 7, 7, 7, 5, 7, 13, 8], False),
        # A bidirectional override is escaped, though printable-looking.
        ([row("x\u202ey")], [8, 6, 7, 7, 7, 5, 7, 13, 8], False),
        # The same name on many rows is measured once, as many times.
        ([row()] * 50 + [row("ukraine in kursk region")],
         [23, 6, 7, 7, 7, 5, 7, 13, 8], True),
    ],
)  # fmt: skip
def test_widths_and_plain_are_those_of_measure(rows, widths, plain) -> None:
    got = _measure(COLUMNS, rows)
    assert list(got) == widths
    assert got.plain is plain
    expected = measure(COLUMNS, rows)
    assert list(got) == list(expected)
    assert got.plain is expected.plain


# Every character a number's cell can hold: what the formatters write for any
# value and bound, the footnote markers, the coverage and the day counts.
NUMBER_CHARACTERS = "0123456789,.-~≥≤—×%/⁰¹²³⁴⁵⁶⁷⁸⁹naif"


def test_every_character_of_a_number_cell_is_printable_and_one_column_wide() -> None:
    for char in NUMBER_CHARACTERS:
        assert char.isprintable(), char
        assert _CONTROL.search(char) is None, char
        assert _NARROW(char) is not None, char
        assert cells_by_character(char) == cell_width(char) == 1, char


@pytest.mark.parametrize(
    "value", [None, 0.0, -0.04, 0.05, 999.4, 999.5, -1234.56, 1e7, 2.5e15, float("inf")]
)
@pytest.mark.parametrize("bound", [None, "exact", "approx", "at_least", "at_most"])
def test_the_formatters_write_only_those_characters(value, bound) -> None:
    texts = [area_text(value, bound), rate_text(value, bound)]
    if value is not None:
        texts += [share_text(value, bound), ratio_text(value)]
    for text in texts:
        assert set(text) <= set(NUMBER_CHARACTERS), text
