"""`frontline publish` and `serve`: a separate Datasette database whose figures
are exactly the reports', read back through a real Datasette on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import dump

DEEPSTATE = Path(__file__).parent / "fixtures" / "deepstate"
MAPS = [
    DEEPSTATE / "deepstatemap_data_20230301.geojson",
    DEEPSTATE / "deepstate_2022-06-10.geojson",
]
datasette = pytest.importorskip("datasette")


def _ok(result) -> None:
    assert result.exit_code == 0, result.output


def _rows(path: Path, table: str) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"SELECT * FROM {table}")]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    """The database file's bytes, once every connection a test left open is
    gone and its log is folded in: a publish that wrote anything shows."""
    import gc

    gc.collect()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _report_rows(cli, *args: str) -> list[dict]:
    result = cli("report", *args, "-f", "json")
    _ok(result)
    return json.loads(result.stdout)["rows"]


def _same_row(published: dict, reported: dict) -> None:
    """A published row holds each report key with the same value (booleans as
    SQLite's 0/1, the warnings as JSON text or null)."""
    for key, value in reported.items():
        if key == "warnings":
            assert (published[key] is None) == (not value)
            continue
        assert published[key] == value, key
        if isinstance(value, float):
            assert isinstance(published[key], float), key


@pytest.fixture
def seeded(cli) -> None:
    _ok(cli("seed"))
    # A later change after the 19 Nov holding, for held-on-a-date.
    _ok(cli("add", "50", "--actor", "russia", "--region", "ukraine", "--from",
            "2024-11-20", "--to", "2024-11-29", "--source", "ISW"))  # fmt: skip


def test_monthly_and_yearly_are_the_reports_rows(cli, db_path, tmp_path, seeded):
    before = _digest(db_path)
    result = cli("publish", str(tmp_path / "site"), "--title", "Figures")
    _ok(result)
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"published {tmp_path / 'site' / 'frontline.db'}: 8 records, "
        "0 records_history, 1 regions, 92 monthly, 8 yearly, 8 segments, "
        "0 shapes_geojson, 2 sources",
        f"metadata {tmp_path / 'site' / 'metadata.json'}",
    ]
    published = tmp_path / "site" / "frontline.db"
    for table, unit in (("monthly", "month"), ("yearly", "year")):
        reported = _report_rows(cli, "--by", unit)
        rows = _rows(published, table)
        assert len(rows) == len(reported)
        for row, expected in zip(rows, reported, strict=True):
            _same_row(row, expected)
    assert _digest(db_path) == before


def test_records_history_regions_and_sources_are_copied_as_stored(
    cli, db_path, tmp_path, seeded
):
    _ok(cli("edit", "7", "--area", "41"))
    _ok(cli("publish", str(tmp_path / "site"), "--source-license", "ISW=ISW terms"))
    published = tmp_path / "site" / "frontline.db"
    records = _rows(published, "records")
    assert [r["id"] for r in records] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert records[6]["area_km2"] == 41.0
    history = _rows(published, "records_history")
    assert [(h["record_id"], h["action"], h["area_km2"]) for h in history] == [
        (7, "edit", 40.0)
    ]
    assert _rows(published, "regions") == [
        {
            "slug": "ukraine",
            "name": "Ukraine",
            "area_km2": 603628.0,
            "note": _rows(db_path, "regions")[0]["note"],
        }
    ]
    sources = {s["name"]: s for s in _rows(published, "sources")}
    assert sources["ISW"]["records"] == 7
    assert sources["ISW"]["licence"] == "ISW terms"
    assert (sources["ISW"]["first"], sources["ISW"]["last"]) == (
        "2023-01-01",
        "2024-11-29",
    )
    assert sources["Ukrainian General Staff"]["licence"] is None


def test_filters_select_what_is_published_and_names_are_forgiven(cli, tmp_path, seeded):
    _ok(cli("publish", str(tmp_path / "site"), "--source", "isw"))
    published = tmp_path / "site" / "frontline.db"
    assert {r["source"] for r in _rows(published, "records")} == {"ISW"}
    assert {r["source"] for r in _rows(published, "monthly")} == {"ISW"}
    result = cli("publish", str(tmp_path / "other"), "--source", "BBC")
    assert result.exit_code == 2
    assert "BBC" in result.stderr and "ISW" in result.stderr
    assert not (tmp_path / "other" / "frontline.db").exists()


