"""Text tables that fit the terminal, written directly.

Every table of frontline goes through `write_table`: one `str.format` of a
template per row, so a table of 200,000 rows costs about as much as its CSV, and
rows can be streamed (widths come from a first pass over the rows, so memory does
not grow with their number). The layout is the one rich draws as SIMPLE_HEAVY
(bold headings over a heavy rule), without the space-padded lines and trailing
spaces rich leaves around a table.

A table never splits a cell: a number cut in two (`~8.` / `33`) is worse than no
number. When the terminal is narrower than the table, whole columns are left out,
least important first (each table names its order), and one dim line says which.
`--wide` and a pipe print every column: scripts should not depend on the width of
the terminal they happen to run in.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import IO, TYPE_CHECKING

from frontline.render.formats import Column, _control, escape_control

if TYPE_CHECKING:
    from frontline.render.tables import Table

MIN_TITLE_WIDTH = 40


class Settings:
    """How this run prints: set once by the command line (`--wide`, `--no-color`).
    (A plain class, not a dataclass: the table path then need not import
    `dataclasses`, whose classes are made by compiling code at start-up.)"""

    __slots__ = ("no_color", "wide")

    def __init__(self, wide: bool = False, no_color: bool = False) -> None:
        self.wide = wide
        self.no_color = no_color


SETTINGS = Settings()


def configure(*, wide: bool | None = None, no_color: bool | None = None) -> None:
    if wide is not None:
        SETTINGS.wide = wide
    if no_color is not None:
        SETTINGS.no_color = no_color


def _env_size(name: str) -> int | None:
    text = os.environ.get(name, "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else None


def terminal_width(stream: IO[str] | None = None) -> int | None:
    """The width tables must fit, or None for no limit (a pipe, or `--wide`).

    COLUMNS, when set, wins even in a pipe: it is how a user (or a test) asks
    for a width explicitly."""
    if SETTINGS.wide:
        return None
    columns = _env_size("COLUMNS")
    if columns:
        return columns
    stream = stream or sys.stdout
    if _is_terminal(stream):
        try:
            return os.get_terminal_size(stream.fileno()).columns or None
        except (OSError, ValueError):
            return None
    return None


def terminal_height(stream: IO[str] | None = None) -> int | None:
    """The terminal's height in lines (LINES wins), or None in a pipe."""
    stream = stream or sys.stdout
    if not _is_terminal(stream):
        return None
    lines = _env_size("LINES")
    if lines:
        return lines
    try:
        return os.get_terminal_size(stream.fileno()).lines or None
    except (OSError, ValueError):
        return None


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def colour_wanted(stream: IO[str] | None = None) -> bool:
    """Colour and bold only on a terminal, and never with NO_COLOR or --no-color
    (https://no-color.org: any non-empty NO_COLOR turns colour off)."""
    if SETTINGS.no_color or os.environ.get("NO_COLOR"):
        return False
    return _is_terminal(stream or sys.stdout)


STYLES = {"bold": "1", "dim": "2", "italic": "3", "yellow": "33", "red": "31"}


def styled(text: str, style: str, stream: IO[str] | None = None) -> str:
    """`text` in an ANSI style when colour is wanted on `stream`, else as it is."""
    if not text or not colour_wanted(stream):
        return text
    return f"\x1b[{STYLES[style]}m{text}\x1b[0m"


# Text made only of characters one column wide (ASCII, Latin letters, dashes,
# superscripts, arrows, mathematical signs: `—`, `≥`, `¹`, `×`): str.format pads it
# right and len() measures it, with no per-character look-up (tests check every
# character of these ranges against `cell_width`).
_NARROW = re.compile(
    "[\x00-\u02ff\u2010-\u205e\u2070\u2071\u2074-\u208e\u2090-\u209c"
    "\u2190-\u22ff\u2500-\u257f]*"
).fullmatch


_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # footnote marks, one column each (`_NARROW` has them)


def cell_width(text: str) -> int:
    """Columns `text` takes on a terminal: wide (CJK) characters take two,
    combining marks none. Text of one-column characters alone (a warning's
    superscript number, a dash: thousands of notes in a long report) is
    measured by len(), with no look-up per character."""
    if text.isascii() or text.lstrip(_MARKS).isascii() or _NARROW(text):
        # A footnote's line is its superscript mark and ASCII text: two
        # passes in C where the pattern would test every character.
        return len(text)
    return cells_by_character(text)


