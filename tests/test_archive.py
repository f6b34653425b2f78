"""A map archive of many days in one file (the cumulative DeepState archive: a
gzipped GeoJSON, one feature per day): --map end=PROPERTY gives each feature's
day, and the features of one day become one holding, measured as an independent
shapely + pyproj computation measures their union."""

from __future__ import annotations

import gzip
import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import dump

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=DeepState")


def box(west: float, south: float, east: float, north: float) -> list:
    return [[[west, south], [east, south], [east, north], [west, north], [west, south]]]


DAY1 = box(37.0, 47.0, 38.0, 48.0)
DAY2_A = box(37.0, 47.0, 38.1, 48.0)
DAY2_B = box(38.0, 47.5, 38.5, 48.2)  # overlaps DAY2_A: counted once
DAY3 = box(36.9, 47.0, 38.2, 48.1)


def geodesic_km2(*rings_list) -> float:
    shape = shapely.union_all([shapely.Polygon(r[0]) for r in rings_list])
    shape = shapely.orient_polygons(shapely.segmentize(shape, 0.0005))
    area, _ = pyproj.Geod(ellps="WGS84").geometry_area_perimeter(shape)
    return abs(area) / 1e6


def feature(number: int, day: object, rings: list) -> dict:
    """A feature as geopandas' to_json writes one."""
    return {
        "id": str(number),
        "type": "Feature",
        "properties": {"id": number, "date": day},
        "geometry": {"type": "Polygon", "coordinates": rings},
    }


def epoch_ms(day: str) -> int:
    moment = datetime.fromisoformat(day).replace(hour=0, tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def archive(path: Path, features: list[dict]) -> Path:
    text = json.dumps({"type": "FeatureCollection", "features": features})
    path.write_bytes(gzip.compress(text.encode()))
    return path


def stored(db_path: Path) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT "end", area_km2 FROM records ORDER BY "end"'
        ).fetchall()


def test_one_holding_per_day_from_a_gzipped_archive(cli, db_path, tmp_path):
    path = archive(
        tmp_path / "deepstate-map-data.geojson.gz",
        [
            feature(1, "2024-07-08", DAY1),
            feature(2, "2024-07-09T00:00:00", DAY2_A),
            feature(3, epoch_ms("2024-07-10"), DAY3),
            # The same day again, later in the file: unioned with the first.
            feature(4, "9 July 2024", DAY2_B),
        ],
    )
    result = cli("import", str(path), "--map", "end=date", *SET)
    assert result.exit_code == 0, result.stderr
    got = stored(db_path)
    assert [day for day, _ in got] == ["2024-07-08", "2024-07-09", "2024-07-10"]
    expected = [geodesic_km2(DAY1), geodesic_km2(DAY2_A, DAY2_B), geodesic_km2(DAY3)]
    assert [area for _, area in got] == pytest.approx(expected, rel=1e-7)
    with closing(sqlite3.connect(db_path)) as conn:
        (shapes,) = conn.execute("SELECT count(*) FROM record_shapes").fetchone()
    assert shapes == 3
    # Imported again: nothing new.
    again = cli("import", str(path), "--map", "end=date", *SET)
    assert "0 added, 0 updated, 0 skipped, 3 already present" in again.stderr


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (None, "no 'date' property (from --map end=date)"),
        ("03/11/2024", "'03/11/2024' is ambiguous (day/month or month/day?)"),
        (12, "12 is not a unix time in seconds or milliseconds"),
    ],
)
def test_a_feature_without_a_readable_day_is_refused(
    cli, db_path, tmp_path, day, message
):
    cli("seed")
    before = dump(db_path)
    path = archive(
        tmp_path / "a.geojson.gz",
        [feature(1, "2024-07-08", DAY1), feature(2, day, DAY3)],
    )
    result = cli("import", str(path), "--map", "end=date", *SET)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"frontline: error: {path}, feature 2: end: ")
    assert message in result.stderr
    assert dump(db_path) == before


