"""The report commands (report, chart, balance, project, check) driven through
Typer's runner, on figures added the way a user adds them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.model.records import Record
from frontline.store import db
from frontline.store import records as store

ISW_ADDS = (
    ("465", "russia", "ukraine", "2023-01-01", "2023-12-31", "ISW"),
    ("~2700", "russia", "ukraine", "2024-01-01", "2024-11-19", "ISW"),
    (">1000", "russia", "ukraine", "2024-09-01", "2024-11-03", "ISW"),
    (">1171", "ukraine", "kursk", "2024-08-06", "2024-09-05", "ISW"),
    ("~593", "russia", "kursk", "2024-10-01", "2024-11-19", "ISW"),
    ("40", "ukraine", "kursk", "2024-08-13", "2024-08-13", "Ukrainian General Staff"),
)


@pytest.fixture
def articles(cli: Callable) -> Callable:
    """The founding articles' figures, typed in with `frontline add`."""
    for area, actor, region, start, end, source in ISW_ADDS:
        result = cli(
            "add",
            area,
            "--actor",
            actor,
            "--region",
            region,
            "--from",
            start,
            "--to",
            end,
            "--source",
            source,
        )
        assert result.exit_code == 0, result.output
    held = cli(
        "add",
        "110649",
        "--holding",
        "--actor",
        "russia",
        "--region",
        "ukraine",
        "--on",
        "2024-11-19",
        "--source",
        "ISW",
    )
    assert held.exit_code == 0, held.output
    return cli


def run(cli: Callable, *args: str):
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result


def table_lines(text: str) -> list[str]:
    """The lines, checked to have no trailing spaces; each heavy rule, checked to be
    at least as wide as the header above it, becomes RULE."""
    raw = text.splitlines()
    lines = []
    for index, line in enumerate(raw):
        assert line == line.rstrip()
        if line.strip() and set(line.strip()) == {"━"}:
            assert line == " " + "━" * (len(line) - 1)
            assert len(line) >= len(raw[index - 1])
            lines.append("RULE")
        else:
            lines.append(line)
    return lines


def as_json(cli: Callable, *args: str) -> dict:
    return json.loads(run(cli, *args, "-f", "json").stdout)


def test_report_year_table(articles):
    result = run(articles, "report", "--year", "2024")
    assert result.stderr == ""
    assert table_lines(result.stdout) == [
        "Gains, 2024 (2024-01-01..2024-12-31, 366 days)",
        "",
        "  series              source                       km²      days   cover   km²/day   held km²",
        "RULE",
        "  russia in kursk     ISW                         ~593    50/366   13.7%     ~11.9",
        "  russia in ukraine   ISW                       ~2,700   324/366   88.5%     ~8.33   110,649¹",
        "  ukraine in kursk    ISW                       ≥1,171    31/366    8.5%     ≥37.8",
        "  ukraine in kursk    Ukrainian General Staff       40     1/366    0.3%      40.0",
        "",
        "2024 against 2023 (2023-01-01..2023-12-31)",
        "",
        "  series              source      km²   baseline km²   baseline cover   ratio   change km²   km²/day   baseline km²/day   rate ratio",
        "RULE",
        "  russia in ukraine   ISW      ~2,700            465             100%   5.81×       +2,235     ~8.33               1.27        6.54×",
        "",
        "Not compared: 3 series without figures in one of the two periods.",
        "Coverage below 100%: some days have no figure; totals count covered days only, "
        "and km²/day is per covered day.",
        "¹ held on 2024-11-19, the last day with figures",
    ]  # fmt: skip
    assert max(len(line) for line in result.stdout.splitlines()) <= 140


