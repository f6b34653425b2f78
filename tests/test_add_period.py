"""`add --period`: a figure over a whole month, quarter, week or year."""

from __future__ import annotations

import json

import pytest


def added(cli, *args):
    result = cli("add", "120", "--actor", "russia", "--region", "donetsk", *args)
    assert result.exit_code == 0, result.output
    shown = cli("show", result.stdout.strip(), "-f", "json")
    record = json.loads(shown.stdout)
    return record["start"], record["end"]


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2024-01", "2024-01-01", "2024-01-31"),
        ("2024-Q3", "2024-07-01", "2024-09-30"),
        ("2024-W36", "2024-09-02", "2024-09-08"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-09-01..2024-11-03", "2024-09-01", "2024-11-03"),
    ],
)
def test_add_over_a_whole_period(cli, period, start, end):
    assert added(cli, "--period", period) == (start, end)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--period", "2024-01", "--from", "2024-01-01"),
         "period: give --period or --on/--from/--to, not both"),
        (("--period", "2024-01..",), "period: '2024-01..' is open-ended; a figure needs its last day"),
        (("--period", "2024-01", "--holding"), "period: a holding is dated with --on, not a period"),
    ],
)  # fmt: skip
def test_add_period_errors(cli, args, message):
    result = cli("add", "5", "--actor", "russia", "--region", "donetsk", *args)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"
