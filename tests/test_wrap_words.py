"""Notes of single spaces between words are wrapped without `textwrap`
(`render.table._wrap_words`): the same lines as `textwrap.wrap` gives them,
for any words, widths and indents, and any other text still goes to
`textwrap`."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from frontline.render import table
from frontline.render.table import MIN_TITLE_WIDTH, cell_width, wrap_text


def by_textwrap(text: str, width: int | None, indent: str) -> str:
    """`wrap_text` as it was: every text of one cell a character laid by
    `textwrap`."""
    cells = cell_width(text)
    if width is None or cells <= width:
        return text
    if cells != len(text):
        return table._wrap_cells(text, max(width, MIN_TITLE_WIDTH), indent)
    lines = textwrap.wrap(
        text,
        max(width, MIN_TITLE_WIDTH),
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines) or text


# Words of letters, digits, punctuation and one-cell signs a note holds, some
# long enough to fill a line alone.
words = st.text(
    alphabet="ab-–—.,:()¹²³⁴km²~…0123456789", min_size=1, max_size=12
) | st.text(alphabet="xyz-", min_size=30, max_size=140)
widths = st.none() | st.integers(0, 130)
indents = st.sampled_from(["", " ", "  ", "    "])


@given(st.lists(words, min_size=1, max_size=60), widths, indents)
def test_single_spaces_wrap_as_textwrap_wraps_them(parts, width, indent) -> None:
    text = " ".join(parts)
    assert wrap_text(text, width, indent) == by_textwrap(text, width, indent)


# Any blanks: doubled spaces, spaces at either end, tabs, newlines, a space
# that is no break (what `wrap_message` puts between a figure and its unit).
blanks = st.sampled_from([" ", " ", "  ", "   ", "\t", "\n", "\u00a0", " \u00a0 "])


@given(st.lists(st.tuples(words, blanks), min_size=1, max_size=50), widths, indents)
def test_any_blanks_wrap_as_textwrap_wraps_them(parts, width, indent) -> None:
    text = "".join(word + blank for word, blank in parts)
    for cut in (text, text.strip(" "), " " + text):
        assert wrap_text(cut, width, indent) == by_textwrap(cut, width, indent)


def test_a_gap_warning_wraps_at_120_with_a_hanging_indent() -> None:
    note = (
        "³¹⁸ gap (ukraine in r040, DeepState): no figure on 2015-05-14..2015-05-20 "
        "(7 days): the snapshots on either side are interpolated across it, so "
        "numbers there are prorated estimates (~)"
    )
    assert wrap_text(note, 120, "  ") == (
        "³¹⁸ gap (ukraine in r040, DeepState): no figure on 2015-05-14..2015-05-20 "
        "(7 days): the snapshots on either side are\n"
        "  interpolated across it, so numbers there are prorated estimates (~)"
    )


def test_a_word_longer_than_the_line_stands_alone() -> None:
    long = "x" * 50
    assert wrap_text(f"a b {long} c", 40, "  ") == f"a b\n  {long}\n  c"
    assert wrap_text(f"{long} c", 40, "  ") == f"{long}\n  c"
    assert wrap_text(long + "y", 40) == long + "y"


def test_a_footnote_line_is_measured_by_its_length() -> None:
    for mark in ("¹", "³¹⁸", "⁰⁴⁵⁶⁷⁸⁹"):
        line = f"{mark} gap (russia in r000, S): no figure on 2016-04-14..2016-04-19"
        assert cell_width(line) == len(line) == table.cells_by_character(line)
    # Marks, then text that is not ASCII alone: measured as before.
    assert cell_width("¹ 東京") == 6 == table.cells_by_character("¹ 東京")
    assert cell_width("¹ e\u0301") == 3
