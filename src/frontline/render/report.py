"""Turning finished reports into CSV and JSON for scripts, and dispatching the
table and Markdown to `render.report_table`.

A renderer receives a report (`reports/`) and only formats it: it never
queries and never integrates. Numbers print with thousands separators and their
bound (`~2,700`, `≥1,000`) in tables, raw in CSV and JSON. Rates print with two
decimals below 10 km²/day and one above (`6.54`, `15.6`). A period without any
figure prints `—` for its total and nothing for its rate.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from frontline.model.figures import SeriesKey
from frontline.model.periods import Period
from frontline.render.formats import (
    OutputFormat,
    json_default,
    neutralise,
    write_json,
)
from frontline.render.labels import (
    ROW_KEYS,
    key_json,
    period_json,
    scope_json,
    warn_stderr,
    warning_json,
)
from frontline.reports.window import Comparison, Report, Row

SHARE_KEYS = ("share_of_region", "holding_share_of_region")
PACE_KEYS = (
    "rolling_start",
    "rolling_end",
    "rolling_rate_km2_per_day",
    "rolling_bound",
    "previous_rolling_start",
    "previous_rolling_end",
    "previous_rolling_rate_km2_per_day",
    "rolling_ratio",
)


def row_extras(report: Report, row: Row) -> dict[str, Any]:
    """The keys after `prorated`: shares of the region, and the pace with
    `--rolling`."""
    shares = report.shares
    region = row.key[1]
    holding = row.holding
    extras: dict[str, Any] = {
        "share_of_region": shares.share(row.integral.total, region),
        "holding_share_of_region": shares.share(
            holding.area if holding else None, region
        ),
    }
    pace = row.pace
    if report.rolling is not None and pace is not None:
        now, before = pace.current, pace.previous
        extras.update(
            {
                "rolling_start": now.start.isoformat(),
                "rolling_end": now.end.isoformat(),
                "rolling_rate_km2_per_day": now.rate,
                "rolling_bound": now.bound,
                "previous_rolling_start": before.start.isoformat(),
                "previous_rolling_end": before.end.isoformat(),
                "previous_rolling_rate_km2_per_day": before.rate,
                "rolling_ratio": pace.ratio,
            }
        )
    return extras


def extra_keys(report: Report) -> tuple[str, ...]:
    return SHARE_KEYS + (PACE_KEYS if report.rolling is not None else ())


def row_json(row: Row, report: Report | None = None) -> dict[str, Any]:
    integral, cumulative, holding = row.integral, row.cumulative, row.holding
    extras = row_extras(report, row) if report is not None else {}
    return {
        **key_json(row.key),
        "period": row.bucket.label,
        "start": row.bucket.start.isoformat(),
        "end": row.bucket.end.isoformat(),
        "area_km2": integral.total,
        "bound": integral.bound,
        "days": integral.days,
        "days_covered": integral.covered,
        "coverage": integral.coverage,
        "rate_km2_per_day": integral.rate,
        "cumulative_km2": cumulative.total,
        "cumulative_bound": cumulative.bound,
        "holding_km2": holding.area if holding else None,
        "holding_bound": holding.bound if holding else None,
        "holding_on": holding.on.isoformat() if holding else None,
        "prorated": integral.prorated,
        **extras,
        "warnings": list(row.warnings),
    }


def _write_rows_csv(report: Report, raw: bool = False) -> None:
    """Report rows as CSV, as `render.formats.write_csv` writes them (empty for
    null, true / false; neutralised unless `raw`), built directly because a long
    report has tens of thousands of rows."""
    import csv

    rows = report.rows
    writer = csv.writer(sys.stdout, lineterminator="\n")
    extras = extra_keys(report)
    writer.writerow(ROW_KEYS + extras)
    iso = lru_cache(maxsize=None)(date.isoformat)  # bucket edges recur
    truth = ("false", "true")

    # No pace and no region of a known area: every extra cell is empty, and
    # the shares are not computed row by row.
    empty = report.rolling is None and not report.shares.known(
        {row.key[1] for row in rows}
    )
    blank = ("",) * len(extras)

    def extra(row: Row) -> tuple:
        if empty:
            return blank
        values = row_extras(report, row)
        return tuple("" if values.get(k) is None else values[k] for k in extras)

    # Of the text, a source may start with `=`: each series' key is made safe once.
    keys = {row.key: row.key for row in rows}
    if not raw:
        keys = {key: tuple(map(neutralise, key)) for key in keys}
    for start in range(0, len(rows), 5000):
        writer.writerows(
            [
                (*keys[row.key], *_row_values(row, iso, "", truth)[4:], *extra(row))
                for row in rows[start : start + 5000]
            ]
        )


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    current, base = comparison.current, comparison.base
    return {
        **key_json(comparison.key),
        "period": comparison.period.label,
        "period_start": comparison.period.start.isoformat(),
        "period_end": comparison.period.end.isoformat(),
        "baseline": comparison.baseline.label,
        "baseline_start": comparison.baseline.start.isoformat(),
        "baseline_end": comparison.baseline.end.isoformat(),
        "area_km2": current.total,
        "bound": current.bound,
        "days_covered": current.covered,
        "coverage": current.coverage,
        "rate_km2_per_day": current.rate,
        "baseline_area_km2": base.total,
        "baseline_bound": base.bound,
        "baseline_days_covered": base.covered,
        "baseline_coverage": base.coverage,
        "baseline_below_half": comparison.baseline_below_half,
        "baseline_rate_km2_per_day": base.rate,
        "area_ratio": comparison.area_ratio,
        "area_change_km2": comparison.area_change,
        "area_change_bound": comparison.change_bound,
        "rate_ratio": comparison.rate_ratio,
    }


def report_json(report: Report, *, rows: bool = True) -> dict[str, Any]:
    """The report as JSON data; `rows=False` leaves the rows out (an empty list)."""
    return {
        "window": period_json(report.window),
        "by": report.by,
        "filters": scope_json(report.scope),
        "baseline": period_json(report.baseline),
        "rows": [row_json(row, report) for row in report.rows] if rows else [],
        "comparisons": [comparison_json(c) for c in report.comparisons],
        "warnings": [warning_json(w) for w in report.warnings],
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
    rows = report.rows
    if not rows:
        write_json(report_json(report))
        return
    head = report_json(report, rows=False)
    text = json.dumps(head, ensure_ascii=False, indent=2, default=json_default)
    before, marker, after = text.partition('\n  "rows": []')
    assert marker, "the report's JSON has no top-level rows"

    def line(key: str) -> str:
        return f"      {json.dumps(key)}: %s"

    template = (
        "    {\n%s%s"
        + ",\n".join(line(key) for key in ROW_KEYS[7:])
        + f",\n%s{line('warnings')}\n    }}"
    )
    extra_lines = [line(key) + ",\n" for key in extra_keys(report)]
    dumps = json.JSONEncoder(ensure_ascii=False).encode

    def extras_text(row: Row) -> str:
        values = row_extras(report, row)
        return "".join(
            text % dumps(value)
            for text, value in zip(extra_lines, values.values(), strict=True)
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
    out.write(before + '\n  "rows": [\n')
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


def _row_values(
    row: Row,
    iso: Callable[[date], str],
    null: object = None,
    truth: tuple[object, object] = (False, True),
) -> tuple:
    """The values of `row_json` (without its warnings), in `ROW_KEYS` order; `null`
    stands for None and `truth` for false/true (CSV writes "", "false", "true")."""
    integral, cumulative, holding = row.integral, row.cumulative, row.holding
    covered, total, bound = integral.covered, integral.total, integral.bound
    days = (integral.end - integral.start).days + 1
    return (
        *row.key,
        row.bucket.label,
        iso(row.bucket.start),
        iso(row.bucket.end),
        null if total is None else total,
        null if bound is None else bound,
        days,
        covered,
        covered / days,
        total / covered if covered and total is not None else null,
        null if cumulative.total is None else cumulative.total,
        null if cumulative.bound is None else cumulative.bound,
        null if holding is None else holding.area,
        null if holding is None else holding.bound,
        null if holding is None else iso(holding.on),
        truth[integral.prorated],
    )


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
