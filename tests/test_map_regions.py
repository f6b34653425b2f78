"""Region boundaries: maps split into one holding per region plus `other`, the
parts adding up to the whole; map-diff split the same way; clear refusals."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from frontline.errors import InputError
from frontline.ingest.regions import read_regions, region_slug
from test_deepstate import FILE_2023

REGIONS = Path(__file__).parent / "fixtures" / "regions"
OBLASTS = REGIONS / "oblasts.geojson"
# West covers 36.0–37.15°E, East 37.1–38.0°E: the overlap goes to West (first).
HALVES = REGIONS / "halves.geojson"
SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=mine")


def box(west: float, east: float, south: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def snapshot(path: Path, *boxes: tuple[float, float, float, float]) -> Path:
    features = [
        {"type": "Feature", "properties": {}, "geometry": box(*b)} for b in boxes
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def areas(db_path: Path, layer: str = "control") -> dict[str, float]:
    with closing(sqlite3.connect(db_path)) as conn:
        return dict(
            conn.execute(
                "SELECT region, area_km2 FROM records WHERE layer = ? ORDER BY id",
                (layer,),
            ).fetchall()
        )


def test_a_plain_map_gets_a_holding_per_region_and_other(cli, db_path, tmp_path):
    path = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    result = cli(
        "import", str(path), *SET, "--regions", str(HALVES), "--region-key", "name"
    )
    assert result.exit_code == 0, result.output
    found = areas(db_path)
    assert list(found) == ["ukraine", "west", "east", "other"]
    assert found["ukraine"] == pytest.approx(zone_km2(37.0, 37.2, 48, 48.1), rel=1e-6)
    assert found["west"] == pytest.approx(zone_km2(37.0, 37.15, 48, 48.1), rel=1e-6)
    assert found["east"] == pytest.approx(zone_km2(37.15, 37.2, 48, 48.1), rel=1e-6)
    assert found["other"] == 0.0


def test_outside_every_region_is_other(cli, db_path, tmp_path):
    path = snapshot(tmp_path / "m_20240301.geojson", (37.9, 38.2, 48.0, 48.1))
    cli("import", str(path), *SET, "--regions", str(HALVES), "--region-key", "name")
    found = areas(db_path)
    assert found["east"] == pytest.approx(zone_km2(37.9, 38.0, 48, 48.1), rel=1e-6)
    assert found["other"] == pytest.approx(zone_km2(38.0, 38.2, 48, 48.1), rel=1e-6)


@pytest.mark.parametrize("layer", ["control", "pre-2022", "contested", "liberated"])
def test_deepstate_parts_add_up_to_the_whole(cli, db_path, layer):
    result = cli(
        "import", str(FILE_2023), "--regions", str(OBLASTS), "--region-key", "name"
    )
    assert result.exit_code == 0, result.output
    found = areas(db_path, layer)
    assert list(found) == [
        "ukraine",
        "donetsk-oblast",
        "luhansk-oblast",
        "crimea",
        "other",
    ]
    parts = sum(area for region, area in found.items() if region != "ukraine")
    assert parts == pytest.approx(found["ukraine"], rel=1e-6)


def test_deepstate_parts_match_the_closed_form(cli, db_path):
    cli("import", str(FILE_2023), "--regions", str(OBLASTS), "--region-key", "name")
    found = areas(db_path, "pre-2022")
    assert found["crimea"] == pytest.approx(
        zone_km2(34.0, 34.06, 45.0, 45.04), rel=1e-6
    )
    assert found["donetsk-oblast"] == pytest.approx(
        zone_km2(37.58, 37.66, 48.0, 48.03), rel=1e-6
    )
    assert found["luhansk-oblast"] == 0.0
    assert found["other"] == 0.0


def test_region_parts_keep_their_shapes_and_report_by_region(cli, db_path):
    cli("import", str(FILE_2023), "--regions", str(OBLASTS), "--region-key", "name")
    with closing(sqlite3.connect(db_path)) as conn:
        (count,) = conn.execute("SELECT count(*) FROM record_shapes").fetchone()
    assert count == 20
    result = cli("list", "--region", "crimea", "--layer", "pre-2022", "-f", "csv")
    assert result.stdout.splitlines()[1].split(",")[1:5] == [
        "holding",
        "russia",
        "crimea",
        "pre-2022",
    ]


def test_map_diff_splits_gains_and_losses_by_region(cli, db_path, tmp_path):
    first = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    second = snapshot(tmp_path / "m_20240310.geojson", (37.1, 37.4, 48.0, 48.1))
    cli("import", str(first), str(second), *SET)
    result = cli(
        "map-diff",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-10",
        "-f",
        "json",
        "--regions",
        str(HALVES),
        "--region-key",
        "name",
    )
    assert result.exit_code == 0, result.output
    rows = {row["within"]: row for row in json.loads(result.stdout)["rows"]}
    assert list(rows) == [None, "west", "east", "other"]
    assert rows["west"]["lost_km2"] == pytest.approx(
        zone_km2(37.0, 37.1, 48, 48.1), rel=1e-6
    )
    assert rows["west"]["gained_km2"] == 0.0
    assert rows["east"]["gained_km2"] == pytest.approx(
        zone_km2(37.2, 37.4, 48, 48.1), rel=1e-6
    )
    for key in ("gained_km2", "lost_km2"):
        assert sum(rows[r][key] for r in ("west", "east", "other")) == pytest.approx(
            rows[None][key], rel=1e-6
        )


# --- refusals --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--regions", str(HALVES)], "regions: needs --region-key too"),
        (["--region-key", "name"], "region-key: needs --regions too"),
        (
            ["--regions", str(HALVES), "--region-key", "id"],
            f"{HALVES}, feature 1: region-key: no property 'id' (properties: name)",
        ),
        (
            ["--regions", str(REGIONS / "none.geojson"), "--region-key", "id"],
            f"{REGIONS / 'none.geojson'}: regions: no such file",
        ),
    ],
    ids=["no-key", "no-file", "no-property", "missing-file"],
)
def test_wrong_region_options_are_refused(cli, db_path, tmp_path, options, message):
    path = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    result = cli("import", str(path), *SET, *options)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message}\n"
    assert not db_path.exists()


def test_regions_apply_only_to_maps(cli, db_path, tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("actor,region,end,area\nrussia,ukraine,2024-01-01,5\n")
    result = cli("import", str(table), "--regions", str(HALVES), "--region-key", "name")
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: regions: applies only to maps (GeoJSON, KML, …)\n"
    )


def test_a_region_named_like_the_whole_is_refused(cli, db_path, tmp_path):
    bounds = tmp_path / "b.geojson"
    bounds.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "Ukraine"},
                        "geometry": box(30, 40, 44, 52),
                    }
                ],
            }
        )
    )
    path = snapshot(tmp_path / "m_20240301.geojson", (37.0, 37.2, 48.0, 48.1))
    result = cli(
        "import", str(path), *SET, "--regions", str(bounds), "--region-key", "name"
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: region: 'ukraine' is both the whole map's region "
        "and a region in the boundaries file; give --set region=NAME for the whole\n"
    )


@pytest.mark.parametrize(
    ("value", "slug"),
    [("Donetsk Oblast", "donetsk-oblast"), (" Kursk ", "kursk"), (12, "12")],
)
def test_region_slug(value, slug):
    assert region_slug(value) == slug


def test_a_name_in_another_script_is_refused(tmp_path):
    bounds = tmp_path / "b.geojson"
    bounds.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "Донецька"},
                        "geometry": box(30, 40, 44, 52),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_regions(str(bounds), "name")
    assert str(caught.value) == (
        f"{bounds}, feature 1: region: 'донецька' is not a valid name "
        "(letters, digits, '-', '_' and '.')"
    )
