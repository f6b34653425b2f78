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
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple

from frontline.render.formats import (
    OutputFormat,
    escape_lines,
    markdown_of,
)
from frontline.render.labels import (
    _ONE_DECIMAL,
    _SIGNS,
    _TWO_DECIMALS,
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
    Widths,
    cell_width,
    draw,
    fit,
    hidden_line,
    styled,
    terminal_width,
    text_width,
)
from frontline.render.tables import (
    AREA,
    AREA_CHANGE,
    AREA_RATIO,
    BASELINE_AREA,
    BASELINE_BOUND,
    BASELINE_COVERAGE,
    BASELINE_COVERED,
    BASELINE_END,
    BASELINE_RATE,
    BASELINE_START,
    BOUND,
    COVERAGE,
    CUMULATIVE,
    DAYS_COVERED,
    HOLDING,
    HOLDING_SHARE,
    PERIOD,
    PREVIOUS_RATE,
    RATE,
    RATE_RATIO,
    ROLLING_RATE,
    ROLLING_RATIO,
    SERIES,
    SERIES_LABEL,
    SHARE,
    SOURCE,
    Column,
    Table,
    comparisons_table,
    keys,
)
from frontline.render.text import print_notes
from frontline.reports.window import Report


def render_report_table(report: Report, fmt: OutputFormat) -> None:
    """The report as a text table (fmt table) or as Markdown: a text layout of
    its Table (`render.tables.report_table`) and of its comparisons'."""
    notes = Footnotes()
    bucketed = report.by is not None
    columns = _report_columns(report, bucketed)
    cells = _report_cells(report, columns, notes)
    general = _general_notes(report)
    title = window_title(
        f"Gains by {report.by}" if bucketed else "Gains", report.window, report.scope
    )
    comparisons = _comparison_block(report, notes)
    if fmt is OutputFormat.markdown:
        parts = [f"**{title}**"]
        parts.append(markdown_of(cells) if cells.rows else "no figures match")
        if comparisons.rows:
            parts += [f"**{comparisons.title}**", markdown_of(comparisons.table)]
        lines = [*general, *notes.lines()]
        if lines:
            parts.append("\n".join(f"- {line}" for line in lines))
        sys.stdout.write(escape_lines("\n\n".join(parts)) + "\n")
        return
    out = sys.stdout
    if cells.rows:
        shown_columns = cells.columns
        widths = _measure(shown_columns, cells.rows)
        layout = fit(shown_columns, widths, terminal_width(), REPORT_DROP)
        if layout.hidden:
            # Without the holding, its footnotes go too: the cells are made
            # again (and numbered afresh), then cut to the columns shown. Any
            # other hidden column carries no footnote, so the cells made are
            # only cut.
            if any(c.key == HOLDING.key for c in layout.hidden):
                without = {HOLDING.key, HOLDING_SHARE.key}
                kept = [c for c in shown_columns if c.key not in without]
                notes = Footnotes()
                cells = _report_cells(report, kept, notes)
                comparisons = _comparison_block(report, notes)
                shown = [kept.index(shown_columns[i]) for i in layout.shown]
                widths = None
            else:
                kept, shown = list(shown_columns), layout.shown
                plain = widths.plain
                widths = Widths(widths[i] for i in shown)
                widths.plain = plain
            cells = Table(
                tuple(kept[i] for i in shown),
                [[line[i] for i in shown] for line in cells.rows],
            )
        draw(cells, title=title, widths=widths)
        _say_hidden(layout.hidden)
    else:
        out.write("no figures match\n")
    if comparisons.rows:
        out.write("\n")
        layout = draw(comparisons.table, title=comparisons.title, drop=COMPARISON_DROP)
        _say_hidden(layout.hidden)
    print_notes([*general, *notes.lines()], blank=True)


