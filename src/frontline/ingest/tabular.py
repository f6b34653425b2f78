"""Reading records from files: CSV, JSON, JSON Lines (and GeoJSON through `geo`).

Every reader yields `(record, origin)` pairs lazily, so an import streams straight
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
`-`, `@`, tab or CR (after any further `'`s); see `render.formats.restore_cell`.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from frontline.errors import InputError
from frontline.ingest.dialect import Peek, column_peeker, csv_reader
from frontline.ingest.plan import Layout, match_header
from frontline.ingest.sources import (
    DECODER,
    FieldPlan,
    ImportNotes,
    Meter,
    Source,
    _not_utf8,
    _record,
    decode_json,
    json_errors,
    open_text,
    read_all,
)
from frontline.model.rows import RowChecker
from frontline.render.formats import restore_cell
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
    Maps (GeoJSON, DeepState) are read by `ingest/maps.py` with `map_options`;
    tables follow `rules` (see `ingest/rules.py`) when given."""
    notes = notes if notes is not None else ImportNotes()
    meter = meter if meter is not None else Meter(sources)
    for source in sources:
        if source.format in ("geojson", "deepstate", "map"):
            from frontline.ingest import maps

            yield from maps.read_map(source, plan, map_options, meter)
        else:
            yield from _read_tabular(source, plan, notes, meter, rules)
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

    CSV without rules takes the fast path (`csv_value_rows`: stored values, no
    `Record` per row); rules, JSON, JSON Lines and maps go through
    `read_records`.
    """
    notes = notes if notes is not None else ImportNotes()
    meter = meter if meter is not None else Meter(sources)
    for source in sources:
        if source.format != "csv" or rules is not None:
            records = read_records(
                [source],
                plan,
                notes=notes,
                meter=meter,
                map_options=map_options,
                rules=rules,
            )
            staging.add_records(records, progress)
            continue
        with open_text(source) as handle:
            meter.start(getattr(handle, "buffer", None))
            rows = csv_value_rows(
                handle,
                source.label,
                plan,
                notes,
                peek=column_peeker(source, plan.delimiter),
            )
            staging.add_rows(rows, source.label, progress)
        meter.finish(source)


def _read_tabular(
    source: Source,
    plan: FieldPlan,
    notes: ImportNotes,
    meter: Meter,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    with open_text(source) as handle:
        meter.start(getattr(handle, "buffer", None))
        if source.format == "csv":
            peek = column_peeker(source, plan.delimiter)
            yield from csv_rows(
                handle, source.label, plan, notes, rules=rules, peek=peek
            )
            return
        rows = {"json": json_rows, "jsonl": jsonl_rows}[source.format]
        yield from rows(handle, source.label, plan, notes, rules=rules)


# --- CSV ---------------------------------------------------------------------------


def csv_rows(
    handle: IO[str],
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    strict_columns: bool = False,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> Iterator[Located]:
    """Records from CSV with a header line, checked for shape as well as content.

    `strict_columns` refuses a column that is not a record field instead of
    noting it: for files frontline ships, where one is a mistake. `peek`
    reads a column ahead, to settle its decimal mark (`ingest.plan`).
    """
    try:
        reader = csv_reader(handle, label, plan.delimiter)
        yield from _csv_records(reader, label, plan, notes, strict_columns, rules, peek)
    except UnicodeDecodeError as error:
        raise _not_utf8(error, label) from None


def _csv_records(
    reader: Any,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None,
    strict_columns: bool,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> Iterator[Located]:
    layout, width, index = _csv_layout(
        reader, label, plan, notes, strict_columns, rules, peek
    )
    pairs = layout.pairs
    complete = plan.complete
    for line, row in _csv_data(reader, label, width):
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


def _csv_layout(
    reader: Any,
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None,
    strict_columns: bool,
    rules: RuleSet | None = None,
    peek: Peek | None = None,
) -> tuple[Layout, int, dict[str, int]]:
    """Which cell each field is read from (`ingest.plan`), the width every row
    must have, and each column's position (for rules that match on columns)."""
    header = _csv_header(reader, label)
    if header is None:  # an empty file: no records, like an empty JSON file
        if notes is not None:
            notes.empty(label)
        return Layout([], []), 0, {}
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
    )
    if layout.ignored and strict_columns:
        raise InputError(layout.ignored[0], "is not a record field", file=label, line=1)
    if notes is not None:
        notes.ignore(label, layout.ignored)
    return layout, len(header), index


