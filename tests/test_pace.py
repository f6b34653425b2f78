"""`report --rolling`: the rate over a trailing window at each bucket's end
against the same window before it."""

from __future__ import annotations

import json

import pytest


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def test_rolling_four_weeks_against_the_four_before(cli):
    run(cli, "seed")
    data = json.loads(
        run(cli, "report", "--period", "2024-09..2024-11", "--by", "month",
            "--rolling", "4w", "--region", "ukraine", "--no-compare", "-f",
            "json").stdout
    )  # fmt: skip
    september, october, november = data["rows"]
    # 30 Sep: 3..30 Sep lies inside "more than 1,000 km² over 1 Sep..3 Nov"
    # (15.625/day); the 4 weeks before, 6 Aug..2 Sep, are 26 days at the 2,700's
    # remainder 1700/260 = 6.538 and 2 days at 15.625: 201.25 / 28 = 7.1875.
    assert september["rolling_rate_km2_per_day"] == pytest.approx(15.625)
    assert september["previous_rolling_rate_km2_per_day"] == pytest.approx(7.1875)
    assert september["rolling_ratio"] == pytest.approx(15.625 / 7.1875)
    # 30 Nov: 3..30 Nov has figures on 3..19 Nov only: 15.625 + 16 × 6.538 =
    # 120.24 over 17 covered days = 7.073/day; before, 6 Oct..2 Nov: 15.625.
    assert (november["rolling_start"], november["rolling_end"]) == (
        "2024-11-03",
        "2024-11-30",
    )
    assert (november["previous_rolling_start"], november["previous_rolling_end"]) == (
        "2024-10-06",
        "2024-11-02",
    )
    assert november["rolling_rate_km2_per_day"] == pytest.approx(
        (15.625 + 16 * 1700 / 260) / 17
    )
    assert round(november["rolling_ratio"], 2) == 0.45
    assert october["rolling_bound"] == "approx"


def test_rolling_table_columns(cli):
    run(cli, "seed")
    result = run(cli, "report", "--period", "2024-11", "--rolling", "30d",
                 "--region", "ukraine", "--no-compare")  # fmt: skip
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[2].split()[-5:] == ["30d", "km²/day", "30d", "before", "pace"]
    # 1..30 Nov: 3 days at 15.625 + 16 at 6.538 = 151.5 over 19 days = 7.97;
    # 2..31 Oct: 30 days at 15.625.
    assert lines[4].endswith("~7.97        ~15.6   0.51×")


def test_a_ratio_against_no_rate_is_null(cli):
    run(cli, "seed")
    data = json.loads(
        run(cli, "report", "--period", "2024-01", "--rolling", "30d", "--region",
            "ukraine", "--no-compare", "-f", "json").stdout
    )  # fmt: skip
    (row,) = data["rows"]
    # 2..31 Jan 2024 against 3 Dec 2023..1 Jan 2024: 465/365 and 6.54 a day.
    assert row["rolling_ratio"] == pytest.approx(
        (1700 / 260) / ((29 * 465 / 365 + 1700 / 260) / 30)
    )
    data = json.loads(
        run(cli, "report", "--period", "2023-01-30", "--rolling", "30d", "--region",
            "ukraine", "--no-compare", "-f", "json").stdout
    )  # fmt: skip
    (row,) = data["rows"]
    # 1..30 Jan 2023 against 2..31 Dec 2022, which has no figure.
    assert row["previous_rolling_rate_km2_per_day"] is None
    assert row["rolling_ratio"] is None


def test_rolling_needs_a_length(cli):
    result = cli("report", "--rolling", "monthly")
    assert result.exit_code == 2
    assert "rolling: 'monthly' is not a length" in result.stderr
