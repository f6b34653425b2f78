"""Writes are all or nothing, even when the process dies in the middle of one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.model.records import Record
from frontline.store import db
from frontline.store import records as store


def holdings(count: int, start: date = date(2020, 1, 1)) -> Iterator[store.Located]:
    for day in range(count):
        when = start + timedelta(days=day)
        record = Record("holding", "russia", "ukraine", when, when, 100000.0 + day)
        yield record, f"gen, line {day + 1}"


def open_db(path: Path) -> sqlite3.Connection:
    return db.open_for_write(db.Location(path, "--db"))


def contents(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute(
                "SELECT id, start, area_km2 FROM records ORDER BY id"
            ).fetchall()
            + conn.execute("SELECT * FROM records_history").fetchall()
        )


def test_error_in_the_middle_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    conn = open_db(path)
    store.write_records(conn, holdings(3))
    before = contents(path)

    def failing() -> Iterator[store.Located]:
        yield from holdings(store.BATCH_SIZE * 2 + 10, start=date(2021, 1, 1))
        raise InputError("area_km2", "'x' is not a number", file="big.csv", line=99)

    with pytest.raises(InputError):
        store.write_records(conn, failing())
    assert contents(path) == before


def test_killed_process_leaves_database_as_before(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    conn = open_db(path)
    store.write_records(conn, holdings(3))
    conn.close()
    before = contents(path)
    script = f"""
import os, signal
from datetime import date
from pathlib import Path
from frontline.store import db
from frontline.store import records as store
from tests.test_store import holdings

def dying():
    for number, item in enumerate(holdings(50_000, start=date(1900, 1, 1))):
        if number == 3 * store.BATCH_SIZE + 17:
            os.kill(os.getpid(), signal.SIGKILL)
        yield item

conn = db.open_for_write(db.Location(Path({str(path)!r}), "--db"))
store.write_records(conn, dying())
"""
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, check=False
    )
    assert result.returncode == -9, result.stderr.decode()
    assert contents(path) == before
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_dry_run_counts_exactly_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "f.db"
    conn = open_db(path)
    store.write_records(conn, holdings(5))
    before = contents(path)
    changed = [
        (record.with_changes(area_km2=1.0), origin) for record, origin in holdings(2)
    ]
    summary = store.write_records(
        conn,
        [*changed, *holdings(8)][2:] + changed,
        on_conflict="replace",
        dry_run=True,
    )
    assert (summary.added, summary.updated, summary.unchanged, summary.skipped) == (
        3,
        2,
        3,
        0,
    )
    assert contents(path) == before


def test_same_key_twice_in_one_input_keeps_the_last(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "f.db")
    (first,) = [record for record, _ in holdings(1)]
    summary = store.write_records(
        conn, [(first, "a"), (first.with_changes(area_km2=5.0), "b")]
    )
    assert summary.added == 1
    assert [r.area_km2 for r in store.iter_records(conn)] == [5.0]


def test_fail_names_where_the_changed_figure_came_from(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "f.db")
    store.write_records(conn, holdings(3))
    changed = [
        (record.with_changes(area_km2=1.0), f"new.csv, line {n + 2}")
        for n, (record, _) in enumerate(holdings(3))
    ]
    with pytest.raises(InputError) as caught:
        store.write_records(conn, changed[1:], on_conflict="fail")
    assert str(caught.value) == (
        "new.csv, line 3: this figure is already recorded as #2 with other values "
        "(choose --on-conflict replace or skip)"
    )


def test_an_imported_id_is_kept_only_when_free(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "f.db")
    store.write_records(conn, holdings(3))  # ids 1, 2, 3
    store.remove_record(conn, 3)  # id 3 stays reserved for its history

    def kursk(day: int, area: float, record_id: int) -> store.Located:
        when = date(2023, 1, day)
        return Record(
            "holding", "ukraine", "kursk", when, when, area, id=record_id
        ), None

    store.write_records(
        conn,
        [kursk(1, 1.0, 2), kursk(2, 2.0, 3), kursk(3, 3.0, 40), kursk(4, 4.0, 40)],
    )
    stored = {
        r.area_km2: r.id for r in store.iter_records(conn) if r.actor == "ukraine"
    }
    # 40 was free and kept; 2 is taken, 3 belongs to a removed record, the second
    # 40 repeats the first: those get fresh ids after every kept one.
    assert stored == {3.0: 40, 1.0: 41, 2.0: 42, 4.0: 43}
