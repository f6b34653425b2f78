"""Labels that say what the data supports: a comparison's baseline coverage and
ratios against a baseline ≤ 0 (balance's unknown retaken is in test_reports and
test_cli_reports)."""

from __future__ import annotations

import json


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def add(cli, area, start, end):
    run(cli, "add", area, "--actor", "russia", "--region", "donetsk", "--from",
        start, "--to", end, "--source", "BBC")  # fmt: skip


def test_a_baseline_below_half_coverage_is_flagged(cli):
    # 2023: 30 km² over the whole year; 2022: 5 km² on 1 Feb..10 Mar (38 of 365
    # days, 10.4 %). Ratio of totals 30/5 = 6.00×; rates 30/365 against 5/38.
    add(cli, "5", "2022-02-01", "2022-03-10")
    add(cli, "30", "2023-01-01", "2023-12-31")
    data = json.loads(run(cli, "report", "--year", "2023", "-f", "json").stdout)
    (comparison,) = data["comparisons"]
    assert (comparison["baseline_days_covered"], comparison["baseline_below_half"]) == (
        38,
        True,
    )
    assert round(comparison["baseline_coverage"], 3) == 0.104
    assert comparison["area_ratio"] == 6
    assert round(comparison["rate_ratio"], 3) == round((30 / 365) / (5 / 38), 3)
    lines = [
        line.rstrip()
        for line in run(cli, "report", "--year", "2023").stdout.splitlines()
    ]
    assert (
        "  russia in donetsk   BBC       30              5           10.4%¹   6.00×"
        "          +25      0.08               0.13        0.62×" in lines
    )
    assert lines[-2:] == [
        "¹ the baseline has figures on less than half of its days: its total "
        "understates the period, and so does the ratio of",
        "  totals; the rate ratio (per covered day) compares fairly",
    ]


def test_a_ratio_against_a_loss_is_null_with_a_note(cli):
    # Holdings 100 (1 Jan 2023), 90 (31 Dec 2023), 120 (31 Dec 2024): 2023 is a
    # loss of 10, 2024 a gain of 30. 30 ÷ −10 is no ratio.
    for day, area in (("2023-01-01", 100), ("2023-12-31", 90), ("2024-12-31", 120)):
        run(cli, "add", str(area), "--holding", "--actor", "russia", "--region",
            "donetsk", "--on", day, "--source", "BBC")  # fmt: skip
    data = json.loads(run(cli, "report", "--year", "2024", "-f", "json").stdout)
    (comparison,) = data["comparisons"]
    assert (comparison["baseline_area_km2"], comparison["area_change_km2"]) == (-10, 40)
    assert (comparison["area_ratio"], comparison["rate_ratio"]) == (None, None)
    text = run(cli, "report", "--year", "2024").stdout
    assert "—¹" in text and "—²" in text
    assert "¹ no ratio: the baseline total is not above 0 (nothing or a loss)" in text
    assert "² no ratio: the baseline rate is not above 0 (nothing or a loss)" in text
