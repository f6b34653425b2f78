"""Bulk writes (import, seed): validate and stage first, lock only to write.

Rows are staged in a temporary table of this connection, which takes no lock
on the database, so a long parse never blocks another writer. Then one
transaction, under the write lock, merges the staged rows into `records`: a
failure or a crash (even `kill -9`) anywhere leaves the database as it was.

One import is one transaction, whatever it writes. When the caller already
holds a transaction (a map import keeps its shapes in the same one, see
`store.shapes`), staging and merging run as savepoints of it: nothing here
ever commits or rolls back a transaction it did not open, so records and
whatever the caller writes beside them are stored together or not at all.

The merge is built for the two large cases, a first import into an empty
table and an import of figures already stored, and stays exact for the rest:

- the staging table has no key, so staging is a plain append; a figure given
  twice is found when the merge meets it (the unique key refuses the second
  copy, or two staged rows match one stored record), and only then are the
  earlier copies removed, keeping the last version, and the merge run again;
- one pass over the staged rows counts those already stored and those that
  differ; rows are inserted only when some are new, and the join that finds
  them is skipped when none was stored;
- into an empty table, the secondary indexes are dropped and built again after
  the insert, which is several times cheaper than keeping them up to date.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from frontline.errors import InputError
from frontline.model.records import (
    FIELD_NAMES,
    KEY_FIELDS,
    MAX_GIVEN_ID,
    MAX_ID,
    Record,
)
from frontline.store import db

_VALUE_FIELDS = ("area_km2", "bound", "url", "published", "note")
_COLUMNS = ", ".join(f'"{name}"' for name in FIELD_NAMES)
_KEY = ", ".join(f'"{name}"' for name in KEY_FIELDS)
_KEY_MATCH = " AND ".join(f'r."{name}" = s."{name}"' for name in KEY_FIELDS)
_VALUES_DIFFER = " OR ".join(f'r."{name}" IS NOT s."{name}"' for name in _VALUE_FIELDS)
_STAGED_COLUMNS = ", ".join(f"s.{name}" for name in _COLUMNS.split(", "))
ON_CONFLICT = ("skip", "replace", "fail")
BATCH_SIZE = 5000
# Below this many new rows, rebuilding the indexes saves nothing.
REINDEX_MIN_ROWS = 10_000

Located = tuple[Record, str | None]


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


def check_on_conflict(on_conflict: str) -> None:
    if on_conflict not in ON_CONFLICT:
        raise InputError(
            "on-conflict", f"{on_conflict!r} is not one of skip, replace, fail"
        )


class Staging:
    """Validated rows waiting in `temp.staged` for the merge, in input order.

    A staged row's origin is either its text (`file, line 4`, from a `Located`)
    or, for rows read from a file, just its line: rowids grow by one per row,
    so the file is known from where its rows start.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.given = 0
        self.with_ids = False
        self._starts: list[int] = []
        self._labels: list[str] = []
        conn.execute("DROP TABLE IF EXISTS temp.staged")
        conn.execute(f"CREATE TEMP TABLE staged ({_COLUMNS}, origin)")

    def add_rows(
        self,
        rows: Iterable[tuple[Any, ...]],
        label: str,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Stage `(*values, line)` tuples (`FIELD_NAMES` order) read from `label`."""
        self._starts.append(self.given + 1)
        self._labels.append(label)
        self._insert(rows, progress)

    def add_records(
        self, records: Iterable[Located], progress: Callable[[int], None] | None = None
    ) -> None:
        self._insert(
            ((*record.to_values(), origin) for record, origin in records), progress
        )

    def _insert(
        self, rows: Iterable[tuple[Any, ...]], progress: Callable[[int], None] | None
    ) -> None:
        marks = ", ".join("?" * (len(FIELD_NAMES) + 1))
        insert = f"INSERT INTO temp.staged VALUES ({marks})"
        batch: list[tuple[Any, ...]] = []
        execute = self.conn.executemany
        # Staging writes only the temporary table: no write lock on the database.
        with transaction(self.conn, write=False):
            for row in rows:
                batch.append(row)
                if len(batch) >= BATCH_SIZE:
                    self._flush(execute, insert, batch, progress)
            if batch:
                self._flush(execute, insert, batch, progress)

    def _flush(self, execute, insert, batch, progress) -> None:
        execute(insert, batch)
        if not self.with_ids:
            self.with_ids = any(row[0] is not None for row in batch)
        self.given += len(batch)
        if progress:
            progress(len(batch))
        batch.clear()

    def origin(self, rowid: int, origin: object) -> str | None:
        if origin is None or isinstance(origin, str):
            return origin
        where = bisect.bisect_right(self._starts, rowid) - 1
        return f"{self._labels[where]}, line {origin}" if where >= 0 else None

    def drop(self) -> None:
        """Remove the staged rows; inside a caller's transaction, as part of it."""
        self.conn.execute("DROP TABLE IF EXISTS temp.staged")


class _Repeats(Exception):
    """The staged rows give some figure twice: remove the earlier copies first."""


def merge(
    staging: Staging,
    *,
    on_conflict: str = "skip",
    dry_run: bool = False,
    on_wait: Callable[[], None] | None = None,
) -> WriteSummary:
    """Merge the staged rows into `records`, all or nothing, and say what it did.

    A dry run reads in an ordinary transaction and writes nothing, so it takes
    no write lock; its counts are those the real merge would give.
    """
    check_on_conflict(on_conflict)
    conn = staging.conn
    if dry_run:
        with transaction(conn, write=False, keep=False):
            _remove_repeats(conn)
            return _merge(staging, on_conflict, write=False)
    with transaction(conn, write=True, on_wait=on_wait):
        conn.execute("SAVEPOINT merge")
        try:
            summary = _merge(staging, on_conflict, write=True)
        except _Repeats:
            conn.execute("ROLLBACK TO merge")
            _remove_repeats(conn)
            summary = _merge(staging, on_conflict, write=True, deduplicated=True)
        conn.execute("RELEASE merge")
    return summary


@contextmanager
def transaction(
    conn: sqlite3.Connection,
    *,
    write: bool,
    keep: bool = True,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[None]:
    """A transaction of our own, or a savepoint of the one the caller holds.

    `write` takes the write lock up front (BEGIN IMMEDIATE); otherwise the
    transaction starts deferred and takes no lock until it writes to the
    database itself (temporary tables need none). With `keep=False` the work is
    undone at the end whatever happens (a dry run). A transaction the caller
    opened is never committed nor rolled back here: only our savepoint is.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT bulk")
        try:
            yield
        except BaseException:
            _undo_savepoint(conn)
            raise
        if keep:
            conn.execute("RELEASE bulk")
        else:
            _undo_savepoint(conn)
        return
    if write:
        db.begin_write(conn, on_wait)
    else:
        conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    if keep:
        conn.commit()
    else:
        conn.rollback()


def _undo_savepoint(conn: sqlite3.Connection) -> None:
    """Roll back to our savepoint, unless SQLite already rolled the whole
    transaction back (it may, on a full disk or an I/O error)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK TO bulk")
        conn.execute("RELEASE bulk")


def _remove_repeats(conn: sqlite3.Connection) -> None:
    """Keep the last version of a figure given twice, where it was given last."""
    conn.execute(
        "DELETE FROM temp.staged WHERE rowid NOT IN "
        f"(SELECT max(rowid) FROM temp.staged GROUP BY {_KEY})"
    )


def _merge(
    staging: Staging, on_conflict: str, *, write: bool, deduplicated: bool = False
) -> WriteSummary:
    conn = staging.conn
    summary = WriteSummary()
    (staged,) = conn.execute("SELECT count(*) FROM temp.staged").fetchone()
    stored = conn.execute("SELECT 1 FROM records LIMIT 1").fetchone() is not None
    existing = differing = 0
    if stored and staged:
        existing, distinct, differing = conn.execute(
            f"SELECT count(r.id), count(DISTINCT r.id), "
            f"coalesce(sum({_VALUES_DIFFER}), 0) "
            f"FROM temp.staged s JOIN records r ON {_KEY_MATCH}"
        ).fetchone()
        if distinct != existing:
            if deduplicated or not write:
                raise AssertionError("staged rows still repeat a figure")
            raise _Repeats
    if differing:
        summary.conflicts = [
            (staging.origin(rowid, origin), record_id)
            for rowid, origin, record_id in conn.execute(
                f"SELECT s.rowid, s.origin, r.id FROM temp.staged s "
                f"JOIN records r ON {_KEY_MATCH} WHERE {_VALUES_DIFFER} "
                "ORDER BY s.rowid LIMIT 5"
            )
        ]
        if on_conflict == "fail":
            origin, record_id = summary.conflicts[0]
            raise FigureConflict(record_id, origin)
    if on_conflict == "replace":
        summary.updated = differing
    else:
        summary.skipped = differing
    summary.unchanged = existing - differing
    summary.added = staged - existing
    summary.repeated = staging.given - summary.total
    if not write:
        return summary
    if on_conflict == "replace" and differing:
        assignments = (
            ", ".join(f'"{name}" = s."{name}"' for name in _VALUE_FIELDS)
            + ", updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        )
        conn.execute(
            f"UPDATE records AS r SET {assignments} FROM temp.staged s "
            f"WHERE {_KEY_MATCH} AND ({_VALUES_DIFFER})"
        )
    if summary.added:
        _insert_new(conn, staging, existing=existing, empty=not stored)
    return summary


def _insert_new(
    conn: sqlite3.Connection, staging: Staging, *, existing: int, empty: bool
) -> None:
    """Insert the staged rows not stored yet, ids given in the input first."""
    if staging.with_ids:
        # An id given in the input (an export read back) is kept when no record
        # has or had it, so export -> import into an empty database -> export
        # gives the same bytes; a taken id, or the second of two equal ones, is
        # renumbered.
        conn.execute(
            "UPDATE temp.staged SET id = NULL WHERE id IS NOT NULL AND ("
            "id IN (SELECT id FROM records) "
            "OR id IN (SELECT record_id FROM records_history) "
            "OR rowid NOT IN (SELECT min(rowid) FROM temp.staged "
            "WHERE id IS NOT NULL GROUP BY id))"
        )
    _number_below_a_full_counter(conn)
    new = "1"
    if existing:
        new = f"NOT EXISTS (SELECT 1 FROM records r WHERE {_KEY_MATCH})"
    # Kept ids go in first, so that a fresh id (max + 1) can never take one.
    parts = ("s.id IS NOT NULL", "s.id IS NULL") if staging.with_ids else ("1",)
    rebuild = []
    if empty and staging.given >= REINDEX_MIN_ROWS:
        rebuild = _drop_indexes(conn) + _set_aside_counting(conn)
    try:
        for part in parts:
            conn.execute(
                f"INSERT INTO records ({_COLUMNS}) SELECT {_STAGED_COLUMNS} "
                f"FROM temp.staged s WHERE {part} AND {new} ORDER BY s.rowid"
            )
    except sqlite3.IntegrityError as error:
        if str(error).startswith("UNIQUE constraint failed: records.kind"):
            raise _Repeats from None
        raise
    for statement in rebuild:
        conn.execute(statement)


def _number_below_a_full_counter(conn: sqlite3.Connection) -> None:
    """Give the staged rows without an id ids of their own when SQLite's counter
    has no room left for them.

    SQLite numbers a new record after the largest id there ever was; once a
    record holds the schema's last id (2^53, which older versions let a file
    give), every later write would fail the id check. The new records then
    take the ids after the largest one at most 2^52 (the most a file may give
    now), which no record has or had: at least 2^52 minus that id are free.
    """
    (waiting,) = conn.execute(
        "SELECT count(*) FROM temp.staged WHERE id IS NULL"
    ).fetchone()
    if not waiting:
        return
    (last,) = conn.execute(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence "
        "WHERE name = 'records'), 0), coalesce((SELECT max(id) FROM records), 0))"
    ).fetchone()
    if last + waiting <= MAX_ID:
        return
    (base,) = conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM records WHERE id <= :cap), 0), "
        "coalesce((SELECT max(record_id) FROM records_history "
        "WHERE record_id <= :cap), 0))",
        {"cap": MAX_GIVEN_ID},
    ).fetchone()
    conn.execute(
        "WITH numbered AS (SELECT rowid AS r, row_number() OVER (ORDER BY rowid) "
        "AS n FROM temp.staged WHERE id IS NULL) "
        "UPDATE temp.staged SET id = :base + numbered.n FROM numbered "
        "WHERE temp.staged.rowid = numbered.r",
        {"base": base},
    )


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the named indexes of `records` (the unique key stays); returns the
    statements that build them again. Only ever inside the merge transaction."""
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND tbl_name = 'records' AND sql IS NOT NULL"
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in indexes]


# Each series' snapshots counted at once, from the records (an empty table
# before the insert: the counts are made anew, whatever they said), in the
# order of the snapshots by series (migrations/0011), with no sort.
_COUNT_SNAPSHOTS = (
    "INSERT INTO snapshot_counts (actor, region, layer, source, snapshots) "
    "SELECT actor, region, layer, source, count(*) FROM records "
    "INDEXED BY records_holdings_by_series "
    "WHERE kind = 'holding' GROUP BY actor, region, layer, source "
    "ON CONFLICT DO UPDATE SET snapshots = excluded.snapshots"
)


# Each series' masks of the days with a snapshot (migrations/0013), month by
# month, from the records: the months from each counted series' first snapshot
# to its last, each summed over its snapshots on the snapshots by series (a
# seek and a step a snapshot). A GROUP BY of the months would sort every
# snapshot first (three times the time). After `_COUNT_SNAPSHOTS`, whose
# counts give the series.
_SERIES_EDGE = (
    'SELECT substr("end", 1, 7) FROM records INDEXED BY records_holdings_by_series '
    "WHERE kind = 'holding' AND actor = c.actor AND region = c.region "
    'AND layer = c.layer AND source = c.source ORDER BY "end" {} LIMIT 1'
)
_MARK_DAYS = (
    "INSERT INTO snapshot_months (actor, region, layer, source, month, days) "
    "WITH RECURSIVE months(actor, region, layer, source, month, last) AS ("
    "SELECT actor, region, layer, source, "
    f"({_SERIES_EDGE.format('ASC')}), ({_SERIES_EDGE.format('DESC')}) "
    "FROM snapshot_counts c WHERE snapshots > 0 UNION ALL "
    "SELECT actor, region, layer, source, "
    "substr(date(month || '-01', '+1 month'), 1, 7), last FROM months "
    "WHERE month < last) "
    "SELECT actor, region, layer, source, month, ifnull((SELECT sum(1 << substr("
    'r."end", 9)) FROM records AS r INDEXED BY records_holdings_by_series '
    "WHERE r.kind = 'holding' AND r.actor = m.actor AND r.region = m.region "
    "AND r.layer = m.layer AND r.source = m.source "
    "AND r.\"end\" BETWEEN m.month || '-01' AND m.month || '-31'), 0) "
    "FROM months m WHERE 1 "
    "ON CONFLICT DO UPDATE SET days = excluded.days"
)
# The same without the counts (their trigger dropped by hand): every snapshot
# sorted by its month.
_MARK_DAYS_SORTED = (
    "INSERT INTO snapshot_months (actor, region, layer, source, month, days) "
    'SELECT actor, region, layer, source, substr("end", 1, 7), '
    'sum(1 << substr("end", 9)) FROM records '
    "INDEXED BY records_holdings_by_series WHERE kind = 'holding' "
    'GROUP BY actor, region, layer, source, substr("end", 1, 7) '
    "ON CONFLICT DO UPDATE SET days = excluded.days"
)
_COUNTING = ("records_count_snapshot", "records_mark_snapshot_day")


def _set_aside_counting(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers that count each snapshot inserted (migrations/0012)
    and mark its day (0013), which cost a write per row each; returns the
    statements that count and mark them all in one pass each and make the
    triggers again. Only ever inside the merge transaction, into an empty
    table, after `_drop_indexes` (the indexes are built again before the
    passes read them). Whatever the counts and masks said before (the table
    was empty) is made anew."""
    found = dict(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND name IN {_COUNTING}"
        ).fetchall()
    )
    statements = []
    for name in _COUNTING:  # dropped by hand: nothing to set aside or make again
        if name in found:
            conn.execute(f"DROP TRIGGER {name}")
    if _COUNTING[0] in found:
        statements.append(_COUNT_SNAPSHOTS)
    if _COUNTING[1] in found:
        statements.append("DELETE FROM snapshot_months")
        statements.append(_MARK_DAYS if _COUNTING[0] in found else _MARK_DAYS_SORTED)
    return statements + [found[name] for name in _COUNTING if name in found]


def write_records(
    conn: sqlite3.Connection,
    records: Iterable[Located],
    *,
    on_conflict: str = "skip",
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
    on_wait: Callable[[], None] | None = None,
) -> WriteSummary:
    """Insert records, all or nothing, matching existing ones by natural key.

    Each item is a record and where it came from (`file, line 4`), used to name
    the culprit when `on_conflict="fail"` meets a figure that differs from the one
    stored. A figure identical to a stored one is never written again. With
    `dry_run` the same counts are made and nothing is written.
    """
    check_on_conflict(on_conflict)
    staging = Staging(conn)
    try:
        staging.add_records(records, progress)
        return merge(staging, on_conflict=on_conflict, dry_run=dry_run, on_wait=on_wait)
    finally:
        staging.drop()
