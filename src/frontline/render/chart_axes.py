"""The axes of a publication chart: calendar labels for dates, thousands
separators for values. Kept apart from `chart_draw.py` because date labelling
has rules of its own (months named under themselves, the year where it changes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontline.render.chart_types import ChartPoint, ChartSpec

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # fmt: skip


# Kinds whose figures belong to a day (a bucket's end), not to a whole bucket.
POINT_KINDS = ("held", "rolling")


def days_of(point: ChartPoint) -> int:
    return (point.end - point.start).days + 1


def day_number(day: date) -> float:
    """A date as matplotlib's day number (days since 1970-01-01)."""
    return float((day - date(1970, 1, 1)).days)


def date_axis(axes: Any, spec: ChartSpec, points: Sequence[ChartPoint]) -> None:
    """Dates from the first point's start to the day after the last point's end.

    When every point is a calendar month, quarter or year (for the area held:
    ends on the last day of a month), each is named under itself ("Jan", "Feb",
    … with the year under the first and under each January), so a bar is never
    read against the month after it. Otherwise dates at round intervals."""
    from matplotlib.dates import AutoDateLocator, num2date

    first = min(p.start for p in points)
    last = max(p.end for p in points) + timedelta(days=1)
    pad = max((last - first).days, 1) * 0.015
    low, high = day_number(first) - pad, day_number(last) + pad
    axes.set_xlim(low, high)
    named = _calendar_labels(points, spec.kind)
    if named is None:
        ticks = AutoDateLocator(minticks=4, maxticks=10).tick_values(
            num2date(low), num2date(high)
        )
        days = [date(1970, 1, 1) + timedelta(days=round(t)) for t in ticks]
        named = list(
            zip((day_number(d) for d in days), _date_labels(days), strict=True)
        )
    elif spec.kind == "bars":
        axes.tick_params(axis="x", length=0, pad=7)
    axes.set_xticks([x for x, _ in named], [text for _, text in named])


def _date_labels(days: Sequence[date]) -> list[str]:
    """Years; or months, with the year under the first and each January; or
    days ("5 Aug"), with the year under the first and where it changes."""
    if all(d.month == 1 and d.day == 1 for d in days):
        return [str(d.year) for d in days]
    labels = []
    for number, day in enumerate(days):
        monthly = all(d.day == 1 for d in days)
        text = (
            MONTHS[day.month - 1] if monthly else f"{day.day} {MONTHS[day.month - 1]}"
        )
        new_year = number == 0 or day.year != days[number - 1].year
        labels.append(text + (f"\n{day.year}" if new_year else ""))
    return labels


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def calendar_unit(point: ChartPoint, kind: str) -> str | None:
    """ "week", "month", "quarter" or "year" when the point is exactly one (for
    the area held: "month" when it ends on the last day of one), else None."""
    end = point.end
    if kind in POINT_KINDS:
        return "month" if end == _month_end(end) else None
    if days_of(point) == 7:
        return "week"
    start = point.start
    if start.day != 1 or end != _month_end(end):
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 1:
        return "month"
    if months == 3 and start.month % 3 == 1:
        return "quarter"
    if months == 12 and start.month == 1:
        return "year"
    return None


def _calendar_labels(
    points: Sequence[ChartPoint], kind: str
) -> list[tuple[float, str]] | None:
    """Tick positions and names for calendar points, about a dozen at most: every
    k-th month (or quarter, or year), always including each January."""
    units = {calendar_unit(p, kind) for p in points}
    if len(units) != 1 or None in units or "week" in units:
        return None
    (unit,) = units
    year_ends = all(p.end.month == 12 for p in points)
    if kind in POINT_KINDS and len(points) > 1 and year_ends:
        unit = "year"  # year-end holdings: name the years
    days = sorted({p.end for p in points})
    steps = {"month": (1, 2, 3, 4, 6, 12), "quarter": (1, 2, 4), "year": (1, 2, 5, 10)}
    every = next((k for k in steps[unit] if len(days) / k <= 13), steps[unit][-1])
    labels: list[tuple[float, str]] = []
    for day in days:
        if unit == "year":
            if day.year % every == 0:
                labels.append((_tick_x(day, unit, kind), str(day.year)))
            continue
        index = day.month - 1 if unit == "month" else (day.month - 1) // 3
        if index % every:
            continue
        text = MONTHS[day.month - 1] if unit == "month" else f"Q{index + 1}"
        if not labels or index == 0:
            text += f"\n{day.year}"
        labels.append((_tick_x(day, unit, kind), text))
    return labels


def _tick_x(end: date, unit: str, kind: str) -> float:
    """Under a held figure, or under the middle of a bucket."""
    if kind in POINT_KINDS:
        return day_number(end)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = end.month - months + 1
    start = date(end.year + (first - 1) // 12, (first - 1) % 12 + 1, 1)
    return (day_number(start) + day_number(end) + 1) / 2


def value_axis(axes: Any, spec: ChartSpec) -> None:
    """Thousands separators and just enough decimals for the tick step; bars and
    running totals start at zero, the area held need not."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    values = [p.value for s in spec.series for p in s.points if p.value is not None]
    if values and spec.kind in ("bars", "cumulative", "rolling"):
        low, high = min(min(values), 0.0), max(max(values), 0.0)
        high = high if high > low else 1.0
        room = (high - low) * 0.12
        axes.set_ylim(low - (room if low < 0 else 0), high + room)
    elif values:
        low, high = min(values), max(values)
        room = (high - low) * 0.12 or max(abs(high) * 0.05, 1.0)
        axes.set_ylim(low - room, high + room)
    locator = MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10])
    axes.yaxis.set_major_locator(locator)
    ticks = locator.tick_values(*axes.get_ylim())
    step = abs(ticks[1] - ticks[0]) if len(ticks) > 1 else 1.0
    decimals = 0 if step >= 1 else (1 if step >= 0.1 else 2)

    def tick_text(value: float, _position: int) -> str:
        text = f"{abs(value):,.{decimals}f}"
        return ("−" if value < 0 and text.strip("0.,") else "") + text

    axes.yaxis.set_major_formatter(FuncFormatter(tick_text))
