"""Reading and writing records, with history kept for every edit and removal.

All writes run inside one `db.atomic()` transaction each, so a failure or a crash
in the middle leaves the database as it was. History rows are written by triggers
(see migrations/0001_records.sql): no code path here can lose an earlier version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from frontline.errors import InputError
from frontline.model.records import (
    FIELD_NAMES,
    KEY_FIELDS,
    MAX_ID,
    Record,
    parse_area,
    record_from_fields,
    record_from_row,
)

_VALUE_FIELDS = ("area_km2", "bound", "url", "published", "note")
_COLUMNS = ", ".join(f'"{name}"' for name in FIELD_NAMES)
_KEY_MATCH = " AND ".join(f'r."{name}" = s."{name}"' for name in KEY_FIELDS)
_VALUES_DIFFER = " OR ".join(f'r."{name}" IS NOT s."{name}"' for name in _VALUE_FIELDS)
ON_CONFLICT = ("skip", "replace", "fail")
BATCH_SIZE = 5000


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction: committed on success, rolled back on any exception.

    The write lock is taken up front (BEGIN IMMEDIATE): a deferred transaction
    that read first would fail at once with "database is locked" when another
    writer committed meanwhile, whereas an immediate one waits its busy timeout.
    sqlite-utils' `atomic()` then runs inside it as a savepoint.
    """
    from sqlite_utils import Database

    if conn.in_transaction:
        with Database(conn).atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        with Database(conn).atomic():
            yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