def test_a_bad_ring_in_the_archive_is_named_as_a_decoded_read_names_it(
    cli, db_path, tmp_path
):
    bad = [[[37.0, 47.0], [38.0, 47.0], [37.0, 47.0]]]
    path = archive(
        tmp_path / "a.geojson.gz",
        [feature(1, "2024-07-08", DAY1), feature(2, "2024-07-09", bad)],
    )
    result = cli("import", str(path), "--map", "end=date", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, feature 2: geometry: a ring has 3 positions; "
        "a closed ring needs at least 4\n"
    )
    assert not db_path.exists() or stored(db_path) == []


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 64, 65536])
def test_geometry_kept_as_text_survives_any_buffer_cut(monkeypatch, chunk):
    import io

    from frontline.formats import geojson

    monkeypatch.setattr(geojson, "CHUNK", chunk)
    geometry = '{"type": "Polygon", "x": "a]}\\"[{\\\\", "coordinates": [[[1, 2]]]}'
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        f'"properties": {{"date": "]}}[{{"}}, "geometry": {geometry}}}, '
        '{"type": "Feature", "properties": {}, "geometry": null}]}'
    )
    stream = geojson.FeatureStream(io.StringIO(text), "x.json", raw_geometry=True)
    first, second = list(stream)
    assert first["geometry"] == geometry
    assert type(first["geometry"]) is str
    assert json.loads(first["geometry"])["x"] == 'a]}"[{\\'
    assert first["properties"] == {"date": "]}[{"}
    assert second["geometry"] is None


GOOD_GEOMETRIES = [
    '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}',
    '{"type":"Polygon","coordinates":[[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]}',
    '{"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]], '
    "[[0.2, 0.1], [0.9, 0.1], [0.9, 0.8], [0.2, 0.1]]], "
    "[[[5, 5], [6, 5], [6, 6], [5, 5]]]]}",
    '{"type": "Polygon", "x": "\\"coordinates\\": [[[9, 9]]]", "g": {"coordinates": '
    '[[[8, 8]]]}, "coordinates": [[[-0.5, 0], [1e-3, 0], [1E+1, 1], [0, 0]]]}',
    '{"type": "Polygon", "coordinates": [ [ [0 ,0] ,\n [1, 0],[1,1] ,[0,0] ] ] }',
]


@pytest.mark.parametrize("text", GOOD_GEOMETRIES)
def test_coordinates_read_from_text_are_the_decoded_ones(text):
    """The archive's geometries are read from their text straight into numpy
    (no Python lists): the rings are exactly those of a JSON decode."""
    from frontline.ingest import shapes

    coordinates = json.loads(text)["coordinates"]
    if json.loads(text)["type"] == "Polygon":
        coordinates = [coordinates]
    expected = [[[p[:2] for p in ring] for ring in polygon] for polygon in coordinates]
    got = shapes._text_rings(text)
    assert [[ring.tolist() for ring in polygon] for polygon in got] == expected
    assert shapes.polygons_of_text(text, "x", 1).equals(
        shapes.polygons_of(json.loads(text), "x", 1)
    )


@pytest.mark.parametrize(
    "coordinates",
    [
        "[[[+1, 0], [1, 0], [1, 1], [0, 0]]]",  # numbers JSON refuses
        "[[[.5, 0], [1, 0], [1, 1], [0, 0]]]",
        "[[[01, 0], [1, 0], [1, 1], [0, 0]]]",
        "[[[1., 0], [1, 0], [1, 1], [0, 0]]]",
        "[[[1.2.3, 0], [1, 0], [1, 1], [0, 0]]]",
        "[[[1 2, 0], [1, 0], [1, 1], [0, 0]]]",
        "[[[1, 0], [1, 0], [1, 1], [0, 0],]]",  # trailing comma
        "[[[1, 0], [1, 0] [1, 1], [0, 0]]]",  # missing comma
        "[[[1, 0], 5, [1, 1], [0, 0], [0, 0]]]",  # a number among positions
        "[[[1, 0, 3], [1, 0], [1, 1], [0, 0]]]",  # positions of two widths
        "[[[1], [1, 0], [1, 1], [0, 0]]]",
        "[[[1, 0], [1, 1], [0, 0]]]",  # three positions
        "[[[true, 0], [1, 0], [1, 1], [0, 0]]]",
        "[[]]",
        "[]",
        "[[[1, 0], [1, 0], [1, 1], [0, 0]]",  # never closed
    ],
)
def test_coordinates_the_fast_read_does_not_vouch_for_go_to_json(coordinates):
    """Anything but plain positions of JSON numbers is left to the JSON decode,
    which names the fault as a whole-file read would."""
    from frontline.ingest import shapes

    assert (
        shapes._text_rings(f'{{"type": "Polygon", "coordinates": {coordinates}}}')
        is None
    )


def test_a_number_json_refuses_is_refused_in_an_archive(cli, db_path, tmp_path):
    text = json.dumps(
        {"type": "FeatureCollection", "features": [feature(1, "2024-07-08", DAY1)]}
    ).replace("[37.0, 47.0], [38.0", "[+37.0, 47.0], [38.0")
    path = tmp_path / "a.geojson.gz"
    path.write_bytes(gzip.compress(text.encode()))
    result = cli("import", str(path), "--map", "end=date", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}, feature 1: geometry: is not valid JSON "
        "(Expecting value)\n"
    )
    assert not db_path.exists() or stored(db_path) == []
