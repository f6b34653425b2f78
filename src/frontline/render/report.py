"""Turning finished reports into tables, CSV, JSON, Markdown and terminal charts.

A renderer receives a report (`reports/`) and only formats it: it never
queries and never integrates. Numbers print with thousands separators and their
bound (`~2,700`, `≥1,000`) in tables, raw in CSV and JSON. Rates print with two
decimals below 10 km²/day and one above (`6.54`, `15.6`). A period without any
figure prints `—` for its total and nothing for its rate.

Footnotes are numbered with superscripts in the order they are first needed:
prorated totals (`~484.4¹`), holdings known only up to an earlier day, and each
issue of the model (a record set aside, children larger than their parent,
holdings contradicting changes) that touched a row's numbers, marked on that
row's series. Coverage below 100 % is explained once under the table.

rich is imported (through `render.text.print_table`) only for table output.
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
    Column,
    OutputFormat,
    escape_lines,
    json_default,
    markdown_table,
    neutralise,
    write_json,
)
from frontline.render.labels import (
    COVERAGE_NOTE,
    EMPTY_NOTE,
    NO_FIGURE,
    PRORATED_NOTE,
    ROW_KEYS,
    Footnotes,
    area_text,
    key_json,
    percent_text,
    period_json,
    rate_text,
    ratio_text,
    scope_json,
    series_label,
    share_text,
    signed_text,
    warn_stderr,
    warning_json,
    warning_text,
    window_title,
)
from frontline.render.text import (
    RICH_ROW_LIMIT,
    print_notes,
    print_table,
    show_table,
    write_table,
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

    def extra(row: Row) -> tuple:
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
    notes = Footnotes()
    bucketed = report.by is not None
    columns = _report_columns(report, bucketed)
    cells = _report_cells(report, columns, notes)
    keys = [column.key for column in columns]
    general = _general_notes(report)
    title = window_title(
        f"Gains by {report.by}" if bucketed else "Gains", report.window, report.scope
    )
    comparison_title, comparison_rows = _comparison_block(report, notes)
    if fmt is OutputFormat.markdown:
        rows = [dict(zip(keys, line, strict=True)) for line in cells]
        parts = (
            [f"**{title}**", markdown_table(rows, columns)]
            if rows
            else [f"**{title}**", "no figures match"]
        )
        if comparison_rows:
            parts += [
                f"**{comparison_title}**",
                markdown_table(comparison_rows, COMPARISON_COLUMNS),
            ]
        lines = [*general, *notes.lines()]
        if lines:
            parts.append("\n".join(f"- {line}" for line in lines))
        sys.stdout.write(escape_lines("\n\n".join(parts)) + "\n")
        return
    if len(cells) <= RICH_ROW_LIMIT or not write_table(cells, columns, title):
        rows = [dict(zip(keys, line, strict=True)) for line in cells]
        print_table(rows, columns, title=title, empty="no figures match")
    if comparison_rows:
        show_table(comparison_rows, COMPARISON_COLUMNS, title=comparison_title)
    print_notes([*general, *notes.lines()])


def _report_columns(report: Report, bucketed: bool) -> list[Column]:
    columns = [Column("series", "series"), Column("source", "source")]
    if bucketed:
        columns.append(Column("period", "period"))
    shares = report.shares.known({row.key[1] for row in report.rows})
    columns.append(Column("area", "km²", numeric=True))
    if shares:
        columns.append(Column("share", "of region", numeric=True))
    columns += [
        Column("covered", "days", numeric=True),
        Column("coverage", "cover", numeric=True),
        Column("rate", "km²/day", numeric=True),
    ]
    if bucketed:
        columns.append(Column("cumulative", "cumulative", numeric=True))
    if any(row.holding for row in report.rows):
        columns.append(Column("holding", "held km²", numeric=True))
        if shares:
            columns.append(Column("holding_share", "held %", numeric=True))
    if report.rolling is not None:
        label = _length_label(report.rolling)
        columns += [
            Column("rolling", f"{label} km²/day", numeric=True),
            Column("previous_rolling", f"{label} before", numeric=True),
            Column("rolling_ratio", "pace", numeric=True),
        ]
    return columns


def _length_label(length: int | tuple[int, str]) -> str:
    if isinstance(length, int):
        return f"{length}d"
    count, unit = length
    return f"{count}{unit}"


def _report_cells(
    report: Report, columns: Sequence[Column], notes: Footnotes
) -> list[list[str]]:
    """The table cells of every row, in column order (`_report_columns`).

    Footnote markers are taken in the order a reader meets them: a row's prorated
    total, then the issues marked on its series, then its holding's date. What
    repeats from row to row (series labels with their markers, day counts,
    coverage) is formatted once: a long report has tens of thousands of rows."""
    keys = {column.key for column in columns}
    period, cumulative, holdings, shares, pace = (
        k in keys for k in ("period", "cumulative", "holding", "share", "rolling")
    )
    share_of = report.shares.share
    labels: dict[tuple[SeriesKey, tuple[int, ...]], str] = {}
    counts: dict[tuple[int, int], tuple[str, str]] = {}
    prorated_mark = ""
    result = []
    for key, bucket, integral, running, holding, warnings, rolling in report.rows:
        start, end, total, covered, bound, prorated = integral
        area = area_text(total, bound)
        if prorated:
            prorated_mark = prorated_mark or notes.mark(PRORATED_NOTE)
            area += prorated_mark
        series = labels.get((key, warnings))
        if series is None:
            series = series_label(key)
            for number in warnings:
                series += notes.mark(warning_text(report.warnings[number - 1]))
            labels[key, warnings] = series
        days = (end - start).days + 1
        count = counts.get((covered, days))
        if count is None:
            count = counts[covered, days] = (
                f"{covered:,}/{days:,}",
                percent_text(covered, days),
            )
        rate = total / covered if covered and total is not None else None
        line = [series, key[3], bucket.label] if period else [series, key[3]]
        line.append(area)
        if shares:
            line.append(share_text(share_of(total, key[1]), bound))
        line += (count[0], count[1], rate_text(rate, bound))
        if cumulative:
            line.append(area_text(running.total, running.bound))
        if holdings:
            held = ""
            if holding is not None:
                held = area_text(holding.area, holding.bound)
                if holding.on != bucket.end:
                    held += notes.mark(
                        f"held on {holding.on}, the last day with figures"
                    )
            line.append(held)
            if shares:
                line.append(
                    share_text(share_of(holding.area, key[1]), holding.bound)
                    if holding
                    else ""
                )
        if pace:
            now, before = rolling.current, rolling.previous
            line += (
                rate_text(now.rate, now.bound),
                rate_text(before.rate, before.bound),
                ratio_text(rolling.ratio),
            )
        result.append(line)
    return result


def _general_notes(report: Report) -> list[str]:
    lines = []
    uncompared = sum(
        1 for c in report.comparisons if not (c.current.covered and c.base.covered)
    )
    if uncompared and report.baseline is not None:
        lines.append(
            f"Not compared: {uncompared} series without figures in one of the "
            "two periods."
        )
    if any(0 < row.integral.covered < row.integral.days for row in report.rows):
        lines.append(COVERAGE_NOTE)
    if any(row.integral.covered == 0 for row in report.rows):
        lines.append(EMPTY_NOTE)
    return lines


COMPARISON_COLUMNS = (
    Column("series", "series"),
    Column("source", "source"),
    Column("area", "km²", numeric=True),
    Column("baseline", "baseline km²", numeric=True),
    Column("baseline_coverage", "baseline cover", numeric=True),
    Column("area_ratio", "ratio", numeric=True),
    Column("change", "change km²", numeric=True),
    Column("rate", "km²/day", numeric=True),
    Column("baseline_rate", "baseline km²/day", numeric=True),
    Column("rate_ratio", "rate ratio", numeric=True),
)


def _comparison_block(
    report: Report, notes: Footnotes
) -> tuple[str, list[dict[str, str]]]:
    if report.baseline is None or report.window is None:
        return "", []
    rows = [
        _comparison_cells(c, notes)
        for c in report.comparisons
        if c.current.covered and c.base.covered
    ]
    title = f"{report.window.label} against {report.baseline.label}"
    if report.baseline.label != f"{report.baseline.start}..{report.baseline.end}":
        title += f" ({report.baseline.start}..{report.baseline.end})"
    return title, rows


def _comparison_cells(comparison: Comparison, notes: Footnotes) -> dict[str, str]:
    current, base = comparison.current, comparison.base
    cover = percent_text(base.covered, base.days)
    if comparison.baseline_below_half:
        cover += notes.mark(
            "the baseline has figures on less than half of its days: its total "
            "understates the period, and so does the ratio of totals; the rate "
            "ratio (per covered day) compares fairly"
        )
    ratio = ratio_text(comparison.area_ratio)
    if base.total is not None and base.total <= 0:
        ratio = NO_FIGURE + notes.mark(
            "no ratio: the baseline total is not above 0 (nothing or a loss)"
        )
    rate_ratio = ratio_text(comparison.rate_ratio)
    if base.rate is not None and base.rate <= 0:
        rate_ratio = NO_FIGURE + notes.mark(
            "no ratio: the baseline rate is not above 0 (nothing or a loss)"
        )
    return {
        "series": series_label(comparison.key),
        "source": comparison.key[3],
        "area": area_text(current.total, current.bound),
        "baseline": area_text(base.total, base.bound),
        "baseline_coverage": cover,
        "area_ratio": ratio,
        "change": signed_text(comparison.area_change),
        "rate": rate_text(current.rate, current.bound),
        "baseline_rate": rate_text(base.rate, base.bound),
        "rate_ratio": rate_ratio,
    }


# --- chart ---------------------------------------------------------------------
