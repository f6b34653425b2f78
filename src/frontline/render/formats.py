"""CSV, JSON and Markdown output: raw numbers for scripts and documents.

Two kinds of data are made safe on their way out, never in the database:

- CSV cells a spreadsheet would run as a formula (text starting with `=`, `+`,
  `-`, `@`, tab or carriage return, or their fullwidth forms, even after spaces
  or zero-width characters) are written with a `'` in front, as OWASP
  recommends, since newsrooms open these files in Excel. Numbers are never
  touched (an area change of -12.5 stays -12.5). A text cell that already starts
  with `'`s before such a character gets one more, so that `frontline import`
  can restore every value exactly by removing one: see `restore_cell`. `--raw`
  writes cells as stored. JSON is always exact. That codec, and the CSV and
  JSON writers, live in `formats/cells.py`, which `export` and `import` share
  with the writers here: one rule each way.
- Control characters (C0, DEL, C1), bidirectional overrides and lone surrogates
  are shown escaped (`\x1b`, `\u202e`) in everything meant for people: tables,
  Markdown, charts, messages. A note holding `\x1b]0;…\a` cannot retitle the
  terminal or clear the screen. CSV and JSON keep the data exact.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

__all__ = [
    "Column",
    "OutputFormat",
    "escape_control",
    "escape_lines",
    "json_default",
    "markdown_of",
    "markdown_table",
    "neutralise",
    "restore_cell",
    "write_csv",
    "write_csv_values",
    "write_json",
]

if TYPE_CHECKING:
    from frontline.formats.cells import (
        json_default,
        neutralise,
        restore_cell,
        write_csv,
        write_csv_values,
        write_json,
    )
    from frontline.render.tables import Table

# The cell codec and the CSV and JSON writers, loaded when first asked for:
# every command imports this module for `OutputFormat`, and most print no CSV
# or JSON (the `json` module alone is about a millisecond of start-up).
_CELLS = frozenset(
    (
        "json_default",
        "neutralise",
        "restore_cell",
        "write_csv",
        "write_csv_values",
        "write_json",
    )
)


def __getattr__(name: str) -> Any:
    """The writers of `formats.cells` (see `_CELLS`), and `_CONTROL`, made on
    first use."""
    if name in _CELLS:
        from frontline.formats import cells

        value = getattr(cells, name)
    elif name == "_CONTROL":
        value = _control()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


class Column(NamedTuple):
    """One output column: its key in the row, its table heading, and alignment.
    (A named tuple: a frozen dataclass costs every command a millisecond.)"""

    key: str
    heading: str
    numeric: bool = False
    wrap: bool = False  # only free text (notes) may wrap; dates and ids never do


# C0 controls, DEL, C1 controls, bidirectional embeddings, overrides and
# isolates, and lone surrogates (which no terminal encoding can even write).
# Every one of them is a character `str.isprintable` refuses, so printable text
# (nearly all of it) is answered without the pattern, compiled on first need
# (half a millisecond, for its ranges beyond Latin-1).
_CONTROL_CHARACTERS = "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


_pattern: re.Pattern[str] | None = None


def _control() -> re.Pattern[str]:
    global _pattern
    if _pattern is None:
        _pattern = re.compile(_CONTROL_CHARACTERS)
    return _pattern


def escape_control(text: str) -> str:
    """`text` for a terminal or a document: every control character shown as its
    escape (`\x1b`, `\n`'s `\x0a`, `\u202e`), so that data cannot move the
    cursor, retitle the window, clear the screen or reverse what follows."""
    if text.isprintable() or _control().search(text) is None:
        return text
    return _control().sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_lines(text: str) -> str:
    """`escape_control` for each line of a text whose line breaks are its own."""
    if text.isprintable() or _control().search(text) is None:
        return text
    return "\n".join(escape_control(line) for line in text.split("\n"))


def markdown_table(rows: Sequence[Mapping[str, str]], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table of already formatted cell text."""
    return _markdown(columns, ([row.get(c.key, "") for c in columns] for row in rows))


def markdown_of(table: "Table") -> str:
    """A Table of cell text (a text layout of a report: `render.tables`) as a
    GitHub-flavoured Markdown table."""
    return _markdown(table.columns, table.rows)


def _markdown(columns: Sequence[Any], rows: Iterable[Sequence[str]]) -> str:
    def escape(text: str) -> str:
        return escape_control(text.replace("|", "\\|").replace("\n", " "))

    lines = [
        "| " + " | ".join(column.heading for column in columns) + " |",
        "|" + "|".join("---:" if c.numeric else "---" for c in columns) + "|",
    ]
    lines.extend("| " + " | ".join(map(escape, cells)) + " |" for cells in rows)
    return "\n".join(lines)