def test_report_json_pins_the_worked_numbers(articles):
    data = as_json(articles, "report", "--year", "2024", "--region", "ukraine")
    (row,) = data["rows"]
    assert set(row) >= {
        "actor", "region", "layer", "source", "start", "end", "area_km2", "bound",
        "days", "days_covered", "rate_km2_per_day", "cumulative_km2", "prorated",
    }  # fmt: skip
    assert row == {
        "actor": "russia", "region": "ukraine", "layer": "control", "source": "ISW",
        "period": "2024", "start": "2024-01-01", "end": "2024-12-31",
        "area_km2": 2700.0, "bound": "approx", "days": 366, "days_covered": 324,
        "coverage": 324 / 366, "rate_km2_per_day": 2700 / 324,
        "cumulative_km2": 2700.0, "cumulative_bound": "approx",
        "holding_km2": 110649.0, "holding_bound": "exact", "holding_on": "2024-11-19",
        "prorated": False, "share_of_region": None, "holding_share_of_region": None,
        "warnings": [],
    }  # fmt: skip
    (comparison,) = data["comparisons"]
    assert comparison["period"] == "2024" and comparison["baseline"] == "2023"
    assert round(comparison["area_ratio"], 2) == 5.81
    assert comparison["area_change_km2"] == 2235
    assert round(comparison["rate_ratio"], 2) == 6.54
    assert comparison["rate_ratio"] == pytest.approx((2700 / 324) / (465 / 365))
    assert data["warnings"] == []
    assert data["window"] == {
        "label": "2024", "start": "2024-01-01", "end": "2024-12-31", "days": 366,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("period", "area", "covered", "days", "bound"),
    [
        ("2024-10", 484.4, 31, 31, "approx"),
        ("2024-01", 202.7, 31, 31, "approx"),
        ("2024-09-01..2024-11-30", 1104.6, 80, 91, "approx"),
        ("2024-09..2024-11", 1104.6, 80, 91, "approx"),
        ("2024", 2700.0, 324, 366, "approx"),
        ("2024-09-01..2024-11-03", 1000.0, 64, 64, "at_least"),
        ("2023", 465.0, 365, 365, "exact"),
    ],
)
def test_report_periods_from_the_issue(articles, period, area, covered, days, bound):
    data = as_json(
        articles,
        "report",
        "--period",
        period,
        "--region",
        "ukraine",
        "--actor",
        "russia",
    )
    (row,) = data["rows"]
    assert (
        round(row["area_km2"], 1),
        row["days_covered"],
        row["days"],
        row["bound"],
    ) == (
        area,
        covered,
        days,
        bound,
    )


def test_autumn_rate_against_the_year_so_far(articles):
    data = as_json(
        articles,
        "report",
        "--period",
        "2024-09-01..2024-11-03",
        "--compare",
        "2024-01-01..2024-11-19",
        "--region",
        "ukraine",
    )
    (comparison,) = data["comparisons"]
    assert round(comparison["rate_km2_per_day"], 1) == 15.6
    assert round(comparison["baseline_rate_km2_per_day"], 1) == 8.3
    assert comparison["bound"] == "at_least"


def test_report_by_month_csv(articles):
    result = run(
        articles,
        "report",
        "--period",
        "2024-09..2024-11",
        "--by",
        "month",
        "--region",
        "ukraine",
        "--no-compare",
        "-f",
        "csv",
    )
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "actor,region,layer,source,period,start,end,area_km2,bound,days,days_covered,"
        "coverage,rate_km2_per_day,cumulative_km2,cumulative_bound,holding_km2,"
        "holding_bound,holding_on,prorated,share_of_region,holding_share_of_region"
    )
    rows = [line.split(",") for line in lines[1:]]
    assert [row[:7] + row[8:12] for row in rows] == [
        ["russia", "ukraine", "control", "ISW", "2024-09", "2024-09-01", "2024-09-30",
         "approx", "30", "30", "1.0"],
        ["russia", "ukraine", "control", "ISW", "2024-10", "2024-10-01", "2024-10-31",
         "approx", "31", "31", "1.0"],
        ["russia", "ukraine", "control", "ISW", "2024-11", "2024-11-01", "2024-11-30",
         "approx", "30", "19", "0.6333333333333333"],
    ]  # fmt: skip
    remainder = 1700 / 260
    numbers = [[float(row[i]) for i in (7, 12, 13, 15)] for row in rows]
    assert numbers == [
        pytest.approx(
            [468.75, 15.625, 468.75, 110649 - 484.375 - 46.875 - 16 * remainder]
        ),
        pytest.approx([484.375, 15.625, 953.125, 110649 - 46.875 - 16 * remainder]),
        pytest.approx(
            [
                46.875 + 16 * remainder,
                (46.875 + 16 * remainder) / 19,
                1000 + 16 * remainder,
                110649,
            ]
        ),
    ]
    assert [" ".join((row[14], row[16], row[17], row[18])) for row in rows] == [
        "approx approx 2024-09-30 true",
        "approx approx 2024-10-31 true",
        "approx exact 2024-11-19 true",
    ]
    assert result.stderr == ""


