"""Tables into records: the rows any rows reader gives (CSV, JSON, JSON Lines…).

A reader of `frontline.formats` parses the file into rows (cells under a
header, or one object per row); this module turns rows into records. Every
function here yields `(record, origin)` pairs lazily, so an import streams straight
into `store.records.write_records`, which batches them inside one transaction: a file of
a million rows never sits in memory, and an error raised here on the last row
still rolls back the first. Each row goes through `record_from_fields`, the one
validator, and its errors are located as `FILE, line N: FIELD: problem`.

How a source column becomes a record field is decided once, by a `FieldPlan`
built from `--map FIELD=COLUMN`, `--set FIELD=VALUE` and `--kind`:

- `--set` gives every row the same value and wins over any column;
- `--map` names the column a field is read from;
- otherwise a column named like the field (what `export` writes) is used;
- `--kind` is the kind of rows that have no kind of their own.

Columns that are neither fields nor mapped are ignored, and said so once, so that
a misspelt header (`sorce`) is noticed instead of silently losing provenance.

A CSV cell `export` neutralised for spreadsheets (`'=SUM(A1)`) reads back as the
value it was: one leading `'` is removed when what follows starts with `=`, `+`,
`-`, `@`, tab or CR (after any further `'`s); see `formats.cells.restore_cell`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any

from frontline.errors import InputError
from frontline.formats import registry
from frontline.formats.cells import restore_cell
from frontline.formats.csv import read_text as read_csv_text
from frontline.formats.json import json_type
from frontline.formats.registry import ReadOptions, Table
from frontline.ingest.plan import Layout, Peek, match_header
from frontline.ingest.sources import (
    FieldPlan,
    ImportNotes,
    Meter,
    Source,
    _record,
    open_data,
)
from frontline.model.decimals import DecimalColumn
from frontline.model.rows import RowChecker
from frontline.store.bulk import Located, Staging

if TYPE_CHECKING:
    from frontline.ingest.maps import MapOptions
    from frontline.ingest.rules import RuleSet

# --- the pipeline ----------------------------------------------------------------


def read_records(
    sources: Sequence[Source],
    plan: FieldPlan,
    *,
    notes: ImportNotes | None = None,
    meter: Meter | None = None,
    map_options: MapOptions | None = None,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    """Records of all sources, in order, validated and located, read lazily.
    Maps are read by `ingest/maps.py` with `map_options`; tables follow
    `rules` (see `ingest/rules.py`) when given."""
    notes = notes if notes is not None else ImportNotes()
    meter = meter if meter is not None else Meter(sources)
    for source in sources:
        if source.kind == registry.FEATURES:
            from frontline.ingest import maps

            yield from maps.read_map(source, plan, map_options, meter)
        else:
            yield from _read_table(source, plan, notes, meter, rules)
        meter.finish(source)


def stage_sources(
    staging: Staging,
    sources: Sequence[Source],
    plan: FieldPlan,
    *,
    notes: ImportNotes | None = None,
    meter: Meter | None = None,
    progress: Callable[[int], None] | None = None,
    map_options: MapOptions | None = None,
    rules: RuleSet | None = None,
) -> None:
    """Validate every source into `staging`, in order; nothing is written yet.
    Tables go through `stage_table`, maps through `read_records`."""
    notes = notes if notes is not None else ImportNotes()
    meter = meter if meter is not None else Meter(sources)
    for source in sources:
        if source.kind != registry.ROWS:
            records = read_records(
                [source], plan, notes=notes, meter=meter, map_options=map_options
            )
            staging.add_records(records, progress)
            continue
        stage_table(
            staging,
            source,
            plan,
            notes=notes,
            meter=meter,
            progress=progress,
            rules=rules,
        )
        meter.finish(source)


def stage_table(
    staging: Staging,
    source: Source,
    plan: FieldPlan,
    *,
    notes: ImportNotes,
    meter: Meter,
    progress: Callable[[int], None] | None = None,
    rules: RuleSet | None = None,
    strict_columns: bool = False,
) -> None:
    """Validate one table into `staging`. A table with a header and no rules
    takes the fast path (`value_rows`: stored values, no `Record` per row);
    rules and one-object-per-row tables go record by record."""
    with open_data(source) as (data, raw):
        meter.start(raw)
        table = _table(source, data, plan, rules)
        label = _label(source, table)
        peek = _peeker(source, plan, table)
        if table.header is None:
            records = _object_records(table, label, plan, notes, rules=rules, peek=peek)
            staging.add_records(records, progress)
        elif rules is not None:
            records = table_records(
                table,
                label,
                plan,
                notes,
                strict_columns=strict_columns,
                rules=rules,
                peek=peek,
            )
            staging.add_records(records, progress)
        else:
            rows = value_rows(table, label, plan, notes, strict_columns, peek)
            staging.add_rows(rows, label, progress)
        notes.read.extend(table.notes)


def _table(
    source: Source, data: IO[bytes], plan: FieldPlan, rules: RuleSet | None = None
) -> Table:
    options = ReadOptions(source.encoding, plan.delimiter, plan.sheet)
    table = registry.get(source.format).reader().read(data, source.label, options)
    if table.choices is not None and plan.sheet is None:
        table = _first_understood(table.choices, source.label, plan, rules)
    if source.format == "csv":
        table.rows = _restored(table.rows)
    return table


def _label(source: Source, table: Table) -> str:
    """What errors call a table: a workbook's names its sheet."""
    return f"{source.label}!{table.name}" if table.name else source.label