def test_views_answer_latest_holding_and_sources_side_by_side(cli, tmp_path, seeded):
    _ok(cli("publish", str(tmp_path / "site")))
    published = tmp_path / "site" / "frontline.db"
    latest = _rows(published, "latest_holding")
    # 110,649 on 19 Nov plus 50 km² over 20–29 Nov: 110,699 held at the end of
    # November, the last month of the series.
    assert [
        (r["actor"], r["region"], r["holding_on"], r["holding_km2"]) for r in latest
    ] == [("russia", "ukraine", "2024-11-29", 110699.0)]
    side = {
        (r["actor"], r["region"], r["period"]): r
        for r in _rows(published, "sources_side_by_side")
    }
    august = side[("ukraine", "kursk", "2024-08")]
    assert august["Ukrainian General Staff"] == 40.0
    assert august["ISW"] == pytest.approx(1171 * 26 / 31)


def test_canned_queries_integrate_the_models_rate(cli, tmp_path, seeded):
    _ok(cli("publish", str(tmp_path / "site")))
    metadata = json.loads((tmp_path / "site" / "metadata.json").read_text())
    queries = metadata["databases"]["frontline"]["queries"]
    conn = sqlite3.connect(tmp_path / "site" / "frontline.db")
    held = conn.execute(queries["held_on"]["sql"], {"day": "2024-11-24"}).fetchall()
    # 110,649 + 5 of the 10 days at 5 km²/day.
    assert held == [
        ("russia", "ukraine", "control", "ISW", "2024-11-24", "2024-11-19", 110674.0)
    ]
    result = cli("held", "--on", "2024-11-24", "-f", "json")
    assert json.loads(result.stdout)["rows"][0]["holding_km2"] == 110674.0
    gains = conn.execute(
        queries["gains_between"]["sql"], {"from": "2024-10-01", "to": "2024-10-31"}
    ).fetchall()
    reported = {
        (r["actor"], r["region"], r["source"]): r
        for r in _report_rows(cli, "--period", "2024-10")
        if r["area_km2"] is not None
    }
    assert len(gains) == len(reported) == 2
    for actor, region, _layer, source, _f, _t, area, days in gains:
        row = reported[(actor, region, source)]
        assert area == pytest.approx(row["area_km2"], rel=1e-12)
        assert days == row["days_covered"]


def test_metadata_names_units_sources_and_licence(cli, tmp_path, seeded):
    _ok(cli("publish", str(tmp_path / "site"), "--title", "Figures", "--license",
            "CC BY 4.0", "--license-url", "https://creativecommons.org/licenses/by/4.0/"))  # fmt: skip
    metadata = json.loads((tmp_path / "site" / "metadata.json").read_text())
    assert metadata["title"] == "Figures"
    assert metadata["license"] == "CC BY 4.0"
    assert metadata["source"] == "ISW, Ukrainian General Staff"
    tables = metadata["databases"]["frontline"]["tables"]
    assert tables["monthly"]["units"]["area_km2"] == "km^2"
    assert tables["monthly"]["units"]["rate_km2_per_day"] == "km^2/day"
    assert tables["monthly"]["units"]["days_covered"] == "day"
    assert "km²" in tables["monthly"]["columns"]["area_km2"]
    assert set(tables) >= {"records", "monthly", "yearly", "shapes_geojson", "sources"}


def test_publish_never_writes_over_the_working_database(cli, db_path, seeded):
    before = dump(db_path)
    result = cli("publish", str(db_path.parent))
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: output: {db_path} is the database ({db_path}) or one "
        "of its files; write the publication to another file\n"
    )
    assert dump(db_path) == before