def _measure(columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> Widths:
    """`render.table.measure` of the report's cells, a column at a time: the
    same widths and the same `plain`, sooner. A column that repeats a few texts
    down its rows (series, source, period, days, coverage) is measured on its
    distinct texts. A number's cell is made here of digits, separators, bound
    signs, `—` and superscript markers, all printable and one column wide
    (tests hold every character these make to `cell_width`), so only its
    length is read; any other text is looked at character by character only
    when `str.isprintable` finds a character that could be a control character
    (every one `escape_control` escapes is unprintable)."""
    widths = Widths(cell_width(column.heading) for column in columns)
    plain = True
    for i, (column, cells) in enumerate(
        zip(columns, zip(*rows, strict=True), strict=True)
    ):
        if column.numeric and column.key not in _REPEATED:
            size = max(map(len, cells))
        else:
            values: Any = list(set(cells)) if column.key in _REPEATED else cells
            size, column_plain = text_width(values)
            plain = plain and column_plain
        if size > widths[i]:
            widths[i] = size
    widths.plain = plain
    return widths


def _say_hidden(hidden: Sequence[Column]) -> None:
    if hidden:
        sys.stdout.write(styled(hidden_line(hidden), "dim") + "\n")


# Columns left out first when the terminal is too narrow: coverage (the days
# column says it too), the shares of the region, the running total, the earlier
# pace, the holding, the days covered, the rates. The series, its source, its
# period and its total always stay.
REPORT_DROP = keys(
    (
        COVERAGE,
        SHARE,
        HOLDING_SHARE,
        CUMULATIVE,
        PREVIOUS_RATE,
        HOLDING,
        DAYS_COVERED,
        ROLLING_RATIO,
        RATE,
        ROLLING_RATE,
    )
)
COMPARISON_DROP = keys(
    (BASELINE_COVERAGE, BASELINE_RATE, RATE, AREA_CHANGE, BASELINE_AREA, AREA_RATIO)
)


# The columns whose cells repeat a few texts (`_measure`).
_REPEATED = keys((SERIES_LABEL, SOURCE, PERIOD, DAYS_COVERED, COVERAGE))


def _report_columns(report: Report, bucketed: bool) -> list[Column]:
    """The documented columns the text table shows, with its own headings."""
    columns = [SERIES_LABEL, SOURCE._replace(wrap=True)]
    if bucketed:
        columns.append(PERIOD)
    # Each series' rows share its key: the regions of the distinct keys.
    shares = report.shares.known({key[1] for key in set(map(_KEY, report.rows))})
    columns.append(AREA._replace(heading="km²"))
    if shares:
        columns.append(SHARE._replace(heading="of region"))
    columns += [
        DAYS_COVERED._replace(heading="days"),
        COVERAGE._replace(heading="cover"),
        RATE._replace(heading="km²/day"),
    ]
    if bucketed:
        columns.append(CUMULATIVE._replace(heading="cumulative"))
    if any(map(_HOLDING, report.rows)):
        columns.append(HOLDING._replace(heading="held km²"))
        if shares:
            columns.append(HOLDING_SHARE._replace(heading="held %"))
    if report.rolling is not None:
        label = _length_label(report.rolling)
        columns += [
            ROLLING_RATE._replace(heading=f"{label} km²/day"),
            PREVIOUS_RATE._replace(heading=f"{label} before"),
            ROLLING_RATIO._replace(heading="pace"),
        ]
    return columns


def _length_label(length: int | tuple[int, str]) -> str:
    if isinstance(length, int):
        return f"{length}d"
    count, unit = length
    return f"{count}{unit}"


def _report_cells(report: Report, columns: Sequence[Column], notes: Footnotes) -> Table:
    """The text of every row of the report, in the order of `columns`
    (`_report_columns`): the values of its Table (`render.tables.report_table`,
    which JSON and CSV write), taken from the rows directly, as text.

    Footnote markers are taken in the order a reader meets them: a row's prorated
    total, then the issues marked on its series, then its holding's date. What
    repeats from row to row (series labels with their markers, day counts,
    coverage) is formatted once, and nothing a column not shown needs is
    computed: a long report has tens of thousands of rows."""
    shown = {column.key for column in columns}
    period, cumulative, holdings, shares, pace = (
        column.key in shown
        for column in (PERIOD, CUMULATIVE, HOLDING, SHARE, ROLLING_RATE)
    )
    if period and cumulative and not (shares or pace):
        return Table(tuple(columns), _bucket_rows(report, holdings, notes))
    shows = (period, cumulative, holdings, shares, pace)
    return Table(tuple(columns), _any_rows(report, shows, notes))


def _any_rows(report: Report, shows: tuple[bool, ...], notes: Footnotes) -> list:
    """`_report_cells`' rows for any columns: `shows` says whether the period,
    cumulative, held, share and pace columns are shown."""
    period, cumulative, holdings, shares, pace = shows
    share = report.shares.share
    labels: dict[tuple[Any, ...], str] = {}
    counts: dict[tuple[int, date, date], tuple[str, str]] = {}
    prorated_mark = ""
    result = []
    append = result.append
    last_key: Any = None
    last_warnings: Any = None
    text = ""
    # Rows and their integrals are unpacked as tuples: one step each, where
    # reading their fields by name is one look-up per field.
    for row in report.rows:
        key, bucket, integral, running, holding, warnings, rolling = row
        start, end, total, covered, bound, prorated = integral
        area = area_text(total, bound)
        if prorated:
            prorated_mark = prorated_mark or notes.mark(PRORATED_NOTE)
            area += prorated_mark
        # A series' rows come together, sharing its key: its label is looked
        # up when the key or the warnings change.
        if key is not last_key or warnings is not last_warnings:
            last_key, last_warnings = key, warnings
            text = labels.get((key, warnings)) or _label(
                labels, key, warnings, report, notes
            )
        count = counts.get((covered, start, end)) or _count_cells(
            counts, covered, start, end
        )
        line = [text, key[3], bucket.label, area] if period else [text, key[3], area]
        if shares:
            line.append(share_text(share(total, key[1]), bound))
        rate = total / covered if covered and total is not None else None
        line += (count[0], count[1], rate_text(rate, bound))
        if cumulative:
            line.append(area_text(running[2], running[4]))
        if holdings:
            if holding is None:
                line.append("")
                if shares:
                    line.append("")
            else:
                area, bound, _ = holding
                line.append(_held_text(holding, bucket.end, notes))
                if shares:
                    line.append(share_text(share(area, key[1]), bound))
        if pace:
            # The earlier window's bound is the text's alone (no JSON key).
            assert rolling is not None
            now, before = rolling.current, rolling.previous
            line += (
                rate_text(now.rate, now.bound),
                rate_text(before.rate, before.bound),
                ratio_text(rolling.ratio),
            )
        append(line)
    return result


def _bucket_rows(report: Report, holdings: bool, notes: Footnotes) -> list:
    """`_report_cells`' rows for a report by bucket without shares or pace
    (series, source, period, km², days, cover, km²/day, cumulative and, when
    `holdings`, held): the same text with the same footnotes in the same
    order, in one pass, each line made at once as the tuple the table's
    template fills, the totals, running totals and rates written in line
    (`area_text`'s and `rate_text`'s steps, which tests hold this to): the
    common long report, ~19,000 rows over ten years by month."""
    signs = _PREFIXES
    labels: dict[tuple[Any, ...], str] = {}
    counts: dict[tuple[int, date, date], tuple[str, str]] = {}
    prorated_mark = ""
    result: list[tuple[str, ...]] = []
    append = result.append
    last_key: Any = None
    last_warnings: Any = None
    text = ""
    for key, bucket, integral, running, holding, warnings, _ in report.rows:
        start, end, total, covered, bound, prorated = integral
        if total is None:
            area = NO_FIGURE
            rate = ""
        else:
            sign = signs[bound]
            area = _ONE_DECIMAL % total if -999.5 < total < 999.5 else f"{total:,.1f}"
            if area[-1] == "0":
                area = area[:-2]
            if area[0] == "-" and not area.strip("-0.,"):
                area = area[1:]
            area = sign + area
            if covered:
                value = total / covered
                if -999.5 < value < 999.5:
                    rate = (_TWO_DECIMALS if -10 < value < 10 else _ONE_DECIMAL) % value
                else:
                    rate = f"{value:,.1f}"
                if rate[0] == "-" and not rate.strip("-0.,"):
                    rate = rate[1:]
                rate = sign + rate
            else:
                rate = ""
        if prorated:
            prorated_mark = prorated_mark or notes.mark(PRORATED_NOTE)
            area += prorated_mark
        if key is not last_key or warnings is not last_warnings:
            last_key, last_warnings = key, warnings
            text = labels.get((key, warnings)) or _label(
                labels, key, warnings, report, notes
            )
        # The days and cover cells, made once for each bucket's covered days.
        days, cover = counts.get((covered, start, end)) or _count_cells(
            counts, covered, start, end
        )
        value = running[2]
        if value is None:
            so_far = NO_FIGURE
        else:
            so_far = _ONE_DECIMAL % value if -999.5 < value < 999.5 else f"{value:,.1f}"
            if so_far[-1] == "0":
                so_far = so_far[:-2]
            if so_far[0] == "-" and not so_far.strip("-0.,"):
                so_far = so_far[1:]
            so_far = signs[running[4]] + so_far
        if not holdings:
            append((text, key[3], bucket.label, area, days, cover, rate, so_far))
            continue
        if holding is None:
            held = ""
        else:
            value, held_bound, on = holding
            held = _ONE_DECIMAL % value if -999.5 < value < 999.5 else f"{value:,.1f}"
            if held[-1] == "0":
                held = held[:-2]
            if held[0] == "-" and not held.strip("-0.,"):
                held = held[1:]
            held = signs[held_bound] + held
            if on != bucket.end:
                held += notes.mark(_HELD_ON % on.isoformat())
        append((text, key[3], bucket.label, area, days, cover, rate, so_far, held))
    return result


# The sign before a number of each bound (none for exact, or without one).
_PREFIXES = {bound: sign or "" for bound, sign in _SIGNS.items()}


def _label(
    labels: dict[tuple[Any, ...], str],
    key: tuple[Any, ...],
    warnings: tuple[int, ...],
    report: Report,
    notes: Footnotes,
) -> str:
    """A series' label with the markers of its issues, made the first time the
    series shows these issues (marking them in the order a reader meets them)
    and kept in `labels`: a series' rows come together and share it."""
    text = series_label(key)
    for warning in warnings:
        text += notes.mark(warning_text(report.warnings[warning - 1]))
    labels[key, warnings] = text
    return text


def _count_cells(
    counts: dict[tuple[int, date, date], tuple[str, str]],
    covered: int,
    start: date,
    end: date,
) -> tuple[str, str]:
    """The days and cover cells of `covered` days of start..end, made once
    and kept in `counts`: most rows of a long report repeat a few."""
    days = (end - start).days + 1
    cells = counts[covered, start, end] = (
        f"{covered:,}/{days:,}",
        percent_text(covered, days),
    )
    return cells


# The footnote on a held cell whose series' figures stop before the bucket ends.
_HELD_ON = "held on %s, the last day with figures"


def _held_text(holding: tuple[Any, ...], bucket_end: date, notes: Footnotes) -> str:
    """A held cell: the area, marked with its day when that is not the bucket's
    last (the series' figures stop before it)."""
    area, bound, on = holding
    held = area_text(area, bound)
    if on != bucket_end:
        held += notes.mark(_HELD_ON % on.isoformat())
    return held


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
    # The distinct (first day, last day, days covered) of the rows, taken in C:
    # a long report has tens of thousands of rows over a few hundred buckets.
    spans = set(map(_SPAN_COVERED, map(_INTEGRAL, report.rows)))
    if any(0 < covered <= (end - start).days for start, end, covered in spans):
        lines.append(COVERAGE_NOTE)
    if any(covered == 0 for _, _, covered in spans):
        lines.append(EMPTY_NOTE)
    return lines


_KEY, _INTEGRAL, _HOLDING = itemgetter(0), itemgetter(2), itemgetter(4)  # of a Row
_SPAN_COVERED = itemgetter(0, 1, 3)  # start, end, covered of an Integral


COMPARISON_COLUMNS = (
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    AREA._replace(heading="km²"),
    BASELINE_AREA._replace(heading="baseline km²"),
    BASELINE_COVERAGE._replace(heading="baseline cover"),
    AREA_RATIO._replace(heading="ratio"),
    AREA_CHANGE._replace(heading="change km²"),
    RATE._replace(heading="km²/day"),
    BASELINE_RATE._replace(heading="baseline km²/day"),
    RATE_RATIO._replace(heading="rate ratio"),
)


class Block(NamedTuple):
    """The comparison table's title and text cells."""

    title: str
    table: Table

    @property
    def rows(self) -> list:
        return self.table.rows


def _comparison_block(report: Report, notes: Footnotes) -> Block:
    """The comparisons with figures in both periods, a text layout of their
    Table (`render.tables.comparisons_table`)."""
    if report.baseline is None or report.window is None:
        return Block("", Table(COMPARISON_COLUMNS, []))
    values = comparisons_table(report)
    at = {key: i for i, key in enumerate(values.keys)}
    rows = [
        _comparison_cells(row, at, notes)
        for row in values.rows
        if row[at[DAYS_COVERED.key]] and row[at[BASELINE_COVERED.key]]
    ]
    title = f"{report.window.label} against {report.baseline.label}"
    if report.baseline.label != f"{report.baseline.start}..{report.baseline.end}":
        title += f" ({report.baseline.start}..{report.baseline.end})"
    return Block(title, Table(COMPARISON_COLUMNS, rows))


def _comparison_cells(
    row: Sequence[Any], at: dict[str, int], notes: Footnotes
) -> list[str]:
    """One comparison's cells, in `COMPARISON_COLUMNS` order."""

    def value(column: Column) -> Any:
        return row[at[column.key]]

    first = date.fromisoformat(value(BASELINE_START))
    days = (date.fromisoformat(value(BASELINE_END)) - first).days + 1
    cover = percent_text(value(BASELINE_COVERED), days)
    if value(BASELINE_COVERAGE) < 0.5:
        cover += notes.mark(
            "the baseline has figures on less than half of its days: its total "
            "understates the period, and so does the ratio of totals; the rate "
            "ratio (per covered day) compares fairly"
        )
    ratio = ratio_text(value(AREA_RATIO))
    base_total, base_rate = value(BASELINE_AREA), value(BASELINE_RATE)
    if base_total is not None and base_total <= 0:
        ratio = NO_FIGURE + notes.mark(
            "no ratio: the baseline total is not above 0 (nothing or a loss)"
        )
    rate_ratio = ratio_text(value(RATE_RATIO))
    if base_rate is not None and base_rate <= 0:
        rate_ratio = NO_FIGURE + notes.mark(
            "no ratio: the baseline rate is not above 0 (nothing or a loss)"
        )
    key = [value(column) for column in SERIES]
    bound, base_bound = value(BOUND), value(BASELINE_BOUND)
    return [
        series_label(key),  # type: ignore[arg-type]
        key[3],
        area_text(value(AREA), bound),
        area_text(base_total, base_bound),
        cover,
        ratio,
        signed_text(value(AREA_CHANGE)),
        rate_text(value(RATE), bound),
        rate_text(base_rate, base_bound),
        rate_ratio,
    ]


# --- chart ---------------------------------------------------------------------
