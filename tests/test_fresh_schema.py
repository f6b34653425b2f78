"""A new database gets its schema without sqlite-utils (a first write pays for
no import of it): the result must be the very file sqlite-utils' migration
runner makes, so that it upgrades the file later as any other."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from frontline.store import db


def schema(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def test_a_new_schema_is_the_one_sqlite_utils_makes(tmp_path):
    from sqlite_utils import Database

    with closing(sqlite3.connect(tmp_path / "fast.db")) as fast:
        applied = db.migrate(fast)
        with closing(sqlite3.connect(tmp_path / "runner.db")) as runner:
            db.build_migrations().apply(Database(runner))
            runner.commit()
            assert schema(fast) == schema(runner)
            rows = "SELECT id, migration_set, name FROM _sqlite_migrations"
            assert fast.execute(rows).fetchall() == runner.execute(rows).fetchall()
    assert applied == [file.stem for file in db.migration_files()]


def test_the_runner_finds_nothing_pending_in_a_new_database(tmp_path):
    from sqlite_utils import Database

    with closing(sqlite3.connect(tmp_path / "fast.db")) as conn:
        db.migrate(conn)
        assert db.build_migrations().pending(Database(conn)) == []
        assert db.migrate(conn) == []


def test_a_new_database_is_made_without_importing_sqlite_utils(tmp_path):
    import subprocess
    import sys

    code = (
        "import sqlite3, sys\n"
        "from frontline.store import db\n"
        f"db.migrate(sqlite3.connect({str(tmp_path / 'a.db')!r}))\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "False\n"