def test_publish_of_a_missing_database_creates_nothing(cli, db_path, tmp_path):
    result = cli("publish", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert f"no database at {db_path}" in result.stderr
    assert not db_path.exists()
    assert not (tmp_path / "site" / "frontline.db").exists()


# --- through Datasette ---------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(port: int, path: str, deadline: float = 60.0):
    start = time.monotonic()
    while True:
        try:
            with urllib.request.urlopen(
                f"http://127.0.0.1:{port}{path}", timeout=5
            ) as r:
                return json.loads(r.read())
        except OSError:
            if time.monotonic() - start > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def mapped(cli, db_path) -> None:
    _ok(cli("import", *map(str, MAPS)))
    _ok(cli("region", "set", "ukraine", "--area", "603628"))


def test_datasette_serves_the_reports_figures_and_drawable_shapes(
    cli, db_path, tmp_path, mapped
):
    from shapely.geometry import shape

    from frontline.model.geometry import geodesic_area_km2

    before = _digest(db_path)
    _ok(cli("publish", str(tmp_path / "site")))
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(tmp_path / "site" / "frontline.db"),
         "--metadata", str(tmp_path / "site" / "metadata.json"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        monthly = _get(port, "/frontline/monthly.json?_shape=array&_size=max")
        reported = _report_rows(cli, "--by", "month")
        assert len(monthly) == len(reported) == 40
        for row, expected in zip(monthly, reported, strict=True):
            _same_row(row, expected)
        shapes = _get(port, "/frontline/shapes_geojson.json?_shape=array&_size=max")
        stored = {r["id"]: r["area_km2"] for r in json.loads(cli("list", "-f", "json").stdout)}  # fmt: skip
        assert sorted(s["record_id"] for s in shapes) == sorted(stored)
        for published in shapes:
            area = geodesic_area_km2(shape(json.loads(published["geometry"])))
            expected = stored[published["record_id"]]
            assert abs(area - expected) <= 0.001 * expected
        served = _get(port, "/-/metadata.json")
        assert (
            served["databases"]["frontline"]["tables"]["monthly"]["units"][
                "holding_km2"
            ]
            == "km^2"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert _digest(db_path) == before


def test_simplify_trades_detail_for_size_at_the_tolerance_given(cli, tmp_path, mapped):
    _ok(cli("publish", str(tmp_path / "exact"), "--simplify", "0"))
    _ok(cli("publish", str(tmp_path / "coarse"), "--simplify", "5000"))
    exact = {r["record_id"]: r for r in _rows(tmp_path / "exact" / "frontline.db", "shapes_geojson")}  # fmt: skip
    coarse = _rows(tmp_path / "coarse" / "frontline.db", "shapes_geojson")
    for row in coarse:
        assert row["tolerance_m"] == 5000.0
        assert exact[row["record_id"]]["tolerance_m"] == 0.0
        assert exact[row["record_id"]]["drawn_area_km2"] == pytest.approx(
            row["area_km2"], rel=1e-9
        )
    assert sum(len(r["geometry"]) for r in coarse) < sum(
        len(r["geometry"]) for r in exact.values()
    )


def test_serve_runs_datasette_on_loopback_and_cleans_up(db_path, tmp_path, cli, seeded):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "frontline", "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        rows = _get(port, "/frontline/yearly.json?_shape=array")
        assert {r["period"] for r in rows} == {"2023", "2024"}
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    folder = err.split("published ", 1)[1].split("/frontline.db")[0]
    assert not Path(folder).exists()
    assert f"serving on http://127.0.0.1:{port}/" in err


def test_serve_without_datasette_says_how_to_get_it(cli, seeded, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "datasette" else real(name, *a),
    )
    result = cli("serve")
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: serve needs Datasette: pip install 'frontline[web]' "
        "(or pip install datasette)\n"
    )


def test_every_published_bucket_column_is_described_with_the_reports_key(
    cli, tmp_path, seeded
):
    """The monthly table's columns, the report's JSON keys and the metadata's
    described columns are one list: a key added to the report is published and
    must be described."""
    _ok(cli("publish", str(tmp_path / "site")))
    metadata = json.loads((tmp_path / "site" / "metadata.json").read_text())
    described = list(metadata["databases"]["frontline"]["tables"]["monthly"]["columns"])
    published = list(_rows(tmp_path / "site" / "frontline.db", "monthly")[0])
    reported = list(_report_rows(cli, "--by", "month")[0])
    assert published == reported == described
