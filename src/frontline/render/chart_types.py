"""What a publication chart shows, as plain values: the spec a report computes
and every part of the chart writer reads.

Kept below `chart_file` (the file formats), `chart_draw` (the look) and
`chart_axes` (dates and values on the axes) so that each of them can name these
types without importing another: the drawing code never depends on the writer
that calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

KINDS = ("bars", "cumulative", "held", "rolling")
BOUNDS = ("exact", "approx", "at_least", "at_most")


@dataclass(frozen=True)
class ChartPoint:
    """One figure. For "bars", the gain over the bucket `start`..`end`; for
    "cumulative", the running total at the end of the bucket `start`..`end` (the
    level is drawn across the bucket); for "held", the area held at the end of
    day `end`; for "rolling", the trailing rate (km²/day) ending on day `end`.
    `value` None means there is no figure (a gap)."""

    start: date
    end: date
    value: float | None
    bound: str  # exact | approx | at_least | at_most
    # The share of the bucket's days with a figure (bars): below 1 the bar is
    # marked ("63% covered"), so that a partly covered bucket is not read as a
    # slowdown.
    coverage: float = 1.0


@dataclass(frozen=True)
class ChartSeries:
    """One series as a report shows it: its name, its source, its figures in
    date order."""

    label: str
    source: str
    points: tuple[ChartPoint, ...]


@dataclass(frozen=True)
class ChartSpec:
    """Everything the chart shows, already computed.

    kind: "bars" (gain per bucket), "cumulative" (running total, a step line) or
    "held" (area held over time, a line with markers) or "rolling" (the
    trailing rate at each bucket's end, a line with markers, unit km²/day).
    `sources` make the source line; `note`, if any, is printed above it;
    `credit`, if any, is printed at the bottom right ("Chart: The Desk").
    `size`: the picture's (width, height) in pixels for PNG; SVG keeps its
    aspect. None: 1200 × 675.
    """

    title: str
    period: str
    kind: str
    series: tuple[ChartSeries, ...]
    sources: tuple[str, ...]
    unit: str = "km²"
    note: str | None = None
    credit: str | None = None
    size: tuple[int, int] | None = None