@dataclass
class WriteSummary:
    """What a write did: counts for the user, the first conflicts for messages."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    # Rows that gave a figure already given earlier in the same input: only the
    # last version of each is kept, and the import says how many were dropped.
    repeated: int = 0
    conflicts: list[tuple[str | None, int]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.skipped


Located = tuple[Record, str | None]


def write_records(
    conn: sqlite3.Connection,
    records: Iterable[Located],
    *,
    on_conflict: str = "skip",
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> WriteSummary:
    """Insert records, all or nothing, matching existing ones by natural key.

    Each item is a record and where it came from (`file, line 4`), used to name
    the culprit when `on_conflict="fail"` meets a figure that differs from the one
    stored. A figure identical to a stored one is never written again. With
    `dry_run` the same work is done and then rolled back, so the summary is exact.
    """
    if on_conflict not in ON_CONFLICT:
        raise InputError(
            "on-conflict", f"{on_conflict!r} is not one of skip, replace, fail"
        )
    summary = WriteSummary()
    try:
        with atomic(conn):
            given = _stage(conn, records, progress)
            summary = _merge_staged(conn, on_conflict)
            summary.repeated = given - summary.total
            if dry_run:
                raise _DryRun(summary)
    except _DryRun as done:
        summary = done.summary
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.staged")
    return summary


class FigureConflict(InputError):
    """A figure already stored with other values, met with `on_conflict="fail"`."""

    def __init__(self, record_id: int, origin: str | None) -> None:
        self.record_id = record_id
        super().__init__(
            None,
            f"this figure is already recorded as #{record_id} with other values "
            "(choose --on-conflict replace or skip)",
            file=origin,
        )


class _DryRun(Exception):
    def __init__(self, summary: WriteSummary) -> None:
        self.summary = summary


def _stage(
    conn: sqlite3.Connection,
    records: Iterable[Located],
    progress: Callable[[int], None] | None,
) -> int:
    """Stage every record; returns how many were given (repeats included)."""
    conn.execute("DROP TABLE IF EXISTS temp.staged")
    key = ", ".join(f'"{name}"' for name in KEY_FIELDS)
    conn.execute(f"CREATE TEMP TABLE staged ({_COLUMNS}, origin, PRIMARY KEY ({key}))")
    # A figure given twice in one input keeps its last version, like a re-import.
    insert = (
        f"INSERT OR REPLACE INTO temp.staged ({_COLUMNS}, origin) "
        f"VALUES ({', '.join('?' * (len(FIELD_NAMES) + 1))})"
    )
    batch: list[tuple[object, ...]] = []
    given = 0
    for record, origin in records:
        batch.append((*record.to_values(), origin))
        if len(batch) >= BATCH_SIZE:
            conn.executemany(insert, batch)
            given += len(batch)
            if progress:
                progress(len(batch))
            batch.clear()
    if batch:
        conn.executemany(insert, batch)
        given += len(batch)
        if progress:
            progress(len(batch))
    return given


def _merge_staged(conn: sqlite3.Connection, on_conflict: str) -> WriteSummary:
    summary = WriteSummary()
    changed = (
        f"FROM temp.staged s JOIN records r ON {_KEY_MATCH} WHERE {_VALUES_DIFFER}"
    )
    summary.conflicts = [
        (origin, record_id)
        for origin, record_id in conn.execute(
            f"SELECT s.origin, r.id {changed} ORDER BY s.rowid LIMIT 5"
        )
    ]
    (differing,) = conn.execute(f"SELECT count(*) {changed}").fetchone()
    (staged,) = conn.execute("SELECT count(*) FROM temp.staged").fetchone()
    (existing,) = conn.execute(
        f"SELECT count(*) FROM temp.staged s JOIN records r ON {_KEY_MATCH}"
    ).fetchone()
    if differing and on_conflict == "fail":
        origin, record_id = summary.conflicts[0]
        raise FigureConflict(record_id, origin)
    if on_conflict == "replace" and differing:
        assignments = (
            ", ".join(f'"{name}" = s."{name}"' for name in _VALUE_FIELDS)
            + ", updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        )
        conn.execute(
            f"UPDATE records AS r SET {assignments} FROM temp.staged s "
            f"WHERE {_KEY_MATCH} AND ({_VALUES_DIFFER})"
        )
        summary.updated = differing
    else:
        summary.skipped = differing
    summary.unchanged = existing - differing
    # An id given in the input (an export read back) is kept when no record has
    # or had it, so export -> import into an empty database -> export gives the
    # same bytes; a taken id, or the second of two equal ones, is renumbered.
    conn.execute(
        "UPDATE temp.staged SET id = NULL WHERE id IS NOT NULL AND ("
        "id IN (SELECT id FROM records) "
        "OR id IN (SELECT record_id FROM records_history) "
        "OR rowid NOT IN (SELECT min(rowid) FROM temp.staged "
        "WHERE id IS NOT NULL GROUP BY id))"
    )
    # Kept ids go in first, so that a fresh id (max + 1) can never take one.
    conn.execute(
        f"INSERT INTO records ({_COLUMNS}) "
        f"SELECT {', '.join(f's.{c}' for c in _COLUMNS.split(', '))} "
        f"FROM temp.staged s WHERE NOT EXISTS "
        f"(SELECT 1 FROM records r WHERE {_KEY_MATCH}) "
        "ORDER BY s.id IS NULL, s.rowid"
    )
    summary.added = staged - existing
    return summary


def find_by_key(conn: sqlite3.Connection, record: Record) -> Record | None:
    where = " AND ".join(f'"{name}" = ?' for name in KEY_FIELDS)
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where}", record.key
    ).fetchone()
    return _record(row) if row else None


def _record(row: tuple[object, ...]) -> Record:
    return record_from_row(dict(zip(FIELD_NAMES, row, strict=True)))


def get_record(conn: sqlite3.Connection | None, record_id: int) -> Record:
    row = None
    if conn is not None and 1 <= record_id <= MAX_ID:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM records WHERE id = ?", (record_id,)
        ).fetchone()
    if row is None:
        raise InputError("id", f"no record #{record_id}")
    return _record(row)


@dataclass(frozen=True)
class Filters:
    """Which records a listing or export covers; dates select overlapping spans."""

    actor: str | None = None
    region: str | None = None
    layer: str | None = None
    source: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        for name in ("actor", "region", "layer", "source", "kind"):
            value = getattr(self, name)
            if value is not None:
                clauses.append(f'"{name}" = ?')
                params.append(value)
        if self.start is not None:
            clauses.append('"end" >= ?')
            params.append(self.start.isoformat())
        if self.end is not None:
            clauses.append("start <= ?")
            params.append(self.end.isoformat())
        return (" AND ".join(clauses) or "1"), params


def iter_records(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[Record]:
    """Records in a stable order (series, then dates), streamed from the database."""
    if conn is None:
        return
    where, params = filters.where()
    cursor = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where} "
        'ORDER BY actor, region, layer, source, start, "end", kind, id',
        params,
    )
    for row in cursor:
        yield _record(row)


# The order of a listing: by series, then dates. `--sort FIELD` puts one field
# first and keeps this order among equal values, so a listing is always stable.
LIST_ORDER = ("actor", "region", "layer", "source", "start", "end", "kind", "id")
SORT_FIELDS = FIELD_NAMES


def iter_rows(
    conn: sqlite3.Connection | None,
    filters: Filters = Filters(),
    *,
    sort: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
    offset: int = 0,
    ordered: bool = True,
) -> Iterator[tuple[object, ...]]:
    """Stored values (in FIELD_NAMES order) of the records a listing shows, streamed
    from one cursor: SQLite sorts, skips and stops, so memory stays flat however
    many records there are (with a limit, its sorter keeps only limit + offset).
    `ordered=False` leaves the order to SQLite when it cannot change which rows
    come (no limit, no offset): for a first pass that only measures them."""
    if conn is None:
        return iter(())
    if sort is not None and sort not in SORT_FIELDS:
        raise InputError("sort", f"{sort!r} is not a record field")
    order = [sort] if sort else []
    order += [name for name in LIST_ORDER if name != sort]
    direction = " DESC" if reverse else ""
    where, params = filters.where()
    ordering = ""
    if ordered or limit is not None or offset:  # which rows depends on the order
        ordering = " ORDER BY " + ", ".join(f'"{n}"{direction}' for n in order)
    return conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where}{ordering} LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else limit, offset],
    )


def count_matching(conn: sqlite3.Connection | None, filters: Filters) -> int:
    """How many records a listing with these filters has in all."""
    if conn is None:
        return 0
    where, params = filters.where()
    (count,) = conn.execute(
        f"SELECT count(*) FROM records WHERE {where}", params
    ).fetchone()
    return count


def update_record(
    conn: sqlite3.Connection | None, record_id: int, changes: dict[str, object]
) -> Record:
    """Change fields of one record, validated as a whole; history keeps the old.

    A new area keeps the figure's bound unless it brings its own (`~2800`) or a
    bound is given: correcting a number does not make an estimate exact. A
    holding moved with only `start` or `end` moves its one day.
    """
    current = get_record(conn, record_id)
    assert conn is not None
    values: dict[str, object] = {
        name: value for name, value in current.to_row().items() if value is not None
    }
    changes = dict(changes)
    kind = changes.get("kind", current.kind)
    if kind == "holding" and "on" not in changes:
        day = changes.pop("end", None) or changes.pop("start", None)
        if day is not None:
            changes["on"] = day
    if "on" in changes:
        values.pop("start", None)
        values.pop("end", None)
    if "area" in changes:
        values.pop("area_km2", None)
        if "bound" in changes or parse_area(changes["area"], "area").bound != "exact":
            values.pop("bound", None)
    values.update(changes)
    values = {k: v for k, v in values.items() if v is not None}
    updated = record_from_fields(values).with_changes(id=record_id)
    if updated == current:
        raise Unchanged(current)
    with atomic(conn):
        try:
            _overwrite(conn, record_id, updated)
        except sqlite3.IntegrityError:
            other = find_by_key(conn, updated)
            duplicate = other.id if other else "?"
            raise InputError(
                None, f"the edited figure would duplicate record #{duplicate}"
            ) from None
    return updated


class Unchanged(Exception):
    """An edit that would leave the record as it is: nothing written, no version."""

    def __init__(self, record: Record) -> None:
        self.record = record
        super().__init__(f"record #{record.id} already has these values")


def _overwrite(conn: sqlite3.Connection, record_id: int, record: Record) -> None:
    """Replace a stored record's fields; the trigger files the old version."""
    row = record.to_row()
    names = [name for name in FIELD_NAMES if name != "id"]
    assignments = ", ".join(f'"{name}" = ?' for name in names)
    conn.execute(
        f"UPDATE records SET {assignments}, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        [row[name] for name in names] + [record_id],
    )


