"""map-diff: gross gains and losses between kept snapshots, against closed forms,
and its net against the ordinary report's holding change for the same days."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from frontline.ingest import shapes
from frontline.model import geometry
from newsroom import box
from test_deepstate import FILE_2023, FILE_2024

SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=mine")


def snapshot(path: Path, *boxes: tuple[float, float, float, float]) -> Path:
    features = [
        {"type": "Feature", "properties": {}, "geometry": box(*b)} for b in boxes
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


# Day 1 holds 37.0–37.2°E, day 2 37.1–37.4°E, both 48.0–48.1°N: 37.2–37.4 was
# gained, 37.0–37.1 lost. A zone's area is linear in its width of longitude.
GAINED = zone_km2(37.2, 37.4, 48.0, 48.1)
LOST = zone_km2(37.0, 37.1, 48.0, 48.1)


@pytest.fixture
def two_days(cli, db_path, tmp_path):
    first = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    second = snapshot(tmp_path / "m_20240310.geojson", (37.1, 37.4, 48.0, 48.1))
    assert cli("import", str(first), str(second), *SET).exit_code == 0
    return first, second


def diff_json(cli, *args: str) -> dict:
    result = cli("map-diff", *args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_gained_and_lost_match_the_closed_form(cli, two_days):
    data = diff_json(cli, "--from", "2024-03-01", "--to", "2024-03-10")
    (row,) = data["rows"]
    assert row["gained_km2"] == pytest.approx(GAINED, rel=1e-6)
    assert row["lost_km2"] == pytest.approx(LOST, rel=1e-6)
    assert row["net_km2"] == pytest.approx(GAINED - LOST, rel=1e-6)
    assert row["gained_km2"] - row["lost_km2"] == pytest.approx(
        row["net_km2"], rel=1e-6
    )


def test_the_json_keys_and_the_days_used(cli, two_days):
    data = diff_json(cli, "--from", "2024-03-05", "--to", "2024-03-31")
    assert list(data) == ["from", "to", "filters", "rows", "missing"]
    assert (data["from"], data["to"]) == ("2024-03-05", "2024-03-31")
    (row,) = data["rows"]
    assert list(row) == [
        "actor",
        "region",
        "layer",
        "source",
        "within",
        "from_day",
        "to_day",
        "from_record",
        "to_record",
        "gained_km2",
        "lost_km2",
        "net_km2",
    ]
    assert (row["from_day"], row["to_day"]) == ("2024-03-01", "2024-03-10")
    assert (row["from_record"], row["to_record"]) == (1, 2)


def test_net_equals_the_reports_holding_change(cli, two_days):
    diff = diff_json(cli, "--from", "2024-03-01", "--to", "2024-03-10")
    report = cli(
        "report",
        "--from",
        "2024-03-02",
        "--to",
        "2024-03-10",
        "--no-compare",
        "-f",
        "json",
    )
    (row,) = json.loads(report.stdout)["rows"]
    assert diff["rows"][0]["net_km2"] == row["area_km2"]


def test_net_equals_the_report_for_every_deepstate_layer(cli, db_path):
    assert cli("import", str(FILE_2023), str(FILE_2024)).exit_code == 0
    diff = diff_json(cli, "--from", "2023-03-01", "--to", "2024-03-16")
    report = cli(
        "report",
        "--from",
        "2023-03-02",
        "--to",
        "2024-03-16",
        "--no-compare",
        "-f",
        "json",
    )
    totals = {
        (r["actor"], r["layer"]): r["area_km2"]
        for r in json.loads(report.stdout)["rows"]
    }
    assert len(diff["rows"]) == 4
    for row in diff["rows"]:
        assert row["net_km2"] == totals[(row["actor"], row["layer"])]
        assert row["gained_km2"] - row["lost_km2"] == pytest.approx(
            row["net_km2"], abs=1e-6
        )


def test_a_series_without_a_snapshot_by_the_first_day_is_missing(cli, two_days):
    data = diff_json(cli, "--from", "2024-02-01", "--to", "2024-03-10")
    assert data["rows"] == []
    assert data["missing"] == [
        {
            "actor": "russia",
            "region": "ukraine",
            "layer": "control",
            "source": "mine",
            "reason": "no snapshot on or before 2024-02-01; the first is on 2024-03-01",
        }
    ]


def test_the_same_snapshot_twice_changes_nothing(cli, two_days):
    (row,) = diff_json(cli, "--from", "2024-03-10", "--to", "2024-03-20")["rows"]
    assert (row["gained_km2"], row["lost_km2"], row["net_km2"]) == (0.0, 0.0, 0.0)


def test_filters_select_series(cli, db_path):
    cli("import", str(FILE_2023), str(FILE_2024))
    data = diff_json(
        cli, "--from", "2023-03-01", "--to", "2024-03-16", "--layer", "liberated"
    )
    assert [(r["actor"], r["layer"]) for r in data["rows"]] == [
        ("ukraine", "liberated")
    ]
    assert data["filters"]["layer"] == "liberated"


def test_a_name_that_matches_nothing_is_refused(cli, db_path):
    cli("import", str(FILE_2023), str(FILE_2024))
    before = cli("export", "-f", "csv").stdout
    result = cli(
        "map-diff", "--from", "2023-03-01", "--to", "2024-03-16", "--layer", "nolayer"
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: no layer 'nolayer'; known: "
        "control, liberated, contested, pre-2022\n"
    )
    assert cli("export", "-f", "csv").stdout == before


def test_names_match_whatever_their_case(cli, db_path):
    cli("import", str(FILE_2023), str(FILE_2024))
    data = diff_json(
        cli, "--from", "2023-03-01", "--to", "2024-03-16", "--source", "deepstate"
    )
    assert {r["source"] for r in data["rows"]} == {"DeepState"}
    assert data["filters"]["source"] == "DeepState"


def test_the_table(cli, two_days):
    result = cli("map-diff", "--from", "2024-03-01", "--to", "2024-03-10")
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0].strip() == (
        "Gains and losses, snapshots 2024-03-01 → 2024-03-10 (mine)"
    )
    assert lines[2].split() == [
        "actor",
        "region",
        "layer",
        "gained",
        "km²",
        "lost",
        "km²",
        "net",
        "km²",
    ]
    assert lines[4].split() == [
        "russia",
        "ukraine",
        "control",
        "165.8",
        "82.9",
        "+82.9",
    ]


def test_rows_with_other_days_show_them(cli, two_days, tmp_path):
    other = snapshot(tmp_path / "o_20240305.geojson", (37.0, 37.1, 48.0, 48.1))
    cli("import", str(other), *SET[:2], "--set", "region=kursk", "--set", "source=b")
    result = cli("map-diff", "--from", "2024-03-05", "--to", "2024-03-10")
    lines = [line.split() for line in result.stdout.splitlines()]
    assert lines[2][:5] == ["actor", "region", "layer", "source", "snapshots"]
    assert lines[4][:7] == [
        "russia",
        "kursk",
        "control",
        "b",
        "2024-03-05",
        "→",
        "2024-03-05",
    ]


def test_csv_has_the_json_keys(cli, two_days):
    result = cli("map-diff", "--from", "2024-03-01", "--to", "2024-03-10", "-f", "csv")
    header, row = result.stdout.splitlines()
    assert header == (
        "actor,region,layer,source,within,from_day,to_day,from_record,to_record,"
        "gained_km2,lost_km2,net_km2"
    )
    assert row.startswith("russia,ukraine,control,mine,,2024-03-01,2024-03-10,1,2,")


def test_geojson_writes_the_gained_and_lost_polygons(cli, two_days):
    result = cli(
        "map-diff", "--from", "2024-03-01", "--to", "2024-03-10", "-f", "geojson"
    )
    assert result.exit_code == 0
    features = json.loads(result.stdout)["features"]
    assert [f["properties"]["change"] for f in features] == ["gained", "lost"]
    gained, lost = (shapes.polygons_of(f["geometry"]) for f in features)
    assert geometry.geodesic_area_km2(gained) == pytest.approx(GAINED, rel=1e-6)
    assert geometry.geodesic_area_km2(lost) == pytest.approx(LOST, rel=1e-6)
    assert features[0]["properties"]["area_km2"] == pytest.approx(GAINED, rel=1e-6)
    assert gained.bounds == pytest.approx((37.2, 48.0, 37.4, 48.1))


def test_to_before_from_is_refused(cli, two_days):
    result = cli("map-diff", "--from", "2024-03-10", "--to", "2024-03-01")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "frontline: error: to: 2024-03-01 is before --from 2024-03-10\n"
    )


def test_a_database_without_shapes_has_nothing_to_compare(cli, db_path):
    cli("add", "100", "--actor", "russia", "--region", "kursk", "--on", "2024-01-01")
    result = cli("map-diff", "--from", "2024-01-01", "--to", "2024-02-01")
    assert result.exit_code == 0
    assert result.stdout.strip() == "no figures match"


def test_the_library_gives_the_snapshots_it_used(db_path, cli, two_days):
    from frontline.model.scope import Scope
    from frontline.reports.map_diff import map_diff
    from frontline.store import db

    conn = db.open_for_read(db.locate(str(db_path)))
    result = map_diff(conn, Scope(), date(2024, 3, 5), date(2024, 3, 31))
    (row,) = result.rows
    assert (row.first.day, row.last.day) == (date(2024, 3, 1), date(2024, 3, 10))