def _first_understood(
    choices: list[tuple[str, Table]],
    label: str,
    plan: FieldPlan,
    rules: RuleSet | None,
) -> Table:
    """The first sheet whose header gives every field a record needs; if none
    does, the complaint about the sheet with the most columns."""
    first_error: InputError | None = None
    widest = 0
    passed: list[str] = []
    for name, table in choices:
        if not table.header:
            passed.append(name)
            continue
        try:
            match_header(
                table.header,
                plan,
                f"{label}!{name}",
                ruled=rules.fields if rules else (),
                rule_columns=rules.columns if rules else (),
            )
        except InputError as error:
            if len(table.header) > widest:  # the likeliest sheet's complaint
                first_error, widest = error, len(table.header)
            passed.append(name)
            continue
        if passed:
            skipped = ", ".join(map(repr, passed))
            table.notes.insert(
                0,
                f"note: {label}: read sheet {name!r}; skipped {skipped} (no header "
                "with the fields a record needs)",
            )
        return table
    if first_error is not None:
        raise first_error
    return choices[0][1]


def _peeker(source: Source, plan: FieldPlan, table: Table) -> Peek | None:
    """One column of a table read again from the start, to settle its decimal
    mark by look-ahead (`model.decimals`); None for stdin, read only once."""
    if source.path is None:
        return None
    if table.name is not None:
        plan = replace(plan, sheet=table.name)

    def peek(position: Any) -> Callable[[], Iterator[tuple[int, object]]]:
        def values() -> Iterator[tuple[int, object]]:
            try:
                with open_data(source) as (data, _):
                    for line, row in _table(source, data, plan).rows:
                        if isinstance(row, dict):
                            yield line, row.get(position)
                        elif isinstance(row, list) and position < len(row):
                            yield line, row[position]
            except (InputError, OSError, ValueError):
                return  # the import itself reports what is wrong with the file

        return values

    return peek


