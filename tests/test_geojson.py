"""GeoJSON import: geodesic areas checked against an independent closed form, dates
from file names, and one exact error for every map that cannot be measured."""

from __future__ import annotations

import json
import math
import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.ingest import geojson as geo
from frontline.ingest import maps
from frontline.store.records import WriteSummary

FIXTURES = Path(__file__).parent / "fixtures"
DAY1 = FIXTURES / "deepstatemap_data_20240315.geojson"
DAY2 = FIXTURES / "deepstatemap_data_20240316.geojson"
SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=DeepState")

# WGS84, as defined: semi-major axis and flattening.
A = 6378137.0
F = 1 / 298.257223563


def zone_km2(west: float, east: float, south: float, north: float) -> float:
    """Exact area of the ellipsoid between two parallels and two meridians.

    The area from the equator to latitude φ over the whole circle of longitude is
    π b² [sin φ / (1 − e² sin² φ) + artanh(e sin φ) / e]; a box is that
    difference times its share of the circle. Pure calculus, no geodesy library:
    an independent check of pyproj's geodesic polygon areas.
    """
    b = A * (1 - F)
    e2 = F * (2 - F)
    e = math.sqrt(e2)

    def q(latitude: float) -> float:
        s = math.sin(math.radians(latitude))
        return s / (1 - e2 * s * s) + math.atanh(e * s) / e

    return math.radians(east - west) / 2 * b * b * (q(north) - q(south)) / 1e6


# The fixtures' shapes (tests/fixtures/make_geojson.py): a box with a hole, plus a
# separate small box. Their sides along parallels are densified every 0.05°; the
# geodesic chords then cut each parallel by at most 4.3e-8 of the area (it falls
# as the square of the step: 1.7e-9 at 0.01°), so 1e-7 is a tolerance that the
# discretisation meets and that any real mistake breaks by orders of magnitude:
# a sphere instead of the ellipsoid is off by ~0.3 %, a hole not removed by 1 %.
HOLE = zone_km2(37.2, 37.6, 48.3, 48.6)
EXCLAVE = zone_km2(31.5, 31.9, 46.45, 46.6)
EXPECTED = {
    DAY1: zone_km2(35.0, 39.5, 46.8, 49.6) - HOLE + EXCLAVE,
    DAY2: zone_km2(34.95, 39.5, 46.8, 49.6) - HOLE + EXCLAVE,
}
TOLERANCE = 1e-7


def stored(db_path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT kind, actor, region, start, "end", area_km2, bound, source '
            "FROM records ORDER BY id"
        ).fetchall()


def count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]


def area_of(document: object) -> float:
    return maps.geojson_area_km2(document, "test.geojson")


def box(west: float, east: float, south: float, north: float, step: float = 0.05):
    steps = round((east - west) / step)
    along = [west + i * (east - west) / steps for i in range(steps + 1)]
    ring = [[lon, south] for lon in along] + [[lon, north] for lon in along[::-1]]
    return [*ring, ring[0]]


# --- areas -----------------------------------------------------------------------


def test_closed_form_is_right_for_the_whole_ellipsoid():
    # Sanity check of the reference itself: WGS84's surface is 510,065,621.7 km².
    assert zone_km2(-180, 180, -90, 90) == pytest.approx(510_065_621.7, abs=0.1)


@pytest.mark.parametrize("path", [DAY1, DAY2], ids=["day1", "day2"])
def test_fixture_area_matches_the_closed_form(cli, db_path, path):
    result = cli("import", str(path), *SET)
    assert result.exit_code == 0, result.output
    ((_, _, _, _, _, area, _, _),) = stored(db_path)
    assert area == pytest.approx(EXPECTED[path], rel=TOLERANCE)


