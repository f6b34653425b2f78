"""Listings of records and of their history, in every format, streamed.

A listing can hold hundreds of thousands of records. Each format is written row
by row from a function that gives the rows afresh (a database cursor): CSV, JSON
and Markdown in one pass, the table in two (widths first, so nothing is held).
The bytes are those `render.formats` writes for a list of dicts. A caller that
knows the widths without a pass (a listing of every record, `list`) may also
give the table's body as text already padded, which spares formatting each
row here: the heading and the notes under the table stay this module's.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, Any

from frontline.formats.cells import row_quoting_cr
from frontline.render.formats import (
    Column,
    OutputFormat,
    json_default,
    markdown_table,
    neutralise,
)

if TYPE_CHECKING:
    from typing import TextIO

    from frontline.render.table import Layout, Widths

Rows = Callable[[], Iterable[tuple[Any, ...]]]


def write_listing(
    fmt: OutputFormat,
    rows: Rows,
    keys: Sequence[str],
    columns: Sequence[Column],
    cells: Callable[[tuple[Any, ...]], Sequence[str]],
    *,
    empty: str,
    drop: Sequence[str] = (),
    more: int = 0,
    as_json: Callable[[tuple[Any, ...]], dict[str, Any]] | None = None,
    unordered: Rows | None = None,
    raw: bool = False,
    widths: Callable[[], Widths | None] | None = None,
    lines: Callable[[Layout], Iterable[str] | None] | None = None,
) -> None:
    """Write the rows `rows()` gives, each a tuple of raw values in `keys` order
    (None for null; CSV writes them as they are), `as_json(row)` for JSON and
    `cells(row)` (text in column order) for the table and Markdown. `more` is how
    many rows a limit left out: the table says so under itself. `unordered`, if
    given, gives the same rows in any order: the table measures its widths on
    it, which spares the database a sort. CSV cells a spreadsheet would run as
    a formula get a `'` in front unless `raw` (as `render.formats.write_csv`).
    `widths`, if given, may give the table's column widths without a first pass
    over the rows (None when it cannot tell, or when there are none). With
    those widths, `lines(layout)`, if given, may give the table's body as
    text, in pieces, for a layout that needs no cell wrapped: the rows are
    then neither fetched as cells nor formatted one by one here."""
    out = sys.stdout
    if fmt is OutputFormat.csv:
        _write_csv(rows(), keys, raw)
        return
    if fmt is OutputFormat.json:
        to_json = as_json or (lambda row: dict(zip(keys, row, strict=True)))
        _write_json_list(map(to_json, rows()))
        return
    if fmt is OutputFormat.markdown:
        header = markdown_table([], columns)
        out.write(header + "\n")
        for row in rows():
            line = markdown_table(
                [dict(zip([c.key for c in columns], cells(row), strict=True))],
                columns,
            )
            out.write(line.split("\n", 2)[2] + "\n")
        return
    from frontline.render.table import styled, write_table

    known = widths() if widths else None
    if known is not None and lines is not None:
        layout = _write_lines(known, columns, drop, lines, out)
        if layout is not None:
            _notes(layout, more, out)
            return
    if known is None and next(iter(rows()), None) is None:
        out.write(f"{empty}\n")
        if more:
            out.write(styled(f"{more:,} more; use --offset", "dim", out) + "\n")
        return
    layout = write_table(
        lambda: map(cells, rows()),
        columns,
        drop=drop,
        out=out,
        measuring=(lambda: map(cells, unordered())) if unordered else None,
        widths=known,
    )
    _notes(layout, more, out)


def _notes(layout: Layout, more: int, out: TextIO) -> None:
    """The dim lines under a table: the columns left out, the rows left out."""
    from frontline.render.table import hidden_line, styled

    if layout.hidden:
        out.write(styled(hidden_line(layout.hidden, out), "dim", out) + "\n")
    if more:
        out.write(
            styled(f"{more:,} more; use --limit, --offset or -f csv", "dim", out) + "\n"
        )


def _write_lines(
    widths: Widths,
    columns: Sequence[Column],
    drop: Sequence[str],
    lines: Callable[[Layout], Iterable[str] | None],
    out: TextIO,
) -> Layout | None:
    """The table `write_table` would write with these widths, its body from
    `lines`; None, having written nothing, when the table would wrap a cell
    or `lines` cannot give the body for its layout."""
    from frontline.render.table import fit, terminal_width, write_table

    limit = terminal_width(out)
    layout = fit(columns, widths, limit, drop)
    if limit is not None and layout.width > limit:
        return None
    body = lines(layout)
    if body is None:
        return None
    # No rows: the heading and its rule alone, laid out from the widths.
    layout = write_table([], columns, drop=drop, out=out, limit=limit, widths=widths)
    for text in body:
        out.write(text)
    return layout


# A row that may need care: a cell starting (after 's) with =, +, -, @, tab or
# CR, or a CR anywhere (the csv module leaves a lone CR unquoted).
_RISKY = re.compile("(?:^|\x00)'*[=+\\-@\t\r]|\r")
_MARKS = ("\r", "\x00'", "\x00=", "\x00+", "\x00-", "\x00@", "\x00\t")


def _write_csv(rows: Iterable[tuple[Any, ...]], keys: Sequence[str], raw: bool) -> None:
    """Rows of stored values as CSV, bytes as `write_csv` writes their dicts: the
    rows that hold nothing risky (nearly all) go to the csv module in chunks,
    the others one by one, neutralised unless `raw`."""
    import csv

    out = sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for chunk in _chunks(rows):
        # Every cell of the chunk after a NUL: no cell starting with what
        # `_RISKY` looks for (nor with a quote) and no CR anywhere is a chunk
        # with nothing risky, found by substring searches (in C, at memchr's
        # speed) rather than the expression's character by character.
        joined = "\x00" + "\x00".join(map(str, chain.from_iterable(chunk)))
        if not any(mark in joined for mark in _MARKS):
            writer.writerows(chunk)
            continue
        safe = [row for row in chunk if not _RISKY.search("\x00".join(map(str, row)))]
        if len(safe) == len(chunk):
            writer.writerows(chunk)
            continue
        for row in chunk:
            if not _RISKY.search("\x00".join(map(str, row))):
                writer.writerow(row)
                continue
            cells = [value if raw else neutralise(value) for value in row]
            if any(isinstance(cell, str) and "\r" in cell for cell in cells):
                out.write(row_quoting_cr(cells))
            else:
                writer.writerow(cells)


def _chunks(rows: Iterable[tuple[Any, ...]], size: int = 5000):
    """Rows in lists of `size`: csv writes a list much faster than row by row."""
    from itertools import islice

    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _write_json_list(rows: Iterable[dict[str, Any]]) -> None:
    """`write_json(list(rows))`, byte for byte, one object at a time."""
    import json

    out = sys.stdout
    first = True
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=2, default=json_default)
        out.write(("[\n" if first else ",\n") + "  " + text.replace("\n", "\n  "))
        first = False
    out.write("[]\n" if first else "\n]\n")


def stored_row_json(values: tuple[object, ...]) -> dict[str, object]:
    """A stored row (`FIELD_NAMES` order) as `Record.to_row()` gives it: the JSON
    of `list`, and of `frontline.open(...).list()`."""
    from frontline.model.values import FIELD_NAMES

    row = dict(zip(FIELD_NAMES, values, strict=True))
    row["area_km2"] = float(row["area_km2"])  # type: ignore[arg-type]
    for name in ("url", "published", "note"):
        row[name] = row[name] or None
    row["source"] = row["source"] or ""
    return row
