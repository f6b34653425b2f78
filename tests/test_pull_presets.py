"""Every built-in `pull` preset, end to end, with no option but the dates.

A server on 127.0.0.1 started here serves, under the preset's own paths,
files made as their publishers make them: the DeepState mirror's daily GeoJSON
(as GDAL writes it, a CRS84 `crs` member and one MultiPolygon feature) and the
UA Control Map's daily KMZ (a Google My Maps export: folders of named areas,
one name broken over two lines, overlapping Crimea polygons, a Ukrainian area,
unit positions and the front line). The presets are the built-in ones with
their host moved to the test server (`--sources`), nothing else changed.
"""

from __future__ import annotations

import io
import json
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest
from tests.ellipsoid import zone_km2
from tests.test_pull import QuietServer

from frontline.ingest import fetch, presets

pytest.importorskip("httpx")
pytest.importorskip("shapely")

HOST = "https://raw.githubusercontent.com/"


def box(west: float, east: float, south: float, north: float) -> list:
    return [[west, south], [east, south], [east, north], [west, north], [west, south]]


# --- DeepState's mirror ---------------------------------------------------------

MAINLAND = (36.0, 39.5, 46.8, 49.6)
CRIMEA_DS = (32.6, 36.4, 44.4, 45.9)


def deepstate_day(grow: float) -> bytes:
    west, east, south, north = MAINLAND
    mainland = box(west, east + grow, south, north)
    return json.dumps(
        {
            "type": "FeatureCollection",
            "name": "deepstatemap_data",
            "crs": {
                "type": "name",
                "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"},
            },
            "features": [
                {
                    "type": "Feature",
                    "properties": {"id": 0},
                    "geometry": {
                        "type": "MultiPolygon",
                        "coordinates": [[mainland], [box(*CRIMEA_DS)]],
                    },
                }
            ],
        }
    ).encode()


# --- the UA Control Map ---------------------------------------------------------

DONETSK = (37.0, 38.6, 47.2, 48.6)
LUHANSK = (38.6, 40.0, 48.0, 49.8)
CRIMEA = (32.5, 36.6, 44.4, 46.2)
PRE_WAR_CRIMEA = (32.5, 36.6, 44.4, 45.9)  # inside CRIMEA: counted once
KHARKIV_UA = (36.0, 37.5, 49.2, 50.2)  # Ukraine's: never Russia's holding


def coordinates(points: list) -> str:
    return "\n".join(f"            {x},{y},0" for x, y in points)


def area(name: str, bounds: tuple) -> str:
    return (
        f"<Placemark><name>{name}</name><styleUrl>#poly-A52714-1000-77</styleUrl>"
        "<Polygon><outerBoundaryIs><LinearRing><tessellate>1</tessellate>"
        f"<coordinates>\n{coordinates(box(*bounds))}\n          </coordinates>"
        "</LinearRing></outerBoundaryIs></Polygon></Placemark>"
    )


# Google My Maps exports break some names over two lines.
DONETSK_NAME = "Donetsk Axis\n          [Z]"


def control_map_kmz() -> bytes:
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2">
  <Document>
    <name>Ukraine Control Map</name>
    <Style id="poly-A52714-1000-77-normal"><LineStyle><color>ff1427a5</color>
      </LineStyle><PolyStyle><color>4d1427a5</color></PolyStyle></Style>
    <StyleMap id="poly-A52714-1000-77"><Pair><key>normal</key>
      <styleUrl>#poly-A52714-1000-77-normal</styleUrl></Pair></StyleMap>
    <Folder><name>Important Areas</name>
      {area(DONETSK_NAME, DONETSK)}
      {area("Luhansk Axis [Z]", LUHANSK)}
      {area("Crimea", CRIMEA)}
      {area("Pre-War Crimea", PRE_WAR_CRIMEA)}
      {area("Kharkiv Counteroffensive [UA]", KHARKIV_UA)}
    </Folder>
    <Folder><name>Frontline</name>
      <Placemark><name>Frontline</name><LineString><tessellate>1</tessellate>
        <coordinates>37.0,47.2,0 38.6,48.6,0 40.0,49.8,0</coordinates>
      </LineString></Placemark>
    </Folder>
    <Folder><name>Russian Unit Positions</name>
      <Placemark><name>1st Tank Army</name>
        <Point><coordinates>38.1,48.1,0</coordinates></Point></Placemark>
    </Folder>
  </Document>