def test_the_hole_is_removed_and_both_polygons_count():
    outer = box(35.0, 39.5, 46.8, 49.6)
    hole = box(37.2, 37.6, 48.3, 48.6)
    exclave = box(31.5, 31.9, 46.45, 46.6)
    with_hole = {"type": "Polygon", "coordinates": [outer, hole]}
    without_hole = {"type": "Polygon", "coordinates": [outer]}
    assert area_of(without_hole) - area_of(with_hole) == pytest.approx(HOLE, rel=1e-6)
    multi = {"type": "MultiPolygon", "coordinates": [[outer, hole], [exclave]]}
    assert area_of(multi) == pytest.approx(EXPECTED[DAY1], rel=TOLERANCE)


def test_ring_orientation_does_not_matter():
    outer = box(35.0, 39.5, 46.8, 49.6)
    hole = box(37.2, 37.6, 48.3, 48.6)
    rfc = {"type": "Polygon", "coordinates": [outer[::-1], hole]}
    backwards = {"type": "Polygon", "coordinates": [outer, hole[::-1]]}
    assert area_of(rfc) == area_of(backwards)


def test_features_are_summed():
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "occupied"},
                "geometry": {"type": "Polygon", "coordinates": [box(*b)]},
            }
            for b in [(35.0, 36.0, 47.0, 48.0), (36.0, 37.0, 47.0, 48.0)]
        ],
    }
    assert area_of(collection) == pytest.approx(
        zone_km2(35.0, 37.0, 47.0, 48.0), rel=TOLERANCE
    )


# --- dates and series ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("deepstatemap_data_20240315.geojson", date(2024, 3, 15)),
        ("data/2024-03-15/front.geojson", None),
        ("occupied_2024-03-15.geojson", date(2024, 3, 15)),
        ("v2_20240315_final.geojson", date(2024, 3, 15)),
        ("20240315-20240315.geojson", date(2024, 3, 15)),
        ("occupied.geojson", None),
        ("export_20241399.geojson", None),
        ("run_1234567890.geojson", None),
        ("mixed_2024-0315.geojson", None),
    ],
)
def test_date_from_file_name(name, day):
    assert geo.date_from_name(name) == day


def test_a_folder_of_daily_maps_becomes_a_holdings_series(cli, db_path):
    result = cli("import", "--format", "geojson", str(DAY1), str(DAY2), *SET)
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "imported 2 files: 2 added, 0 updated, 0 skipped, 0 already present in "
    )
    rows = stored(db_path)
    assert [row[:5] for row in rows] == [
        ("holding", "russia", "ukraine", "2024-03-15", "2024-03-15"),
        ("holding", "russia", "ukraine", "2024-03-16", "2024-03-16"),
    ]
    assert rows[1][5] - rows[0][5] == pytest.approx(
        zone_km2(34.95, 35.0, 46.8, 49.6), rel=1e-5
    )
    again = cli("import", str(DAY1), str(DAY2), *SET)
    assert again.stderr.startswith(
        "imported 2 files: 0 added, 0 updated, 0 skipped, 2 already present in "
    )


def test_set_end_overrides_the_file_name(cli, db_path):
    result = cli(
        "import", str(DAY1), *SET, "--set", "end=16 Mar 2024", "--set", "bound=approx"
    )
    assert result.exit_code == 0
    assert stored(db_path)[0][3:5] == ("2024-03-16", "2024-03-16")
    assert stored(db_path)[0][6] == "approx"