def cells_by_character(text: str) -> int:
    """`cell_width` worked out for each character from Unicode's tables."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


class Layout:
    """The columns a table shows at a width, and the ones it leaves out."""

    __slots__ = ("hidden", "shown", "widths")

    def __init__(
        self, shown: list[int], widths: list[int], hidden: list[Column]
    ) -> None:
        self.shown = shown  # indexes into the table's columns, in order
        self.widths = widths  # of the shown columns
        self.hidden = hidden

    def __repr__(self) -> str:
        return f"Layout({self.shown!r}, {self.widths!r}, {self.hidden!r})"

    @property
    def width(self) -> int:
        """The longest line (the heading rule, as long as the widest row)."""
        return sum(self.widths) + 3 * len(self.widths) - 1


def fit(
    columns: Sequence[Column],
    widths: Sequence[int],
    limit: int | None,
    drop: Sequence[str] = (),
) -> Layout:
    """Leave out columns in the order `drop` names (keys) until the table fits
    `limit`; the columns not named are never left out."""
    shown = list(range(len(columns)))
    hidden: list[Column] = []
    keys = [column.key for column in columns]

    def total() -> int:
        return sum(widths[i] + 3 for i in shown) - 1

    for key in drop:
        if limit is None or total() <= limit:
            break
        if key in keys and keys.index(key) in shown:
            index = keys.index(key)
            shown.remove(index)
            hidden.append(columns[index])
    return Layout(shown, [widths[i] for i in shown], hidden)


def hidden_line(hidden: Sequence[Column], stream: IO[str] | None = None) -> str:
    """The line that says which columns a narrow terminal left out (wrapped when
    the terminal is narrower still)."""
    names = ", ".join(dict.fromkeys(column.heading for column in hidden))
    text = f"hidden: {names} — widen the terminal or use --wide"
    return wrap_text(text, terminal_width(stream), indent="  ")


Rows = Sequence[Sequence[str]] | Callable[[], Iterable[Sequence[str]]]


class Widths(list):
    """Column widths, and whether every cell measured is plain: no control
    character and only characters one column wide, so that its rows can be
    written by `str.format` without looking at them again."""

    plain = False


def measure(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> Widths:
    """The width of each column: its heading's or its widest cell's. Rows are
    taken a few thousand at a time and measured a column at a time, in C."""
    from itertools import islice

    widths = Widths(cell_width(column.heading) for column in columns)
    plain = True
    iterator = iter(rows)
    while chunk := list(islice(iterator, 4096)):
        for i, values in enumerate(zip(*chunk, strict=True)):
            size, column_plain = text_width(values)
            plain = plain and column_plain
            if size > widths[i]:
                widths[i] = size
    widths.plain = plain
    return widths


def text_width(values: Sequence[str]) -> tuple[int, bool]:
    """The widest of a column's cells as drawn, and whether the column is plain
    (ASCII or narrow text, nothing escaped). A cell with a control character is
    drawn escaped, so it is measured escaped; `str.isprintable` rules most text
    out first, since every character `escape_control` escapes is unprintable."""
    joined = "".join(values)
    plain = True
    if not joined.isprintable() and _control().search(joined):
        values = [escape_control(value) for value in values]
        joined = "".join(values)
        plain = False
    if joined.isascii() or _NARROW(joined):
        return max(map(len, values)), plain
    return max(map(cell_width, values)), False


def write_table(
    rows: Rows,
    columns: Sequence[Column],
    *,
    title: str | None = None,
    drop: Sequence[str] = (),
    out: IO[str] | None = None,
    limit: int | None = ...,  # type: ignore[assignment]
    measuring: Callable[[], Iterable[Sequence[str]]] | None = None,
    widths: Widths | None = None,
) -> Layout:
    """Write a table of cell text (each row in column order) and return its layout.

    `rows` is a sequence, or a function giving a fresh iterator of them: the
    widths are measured on a first pass and the rows written on a second, so a
    streamed table never holds its rows. `limit` is the width to fit (default:
    the terminal's, None in a pipe). The hidden-columns line is the caller's to
    print (`hidden_line`), so that it can go with the table's other notes.
    `measuring`, if given, gives the same rows in any order for the first pass
    (a query without its ORDER BY); `widths`, the widths `measure` gave for
    these rows, when the caller has them already."""
    out = out or sys.stdout
    if limit is ...:
        limit = terminal_width(out)
    fresh = rows if callable(rows) else (lambda: rows)
    if widths is None:
        widths = measure(columns, (measuring or fresh)())
    layout = fit(columns, widths, limit, drop)
    if limit is not None and layout.width > limit:
        layout = _wrap_text_columns(columns, layout, limit, fresh)
    shown, sizes = layout.shown, layout.widths
    wrapping = [
        k for k, i in enumerate(shown) if columns[i].wrap and sizes[k] < widths[i]
    ]
    aligns = [">" if columns[i].numeric else "<" for i in shown]
    if title:
        out.write(wrap_text(escape_control(title), limit) + "\n\n")
    # The last heading unpadded when left-aligned: bold's closing code would
    # otherwise keep its padding from being cut off the end of the line.
    headings = [
        _pad(columns[i].heading, a, w)
        for i, a, w in zip(shown, aligns, sizes, strict=True)
    ]
    if headings:
        headings[-1] = headings[-1].rstrip()
    heading = " ".join(" " + styled(text, "bold", out) + " " for text in headings)
    out.write((" " + heading).rstrip() + "\n")
    out.write(" " + "━" * (layout.width - 1) + "\n")
    template = (
        " " + " ".join(f" {{:{a}{w}}} " for a, w in zip(aligns, sizes, strict=True))
    ).rstrip() + "\n"
    line = template.format
    plain = (" " + " ".join(" {} " for _ in sizes)).rstrip() + "\n"
    every = len(shown) == len(columns)
    chunk: list[str] = []
    if widths.plain and not wrapping:
        # The same template for `%`, which pads text as str.format does and
        # fills a line about a third faster.
        percent = (
            " "
            + " ".join(
                f" %{'-' if a == '<' else ''}{w}s "
                for a, w in zip(aligns, sizes, strict=True)
            )
        ).rstrip() + "\n"
        _write_plain(fresh(), percent, None if every else shown, out)
        return layout
    control = _control()
    for row in fresh():
        cells = row if every else [row[i] for i in shown]
        joined = "".join(cells)
        if control.search(joined):  # data cannot move the cursor or retitle
            cells = [escape_control(cell) for cell in cells]
            joined = "".join(cells)
        if wrapping and any(cell_width(cells[k]) > sizes[k] for k in wrapping):
            for cells_line in _wrapped_lines(cells, wrapping, sizes):
                text = plain.format(
                    *(
                        _pad(t, a, w)
                        for t, a, w in zip(cells_line, aligns, sizes, strict=True)
                    )
                )
                chunk.append(text.rstrip() + "\n")
            continue
        if joined.isascii() or _NARROW(joined):
            text = line(*cells)
        else:  # str.format pads by characters, not by terminal columns
            text = plain.format(
                *(
                    _pad(text, a, w)
                    for text, a, w in zip(cells, aligns, sizes, strict=True)
                )
            )
        chunk.append(text if text[-2:-1] != " " else text.rstrip() + "\n")
        if len(chunk) >= 5000:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    return layout


def draw(
    table: Table,
    *,
    title: str | None = None,
    drop: Sequence[str] = (),
    widths: Widths | None = None,
    out: IO[str] | None = None,
) -> Layout:
    """A Table of cell text (a text layout of a report: `render.tables`) as a
    terminal table, fitted by leaving out the columns `drop` names (keys)."""
    return write_table(
        table.rows, table.columns, title=title, drop=drop, widths=widths, out=out
    )


def _write_plain(
    rows: Iterable[Sequence[str]],
    template: str,
    shown: list[int] | None,
    out: IO[str],
) -> None:
    """`write_table`'s rows when `measure` found every cell plain: one `%` of
    the line's template each (mapped in C, a few thousand rows at a time),
    trailing spaces cut where the last cells are empty."""
    from itertools import islice

    if shown is None:
        cells: Iterable[tuple[str, ...]] = map(tuple, rows)
    elif len(shown) == 1:  # `itemgetter` of one index gives the cell alone
        (only,) = shown
        cells = ((row[only],) for row in rows)
    else:
        cells = map(itemgetter(*shown), rows)
    lines = map(template.__mod__, cells)
    while chunk := list(islice(lines, 5000)):
        out.write(
            "".join(
                [text if text[-2] != " " else text.rstrip() + "\n" for text in chunk]
            )
        )


def _wrap_text_columns(
    columns: Sequence[Column],
    layout: Layout,
    limit: int,
    rows: Callable[[], Iterable[Sequence[str]]],
) -> Layout:
    """Narrow the free-text columns (names marked `wrap`) to fit `limit`, each
    no narrower than its longest word: their cells then take two lines or more.
    Numbers and dates never wrap."""
    candidates = [k for k, i in enumerate(layout.shown) if columns[i].wrap]
    if not candidates:
        return layout
    longest = {k: 1 for k in candidates}
    for row in rows():
        for k in candidates:
            for word in row[layout.shown[k]].split():
                longest[k] = max(longest[k], cell_width(word))
    sizes = list(layout.widths)
    excess = layout.width - limit
    for k in sorted(candidates, key=lambda k: -sizes[k]):
        if excess <= 0:
            break
        cut = min(excess, sizes[k] - longest[k])
        if cut > 0:
            sizes[k] -= cut
            excess -= cut
    return Layout(layout.shown, sizes, layout.hidden)


def _wrapped_lines(
    cells: Sequence[str], wrapping: Sequence[int], sizes: Sequence[int]
) -> list[list[str]]:
    """One row as several lines: the wrapping cells broken between words, the
    other cells on the first line only."""
    import textwrap

    pieces = {
        k: textwrap.wrap(cells[k], sizes[k], break_long_words=False) or [""]
        for k in wrapping
    }
    height = max(len(p) for p in pieces.values())
    lines = []
    for n in range(height):
        line = [
            (pieces[k][n] if n < len(pieces[k]) else "")
            if k in pieces
            else (cell if n == 0 else "")
            for k, cell in enumerate(cells)
        ]
        lines.append(line)
    return lines


def _pad(text: str, align: str, width: int) -> str:
    space = " " * max(0, width - cell_width(text))
    return space + text if align == ">" else text + space


def wrap_message(text: str, stream: IO[str]) -> str:
    """A one-line message (an error, a note) as a terminal shows it: wrapped
    between words with the footnotes' hanging indent, where the terminal would
    cut `frontline` in two at its edge (each of its own lines apart); in a
    pipe, as it is for scripts."""
    if not _is_terminal(stream):
        return text
    width = terminal_width(stream)
    # A figure stays on the line of its unit ("in 0.4 s", "593 km²"): the space
    # between them is made unbreakable while the lines are laid, then given back.
    text = _FIGURE_AND_UNIT.sub("\u00a0", text.replace("\u00a0", " "))
    wrapped = (wrap_text(line, width, indent="  ") for line in text.split("\n"))
    return "\n".join(wrapped).replace("\u00a0", " ")


_FIGURE_AND_UNIT = re.compile(
    r"(?<=\d) (?=(?:s|ms|km²|km2|MiB|KiB|MB|KB|%|×)(?=[\s,.;:)]|$))"
)


def wrap_text(text: str, width: int | None, indent: str = "") -> str:
    """Prose (titles, notes) wrapped at `width` (at least 40), never inside a word."""
    cells = cell_width(text)
    if width is None or cells <= width:
        return text
    if cells != len(text):  # wide or combining characters: count cells
        return _wrap_cells(text, max(width, MIN_TITLE_WIDTH), indent)
    if text.isprintable() and "  " not in text and " " not in (text[0], text[-1]):
        return _wrap_words(text, max(width, MIN_TITLE_WIDTH), indent)
    import textwrap

    lines = textwrap.wrap(
        text,
        max(width, MIN_TITLE_WIDTH),
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines) or text


def _wrap_words(text: str, width: int, indent: str) -> str:
    """`textwrap.wrap` as `wrap_text` calls it, for text whose only blanks are
    single spaces between words (printable: no tab, newline or other space
    that `textwrap` or `str.strip` would treat as one), which is every note
    a report prints: each line is the longest run of whole words that fits,
    found by one search for the last space (a word longer than the line
    stands alone). `textwrap` splits the text into chunks by a pattern and
    lays them one by one: a report warning of hundreds of gaps spent more on
    wrapping its notes than on finding them."""
    lines = []
    room = width
    rest = text
    while len(rest) > room:
        cut = rest.rfind(" ", 0, room + 1)
        if cut < 0:  # a word longer than the line: alone on it
            cut = rest.find(" ")
            if cut < 0:
                break
        lines.append(rest[:cut])
        rest = rest[cut + 1 :]
        room = width - len(indent)
    lines.append(rest)
    return f"\n{indent}".join(lines)


def _wrap_cells(text: str, width: int, indent: str) -> str:
    """`wrap_text` for text whose characters are not one cell each ("東京",
    a combining accent), which `textwrap` would measure by characters: words
    are laid greedily by the cells the terminal gives them."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        if line and cell_width(f"{line} {word}") > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)
