"""Turning finished reports into CSV and JSON for scripts, and dispatching the
table and Markdown to `render.report_table`.

A renderer receives a report (`reports/`) and only formats it: it never
queries and never integrates. Numbers print with thousands separators and their
bound (`~2,700`, `≥1,000`) in tables, raw in CSV and JSON. Rates print with two
decimals below 10 km²/day and one above (`6.54`, `15.6`). A period without any
figure prints `—` for its total and nothing for its rate.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from frontline.model.figures import SeriesKey
from frontline.model.periods import Period
from frontline.render.formats import OutputFormat
from frontline.render.labels import ROW_KEYS, warn_stderr
from frontline.render.tables import (
    BASELINE,
    BY,
    COMPARISON,
    COMPARISONS,
    FILTERS,
    PACE,
    ROWS,
    SHARES,
    WARNINGS,
    WINDOW,
    comparison_values,
    extra_values,
    keys,
    period_json,
    report_columns,
    row_values,
    scope_json,
    warning_json,
)
from frontline.reports.window import Comparison, Report, Row

SHARE_KEYS = keys(SHARES)
PACE_KEYS = keys(PACE)


def extra_keys(report: Report) -> tuple[str, ...]:
    return SHARE_KEYS + (PACE_KEYS if report.rolling is not None else ())


def row_json(row: Row, report: Report | None = None) -> dict[str, Any]:
    """One row of the report's JSON (`render.tables.report_columns`); without
    the report, no shares and no pace."""
    if report is None:
        columns: tuple[str, ...] = (*ROW_KEYS, WARNINGS.key)
        extras: tuple = ()
    else:
        columns, extras = keys(report_columns(report)), extra_values(report, row)
    values = (*row_values(row), *extras, list(row.warnings))
    return dict(zip(columns, values, strict=True))


def _write_rows_csv(report: Report, raw: bool = False) -> None:
    """Report rows as CSV, as `render.formats.write_csv` writes them (empty for
    null, true / false; neutralised unless `raw`), built directly because a long
    report has tens of thousands of rows.

    Each text cell (a series' key, a bucket, a bound, a day) is encoded once by
    `csv.writer` itself, quoted where it must be; numbers are what the writer
    writes for them, their `str`. A row is then one `%` of a template: the same
    bytes for about half the writer's cell by cell work."""
    from frontline.render.formats import neutralise

    rows = report.rows
    out = sys.stdout
    extras = extra_keys(report)
    out.write(_csv_cells(ROW_KEYS + extras)[:-1] + "\n")
    # No pace and no region of a known area: every extra cell is empty, and
    # the shares are not computed row by row.
    empty = report.rolling is None and not report.shares.known(
        {row.key[1] for row in rows}
    )
    blank = "," * len(extras)

    def extra(row: Row) -> str:
        if empty:
            return blank
        values = ("" if v is None else v for v in extra_values(report, row))
        return "," + _csv_cells(tuple(values))[:-1]

    # Of the text, a source may start with `=`: each series' key is made safe once.
    keys: dict[SeriesKey, str] = {}
    spans: dict[Period, str] = {}
    text = _CsvText()
    truth = ("false", "true")
    line = "%s%s%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%s\n"
    for start in range(0, len(rows), 5000):
        lines = []
        for row in rows[start : start + 5000]:
            key, bucket, integral, cumulative, holding = row[:5]
            key_text = keys.get(key)
            if key_text is None:
                key_text = keys[key] = _csv_cells(key if raw else map(neutralise, key))
            span_text = spans.get(bucket)
            if span_text is None:
                span_text = spans[bucket] = _csv_cells(
                    (bucket.label, bucket.start.isoformat(), bucket.end.isoformat())
                )
            _, _, total, covered, bound, prorated = integral
            days = (integral.end - integral.start).days + 1
            if holding is None:
                held = held_bound = held_on = ""
            else:
                held, held_bound, held_on = holding
                held_bound, held_on = text[held_bound], text[held_on]
            lines.append(
                line
                % (
                    key_text,
                    span_text,
                    "" if total is None else total,
                    text[bound],
                    days,
                    covered,
                    covered / days,
                    total / covered if covered and total is not None else "",
                    "" if cumulative.total is None else cumulative.total,
                    text[cumulative.bound],
                    held,
                    held_bound,
                    held_on,
                    truth[prorated],
                    extra(row),
                )
            )
        out.write("".join(lines))


def _csv_cells(values: Iterable[object]) -> str:
    """`values` as `csv.writer` writes them in a row, each followed by a comma."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(values)
    return buffer.getvalue()[:-1] + ","


class _CsvText(dict):
    """A bound or a day (None: empty) as one CSV cell, encoded on first use."""

    def __missing__(self, value: object) -> str:
        if value is None or value == "":
            text = ""  # (alone in a row, the writer would quote an empty cell)
        else:
            cell = value.isoformat() if isinstance(value, date) else value
            text = _csv_cells((cell,))[:-1]
        self[value] = text
        return text


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    return dict(zip(keys(COMPARISON), comparison_values(comparison), strict=True))


def report_json(report: Report, *, rows: bool = True) -> dict[str, Any]:
    """The report as JSON data; `rows=False` leaves the rows out (an empty list)."""
    return {
        WINDOW: period_json(report.window),
        BY: report.by,
        FILTERS: scope_json(report.scope),
        BASELINE.key: period_json(report.baseline),
        ROWS: [row_json(row, report) for row in report.rows] if rows else [],
        COMPARISONS: [comparison_json(c) for c in report.comparisons],
        WARNINGS.key: [warning_json(w) for w in report.warnings],
    }


def _write_report_json(report: Report) -> None:
    """`write_json(report_json(report))`, byte for byte, written faster.

    `json` indents with its pure-Python encoder; a report by month over ten years
    has 60,000 rows (36 MB) and took seconds. Here each row is a template of the
    indented object: the text that repeats (a series' key, a bucket's label and
    days, bounds, dates) is encoded once, and the numbers of a few thousand rows
    in one call of the C encoder (with newline as the item separator: an encoded
    number never holds one). The rest of the document is small and goes through
    `json` as before."""
    import json

    from frontline.render.formats import json_default, write_json

    rows = report.rows
    if not rows:
        write_json(report_json(report))
        return
    head = report_json(report, rows=False)
    text = json.dumps(head, ensure_ascii=False, indent=2, default=json_default)
    rows_key = f"\n  {json.dumps(ROWS)}: ["
    before, marker, after = text.partition(rows_key + "]")
    assert marker, "the report's JSON has no top-level rows"

    def line(key: str) -> str:
        return f"      {json.dumps(key)}: %s"

    template = (
        "    {\n%s%s"
        + ",\n".join(line(key) for key in ROW_KEYS[7:])
        + f",\n%s{line(WARNINGS.key)}\n    }}"
    )
    extra_lines = [line(key) + ",\n" for key in extra_keys(report)]
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    def extras_text(row: Row) -> str:
        values = extra_values(report, row)
        return "".join(
            text % dumps(value) for text, value in zip(extra_lines, values, strict=True)
        )

    encode = json.encoder.encode_basestring  # what json.dump(ensure_ascii=False) uses
    numbers = json.JSONEncoder(separators=("\n", ": ")).encode
    texts: dict[object, str] = {None: "null", False: "false", True: "true"}

    def string(value: object) -> str:
        encoded = texts.get(value)
        if encoded is None:
            encoded = texts[value] = encode(
                value.isoformat() if isinstance(value, date) else value
            )
        return encoded

    keys: dict[SeriesKey, str] = {}
    spans: dict[Period, str] = {}
    out = sys.stdout
    out.write(before + rows_key + "\n")
    for start in range(0, len(rows), 2000):
        chunk = rows[start : start + 2000]
        values = []
        for row in chunk:
            integral, cumulative, holding = row.integral, row.cumulative, row.holding
            covered, total = integral.covered, integral.total
            days = (integral.end - integral.start).days + 1
            values += (
                total,
                days,
                covered,
                covered / days,
                total / covered if covered and total is not None else None,
                cumulative.total,
                None if holding is None else holding.area,
            )
        encoded = numbers(values)[1:-1].split("\n")
        parts = []
        for k, row in enumerate(chunk):
            key_text = keys.get(row.key)
            if key_text is None:
                key_text = keys[row.key] = "".join(
                    f"{line(name) % string(value)},\n"
                    for name, value in zip(ROW_KEYS[:4], row.key, strict=True)
                )
            bucket = row.bucket
            span_text = spans.get(bucket)
            if span_text is None:
                span_text = spans[bucket] = "".join(
                    f"{line(name) % string(value)},\n"
                    for name, value in zip(
                        ROW_KEYS[4:7],
                        (bucket.label, bucket.start, bucket.end),
                        strict=True,
                    )
                )
            area, days, covered, coverage, rate, running, held = encoded[
                7 * k : 7 * k + 7
            ]
            holding = row.holding
            parts.append(
                template
                % (
                    key_text,
                    span_text,
                    area,
                    string(row.integral.bound),
                    days,
                    covered,
                    coverage,
                    rate,
                    running,
                    string(row.cumulative.bound),
                    held,
                    string(None if holding is None else holding.bound),
                    string(None if holding is None else holding.on),
                    string(row.integral.prorated),
                    extras_text(row),
                    _int_list(row.warnings),
                )
            )
        out.write(",\n".join(parts))
        out.write(",\n" if start + 2000 < len(rows) else "\n  ]")
    out.write(after + "\n")


def _int_list(numbers: Sequence[int]) -> str:
    """A list of numbers as `json.dump(indent=2)` writes it inside a row."""
    if not numbers:
        return "[]"
    return "[\n        " + ",\n        ".join(map(str, numbers)) + "\n      ]"


def render_report(report: Report, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        _write_report_json(report)
        return
    if fmt is OutputFormat.csv:
        _write_rows_csv(report, raw)
        warn_stderr(report.warnings)
        return
    from frontline.render.report_table import render_report_table

    render_report_table(report, fmt)
