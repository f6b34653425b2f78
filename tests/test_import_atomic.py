"""A map import writes its records and their shapes in one transaction: a
failure anywhere (the shape write, a full disk, Ctrl-C) leaves the database
file byte for byte as it was."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import dump
from frontline.model.records import Record

pytest.importorskip("shapely")

FIXTURES = Path(__file__).parent / "fixtures"
DEEPSTATE_2023 = FIXTURES / "deepstate" / "deepstatemap_data_20230301.geojson"
SPARE_FROM, SPARE_TO, SPARE_STEP = 40, 100, 2


def _checkpointed_bytes(path: Path) -> bytes:
    """The database file once every committed page is in it (the WAL folded in
    and removed), which is what "byte for byte as before" compares."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    return path.read_bytes()


def _seeded(cli, db_path: Path) -> bytes:
    assert cli("seed").exit_code == 0
    return _checkpointed_bytes(db_path)


def test_a_failed_shape_write_leaves_the_database_as_it_was(cli, db_path, monkeypatch):
    from frontline.store import shapes

    before = _seeded(cli, db_path)
    before_dump = dump(db_path)

    def full_disk(conn: sqlite3.Connection) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(shapes, "_attach", full_disk)
    result = cli("import", str(DEEPSTATE_2023))
    assert result.exit_code == 1
    assert result.output == (
        "frontline: error: database error: database or disk is full\n"
    )
    assert dump(db_path) == before_dump
    assert _checkpointed_bytes(db_path) == before


