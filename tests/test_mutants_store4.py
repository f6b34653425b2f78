"""A dry run through the store's own bulk functions (no transaction of the
caller's around it) reads and stages only: it takes no write lock, so it
proceeds, with the counts a real merge would give, while another connection
holds the lock, and it leaves none behind."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.model.records import Record
from frontline.store import bulk, db


def holdings(days: int) -> Iterator[bulk.Located]:
    """One holding a day from 2024-01-01, area 10 + day."""
    for day in range(days):
        when = date(2024, 1, 1) + timedelta(days=day)
        yield Record("holding", "russia", "ukraine", when, when, 10.0 + day), None


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database holding the first two of those holdings; no waiting for locks."""
    monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", "0")
    path = tmp_path / "f.db"
    conn = db.open_for_write(db.Location(path, "--db"))
    try:
        bulk.write_records(conn, holdings(2))
    finally:
        conn.close()
    return path


def stored(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM records").fetchone()[0]


def test_a_dry_run_proceeds_while_another_connection_holds_the_write_lock(
    path: Path,
) -> None:
    conn = db.open_for_write(db.Location(path, "--db"))
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    try:
        # Five holdings, the first two stored with the same areas: 3 new.
        summary = bulk.write_records(conn, holdings(5), dry_run=True)
        assert (summary.added, summary.unchanged, summary.updated) == (3, 2, 0)
        assert not conn.in_transaction
        # The real write is refused: the lock is the other connection's.
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            bulk.write_records(conn, holdings(5))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert stored(path) == 2
    conn.close()


def test_a_dry_run_leaves_the_write_lock_free(path: Path) -> None:
    conn = db.open_for_write(db.Location(path, "--db"))
    staging = bulk.Staging(conn)
    staging.add_records(holdings(4), None)
    summary = bulk.merge(staging, dry_run=True)
    assert (summary.added, summary.unchanged) == (2, 2)
    # Another writer gets the lock at once (no waiting: timeout 0).
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute("ROLLBACK")
    other.close()
    staging.drop()
    conn.close()
    assert stored(path) == 2


def test_a_stored_figure_given_twice_is_merged_once_as_given_last(path: Path) -> None:
    # 2024-01-02 is stored with area 11. The input gives it twice (12, then 13)
    # and 2024-01-03 once: the last version of the repeated figure replaces
    # the stored one, the earlier copy is counted as repeated.
    day = date(2024, 1, 2)
    given = [
        (Record("holding", "russia", "ukraine", day, day, 12.0), "f.csv, line 2"),
        (Record("holding", "russia", "ukraine", day, day, 13.0), "f.csv, line 3"),
        *list(holdings(3))[2:],
    ]
    conn = db.open_for_write(db.Location(path, "--db"))
    summary = bulk.write_records(conn, given, on_conflict="replace")
    conn.close()
    assert (summary.added, summary.updated, summary.unchanged, summary.repeated) == (
        1,
        1,
        0,
        1,
    )
    with sqlite3.connect(path) as check:
        areas = check.execute('SELECT "end", area_km2 FROM records ORDER BY "end"')
        assert areas.fetchall() == [
            ("2024-01-01", 10.0),
            ("2024-01-02", 13.0),
            ("2024-01-03", 12.0),
        ]
