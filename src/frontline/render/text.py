"""Output formats shared by every command: rich tables for people, CSV/JSON/Markdown
for scripts. A renderer receives finished rows and never queries or computes.

rich is imported only when a table is actually drawn, so a script asking for CSV or
JSON does not pay for it.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any

from frontline.render.formats import (
    Column,
    OutputFormat,
    escape_control,
    escape_lines,
    markdown_table,
    write_csv,
    write_json,
)

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
    """A rich console on the current stdout or stderr, looked up at call time."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # In a pipe or a file, a table takes the width it needs instead of 80 columns.
    return Console(
        file=stream,
        soft_wrap=False,
        highlight=False,
        width=None if stream.isatty() else 200,
    )


def print_table(
    rows: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    footnotes: Sequence[str] = (),
    empty: str = "nothing to show",
) -> None:
    """A rich table of already formatted cell text, numbers right-aligned."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    if not rows:
        out.print(escape_control(empty), markup=False)
        return
    # Cells are Text, never markup: a source named "[red]" must print as typed.
    table = Table(
        title=Text(escape_control(title)) if title else None,
        box=box.SIMPLE_HEAVY,
        title_justify="left",
    )
    for column in columns:
        table.add_column(
            column.heading,
            justify="right" if column.numeric else "left",
            no_wrap=not column.wrap,
            overflow="fold",
        )
    for row in rows:
        table.add_row(
            *(Text(escape_control(row.get(column.key, ""))) for column in columns)
        )
    # A terminal narrower than the table must not cut figures short ("~2,7" for
    # ~2,700): draw at the width the table needs and let the terminal wrap.
    from rich.measure import Measurement

    needed = Measurement.get(out, out.options.update_width(10_000), table).maximum
    if needed > out.width:
        out.width = needed
    out.print(table)
    for note in footnotes:
        out.print(escape_control(note), markup=False)


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
    raw: bool = False,
) -> None:
    """Print one result in the chosen format (`raw`: CSV cells as stored).

    `data_rows` hold raw values (for CSV and JSON); `table_rows` the same rows as
    formatted text (for the table and Markdown). JSON prints `json_data` when given,
    else the list of data rows.
    """
    if fmt is OutputFormat.json:
        write_json(json_data if json_data is not None else list(data_rows))
    elif fmt is OutputFormat.csv:
        write_csv(data_rows, keys, raw=raw)
    elif fmt is OutputFormat.markdown:
        text = markdown_table(table_rows, columns)
        if title:
            text = f"**{title}**\n\n{text}"
        if footnotes:
            text += "\n\n" + "\n".join(f"- {note}" for note in footnotes)
        sys.stdout.write(escape_lines(text) + "\n")
    else:
        print_table(table_rows, columns, title=title, footnotes=footnotes, empty=empty)


RICH_ROW_LIMIT = 300
NOTE_WIDTH = 120


def show_table(
    rows: Sequence[dict[str, str]],
    columns: Sequence[Column],
    *,
    title: str,
    empty: str = "no figures match",
    limit: int = RICH_ROW_LIMIT,
) -> None:
    """A rich table; above `limit` rows the same layout is written directly
    (bold headings and an italic title on a terminal, as rich draws them), because
    rich lays out less than a thousand rows a second."""
    if len(rows) > limit:
        keys = [column.key for column in columns]
        if write_table(
            [[row.get(k, "") for k in keys] for row in rows], columns, title
        ):
            return
    print_table(rows, columns, title=title, empty=empty)


def write_table(
    cells: Sequence[Sequence[str]], columns: Sequence[Column], title: str
) -> bool:
    """Write rows of cell text (in column order) in rich's SIMPLE_HEAVY layout; False,
    writing nothing, when the table is too wide for that (rich then wraps it).

    Each line is one `str.format` of a template holding the column widths and
    alignments, so a 60,000-row table costs a fraction of a second."""
    if not cells:
        return False
    title = escape_control(title)
    cells = [[escape_control(cell) for cell in row] for row in cells]
    widths = [
        max(len(column.heading), max(map(len, values)))
        for column, values in zip(columns, zip(*cells, strict=True), strict=True)
    ]
    width = 2 + sum(w + 2 for w in widths) + len(widths) - 1
    if width > 120 or len(title) > width:
        return False
    aligns = [">" if column.numeric else "<" for column in columns]
    template = (
        " "
        + " ".join(f" {{:{a}{w}}} " for a, w in zip(aligns, widths, strict=True))
        + " \n"
    )
    out = sys.stdout
    bold = italic = reset = ""
    if out.isatty():
        bold, italic, reset = "\x1b[1m", "\x1b[3m", "\x1b[0m"
    out.write(f"{italic}{title}{reset}{' ' * (width - len(title))}\n{' ' * width}\n")
    heading = " ".join(
        f" {bold}{column.heading:{a}{w}}{reset} "
        for column, a, w in zip(columns, aligns, widths, strict=True)
    )
    out.write(f" {heading} \n")
    out.write(" " + "━" * (width - 2) + " \n")
    line = template.format
    for start in range(0, len(cells), 5000):
        out.write("".join([line(*row) for row in cells[start : start + 5000]]))
    out.write(" " * width + "\n")
    return True


def table_with_notes(
    fmt: OutputFormat,
    title: str,
    cells: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    lines: Sequence[str],
) -> None:
    """A titled table and its explanatory lines, as a rich table or as Markdown."""
    if fmt is OutputFormat.markdown:
        text = f"**{title}**\n\n" + (
            markdown_table(cells, columns) if cells else "no figures match"
        )
        text += "\n\n" + "\n".join(f"- {line}" for line in lines)
        sys.stdout.write(escape_lines(text) + "\n")
        return
    print_table(cells, columns, title=title, empty="no figures match")
    if cells:
        print_notes(lines)


def print_notes(lines: Sequence[str]) -> None:
    """Footnotes, wrapped at 120 columns with continuation lines indented."""
    import textwrap

    for line in lines:
        line = escape_control(line)
        wrapped = textwrap.wrap(line, NOTE_WIDTH, subsequent_indent="  ") or [""]
        sys.stdout.write("\n".join(wrapped) + "\n")
