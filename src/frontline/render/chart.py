"""Terminal charts: one bar per bucket, scaled to the largest."""

from __future__ import annotations

import sys
from typing import TextIO

from frontline.model.figures import SeriesKey
from frontline.render.formats import escape_lines
from frontline.render.labels import (
    NO_FIGURE,
    area_text,
    percent_text,
    series_label,
    warning_text,
    window_title,
)
from frontline.reports.window import Report

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
    out = _Escaping(sys.stdout)
    out.write(
        window_title(
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
        out.write(f"warning: {warning_text(warning)}\n")


class _Escaping:
    """Writes lines with their content escaped (`escape_lines`)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> None:
        self._out.write(escape_lines(text))


# --- balance -------------------------------------------------------------------
