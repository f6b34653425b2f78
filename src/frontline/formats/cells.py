"""Values out as CSV and JSON text, and CSV cells read back: the cell codec
that both the output writers (`render/`) and `export`/`import` (`ingest/`) use,
so a file `export` writes is one `import` reads back exactly.

CSV cells a spreadsheet would run as a formula (text starting with `=`, `+`,
`-`, `@`, tab or carriage return, or their fullwidth forms, even after spaces
or zero-width characters) are written with a `'` in front, as OWASP
recommends, since newsrooms open these files in Excel. Numbers are never
touched (an area change of -12.5 stays -12.5). A text cell that already starts
with `'`s before such a character gets one more, so that `frontline import`
can restore every value exactly by removing one: see `restore_cell`. `--raw`
writes cells as stored. JSON is always exact.
"""

from __future__ import annotations

import csv
import itertools
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from operator import itemgetter
from typing import IO, Any


def json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def write_json(data: object, out: IO[str] | None = None) -> None:
    import json  # here: a CSV or a table need not load it

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


# What a spreadsheet may run as a formula: OWASP's first characters (= + - @,
# tab, CR) and their fullwidth forms (＝ ＋ － ＠, which East Asian input methods
# type and some spreadsheets read as the ASCII ones), after any run of `'`s and
# of what a spreadsheet may trim or not show: spaces, a no-break space,
# zero-width spaces and joiners, a byte-order mark. `store.records` says the
# same in SQL.
FORMULA_LEAD = "' \u00a0\u200b\u200c\u200d\u2060\ufeff"
FORMULA_SIGNS = "=+\\-@\t\r\uff1d\uff0b\uff0d\uff20"
# What such a cell's first character is (a lead or a sign): most cells start
# with none of them and are told apart without the pattern, which is compiled
# on first need (its characters beyond Latin-1 cost a CSV report more start-up
# than its rows).
_FIRST = frozenset(FORMULA_LEAD + FORMULA_SIGNS.replace("\\", ""))
_formula: re.Pattern[str] | None = None


def _formula_at(text: str, start: int) -> bool:
    """Whether `text` from `start` on is a formula's start (see `neutralise`)."""
    global _formula
    if text[start : start + 1] not in _FIRST:
        return False
    if _formula is None:
        _formula = re.compile(f"[{FORMULA_LEAD}]*[{FORMULA_SIGNS}]")
    return _formula.match(text, start) is not None


def neutralise(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text whose first character, after
    any `'`s, spaces and zero-width characters, is one a formula starts with
    (`FORMULA_LEAD`, `FORMULA_SIGNS`) gets a `'` in front; anything else as it
    is."""
    if isinstance(value, str) and value[:1] in _FIRST and _formula_at(value, 0):
        return "'" + value
    return value


def restore_cell(text: str) -> str:
    """The value `neutralise` was given: one leading `'` removed when what
    follows would have been neutralised (`'=SUM(A1)` -> `=SUM(A1)`, `''-x` ->
    `'-x`); every other cell as it is (`'quoted'` stays)."""
    if text.startswith("'") and _formula_at(text, 1):
        return text[1:]
    return text


def write_csv(
    rows: Iterable[Mapping[str, Any]],
    keys: Sequence[str],
    out: IO[str] | None = None,
    *,
    raw: bool = False,
) -> None:
    """Rows as CSV with a header; cells neutralised for spreadsheets unless `raw`.

    The csv module quotes a cell holding `\n` but not one holding a lone `\r`
    (with `\n` line ends), which no CSV reader can then read back: such a row is
    written with `\r\n` line ends, which quote it, and its own line end put back.
    """
    stream = out or sys.stdout
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(keys)
    safe = _plain if raw else _safe
    for row in rows:
        cells = [safe(row.get(key)) for key in keys]
        if any(isinstance(cell, str) and "\r" in cell for cell in cells):
            stream.write(row_quoting_cr(cells))
        else:
            writer.writerow(cells)


def _safe(value: object) -> object:
    return neutralise(_plain(value))


def row_quoting_cr(cells: Sequence[object]) -> str:
    """One CSV row holding a lone `\r`, quoted so that a reader can read it back
    (written with `\r\n` line ends, its own `\n` line end put back)."""
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()[:-2] + "\n"


def write_csv_values(
    rows: Iterable[Sequence[Any]], keys: Sequence[str], out: IO[str] | None = None
) -> int:
    """What `write_csv` writes for rows already in `keys` order whose values are
    text, numbers or None (database rows), without a dict per row: the csv
    module writes None as an empty cell, as `write_csv` does. Returns the count."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    # Counted as the csv module pulls them, without a Python step per row.
    counter = itertools.count()
    writer.writerows(map(itemgetter(0), zip(rows, counter, strict=False)))
    return next(counter)
