"""Opening the database: pragmas, concurrent writers, schema migrations."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from frontline.store import db

ADD = ("add", "5", "--actor", "russia", "--region", "ukraine", "--on", "2024-01-01")


def test_connection_pragmas(tmp_path: Path) -> None:
    conn = db.open_for_write(db.Location(tmp_path / "f.db", "--db"))
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute("PRAGMA busy_timeout").fetchone() == (db.BUSY_TIMEOUT_MS,)


def test_a_writer_waits_for_another_instead_of_failing(
    cli: Callable, db_path: Path
) -> None:
    cli(*ADD)
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE records SET note = 'busy'")
    released = threading.Event()

    def release_later() -> None:
        time.sleep(0.5)
        holder.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=release_later)
    thread.start()
    result = cli(*ADD[:-1], "2024-01-02")
    thread.join()
    assert released.is_set()
    assert result.exit_code == 0, result.output
    assert result.stdout == "2\n"


def test_split_sql_keeps_trigger_bodies_whole() -> None:
    script = """
    -- a comment
    CREATE TABLE a (x);
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        INSERT INTO a VALUES (1);
        INSERT INTO a VALUES (2);
    END;
    CREATE INDEX i ON a (x);
    """
    statements = db.split_sql(script)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def test_unknown_newer_schema_is_refused(cli: Callable, db_path: Path) -> None:
    cli(*ADD)
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('frontline', '9999_future', 'later')"
        )
    result = cli("list")
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: this database was written by a newer frontline "
        "(schema 9999_future); upgrade frontline to use it\n"
    )


def test_foreign_sqlite_file_is_refused(cli: Callable, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (n)")
    result = cli("--db", str(other), *ADD)
    assert result.exit_code == 1
    assert result.stderr == (
        "frontline: error: this SQLite file is not a frontline database "
        "(it has tables: invoices)\n"
    )
    with sqlite3.connect(other) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        assert [name for (name,) in tables] == ["invoices"]


MIGRATIONS = [path.stem for path in db.migration_files()]


@pytest.mark.parametrize("stop_before", MIGRATIONS[1:])
def test_older_schema_is_upgraded_with_data_intact(
    cli: Callable, db_path: Path, stop_before: str
) -> None:
    """A database left at each earlier schema opens, upgrades and keeps its rows."""
    from sqlite_utils import Database

    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    old = db.build_migrations()
    old.apply(Database(conn), stop_before=stop_before)
    conn.execute(
        'INSERT INTO records (kind, actor, region, layer, start, "end", area_km2, '
        "bound, source) VALUES ('change', 'russia', 'ukraine', 'control', "
        "'2024-01-01', '2024-11-19', 2700, 'approx', 'ISW')"
    )
    conn.execute(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2) '
        "VALUES ('change', 'russia', 'kursk', '2024-10-01', '2024-11-19', 593)"
    )
    conn.execute("DELETE FROM records WHERE id = 2")
    conn.commit()
    conn.close()
    assert (
        db.applied_migrations(sqlite3.connect(db_path))
        == MIGRATIONS[: MIGRATIONS.index(stop_before)]
    )

    listed = cli("list", "-f", "csv")
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines()[1] == (
        "1,change,russia,ukraine,control,2024-01-01,2024-11-19,2700.0,approx,ISW,,,"
    )
    assert db.applied_migrations(sqlite3.connect(db_path)) == MIGRATIONS
    # The removed record's history survived, and its id is still never reused.
    assert (
        cli("history", "2", "-f", "csv").stdout.splitlines()[1].startswith("1,remove,")
    )
    assert cli(*ADD).stdout == "3\n"
