"""The questions newsrooms ask: pivots, records and streaks, named and relative
periods — each figure worked out by hand from `tests/newsroom.py`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from tests.newsroom import load

MONTHS = {
    "2025-01": 310,
    "2025-02": 700,
    "2025-03": -83.4,
    "2025-04": 140.4,
    "2025-05": 465,
    "2025-06": 600,
}


@pytest.fixture
def daily(cli, tmp_path):  # type: ignore[no-untyped-def]
    load(cli, tmp_path)
    return cli


def _json(result):  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- pivot ----------------------------------------------------------------------


def test_pivot_csv_has_series_fields_buckets_then_total(daily):
    result = daily(
        "report", "--period", "2025-H1", "--by", "month", "--pivot", "-f", "csv"
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["actor", "region", "layer", "source", *MONTHS, "total"]
    values = rows[1]
    assert values[:4] == ["russia", "donetsk", "control", "Daily"]
    for cell, expected in zip(values[4:10], MONTHS.values(), strict=True):
        assert float(cell) == pytest.approx(expected)
    assert float(values[10]) == pytest.approx(2132)  # 3,132 − 1,000


def test_pivot_json_rows_and_bucket_labels(daily):
    data = _json(
        daily(
            "report", "--period", "2025-H1", "--by", "quarter", "--pivot", "-f", "json"
        )
    )
    assert data["buckets"] == ["2025-Q1", "2025-Q2"]
    row = data["rows"][0]
    assert row["2025-Q1"] == pytest.approx(310 + 700 - 83.4)
    assert row["2025-Q2"] == pytest.approx(140.4 + 465 + 600)
    assert row["total"] == pytest.approx(2132)


def test_pivot_table_drops_the_oldest_buckets_first(daily, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    result = daily("report", "--period", "2025-H1", "--by", "month", "--pivot")
    assert result.exit_code == 0, result.output
    heading = result.stdout.splitlines()[2]
    assert "2025-06" in heading and "total" in heading and "2025-01" not in heading
    assert "oldest months (2025-01.." in result.stdout
    assert "--wide shows all" in result.stdout


def test_pivot_wide_shows_every_bucket(daily, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    result = daily(
        "report", "--period", "2025-H1", "--by", "month", "--pivot", "--wide"
    )
    heading = result.stdout.splitlines()[2]
    assert all(label in heading for label in MONTHS)
    assert "−83.4" in result.stdout or "-83.4" in result.stdout


def test_pivot_needs_by(daily):
    result = daily("report", "--period", "2025-H1", "--pivot")
    assert result.exit_code == 2
    assert "pivot" in result.stderr and "--by" in result.stderr


# --- records and streaks -----------------------------------------------------------


def test_records_by_month(daily):
    row = _json(daily("records", "--by", "month", "--region", "donetsk", "-f", "json"))[
        "rows"
    ][0]
    assert row["largest"]["label"] == "2025-02"
    assert row["largest"]["area_km2"] == pytest.approx(700)
    assert row["smallest"]["label"] == "2025-03"
    assert row["smallest"]["area_km2"] == pytest.approx(-83.4)
    assert row["latest"]["label"] == "2025-06"
    assert row["latest"]["area_km2"] == pytest.approx(600)
    # 700 > 600 > 465 > 310 > 140.4 > −83.4
    assert row["latest_rank"] == 2
    assert row["ranked"] == 6
    assert row["largest_since"] == "2025-02"
    # 600 > 465 > 140.4 > −83.4, but −83.4 < 700
    assert row["rising_streak"] == 3
    assert row["net_positive_streak"] == 3
    assert row["net_negative_streak"] == 0


def test_records_ending_on_a_negative_month(daily):
    data = _json(
        daily("records", "--by", "month", "--period", "2025-01..2025-03", "-f", "json")
    )
    row = data["rows"][0]
    assert row["latest"]["label"] == "2025-03"
    assert row["latest_rank"] == 3
    assert row["largest_since"] == "2025-02"
    assert row["rising_streak"] == 0
    assert row["net_positive_streak"] == 0
    assert row["net_negative_streak"] == 1


def test_records_latest_largest_has_no_largest_since(daily):
    row = _json(
        daily("records", "--by", "month", "--period", "2025-04..2025-06", "-f", "json")
    )["rows"][0]
    assert row["latest_rank"] == 1
    assert row["largest_since"] is None
    assert row["rising_streak"] == 2


def test_records_table_says_it_in_words(daily):
    result = daily("records", "--by", "month")
    assert result.exit_code == 0, result.output
    assert "2025-06: 600 km², the largest since 2025-02; 2nd of 6" in result.stdout
    assert "rising 3 months in a row" in result.stdout


def test_records_csv_flattens_the_figures(daily):
    result = daily("records", "--by", "month", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["largest_label"] == "2025-02"
    assert float(rows[0]["smallest_km2"]) == pytest.approx(-83.4)


# --- named and relative periods ----------------------------------------------------


def _total(cli, *args):  # type: ignore[no-untyped-def]
    data = _json(cli("report", *args, "--no-compare", "-f", "json"))
    return data["window"], data["rows"][0]["area_km2"]


def test_half_year(daily):
    window, total = _total(daily, "--period", "2025-H1")
    assert (window["start"], window["end"], window["label"]) == (
        "2025-01-01",
        "2025-06-30",
        "2025-H1",
    )
    assert total == pytest.approx(2132)


def test_last_30_days_ends_on_the_newest_figure(daily):
    # 2025-05-22..2025-06-20: 10 × 15 + 20 × 30
    window, total = _total(daily, "--period", "last-30d")
    assert (window["start"], window["end"]) == ("2025-05-22", "2025-06-20")
    assert total == pytest.approx(750)


def test_last_4w_and_3m_and_as_of(daily):
    window, total = _total(daily, "--period", "last-4w", "--as-of", "2025-02-28")
    assert (window["start"], window["end"]) == ("2025-02-01", "2025-02-28")
    assert total == pytest.approx(700)
    window, total = _total(daily, "--period", "last-3m")
    # 2025-03-21..2025-06-20: 9 × −3 + 2 × 1.8 | 3 × 1.8 + 27 × 5 | 465 | 600
    assert (window["start"], window["end"]) == ("2025-03-21", "2025-06-20")
    assert total == pytest.approx(-27 + 3.6 + 140.4 + 465 + 600)


def test_events_with_offsets(daily):
    added = daily("event", "add", "alaska", "2025-05-15", "--source", "Reuters")
    assert added.exit_code == 0, added.output
    # 2025-05-16..2025-06-20: 16 × 15 + 20 × 30
    window, total = _total(daily, "--from", "alaska+1d")
    assert window["start"] == "2025-05-16"
    assert total == pytest.approx(840)
    window, total = _total(daily, "--period", "alaska-30d..alaska")
    assert (window["start"], window["end"]) == ("2025-04-15", "2025-05-15")
    assert total == pytest.approx(16 * 5 + 15 * 15)


def test_seeded_events_and_year_of_the_war(daily):
    listed = _json(daily("event", "list", "-f", "json"))
    named = {event["name"]: event for event in listed}
    assert named["invasion"]["day"] == "2022-02-24"
    assert named["kursk-incursion"]["day"] == "2024-08-06"
    assert named["invasion"]["source"]
    window, _ = _total(daily, "--period", "invasion+3y..invasion+4y-1d")
    assert (window["start"], window["end"]) == ("2025-02-24", "2026-02-23")


def test_unknown_event_names_the_known_ones(daily):
    result = daily("report", "--from", "alsaka")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "frontline: error: from: 'alsaka' is neither a date nor an event "
        "(events: invasion, kursk-incursion)"
    )


def test_event_rm_and_replace(daily):
    assert daily("event", "add", "truce", "2025-03-01").exit_code == 0
    again = daily("event", "add", "truce", "2025-03-02")
    assert again.exit_code == 2
    assert "--replace" in again.stderr
    assert daily("event", "add", "truce", "2025-03-02", "--replace").exit_code == 0
    assert daily("event", "rm", "truce").exit_code == 0
    gone = daily("event", "rm", "truce")
    assert gone.exit_code == 2
    assert "no event 'truce'" in gone.stderr


# --- time to a target --------------------------------------------------------------


def test_reach_an_area_at_the_past_30_days_pace(daily):
    from datetime import date, timedelta

    # 2025-05-22..2025-06-20: 750 km² over 30 days = 25 a day; from 3,132 on
    # 2025-06-20, 1,868 km² more take 74.72 days: reached on the 75th.
    data = _json(daily("project", "--reach", "5000", "--window", "30d", "-f", "json"))
    row = data["rows"][0]
    assert row["rate_km2_per_day"] == pytest.approx(25)
    assert row["holding_km2"] == pytest.approx(3132)
    assert row["reach_km2"] == 5000
    assert row["days_to_reach"] == 75
    assert row["reach_date"] == (date(2025, 6, 20) + timedelta(days=75)).isoformat()
    assert row["years_to_reach"] == pytest.approx(75 / 365.25)


def test_reach_all_of_the_region(daily):
    from datetime import date, timedelta

    # (26,517 − 3,132) / 25 = 935.4 → 936 days
    data = _json(daily("project", "--reach", "all", "--window", "30d", "-f", "json"))
    row = data["rows"][0]
    assert row["reach_km2"] == 26517
    assert row["days_to_reach"] == 936
    assert row["reach_date"] == (date(2025, 6, 20) + timedelta(days=936)).isoformat()
    assert row["years_to_reach"] == pytest.approx(936 / 365.25)


def test_reach_never_at_a_falling_rate(daily):
    # March: −83.4 km² over 31 days
    result = daily("project", "--reach", "all", "--window", "2025-03")
    assert result.exit_code == 0, result.output
    assert "never at this rate" in result.stdout
    row = _json(
        daily("project", "--reach", "all", "--window", "2025-03", "-f", "json")
    )["rows"][0]
    assert row["rate_km2_per_day"] == pytest.approx(-83.4 / 31)
    assert row["reach_date"] is None
    assert row["days_to_reach"] is None
    assert row["years_to_reach"] is None


def test_project_needs_until_or_reach(daily):
    result = daily("project")
    assert result.exit_code == 2
    assert "give --until DATE or --reach AREA|all" in result.stderr


# --- a year apart: the change between held days -----------------------------------


def test_held_change_between_days_in_km2_and_points(daily):
    data = _json(
        daily("held", "--on", "2025-01-31", "--on", "2025-05-31", "-f", "json")
    )
    first, second = data["rows"]
    assert first["change_km2"] is None and first["share_change_pp"] is None
    assert second["holding_km2"] == pytest.approx(2532)
    assert second["change_km2"] == pytest.approx(2532 - 1310)
    assert second["share_change_pp"] == pytest.approx(100 * 1222 / 26517)


def test_held_change_without_a_region_area_has_no_points(daily):
    daily("region", "set", "donetsk", "--area", "26517")
    result = _json(
        daily("held", "--on", "2025-02-28", "--on", "2025-03-31", "-f", "json")
    )
    # 2025-03-31: 1,923 on 03-29 plus 2 × 1.8 of the gap
    assert result["rows"][1]["change_km2"] == pytest.approx(1926.6 - 2010)


# --- charts one can publish ---------------------------------------------------------


def test_chart_title_credit_and_coverage_marks(daily, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "gains.svg"
    result = daily(
        "chart", "--period", "2025-01..2025-06", "--by", "month", "-o", str(out),
        "--title", "Russia's gains in Donetsk", "--credit", "Chart: The Desk",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    assert "Russia's gains in Donetsk" in svg or "Russia&#39;s gains in Donetsk" in svg
    assert 'id="chart-credit"' in svg and "Chart: The Desk" in svg
    # June has figures on 20 of its 30 days: 67 %; the other months are whole.
    assert 'id="series-0-coverage-5"' in svg
    assert "67% covered" in svg
    assert svg.count("-coverage-") == 1


def test_chart_size_in_pixels(daily, tmp_path):
    pytest.importorskip("matplotlib")
    import struct

    png = tmp_path / "gains.png"
    result = daily("chart", "--by", "month", "-o", str(png), "--size", "800x600")
    assert result.exit_code == 0, result.output
    assert struct.unpack(">II", png.read_bytes()[16:24]) == (800, 600)
    svg = tmp_path / "gains.svg"
    assert (
        daily("chart", "--by", "month", "-o", str(svg), "--size", "1600x900").exit_code
        == 0
    )
    # 12 in wide, the same 16:9 aspect: 864 × 486 pt
    assert 'width="864pt" height="486pt"' in svg.read_text(encoding="utf-8")


def test_cumulative_chart_says_which_days_each_source_covers(daily, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "total.svg"
    result = daily(
        "chart",
        "--period",
        "2025-01..2025-06",
        "--by",
        "month",
        "--cumulative",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    # 1 Jan..20 Jun: 171 of the 181 days of the first half.
    assert "Days with figures: russia in donetsk · Daily 171 of 181" in out.read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--size", "800"), "size: '800' is not WIDTHxHEIGHT in pixels (1200x675)"),
        (("--size", "50x50"), "size: '50x50': each side must be 100 to 10000 pixels"),
    ],
)
def test_chart_size_refused(daily, tmp_path, args, message):
    result = daily("chart", "--by", "month", "-o", str(tmp_path / "c.png"), *args)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"


def test_chart_looks_go_with_a_file(daily):
    result = daily("chart", "--by", "month", "--title", "x")
    assert result.exit_code == 2
    assert result.stderr == "frontline: error: title: --title goes with -o FILE\n"


def test_pivot_total_is_the_window_integral_with_its_own_bound(daily, monkeypatch):
    # March and April share the 9 km² spread over 30 March..3 April, so each is
    # prorated (~); the half-year holds that figure whole: exact.
    result = daily(
        "report", "--period", "2025-H1", "--by", "month", "--pivot", "--wide"
    )
    line = result.stdout.splitlines()[4]
    assert line.split()[-7:] == [
        "310",
        "700",
        "~-83.4",
        "~140.4",
        "465",
        "600",
        "2,132",
    ]


# --- the library face ---------------------------------------------------------------


def test_tracker_records_event_pivot_and_reach(daily, db_path):
    import frontline

    with frontline.open(db_path) as t:
        (row,) = t.records(by="month", region="donetsk")
        assert (row["latest_rank"], row["largest_since"]) == (2, "2025-02")
        assert t.event("add", "alaska", "2025-05-15", source="Reuters") == "added"
        assert {"name": "alaska", "day": "2025-05-15", "source": "Reuters",
                "note": None} in t.event("list")  # fmt: skip
        (total,) = t.report(from_="alaska+1d", no_compare=True)
        assert total["area_km2"] == pytest.approx(840)
        (wide,) = t.report(period="2025-H1", by="quarter", pivot=True)
        assert wide["total"] == pytest.approx(2132)
        (reach,) = t.project(reach=5000, window="30d")
        assert reach["days_to_reach"] == 75
        assert t.event("rm", "alaska") is True


def test_compare_with_an_event_span(daily):
    assert daily("event", "add", "alaska", "2025-08-15").exit_code == 0
    data = _json(
        daily(
            "report",
            "--period",
            "last-30d",
            "--compare",
            "alaska-120d..alaska-91d",
            "-f",
            "json",
        )
    )
    assert (data["baseline"]["start"], data["baseline"]["end"]) == (
        "2025-04-17",
        "2025-05-16",
    )
    (comparison,) = data["comparisons"]
    # 14 × 5 + 16 × 15 against 10 × 15 + 20 × 30
    assert comparison["baseline_area_km2"] == pytest.approx(310)
    assert comparison["area_km2"] == pytest.approx(750)


@pytest.mark.parametrize("name", ["last-30d", "truce-3d"])
def test_event_names_that_read_as_periods_are_refused(daily, name):
    result = daily("event", "add", name, "2025-03-01")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: name: {name!r} reads as a period or an offset, not a name\n"
    )


def test_pivot_markdown(daily):
    result = daily(
        "report", "--period", "2025-Q1", "--by", "month", "--pivot", "-f", "markdown"
    )
    assert result.exit_code == 0, result.output
    assert "| series | source | 2025-01 | 2025-02 | 2025-03 | total |" in result.stdout
    assert (
        "| russia in donetsk | Daily | 310 | 700 | ~-83.4 | ~926.6 |" in result.stdout
    )
