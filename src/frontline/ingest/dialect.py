"""How a delimited text file is cut into cells: its delimiter, found or given.

Spreadsheets save "CSV" with `,`, `;` (where `,` is the decimal mark), tabs or
`|`. The header line says which: the candidate it holds most often (outside
quotes) is the delimiter; a header that holds two candidates equally often is
refused naming `--delimiter` rather than cut the wrong way. A header with none
is one column of comma-separated values.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.ingest.sources import DELIMITERS, Source, open_text

_QUOTED = re.compile(r'"[^"]*"')

# A column's values (with their lines) for settling its decimal mark.
Peek = Callable[[int], Callable[[], Iterable[tuple[int, object]]]]


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


def csv_reader(handle: IO[str], label: str, delimiter: str | None = None) -> Any:
    """A csv reader over `handle`, its delimiter given or read from the first
    line that is not blank (which is put back: stdin cannot be re-read)."""
    lines: list[str] = []
    for text in handle:
        lines.append(text)
        if text.strip():
            break
    if delimiter is None:
        delimiter = sniff_delimiter(lines[-1] if lines else "", label)
    return csv.reader(itertools.chain(lines, handle), delimiter=delimiter, strict=True)


def column_peeker(source: Source, delimiter: str | None) -> Peek | None:
    """Read one column of a file ahead of the import, from a second handle;
    None for stdin, which can be read only once."""
    if source.path is None:
        return None

    def peek(position: int) -> Callable[[], Iterator[tuple[int, object]]]:
        def values() -> Iterator[tuple[int, object]]:
            with (
                contextlib.suppress(csv.Error, UnicodeDecodeError, InputError),
                open_text(source) as handle,
            ):
                reader = csv_reader(handle, source.label, delimiter)
                next(reader, None)  # the header
                for row in reader:
                    if position < len(row):
                        yield reader.line_num, row[position]

        return values

    return peek