def test_from_alone_runs_to_the_latest_record(articles):
    data = as_json(
        articles, "report", "--from", "2024-10-01", "--region", "kursk", "--no-compare"
    )
    assert data["window"]["end"] == "2024-11-19"
    assert [(r["actor"], r["area_km2"]) for r in data["rows"]] == [("russia", 593.0)]
    assert data["baseline"] is None


def test_report_without_window_is_by_year(articles):
    data = as_json(articles, "report", "--region", "ukraine")
    assert data["by"] == "year" and data["comparisons"] == []
    assert [
        (r["period"], r["area_km2"], r["cumulative_km2"]) for r in data["rows"]
    ] == [
        ("2023", 465.0, 465.0),
        ("2024", 2700.0, 3165.0),
    ]


def test_empty_bucket_prints_a_dash_and_no_rate(articles):
    result = run(
        articles,
        "report",
        "--period",
        "2024-11..2024-12",
        "--by",
        "month",
        "--region",
        "ukraine",
        "--no-compare",
    )
    december = [line for line in result.stdout.splitlines() if "2024-12" in line][-1]
    assert december.split() == [
        "russia",
        "in",
        "ukraine",
        "ISW",
        "2024-12",
        "—",
        "0/31",
        "0%",
        "~151.5",
    ]
    assert "— no figure covers any day of the period." in result.stdout


def test_markdown_report(articles):
    result = run(
        articles, "report", "--year", "2024", "--region", "ukraine", "-f", "markdown"
    )
    assert result.stdout.splitlines()[:5] == [
        "**Gains, 2024 (2024-01-01..2024-12-31, 366 days), region ukraine**",
        "",
        "| series | source | km² | days | cover | km²/day | held km² |",
        "|---|---|---:|---:|---:|---:|---:|",
        "| russia in ukraine | ISW | ~2,700 | 324/366 | 88.5% | ~8.33 | 110,649¹ |",
    ]
    assert (
        "| russia in ukraine | ISW | ~2,700 | 465 | 100% | 5.81× | +2,235 | ~8.33 | 1.27 | 6.54× |"
        in result.stdout
    )


def test_balance_in_kursk(articles):
    result = run(articles, "balance", "--region", "kursk")
    assert table_lines(result.stdout) == [
        "Balance in kursk, 2024-08-06..2024-11-19 (106 days)",
        "",
        "  source                    actor     gained km²     days   retaken km²   retaken by   net km²   share retaken",
        "RULE",
        "  ISW                       ukraine       ≥1,171   31/106          ~593   russia          ~578          ~50.6%",
        "  ISW                       russia          ~593   50/106            —¹   ukraine",
        "  Ukrainian General Staff   ukraine           40    1/106            —²",
        "",
        "Actors are paired within one source: retaken = what the other actors gained here in the window from the first day this",
        "  actor's own gains began (gains made before it started gaining cannot take anything back); net = gained − retaken.",
        "Share retaken = retaken ÷ gained.",
        "¹ no figure from ukraine on 2024-10-01..2024-11-19, the days it would count: unknown, not 0",
        "² no figure from this source for any other actor here",
    ]  # fmt: skip
    data = as_json(articles, "balance", "--region", "kursk", "--source", "ISW")
    ukraine = data["rows"][0]
    assert (ukraine["actor"], ukraine["gained_km2"], ukraine["retaken_km2"]) == (
        "ukraine",
        1171.0,
        593.0,
    )
    assert round(ukraine["share_retaken"], 3) == 0.506
    assert (ukraine["net_km2"], ukraine["net_bound"], ukraine["retaken_by"]) == (
        578.0,
        "approx",
        ["russia"],
    )
    assert ukraine["retaken_from"] == "2024-08-06"
    assert ukraine["share_retaken_bound"] == "approx"
    russia = data["rows"][1]
    assert (russia["actor"], russia["retaken_km2"], russia["retaken_from"]) == (
        "russia",
        None,
        "2024-10-01",
    )
    assert russia["retaken_missing"] == "no-figures"
    assert (russia["net_km2"], russia["net_bound"], russia["share_retaken"]) == (
        None,
        None,
        None,
    )


