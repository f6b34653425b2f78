"""CSV with a header line: the header's names and each data row's cells, checked
for shape (every row as wide as the header, quotes closed), located by line.

Blank lines (and a spreadsheet's trailing `,,,,`) hold no data and are
skipped; a header naming one column twice is refused, since one of the two
would silently win. An empty file is a table with no header (`header == []`).
What the cells mean is the importer's (`frontline.ingest.tabular`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import MAYBE, NO, Table
from frontline.formats.text import not_utf8, text_stream

# The csv module refuses fields over 131,072 characters. A record's note may
# hold 100,000 characters (and a neutralised cell one more); a longer cell is
# read whole so that the validator's message names the problem.
FIELD_LIMIT = 1_000_000
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
_JSONISH = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*[\[{<]")


class CsvReader:
    """The registry's `csv` reader (see `frontline.formats.registry`)."""

    def sniff(self, head: bytes, name: str) -> int:
        """Plausible for any text that does not open like JSON or XML."""
        if not head or b"\x00" in head or _JSONISH.match(head):
            return NO
        return MAYBE

    def read(self, stream: IO[bytes], label: str) -> Table:
        return read_text(text_stream(stream), label)


READER = CsvReader()


def read_text(handle: IO[str], label: str) -> Table:
    """The table of CSV text already decoded (the seed dataset reads this way)."""
    reader = csv.reader(handle, strict=True)
    try:
        header = _header(reader, label)
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None
    if header is None:
        return Table([], iter(()), empty=True)
    return Table(header, _data(reader, label, len(header)))


def _header(reader: Any, label: str) -> list[str] | None:
    """The header's column names, or None for an empty file."""
    try:
        header = [name.strip() for name in next(reader)]
        while not any(header):  # blank lines before the header
            header = [name.strip() for name in next(reader)]
    except StopIteration:
        return None
    except csv.Error as error:
        raise _malformed(error, label, reader.line_num, 1) from None
    seen: set[str] = set()
    for name in header:
        if name in seen and name:
            raise InputError(
                None, f"column {name!r} appears twice in the header", file=label, line=1
            )
        seen.add(name)
    return header


def _data(reader: Any, label: str, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of every data row, blank ones skipped, shape checked."""
    last = reader.line_num  # the header's line (blank lines may come first)
    try:
        for row in reader:
            line = last + 1
            last = reader.line_num
            if not "".join(row).strip():
                continue
            if len(row) != width:
                raise InputError(
                    None,
                    f"malformed CSV: {len(row)} fields, but the header has {width}",
                    file=label,
                    line=line,
                )
            yield line, row
    except csv.Error as error:
        raise _malformed(error, label, reader.line_num, last + 1) from None
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None


def _malformed(error: csv.Error, label: str, line: int, start: int) -> InputError:
    """The csv module's complaint, at the line where the broken record starts
    when the file ended inside it (an unclosed quote)."""
    message = str(error)
    if message == "unexpected end of data":
        return InputError(
            None,
            "malformed CSV: a quoted field starting here is never closed",
            file=label,
            line=start,
        )
    return InputError(None, f"malformed CSV: {message}", file=label, line=line)
