"""CSV with a header line: the header's names and each data row's cells, checked
for shape (every row as wide as the header, quotes closed), located by line.

Spreadsheets save "CSV" with `,`, `;` (where `,` is the decimal mark), tabs or
`|`. The header line says which: the candidate it holds most often (outside
quotes) is the delimiter; a header that holds two candidates equally often is
refused naming `--delimiter` rather than cut the wrong way. A header with none
is one column.

Blank lines (and a spreadsheet's trailing `,,,,`) hold no data and are
skipped; a header naming one column twice is refused, since one of the two
would silently win. An empty file is a table with no header (`header == []`).
What the cells mean is the importer's (`frontline.ingest.tabular`).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import MAYBE, NO, ReadOptions, Table
from frontline.formats.text import not_utf8, text_stream

# The csv module refuses fields over 131,072 characters. A record's note may
# hold 100,000 characters (and a neutralised cell one more); a longer cell is
# read whole so that the validator's message names the problem.
FIELD_LIMIT = 1_000_000
csv.field_size_limit(max(csv.field_size_limit(), FIELD_LIMIT))
_JSONISH = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*[\[{<]")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_QUOTED = re.compile(r'"[^"]*"')


class CsvReader:
    """The registry's `csv` reader (see `frontline.formats.registry`)."""

    def sniff(self, head: bytes, name: str) -> int:
        """Plausible for any text that does not open like JSON or XML."""
        if not head or b"\x00" in head or _JSONISH.match(head):
            return NO
        return MAYBE

    def read(
        self, stream: IO[bytes], label: str, options: ReadOptions | None = None
    ) -> Table:
        options = options or ReadOptions()
        return read_text(
            text_stream(stream, options.encoding), label, options.delimiter
        )


READER = CsvReader()


def read_text(handle: IO[str], label: str, delimiter: str | None = None) -> Table:
    """The table of CSV text already decoded (the seed dataset reads this way)."""
    try:
        reader = _reader(handle, label, delimiter)
        header = _header(reader, label)
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None
    if header is None:
        return Table([], iter(()), empty=True)
    return Table(header, _data(reader, label, len(header)))


def sniff_delimiter(header: str, label: str) -> str:
    """The delimiter a header line uses (see the module docstring)."""
    text = _QUOTED.sub("", header)
    counts = {mark: text.count(mark) for mark in DELIMITERS}
    most = max(counts.values())
    if most == 0:
        return ","
    winners = [mark for mark, count in counts.items() if count == most]
    if len(winners) > 1:
        names = " and ".join(DELIMITERS[mark] for mark in winners)
        raise InputError(
            None,
            f"cannot tell the delimiter: the header has as many {names} "
            "characters; give --delimiter",
            file=label,
            line=1,
        )
    return winners[0]


def _reader(handle: IO[str], label: str, delimiter: str | None) -> Any:
    """A csv reader, its delimiter given or read from the first line that is
    not blank (put back: stdin cannot be read twice)."""
    lines: list[str] = []
    for text in handle:
        lines.append(text)
        if text.strip():
            break
    if delimiter is None:
        delimiter = sniff_delimiter(lines[-1] if lines else "", label)
    return csv.reader(itertools.chain(lines, handle), delimiter=delimiter, strict=True)


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
