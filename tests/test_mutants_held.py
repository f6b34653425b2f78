"""`held`, `sources` and `project` worked by hand on small databases: which
series they list and in which order, the shares of a region with an area, the
warnings numbered as they touch the days asked, and what an empty database
gives (the options still said back)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"


def imported(run: Callable, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n")
    run("import", str(path))


def json_of(cli: Callable, *args: str) -> dict:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- held -----------------------------------------------------------------------

# ids 1..8 in this order. aaa has changes only (never listed). abc's holdings
# say +50 over 01-02..01-31 where #4 says +30: the holdings are used (a
# `holdings` issue over 01-02..01-31), so abc on 01-15 is 100 + 50 × 14/30.
# russia's figures stop on 01-20 and start again on 02-21: a gap of
# 01-21..02-20 (11 + 20 = 31 days, at least three times the 10-day spacing).
HELD = [
    "change,aaa,a,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "holding,abc,a,control,2024-01-01,2024-01-01,100,exact,S,,,",
    "holding,abc,a,control,2024-01-31,2024-01-31,150,exact,S,,,",
    "change,abc,a,control,2024-01-02,2024-01-31,30,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-20,10,exact,S,,,",
    "change,russia,a,control,2024-02-21,2024-02-29,10,exact,S,,,",
    "holding,russia,a,control,2024-01-05,2024-01-05,500,exact,S,,,",
]
HOLDINGS_ISSUE = (
    "holdings",
    "abc",
    "2024-01-02",
    "2024-01-31",
    "record #4 (30 km², 2024-01-02..2024-01-31) is covered day by day by finer "
    "figures that add up to 50 km²; those are used instead",
)
GAP_ISSUE = (
    "gap",
    "russia",
    "2024-01-21",
    "2024-02-20",
    "no figure covers 2024-01-21..2024-02-20 (31 days)",
)


@pytest.fixture
def held_db(run: Callable, tmp_path: Path) -> None:
    imported(run, tmp_path, HELD)
    run("region", "set", "a", "--area", "1000")


def warnings(report: dict) -> list[tuple]:
    return [
        (w["number"], w["kind"], w["actor"], w["first"], w["last"], w["message"])
        for w in report["warnings"]
    ]


def held_rows(report: dict) -> list[tuple]:
    return [
        (
            row["actor"],
            row["on"],
            row["holding_km2"],
            row["holding_bound"],
            row["as_of"],
            row["stale_days"],
            row["snapshot_on"],
        )
        for row in report["rows"]
    ]


@pytest.mark.usefixtures("held_db")
def test_held_lists_series_with_holdings_in_order_with_their_warnings(
    cli: Callable,
) -> None:
    report = json_of(cli, "held", "--on", "2024-02-25", "--on", "2024-01-15")
    assert report["days"] == ["2024-02-25", "2024-01-15"]
    # abc on 02-25: its last snapshot, 150 on 01-31, 25 days stale. russia on
    # 02-25: 500 + 5 (01-06..01-10) + 10 (01-11..01-20) as of 01-20, 36 days
    # stale; on 01-15: 500 + 5 + 5.
    rows = held_rows(report)
    assert rows[0] == (
        "abc",
        "2024-02-25",
        150.0,
        "exact",
        "2024-01-31",
        25,
        "2024-01-31",
    )
    assert rows[1][:2] == ("abc", "2024-01-15")
    assert rows[1][2] == pytest.approx(100 + 50 * 14 / 30, abs=1e-9)
    assert rows[1][3:] == ("approx", "2024-01-15", 0, "2024-01-01")
    assert rows[2:] == [
        ("russia", "2024-02-25", 515.0, "approx", "2024-01-20", 36, "2024-01-05"),
        ("russia", "2024-01-15", 510.0, "approx", "2024-01-15", 0, "2024-01-05"),
    ]
    # Shares of region a's 1,000 km², and the change between the days asked.
    shares = [row["share_of_region"] for row in report["rows"]]
    assert shares == pytest.approx([0.15, (100 + 50 * 14 / 30) / 1000, 0.515, 0.51])
    changes = [row["change_km2"] for row in report["rows"]]
    assert changes[0] is None and changes[2] is None
    assert changes[1] == pytest.approx(50 * 14 / 30 - 50)
    assert changes[3] == pytest.approx(-5.0)
    # abc's days reach into its holdings issue; russia's 01-05..02-25 into its gap.
    assert warnings(report) == [(1, *HOLDINGS_ISSUE), (2, *GAP_ISSUE)]


@pytest.mark.usefixtures("held_db")
def test_held_warns_only_of_what_its_days_touch(cli: Callable) -> None:
    # 01-15: abc's snapshot 01-01..01-15 meets its issue; russia's 01-05..01-15
    # ends before its gap.
    report = json_of(cli, "held", "--on", "2024-01-15")
    assert warnings(report) == [(1, *HOLDINGS_ISSUE)]
    # 2023-12-31: before abc's first snapshot and any change reaching back to
    # it (no holding known); russia's 500 less its changes of 01-01..01-05.
    report = json_of(cli, "held", "--on", "2023-12-31")
    assert held_rows(report) == [
        ("abc", "2023-12-31", None, None, None, None, None),
        ("russia", "2023-12-31", 495.0, "approx", "2023-12-31", 0, "2024-01-05"),
    ]
    assert report["warnings"] == []


# --- sources --------------------------------------------------------------------

# aaa has one source (not compared); abb has S and U; bbb has only holdings,
# from S and T; ccc has changes from S and T over all of January.
SOURCES = [
    "change,aaa,a,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "change,abb,a,control,2024-01-01,2024-01-31,40,exact,S,,,",
    "change,abb,a,control,2024-01-01,2024-01-31,44,exact,U,,,",
    "holding,bbb,a,control,2024-01-10,2024-01-10,300,exact,S,,,",
    "holding,bbb,a,control,2024-01-10,2024-01-10,310,exact,T,,,",
    "change,ccc,a,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "change,ccc,a,control,2024-01-01,2024-01-31,12,exact,T,,,",
]


@pytest.fixture
def sources_db(run: Callable, tmp_path: Path) -> None:
    imported(run, tmp_path, SOURCES)
    run("region", "set", "a", "--area", "1000")


def source_rows(report: dict) -> list[tuple]:
    return [
        (
            row["actor"],
            row["source"],
            row["reference"],
            row["days_covered"],
            row["area_km2"],
            row["holding_km2"],
            row["holding_difference_km2"],
        )
        for row in report["rows"]
    ]


@pytest.mark.usefixtures("sources_db")
def test_sources_compares_every_series_with_two_sources_or_more(cli: Callable) -> None:
    report = json_of(cli, "sources", "--period", "2024-01")
    assert report["window"] == {
        "label": "2024-01",
        "start": "2024-01-01",
        "end": "2024-01-31",
        "days": 31,
    }
    assert report["common"] is True
    assert source_rows(report) == [
        ("abb", "S", "S", 31, 40.0, None, None),
        ("abb", "U", "S", 31, 44.0, None, None),
        # Holdings alone, no change in the window: still compared.
        ("bbb", "S", "S", 0, None, 300.0, 0.0),
        ("bbb", "T", "S", 0, None, 310.0, 10.0),
        ("ccc", "S", "S", 31, 10.0, None, None),
        ("ccc", "T", "S", 31, 12.0, None, None),
    ]
    shares = [row["share_of_region"] for row in report["rows"]]
    assert shares == [None, None, 0.3, 0.31, None, None]


@pytest.mark.usefixtures("sources_db")
def test_sources_against_one_source_skips_series_without_it(cli: Callable) -> None:
    report = json_of(cli, "sources", "--period", "2024-01", "--against", "T", "--own")
    assert report["common"] is False
    assert source_rows(report) == [
        ("bbb", "T", "T", 0, None, 310.0, 0.0),
        ("bbb", "S", "T", 0, None, 300.0, -10.0),
        ("ccc", "T", "T", 31, 12.0, None, None),
        ("ccc", "S", "T", 31, 10.0, None, None),
    ]
    result = cli("sources", "--period", "2024-01", "--against", "V")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "frontline: error: against: no series of 'V' shares its actor, region and layer"
    )


# --- an empty database ------------------------------------------------------------


@pytest.fixture
def empty_db(run: Callable, tmp_path: Path) -> None:
    imported(run, tmp_path, [])


NO_FILTERS = {"actor": None, "region": None, "layer": None, "source": None}


@pytest.mark.usefixtures("empty_db")
def test_reports_on_an_empty_database_say_their_options_back(cli: Callable) -> None:
    assert json_of(cli, "sources", "--own", "--actor", "russia") == {
        "window": None,
        "common": False,
        "filters": {**NO_FILTERS, "actor": "russia"},
        "rows": [],
        "warnings": [],
    }
    assert json_of(cli, "project", "--until", "2024-12-31", "--region", "a") == {
        "window": None,
        "trailing": True,
        "until": "2024-12-31",
        "filters": {**NO_FILTERS, "region": "a"},
        "rows": [],
        "warnings": [],
    }
    report = json_of(cli, "project", "--until", "2025-01-31", "--window", "2024-01")
    assert (report["trailing"], report["until"]) == (False, "2025-01-31")
    for args in (("sources",), ("project", "--until", "2024-12-31")):
        result = cli(*args)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == "no figures match\n"


# --- project ----------------------------------------------------------------------

# old: a snapshot and a change, both long before the trailing 90 days that end
# on new's last day (2024-06-30): no rate to carry, its last holding (130 on
# 01-31) still listed. new: +90 over 04-02..06-30, 1 km² a day.
PROJECT = [
    "holding,old,a,control,2024-01-01,2024-01-01,100,exact,S,,,",
    "change,old,a,control,2024-01-02,2024-01-31,30,exact,S,,,",
    "holding,new,a,control,2024-04-01,2024-04-01,1000,exact,S,,,",
    "change,new,a,control,2024-04-02,2024-06-30,90,exact,S,,,",
]


def test_project_carries_a_rate_and_keeps_a_series_without_one(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    imported(run, tmp_path, PROJECT)
    report = json_of(cli, "project", "--until", "2024-07-10")
    rows = {row["actor"]: row for row in report["rows"]}
    assert list(rows) == ["new", "old"]
    new, old = rows["new"], rows["old"]
    # 90 km² over the 90 days 04-02..06-30 (the window 04-02..06-30): 1 a day,
    # 10 days ahead: +10, held 1,090 + 10.
    assert (report["window"]["start"], report["window"]["days"]) == ("2024-04-02", 90)
    assert (new["from"], new["days_ahead"], new["holding_on"]) == (
        "2024-06-30",
        10,
        "2024-06-30",
    )
    assert new["rate_km2_per_day"] == pytest.approx(1.0)
    assert new["projected_gain_km2"] == pytest.approx(10.0)
    assert new["holding_km2"] == pytest.approx(1090.0)
    assert new["projected_holding_km2"] == pytest.approx(1100.0)
    # old: from its last holding, 01-31 (+30 on 100), 161 days before 07-10.
    assert (old["from"], old["days_ahead"], old["holding_on"]) == (
        "2024-01-31",
        161,
        "2024-01-31",
    )
    assert old["days_covered"] == 0
    assert old["rate_km2_per_day"] is None
    assert old["projected_gain_km2"] is None
    assert old["holding_km2"] == pytest.approx(130.0)
    assert old["projected_holding_km2"] is None


# --- reach ------------------------------------------------------------------------


def test_reach_counts_whole_days_at_the_trailing_rate(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    imported(run, tmp_path, PROJECT)
    run("region", "set", "a", "--area", "2000")
    report = json_of(cli, "project", "--reach", "1100")
    assert report["reach"] == 1100.0
    rows = {row["actor"]: row for row in report["rows"]}
    # new: 1,090 on 06-30 at 1 km² a day: 10 days to 1,100, on 07-10.
    new = rows["new"]
    assert (new["holding_km2"], new["holding_on"]) == (1090.0, "2024-06-30")
    assert (new["days_to_reach"], new["reach_date"]) == (10, "2024-07-10")
    assert new["years_to_reach"] == pytest.approx(10 / 365.25)
    # old: no rate, never.
    old = rows["old"]
    assert (old["holding_km2"], old["holding_on"]) == (130.0, "2024-01-31")
    assert (old["days_to_reach"], old["reach_date"], old["years_to_reach"]) == (
        None,
        None,
        None,
    )
    # all: the region's 2,000 km², 910 days after 06-30.
    whole = {
        row["actor"]: row for row in json_of(cli, "project", "--reach", "all")["rows"]
    }
    assert whole["new"]["reach_km2"] == 2000.0
    assert whole["new"]["days_to_reach"] == 910
    assert (
        whole["new"]["reach_date"]
        == (date(2024, 6, 30) + timedelta(days=910)).isoformat()
    )
    # Already there: 0 days, on the holding's own day.
    there = {
        row["actor"]: row for row in json_of(cli, "project", "--reach", "1090")["rows"]
    }
    assert (there["new"]["days_to_reach"], there["new"]["reach_date"]) == (
        0,
        "2024-06-30",
    )
    assert there["old"]["days_to_reach"] is None


def test_reach_rows_by_hand() -> None:
    from datetime import date

    from frontline.model.figures import Holding, Integral
    from frontline.reports.reach import ReachRow

    def row(total, covered, area, target, on=date(2024, 1, 1)):
        rate = Integral(
            date(2023, 1, 1), date(2023, 12, 31), total, covered, "exact", False
        )
        holding = None if area is None else Holding(area, "exact", on)
        return ReachRow(("r", "a", "control", "S"), rate, holding, target)

    # 2 km² a day from 100: 100 more takes exactly 50 days, 101 more 51.
    assert row(20.0, 10, 100.0, 200.0).days_to_reach == 50
    assert row(20.0, 10, 100.0, 201.0).days_to_reach == 51
    # 2.1 km² more at 0.7 a day is 3 days, though 2.1 / 0.7 is
    # 3.0000000000000004 in binary floating point: not 4.
    assert row(7.0, 10, 0.0, 2.1).days_to_reach == 3
    assert row(20.0, 10, 100.0, 200.0).reach_date == date(2024, 2, 20)
    assert row(20.0, 10, 100.0, 200.0).years_to_reach == pytest.approx(50 / 365.25)
    assert row(20.0, 10, 100.0, 100.0).days_to_reach == 0
    assert row(20.0, 10, 100.0, 90.0).days_to_reach == 0
    assert not row(20.0, 10, 100.0, 90.0).never
    # A rate of 0 or a loss never gets there; nothing to start from is no answer.
    for total in (0.0, -5.0, None):
        assert row(total, 10, 100.0, 200.0).days_to_reach is None
        assert row(total, 10, 100.0, 200.0).never
    assert row(20.0, 10, None, 200.0).days_to_reach is None
    assert not row(20.0, 10, None, 200.0).never
    assert row(20.0, 10, 100.0, None).days_to_reach is None
    assert not row(20.0, 10, 100.0, None).never
    assert row(20.0, 10, None, 200.0).reach_date is None
    # Past the last date there is: never, as far as a date goes.
    far = row(1.0, 10, 0.0, 1e9, on=date(9999, 1, 1))
    assert far.days_to_reach == 10**10
    assert far.reach_date is None


# aaa has changes only (no holding to start from: left out, and sorted first).
# russia: 10 + 10 km² over 01-01..01-20, nothing over 01-21..02-19, a snapshot
# of 500 on 02-20, then 9 km² over 02-21..02-29.
REACH_GAP = [
    "change,aaa,a,control,2024-01-01,2024-01-31,10,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-01-10,10,exact,S,,,",
    "change,russia,a,control,2024-01-11,2024-01-20,10,exact,S,,,",
    "change,russia,a,control,2024-02-21,2024-02-29,9,exact,S,,,",
    "holding,russia,a,control,2024-02-20,2024-02-20,500,exact,S,,,",
]


def test_reach_past_a_series_without_holdings_and_warns_of_a_gap(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    imported(run, tmp_path, REACH_GAP)
    report = json_of(cli, "project", "--reach", "600", "--window", "60d")
    # 60 days ending on the newest figure: 01-01..02-29 (31 + 29).
    assert (report["window"]["start"], report["window"]["end"]) == (
        "2024-01-01",
        "2024-02-29",
    )
    (row,) = report["rows"]
    assert row["actor"] == "russia"
    # 29 km² over the 20 + 9 covered days: 1 a day. Held 500 + 9 on 02-29; 91
    # km² to go: 91 days, 31 + 30 + 30, on 05-30.
    assert (row["days_covered"], row["rate_km2_per_day"]) == (29, 1.0)
    assert (row["holding_km2"], row["holding_on"]) == (509.0, "2024-02-29")
    assert (row["days_to_reach"], row["reach_date"]) == (91, "2024-05-30")
    (warning,) = report["warnings"]
    assert (warning["number"], warning["kind"], warning["actor"]) == (
        1,
        "gap",
        "russia",
    )
    assert warning["message"] == "no figure covers 2024-01-21..2024-02-19 (30 days)"
    # A window after the gap (02-20..02-29) touches no issue: no warning.
    report = json_of(cli, "project", "--reach", "600", "--window", "10d")
    assert report["warnings"] == []
