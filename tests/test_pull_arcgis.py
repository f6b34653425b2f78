"""`pull` of an ArcGIS FeatureServer query: every page of a paged answer, as
one map, from a server on 127.0.0.1 started here.

The server holds one day's map as five features in Web Mercator and gives at
most two a page, saying `exceededTransferLimit` while more follow, as ArcGIS
does. The union of the five is measured against the ellipsoid's exact area of
the five lon/lat boxes (they do not overlap).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from tests.conftest import dump
from tests.ellipsoid import zone_km2
from tests.test_pull import QuietServer

from frontline.ingest import fetch

pytest.importorskip("httpx")
pytest.importorskip("shapely")
pyproj = pytest.importorskip("pyproj")

# west, east, south, north
BOXES = [(36.0 + i, 36.6 + i, 47.5, 48.0 + 0.1 * i) for i in range(5)]
QUERY = "/arcgis/rest/services/Zones/FeatureServer/0/query"
TEMPLATE = "query?where=day%3D%27{date:%Y-%m-%d}%27&outFields=*&f=json"
DAY = date(2024, 7, 8)
SET = ("--set", "actor=russia", "--set", "region=ukraine", "--set", "source=ISW")


def mercator_ring(box: tuple[float, float, float, float]) -> list[list[float]]:
    west, east, south, north = box
    clockwise = [(west, south), (west, north), (east, north), (east, south)]
    clockwise.append(clockwise[0])
    to_3857 = pyproj.Transformer.from_crs(4326, 3857, always_xy=True)
    xs, ys = to_3857.transform([x for x, _ in clockwise], [y for _, y in clockwise])
    return [[x, y] for x, y in zip(xs, ys, strict=True)]


FEATURES = [
    {"attributes": {"OBJECTID": i + 1}, "geometry": {"rings": [mercator_ring(box)]}}
    for i, box in enumerate(BOXES)
]


class FeatureServer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    page_size = 2
    asked: ClassVar[list[tuple[str, int, int]]] = []
    # offset -> (status, body) answered instead of the page
    broken: ClassVar[dict[int, tuple[int, bytes]]] = {}

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        offset = int(query.get("resultOffset", 0))
        count = min(int(query.get("resultRecordCount", 1000)), self.page_size)
        self.asked.append((query.get("where", ""), offset, count))
        if url.path != QUERY or query.get("where") != "day='2024-07-08'":
            status, body = 404, b"{}"
        elif offset in self.broken:
            status, body = self.broken[offset]
        else:
            page = FEATURES[offset : offset + count]
            answer = {
                "objectIdFieldName": "OBJECTID",
                "geometryType": "esriGeometryPolygon",
                "spatialReference": {"wkid": 102100, "latestWkid": 3857},
                "features": page,
            }
            if offset + count < len(FEATURES):
                answer["exceededTransferLimit"] = True
            status, body = 200, json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FeatureServer.asked = []
    FeatureServer.broken = {}
    httpd = QuietServer(("127.0.0.1", 0), FeatureServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        port = httpd.server_address[1]
        yield f"http://127.0.0.1:{port}{QUERY.rsplit('/', 1)[0]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "BACKOFF_SECONDS", 0.0)


def pull(cli, base: str, *extra: str):
    return cli(
        "pull",
        base + TEMPLATE,
        *("--from", "2024-07-08", "--to", "2024-07-09", "--tries", "2"),
        *SET,
        *extra,
    )


def test_every_page_of_a_paged_answer_is_one_map(cli, db_path, server):
    result = pull(cli, server)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        "pulled 2 days (2024-07-08 to 2024-07-09): 1 downloaded, 0 from the cache, "
        "1 not published, 0 failed",
        "imported 1 file: 1 added, 0 updated, 0 skipped, 0 already present",
    ]
    assert FeatureServer.asked == [
        ("day='2024-07-08'", 0, 2),
        ("day='2024-07-08'", 2, 2),
        ("day='2024-07-08'", 4, 2),
        ("day='2024-07-09'", 0, 2),
    ]
    with sqlite3.connect(db_path) as conn:
        got = conn.execute('SELECT "end", area_km2, url FROM records').fetchall()
    assert len(got) == 1
    day, area, url = got[0]
    assert (day, url) == ("2024-07-08", server + TEMPLATE.format(date=DAY))
    assert area == pytest.approx(sum(zone_km2(*box) for box in BOXES), rel=1e-6)
    # A second run finds the joined answer in the cache and asks for nothing.
    asked = len(FeatureServer.asked)
    again = pull(cli, server)
    assert again.exit_code == 0
    assert len(FeatureServer.asked) == asked + 1  # only the unpublished day
    assert "1 already imported before" in again.stderr


@pytest.mark.parametrize(
    ("offset", "answer", "reason"),
    [
        (
            2,
            (500, b"busy"),
            "a page of the query ({page}): HTTP 500 after 2 tries",
        ),
        (
            4,
            (200, json.dumps({"error": {"code": 400, "message": "Bad"}}).encode()),
            "page 3 ({page}): the server answered with an error: 400 Bad",
        ),
        (
            2,
            (200, b"<html>maintenance</html>"),
            "page 2 ({page}) is not an Esri JSON answer",
        ),
    ],
    ids=["500", "error-answer", "not-json"],
)
def test_a_page_that_fails_fails_the_day_and_nothing_lands(
    cli, db_path, server, offset, answer, reason
):
    cli("seed")
    before = dump(db_path)
    FeatureServer.broken = {offset: answer}
    result = pull(cli, server)
    assert result.exit_code == 1
    first = server + TEMPLATE.format(date=DAY)
    page = server + (
        "query?where=day%3D%272024-07-08%27&outFields=%2A&f=json"
        f"&resultOffset={offset}&resultRecordCount=2"
    )
    assert result.stderr.splitlines()[-1] == (
        f"failed 2024-07-08 {first}: " + reason.format(page=page)
    )
    assert dump(db_path) == before


def test_one_page_saved_as_a_file_is_refused_naming_it(cli, db_path, tmp_path):
    cli("seed")
    before = dump(db_path)
    path = tmp_path / "query.json"
    answer = {
        "spatialReference": {"wkid": 102100},
        "features": FEATURES[:2],
        "exceededTransferLimit": True,
    }
    path.write_text(json.dumps(answer), encoding="utf-8")
    result = cli("import", str(path), "--set", "end=2024-07-08", *SET)
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: exceededTransferLimit: the file is one page "
        "of a larger answer (2 features here); `frontline pull` of the query URL "
        "fetches every page, or query with a larger resultRecordCount\n"
    )
    assert dump(db_path) == before
