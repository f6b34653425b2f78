"""Terminal charts: one bar per bucket, scaled to the largest and to the terminal.

Three measures of a report's rows can be drawn (`KINDS`, the kinds a chart file
knows too): the gain in each bucket ("bars"), the running total at each
bucket's end ("cumulative"), the area held at each bucket's end ("held") and,
for a report with `rolling`, the trailing rate ending on each bucket's last day
("rolling", in km²/day).
`chart_values` is the one place that picks them out of the rows, so a terminal
chart and a chart file (`render.chart_spec`, for `render.chart_file.write_chart`) of
the same report always show the same numbers.
"""

from __future__ import annotations

import sys
from typing import TextIO

from frontline.model.figures import SeriesKey
from frontline.render.formats import escape_lines
from frontline.render.labels import (
    NO_FIGURE,
    area_text,
    percent_text,
    rate_text,
    series_label,
    warning_text,
    window_title,
)
from frontline.reports.window import Report, Row

_EIGHTHS = " ▏▎▍▌▋▊▉"
CHART_WIDTH = 48  # bars in a pipe, where there is no terminal to fill
MIN_BAR_WIDTH = 10
KINDS = ("bars", "cumulative", "held", "rolling")
TITLES = {"bars": "Gains", "cumulative": "Cumulative gains", "held": "Area held"}


def bar(value: float, scale: float, width: int = CHART_WIDTH) -> str:
    """A horizontal bar of `value` out of `scale`, to an eighth of a character."""
    if scale <= 0 or value <= 0:
        return ""
    eighths = round(8 * width * min(value, scale) / scale)
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def chart_values(row: Row, kind: str) -> tuple[float | None, str]:
    """The figure a chart of `kind` draws for one row, and its bound."""
    if kind == "cumulative":
        return row.cumulative.total, row.cumulative.bound or "exact"
    if kind == "rolling":
        rate = row.pace.current.rate if row.pace is not None else None
        if rate is None:
            return None, "exact"
        return rate, row.pace.current.bound or "exact"  # type: ignore[union-attr]
    if kind == "held":
        if row.holding is None:
            return None, "exact"
        return row.holding.area, row.holding.bound
    return row.integral.total, row.integral.bound or "exact"


def length_phrase(length: int | tuple[int, str]) -> str:
    """A trailing length as an adjective: `30-day`, `3-month`, `1-year`."""
    if isinstance(length, int):
        return f"{length}-day"
    count, unit = length
    return f"{count}-{'month' if unit == 'm' else 'year'}"


def chart_title(report: Report, kind: str) -> str:
    what = TITLES.get(kind, "")
    if kind == "rolling":
        what = f"Trailing {length_phrase(report.rolling or 0)} rate"
    return window_title(
        what + (f" by {report.by}" if report.by else ""),
        report.window,
        report.scope,
    )


def _baseline(values: list[float]) -> float:
    """Where the bars of a held chart start: zero, unless every value is far
    above it (holdings of 108,544 and 110,649 would give bars of one length);
    then the smallest value rounded down to three significant digits."""
    low, high = min(values), max(values)
    if low <= 0 or low < 0.5 * high:
        return 0.0
    step = 10 ** max(0, len(str(int(low))) - 3)
    return float(int(low // step) * step)


def render_chart(report: Report, kind: str = "bars") -> None:
    """Bars per bucket, grouped by series, each labelled with its figure; the bars
    fill the terminal's width (48 cells in a pipe)."""
    from frontline.render.messages import message
    from frontline.render.table import styled, terminal_width, wrap_text

    stream = sys.stdout
    out = _Escaping(stream)  # names from the data cannot move the cursor
    width = terminal_width(stream)
    out.write(wrap_text(chart_title(report, kind), width) + "\n")
    rows = report.rows
    values = [chart_values(row, kind) for row in rows]
    known = [value for value, _ in values if value is not None]
    if not rows or not known:
        out.write("no figures match\n")
        return
    base = _baseline(known) if kind == "held" else 0.0
    scale = max(abs(value - base) for value in known)
    label_width = max(len(row.bucket.label) for row in rows)
    text_of = area_text if kind != "rolling" else _rate_label
    texts = [
        text_of(value, bound) if value is not None else "" for value, bound in values
    ]
    covers = [_cover(row) if kind == "bars" else "" for row in rows]
    bar_width = CHART_WIDTH
    if width is not None:
        widest = max(len(t) + len(c) for t, c in zip(texts, covers, strict=True))
        bar_width = max(MIN_BAR_WIDTH, width - 2 - label_width - 2 - 1 - widest)
    if base:
        note = f"bars start at {area_text(base, 'exact')} km²"
        stream.write(styled(note, "dim", stream) + "\n")
    current: SeriesKey | None = None
    for row, (value, _), text, cover in zip(rows, values, texts, covers, strict=True):
        if row.key != current:
            current = row.key
            out.write(f"\n{series_label(row.key)} · {row.key[3] or 'no source'}\n")
        label = row.bucket.label.ljust(label_width)
        if value is None:
            missing = "no figures" if kind != "held" else "no holding known"
            out.write(f"  {label}  {NO_FIGURE} {missing}\n")
            continue
        shape = bar(abs(value - base), scale, bar_width)
        if value < 0:
            shape = shape.replace("█", "▒")
        out.write(f"  {label}  {shape} {text}{cover}\n")
    for warning in report.warnings:
        message(
            f"warning: {warning_text(warning)}",
            stream,
            label=("warning:", "yellow"),
            lines=True,
        )


def _rate_label(value: float, bound: str) -> str:
    return f"{rate_text(value, bound)} km²/day"


def _cover(row: Row) -> str:
    integral = row.integral
    if integral.covered < integral.days:
        return f"  ({percent_text(integral.covered, integral.days)} covered)"
    return ""


class _Escaping:
    """Writes lines with their content escaped (`escape_lines`)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> None:
        self._out.write(escape_lines(text))