def test_projection(articles):
    result = run(articles, "project", "--until", "2025-01-20", "--region", "ukraine")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == (
        "Projection to 2025-01-20 at the rate over the 90 days 2024-08-22..2024-11-19, "
        "region ukraine"
    )
    assert lines[4].split() == [
        "russia",
        "in",
        "ukraine",
        "ISW",
        "90/90",
        "~13.0",
        "2024-11-19",
        "62",
        "~806",
        "110,649",
        "~111,455",
    ]
    data = as_json(
        articles,
        "project",
        "--until",
        "20 Jan 2025",
        "--window",
        "2024-09-01..2024-11-03",
        "--region",
        "ukraine",
    )
    (row,) = data["rows"]
    assert (row["rate_km2_per_day"], row["rate_bound"], row["days_ahead"]) == (
        15.625,
        "at_least",
        62,
    )
    assert row["projected_gain_km2"] == 62 * 15.625
    assert row["projected_holding_km2"] == 110649 + 62 * 15.625
    assert data["trailing"] is False


def test_chart(articles):
    result = run(
        articles, "chart", "--year", "2024", "--by", "quarter", "--region", "ukraine"
    )
    assert result.stdout.splitlines() == [
        "Gains by quarter, 2024 (2024-01-01..2024-12-31, 366 days), region ukraine",
        "",
        "russia in ukraine · ISW",
        "  2024-Q1  " + "█" * 32 + "▋ ~595",
        "  2024-Q2  " + "█" * 32 + "▋ ~595",
        "  2024-Q3  " + "█" * 48 + " ~874.1",
        "  2024-Q4  " + "█" * 34 + "▉ ~635.9  (54.3% covered)",
    ]
    same = run(
        articles,
        "report",
        "--year",
        "2024",
        "--by",
        "quarter",
        "--region",
        "ukraine",
        "--chart",
    )
    assert same.stdout == result.stdout


def test_check_lists_problems(cli, db_path):
    conn = db.open_for_write(db.Location(db_path, "--db"))
    figures = [
        Record("change", "russia", "donetsk", date(2024, 1, 1), date(2024, 3, 31), 300),
        Record("change", "russia", "donetsk", date(2024, 3, 1), date(2024, 4, 30), 100),
        Record("change", "russia", "kharkiv", date(2024, 1, 1), date(2024, 1, 31), 50),
        Record("change", "russia", "kharkiv", date(2024, 1, 1), date(2024, 1, 10), 80),
    ]
    store.write_records(conn, [(r, None) for r in figures])
    result = run(cli, "check")
    assert result.stdout.splitlines() == [
        "2 problems in 2 series (4 records)",
        "",
        "crossing records: russia in donetsk (no source), 2024-01-01..2024-04-30",
        "  record #1 (300 km², 2024-01-01..2024-03-31) set aside: it overlaps record #2 "
        "(100 km², 2024-03-01..2024-04-30)",
        "  without either containing the other, and that one spans fewer days",
        "",
        "child larger than parent: russia in kharkiv (no source), 2024-01-01..2024-01-31",
        "  record #3 (50 km², 2024-01-01..2024-01-31) is smaller than the figures inside "
        "it (80 km²): its other 21 days get",
        "  -1.43 km²/day",
    ]
    data = as_json(cli, "check", "--region", "kharkiv")
    assert data["series"] == 1 and data["records"] == 2
    assert [(i["kind"], i["records"]) for i in data["issues"]] == [
        ("larger-child", [3, 4])
    ]
    report = run(
        cli, "report", "--period", "2024-Q1", "--region", "donetsk", "-f", "csv"
    )
    assert report.stderr == (
        "frontline: warning: conflict (russia in donetsk, no source): record #1 (300 km², "
        "2024-01-01..2024-03-31) set aside: it overlaps record #2 (100 km², "
        "2024-03-01..2024-04-30) without either containing the other, and that one spans "
        "fewer days\n"
    )
    table = run(cli, "report", "--period", "2024-Q1", "--region", "donetsk")
    assert table_lines(table.stdout)[4:] == [
        "  russia in donetsk²            ~50.8¹   31/91   34.1%     ~1.64",
        "",
        "Not compared: 1 series without figures in one of the two periods.",
        "Coverage below 100%: some days have no figure; totals count covered days only, "
        "and km²/day is per covered day.",
        "¹ prorated: the share of a longer figure that falls in the period, spread evenly "
        "over its days (an estimate, hence ~)",
        "² conflict (russia in donetsk, no source): record #1 (300 km², "
        "2024-01-01..2024-03-31) set aside: it overlaps record #2",
        "  (100 km², 2024-03-01..2024-04-30) without either containing the other, and "
        "that one spans fewer days",
    ]


def test_check_on_clean_data(articles):
    assert (
        run(articles, "check").stdout == "no problems found in 4 series (7 records)\n"
    )


