"""Draw the example charts in this folder: `python docs/charts/examples.py`.

Illustrative figures shaped like the seed data (Russian gains in Ukraine in 2024),
not a dataset: they exist to show what `chart -o` produces.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from frontline.render.chart_file import ChartPoint, ChartSeries, ChartSpec, write_chart

HERE = Path(__file__).resolve().parent


def month(number: int) -> tuple[date, date]:
    start = date(2024, number, 1)
    following = date(2024 + number // 12, number % 12 + 1, 1)
    return start, following - timedelta(days=1)


# Gains per month: prorated months approximate, November a lower bound, December
# without a figure.
GAINS = [
    (202.7, "approx"), (189.7, "approx"), (202.7, "approx"), (290.0, "exact"),
    (420.0, "exact"), (196.2, "approx"), (350.0, "exact"), (480.0, "exact"),
    (468.8, "approx"), (484.4, "approx"), (300.0, "at_least"), (None, "exact"),
]  # fmt: skip


def bars() -> ChartSpec:
    points = tuple(
        ChartPoint(*month(n + 1), value, bound)
        for n, (value, bound) in enumerate(GAINS)
    )
    return ChartSpec(
        title="Russian gains in Ukraine, by month",
        period="January to December 2024",
        kind="bars",
        series=(ChartSeries("Russia · ISW", "ISW", points),),
        sources=("ISW",),
        note="No figure for December: the assessments used end on 19 November.",
    )


def cumulative() -> ChartSpec:
    """The running total at the end of each month, drawn across the month; it
    is approximate from the first approximate month on."""
    total, bound, points = 0.0, "exact", []
    for n, (value, own) in enumerate(GAINS):
        if value is not None:
            total += value
            bound = own if bound == "exact" else bound
        figure = None if value is None else total
        points.append(ChartPoint(*month(n + 1), figure, bound))
    return ChartSpec(
        title="Russian gains in Ukraine, running total",
        period="January to December 2024",
        kind="cumulative",
        series=(ChartSeries("Russia · ISW", "ISW", tuple(points)),),
        sources=("ISW",),
    )


def held() -> ChartSpec:
    isw, deepstate = [], []
    area_isw, area_ds = 107_460.0, 106_980.0
    for n, (value, _) in enumerate(GAINS[:11]):
        end = month(n + 1)[1]
        area_isw += value or 0
        area_ds += (value or 0) * 0.93
        isw.append(ChartPoint(end, end, area_isw, "approx" if n in (5, 9) else "exact"))
        deepstate.append(ChartPoint(end, end, None if n == 7 else area_ds, "exact"))
    return ChartSpec(
        title="Area of Ukraine held by Russia",
        period="End of each month, January to November 2024",
        kind="held",
        series=(
            ChartSeries("ISW", "ISW", tuple(isw)),
            ChartSeries("DeepState", "DeepState", tuple(deepstate)),
        ),
        sources=("ISW", "DeepState"),
    )


def main(folder: Path = HERE) -> None:
    for name, spec in (
        ("bars", bars()),
        ("cumulative", cumulative()),
        ("held", held()),
    ):
        write_chart(spec, folder / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
