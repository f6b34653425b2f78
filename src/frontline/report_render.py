"""Turning finished reports into tables, CSV, JSON, Markdown and terminal charts.

A renderer receives a report (`reports.py`) and only formats it: it never
queries and never integrates. Numbers print with thousands separators and their
bound (`~2,700`, `≥1,000`) in tables, raw in CSV and JSON. Rates print with two
decimals below 10 km²/day and one above (`6.54`, `15.6`). A period without any
figure prints `—` for its total and nothing for its rate.

Footnotes are numbered with superscripts in the order they are first needed:
prorated totals (`~484.4¹`), holdings known only up to an earlier day, and each
issue of the model (a record set aside, children larger than their parent,
holdings contradicting changes) that touched a row's numbers, marked on that
row's series. Coverage below 100 % is explained once under the table.

rich is imported (through `render.print_table`) only for table output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from frontline.periods import Period
from frontline.render import (
    BOUND_SIGNS,
    Column,
    OutputFormat,
    format_area,
    format_number,
    json_default,
    markdown_table,
    print_table,
    write_csv,
    write_json,
)
from frontline.reports import (
    Balance,
    Check,
    Comparison,
    Projection,
    Report,
    Row,
    Scope,
    Warning,
)
from frontline.series import Issue, SeriesKey

NO_FIGURE = "—"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PRORATED_NOTE = (
    "prorated: the share of a longer figure that falls in the period, spread "
    "evenly over its days (an estimate, hence ~)"
)
COVERAGE_NOTE = (
    "Coverage below 100%: some days have no figure; totals count covered days only, "
    "and km²/day is per covered day."
)
EMPTY_NOTE = f"{NO_FIGURE} no figure covers any day of the period."

ROW_KEYS = (
    "actor",
    "region",
    "layer",
    "source",
    "period",
    "start",
    "end",
    "area_km2",
    "bound",
    "days",
    "days_covered",
    "coverage",
    "rate_km2_per_day",
    "cumulative_km2",
    "cumulative_bound",
    "holding_km2",
    "holding_bound",
    "holding_on",
    "prorated",
)


# --- small formatters ----------------------------------------------------------


def area_text(value: float | None, bound: str | None) -> str:
    """`render.format_area` (`~2,700`, `≥1,000`), or `—` for no figure. Written out
    rather than delegated: a long report formats a few hundred thousand of these
    (tests hold it to `format_area`)."""
    if value is None:
        return NO_FIGURE
    whole = abs(value - round(value)) < 0.05
    text = f"{value:,.0f}" if whole else f"{value:,.1f}"
    if text[0] == "-" and not text.strip("-0.,"):
        text = text[1:]  # a negative value that rounds to zero prints as zero
    return BOUND_SIGNS.get(bound or "exact", "") + text


def rate_text(value: float | None, bound: str | None = "exact") -> str:
    if value is None:
        return ""
    text = f"{value:,.2f}" if abs(value) < 10 else f"{value:,.1f}"
    if not text.strip("-0.,"):
        text = text.lstrip("-")
    return BOUND_SIGNS.get(bound or "exact", "") + text


def percent_text(part: float, whole: float) -> str:
    if not whole:
        return ""
    share = 100 * part / whole
    return f"{share:.0f}%" if abs(share - round(share)) < 0.05 else f"{share:.1f}%"


def ratio_text(value: float | None) -> str:
    return "" if value is None else f"{value:,.2f}×"


def signed_text(value: float | None) -> str:
    if value is None:
        return ""
    text = format_number(value)
    return text if text.startswith("-") or text == "0" else f"+{text}"


def series_label(key: SeriesKey) -> str:
    actor, region, layer, _ = key
    label = f"{actor} in {region}"
    return label if layer == "control" else f"{label} ({layer})"


class Footnotes:
    """Superscript markers, one per distinct note, numbered as first used."""

    def __init__(self) -> None:
        self.notes: dict[str, str] = {}

    def mark(self, text: str) -> str:
        marker = self.notes.get(text)
        if marker is None:
            marker = self.notes[text] = str(len(self.notes) + 1).translate(_SUPERSCRIPT)
        return marker

    def lines(self) -> list[str]:
        return [f"{marker} {text}" for text, marker in self.notes.items()]


def _period_json(period: Period | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {
        "label": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "days": period.days,
    }


def _scope_json(scope: Scope) -> dict[str, str | None]:
    return {
        "actor": scope.actor,
        "region": scope.region,
        "layer": scope.layer,
        "source": scope.source,
    }


def _key_json(key: SeriesKey) -> dict[str, str]:
    return dict(zip(("actor", "region", "layer", "source"), key, strict=True))


def warning_json(warning: Warning) -> dict[str, Any]:
    return {"number": warning.number, **issue_json(warning.issue)}


def issue_json(issue: Issue) -> dict[str, Any]:
    return {
        "kind": issue.kind,
        **_key_json(issue.series),
        "first": issue.first.isoformat(),
        "last": issue.last.isoformat(),
        "records": list(issue.records),
        "message": issue.message,
    }


def _warning_text(warning: Warning) -> str:
    issue = warning.issue
    label = {
        "crossing": "conflict",
        "larger-child": "inconsistent",
        "mismatch": "inconsistent",
        "holdings": "holdings contradict changes",
    }.get(issue.kind, issue.kind)
    source = issue.series[3] or "no source"
    return f"{label} ({series_label(issue.series)}, {source}): {issue.message}"


def _warn_stderr(warnings: Sequence[Warning]) -> None:
    for warning in warnings:
        sys.stderr.write(f"frontline: warning: {_warning_text(warning)}\n")


def _window_title(what: str, period: Period | None, scope: Scope) -> str:
    parts = [what]
    if period is not None:
        days = f"{period.days:,} day{'s' if period.days != 1 else ''}"
        if period.label == f"{period.start}..{period.end}":
            parts.append(f"{period.label} ({days})")
        else:
            parts.append(f"{period.label} ({period.start}..{period.end}, {days})")
    if scope.describe():
        parts.append(scope.describe())
    return ", ".join(parts)


# --- report --------------------------------------------------------------------


def row_json(row: Row) -> dict[str, Any]:
    integral, cumulative, holding = row.integral, row.cumulative, row.holding
    return {
        **_key_json(row.key),
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
        "warnings": list(row.warnings),
    }


def _write_rows_csv(rows: Sequence[Row]) -> None:
    """Report rows as CSV, as `render.write_csv` writes them (empty for null, true /
    false), built directly because a long report has tens of thousands of rows."""
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(ROW_KEYS)
    iso = _iso_dates()
    truth = ("false", "true")
    for start in range(0, len(rows), 5000):
        chunk = rows[start : start + 5000]
        writer.writerows([_row_values(row, iso, "", truth) for row in chunk])


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    current, base = comparison.current, comparison.base
    return {
        **_key_json(comparison.key),
        "period": comparison.period.label,
        "period_start": comparison.period.start.isoformat(),
        "period_end": comparison.period.end.isoformat(),
        "baseline": comparison.baseline.label,
        "baseline_start": comparison.baseline.start.isoformat(),
        "baseline_end": comparison.baseline.end.isoformat(),
        "area_km2": current.total,
        "bound": current.bound,
        "days_covered": current.covered,
        "rate_km2_per_day": current.rate,
        "baseline_area_km2": base.total,
        "baseline_bound": base.bound,
        "baseline_days_covered": base.covered,
        "baseline_rate_km2_per_day": base.rate,
        "area_ratio": comparison.area_ratio,
        "area_change_km2": comparison.area_change,
        "area_change_bound": comparison.change_bound,
        "rate_ratio": comparison.rate_ratio,
    }


def report_json(report: Report, *, rows: bool = True) -> dict[str, Any]:
    """The report as JSON data; `rows=False` leaves the rows out (an empty list)."""
    return {
        "window": _period_json(report.window),
        "by": report.by,
        "filters": _scope_json(report.scope),
        "baseline": _period_json(report.baseline),
        "rows": [row_json(row) for row in report.rows] if rows else [],
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
        + f",\n{line('warnings')}\n    }}"
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


def _iso_dates() -> Callable[[date], str]:
    """`date.isoformat`, cached: the same bucket edges recur in every series."""
    return lru_cache(maxsize=None)(date.isoformat)


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


def render_report(report: Report, fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        _write_report_json(report)
        return
    if fmt is OutputFormat.csv:
        _write_rows_csv(report.rows)
        _warn_stderr(report.warnings)
        return
    notes = Footnotes()
    bucketed = report.by is not None
    columns = _report_columns(report, bucketed)
    cells = _report_cells(report, columns, notes)
    keys = [column.key for column in columns]
    general = _general_notes(report)
    title = _window_title(
        f"Gains by {report.by}" if bucketed else "Gains", report.window, report.scope
    )
    comparison_title, comparison_rows = _comparison_block(report)
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
        sys.stdout.write("\n\n".join(parts) + "\n")
        return
    if len(cells) <= RICH_ROW_LIMIT or not _write_table(cells, columns, title):
        rows = [dict(zip(keys, line, strict=True)) for line in cells]
        print_table(rows, columns, title=title, empty="no figures match")
    if comparison_rows:
        show_table(comparison_rows, COMPARISON_COLUMNS, title=comparison_title)
    _print_notes([*general, *notes.lines()])


RICH_ROW_LIMIT = 300
NOTE_WIDTH = 120


def show_table(
    rows: Sequence[dict[str, str]],
    columns: Sequence[Column],
    *,
    title: str,
    empty: str = "no figures match",
    limit: int = RICH_ROW_LIMIT,
) -> None:
    """A rich table; above `limit` rows the same layout is written directly
    (bold headings and an italic title on a terminal, as rich draws them), because
    rich lays out less than a thousand rows a second."""
    if len(rows) > limit:
        keys = [column.key for column in columns]
        if _write_table(
            [[row.get(k, "") for k in keys] for row in rows], columns, title
        ):
            return
    print_table(rows, columns, title=title, empty=empty)


def _write_table(
    cells: Sequence[Sequence[str]], columns: Sequence[Column], title: str
) -> bool:
    """Write rows of cell text (in column order) in rich's SIMPLE_HEAVY layout; False,
    writing nothing, when the table is too wide for that (rich then wraps it).

    Each line is one `str.format` of a template holding the column widths and
    alignments, so a 60,000-row table costs a fraction of a second."""
    if not cells:
        return False
    widths = [
        max(len(column.heading), max(map(len, values)))
        for column, values in zip(columns, zip(*cells, strict=True), strict=True)
    ]
    width = 2 + sum(w + 2 for w in widths) + len(widths) - 1
    if width > 120 or len(title) > width:
        return False
    aligns = [">" if column.numeric else "<" for column in columns]
    template = (
        " "
        + " ".join(f" {{:{a}{w}}} " for a, w in zip(aligns, widths, strict=True))
        + " \n"
    )
    out = sys.stdout
    bold = italic = reset = ""
    if out.isatty():
        bold, italic, reset = "\x1b[1m", "\x1b[3m", "\x1b[0m"
    out.write(f"{italic}{title}{reset}{' ' * (width - len(title))}\n{' ' * width}\n")
    heading = " ".join(
        f" {bold}{column.heading:{a}{w}}{reset} "
        for column, a, w in zip(columns, aligns, widths, strict=True)
    )
    out.write(f" {heading} \n")
    out.write(" " + "━" * (width - 2) + " \n")
    line = template.format
    for start in range(0, len(cells), 5000):
        out.write("".join([line(*row) for row in cells[start : start + 5000]]))
    out.write(" " * width + "\n")
    return True


def _table_with_notes(
    fmt: OutputFormat,
    title: str,
    cells: Sequence[Mapping[str, str]],
    columns: Sequence[Column],
    lines: Sequence[str],
) -> None:
    """A titled table and its explanatory lines, as a rich table or as Markdown."""
    if fmt is OutputFormat.markdown:
        text = f"**{title}**\n\n" + (
            markdown_table(cells, columns) if cells else "no figures match"
        )
        text += "\n\n" + "\n".join(f"- {line}" for line in lines)
        sys.stdout.write(text + "\n")
        return
    print_table(cells, columns, title=title, empty="no figures match")
    if cells:
        _print_notes(lines)


def _print_notes(lines: Sequence[str]) -> None:
    """Footnotes, wrapped at 120 columns with continuation lines indented."""
    import textwrap

    for line in lines:
        wrapped = textwrap.wrap(line, NOTE_WIDTH, subsequent_indent="  ") or [""]
        sys.stdout.write("\n".join(wrapped) + "\n")


def _report_columns(report: Report, bucketed: bool) -> list[Column]:
    columns = [Column("series", "series"), Column("source", "source")]
    if bucketed:
        columns.append(Column("period", "period"))
    columns += [
        Column("area", "km²", numeric=True),
        Column("covered", "days", numeric=True),
        Column("coverage", "cover", numeric=True),
        Column("rate", "km²/day", numeric=True),
    ]
    if bucketed:
        columns.append(Column("cumulative", "cumulative", numeric=True))
    if any(row.holding for row in report.rows):
        columns.append(Column("holding", "held km²", numeric=True))
    return columns


def _report_cells(
    report: Report, columns: Sequence[Column], notes: Footnotes
) -> list[list[str]]:
    """The table cells of every row, in column order (`_report_columns`).

    Footnote markers are taken in the order a reader meets them: a row's prorated
    total, then the issues marked on its series, then its holding's date. What
    repeats from row to row (series labels with their markers, day counts,
    coverage) is formatted once: a long report has tens of thousands of rows."""
    keys = {column.key for column in columns}
    period, cumulative, holdings = (
        k in keys for k in ("period", "cumulative", "holding")
    )
    labels: dict[tuple[SeriesKey, tuple[int, ...]], str] = {}
    counts: dict[tuple[int, int], tuple[str, str]] = {}
    prorated_mark = ""
    result = []
    for key, bucket, integral, running, holding, warnings in report.rows:
        start, end, total, covered, bound, prorated = integral
        area = area_text(total, bound)
        if prorated:
            prorated_mark = prorated_mark or notes.mark(PRORATED_NOTE)
            area += prorated_mark
        series = labels.get((key, warnings))
        if series is None:
            series = series_label(key)
            for number in warnings:
                series += notes.mark(_warning_text(report.warnings[number - 1]))
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
        line += (area, count[0], count[1], rate_text(rate, bound))
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
    Column("area_ratio", "ratio", numeric=True),
    Column("change", "change km²", numeric=True),
    Column("rate", "km²/day", numeric=True),
    Column("baseline_rate", "baseline km²/day", numeric=True),
    Column("rate_ratio", "rate ratio", numeric=True),
)


def _comparison_block(report: Report) -> tuple[str, list[dict[str, str]]]:
    if report.baseline is None or report.window is None:
        return "", []
    rows = [
        _comparison_cells(c)
        for c in report.comparisons
        if c.current.covered and c.base.covered
    ]
    title = f"{report.window.label} against {report.baseline.label}"
    if report.baseline.label != f"{report.baseline.start}..{report.baseline.end}":
        title += f" ({report.baseline.start}..{report.baseline.end})"
    return title, rows


def _comparison_cells(comparison: Comparison) -> dict[str, str]:
    current, base = comparison.current, comparison.base
    return {
        "series": series_label(comparison.key),
        "source": comparison.key[3],
        "area": area_text(current.total, current.bound),
        "baseline": area_text(base.total, base.bound),
        "area_ratio": ratio_text(comparison.area_ratio),
        "change": signed_text(comparison.area_change),
        "rate": rate_text(current.rate, current.bound),
        "baseline_rate": rate_text(base.rate, base.bound),
        "rate_ratio": ratio_text(comparison.rate_ratio),
    }


# --- chart ---------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉"
CHART_WIDTH = 48


def bar(value: float, scale: float, width: int = CHART_WIDTH) -> str:
    """A horizontal bar of `value` out of `scale`, to an eighth of a character."""
    if scale <= 0 or value <= 0:
        return ""
    eighths = round(8 * width * min(value, scale) / scale)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def render_chart(report: Report) -> None:
    """Bars per bucket, grouped by series, each labelled with its total."""
    out = sys.stdout
    out.write(
        _window_title(
            "Gains" + (f" by {report.by}" if report.by else ""),
            report.window,
            report.scope,
        )
        + "\n"
    )
    if not report.rows:
        out.write("no figures match\n")
        return
    scale = max(
        (abs(r.integral.total) for r in report.rows if r.integral.total), default=0
    )
    width = max(len(r.bucket.label) for r in report.rows)
    current: SeriesKey | None = None
    for row in report.rows:
        if row.key != current:
            current = row.key
            out.write(f"\n{series_label(row.key)} · {row.key[3] or 'no source'}\n")
        total = row.integral.total
        label = row.bucket.label.ljust(width)
        if total is None:
            out.write(f"  {label}  {NO_FIGURE} no figures\n")
            continue
        shape = bar(abs(total), scale)
        if total < 0:
            shape = shape.replace("█", "▒")
        text = area_text(total, row.integral.bound)
        cover = ""
        if row.integral.covered < row.integral.days:
            cover = (
                f"  ({percent_text(row.integral.covered, row.integral.days)} covered)"
            )
        out.write(f"  {label}  {shape} {text}{cover}\n")
    for warning in report.warnings:
        out.write(f"warning: {_warning_text(warning)}\n")


# --- balance -------------------------------------------------------------------

BALANCE_KEYS = (
    "region",
    "layer",
    "source",
    "actor",
    "start",
    "end",
    "gained_km2",
    "gained_bound",
    "days_covered",
    "retaken_km2",
    "retaken_bound",
    "retaken_by",
    "retaken_from",
    "net_km2",
    "net_bound",
    "share_retaken",
)
BALANCE_COLUMNS = (
    Column("source", "source"),
    Column("actor", "actor"),
    Column("gained", "gained km²", numeric=True),
    Column("covered", "days", numeric=True),
    Column("retaken", "retaken km²", numeric=True),
    Column("by", "retaken by"),
    Column("net", "net km²", numeric=True),
    Column("share", "share retaken", numeric=True),
)


def balance_rows_json(result: Balance) -> list[dict[str, Any]]:
    assert result.window is not None or not result.rows
    rows = []
    for row in result.rows:
        rows.append(
            {
                "region": row.region,
                "layer": row.layer,
                "source": row.source,
                "actor": row.actor,
                "start": result.window.start.isoformat() if result.window else None,
                "end": result.window.end.isoformat() if result.window else None,
                "gained_km2": row.gained.total,
                "gained_bound": row.gained.bound,
                "days_covered": row.gained.covered,
                "retaken_km2": row.retaken,
                "retaken_bound": row.retaken_bound,
                "retaken_by": list(row.others),
                "retaken_from": row.since.isoformat() if row.since else None,
                "net_km2": row.net,
                "net_bound": row.net_bound,
                "share_retaken": row.share_retaken,
            }
        )
    return rows


def render_balance(result: Balance, fmt: OutputFormat) -> None:
    data = balance_rows_json(result)
    if fmt is OutputFormat.json:
        write_json(
            {
                "window": _period_json(result.window),
                "filters": _scope_json(result.scope),
                "rows": data,
                "warnings": [warning_json(w) for w in result.warnings],
            }
        )
        return
    if fmt is OutputFormat.csv:
        write_csv(
            [{**row, "retaken_by": " ".join(row["retaken_by"])} for row in data],
            BALANCE_KEYS,
        )
        _warn_stderr(result.warnings)
        return
    notes = Footnotes()
    cells = []
    regions = sorted({(row.region, row.layer) for row in result.rows})
    for row in result.rows:
        retaken = area_text(row.retaken, row.retaken_bound)
        if row.retaken is None:
            retaken += notes.mark("no figure from this source for any other actor here")
        actor = row.actor if len(regions) < 2 else f"{row.actor} in {row.region}"
        if row.layer != "control":
            actor += f" ({row.layer})"
        cells.append(
            {
                "source": row.source,
                "actor": actor,
                "gained": area_text(row.gained.total, row.gained.bound),
                "covered": f"{row.gained.covered:,}/{row.gained.days:,}",
                "retaken": retaken,
                "by": ", ".join(row.others),
                "net": ""
                if row.net is None
                else format_area(row.net, row.net_bound or "exact"),
                "share": ""
                if row.share_retaken is None
                else f"{100 * row.share_retaken:.1f}%",
            }
        )
    where = ", ".join(sorted({r for r, _ in regions})) or (result.scope.region or "")
    title = _window_title(
        f"Balance in {where}" if where else "Balance",
        result.window,
        Scope(result.scope.actor, None, result.scope.layer, result.scope.source),
    )
    general = [
        "Actors are paired within one source: retaken = what the other actors gained "
        "here in the window from the first day this actor's own gains began (gains "
        "made before it started gaining cannot take anything back); net = gained − "
        "retaken.",
        "Share retaken = retaken ÷ gained.",
    ]
    lines = [
        *general,
        *notes.lines(),
        *(f"warning: {_warning_text(w)}" for w in result.warnings),
    ]
    _table_with_notes(fmt, title, cells, BALANCE_COLUMNS, lines)


# --- projection ----------------------------------------------------------------

PROJECTION_KEYS = (
    "actor",
    "region",
    "layer",
    "source",
    "window_start",
    "window_end",
    "window_days",
    "days_covered",
    "rate_km2_per_day",
    "rate_bound",
    "from",
    "until",
    "days_ahead",
    "projected_gain_km2",
    "holding_km2",
    "holding_on",
    "projected_holding_km2",
)
PROJECTION_COLUMNS = (
    Column("series", "series"),
    Column("source", "source"),
    Column("covered", "days", numeric=True),
    Column("rate", "km²/day", numeric=True),
    Column("from", "from"),
    Column("ahead", "days ahead", numeric=True),
    Column("gain", "gain km²", numeric=True),
    Column("holding", "held km²", numeric=True),
    Column("projected", "held then", numeric=True),
)


def projection_rows_json(result: Projection) -> list[dict[str, Any]]:
    rows = []
    for row in result.rows:
        rows.append(
            {
                **_key_json(row.key),
                "window_start": row.rate.start.isoformat(),
                "window_end": row.rate.end.isoformat(),
                "window_days": row.rate.days,
                "days_covered": row.rate.covered,
                "rate_km2_per_day": row.rate.rate,
                "rate_bound": row.rate.bound,
                "from": row.start.isoformat(),
                "until": row.until.isoformat(),
                "days_ahead": row.days_ahead,
                "projected_gain_km2": row.gain,
                "holding_km2": row.holding.area if row.holding else None,
                "holding_on": row.holding.on.isoformat() if row.holding else None,
                "projected_holding_km2": row.projected_holding,
            }
        )
    return rows


def render_projection(result: Projection, fmt: OutputFormat) -> None:
    data = projection_rows_json(result)
    if fmt is OutputFormat.json:
        write_json(
            {
                "window": _period_json(result.window),
                "trailing": result.trailing,
                "until": result.until.isoformat(),
                "filters": _scope_json(result.scope),
                "rows": data,
                "warnings": [warning_json(w) for w in result.warnings],
            }
        )
        return
    if fmt is OutputFormat.csv:
        write_csv(data, PROJECTION_KEYS)
        _warn_stderr(result.warnings)
        return
    cells = []
    notes = Footnotes()
    for row in result.rows:
        start = row.start.isoformat()
        if result.window and row.start < result.window.end:
            start += notes.mark(
                "the figures stop before the window ends; the rate is that of "
                "the days they cover"
            )
        held = ""
        if row.holding is not None:
            held = format_area(row.holding.area, row.holding.bound)
            if row.holding.on != row.start:
                held += f" on {row.holding.on}"
        cells.append(
            {
                "series": series_label(row.key),
                "source": row.key[3],
                "covered": f"{row.rate.covered:,}/{row.rate.days:,}",
                "rate": rate_text(row.rate.rate, row.rate.bound),
                "from": start,
                "ahead": f"{row.days_ahead:,}",
                "gain": area_text(row.gain, "approx"),
                "holding": held,
                "projected": area_text(row.projected_holding, "approx")
                if row.projected_holding is not None
                else "",
            }
        )
    window = result.window
    how = (
        f"the rate over the {window.days} days {window.start}..{window.end}"
        if window and result.trailing
        else f"the rate over {window.label} ({window.start}..{window.end})"
        if window
        else "no figures"
    )
    title = f"Projection to {result.until} at {how}"
    if result.scope.describe():
        title += f", {result.scope.describe()}"
    lines = [
        "The rate (km²/day, per covered day of the window) is carried forward from "
        "each series' last day with figures; gain and holding are estimates (~).",
        *notes.lines(),
        *(f"warning: {_warning_text(w)}" for w in result.warnings),
    ]
    _table_with_notes(fmt, title, cells, PROJECTION_COLUMNS, lines)


# --- check ---------------------------------------------------------------------

CHECK_KEYS = (
    "kind",
    "actor",
    "region",
    "layer",
    "source",
    "first",
    "last",
    "records",
    "message",
)
CHECK_COLUMNS = (
    Column("kind", "problem"),
    Column("series", "series"),
    Column("source", "source"),
    Column("days", "days"),
    Column("message", "what"),
)
_PROBLEM = {
    "crossing": "crossing records",
    "larger-child": "child larger than parent",
    "mismatch": "parent ≠ children",
    "holdings": "holdings vs changes",
    "gap": "gap",
}


def render_check(result: Check, fmt: OutputFormat) -> None:
    data = [issue_json(issue) for issue in result.issues]
    if fmt is OutputFormat.json:
        write_json({"series": result.series, "records": result.records, "issues": data})
        return
    if fmt is OutputFormat.csv:
        write_csv(
            [{**row, "records": " ".join(map(str, row["records"]))} for row in data],
            CHECK_KEYS,
        )
        return
    count = len(result.issues)
    if not count:
        sys.stdout.write(
            f"no problems found in {result.series} series "
            f"({result.records:,} records)\n"
        )
        return
    summary = (
        f"{count} problem{'s' if count != 1 else ''} in {result.series} series "
        f"({result.records:,} records)"
    )
    if fmt is OutputFormat.markdown:
        cells = [
            {
                "kind": _PROBLEM.get(issue.kind, issue.kind),
                "series": series_label(issue.series),
                "source": issue.series[3],
                "days": _days_text(issue.first, issue.last),
                "message": issue.message,
            }
            for issue in result.issues
        ]
        sys.stdout.write(f"**{summary}**\n\n{markdown_table(cells, CHECK_COLUMNS)}\n")
        return
    import textwrap

    lines = [summary]
    for issue in result.issues:
        source = issue.series[3] or "no source"
        lines.append("")
        lines.append(
            f"{_PROBLEM.get(issue.kind, issue.kind)}: {series_label(issue.series)} "
            f"({source}), {_days_text(issue.first, issue.last)}"
        )
        lines.extend(
            textwrap.wrap(
                issue.message, 116, initial_indent="  ", subsequent_indent="  "
            )
        )
    sys.stdout.write("\n".join(lines) + "\n")


def _days_text(first: date, last: date) -> str:
    return str(first) if first == last else f"{first}..{last}"
