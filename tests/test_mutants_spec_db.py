"""Report options read against a small database: windows open at one end, one
day long, or in year 1; `last-30d` ending on the newest figure of the scope
asked (or refused when the scope has none); days and baselines named by events;
each refusal naming its option. Every window and total is worked out by hand
from the four records below."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from frontline.model.periods import parse_period
from frontline.model.scope import Scope
from frontline.reports.spec import ReportOptions, ReportSpec

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
# Region a: 1 km² a day in January (31), 2 a day in February (58), 3 a day in
# March (93). Region b: January only, 2 a day (62), on another layer too.
ROWS = [
    "change,russia,a,control,2024-01-01,2024-01-31,31,exact,S,,,",
    "change,russia,a,control,2024-02-01,2024-02-29,58,exact,S,,,",
    "change,russia,a,control,2024-03-01,2024-03-31,93,exact,S,,,",
    "change,russia,b,advances,2024-01-01,2024-01-31,62,exact,S,,,",
]
EVENTS = "(events: invasion, kursk-incursion)"


@pytest.fixture
def months(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n")
    run("import", str(path))


def _report(cli: Callable, *args: str) -> dict:
    result = cli("report", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _span(report: dict) -> tuple[str, str]:
    return report["window"]["start"], report["window"]["end"]


def _refused(cli: Callable, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 2, result.stdout
    return result.stderr


@pytest.mark.usefixtures("months")
def test_a_period_open_at_either_end_closes_on_the_records(cli: Callable) -> None:
    # ..2024-02: from the first record (1 January) to the end of February.
    report = _report(cli, "--period", "..2024-02", "--region", "a")
    assert _span(report) == ("2024-01-01", "2024-02-29")
    assert report["rows"][0]["area_km2"] == 31 + 58
    # 2024-02..: from 1 February to the last record (31 March).
    report = _report(cli, "--period", "2024-02..", "--region", "a")
    assert _span(report) == ("2024-02-01", "2024-03-31")
    assert report["rows"][0]["area_km2"] == 58 + 93


@pytest.mark.usefixtures("months")
def test_from_and_to_on_the_same_day_is_a_one_day_window(cli: Callable) -> None:
    report = _report(cli, "--from", "2024-02-10", "--to", "2024-02-10")
    assert _span(report) == ("2024-02-10", "2024-02-10")
    (row,) = report["rows"]
    # One day of February's 58 km² over 29 days.
    assert (row["area_km2"], row["days"], row["prorated"]) == (2.0, 1, True)


@pytest.mark.usefixtures("months")
def test_to_reads_events_and_names_itself_when_refused(cli: Callable) -> None:
    # The invasion (2022-02-24) plus 730 days is 2024-02-24 (no 29 February
    # between), so plus 700 is 2024-01-25.
    report = _report(cli, "--from", "2024-01-01", "--to", "invasion+700d")
    assert _span(report) == ("2024-01-01", "2024-01-25")
    assert report["rows"][0]["area_km2"] == pytest.approx(25.0)
    assert _refused(cli, "report", "--to", "nonsense") == (
        f"frontline: error: to: 'nonsense' is neither a date nor an event {EVENTS}\n"
    )


@pytest.mark.usefixtures("months")
def test_last_30_days_end_on_the_newest_figure_of_the_scope(cli: Callable) -> None:
    # Region b's newest figure ends on 31 January (a's on 31 March): 2..31
    # January, 30 of its 31 days of 62 km².
    report = _report(cli, "--period", "last-30d", "--region", "b")
    assert _span(report) == ("2024-01-02", "2024-01-31")
    assert report["rows"][0]["area_km2"] == pytest.approx(60.0)
    # Region a's ends on 31 March: 2..31 March, 30 × 3 km².
    report = _report(cli, "--period", "last-30d", "--region", "a")
    assert _span(report) == ("2024-03-02", "2024-03-31")
    assert report["rows"][0]["area_km2"] == pytest.approx(90.0)


@pytest.mark.usefixtures("months")
def test_last_30_days_of_a_scope_without_figures_is_refused(cli: Callable) -> None:
    # Region a and layer advances are both known, but no record has both.
    stderr = _refused(
        cli, "report", "--period", "last-30d", "--region", "a", "--layer", "advances"
    )
    assert stderr == (
        "frontline: error: period: 'last-30d' ends on the newest figure, "
        "and none is in scope\n"
    )


@pytest.mark.usefixtures("months")
def test_compare_with_the_last_30_days_or_an_event(cli: Callable) -> None:
    # February against the 30 days ending on the newest figure (2..31 March).
    report = _report(cli, "--period", "2024-02", "--compare", "last-30d")
    assert (report["baseline"]["start"], report["baseline"]["end"]) == (
        "2024-03-02",
        "2024-03-31",
    )
    (a,) = report["comparisons"]
    assert (a["region"], a["area_km2"]) == ("a", 58.0)
    assert a["baseline_area_km2"] == pytest.approx(90.0)
    # An event's offset as the baseline: invasion+700d..+706d is 25..31 January.
    report = _report(
        cli, "--period", "2024-02", "--compare", "invasion+700d..invasion+706d"
    )
    assert (report["baseline"]["start"], report["baseline"]["end"]) == (
        "2024-01-25",
        "2024-01-31",
    )
    assert report["comparisons"][0]["baseline_area_km2"] == pytest.approx(7.0)
    assert _refused(cli, "report", "--compare", "alsaka+1d") == (
        f"frontline: error: compare: 'alsaka' is neither a date nor an event {EVENTS}\n"
    )


@pytest.mark.usefixtures("months")
def test_held_and_project_read_days_named_by_events(cli: Callable) -> None:
    result = cli("held", "--on", "invasion+700d", "--on", "2024-01-10", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["days"] == ["2024-01-25", "2024-01-10"]
    result = cli("project", "--until", "invasion+800d", "-f", "json")
    assert result.exit_code == 0, result.stderr
    # 100 days after 25 January: 6 + 29 + 31 + 30 to 30 April, then 4 more.
    assert json.loads(result.stdout)["until"] == "2024-05-04"


@pytest.mark.usefixtures("months")
def test_a_year_with_a_baseline_day_or_until_named_by_events(db_path: Path) -> None:
    # The events are read only when something names one; a year never does, but
    # a comparison, a day or an end given beside it may. invasion is 2022-02-24,
    # 730 days later 2024-02-24, so +700d is 25 January 2024 and +706d the 31st.
    with closing(sqlite3.connect(db_path)) as conn:
        spec = ReportSpec.build(conn, year=2024, compare="invasion+700d..invasion+706d")
        assert spec.window == parse_period("2024")
        assert spec.baseline is not None
        assert (spec.baseline.start, spec.baseline.end) == (
            date(2024, 1, 25),
            date(2024, 1, 31),
        )
        spec = ReportSpec.build(conn, "held", year=2024, on=["invasion+700d"])
        assert spec.days == (date(2024, 1, 25),)
        # 100 days after 25 January: 6 + 29 + 31 + 30 to 30 April, then 4 more.
        spec = ReportSpec.build(conn, "project", year=2024, until="invasion+800d")
        assert spec.until == date(2024, 5, 4)


@pytest.mark.usefixtures("months")
def test_a_year_reads_no_events_and_a_period_does(db_path: Path) -> None:
    # A report by --year alone names no event: its start-up reads none.
    with closing(sqlite3.connect(db_path)) as conn:
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        assert ReportSpec.build(conn, year=2024).window == parse_period("2024")
        assert statements == []
        assert ReportSpec.build(conn, period="2024").window == parse_period("2024")
        assert [s for s in statements if "events" in s] == [
            "SELECT name, day FROM events"
        ]


def test_reach_names_itself_when_not_an_area(cli: Callable) -> None:
    assert _refused(cli, "project", "--reach", "lots") == (
        "frontline: error: reach: 'lots' is not a number\n"
    )


def test_year_one_and_year_9999_are_years() -> None:
    spec = ReportOptions.parse(year=1, no_compare=True).resolve(None)
    assert spec.window is not None
    assert (spec.window.start, spec.window.end) == (date(1, 1, 1), date(1, 12, 31))
    spec = ReportOptions.parse(year=9999, no_compare=True).resolve(None)
    assert spec.window is not None
    assert (spec.window.start, spec.window.end) == (
        date(9999, 1, 1),
        date(9999, 12, 31),
    )


def test_options_built_directly_compare_only_when_told() -> None:
    # The constructor's default is no comparison; `parse` turns it on for report.
    spec = ReportOptions(ReportSpec(), year=2024).resolve(None)
    assert (spec.window, spec.baseline) == (parse_period("2024"), None)
    told = ReportOptions(ReportSpec(), year=2024, previous=True).resolve(None)
    assert told.baseline == parse_period("2023")


@pytest.mark.usefixtures("months")
def test_build_is_for_the_question_asked(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        # A report of 2024 compares with 2023; a balance of 2024 does not.
        assert ReportSpec.build(conn, year=2024).baseline == parse_period("2023")
        spec = ReportSpec.build(conn, "balance", year=2024)
        assert (spec.question, spec.baseline) == ("balance", None)
        # Names are spelt as stored ("A" → "a"), and with_scope narrows a spec.
        spec = ReportSpec.build(conn, period="2024-01", region="A", no_compare=True)
        assert spec.scope == Scope(region="a")
        (row,) = spec.report(conn).rows
        assert (row.key[1], row.integral.total) == ("a", 31.0)
        narrowed = spec.with_scope(Scope(region="b"))
        assert narrowed.scope == Scope(region="b")
        (row,) = narrowed.report(conn).rows
        assert (row.key[1], row.integral.total) == ("b", 62.0)
