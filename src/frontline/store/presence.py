"""Whether the database is there at all, and undoing a first write that failed.

A database that is not there is not an empty database: reading commands say
so instead of answering "no figures match" from a path with a typo in it, and
a first write that fails (a full disk) leaves no empty database behind for the
next command to read as if it were real.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from frontline.errors import FrontlineError
from frontline.store.db import Location, _check_path, _empty_file, open_for_read

CREATE_HINT = "create one with `frontline add`, `import` or `seed`"


def missing_reason(path: Path) -> str | None:
    """Why `path` holds no database yet, or None when it holds one.

    A missing file, a symbolic link to a file that is not there and a 0-byte
    file are all "no database": a reading command says so (exit 1) instead of
    answering "no figures match" from a database that a typo conjured up.
    """
    try:
        os.stat(path)
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:
            return f"no database at {path} ({CREATE_HINT})"
        return (
            f"no database at {path}: it is a symbolic link to {target}, "
            "which does not exist"
        )
    except OSError:
        return None  # _check_path says what is wrong with it
    if _empty_file(path):
        return f"no database at {path}: it is an empty file ({CREATE_HINT})"
    return None


def open_existing(location: Location) -> sqlite3.Connection:
    """A connection for reading a database that must already exist."""
    path = location.path
    _check_path(path)
    reason = missing_reason(path)
    if reason is not None:
        raise FrontlineError(reason)
    conn = open_for_read(location)
    assert conn is not None
    return conn


def holds_nothing(path: Path) -> bool:
    """Whether a database holds no record, region or shape, nor any history of
    one: what a first write that failed half-way leaves behind."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, OSError):
        return False
    try:
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
        for table in _DATA_TABLES:
            if table in tables:
                (count,) = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()
                if count:
                    return False
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


_DATA_TABLES = (
    "records",
    "records_history",
    "regions",
    "regions_history",
    "record_shapes",
    "record_shapes_history",
)


def remove_database(path: Path) -> None:
    """Remove a database file with its write-ahead log and shared memory."""
    for suffix in ("-wal", "-shm", "-journal", ""):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