def test_set_end_settles_a_name_with_two_dates(cli, db_path, tmp_path):
    path = tmp_path / "diff_20240301_20240315.geojson"
    path.write_text(DAY1.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("import", str(path), *SET, "--set", "end=2024-03-15")
    assert result.exit_code == 0
    assert stored(db_path)[0][3] == "2024-03-15"


def test_stdin_needs_set_end(cli, db_path):
    text = DAY1.read_text(encoding="utf-8")
    result = cli("import", "-", "--format", "geojson", *SET, input=text)
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: <stdin>: end: no date in the file name (YYYYMMDD or "
        "YYYY-MM-DD); give --set end=DATE\n"
    )
    result = cli(
        "import", "-", "-f", "geojson", *SET, "--set", "end=2024-03-15", input=text
    )
    assert result.exit_code == 0
    assert stored(db_path)[0][5] == pytest.approx(EXPECTED[DAY1], rel=TOLERANCE)


# --- errors ----------------------------------------------------------------------------

POLYGON = {"type": "Polygon", "coordinates": [box(35.0, 35.1, 47.0, 47.1)]}


def feature(geometry: object) -> dict[str, object]:
    return {"type": "Feature", "properties": {}, "geometry": geometry}


def collection(*geometries: object) -> dict[str, object]:
    return {"type": "FeatureCollection", "features": [feature(g) for g in geometries]}


ERRORS = [
    # (file name, document or text, extra options, message after "error: ")
    (
        "occupied.geojson",
        collection(POLYGON),
        [],
        "{f}: end: no date in the file name (YYYYMMDD or YYYY-MM-DD); "
        "give --set end=DATE",
    ),
    (
        "diff_20240301_20240315.geojson",
        collection(POLYGON),
        [],
        "{f}: end: the file name has two dates (2024-03-01, 2024-03-15); "
        "give --set end=DATE",
    ),
    (
        "map_20240315.geojson",
        '{"type": "FeatureCollection",\n "features": [}\n',
        [],
        "{f}, line 2: invalid JSON: Expecting value (column 15)",
    ),
    (
        "map_20240315.geojson",
        # read as the TopoJSON its content says it is, whatever its name
        {"type": "Topology", "objects": {}},
        [],
        "{f}: has no Polygon or MultiPolygon features",
    ),
    (
        "map_20240315.geojson",
        [POLYGON],
        [],
        "{f}: not a GeoJSON FeatureCollection (a JSON array)",
    ),
    (
        "map_20240315.geojson",
        collection(POLYGON, {"type": "Point", "coordinates": [37.8, 48.0]}),
        [],
        "{f}, feature 2: geometry: a Point has no area; "
        "only Polygon and MultiPolygon are measured",
    ),
    (
        "map_20240315.geojson",
        collection(POLYGON, None),
        [],
        "{f}, feature 2: geometry: is missing (null)",
    ),
    (
        "map_20240315.geojson",
        {"type": "FeatureCollection", "features": [feature(POLYGON), POLYGON]},
        [],
        "{f}, feature 2: is not a GeoJSON Feature",
    ),
    (
        "map_20240315.geojson",
        collection(
            {"type": "Polygon", "coordinates": [[[35, 47], [36, 47], [35, 47]]]}
        ),
        [],
        "{f}, feature 1: geometry: a ring has 3 positions; "
        "a closed ring needs at least 4",
    ),
    (
        "map_20240315.geojson",
        collection(
            {
                "type": "Polygon",
                "coordinates": [
                    [
                        [3896182, 5942074],
                        [4007501, 5942074],
                        [4007501, 6106854],
                        [3896182, 5942074],
                    ]
                ],
            }
        ),
        [],
        "{f}, feature 1: geometry: [3896182, 5942074] is not longitude/latitude in "
        "degrees; reproject the file to WGS84 (EPSG:4326)",
    ),
    (
        "map_20240315.geojson",
        collection(
            {
                "type": "Polygon",
                "coordinates": [[[35, 47], [36, "47"], [36, 48], [35, 47]]],
            }
        ),
        [],
        "{f}, feature 1: geometry: [36, '47'] is not a pair of numbers",
    ),
    (
        "map_20240315.geojson",
        collection(
            {
                "type": "Polygon",
                "coordinates": [box(35.0, 35.1, 47.0, 47.1), box(34.0, 36.0, 46, 48)],
            }
        ),
        [],
        "{f}, feature 1: geometry: a polygon's holes are larger than its exterior",
    ),
    (
        "map_20240315.geojson",
        {
            "type": "FeatureCollection",
            "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
            "features": [feature(POLYGON)],
        },
        [],
        "{f}: crs: 'EPSG:3857' is not WGS84 longitude/latitude; "
        "reproject the file to EPSG:4326",
    ),
    (
        "map_20240315.geojson",
        {"type": "FeatureCollection", "features": []},
        [],
        "{f}: has no Polygon or MultiPolygon features",
    ),
    (
        "map_20240315.geojson",
        {"type": "GeometryCollection", "geometries": []},
        [],
        "{f}: has no Polygon or MultiPolygon features",
    ),
    (
        "map_20240315.geojson",
        collection({"type": "MultiPolygon", "coordinates": []}),
        [],
        "{f}: has no Polygon or MultiPolygon features",
    ),
    (
        "map_20240315.geojson",
        POLYGON,
        ["--map", "area=km2"],
        "area: the area of a map comes from its geometry",
    ),
    (
        "map_20240315.geojson",
        POLYGON,
        ["--kind", "change"],
        "kind: a GeoJSON file is a holding (the area held on a day)",
    ),
    (
        "map_20240315.geojson",
        POLYGON,
        ["--set", "area=5"],
        "area: the area of a map comes from its geometry",
    ),
]


@pytest.mark.parametrize(
    ("name", "document", "options", "message"),
    ERRORS,
    ids=[f"{index}-{case[3][5:30]}" for index, case in enumerate(ERRORS)],
)
def test_malformed_maps_are_refused_with_nothing_written(
    cli, db_path, tmp_path, name, document, options, message
):
    cli("import", str(DAY1), *SET)
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    result = cli("import", str(DAY2), str(path), *SET, *options)
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {message.format(f=path)}\n"
    assert count(db_path) == 1


def test_a_missing_actor_names_the_file(cli, db_path):
    result = cli("import", str(DAY1), "--set", "region=ukraine")
    assert result.exit_code == 2
    assert result.stderr == f"frontline: error: {DAY1}: actor: is required\n"
    assert count(db_path) == 0


def test_without_pyproj_the_message_says_what_to_install(
    cli, db_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setitem(sys.modules, "pyproj", None)  # `import pyproj` now fails
    result = cli("import", str(DAY1), *SET)
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: maps need shapely and pyproj: pip install 'frontline[geo]'\n"
    )
    assert not db_path.exists()
    # map-diff reads no file in, and says the same (not "map import")
    result = cli("map-diff", "--from", "2023-03-01", "--to", "2024-03-16")
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: maps need shapely and pyproj: pip install 'frontline[geo]'\n"
    )


