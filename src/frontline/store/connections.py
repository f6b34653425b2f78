"""A database by location: the connections one piece of work opens on it, and
what its first write created.

A command (or a library `Tracker`, which is a `Database` with a method per
command) reads through one connection and writes through one, opened on first
use. A database that is not there is an error for
reading, never an empty answer, and reading never creates it. Writing creates
it; whether this work created it is kept, so that the caller can say so once the
work succeeded, or remove what a failed first write left (`undo_creation`): an
empty database would otherwise answer the next command as if it were real.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontline.errors import FrontlineError
from frontline.store.db import (
    Location,
    describe_error,
    migration_files,
    open_for_write,
    refuse_database_output,
    schema_version,
)
from frontline.store.presence import (
    holds_nothing,
    missing_reason,
    open_existing,
    remove_database,
)

if TYPE_CHECKING:
    from frontline.store.bulk import WriteSummary
    from frontline.store.listing import History
    from frontline.store.records import Located


class Database:
    """The database at `location`, with a reading and a writing connection,
    each opened once; `close()` (or a `with` block) closes them."""

    def __init__(self, location: Location) -> None:
        self.location = location
        self.created = False  # this work's first write created the database
        self._new_folder = False
        self._reader: sqlite3.Connection | None = None
        self._writer: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.location.path

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> sqlite3.Connection:
        """The reading connection (the writing one once it is open). A
        database that is not there is an error ("no database at PATH"), never
        an empty answer, and reading never creates it."""
        if self._writer is not None:
            return self._writer
        if self._reader is None:
            self._reader = open_existing(self.location)
        return self._reader

    def reader_if_there(self) -> sqlite3.Connection | None:
        """The reading connection, or None when there is no database yet."""
        opened = self._writer is not None or self._reader is not None
        if not opened and missing_reason(self.path) is not None:
            return None
        return self.reader()

    def writer(self, create: bool = True) -> sqlite3.Connection:
        """The writing connection (which upgrades the schema), creating the
        database unless `create` is False (changing a record creates nothing)."""
        if self._writer is not None:
            return self._writer
        path = self.location.path
        reason = missing_reason(path)
        if reason is not None and not create:
            raise FrontlineError(reason)
        if reason is not None and not self.created:
            self._new_folder = not path.parent.exists()
        try:
            conn = open_for_write(self.location)
        except BaseException:
            if reason is not None:
                self.created = True
                self.undo_creation()
            raise
        if reason is not None:
            self.created = True
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self._writer = conn
        return conn

    def close(self) -> None:
        for conn in (self._reader, self._writer):
            if conn is not None:
                conn.close()
        self._reader = self._writer = None

    def undo_creation(self) -> None:
        """Close, and remove the database this work created if nothing was
        kept in it (nor the folder made for it, when that is left empty)."""
        created, self.created = self.created, False
        self.close()
        path = self.location.path
        if created and path.exists() and holds_nothing(path):
            remove_database(path)
            if self._new_folder:
                with contextlib.suppress(OSError):  # not empty: leave it
                    path.parent.rmdir()

    def refuse_output(self, output: str | Path, what: str = "the export") -> None:
        """An error when writing `output` would overwrite this database."""
        refuse_database_output(self.location, str(output), what)

    def names(self, field: str) -> list[str]:
        """The distinct stored names of `field` (actor, region, layer, source)."""
        from frontline.store.names import known_names

        return known_names(self.reader_if_there(), field)

    def info(self) -> dict[str, Any]:
        """`frontline db -f json`: where the database is, its schema and size."""
        from frontline.store.records import count_records

        conn = self.reader_if_there()
        version, name = schema_version(conn)
        records, versions = count_records(conn)
        return {
            "path": str(self.path),
            "chosen_by": self.location.chosen_by,
            "exists": conn is not None,
            "schema_version": version,
            "schema_name": name,
            "latest_schema_version": len(migration_files()),
            "records": records,
            "history_versions": versions,
        }

    def explain(self, error: sqlite3.Error) -> str:
        """SQLite's complaint in the user's words (a full disk said as one)."""
        return describe_error(error, self.path)

    # --- the commands on stored records: history, show, edit, rm, restore ---------

    def history(self, record_id: int | None = None, **order: Any) -> History:
        """`frontline history [ID]`: earlier versions, to stream (`.versions()`);
        `order` is `reverse`, `limit` and `offset`. An id never used is an error."""
        from frontline.store.listing import History

        return History(self.reader(), record_id, **order)

    def show(self, record_id: int) -> dict[str, Any]:
        """`frontline show ID`: the record, as `show -f json` prints it."""
        from frontline.store.records import get_record

        return get_record(self.reader(), record_id).to_row()

    def edit(self, record_id: int, **changes: Any) -> dict[str, Any]:
        """`frontline edit ID`: change stored fields (area, actor, region, layer,
        source, kind, start, end, url, published, note, bound); the previous
        version goes to history. The record as stored (`edit -f json`)."""
        return self.change(record_id, changes)[0]

    def change(
        self, record_id: int, changes: dict[str, Any]
    ) -> tuple[dict[str, Any], bool]:
        """`edit`, and whether anything changed (an edit to the values the
        record already has writes nothing, not even a version)."""
        from frontline.store import records as store

        try:
            return store.update_record(
                self.writer(False), record_id, changes
            ).to_row(), True
        except store.Unchanged as same:
            return same.record.to_row(), False

    def write_located(
        self, located: list[Located], on_conflict: str = "skip"
    ) -> WriteSummary:
        """Records with where each came from (`extract --add`'s candidates), in
        one transaction; a differing stored figure is left as stored (`skip`)."""
        from frontline.store.records import write_records

        return write_records(self.writer(), located, on_conflict=on_conflict)

    def rm(self, record_id: int) -> dict[str, Any]:
        """`frontline rm ID`: remove a record (kept in history); returns it."""
        from frontline.store.records import remove_record

        return remove_record(self.writer(False), record_id).to_row()

    def restore(self, record_id: int, version: int | None = None) -> dict[str, Any]:
        """`frontline restore ID`: bring back a removed record, or an earlier
        version (default: the latest saved); returns the record as restored."""
        from frontline.store.records import restore

        return restore(self.writer(False), record_id, version).to_row()
