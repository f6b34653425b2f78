"""`frontline held`: the area held at the end of a day, and how stale it is;
single-holding series in `report` and `project`."""

from __future__ import annotations

import json
from datetime import date

from frontline.model.build import build
from frontline.model.records import Record

D = date


def run(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


def test_held_on_the_seed_after_the_last_snapshot_is_stale(cli):
    run(cli, "seed")
    data = json.loads(
        run(
            cli, "held", "--on", "2024-12-31", "--region", "ukraine", "-f", "json"
        ).stdout
    )
    (row,) = data["rows"]
    # 110,649 km² on 2024-11-19 (ISW); 31 December is 42 days later.
    assert (row["holding_km2"], row["holding_bound"], row["as_of"]) == (
        110_649,
        "exact",
        "2024-11-19",
    )
    assert (row["stale_days"], row["snapshot_on"], row["on"]) == (
        42,
        "2024-11-19",
        "2024-12-31",
    )
    # 110,649 / 603,628 (Ukraine's area in the seed) = 0.18331
    assert round(row["share_of_region"], 5) == 0.18331
    assert set(data) == {"days", "filters", "rows", "warnings"}


def test_held_before_the_snapshot_subtracts_the_changes_until_it(cli):
    run(cli, "seed")
    result = run(
        cli, "held", "--on", "2024-11-01", "--on", "2024-12-31", "--region", "ukraine"
    )
    # 1 November = 110,649 − (2 days × 1000/64 + 16 days × 1700/260)
    #            = 110,649 − (31.25 + 104.615…) = ~110,513.1 (approx: the 2,700 is ~).
    # The change between the two days is those 135.865 km² (~), 0.0225 points
    # of Ukraine's 603,628 km².
    assert lines(result.stdout)[4:6] == [
        "  russia in ukraine   ISW      2024-11-01   ~110,513.1      ~18.3%                      2024-11-01                 2024-11-19",
        "  russia in ukraine   ISW      2024-12-31      110,649       18.3%   ~+135.9   ~+0.02   2024-11-19¹           42   2024-11-19",
    ]  # fmt: skip
    assert lines(result.stdout)[0] == ("Held on 2024-11-01, 2024-12-31, region ukraine")
    assert (
        "¹ stale: the figures stop before this day; the holding is the last one "
        "known, not extrapolated" in result.stdout
    )


def test_held_model_follows_changes_after_the_last_snapshot():
    # Snapshot 100 on 1 March; +10 over 2..11 March (1/day). On 5 March: 104,
    # resting on the 1 March snapshot; on 20 March the last known is 110 on
    # 11 March, 9 days stale.
    series = build(
        [
            Record("holding", "r", "x", D(2024, 3, 1), D(2024, 3, 1), 100, id=1),
            Record("change", "r", "x", D(2024, 3, 2), D(2024, 3, 11), 10, id=2),
        ]
    )
    found = series.held(D(2024, 3, 5))
    assert (found.holding.area, found.holding.on, found.basis) == (
        104,
        D(2024, 3, 5),
        D(2024, 3, 1),
    )
    assert found.stale_days == 0
    later = series.held(D(2024, 3, 20))
    assert (later.holding.area, later.holding.on, later.stale_days) == (
        110,
        D(2024, 3, 11),
        9,
    )
    assert series.held(D(2024, 2, 1)) is None


def test_a_single_holding_is_shown_by_report_and_project(cli):
    run(cli, "seed")
    run(cli, "add", "103662", "--holding", "--actor", "russia", "--region",
        "ukraine", "--on", "2024-03-15", "--source", "DeepState")  # fmt: skip
    report = json.loads(
        run(cli, "report", "--year", "2024", "--region", "ukraine", "-f", "json").stdout
    )
    deepstate = next(r for r in report["rows"] if r["source"] == "DeepState")
    assert (deepstate["area_km2"], deepstate["days_covered"]) == (None, 0)
    assert (deepstate["holding_km2"], deepstate["holding_on"]) == (
        103_662,
        "2024-03-15",
    )
    project = run(cli, "project", "--until", "2025-01-20", "--region", "ukraine")
    assert (
        "  russia in ukraine   DeepState    0/90   no rate   2024-03-15          311"
        "          —    103,662" in lines(project.stdout)
    )
    held = json.loads(
        run(
            cli, "held", "--on", "2024-03-15", "--source", "DeepState", "-f", "json"
        ).stdout
    )
    assert held["rows"][0]["holding_km2"] == 103_662
    assert held["rows"][0]["stale_days"] == 0


def test_held_needs_a_real_day(cli):
    result = cli("held", "--on", "2024-02-30")
    assert result.exit_code == 2
    assert "on: '2024-02-30' is not a date that exists" in result.output


def test_several_days_keep_the_day_column_on_a_narrow_terminal(cli, monkeypatch):
    """A row per day asked: without `on` the two rows would not say which is which."""
    run(cli, "seed")
    monkeypatch.setenv("COLUMNS", "50")
    result = run(
        cli, "held", "--on", "2024-11-01", "--on", "2024-12-31", "--region", "ukraine"
    )
    # The values of test_held_before_the_snapshot_subtracts_the_changes_until_it;
    # the series wraps rather than the day going.
    assert lines(result.stdout)[2:8] == [
        "  series          source   on             held km²",
        " " + "━" * 49,
        "  russia in       ISW      2024-11-01   ~110,513.1",
        "  ukraine",
        "  russia in       ISW      2024-12-31      110,649",
        "  ukraine",
    ]
    assert lines(result.stdout)[8].startswith(
        "hidden: snapshot, days stale, as of, of region, Δ"
    )
    # The stale mark stood on "as of", now hidden: the footnote says so, and
    # only when its mark is out of sight.
    stale = "not extrapolated (marked in a hidden column)"
    assert stale in " ".join(result.stdout.split())
    monkeypatch.setenv("COLUMNS", "200")
    wide = run(
        cli, "held", "--on", "2024-11-01", "--on", "2024-12-31", "--region", "ukraine"
    )
    assert "2024-11-19¹" in wide.stdout
    assert "hidden column" not in wide.stdout
    # One day asked: the title says which, so `on` may go before the holding.
    monkeypatch.setenv("COLUMNS", "45")
    result = run(cli, "held", "--on", "2024-12-31", "--region", "ukraine")
    assert lines(result.stdout)[2].split() == ["series", "source", "held", "km²"]
    assert lines(result.stdout)[4].split() == [
        "russia",
        "in",
        "ukraine",
        "ISW",
        "110,649",
    ]