def test_date_errors_are_input_errors():
    with pytest.raises(InputError) as caught:
        geo.date_from_name("a_2024-03-01_2024-03-02.geojson")
    assert caught.value.field == "end"


def test_a_map_that_is_not_utf8_is_refused_like_any_file(cli, db_path, tmp_path):
    path = tmp_path / "map_20240315.geojson"
    path.write_bytes(
        b'{"type": "FeatureCollection", "name": "caf\xe9", "features": []}'
    )
    result = cli("import", str(path), *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: is not UTF-8 text (byte 0xe9); save it as UTF-8\n"
    )
    assert count(db_path) == 0


def test_an_empty_map_on_stdin_names_stdin(cli, db_path):
    result = cli(
        "import",
        "-",
        "-f",
        "geojson",
        *SET,
        "--set",
        "end=2024-03-15",
        input='{"type": "FeatureCollection", "features": []}',
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "frontline: error: <stdin>: has no Polygon or MultiPolygon features\n"
    )
    assert count(db_path) == 0


def test_an_empty_document_is_refused_by_the_library_too():
    with pytest.raises(InputError) as caught:
        area_of({"type": "FeatureCollection", "features": []})
    assert str(caught.value) == "test.geojson: has no Polygon or MultiPolygon features"


@pytest.mark.skipif(
    not hasattr(WriteSummary(), "repeated"),
    reason="store.WriteSummary.repeated is not there yet",
)
def test_two_maps_of_one_day_keep_the_last(cli, db_path, tmp_path):
    again = tmp_path / "copy_2024-03-15.geojson"
    again.write_text(DAY2.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("import", str(DAY1), str(again), *SET)
    assert result.exit_code == 0
    assert result.stderr.endswith(
        "note: 1 figure was given twice in this import; the last version was kept\n"
        f"created {db_path}\n"
    )
    ((*_, area, _, _),) = stored(db_path)
    assert area == pytest.approx(EXPECTED[DAY2], rel=TOLERANCE)
