"""Records and streaks over buckets, worked by hand: the largest and smallest
(the earliest of equal ones), the latest's rank, the last larger bucket before
it, and streaks that a bucket without a figure or a tie breaks."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from frontline.reports.extremes import Figure, series_records

KEY = ("russia", "a", "control", "S")


def f(label: str, area: float, bound: str = "exact") -> Figure:
    return Figure(label, area, bound)


def summary(figures: list) -> tuple:
    found = series_records(KEY, figures)
    assert found is not None
    assert found.key == KEY
    return (
        found.largest.label,
        found.smallest.label,
        found.latest.label,
        found.latest_rank,
        found.ranked,
        found.largest_since,
        found.rising_streak,
        found.net_positive_streak,
        found.net_negative_streak,
    )


def test_a_rising_run_after_a_bucket_without_a_figure() -> None:
    # 5, —, 3, 8, 9, 12: 12 is the largest; it rose three times since the gap
    # (3 → 8 → 9 → 12); four positive buckets since the gap.
    figures = [f("a", 5), None, f("c", 3), f("d", 8), f("e", 9), f("f", 12)]
    assert summary(figures) == ("f", "c", "f", 1, 5, None, 3, 4, 0)


def test_ties_and_a_trailing_bucket_without_a_figure() -> None:
    # 5, 9, 9, 4, —: the latest with a figure is 4, three buckets above it, the
    # last of them c; the first 9 is the largest.
    figures = [f("a", 5), f("b", 9), f("c", 9), f("d", 4), None]
    assert summary(figures) == ("b", "d", "d", 4, 4, "c", 0, 4, 0)
    # 3, 1, 1: equal is not larger, not rising; the first 1 is the smallest.
    assert summary([f("a", 3), f("b", 1), f("c", 1)]) == (
        "a",
        "b",
        "c",
        2,
        3,
        "a",
        0,
        3,
        0,
    )


def test_losses() -> None:
    # −1, 2, −3, −1, −0.5: rising from −3 twice; three buckets below zero.
    figures = [f("a", -1), f("b", 2), f("c", -3), f("d", -1), f("e", -0.5)]
    assert summary(figures) == ("b", "c", "e", 2, 5, "b", 2, 0, 3)


def test_zero_is_neither_a_gain_nor_a_loss() -> None:
    assert summary([f("a", 0.0)]) == ("a", "a", "a", 1, 1, None, 0, 0, 0)
    assert summary([f("a", -2), f("b", 0.0), f("c", -1)]) == (
        "b",
        "a",
        "c",
        2,
        3,
        "b",
        0,
        0,
        1,
    )


def test_no_figure_at_all_is_no_row() -> None:
    assert series_records(KEY, [None, None]) is None
    assert series_records(KEY, []) is None


def test_records_through_the_command(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    header = (
        "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
    )
    rows = [
        "change,russia,a,control,2024-01-01,2024-01-31,5,exact,S,,,",
        "change,russia,a,control,2024-03-01,2024-03-31,3,exact,S,,,",
        "change,russia,a,control,2024-04-01,2024-04-30,8,approx,S,,,",
        "change,russia,a,control,2024-05-01,2024-05-31,9,exact,S,,,",
        "change,russia,a,control,2024-06-01,2024-06-30,12,exact,S,,,",
        "change,ukraine,a,control,2024-02-01,2024-02-29,0,exact,S,,,",
    ]
    path = tmp_path / "records.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    run("import", str(path))
    result = cli("records", "--period", "2024-01..2024-06", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["by"] == "month"
    # The window asked for, said back as typed: January to June, 182 days of 2024.
    assert report["window"] == {
        "label": "2024-01..2024-06",
        "start": "2024-01-01",
        "end": "2024-06-30",
        "days": 182,
    }
    (russia, ukraine) = report["rows"]
    # February has no russia figure: the rise runs March → June.
    assert russia["largest"] == {"label": "2024-06", "area_km2": 12.0, "bound": "exact"}
    assert russia["smallest"] == {"label": "2024-03", "area_km2": 3.0, "bound": "exact"}
    assert (russia["latest_rank"], russia["ranked"], russia["rising_streak"]) == (
        1,
        5,
        3,
    )
    assert (russia["net_positive_streak"], russia["net_negative_streak"]) == (4, 0)
    # ukraine: one month with a figure of 0 (covered, so it counts).
    assert ukraine["latest"] == {"label": "2024-02", "area_km2": 0.0, "bound": "exact"}
    assert (ukraine["ranked"], ukraine["net_positive_streak"]) == (1, 0)