</kml>
"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as kmz:
        kmz.writestr("doc.kml", document)
    return out.getvalue()


ROUTES = {
    "/cyterat/deepstate-map-data/main/data/deepstatemap_data_20240708.geojson": (
        deepstate_day(0.0)
    ),
    "/cyterat/deepstate-map-data/main/data/deepstatemap_data_20240709.geojson": (
        deepstate_day(0.1)
    ),
    "/owlmaps/UAControlMapBackups/master/2023/230310_0000.kmz": control_map_kmz(),
    "/owlmaps/UAControlMapBackups/master/2023/230312_0349.kmz": control_map_kmz(),
}


class Mirror(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    asked: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.asked.append(self.path)
        body = ROUTES.get(self.path)
        self.send_response(200 if body is not None else 404)
        body = body if body is not None else b"404: Not Found"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def mirrored(tmp_path: Path) -> Iterator[Path]:
    """The built-in presets, their host moved to a server here."""
    Mirror.asked = []
    httpd = QuietServer(("127.0.0.1", 0), Mirror)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        text = presets.BUILT_IN.read_text(encoding="utf-8")
        moved = text.replace(HOST, f"http://127.0.0.1:{httpd.server_address[1]}/")
        assert moved != text
        path = tmp_path / "mirrored.toml"
        path.write_text(moved, encoding="utf-8")
        yield path
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "BACKOFF_SECONDS", 0.0)


def records(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(
            'SELECT "end", actor, region, layer, source, area_km2 FROM records '
            'ORDER BY "end"'
        ).fetchall()


def test_every_built_in_preset_is_checked_here():
    assert sorted(presets.load()) == ["deepstate-daily", "ua-control-map-daily"]


def test_deepstate_daily_needs_nothing_but_the_dates(cli, db_path, mirrored):
    result = cli(
        "pull",
        "deepstate-daily",
        *("--sources", str(mirrored), "--from", "2024-07-08", "--to", "2024-07-10"),
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "pulled 3 days (2024-07-08 to 2024-07-10): 2 downloaded, 0 from the cache, "
        "1 not published, 0 failed",
        "imported 2 files: 2 added, 0 updated, 0 skipped, 0 already present",
    ]
    west, east, south, north = MAINLAND
    crimea = zone_km2(*CRIMEA_DS)
    expected = [
        ("2024-07-08", zone_km2(west, east, south, north) + crimea),
        ("2024-07-09", zone_km2(west, east + 0.1, south, north) + crimea),
    ]
    got = records(db_path)
    assert [row[:5] for row in got] == [
        (day, "russia", "ukraine", "control", "DeepState") for day, _ in expected
    ]
    assert [row[5] for row in got] == pytest.approx(
        [km2 for _, km2 in expected], rel=1e-6
    )


def test_ua_control_map_daily_keeps_russias_areas_alone(cli, db_path, mirrored):
    """No rules file: the preset's own rules keep the areas marked [Z] and
    Crimea, and leave out Ukraine's area, the front line and the units."""
    result = cli(
        "pull",
        "ua-control-map-daily",
        *("--sources", str(mirrored), "--from", "2023-03-10", "--to", "2023-03-12"),
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "pulled 3 days (2023-03-10 to 2023-03-12): 2 downloaded, 0 from the cache, "
        "1 not published, 0 failed",
        "imported 2 files: 2 added, 0 updated, 0 skipped, 0 already present",
    ]
    held = zone_km2(*DONETSK) + zone_km2(*LUHANSK) + zone_km2(*CRIMEA)
    got = records(db_path)
    assert [row[:5] for row in got] == [
        (day, "russia", "ukraine", "control", "UA Control Map")
        for day in ("2023-03-10", "2023-03-12")
    ]
    assert [row[5] for row in got] == pytest.approx([held, held], rel=1e-6)
    # The file name's time changed from 0000 to 0349: both are tried.
    assert "/owlmaps/UAControlMapBackups/master/2023/230311_0000.kmz" in Mirror.asked
    again = cli(
        "pull",
        "ua-control-map-daily",
        *("--sources", str(mirrored), "--from", "2023-03-10", "--to", "2023-03-12"),
    )
    assert again.exit_code == 0
    assert "2 already imported before" in again.stderr
    assert len(records(db_path)) == 2
