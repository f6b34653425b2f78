"""`ingest.pipeline.import_inputs`: the one import path, called as a library.

Results come back as data; tables take the fast path beside maps; the write
lock is taken only once everything is read; records and shapes are written in
one transaction."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from conftest import dump
from frontline.ingest import pipeline, tabular
from frontline.ingest.sources import FieldPlan, resolve_sources
from frontline.store import db

pytest.importorskip("shapely")

FIXTURES = Path(__file__).parent / "fixtures"
MAP = FIXTURES / "deepstatemap_data_20240315.geojson"
PLAIN = FieldPlan.from_options(
    [], ["actor=russia", "region=ukraine", "source=DeepState"], None
)
HEADER = "kind,actor,region,start,end,area,source\n"
ROW = "change,russia,kursk,2024-10-01,2024-11-19,593,DeepState\n"


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    db.migrate(conn)
    conn.commit()
    return conn


def records(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            'SELECT kind, actor, region, "end", source FROM records ORDER BY id'
        ).fetchall()


def shapes(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM record_shapes").fetchone()[0]


@pytest.fixture
def inputs(tmp_path: Path):
    table = tmp_path / "a.csv"
    table.write_text(HEADER + ROW, encoding="utf-8")
    return resolve_sources([str(table)], None) + resolve_sources([str(MAP)], "geojson")


def test_a_mixed_import_returns_its_result_as_data(tmp_path, inputs):
    path = tmp_path / "t.db"
    conn = connect(path)
    options = pipeline.ImportOptions(plan=PLAIN)
    result = pipeline.import_inputs(conn, inputs, options)
    assert (result.label, result.dry_run, result.shapes_kept) == ("2 files", False, 1)
    summary = result.summary
    assert (summary.added, summary.updated, summary.unchanged) == (2, 0, 0)
    assert result.maps_line == "maps: 1 map"
    assert records(path) == [
        # --set applies to every input: the CSV's region column is overridden.
        ("change", "russia", "ukraine", "2024-11-19", "DeepState"),
        ("holding", "russia", "ukraine", "2024-03-15", "DeepState"),
    ]
    assert shapes(path) == 1
    again = pipeline.import_inputs(conn, inputs, options)
    assert (again.summary.added, again.summary.unchanged, again.shapes_kept) == (
        0,
        2,
        0,
    )


def test_the_table_of_a_mixed_import_takes_the_fast_path(tmp_path, inputs, monkeypatch):
    fast, slow = [], []
    value_rows, table_records = tabular.value_rows, tabular.table_records
    monkeypatch.setattr(
        tabular, "value_rows", lambda *a, **k: fast.append(a[1]) or value_rows(*a, **k)
    )
    monkeypatch.setattr(
        tabular,
        "table_records",
        lambda *a, **k: slow.append(a[1]) or table_records(*a, **k),
    )
    conn = connect(tmp_path / "t.db")
    pipeline.import_inputs(conn, inputs, pipeline.ImportOptions(plan=PLAIN))
    assert (fast, slow) == ([str(tmp_path / "a.csv")], [])


def test_no_write_lock_is_held_while_the_inputs_are_read(tmp_path, inputs, monkeypatch):
    """Another writer can commit while the map is parsed: the lock comes later."""
    from frontline.ingest import maps

    path = tmp_path / "t.db"
    conn = connect(path)
    other = sqlite3.connect(path, timeout=0)
    real = maps.read_map

    def read_map(*args, **kwargs):
        other.execute("BEGIN IMMEDIATE")  # fails at once if the lock were held
        other.execute("INSERT INTO regions (slug, area_km2) VALUES ('elsewhere', 1)")
        other.commit()
        yield from real(*args, **kwargs)

    monkeypatch.setattr(maps, "read_map", read_map)
    pipeline.import_inputs(conn, inputs, pipeline.ImportOptions(plan=PLAIN))
    assert len(records(path)) == 2
    other.close()


def test_a_failed_shape_write_undoes_the_records_too(tmp_path, inputs, monkeypatch):
    from frontline.store import shapes as shape_store

    path = tmp_path / "t.db"
    conn = connect(path)
    before = dump(path)

    def full_disk(conn: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(shape_store, "_attach", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        pipeline.import_inputs(conn, inputs, pipeline.ImportOptions(plan=PLAIN))
    assert not conn.in_transaction
    assert dump(path) == before


def test_a_dry_run_counts_and_writes_nothing(tmp_path, inputs):
    path = tmp_path / "t.db"
    conn = connect(path)
    before = dump(path)
    result = pipeline.import_inputs(
        conn, inputs, pipeline.ImportOptions(plan=PLAIN, dry_run=True)
    )
    assert (result.summary.added, result.dry_run, result.shapes_kept) == (2, True, 0)
    assert dump(path) == before