def record_known(conn: sqlite3.Connection | None, record_id: int) -> bool:
    """Whether a record exists now or existed once (its history is kept)."""
    if conn is None or not 1 <= record_id <= MAX_ID:
        return False
    return (
        conn.execute(
            "SELECT 1 FROM records WHERE id = ? UNION ALL "
            "SELECT 1 FROM records_history WHERE record_id = ? LIMIT 1",
            (record_id, record_id),
        ).fetchone()
        is not None
    )


def remove_record(conn: sqlite3.Connection | None, record_id: int) -> Record:
    record = get_record(conn, record_id)
    assert conn is not None
    with atomic(conn):
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
    return record


@dataclass(frozen=True)
class Version:
    """An earlier version of a record, as it was before an edit or a removal."""

    version: int
    action: str
    changed_at: str
    record: Record


def history(
    conn: sqlite3.Connection | None,
    record_id: int | None = None,
    *,
    reverse: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Version]:
    """Earlier versions, by record then version (newest first with `reverse`),
    streamed from one cursor."""
    if conn is None:
        return
    columns = ", ".join(f'"{name}"' for name in FIELD_NAMES if name != "id")
    where, params = (
        ("WHERE record_id = ?", [record_id]) if record_id is not None else ("", [])
    )
    direction = " DESC" if reverse else ""
    cursor = conn.execute(
        f"SELECT version, action, changed_at, record_id, {columns} "
        f"FROM records_history {where} "
        f"ORDER BY record_id{direction}, version{direction} LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else limit, offset],
    )
    names = [n for n in FIELD_NAMES if n != "id"]
    for version, action, changed_at, rid, *values in cursor:
        data = dict(zip(names, values, strict=True))
        data["id"] = rid
        yield Version(version, action, changed_at, record_from_row(data))


