"""Kept geometry: the shape of each imported map snapshot, beside its record.

A map import yields its holding records to `records.write_records` like any
other import, and hands each record's compressed shape to `ShapeKeeper.keep`
as it goes: the shape waits in a temporary table (not in memory), and once the
records are merged each shape is attached to the record that now holds its
figure. Both happen in one transaction (`kept_shapes`), so an import stores
its records and their shapes together or not at all: the bulk write runs as a
savepoint of it and never commits it (a failed shape write, even on a full
disk, leaves the database file as it was).

Which stored record a staged shape belongs to: the one with the same natural
key whose area is the staged figure's. A figure left as stored (a conflict
skipped) keeps its own shape; a replaced one gets the new shape, and the old
goes to history (the triggers of migrations/0006_kept_geometry.sql).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from frontline.model.records import FIELD_NAMES, KEY_FIELDS, Record, record_from_row
from frontline.model.scope import Filters, Scope
from frontline.store.bulk import transaction
from frontline.store.where import filters_where, scope_where

_KEY_COLUMNS = ", ".join(f'"{name}"' for name in KEY_FIELDS)
_KEY_MATCH = " AND ".join(f'r."{name}" = s."{name}"' for name in KEY_FIELDS)
# Page cache (KiB, as SQLite's negative cache_size) while shapes are staged
# and attached: each shape's pages are written once and read once.
SHAPE_CACHE = -64
_RECORD_COLUMNS = ", ".join(f'r."{name}"' for name in FIELD_NAMES)


class ShapeKeeper:
    """Stages shapes during an import; `kept` says how many were stored."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.staged = 0
        self.kept = 0

    def keep(self, record: Record, geometry: bytes) -> None:
        """Stage the shape of one record (the last one given for a figure wins)."""
        values = dict(zip(FIELD_NAMES, record.to_values(), strict=True))
        self._conn.execute(
            f"INSERT OR REPLACE INTO temp.staged_shapes ({_KEY_COLUMNS}, area_km2, "
            f"geometry) VALUES ({', '.join('?' * (len(KEY_FIELDS) + 2))})",
            [*(values[name] for name in KEY_FIELDS), values["area_km2"], geometry],
        )
        self.staged += 1


@contextmanager
def kept_shapes(conn: sqlite3.Connection, dry_run: bool) -> Iterator[ShapeKeeper]:
    """One transaction around an import whose shapes are kept (see the module).

    Records written inside (by `write_records`, which then runs as a savepoint)
    and the shapes staged meanwhile are committed together; with `dry_run` the
    transaction takes no write lock, nothing is attached and it is rolled back.
    """
    keeper = ShapeKeeper(conn)
    with transaction(conn, write=not dry_run, keep=not dry_run):
        conn.execute("DROP TABLE IF EXISTS temp.staged_shapes")
        conn.execute(
            f"CREATE TEMP TABLE staged_shapes ({_KEY_COLUMNS}, area_km2, geometry, "
            f"PRIMARY KEY ({_KEY_COLUMNS}))"
        )
        try:
            yield keeper
            if not dry_run:
                keeper.kept = _attach(conn)
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.staged_shapes")