def test_daily_holdings_report_exact_snapshot_differences(cli, db_path):
    conn = db.open_for_write(db.Location(db_path, "--db"))
    day, area, snapshots = date(2024, 1, 1), 100_000.0, {}
    while day <= date(2024, 12, 31):
        snapshots[day] = area
        area += (day.toordinal() * 7919) % 13 - 2.5
        day += timedelta(days=1)
    store.write_records(conn, [
        (Record("holding", "russia", "ukraine", d, d, a, source="DeepState"), None)
        for d, a in snapshots.items()
    ])  # fmt: skip
    for period, start, end in [
        ("2024-03", date(2024, 3, 1), date(2024, 3, 31)),
        ("2024-W36", date(2024, 9, 2), date(2024, 9, 8)),
        ("2024-02-10..2024-11-30", date(2024, 2, 10), date(2024, 11, 30)),
    ]:
        data = as_json(cli, "report", "--period", period)
        (row,) = data["rows"]
        expected = snapshots[end] - snapshots[start - timedelta(days=1)]
        assert row["area_km2"] == pytest.approx(expected, abs=1e-9)
        assert (row["bound"], row["prorated"], row["holding_km2"]) == (
            "exact",
            False,
            snapshots[end],
        )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--year", "2024", "--period", "2024"), "period: give --year or --period, not both"),
        (("--year", "2024", "--from", "2024-01-01"),
         "from: give --from/--to or --year/--period, not both"),
        (("--period", "2024-13"), "period: '2024-13' is not a period that exists"),
        (("--by", "fortnight"), "by: 'fortnight' is not one of year, quarter, month, week, day"),
        (("--from", "2024-11-03", "--to", "2024-09-01"), "to: 2024-09-01 is before --from 2024-11-03"),
        (("--from", "03/11/2024"), "from: '03/11/2024' is ambiguous (day/month or month/day?); "
         "write it as YYYY-MM-DD or like '3 Nov 2024'"),
        (("--year", "2024", "--compare", "2023", "--no-compare"),
         "compare: give --compare or --no-compare, not both"),
        (("--compare", "last year"), "compare: 'last year' is not a period (use 2024, "
         "2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
        (("--chart", "-f", "json"), "format: --chart draws text; leave --format at table"),
        (("--year", "0"), "year: 0 is not a year"),
        (("--actor", "Rus sia!"), "actor: 'Rus sia!' is not a valid name (letters, digits, '-', '_' and '.')"),
    ],
)  # fmt: skip
def test_report_input_errors(articles, args, message):
    result = articles("report", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"frontline: error: {message}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--until", "2024-11-01"),
         "until: 2024-11-01 is not after the latest figure (2024-11-19); nothing to project"),
        (("--until", "2025-01-20", "--window", "0d"), "window: '0d' must be at least one day"),
        (("--until", "2025-01-20", "--window", "lately"),
         "window: 'lately' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, "
         "2024-09-01 or A..B)"),
    ],
)  # fmt: skip
def test_project_input_errors(articles, args, message):
    result = articles("project", *args)
    assert (result.exit_code, result.stderr) == (2, f"frontline: error: {message}\n")


def test_reports_on_a_database_not_created_yet(cli, db_path: Path):
    missing = (
        f"frontline: error: no database at {db_path} "
        "(create one with `frontline add`, `import` or `seed`)\n"
    )
    for args in (
        ["report", "--year", "2024"],
        ["report", "--year", "2024", "-f", "json"],
        ["balance", "--region", "kursk"],
        ["check"],
        ["project", "--until", "2025-01-01"],
        ["held", "--on", "2024-11-19"],
        ["sources"],
    ):
        result = cli(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", missing)
    assert not db_path.parent.exists()


def test_seed_headline_numbers(cli):
    run(cli, "seed")
    data = as_json(
        cli,
        "report",
        "--year",
        "2024",
        "--region",
        "ukraine",
        "--actor",
        "russia",
        "--source",
        "ISW",
    )
    (comparison,) = data["comparisons"]
    assert (round(comparison["area_ratio"], 2), comparison["area_change_km2"]) == (
        5.81,
        2235,
    )
    assert round(comparison["rate_ratio"], 1) == 6.5
    balance = as_json(cli, "balance", "--region", "kursk", "--source", "ISW")
    ukraine = next(r for r in balance["rows"] if r["actor"] == "ukraine")
    assert round(100 * ukraine["share_retaken"], 1) == 50.6
    assert (ukraine["gained_km2"], ukraine["retaken_km2"]) == (1171.0, 593.0)