def _restored(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """CSV cells `export` neutralised for spreadsheets, read back as they were."""
    for line, row in rows:
        if any(cell[:1] == "'" for cell in row):
            row = [restore_cell(cell) for cell in row]
        yield line, row


def _read_table(
    source: Source,
    plan: FieldPlan,
    notes: ImportNotes,
    meter: Meter,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    with open_data(source) as (data, raw):
        meter.start(raw)
        table = _table(source, data, plan, rules)
        label = _label(source, table)
        peek = _peeker(source, plan, table)
        if table.header is None:
            yield from _object_records(
                table, label, plan, notes, rules=rules, peek=peek
            )
        else:
            yield from table_records(table, label, plan, notes, rules=rules, peek=peek)
        notes.read.extend(table.notes)


# --- tables with a header (CSV) -------------------------------------------------------


def csv_rows(
    handle: IO[str],
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    strict_columns: bool = False,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    """Records from CSV text with a header line (the seed dataset, tests).

    `strict_columns` refuses a column that is not a record field instead of
    noting it: for files frontline ships, where one is a mistake.
    """
    table = read_csv_text(handle, label, plan.delimiter)
    table.rows = _restored(table.rows)
    yield from table_records(
        table, label, plan, notes, strict_columns=strict_columns, rules=rules
    )


def table_records(
    table: Table,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    strict_columns: bool = False,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> Iterator[Located]:
    """Records from the rows of a table with a header, checked for content."""
    layout, index = _layout(table, label, plan, notes, strict_columns, rules, peek)
    pairs = layout.pairs
    complete = plan.complete
    for line, row in table.rows:
        row = layout.fix(row, line, label)
        values = {name: row[position] for name, position in pairs}
        if rules is not None:
            rule = rules.first_match(functools.partial(_cell, row, index))
            if rule is not None:
                if rule.skip:
                    continue
                yield _record(rules.apply(rule, complete(values)), label, line)
                continue
        yield _record(complete(values), label, line)


def _layout(
    table: Table,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None,
    strict_columns: bool,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> tuple[Layout, dict[str, int]]:
    """Which cell each field is read from (`ingest.plan`), and each column's
    position (for rules that match on columns)."""
    header = table.header
    if not header:  # an empty file: no records, like an empty JSON file
        if notes is not None:
            notes.empty(label)
        return Layout([], []), {}
    if rules is not None:
        rules.check_header(header, label)
    index = {name: position for position, name in enumerate(header)}
    layout = match_header(
        header,
        plan,
        label,
        ruled=rules.fields if rules else (),
        rule_columns=rules.columns if rules else (),
        decimal=plan.decimal,
        peek=peek,
        synonyms=not strict_columns,
    )
    if layout.ignored and strict_columns:
        raise InputError(layout.ignored[0], "is not a record field", file=label, line=1)
    if notes is not None:
        notes.ignore(label, layout.ignored)
    return layout, index


def csv_value_rows(
    handle: IO[str], label: str, plan: FieldPlan, notes: ImportNotes | None = None
) -> Iterator[tuple[Any, ...]]:
    """`value_rows` of CSV text (tests compare it with `csv_rows`)."""
    table = read_csv_text(handle, label, plan.delimiter)
    table.rows = _restored(table.rows)
    return value_rows(table, label, plan, notes)


def value_rows(
    table: Table,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    strict_columns: bool = False,
    peek: Peek | None = None,
) -> Iterator[tuple[Any, ...]]:
    """What `table_records` validates, as stored values plus the line
    (`FIELD_NAMES` order, then the line number): no dict and no `Record` per row.

    Each distinct raw value is validated once (`model.rows.RowChecker`); a row
    with any problem goes through `record_from_fields`, which raises the same
    located error `table_records` would.
    """
    layout, _ = _layout(table, label, plan, notes, strict_columns, peek=peek)
    checker = RowChecker(dict(layout.pairs), plan.constants, plan.default_kind)
    values = checker.values
    fix = layout.fix if layout.numbers else None
    for line, row in table.rows:
        if fix is not None:
            row = fix(row, line, label)
        checked = values(row)
        if checked is None:
            record, _ = _record(checker.fields(row), label, line)
            checked = record.to_values()
        yield (*checked, line)


def _cell(row: list[str], index: dict[str, int], column: str) -> str:
    return row[index[column]]


# --- one object per row (JSON, JSON Lines) -------------------------------------------


def _object_records(
    table: Table,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> Iterator[Located]:
    """Records from rows that are each one JSON object, located by line. A JSON
    number is a number; an area given as text (`"~2,700 km2"`) follows the
    decimal-mark rule of table columns, key by key (`model.decimals`)."""
    pairs = plan.pairs(None)
    used = plan.used_columns() | (rules.columns if rules else set())
    numbers = {
        column: (
            name,
            DecimalColumn(
                plan.decimal, column, peek(column) if peek else None, noun="key"
            ),
        )
        for name, column in pairs
        if name in ("area", "area_km2")
    }
    for line, item in table.rows:
        if numbers and isinstance(item, dict):
            item = _settled(item, numbers, label, line)
        located = _object_record(item, line, label, plan, pairs, used, notes, rules)
        if located is not None:
            yield located
    if table.empty and notes is not None:
        notes.empty(label)


def _settled(
    item: dict[str, Any],
    numbers: dict[str, tuple[str, DecimalColumn]],
    label: str,
    line: int,
) -> dict[str, Any]:
    """An object with its text areas read by their decimal mark."""
    changed = None
    for column, (name, decimals) in numbers.items():
        value = item.get(column)
        if not isinstance(value, str):
            continue
        try:
            read = decimals.read(value, line)
        except InputError as error:
            raise InputError(name, error.message, file=label, line=line) from None
        if read is not value:
            changed = changed or dict(item)
            changed[column] = read
    return changed or item


def _object_record(
    item: object,
    line: int,
    label: str,
    plan: FieldPlan,
    pairs: Sequence[tuple[str, str]],
    used: set[str],
    notes: ImportNotes | None,
    rules: RuleSet | None = None,
) -> Located | None:
    """One object's record; None when a rule skips it."""
    if not isinstance(item, dict):
        raise InputError(
            None,
            f"expected a JSON object, found {json_type(item)}",
            file=label,
            line=line,
        )
    if notes is not None and not used.issuperset(item):
        notes.ignore(label, [key for key in item if key not in used])
    values = {name: item[column] for name, column in pairs if column in item}
    for name, value in values.items():
        if isinstance(value, dict | list | bool):
            # str() would store "{'a': 1}" or "True": not what the file said.
            raise InputError(
                name,
                f"expected text or a number, found {json_type(value)}",
                file=label,
                line=line,
            )
    if rules is not None:
        rule = rules.first_match(item.get)
        if rule is not None:
            if rule.skip:
                return None
            return _record(rules.apply(rule, plan.complete(values)), label, line)
    return _record(plan.complete(values), label, line)
