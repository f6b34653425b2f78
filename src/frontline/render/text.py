"""Output formats shared by every command: text tables for people (fitted to the
terminal by `render.table`), CSV/JSON/Markdown for scripts. A renderer receives
finished rows and never queries or computes. Control characters in data are
shown escaped in everything people read.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from frontline.render.formats import (
    Column,
    OutputFormat,
    escape_control,
    escape_lines,
    markdown_of,
)

if TYPE_CHECKING:
    from frontline.render.tables import Table

BOUND_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def format_number(value: float, decimals: int | None = None) -> str:
    """Thousands separators; one decimal unless the value is (nearly) whole."""
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 0.05 else 1
    text = f"{value:,.{decimals}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]  # a negative value that rounds to zero prints as zero
    return text


def format_area(value: float | None, bound: str = "exact") -> str:
    """`~2,700`, `≥1,000`, `≤500`, `465`: the figure with its precision."""
    if value is None:
        return ""
    return f"{BOUND_SIGNS.get(bound, '')}{format_number(value)}"


def console(stderr: bool = False):
    """A rich console on the current stdout or stderr (for progress bars), looked
    up at call time; no colour when NO_COLOR or --no-color says so."""
    from rich.console import Console

    from frontline.render.table import colour_wanted

    stream = sys.stderr if stderr else sys.stdout
    return Console(
        file=stream,
        soft_wrap=False,
        highlight=False,
        no_color=not colour_wanted(stream),
        width=None if stream.isatty() else 200,
    )


def print_table(
    rows: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    footnotes: Sequence[str] = (),
    empty: str = "nothing to show",
    drop: Sequence[str] | None = None,
) -> None:
    """A table of already formatted cell text, numbers right-aligned, fitted to
    the terminal by leaving out columns in the order `drop` names (default: from
    the last column back, never the first)."""
    from frontline.render.table import draw, hidden_line, styled

    out = sys.stdout
    if not rows:
        out.write(f"{escape_control(empty)}\n")
        return
    if drop is None:
        drop = [column.key for column in columns[:0:-1]]
    layout = draw(_table(rows, columns), title=title, drop=drop, out=out)
    if layout.hidden:
        out.write(styled(hidden_line(layout.hidden), "dim", out) + "\n")
    if footnotes:
        print_notes(footnotes, blank=True)


def emit(
    fmt: OutputFormat,
    *,
    data_rows: Sequence[Mapping[str, Any]],
    keys: Sequence[str],
    table_rows: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    json_data: object | None = None,
    title: str | None = None,
    footnotes: Sequence[str] = (),
    empty: str = "nothing to show",
    drop: Sequence[str] | None = None,
    raw: bool = False,
) -> None:
    """Print one result in the chosen format (`raw`: CSV cells as stored).

    `data_rows` hold raw values (for CSV and JSON); `table_rows` the same rows as
    formatted text (for the table and Markdown). JSON prints `json_data` when given,
    else the list of data rows.
    """
    # The writers load `formats.cells` (and `csv`, `json`): only when asked.
    if fmt is OutputFormat.json:
        from frontline.render.formats import write_json

        write_json(json_data if json_data is not None else list(data_rows))
    elif fmt is OutputFormat.csv:
        from frontline.render.formats import write_csv

        write_csv(data_rows, keys, raw=raw)
    elif fmt is OutputFormat.markdown:
        text = markdown_of(_table(table_rows, columns))
        if title:
            text = f"**{title}**\n\n{text}"
        if footnotes:
            text += "\n\n" + "\n".join(f"- {note}" for note in footnotes)
        sys.stdout.write(escape_lines(text) + "\n")
    else:
        print_table(
            table_rows,
            columns,
            title=title,
            footnotes=footnotes,
            empty=empty,
            drop=drop,
        )


NOTE_WIDTH = 120


def table_with_notes(
    fmt: OutputFormat,
    title: str,
    cells: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    lines: Sequence[str],
    drop: Sequence[str] | None = None,
) -> None:
    """A titled table and its explanatory lines, as a text table or as Markdown."""
    layout_with_notes(fmt, title, _table(cells, columns), lines, drop)


def _table(rows: Sequence[Mapping[str, str]], columns: Sequence[Column]) -> Table:
    """Rows of cell text by key as a Table in the columns' order (a missing
    cell is empty): what the text table and Markdown writers draw."""
    from frontline.render.tables import Table

    keys = [column.key for column in columns]
    return Table(tuple(columns), [[row.get(key, "") for key in keys] for row in rows])


def layout_with_notes(
    fmt: OutputFormat,
    title: str,
    table: Table,
    lines: Sequence[str],
    drop: Sequence[str] | None = None,
) -> None:
    """A titled Table of cell text (a text layout of a report) and its
    explanatory lines, as a text table or as Markdown."""
    if fmt is OutputFormat.markdown:
        text = f"**{title}**\n\n" + (
            markdown_of(table) if table.rows else "no figures match"
        )
        text += "\n\n" + "\n".join(f"- {line}" for line in lines)
        sys.stdout.write(escape_lines(text) + "\n")
        return
    if not table.rows:
        sys.stdout.write("no figures match\n")
        return
    from frontline.render.table import draw, hidden_line, styled

    if drop is None:
        drop = [column.key for column in table.columns[:0:-1]]
    layout = draw(table, title=title, drop=drop)
    if layout.hidden:
        sys.stdout.write(styled(hidden_line(layout.hidden), "dim") + "\n")
        lines = [_marked_where_hidden(line, table, layout.shown) for line in lines]
    if lines:
        print_notes(lines, blank=True)


_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _marked_where_hidden(line: str, table: Table, shown: Sequence[int]) -> str:
    """A footnote whose mark stands only in columns a narrow terminal left out
    says so: otherwise the reader cannot tell which row it is about."""
    mark = line[: len(line) - len(line.lstrip(_MARKS))]
    if not mark or any(mark in str(row[i]) for row in table.rows for i in shown):
        return line
    return f"{line} (marked in a hidden column)"


def note_width() -> int:
    """Notes wrap at 120 columns, or at the terminal's width when narrower."""
    from frontline.render.table import terminal_width

    return min(NOTE_WIDTH, terminal_width() or NOTE_WIDTH)


def print_notes(lines: Sequence[str], blank: bool = False) -> None:
    """Footnotes, wrapped with continuation lines indented; `blank` puts an empty
    line before them (after a table)."""
    from frontline.render.table import wrap_text

    if not lines:
        return
    from frontline.render.table import styled

    width = note_width()
    warning = styled("warning:", "yellow")
    lines = [escape_control(line) for line in lines]
    text = "\n".join(
        wrap_text(line, width, indent="  ").replace("warning:", warning, 1)
        if line.startswith("warning:")
        else wrap_text(line, width, indent="  ")
        for line in lines
    )
    sys.stdout.write(("\n" if blank else "") + text + "\n")