def test_records_and_shapes_arrive_together(cli, db_path):
    _seeded(cli, db_path)
    result = cli("import", str(DEEPSTATE_2023))
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db_path)
    try:
        holdings, shaped = conn.execute(
            "SELECT count(*), count(s.record_id) FROM records r "
            "LEFT JOIN record_shapes s ON s.record_id = r.id "
            "WHERE r.kind = 'holding' AND r.source = 'DeepState'"
        ).fetchone()
    finally:
        conn.close()
    assert holdings == shaped > 0


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    """A 4 MiB tmpfs of its own (root only; skipped where mounting is refused)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    point = tmp_path / "tmpfs"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mount -t tmpfs is not allowed here")
    try:
        yield point
    finally:
        gc.collect()  # a connection the CLI left to the collector holds files open
        if subprocess.run(["umount", str(point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(point)], check=True)


def test_a_nearly_full_disk_writes_all_or_nothing(cli, db_path, small_tmpfs):
    """Leave 40 to 98 KiB free beside a seeded database and import a DeepState
    map: each run either stores the four holdings with their four shapes, or
    fails with exit 1 and the file as it was (the old write committed the
    records and lost the shapes with about 68 KiB free)."""
    _seeded(cli, db_path)
    db = small_tmpfs / "frontline.db"
    filler = small_tmpfs / "filler"
    outcomes = set()
    for spare_kib in range(SPARE_FROM, SPARE_TO, SPARE_STEP):
        gc.collect()
        for leftover in small_tmpfs.iterdir():
            leftover.unlink()
        shutil.copyfile(db_path, db)
        before = db.read_bytes()
        status = os.statvfs(small_tmpfs)
        filler.write_bytes(
            b"\0" * (status.f_bavail * status.f_frsize - spare_kib * 1024)
        )
        result = cli("--db", str(db), "import", str(DEEPSTATE_2023))
        filler.unlink()
        after = _checkpointed_bytes(db)
        conn = sqlite3.connect(db)
        try:
            records, shapes = conn.execute(
                "SELECT count(*), (SELECT count(*) FROM record_shapes) FROM records"
            ).fetchone()
        finally:
            conn.close()
        if result.exit_code == 0:
            assert (records, shapes) == (11, 4), spare_kib
        else:
            assert result.exit_code == 1, (spare_kib, result.output)
            assert result.output.startswith("frontline: error: "), result.output
            assert "Traceback" not in result.output
            assert after == before, spare_kib
        outcomes.add(result.exit_code)
    assert outcomes == {0, 1}


def _holding(day: int) -> tuple[Record, None]:
    when = date(2024, 1, day)
    return Record("holding", "russia", "ukraine", when, when, 100.0 + day), None


def test_a_bulk_write_inside_a_callers_transaction_never_commits_it(tmp_path):
    from frontline.store import bulk, db

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    db.begin_write(conn)
    summary = bulk.write_records(conn, [_holding(1), _holding(2)])
    assert summary.added == 2
    assert conn.in_transaction
    (inside,) = conn.execute("SELECT count(*) FROM records").fetchone()
    conn.rollback()
    (after,) = conn.execute("SELECT count(*) FROM records").fetchone()
    assert (inside, after) == (2, 0)


def test_a_failed_bulk_write_leaves_the_callers_transaction_usable(tmp_path):
    from frontline.store import bulk, db

    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    db.begin_write(conn)
    conn.execute(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2) '
        "VALUES ('holding', 'ukraine', 'kursk', '2024-08-31', '2024-08-31', 1171)"
    )

    def broken() -> Iterator[tuple[Record, None]]:
        yield _holding(1)
        raise RuntimeError("reader failed")

    with pytest.raises(RuntimeError):
        bulk.write_records(conn, broken())
    assert conn.in_transaction
    conn.commit()
    rows = conn.execute("SELECT actor, area_km2 FROM records").fetchall()
    assert rows == [("ukraine", 1171.0)]


ADD = ("add", "5", "--actor", "russia", "--region", "ukraine", "--on", "2024-01-01")
LONG_STATEMENT = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
    "WHERE x < 10000000) SELECT count(*) FROM c"
)


@pytest.fixture
def ctrl_c_heard() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt here as in a terminal, even when the
    suite was started in the background, whose shell makes its processes
    ignore SIGINT (Python then installs no handler of its own)."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _interrupt_soon() -> threading.Timer:
    """SIGINT to this process in 0.2 s, as Ctrl-C on a terminal sends it."""
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def test_ctrl_c_while_saving_stops_at_once_and_writes_nothing(
    cli, db_path, monkeypatch, ctrl_c_heard
):
    """Ctrl-C during the merge (here one long statement inside it) stops the
    statement within a second, says so, exits 130 and writes nothing."""
    from frontline.store import bulk

    assert cli(*ADD).exit_code == 0
    before = dump(db_path)
    insert_new = bulk._insert_new
    waited: list[float] = []

    def slow_insert(conn, *args, **kwargs):
        insert_new(conn, *args, **kwargs)
        timer = _interrupt_soon()
        started = time.perf_counter()
        try:
            conn.execute(LONG_STATEMENT).fetchone()
        finally:
            waited.append(time.perf_counter() - started)
            timer.cancel()

    monkeypatch.setattr(bulk, "_insert_new", slow_insert)
    result = cli("import", str(FIXTURES / "records.csv"))
    assert result.output == "frontline: interrupted: nothing written\n"
    assert result.exit_code == 130
    assert waited[0] < 1.2
    assert dump(db_path) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_while_reading_writes_nothing(cli, db_path, monkeypatch, ctrl_c_heard):
    from frontline.ingest import tabular

    assert cli(*ADD).exit_code == 0
    before = dump(db_path)
    stage_table = tabular.stage_table

    def interrupted(*args, **kwargs):
        stage_table(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)

    monkeypatch.setattr(tabular, "stage_table", interrupted)
    started = time.perf_counter()
    result = cli("import", str(FIXTURES / "records.csv"))
    assert time.perf_counter() - started < 3
    assert (result.exit_code, result.output) == (
        130,
        "frontline: interrupted: nothing written\n",
    )
    assert dump(db_path) == before


def test_a_dry_run_of_a_map_takes_no_write_lock(cli, db_path, monkeypatch):
    assert cli(*ADD).exit_code == 0
    monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", "0")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        tried = cli("import", "--dry-run", str(DEEPSTATE_2023))
        refused = cli("import", str(DEEPSTATE_2023))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert tried.exit_code == 0, tried.output
    assert ": would add 4, update 0, skip 0 (0 already present) in " in tried.stderr
    assert refused.exit_code == 1
    assert refused.stderr == "frontline: error: database error: database is locked\n"
