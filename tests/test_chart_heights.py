"""Chart files draw each bar to scale: heights in proportion to the figures,
from one baseline, and widths in proportion to the days of the bucket."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_chart_file import GAINS_2024, SVG, bars_spec, held_spec, svg_of


def bars(root) -> dict[int, tuple[float, float, float, float]]:
    """(left, right, bottom, top) of each drawn bar, by point number."""
    found = {}
    for group in root.iter(f"{SVG}g"):
        match = re.fullmatch(r"series-0-point-(\d+)", group.get("id") or "")
        if not match:
            continue
        (path,) = group.iter(f"{SVG}path")
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        xs, ys = numbers[0::2], numbers[1::2]
        # SVG y grows downwards: the bottom is the largest y.
        found[int(match[1])] = (min(xs), max(xs), max(ys), min(ys))
    return found


def test_bar_heights_are_in_proportion_to_the_figures(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    drawn = bars(svg_of(bars_spec(), tmp_path))
    assert sorted(drawn) == list(range(11))  # December has no figure
    bottoms = {round(bottom, 3) for _, _, bottom, _ in drawn.values()}
    assert len(bottoms) == 1  # one baseline
    per_km2 = {
        n: (bottom - top) / GAINS_2024[n][0] for n, (_, _, bottom, top) in drawn.items()
    }
    scale = per_km2[7]  # August, 480 km²
    for n, value in per_km2.items():
        assert value == pytest.approx(scale, rel=1e-4), n
    # The tallest bar is October's 484.4, the shortest February's 189.7.
    heights = {n: bottom - top for n, (_, _, bottom, top) in drawn.items()}
    assert max(heights, key=heights.get) == 9
    assert min(heights, key=heights.get) == 1


def test_bar_widths_follow_the_days_of_each_month(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    drawn = bars(svg_of(bars_spec(), tmp_path))
    widths = {n: right - left for n, (left, right, _, _) in drawn.items()}
    # 2024: February 29 days, April/June/September/November 30, the rest 31.
    days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30]
    per_day = widths[0] / 31
    for n, count in enumerate(days):
        assert widths[n] == pytest.approx(per_day * count, rel=1e-3), n


def test_held_markers_sit_at_their_values(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    root = svg_of(held_spec(), tmp_path)
    ys = {}
    for group in root.iter(f"{SVG}g"):
        match = re.fullmatch(r"series-0-point-(\d+)", group.get("id") or "")
        if match:
            use = next(iter(group.iter(f"{SVG}use")), None)
            if use is not None:
                ys[int(match[1])] = float(use.get("y"))
    if len(ys) < 6:
        pytest.skip("markers are not drawn as <use> elements here")
    isw = [107_660.0, 107_850.0, 108_050.0, 108_340.0, 108_760.0, 108_960.0]
    # Equal steps of value are equal steps of height: y is linear in the value.
    per_km2 = (ys[0] - ys[5]) / (isw[5] - isw[0])
    for n, value in enumerate(isw):
        assert ys[0] - ys[n] == pytest.approx(per_km2 * (value - isw[0]), rel=1e-3)
