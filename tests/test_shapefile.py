"""Zipped shapefiles (ISW's daily layers): layers with and without .shx, a
projected .prj reprojected before measuring, dbf fields as properties (a date
as epoch milliseconds), several layers in one zip; areas checked against an
independent shapely + pyproj computation; a damaged layer refused in one line."""

from __future__ import annotations

import io
import sqlite3
import struct
import zipfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import dump

shapely = pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

UTM36 = pyproj.CRS.from_epsg(32636)
SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=ISW")


def dense_box(west, south, east, north, step=0.01) -> list[tuple[float, float]]:
    """A lon/lat box, counter-clockwise, its sides densified every `step`°."""
    shell = shapely.Polygon(
        [(west, south), (east, south), (east, north), (west, north)]
    )
    return list(shapely.segmentize(shell, step).exterior.coords)


CONTROL = dense_box(36.0, 47.5, 37.0, 48.2)
HOLE = dense_box(36.3, 47.7, 36.5, 47.8)
ADVANCE = dense_box(37.5, 47.0, 37.7, 47.2)


def geodesic_km2(shell, *holes) -> float:
    shape = shapely.Polygon(shell, list(holes))
    shape = shapely.orient_polygons(shapely.segmentize(shape, 0.0005))
    area, _ = pyproj.Geod(ellps="WGS84").geometry_area_perimeter(shape)
    return abs(area) / 1e6


def epoch_ms(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp() * 1000)


# --- a small shapefile writer (the layout of the ESRI white paper) ---------------


def polygon_record(rings: list[list[tuple[float, float]]]) -> bytes:
    points = [p for ring in rings for p in ring]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    parts, start = [], 0
    for ring in rings:
        parts.append(start)
        start += len(ring)
    return (
        struct.pack(
            "<i4d2i", 5, min(xs), min(ys), max(xs), max(ys), len(rings), len(points)
        )
        + struct.pack(f"<{len(parts)}i", *parts)
        + b"".join(struct.pack("<2d", x, y) for x, y in points)
    )


def shp_and_shx(records: list[bytes]) -> tuple[bytes, bytes]:
    body, index, offset = b"", b"", 50
    for number, content in enumerate(records, 1):
        words = len(content) // 2
        body += struct.pack(">2i", number, words) + content
        index += struct.pack(">2i", offset, words)
        offset += 4 + words

    def header(length: int) -> bytes:
        return struct.pack(">7i", 9994, 0, 0, 0, 0, 0, length // 2) + struct.pack(
            "<2i4d4d", 1000, 5, 0, 0, 0, 0, 0, 0, 0, 0
        )

    return header(100 + len(body)) + body, header(100 + len(index)) + index


def dbf(fields: list[tuple[str, str, int]], rows: list[list[object]]) -> bytes:
    width = 1 + sum(length for _, _, length in fields)
    head_len = 32 + 32 * len(fields) + 1
    out = struct.pack("<B3BIHH20x", 3, 124, 1, 1, len(rows), head_len, width)
    for name, kind, length in fields:
        out += struct.pack("<11sc4xBB14x", name.encode(), kind.encode(), length, 0)
    out += b"\r"
    for row in rows:
        out += b" "
        for (_, kind, length), value in zip(fields, row, strict=True):
            text = str(value).encode()
            out += text.rjust(length) if kind == "N" else text.ljust(length)
    return out + b"\x1a"


def to_utm(ring):
    move = pyproj.Transformer.from_crs("EPSG:4326", UTM36, always_xy=True)
    return [move.transform(x, y) for x, y in ring]


def layer(
    stem: str, rings, rows, fields, *, prj: str | None = None, shx: bool = True
) -> dict[str, bytes]:
    shp, index = shp_and_shx([polygon_record(rings)])
    files = {f"{stem}.shp": shp, f"{stem}.dbf": dbf(fields, rows)}
    if shx:
        files[f"{stem}.shx"] = index
    if prj:
        files[f"{stem}.prj"] = prj.encode()
    return files


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


FIELDS = [("date", "N", 13), ("layer", "C", 20)]


def two_layers() -> bytes:
    # Shells clockwise, holes counter-clockwise, as the format says.
    control = layer(
        "ControlMap",
        [to_utm(CONTROL[::-1]), to_utm(HOLE)],
        [[epoch_ms("2024-03-15"), "control"]],
        FIELDS,
        prj=UTM36.to_wkt(),
        shx=False,
    )
    advance = layer(
        "Advances", [ADVANCE[::-1]], [[epoch_ms("2024-03-15"), "advances"]], FIELDS
    )
    return zipped({**control, **advance, "readme.txt": b"ISW"})


def stored(db_path: Path) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(
            'SELECT layer, "end", area_km2 FROM records ORDER BY layer'
        ).fetchall()


def test_each_layer_of_a_zip_is_read_reprojected_and_measured(cli, db_path, tmp_path):
    path = tmp_path / "isw_20240315.zip"
    path.write_bytes(two_layers())
    result = cli("import", str(path), "--map", "end=date", "--map", "layer=layer", *SET)
    assert result.exit_code == 0, result.stderr
    assert stored(db_path) == [
        ("advances", "2024-03-15", pytest.approx(geodesic_km2(ADVANCE), rel=1e-7)),
        ("control", "2024-03-15", pytest.approx(geodesic_km2(CONTROL, HOLE), rel=1e-7)),
    ]
    assert "imported 2 files: 2 added" in result.stderr


def test_the_registry_reads_each_layer_with_its_properties():
    from frontline.formats import registry

    found = list(registry.open_input(io.BytesIO(two_layers()), "isw.zip", "isw.zip"))
    assert [(o.label, o.format.name) for o in found] == [
        ("isw.zip!ControlMap.shp", "shapefile"),
        ("isw.zip!Advances.shp", "shapefile"),
    ]
    [feature] = list(found[1].format.reader().read(found[1].stream, found[1].label))
    assert feature.properties == {"date": epoch_ms("2024-03-15"), "layer": "advances"}
    assert feature.crs is None
    assert feature.geometry["type"] == "Polygon"


def test_a_dbf_that_disagrees_with_its_shp_is_refused(cli, db_path, tmp_path):
    cli("seed")
    before = dump(db_path)
    files = layer(
        "ControlMap",
        [CONTROL[::-1]],
        [[epoch_ms("2024-03-15"), "control"], [epoch_ms("2024-03-16"), "control"]],
        FIELDS,
    )
    path = tmp_path / "isw.zip"
    path.write_bytes(zipped(files))
    result = cli("import", str(path), "--map", "end=date", "--set", "layer=c", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}!ControlMap.shp: ControlMap.dbf has 2 records but "
        "ControlMap.shp has 1 shapes; the layer is damaged\n"
    )
    assert dump(db_path) == before


def test_a_shp_cut_short_is_refused(cli, db_path, tmp_path):
    files = layer("L", [CONTROL[::-1]], [[epoch_ms("2024-03-15"), "x"]], FIELDS)
    files["L.shp"] = files["L.shp"][:-20]
    del files["L.shx"]
    path = tmp_path / "cut.zip"
    path.write_bytes(zipped(files))
    result = cli("import", str(path), "--map", "end=date", "--set", "layer=c", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}!L.shp: the .shp is cut short in record 1\n"
    )
