"""`frontline import` of TopoJSON and Esri JSON, found by content (a `.json`
that is one or the other), measured as the ellipsoid and an independent
shapely + pyproj computation say, and refused whole, one line, the database
untouched, when an arc index or a ring is broken."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import dump
from tests.ellipsoid import zone_km2
from tests.test_formats_esri import HOLE, ISLAND, OUTER, RINGS, answer, independent_km2
from tests.test_formats_topojson import real, topology

pytest.importorskip("shapely")
pytest.importorskip("pyproj")

SETS = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=ISW")


def areas_only() -> dict:
    """The test topology without its point (a plain map refuses points)."""
    document = topology()
    del document["objects"]["towns"]
    return document


def topo_expected() -> float:
    west, south = real(0, 0)
    east, north = real(4000, 4000)
    hole_w, hole_s = real(400, 800)
    hole_e, hole_n = real(800, 1600)
    return zone_km2(west, east, south, north) - zone_km2(hole_w, hole_e, hole_s, hole_n)


def areas(db_path: Path) -> list[tuple[str, str, float]]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(
            "SELECT end, layer, area_km2 FROM records ORDER BY end, layer"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    "name", ["isw_20240708.json", "isw_20240708.topojson", "isw_20240708.topojson.gz"]
)
def test_a_topology_imports_as_one_holding(cli, db_path, tmp_path, name):
    path = tmp_path / name
    data = json.dumps(areas_only()).encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    result = cli("import", str(path), *SETS)
    assert result.exit_code == 0, result.stderr
    ((end, layer, area),) = areas(db_path)
    assert (end, layer) == ("2024-07-08", "control")
    assert area == pytest.approx(topo_expected(), rel=1e-6)


def test_an_arcgis_answer_in_web_mercator_imports_as_one_holding(
    cli, db_path, tmp_path
):
    path = tmp_path / "query_20240708.json"
    path.write_text(json.dumps(answer(RINGS)))
    result = cli("import", str(path), *SETS)
    assert result.exit_code == 0, result.stderr
    ((end, _, area),) = areas(db_path)
    assert end == "2024-07-08"
    assert area == pytest.approx(independent_km2(), rel=1e-7)
    exact = zone_km2(*OUTER) - zone_km2(*HOLE) + zone_km2(*ISLAND)
    assert area == pytest.approx(exact, rel=1e-6)


def test_format_names_the_reader(cli, db_path, tmp_path):
    path = tmp_path / "query_20240708.dat"
    path.write_text(json.dumps(answer(RINGS)))
    assert cli("import", str(path), "--format", "esri", *SETS).exit_code == 0
    assert len(areas(db_path)) == 1


@pytest.fixture
def stocked(cli, db_path, tmp_path) -> str:
    """A database with a record in it, as SQL text, to compare after a refusal."""
    first = tmp_path / "isw_20240701.topojson"
    first.write_text(json.dumps(areas_only()))
    assert cli("import", str(first), *SETS).exit_code == 0
    return dump(db_path)


def test_an_arc_index_out_of_range_refuses_the_whole_import(
    cli, db_path, tmp_path, stocked
):
    good = tmp_path / "isw_20240702.topojson"
    good.write_text(json.dumps(areas_only()))
    bad = tmp_path / "isw_20240703.json"
    broken = topology(objects={"a": {"type": "Polygon", "arcs": [[0, 7]]}})
    bad.write_text(json.dumps(broken))
    result = cli("import", str(good), str(bad), *SETS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {bad}, feature 1: arcs: arc 7 does not exist "
        "(the topology has 4 arcs)\n"
    )
    assert dump(db_path) == stocked


def test_an_esri_ring_that_never_closes_refuses_the_import(
    cli, db_path, tmp_path, stocked
):
    bad = tmp_path / "query_20240703.json"
    open_ring = [[0, 0], [0, 10], [10, 10], [10, 0]]
    document = answer(RINGS)
    document["features"].append(
        {"attributes": {"OBJECTID": 2}, "geometry": {"rings": [open_ring]}}
    )
    bad.write_text(json.dumps(document))
    result = cli("import", str(bad), *SETS)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {bad}, feature 2: geometry: a ring never closes: it "
        "starts at [0, 0] and ends at [10, 0]\n"
    )
    assert dump(db_path) == stocked


def test_map_layer_from_the_object_each_feature_came_from(cli, db_path, tmp_path):
    document = areas_only()
    control = document["objects"]["control"]["geometries"]
    document["objects"] = {
        "control": {"type": "GeometryCollection", "geometries": control[:1]},
        "advances": {"type": "GeometryCollection", "geometries": control[1:]},
    }
    path = tmp_path / "isw_20240708.topojson"
    path.write_text(json.dumps(document))
    result = cli("import", str(path), "--map", "layer=object", *SETS)
    assert result.exit_code == 0, result.stderr
    west, south = real(0, 0)
    middle, north = real(2000, 4000)
    east, _ = real(4000, 4000)
    hole_w, hole_s = real(400, 800)
    hole_e, hole_n = real(800, 1600)
    assert areas(db_path) == [
        (
            "2024-07-08",
            "advances",
            pytest.approx(zone_km2(middle, east, south, north), rel=1e-6),
        ),
        (
            "2024-07-08",
            "control",
            pytest.approx(
                zone_km2(west, middle, south, north)
                - zone_km2(hole_w, hole_e, hole_s, hole_n),
                rel=1e-6,
            ),
        ),
    ]