def count_history(conn: sqlite3.Connection | None, record_id: int | None) -> int:
    if conn is None:
        return 0
    where, params = (
        ("WHERE record_id = ?", [record_id]) if record_id is not None else ("", [])
    )
    (count,) = conn.execute(
        f"SELECT count(*) FROM records_history {where}", params
    ).fetchone()
    return count


def restore(
    conn: sqlite3.Connection | None, record_id: int, version: int | None = None
) -> Record:
    """Bring back an earlier version: re-insert a removed record, or undo an edit.

    Without `version`, the most recent saved version of the record is used. The
    current state, if any, goes to history first, so a restore can be undone too.
    """
    versions = list(history(conn, record_id))
    if version is not None:
        chosen = [v for v in versions if v.version == version]
        if not chosen:
            raise InputError(
                "version", f"record #{record_id} has no saved version {version}"
            )
    else:
        chosen = versions[-1:]
        if not chosen and not record_known(conn, record_id):
            raise InputError("id", f"no record #{record_id}")
        if not chosen:
            raise InputError("id", f"record #{record_id} has no saved versions")
    target = chosen[0].record
    assert conn is not None
    exists = conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone()
    with atomic(conn):
        try:
            if exists:
                # The edit trigger files the current state under this action.
                conn.execute("INSERT INTO history_action (action) VALUES ('restore')")
                _overwrite(conn, record_id, target)
                conn.execute("DELETE FROM history_action")
            else:
                conn.execute(
                    f"INSERT INTO records ({_COLUMNS}) VALUES "
                    f"({', '.join('?' * len(FIELD_NAMES))})",
                    target.to_values(),
                )
        except sqlite3.IntegrityError:
            other = find_by_key(conn, target)
            raise InputError(
                None,
                "cannot restore: the same figure is now recorded as "
                f"#{other.id if other else '?'}",
            ) from None
    return target


def count_records(conn: sqlite3.Connection | None) -> tuple[int, int]:
    """Records stored, and earlier versions kept in history."""
    if conn is None:
        return 0, 0
    (records,) = conn.execute("SELECT count(*) FROM records").fetchone()
    (versions,) = conn.execute("SELECT count(*) FROM records_history").fetchone()
    return records, versions