def _csv_data(reader: Any, label: str, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) of every data row, blank ones skipped, shape checked."""
    last = reader.line_num  # the header's line (blank lines may come first)
    try:
        for row in reader:
            line = last + 1
            last = reader.line_num
            if not "".join(row).strip():
                # A blank line, or a spreadsheet's trailing `,,,,`: no data.
                continue
            if len(row) != width:
                raise InputError(
                    None,
                    f"malformed CSV: {len(row)} fields, but the header has {width}",
                    file=label,
                    line=line,
                )
            if any(cell[:1] == "'" for cell in row):
                row = [restore_cell(cell) for cell in row]
            yield line, row
    except csv.Error as error:
        raise _malformed_csv(error, label, reader.line_num, last + 1) from None


def csv_value_rows(
    handle: IO[str],
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    peek: Peek | None = None,
) -> Iterator[tuple[Any, ...]]:
    """What `csv_rows` validates, as stored values plus the line (`FIELD_NAMES`
    order, then the line number): no dict and no `Record` per row.

    Each distinct raw value is validated once (`model.rows.RowChecker`); a row
    with any problem goes through `record_from_fields`, which raises the same
    located error `csv_rows` would.
    """
    try:
        reader = csv_reader(handle, label, plan.delimiter)
        layout, width, _ = _csv_layout(reader, label, plan, notes, False, peek=peek)
        checker = RowChecker(dict(layout.pairs), plan.constants, plan.default_kind)
        values = checker.values
        fix = layout.fix if layout.numbers else None
        for line, row in _csv_data(reader, label, width):
            if fix is not None:
                row = fix(row, line, label)
            checked = values(row)
            if checked is None:
                record, _ = _record(checker.fields(row), label, line)
                checked = record.to_values()
            yield (*checked, line)
    except UnicodeDecodeError as error:
        raise _not_utf8(error, label) from None


def _cell(row: list[str], index: dict[str, int], column: str) -> str:
    return row[index[column]]


def _malformed_csv(error: csv.Error, label: str, line: int, start: int) -> InputError:
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


def _csv_header(reader: Any, label: str) -> list[str] | None:
    """The header's column names, or None for an empty file (which, like an
    empty JSON or JSON Lines file, holds no records: a note, not an error)."""
    try:
        header = [name.strip() for name in next(reader)]
        while not any(header):  # blank lines before the header
            header = [name.strip() for name in next(reader)]
    except StopIteration:
        return None
    except csv.Error as error:
        raise _malformed_csv(error, label, reader.line_num, 1) from None
    seen: set[str] = set()
    for name in header:
        if name in seen and name:
            raise InputError(
                None, f"column {name!r} appears twice in the header", file=label, line=1
            )
        seen.add(name)
    return header


# --- JSON and JSON Lines -------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")


def json_rows(
    handle: IO[str],
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    """Records from a JSON array of objects, each located by the line it starts on.

    The array is read whole (JSON has no cheap way to find where an item starts
    otherwise) but decoded one item at a time, so that an error names its line.
    """
    text = read_all(handle, label)
    if not text.strip(" \t\n\r"):
        if notes is not None:
            notes.empty(label)
        return
    pairs = plan.pairs(None)
    used = plan.used_columns() | (rules.columns if rules else set())
    for line, item in _json_array_items(text, label):
        located = _object_record(item, line, label, plan, pairs, used, notes, rules)
        if located is not None:
            yield located


def _json_array_items(text: str, label: str) -> Iterator[tuple[int, object]]:
    position = _WHITESPACE.match(text, 0).end()  # type: ignore[union-attr]
    if position == len(text):
        raise InputError(
            None, "is empty (expected a JSON array of objects)", file=label
        )
    if text[position] != "[":
        value = decode_json(text, label)
        raise InputError(None, _not_an_array(value), file=label)
    line, counted = 1, 0
    position = _WHITESPACE.match(text, position + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", position):
        _expect_end(text, position + 1, label)
        return
    while True:
        line += text.count("\n", counted, position)
        counted = position
        with json_errors(text, label, position):
            item, position = DECODER.raw_decode(text, position)
        yield line, item
        position = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
        if text.startswith(",", position):
            position = _WHITESPACE.match(text, position + 1).end()  # type: ignore[union-attr]
            continue
        if text.startswith("]", position):
            _expect_end(text, position + 1, label)
            return
        decode_json(text, label)  # raises the parser's own message
        raise InputError(None, "invalid JSON", file=label)


def _expect_end(text: str, position: int, label: str) -> None:
    if _WHITESPACE.match(text, position).end() != len(text):  # type: ignore[union-attr]
        decode_json(text, label)
        raise InputError(None, "invalid JSON: extra data after the array", file=label)


def _not_an_array(value: object) -> str:
    message = f"expected a JSON array of objects, found {_json_type(value)}"
    if isinstance(value, dict) and value.get("type") in (
        "FeatureCollection",
        "Feature",
    ):
        message += " (a GeoJSON file? use --format geojson)"
    return message


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def jsonl_rows(
    handle: IO[str],
    label: str,
    plan: FieldPlan,
    notes: ImportNotes | None = None,
    *,
    rules: RuleSet | None = None,
) -> Iterator[Located]:
    """Records from JSON Lines: one object a line; blank lines are skipped."""
    pairs = plan.pairs(None)
    used = plan.used_columns() | (rules.columns if rules else set())
    line = 0
    seen = False
    try:
        for line, text in enumerate(handle, 1):
            if not text.strip():
                continue
            seen = True
            with json_errors(text, label, line=line):
                item = DECODER.decode(text.rstrip("\r\n"))
            located = _object_record(item, line, label, plan, pairs, used, notes, rules)
            if located is not None:
                yield located
    except UnicodeDecodeError as error:
        raise _not_utf8(error, label) from None
    if not seen and notes is not None:
        notes.empty(label)


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
            f"expected a JSON object, found {_json_type(item)}",
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
                f"expected text or a number, found {_json_type(value)}",
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
