"""Map imports through the command line: DeepState snapshots into four layers,
plain GeoJSON unioned, the format told from the content, geometry kept."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from ellipsoid import zone_km2
from frontline.ingest import maps
from frontline.model import geometry
from test_deepstate import EXPECTED, FILE_2022, FILE_2023, FILE_2024

PLAIN_DAY1 = Path(__file__).parent / "fixtures" / "deepstatemap_data_20240315.geojson"
SET = ("--set", "actor=russia", "--set", "region=ukraine")


def rows(db_path: Path, where: str = "1") -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT actor, region, layer, "end", area_km2, source FROM records '
            f"WHERE {where} ORDER BY id"
        ).fetchall()


def query(db_path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql, params).fetchall()


def summary(stderr: str) -> str:
    """The summary line with its timing taken out."""
    last = stderr.strip().splitlines()[-1]
    return re.sub(r" in \d+\.\d s", " in T s", last)


def box(west: float, east: float, south: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def feature(geometry_: object, **properties: object) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": geometry_}


def write(path: Path, *features: dict, **members: object) -> Path:
    document = {"type": "FeatureCollection", **members, "features": list(features)}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# --- DeepState -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "day"),
    [(FILE_2022, "2022-06-10"), (FILE_2023, "2023-03-01"), (FILE_2024, "2024-03-16")],
    ids=["2022", "2023", "2024"],
)
def test_each_snapshot_gives_four_holdings_with_unioned_areas(cli, db_path, path, day):
    result = cli("import", str(path))
    assert result.exit_code == 0, result.output
    stored = rows(db_path)
    assert [row[:4] for row in stored] == [
        ("russia", "ukraine", "control", day),
        ("russia", "ukraine", "pre-2022", day),
        ("contested", "ukraine", "contested", day),
        ("ukraine", "ukraine", "liberated", day),
    ]
    for (_, _, layer, _, area, source), in_layer in zip(
        stored, ("control", "pre-2022", "contested", "liberated"), strict=True
    ):
        assert source == "DeepState"
        assert area == pytest.approx(EXPECTED[path][in_layer], rel=1e-9), layer


def test_the_summary_counts_what_was_left_out_and_notes_name_it(cli, db_path):
    result = cli("import", str(FILE_2023))
    assert result.exit_code == 0
    lines = result.stderr.strip().splitlines()
    assert lines[:1] == [
        f"note: {FILE_2023}: 4 Russian-held areas unioned, 2 contested, "
        "2 liberated; skipped: 2 outside Ukraine, 1 with a name no rule knows "
        "(-v names them)",
    ]
    assert len(lines) == 2
    named = cli(
        "--db", str(db_path.parent / "other.db"), "import", "-v", str(FILE_2023)
    )
    assert named.stderr.splitlines()[1:3] == [
        f"note: {FILE_2023}: outside Ukraine: "
        "'Абхазія /// Occupied Abkhazia', 'Печенга /// Occupied Petsamo'",
        f"note: {FILE_2023}: no rule knows: 'Штаб /// HQ'",
    ]
    assert summary(result.stderr) == (
        f"imported {FILE_2023}: 4 added, 0 updated, 0 skipped, 0 already present "
        "in T s; maps: 1 map (1 DeepState), 2 features without area dropped, "
        "2 areas outside Ukraine skipped, 1 unrecognised skipped"
    )


def test_set_source_and_region_override_the_defaults(cli, db_path):
    result = cli(
        "import", str(FILE_2024), "--set", "source=DS", "--set", "region=front"
    )
    assert result.exit_code == 0
    assert {row[1] for row in rows(db_path)} == {"front"}
    assert {row[5] for row in rows(db_path)} == {"DS"}


@pytest.mark.parametrize("name", ["actor", "layer"])
def test_set_actor_or_layer_is_refused_for_deepstate(cli, db_path, name):
    result = cli("import", str(FILE_2023), "--set", f"{name}=russia")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {FILE_2023}: {name}: a DeepState snapshot's layers decide "
        f"the {name} of each holding; give --format geojson to read the file as "
        "one polygon set\n"
    )
    assert not db_path.exists() or rows(db_path) == []


def test_forced_deepstate_refuses_actor_before_reading(cli, db_path):
    result = cli("import", "-f", "deepstate", str(FILE_2023), "--set", "actor=x")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "frontline: error: actor: a DeepState snapshot's layers decide"
    )


def test_format_geojson_reads_a_deepstate_file_as_one_polygon_set(cli, db_path):
    result = cli(
        "import", "-f", "geojson", str(FILE_2023), *SET, "--set", "end=2023-03-01"
    )
    # Plain maps refuse features without area: the file has a line and a point.
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {FILE_2023}, feature 11: geometry: a LineString has no "
        "area; only Polygon and MultiPolygon are measured\n"
    )


def test_the_wrapper_is_recognised_in_a_json_file_and_gives_the_day(cli, db_path):
    result = cli("import", str(FILE_2024))
    assert result.exit_code == 0
    assert {row[3] for row in rows(db_path)} == {"2024-03-16"}


def test_set_end_overrides_the_wrapper_day(cli, db_path):
    result = cli("import", str(FILE_2024), "--set", "end=2024-03-20")
    assert result.exit_code == 0
    assert {row[3] for row in rows(db_path)} == {"2024-03-20"}


def test_a_name_rule_makes_a_geojson_deepstate_a_fill_alone_does_not(
    cli, db_path, tmp_path
):
    named = write(
        tmp_path / "named_20240301.geojson",
        feature(box(37.0, 37.1, 48.0, 48.1), name="Окуповано /// Occupied"),
    )
    filled = write(
        tmp_path / "filled_20240301.geojson",
        feature(box(37.0, 37.1, 48.0, 48.1), name="front", fill="#a52714"),
    )
    assert cli("import", str(named)).exit_code == 0
    assert [row[2] for row in rows(db_path)] == [
        "control",
        "pre-2022",
        "contested",
        "liberated",
    ]
    result = cli("import", str(filled), *SET, "--set", "source=mine")
    assert result.exit_code == 0
    assert rows(db_path, "source = 'mine'")[0][:4] == (
        "russia",
        "ukraine",
        "control",
        "2024-03-01",
    )


def test_an_undated_snapshot_needs_set_end(cli, db_path, tmp_path):
    path = tmp_path / "snapshot.geojson"
    path.write_text(FILE_2023.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: end: no date in the file name (YYYYMMDD or "
        "YYYY-MM-DD); give --set end=DATE\n"
    )


def test_a_broken_foreign_polygon_in_an_auto_detected_file_is_skipped(
    cli, db_path, tmp_path
):
    broken = {"type": "Polygon", "coordinates": [[[400, 0], [401, 0], [400, 1]]]}
    path = write(
        tmp_path / "map_20240301.geojson",
        feature(box(37.0, 37.1, 48.0, 48.1), name="Окуповано /// Occupied"),
        feature(broken, name="Абхазія /// Occupied Abkhazia", fill="#ff5252"),
    )
    result = cli("import", str(path))
    assert result.exit_code == 0, result.output
    assert rows(db_path)[0][4] == pytest.approx(
        zone_km2(37.0, 37.1, 48.0, 48.1), rel=1e-6
    )


# --- plain GeoJSON ---------------------------------------------------------------


def test_overlapping_features_are_counted_once(cli, db_path, tmp_path):
    path = write(
        tmp_path / "map_20240301.geojson",
        feature(box(37.0, 37.2, 48.0, 48.1)),
        feature(box(37.1, 37.3, 48.0, 48.1)),
    )
    assert cli("import", str(path), *SET).exit_code == 0
    assert rows(db_path)[0][4] == pytest.approx(
        zone_km2(37.0, 37.3, 48.0, 48.1), rel=1e-6
    )


def test_a_self_intersecting_polygon_is_repaired_and_measured(cli, db_path, tmp_path):
    bow_tie = {
        "type": "Polygon",
        "coordinates": [
            [[37.0, 48.0], [37.1, 48.1], [37.1, 48.0], [37.0, 48.1], [37.0, 48.0]]
        ],
    }
    path = write(tmp_path / "map_20240301.geojson", feature(bow_tie))
    assert cli("import", str(path), *SET).exit_code == 0
    # Two triangles of half the box each between them: the box's area over two.
    assert rows(db_path)[0][4] == pytest.approx(
        zone_km2(37.0, 37.1, 48.0, 48.1) / 2, rel=2e-3
    )


@pytest.mark.parametrize(
    ("geometry_", "message"),
    [
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [200, 0], [200, 1], [0, 0]]]},
            "[200, 0] is not longitude/latitude in degrees; reproject the file to "
            "WGS84 (EPSG:4326)",
        ),
        (
            {
                "type": "Polygon",
                "coordinates": [
                    [
                        [-180, -90],
                        [180, -90],
                        [180, 90],
                        [-180, 90],
                        [-180, -90],
                    ]
                ],
            },
            "a ring spans all 360° of longitude (the whole globe); it has no "
            "measurable area: cut it to the area it covers",
        ),
    ],
    ids=["out-of-range", "whole-globe"],
)
def test_unmeasurable_polygons_are_refused_naming_the_feature(
    cli, db_path, tmp_path, geometry_, message
):
    path = write(
        tmp_path / "map_20240301.geojson", feature(box(1, 2, 1, 2)), feature(geometry_)
    )
    result = cli("import", str(path), *SET)
    assert result.exit_code == 2
    assert (
        result.stderr == f"frontline: error: {path}, feature 2: geometry: {message}\n"
    )


def test_a_crs_without_a_name_is_refused(cli, db_path, tmp_path):
    path = write(
        tmp_path / "map_20240301.geojson",
        feature(box(1, 2, 1, 2)),
        crs={"type": "name", "properties": None},
    )
    result = cli("import", str(path), *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: crs: names no coordinate system "
        "(crs.properties.name); reproject the file to EPSG:4326\n"
    )


# --- kept geometry ---------------------------------------------------------------


def test_every_holding_keeps_its_shape(cli, db_path):
    assert cli("import", str(FILE_2023)).exit_code == 0
    kept = query(
        db_path,
        "SELECT r.layer, r.area_km2, s.geometry FROM records r "
        "JOIN record_shapes s ON s.record_id = r.id ORDER BY r.id",
    )
    assert [layer for layer, _, _ in kept] == [
        "control",
        "pre-2022",
        "contested",
        "liberated",
    ]
    for _, area, blob in kept:
        assert geometry.geodesic_area_km2(geometry.from_wkb(blob)) == area


def test_a_replaced_snapshot_keeps_its_old_shape_in_history(cli, db_path, tmp_path):
    first = write(tmp_path / "a_20240301.geojson", feature(box(37.0, 37.1, 48, 48.1)))
    second = tmp_path / "b" / "a_20240301.geojson"
    second.parent.mkdir()
    write(second, feature(box(37.0, 37.2, 48, 48.1)))
    assert cli("import", str(first), *SET).exit_code == 0
    (old,) = query(db_path, "SELECT geometry FROM record_shapes")
    result = cli("import", str(second), *SET, "--on-conflict", "replace")
    assert result.exit_code == 0
    (new,) = query(db_path, "SELECT geometry FROM record_shapes")
    assert new != old
    assert query(db_path, "SELECT action, geometry FROM record_shapes_history") == [
        ("remove", old[0])
    ]
    assert geometry.geodesic_area_km2(geometry.from_wkb(new[0])) == pytest.approx(
        zone_km2(37.0, 37.2, 48, 48.1), rel=1e-6
    )


def test_a_skipped_conflict_keeps_the_stored_shape(cli, db_path, tmp_path):
    first = write(tmp_path / "a_20240301.geojson", feature(box(37.0, 37.1, 48, 48.1)))
    second = tmp_path / "b" / "a_20240301.geojson"
    second.parent.mkdir()
    write(second, feature(box(37.0, 37.2, 48, 48.1)))
    cli("import", str(first), *SET)
    before = query(db_path, "SELECT * FROM record_shapes")
    assert cli("import", str(second), *SET).exit_code == 0
    assert query(db_path, "SELECT * FROM record_shapes") == before
    assert query(db_path, "SELECT count(*) FROM record_shapes_history") == [(0,)]


def test_removing_a_record_moves_its_shape_to_history(cli, db_path):
    cli("import", str(FILE_2023))
    assert cli("rm", "1").exit_code == 0
    assert query(db_path, "SELECT record_id FROM record_shapes ORDER BY 1") == [
        (2,),
        (3,),
        (4,),
    ]
    assert query(db_path, "SELECT record_id, action FROM record_shapes_history") == [
        (1, "remove")
    ]


def test_a_dry_run_keeps_no_shape(cli, db_path):
    cli("import", str(FILE_2022))
    result = cli("import", str(FILE_2023), "--dry-run")
    assert result.exit_code == 0
    assert query(db_path, "SELECT count(*) FROM record_shapes") == [(4,)]


def test_a_failed_import_writes_neither_records_nor_shapes(cli, db_path, tmp_path):
    broken = write(tmp_path / "b_20240301.geojson", feature(None))
    result = cli("import", str(FILE_2023), str(broken), *SET[2:])
    assert result.exit_code == 2
    assert query(db_path, "SELECT count(*) FROM record_shapes") == [(0,)]
    assert rows(db_path) == []


def test_the_library_unions_a_decoded_document():
    document = {
        "type": "FeatureCollection",
        "features": [
            feature(box(37.0, 37.2, 48, 48.1)),
            feature(box(37.1, 37.3, 48, 48.1)),
        ],
    }
    assert maps.geojson_area_km2(document, "x") == pytest.approx(
        zone_km2(37.0, 37.3, 48, 48.1), rel=1e-6
    )


# --- export ----------------------------------------------------------------------


def test_export_geojson_writes_each_kept_shape_with_its_fields(cli, db_path):
    cli("import", str(FILE_2023))
    cli("add", "100", "--actor", "russia", "--region", "kursk", "--on", "2024-01-01")
    result = cli("export", "-f", "geojson", "--source", "DeepState")
    assert result.exit_code == 0
    assert result.stderr == "exported 4 map shapes\n"
    document = json.loads(result.stdout)
    assert document["type"] == "FeatureCollection"
    listed = json.loads(cli("export", "-f", "json", "--source", "DeepState").stdout)
    assert [f["properties"] for f in document["features"]] == listed
    for item in document["features"]:
        shape = maps.shapes.polygons_of(item["geometry"])
        assert geometry.geodesic_area_km2(shape) == pytest.approx(
            item["properties"]["area_km2"], rel=1e-12
        )


def test_export_geojson_counts_records_without_a_shape(cli, db_path):
    cli("import", str(FILE_2023))
    cli("add", "100", "--actor", "russia", "--region", "kursk", "--on", "2024-01-01")
    result = cli("export", "-f", "geojson")
    assert result.exit_code == 0
    assert result.stderr == (
        "exported 4 map shapes; 1 record without a kept shape left out\n"
    )
    assert len(json.loads(result.stdout)["features"]) == 4


def test_a_database_without_maps_exports_an_empty_collection(cli, db_path):
    result = cli("export", "-f", "geojson")
    assert result.exit_code == 0
    assert result.stdout == '{"type": "FeatureCollection", "features": []}\n'
    assert result.stderr == "exported 0 map shapes\n"
