"""A report as people read it: a table (fitted to the terminal) or Markdown,
with its comparison table and footnotes.

Footnotes are numbered with superscripts in the order they are first needed:
prorated totals (`~484.4¹`), holdings known only up to an earlier day, and each
issue of the model that touched a row's numbers, marked on that row's series.
Coverage below 100 % is explained once under the table. When a narrow terminal
leaves columns out, the cells are made again without the holding, so that no
footnote points at a column that is not there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from frontline.model.figures import SeriesKey
from frontline.render.formats import Column, OutputFormat, escape_lines, markdown_table
from frontline.render.labels import (
    COVERAGE_NOTE,
    EMPTY_NOTE,
    NO_FIGURE,
    PRORATED_NOTE,
    Footnotes,
    area_text,
    percent_text,
    rate_text,
    ratio_text,
    series_label,
    share_text,
    signed_text,
    warning_text,
    window_title,
)
from frontline.render.table import (
    fit,
    hidden_line,
    measure,
    styled,
    terminal_width,
    write_table,
)
from frontline.render.text import print_notes
from frontline.reports.window import Comparison, Report


def render_report_table(report: Report, fmt: OutputFormat) -> None:
    """The report as a text table (fmt table) or as Markdown."""
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
    out = sys.stdout
    if cells:
        widths = measure(columns, cells)
        layout = fit(columns, widths, terminal_width(), REPORT_DROP)
        if layout.hidden:
            # Without the holding, its footnotes go too: the cells are made
            # again (and numbered afresh), then cut to the columns shown.
            without = (
                {"holding", "holding_share"}
                if any(c.key == "holding" for c in layout.hidden)
                else set()
            )
            kept = [c for c in columns if c.key not in without]
            notes = Footnotes()
            cells = _report_cells(report, kept, notes)
            comparison_title, comparison_rows = _comparison_block(report, notes)
            shown = [kept.index(columns[i]) for i in layout.shown]
            columns = [kept[i] for i in shown]
            cells = [[line[i] for i in shown] for line in cells]
            widths = None
        write_table(cells, columns, title=title, widths=widths)
        _say_hidden(layout.hidden)
    else:
        out.write("no figures match\n")
    if comparison_rows:
        out.write("\n")
        comparison_cells = [
            [row[column.key] for column in COMPARISON_COLUMNS]
            for row in comparison_rows
        ]
        layout = write_table(
            comparison_cells,
            COMPARISON_COLUMNS,
            title=comparison_title,
            drop=COMPARISON_DROP,
        )
        _say_hidden(layout.hidden)
    print_notes([*general, *notes.lines()], blank=True)


def _say_hidden(hidden: Sequence[Column]) -> None:
    if hidden:
        sys.stdout.write(styled(hidden_line(hidden), "dim") + "\n")


# Columns left out first when the terminal is too narrow: coverage (the days
# column says it too), the shares of the region, the running total, the earlier
# pace, the holding, the days covered, the rates. The series, its source, its
# period and its total always stay.
REPORT_DROP = (
    "coverage",
    "share",
    "holding_share",
    "cumulative",
    "previous_rolling",
    "holding",
    "covered",
    "rolling_ratio",
    "rate",
    "rolling",
)
COMPARISON_DROP = (
    "baseline_coverage",
    "baseline_rate",
    "rate",
    "change",
    "baseline",
    "area_ratio",
)


def _report_columns(report: Report, bucketed: bool) -> list[Column]:
    columns = [
        Column("series", "series", wrap=True),
        Column("source", "source", wrap=True),
    ]
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
    Column("series", "series", wrap=True),
    Column("source", "source", wrap=True),
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
