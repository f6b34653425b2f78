"""Output formats shared by every command: rich tables for people, CSV/JSON/Markdown
for scripts. A renderer receives finished rows and never queries or computes.

rich is imported only when a table is actually drawn, so a script asking for CSV or
JSON does not pay for it.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import IO, Any

BOUND_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


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


@dataclass(frozen=True)
class Column:
    """One output column: its key in the row, its table heading, and alignment."""

    key: str
    heading: str
    numeric: bool = False
    wrap: bool = False  # only free text (notes) may wrap; dates and ids never do


def json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def write_json(data: object, out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=json_default)
    out.write("\n")


def _plain(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(
    rows: Iterable[Mapping[str, Any]], keys: Sequence[str], out: IO[str] | None = None
) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_plain(row.get(key)) for key in keys])


def markdown_table(rows: Sequence[Mapping[str, str]], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table of already formatted cell text."""

    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(column.heading for column in columns) + " |",
        "|" + "|".join("---:" if c.numeric else "---" for c in columns) + "|",
    ]
    lines.extend(
        "| " + " | ".join(escape(row.get(c.key, "")) for c in columns) + " |"
        for row in rows
    )
    return "\n".join(lines)


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
        out.print(empty, markup=False)
        return
    # Cells are Text, never markup: a source named "[red]" must print as typed.
    table = Table(
        title=Text(title) if title else None,
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
        table.add_row(*(Text(row.get(column.key, "")) for column in columns))
    # A terminal narrower than the table must not cut figures short ("~2,7" for
    # ~2,700): draw at the width the table needs and let the terminal wrap.
    from rich.measure import Measurement

    needed = Measurement.get(out, out.options.update_width(10_000), table).maximum
    if needed > out.width:
        out.width = needed
    out.print(table)
    for note in footnotes:
        out.print(note, markup=False)


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
) -> None:
    """Print one result in the chosen format.

    `data_rows` hold raw values (for CSV and JSON); `table_rows` the same rows as
    formatted text (for the table and Markdown). JSON prints `json_data` when given,
    else the list of data rows.
    """
    if fmt is OutputFormat.json:
        write_json(json_data if json_data is not None else list(data_rows))
    elif fmt is OutputFormat.csv:
        write_csv(data_rows, keys)
    elif fmt is OutputFormat.markdown:
        text = markdown_table(table_rows, columns)
        if title:
            text = f"**{title}**\n\n{text}"
        if footnotes:
            text += "\n\n" + "\n".join(f"- {note}" for note in footnotes)
        sys.stdout.write(text + "\n")
    else:
        print_table(table_rows, columns, title=title, footnotes=footnotes, empty=empty)
