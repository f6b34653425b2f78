"""The chart command's trailing rate (`chart --rolling`), in the terminal and in
a chart file, on the seed figures."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.ingest.seed import seed_records
from frontline.model.periods import parse_period
from frontline.model.scope import Scope
from frontline.render.chart_spec import chart_spec
from frontline.reports.window import report
from frontline.store import db
from frontline.store import records as store

QUARTERS = ["chart", "--year", "2024", "--by", "quarter", "--region", "ukraine"]


def test_rolling_chart_draws_the_trailing_rate_per_quarter(cli):
    cli("seed")
    result = cli(*QUARTERS, "--rolling", "30d")
    assert result.exit_code == 0, result.output
    # The 30 days to 30 September lie inside ISW's ">1000" over the 64 days
    # 2024-09-01..2024-11-03: 1000 / 64 = 15.625 km²/day, prorated (hence ~).
    # The 30 days to 31 March and to 30 June have the 2,700's remainder rate
    # (2700 - 1000) / 260 = 6.54; the 30 days to 31 December have no figure.
    assert result.stdout.splitlines() == [
        "Trailing 30-day rate by quarter, 2024 (2024-01-01..2024-12-31, 366 days), "
        "region ukraine",
        "",
        "russia in ukraine · ISW",
        "  2024-Q1  " + "█" * 20 + "▏ ~6.54 km²/day",
        "  2024-Q2  " + "█" * 20 + "▏ ~6.54 km²/day",
        "  2024-Q3  " + "█" * 48 + " ~15.6 km²/day",
        "  2024-Q4  — no figures",
    ]


def test_rolling_is_refused_with_cumulative_or_held(cli):
    cli("seed")
    for other in ("--cumulative", "--held"):
        result = cli(*QUARTERS, "--rolling", "30d", other)
        assert result.exit_code == 2
        assert result.stderr == (
            "frontline: error: rolling: give one of --cumulative, --held, --rolling\n"
        )


def test_rolling_length_is_parsed_as_report_parses_it(cli):
    cli("seed")
    result = cli(*QUARTERS, "--rolling", "30x")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: rolling: '30x' is not a length (use 90d, 12w, 3m or 1y)\n"
    )


def test_rolling_spec_has_a_point_per_bucket_end(tmp_path):
    conn = db.open_for_write(db.locate(str(tmp_path / "seed.db")))
    store.write_records(conn, seed_records())
    result = report(
        conn, Scope(region="ukraine"), parse_period("2024"), "quarter", rolling=30
    )
    spec = chart_spec(result, "rolling")
    assert spec.title == "Russia's pace in Ukraine: trailing 30-day rate, by quarter"
    assert spec.unit == "km²/day"
    (series,) = spec.series
    ends = [date(2024, 3, 31), date(2024, 6, 30), date(2024, 9, 30)]
    ends.append(date(2024, 12, 31))
    assert [(p.start, p.end) for p in series.points] == [(d, d) for d in ends]
    assert [p.value for p in series.points] == [
        pytest.approx(1700 / 260),
        pytest.approx(1700 / 260),
        15.625,
        None,
    ]
    assert [p.bound for p in series.points] == ["approx"] * 3 + ["exact"]


def test_rolling_chart_file_is_an_svg_line_with_a_point_per_figure(cli, tmp_path):
    pytest.importorskip("matplotlib")
    cli("seed")
    target = tmp_path / "pace.svg"
    args = ["chart", "--year", "2024", "--by", "month", "--region", "ukraine"]
    result = cli(*args, "--rolling", "30d", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"chart: wrote {target} (1 series, 11 figures)\n"
    svg = target.read_text(encoding="utf-8")
    assert "Russia's pace in Ukraine: trailing 30-day rate, by month" in svg
    assert "Trailing rate, km²/day" in svg
    # Eleven month ends with a figure in their 30 days (December has none).
    points = [f'id="series-0-point-{n}"' in svg for n in range(12)]
    assert points == [True] * 11 + [False]
