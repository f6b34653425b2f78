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
    assert isinstance(first["geometry"], geojson.RawGeometry)
    assert json.loads(first["geometry"])["x"] == 'a]}"[{\\'
    assert first["properties"] == {"date": "]}[{"}
    assert second["geometry"] is None