class ShapeStaging(ShapeKeeper):
    """Shapes staged in a temporary table before the write lock is taken, for
    an import that reads all its maps first (`ingest.pipeline`).

    Staging writes only the temporary table (no lock on the database); the
    caller then calls `attach` inside the transaction that merges the records,
    so records and shapes are stored together or not at all, and `drop` when
    done.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        # Staged shapes pass through the temporary database's page cache once
        # each: a small cache holds the import's memory near one day's shape
        # (an archive stages hundreds of them). The staged rows share it: a
        # 200,000-row table imported with a map measured no slower.
        (self._temp_cache,) = conn.execute("PRAGMA temp.cache_size").fetchone()
        conn.execute(f"PRAGMA temp.cache_size = {SHAPE_CACHE}")
        conn.execute("DROP TABLE IF EXISTS temp.staged_shapes")
        conn.execute(
            f"CREATE TEMP TABLE staged_shapes ({_KEY_COLUMNS}, area_km2, geometry, "
            f"PRIMARY KEY ({_KEY_COLUMNS}))"
        )

    def keep(self, record: Record, geometry: bytes) -> None:
        with transaction(self._conn, write=False):
            super().keep(record, geometry)

    def attach(self) -> int:
        """Attach every staged shape (inside the caller's write transaction),
        through a small page cache of the database too (see `__init__`)."""
        (cache,) = self._conn.execute("PRAGMA main.cache_size").fetchone()
        self._conn.execute(f"PRAGMA main.cache_size = {SHAPE_CACHE}")
        try:
            self.kept = _attach(self._conn)
        finally:
            self._conn.execute(f"PRAGMA main.cache_size = {int(cache)}")
        return self.kept

    def drop(self) -> None:
        self._conn.execute("DROP TABLE IF EXISTS temp.staged_shapes")
        self._conn.execute(f"PRAGMA temp.cache_size = {int(self._temp_cache)}")


def _attach(conn: sqlite3.Connection) -> int:
    """Give each staged shape to the record now holding its figure; returns how
    many shapes were stored or changed (an identical shape is left alone)."""
    matched = (
        "FROM temp.staged_shapes s JOIN records r "
        f"ON {_KEY_MATCH} AND r.area_km2 = s.area_km2"
    )
    (changing,) = conn.execute(
        f"SELECT count(*) {matched} LEFT JOIN record_shapes k "
        "ON k.record_id = r.id WHERE k.geometry IS NOT s.geometry"
    ).fetchone()
    conn.execute(
        f"INSERT INTO record_shapes (record_id, geometry) "
        f"SELECT r.id, s.geometry {matched} WHERE true "
        "ON CONFLICT (record_id) DO UPDATE SET geometry = excluded.geometry, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE record_shapes.geometry IS NOT excluded.geometry"
    )
    return changing


def shaped_records(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[tuple[Record, bytes | None]]:
    """Every record the filters select with its kept shape (None: no shape), in
    the order `records.iter_records` gives."""
    if conn is None:
        return
    where, params = filters_where(filters)
    cursor = conn.execute(
        f"SELECT {_RECORD_COLUMNS}, s.geometry "
        f"FROM (SELECT * FROM records WHERE {where}) r "
        "LEFT JOIN record_shapes s ON s.record_id = r.id "
        'ORDER BY r.actor, r.region, r.layer, r.source, r.start, r."end", '
        "r.kind, r.id",
        params,
    )
    for *row, geometry in cursor:
        yield record_from_row(dict(zip(FIELD_NAMES, row, strict=True))), geometry


class Snapshot(NamedTuple):
    """A holding with a kept shape: which series, which day, what area."""

    record_id: int
    actor: str
    region: str
    layer: str
    source: str
    day: date
    area_km2: float
    bound: str


def snapshots(conn: sqlite3.Connection | None, scope: Scope) -> list[Snapshot]:
    """The holdings with kept shapes that the scope selects, by series then day."""
    if conn is None:
        return []
    where, params = scope_where(scope, "r")
    rows = conn.execute(
        'SELECT r.id, r.actor, r.region, r.layer, r.source, r."end", r.area_km2, '
        "r.bound FROM records r JOIN record_shapes s ON s.record_id = r.id "
        f"WHERE r.kind = 'holding' AND {where} "
        'ORDER BY r.actor, r.region, r.layer, r.source, r."end"',
        params,
    ).fetchall()
    return [
        Snapshot(rid, actor, region, layer, source, date.fromisoformat(day), area, b)
        for rid, actor, region, layer, source, day, area, b in rows
    ]


def shape_of(conn: sqlite3.Connection, record_id: int) -> bytes | None:
    """The kept shape of one record, compressed as stored; None if it has none."""
    row = conn.execute(
        "SELECT geometry FROM record_shapes WHERE record_id = ?", (record_id,)
    ).fetchone()
    return row[0] if row else None


def shape_history(conn: sqlite3.Connection, record_id: int) -> list[tuple[str, bytes]]:
    """Earlier shapes of a record, oldest first: (action, compressed geometry)."""
    return conn.execute(
        "SELECT action, geometry FROM record_shapes_history WHERE record_id = ? "
        "ORDER BY version",
        (record_id,),
    ).fetchall()


def count_shapes(conn: sqlite3.Connection | None) -> int:
    if conn is None:
        return 0
    (count,) = conn.execute("SELECT count(*) FROM record_shapes").fetchone()
    return count
