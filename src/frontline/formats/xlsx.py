"""Excel workbooks (.xlsx) in and out, with openpyxl (the `xlsx` extra).

Reading: each sheet is a table whose header is its first row that is neither
blank nor a merged title (`Figures from the newsroom` across A1:E1). Cells keep
their types: numbers stay numbers (no decimal mark to misread), dates are
days, a formula is its value as the spreadsheet last saved it. A formula saved
without a value (a workbook written by a program, never opened in a
spreadsheet) is worked out when it is plain arithmetic on numbers and cells
(`=B2*2`, `=SUM(B2:B4)`) and refused naming its cell otherwise. Blank rows and
merged rows (a section title) inside the data are skipped with a note.

With no `--sheet`, the reader offers every sheet (`Table.choices`) and the
importer takes the first whose header it understands.

Writing: one sheet, a bold header row kept in view (frozen), typed cells
(numbers, dates), columns as wide as their text up to a limit. Text is always
written as text: a note starting with `=` is never run as a formula.

openpyxl is imported only when a workbook is read or written.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from typing import IO, Any

from frontline.errors import FrontlineError, InputError
from frontline.formats.registry import NO, YES, ReadOptions, Table, looks_like_xlsx

MAX_WIDTH = 60
# What XML 1.0, and so a workbook, cannot hold (openpyxl refuses it).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
WIDTH_SAMPLE = 1000


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise FrontlineError(
            "reading or writing .xlsx needs openpyxl: "
            "pip install 'frontline[xlsx]' (or pip install openpyxl)"
        ) from None
    return openpyxl


class XlsxReader:
    """The registry's `xlsx` reader (see `frontline.formats.registry`)."""

    def sniff(self, head: bytes, name: str) -> int:
        return YES if looks_like_xlsx(head, name) else NO

    def read(
        self, stream: IO[bytes], label: str, options: ReadOptions | None = None
    ) -> Table:
        openpyxl = _openpyxl()
        data = io.BytesIO(stream.read())
        try:
            book = openpyxl.load_workbook(data, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a bad file
            raise InputError(
                None, f"is not a readable .xlsx workbook ({error})", file=label
            ) from None
        formulas = _Formulas(openpyxl, data)
        wanted = options.sheet if options else None
        if wanted is not None:
            sheet = _sheet(book, wanted, label)
            return _sheet_table(sheet, formulas, label)
        tables = [
            (sheet.title, _sheet_table(sheet, formulas, label))
            for sheet in book.worksheets
        ]
        if not tables:
            return Table([], iter(()), empty=True)
        first = tables[0][1]
        first.choices = tables
        return first


READER = XlsxReader()


def _sheet(book: Any, wanted: str, label: str) -> Any:
    names = book.sheetnames
    if wanted in names:
        return book[wanted]
    folded = [name for name in names if name.casefold() == wanted.strip().casefold()]
    if len(folded) == 1:
        return book[folded[0]]
    raise InputError(
        "sheet",
        f"no sheet {wanted!r}; the workbook has: {', '.join(map(repr, names))}",
        file=label,
    )


class _Formulas:
    """The workbook read again for its formulas, only if a formula has no saved
    value (rare: most workbooks were last saved by a spreadsheet)."""

    def __init__(self, openpyxl: Any, data: io.BytesIO) -> None:
        self._openpyxl = openpyxl
        self._data = data
        self._book: Any = None

    def formula(self, sheet: str, row: int, column: int) -> str | None:
        if self._book is None:
            self._data.seek(0)
            try:
                self._book = self._openpyxl.load_workbook(self._data, data_only=False)
            except Exception:  # it loaded once already: a reader's quirk
                self._book = False
        if self._book is False:
            return None
        value = self._book[sheet].cell(row=row, column=column).value
        return value if isinstance(value, str) and value.startswith("=") else None


def _sheet_table(sheet: Any, formulas: _Formulas, label: str) -> Table:
    """One sheet as a table (see the module docstring)."""
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    merged = _merged_rows(sheet)
    shown = f"{label}!{sheet.title}"
    skipped: list[int] = []
    header_at = None
    for number, cells in enumerate(grid, 1):
        if _blank(cells):
            continue
        if number in merged:
            skipped.append(number)
            continue
        header_at = number
        break
    if header_at is None:
        return Table([], iter(()), empty=True, name=sheet.title)
    raw_header = grid[header_at - 1]
    width = max(i for i, cell in enumerate(raw_header) if not _blank([cell])) + 1
    header = ["" if cell is None else str(cell).strip() for cell in raw_header[:width]]
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise InputError(
                None,
                f"column {name!r} appears twice in the header",
                file=shown,
                line=header_at,
            )
        seen.add(name)
    table = Table(header, iter(()), name=sheet.title)
    if skipped:
        table.notes.append(_skipped_note(shown, "merged title", skipped))
    table.rows = _rows(sheet, grid, header_at, width, merged, formulas, shown, table)
    return table


def _rows(
    sheet: Any,
    grid: list[list[Any]],
    header_at: int,
    width: int,
    merged: set[int],
    formulas: _Formulas,
    label: str,
    table: Table,
) -> Iterator[tuple[int, list[Any]]]:
    blank: list[int] = []
    merged_skipped: list[int] = []
    for number in range(header_at + 1, len(grid) + 1):
        cells = grid[number - 1]
        if number in merged:
            if not _blank(cells):
                merged_skipped.append(number)
            continue
        for column in range(width, len(cells)):
            if not _blank([cells[column]]):
                raise InputError(
                    None,
                    f"cell {_cell_name(number, column + 1)} holds a value under "
                    "no header",
                    file=label,
                    line=number,
                )
        row = [
            _value(sheet, grid, number, column + 1, formulas, label)
            for column in range(width)
        ]
        if all(cell == "" for cell in row):
            blank.append(number)
            continue
        yield number, row
    if merged_skipped:
        table.notes.append(_skipped_note(label, "merged", merged_skipped))
    if blank:
        table.notes.append(_skipped_note(label, "blank", blank))


def _skipped_note(label: str, what: str, rows: Sequence[int]) -> str:
    noun = "row" if len(rows) == 1 else "rows"
    listed = ", ".join(map(str, rows[:10])) + (" …" if len(rows) > 10 else "")
    return f"note: {label}: skipped {len(rows)} {what} {noun} ({listed})"


def _merged_rows(sheet: Any) -> set[int]:
    """Rows holding a range merged across columns: titles, not data."""
    rows: set[int] = set()
    for cells in sheet.merged_cells.ranges:
        if cells.max_col > cells.min_col:
            rows.update(range(cells.min_row, cells.max_row + 1))
    return rows


def _blank(cells: Iterable[Any]) -> bool:
    return all(
        cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells
    )


def _value(
    sheet: Any,
    grid: list[list[Any]],
    row: int,
    column: int,
    formulas: _Formulas,
    label: str,
) -> Any:
    """A cell as the importer reads it: text, a number or a day ("" if empty)."""
    cells = grid[row - 1]
    value = cells[column - 1] if column <= len(cells) else None
    if value is None:
        formula = formulas.formula(sheet.title, row, column)
        if formula is None:
            return ""
        value = _work_out(formula, grid, row, column, label)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return value
    if isinstance(value, time):
        return value.isoformat()
    return str(value)


# --- formulas without a saved value ----------------------------------------------

_RANGE = re.compile(
    r"SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)"
)
_REF = re.compile(r"\$?\b([A-Z]{1,3})\$?(\d+)\b")


def _work_out(
    formula: str, grid: list[list[Any]], row: int, column: int, label: str
) -> Any:
    """Plain arithmetic on numbers and cells, else an error naming the cell."""
    import ast

    try:
        expression = _RANGE.sub(lambda m: _sum_of(m, grid), formula[1:].upper())
        expression = _REF.sub(lambda m: repr(_number_at(grid, m)), expression)
        return _arithmetic(ast.parse(expression, mode="eval").body)
    except (ValueError, SyntaxError, ZeroDivisionError, RecursionError):
        raise InputError(
            None,
            f"cell {_cell_name(row, column)} holds the formula {formula!r} with no "
            "saved value; open and save the workbook in a spreadsheet program",
            file=label,
            line=row,
        ) from None


def _sum_of(match: re.Match[str], grid: list[list[Any]]) -> str:
    first_col, first_row = _column_number(match[1]), int(match[2])
    last_col, last_row = _column_number(match[3]), int(match[4])
    total = 0.0
    for r in range(first_row, last_row + 1):
        for c in range(first_col, last_col + 1):
            value = _at(grid, r, c)
            if isinstance(value, int | float) and not isinstance(value, bool):
                total += value
            elif value is not None:
                raise ValueError("not a number")
    return repr(total)


def _number_at(grid: list[list[Any]], match: re.Match[str]) -> float:
    value = _at(grid, int(match[2]), _column_number(match[1]))
    if value is None:
        return 0.0  # as in a spreadsheet, an empty cell counts as 0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError("not a number")


def _at(grid: list[list[Any]], row: int, column: int) -> Any:
    if 1 <= row <= len(grid) and 1 <= column <= len(grid[row - 1]):
        return grid[row - 1][column - 1]
    return None


def _arithmetic(node: Any) -> float:
    """+ - * / on numbers: the only formulas worked out here."""
    import ast
    import operator

    operators = {
        ast.Add: operator.add,
        ast.Sub: operator.sub,
        ast.Mult: operator.mul,
        ast.Div: operator.truediv,
    }
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = _arithmetic(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in operators:
        return operators[type(node.op)](_arithmetic(node.left), _arithmetic(node.right))
    raise ValueError("not plain arithmetic")


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _cell_name(row: int, column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


# --- writing -----------------------------------------------------------------------


def write_table(
    header: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[bytes]
) -> int:
    """A workbook of one sheet: header, typed cells, frozen header, readable
    widths (measured on the first rows). Returns how many rows it wrote."""
    openpyxl = _openpyxl()
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("records")
    sheet.freeze_panes = "A2"
    rows = iter(rows)
    sample = [list(row) for _, row in zip(range(WIDTH_SAMPLE), rows, strict=False)]
    for position, name in enumerate(header):
        width = max([len(name), *(_shown_width(row[position]) for row in sample)])
        letter = get_column_letter(position + 1)
        sheet.column_dimensions[letter].width = min(width + 2, MAX_WIDTH)
    bold = Font(bold=True)
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    count = 0
    for row in _chain(sample, rows):
        count += 1
        sheet.append([_cell(sheet, WriteOnlyCell, value, count) for value in row])
    book.save(out)
    return count


def _chain(
    sample: list[list[Any]], rest: Iterator[Sequence[Any]]
) -> Iterator[Sequence[Any]]:
    yield from sample
    yield from rest


def _cell(sheet: Any, make: Any, value: Any, row: int) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ILLEGAL.search(value):
        raise InputError(
            None,
            f"row {row} holds a control character a workbook cannot store "
            f"({value[:40]!r}); export it as csv or json",
        )
    cell = make(sheet, value=value)
    if isinstance(value, float):
        # openpyxl writes 16 significant digits, which can turn a stored area
        # into a neighbouring float; repr's 17 read back exactly.
        cell._value = repr(value)
    elif isinstance(value, str):
        cell.data_type = "s"  # text, never a formula
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def _shown_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)
