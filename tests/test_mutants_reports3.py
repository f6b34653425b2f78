"""Records over a window and a bucket other than the month, a rising run that
reaches the first bucket, a falling run before a bucket without a figure: each
figure worked out by hand from the rows written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from frontline.reports.extremes import Figure, series_records

KEY = ("russia", "a", "control", "S")
HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
ROWS = [
    "change,russia,a,control,2024-01-01,2024-01-31,5,exact,S,,,",
    "change,russia,a,control,2024-03-01,2024-03-31,3,exact,S,,,",
    "change,russia,a,control,2024-04-01,2024-04-30,8,exact,S,,,",
    "change,russia,a,control,2024-05-01,2024-05-31,9,exact,S,,,",
    "change,russia,a,control,2024-06-01,2024-06-30,12,exact,S,,,",
]


def test_a_rising_run_from_the_first_bucket() -> None:
    # 1, 2, 3: two rises (1 → 2 → 3), the second from the very first bucket.
    figures = [
        Figure("a", 1, "exact"),
        Figure("b", 2, "exact"),
        Figure("c", 3, "exact"),
    ]
    found = series_records(KEY, figures)
    assert found is not None
    assert (found.rising_streak, found.net_positive_streak) == (2, 3)


def test_a_falling_run_before_a_bucket_without_a_figure() -> None:
    # -1, -2, —: the latest figure is -2; two losses end there.
    figures = [Figure("a", -1, "exact"), Figure("b", -2, "exact"), None]
    found = series_records(KEY, figures)
    assert found is not None
    assert (found.net_negative_streak, found.net_positive_streak) == (2, 0)
    assert found.latest.label == "b"


def _import(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n")
    run("import", str(path))


def test_records_by_quarter_within_a_window(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    _import(run, tmp_path)
    result = cli(
        "records", "--period", "2024-02..2024-06", "--by", "quarter", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["by"] == "quarter"
    (russia,) = report["rows"]
    # Q1 within the window is February and March: 0 + 3 = 3 (January's 5 is
    # outside); Q2 is 8 + 9 + 12 = 29.
    assert russia["smallest"]["area_km2"] == 3.0
    assert russia["largest"]["area_km2"] == 29.0
    assert (russia["ranked"], russia["rising_streak"]) == (2, 1)
