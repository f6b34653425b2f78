"""A report's rows become the chart description: which number each kind shows,
and the words around it."""

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


@pytest.fixture
def seeded(tmp_path):
    location = db.locate(str(tmp_path / "seed.db"))
    conn = db.open_for_write(location)
    store.write_records(conn, seed_records())
    return conn


def monthly(conn, region="ukraine"):
    return report(conn, Scope(region=region), parse_period("2024"), "month")


def test_bars_are_each_months_total_with_its_bound(seeded):
    spec = chart_spec(monthly(seeded), "bars")
    assert spec.title == "Russia's gains in Ukraine, by month"
    assert spec.period == "2024 (2024-01-01 to 2024-12-31)"
    assert spec.sources == ("ISW",)
    (series,) = spec.series
    assert series.label == "russia in ukraine · ISW"
    assert len(series.points) == 12
    january = series.points[0]
    # 31 days of the 2,700's remainder rate (2700 - 1000) / 260.
    assert (january.start, january.end) == (date(2024, 1, 1), date(2024, 1, 31))
    assert january.value == pytest.approx(31 * 1700 / 260)
    assert january.bound == "approx"
    assert series.points[11].value is None  # December: no figure


def test_cumulative_ends_on_the_whole_figure(seeded):
    (series,) = chart_spec(monthly(seeded), "cumulative").series
    assert series.points[2].value == pytest.approx(91 * 1700 / 260)  # to 31 March
    assert series.points[10].value == pytest.approx(2700)
    assert series.points[10].bound == "approx"


def test_held_is_the_holding_at_each_months_end(seeded):
    spec = chart_spec(monthly(seeded), "held")
    assert spec.title == "Area of Ukraine held by Russia, by month"
    (series,) = spec.series
    november = series.points[10]
    assert (november.end, november.value, november.bound) == (
        date(2024, 11, 19),
        110649,
        "exact",
    )
    assert series.points[11].value is None


def test_held_leaves_out_series_without_holdings_and_says_so(seeded):
    spec = chart_spec(monthly(seeded, region="kursk"), "held")
    assert spec.series == ()
    assert spec.title == "Area held, by month"
    assert spec.note.endswith(
        "No holdings for russia in kursk · ISW, ukraine in kursk · ISW, "
        "ukraine in kursk · Ukrainian General Staff."
    )


def test_an_unknown_kind_is_a_programming_error(seeded):
    with pytest.raises(ValueError, match="unknown chart kind 'pie'"):
        chart_spec(monthly(seeded), "pie")


# --- chart -o through the command line ---------------------------------------------


def test_chart_output_writes_an_svg_of_the_held_line(cli, tmp_path):
    pytest.importorskip("matplotlib")
    cli("seed")
    target = tmp_path / "held.svg"
    result = cli(
        "chart", "--year", "2024", "--by", "month", "--region", "ukraine",
        "--held", "-o", str(target),
    )  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr == f"chart: wrote {target} (1 series, 11 figures)\n"
    assert result.stdout == ""
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<?xml")
    assert "Area of Ukraine held by Russia, by month" in svg
    assert "Source: ISW; frontline" in svg
    # Eleven month ends with a figure (December has none): one point each.
    points = [f'id="series-0-point-{n}"' in svg for n in range(12)]
    assert points == [True] * 11 + [False]


def test_chart_output_writes_a_png_of_the_cumulative_total(cli, tmp_path):
    pytest.importorskip("matplotlib")
    cli("seed")
    target = tmp_path / "cumulative.png"
    result = cli(
        "chart", "--year", "2024", "--by", "quarter", "--region", "ukraine",
        "--cumulative", "-o", str(target),
    )  # fmt: skip
    assert result.exit_code == 0
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200  # IHDR width


def test_chart_output_refuses_an_unknown_format_and_writes_nothing(cli, tmp_path):
    cli("seed")
    result = cli("chart", "--year", "2024", "-o", str(tmp_path / "c.pdf"))
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: output: cannot tell the chart format from 'c.pdf'; "
        "use a name ending in .svg, .png or .html\n"
    )
    assert not (tmp_path / "c.pdf").exists()


def test_chart_output_never_overwrites_the_database(cli, db_path):
    from conftest import dump

    cli("seed")
    before = dump(db_path)
    result = cli("chart", "--year", "2024", "-o", str(db_path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: output: {db_path} is the database ({db_path}) or one "
        "of its files; write the chart to another file\n"
    )
    assert dump(db_path) == before
