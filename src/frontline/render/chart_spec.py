"""From a finished report to the plain description a publication chart is drawn
from (`chart_file.ChartSpec`).

The report has already computed every number (per-bucket totals, running totals,
holdings at bucket ends); this only chooses which of them a chart of each kind
shows and words the title, period and note. Keeping the step apart means the
chart writer never sees a report and the report never sees matplotlib.

- bars: each bucket's total and bound; a bucket with no figure is a gap;
- cumulative: the running total at each bucket's end, drawn across the bucket;
- held: the area held at each bucket's end (or on the last day the figures
  reach inside it), for series that have holdings; others are left out and the
  note says so;
- rolling: the trailing rate (km²/day) ending on each bucket's last day, from a
  report made with `rolling`; a bucket whose window has no figure is a gap.
"""

from __future__ import annotations

from frontline.model.figures import SeriesKey
from frontline.render.chart import KINDS, chart_values, length_phrase
from frontline.render.chart_file import ChartPoint, ChartSeries, ChartSpec
from frontline.render.formats import escape_control
from frontline.reports.window import Report, Row

_WHAT = {"bars": "Gains", "cumulative": "Cumulative gains", "held": "Area held",
         "rolling": "Pace"}  # fmt: skip


def chart_spec(
    report: Report,
    kind: str = "bars",
    *,
    title: str | None = None,
    credit: str | None = None,
    size: tuple[int, int] | None = None,
) -> ChartSpec:
    """The chart of `kind` for a report's rows, one series per report series;
    `title` replaces the worded one, `credit` adds a credit line, `size` sets
    the picture's pixels (`ChartSpec`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown chart kind {kind!r}")
    grouped: dict[SeriesKey, list[Row]] = {}
    for row in report.rows:
        grouped.setdefault(row.key, []).append(row)
    series = []
    left_out = []
    for key, rows in grouped.items():
        points = tuple(_point(row, kind) for row in rows)
        if kind == "held" and all(point.value is None for point in points):
            left_out.append(_label(key))
            continue
        series.append(ChartSeries(_label(key), escape_control(key[3]), points))
    sources = tuple(dict.fromkeys(s.source for s in series if s.source))
    note = _note(report, left_out)
    if kind == "cumulative":
        note = " ".join(part for part in (_covered_days(grouped), note) if part)
    return ChartSpec(
        title=escape_control(title) if title else _title(report, kind, list(grouped)),
        period=_period(report),
        kind=kind,
        series=tuple(series),
        sources=sources,
        note=note or None,
        unit="km²/day" if kind == "rolling" else "km²",
        credit=escape_control(credit) if credit else None,
        size=size,
    )


def _covered_days(grouped: dict[SeriesKey, list[Row]]) -> str:
    """Which days each series' figures cover, so that a running total that
    climbs on one source's days only is read as such: "Days with figures: ISW
    324 of 366 (2024-01 to 2024-11)", the buckets with any figure."""
    parts = []
    for key, rows in grouped.items():
        covered = sum(row.integral.covered for row in rows)
        days = sum(row.integral.days for row in rows)
        labels = [row.bucket.label for row in rows if row.integral.covered]
        if not labels:
            continue
        within = labels[0] if len(labels) == 1 else f"{labels[0]} to {labels[-1]}"
        parts.append(f"{_label(key)} {covered:,} of {days:,} ({within})")
    return ("Days with figures: " + "; ".join(parts) + ".") if parts else ""


def _point(row: Row, kind: str) -> ChartPoint:
    bucket = row.bucket
    if kind == "bars":
        figure = row.integral
        coverage = figure.covered / figure.days if figure.days else 1.0
        return ChartPoint(
            bucket.start, bucket.end, figure.total, figure.bound or "exact", coverage
        )
    if kind == "cumulative":
        figure = row.cumulative
        return ChartPoint(
            bucket.start, bucket.end, figure.total, figure.bound or "exact"
        )
    if kind == "rolling":
        value, bound = chart_values(row, kind)
        return ChartPoint(bucket.end, bucket.end, value, bound)
    holding = row.holding
    if holding is None:
        return ChartPoint(bucket.end, bucket.end, None, "exact")
    return ChartPoint(holding.on, holding.on, holding.area, holding.bound)


def _label(key: SeriesKey) -> str:
    """The series' name in the key, its control characters shown escaped: a
    font has no glyph for them, and the picture must show what is stored."""
    actor, region, layer, source = key
    label = f"{actor} in {region}" + ("" if layer == "control" else f" ({layer})")
    return escape_control(f"{label} · {source}" if source else label)


def _title(report: Report, kind: str, keys: list[SeriesKey]) -> str:
    """ "Russia's gains in Ukraine, by month" for one actor and region; otherwise
    the kind of figure and the bucket."""
    by = f", by {report.by}" if report.by else ""
    actors = {key[0] for key in keys}
    regions = {key[1] for key in keys}
    if len(actors) == 1 and len(regions) == 1:
        actor, region = _name(next(iter(actors))), _name(next(iter(regions)))
        if kind == "held":
            return f"Area of {region} held by {actor}{by}"
        if kind == "rolling":
            pace = f"trailing {_length(report)} rate"
            return f"{actor}'s pace in {region}: {pace}{by}"
        what = "gains" if kind == "bars" else "cumulative gains"
        return f"{actor}'s {what} in {region}{by}"
    if kind == "rolling":
        return f"{_WHAT[kind]}: trailing {_length(report)} rate{by}"
    return f"{_WHAT[kind]}{by}"


def _length(report: Report) -> str:
    return length_phrase(report.rolling or 0)


def _name(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").title()


def _period(report: Report) -> str:
    window = report.window
    if window is None:
        return ""
    if window.label == f"{window.start}..{window.end}":
        return f"{window.start} to {window.end}"
    return f"{window.label} ({window.start} to {window.end})"


def _note(report: Report, left_out: list[str]) -> str | None:
    parts = []
    partial = [r for r in report.rows if 0 < r.integral.covered < r.integral.days]
    if partial:
        parts.append(
            "Some periods are only partly covered by figures; totals count covered "
            "days only."
        )
    if left_out:
        parts.append("No holdings for " + ", ".join(left_out) + ".")
    return " ".join(parts) or None
