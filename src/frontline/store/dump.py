"""Stored rows as they are, for a copy of the database made elsewhere (`publish`).

A published database carries the records, their history and the regions exactly
as stored, with the same column names, so a reader of it can trust that nothing
was re-typed on the way. Each function streams from one cursor and yields plain
dicts; the filters are those of `list` and `export` (`model.scope.Filters`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from frontline.model.scope import Filters
from frontline.model.values import FIELD_NAMES
from frontline.store.where import filters_where

RECORD_COLUMNS = (*FIELD_NAMES, "created_at", "updated_at")
HISTORY_COLUMNS = ("version", "record_id", "action", "changed_at", *RECORD_COLUMNS[1:])
REGION_COLUMNS = ("slug", "name", "area_km2", "note")
SHAPE_COLUMNS = (
    "record_id",
    "day",
    "actor",
    "region",
    "layer",
    "source",
    "area_km2",
    "bound",
    "geometry",
)


def _quoted(columns: tuple[str, ...], table: str = "") -> str:
    prefix = f"{table}." if table else ""
    return ", ".join(f'{prefix}"{name}"' for name in columns)


def _dicts(
    cursor: sqlite3.Cursor, columns: tuple[str, ...]
) -> Iterator[dict[str, Any]]:
    for row in cursor:
        yield dict(zip(columns, row, strict=True))


def record_rows(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[dict[str, Any]]:
    """The current records the filters select, by id."""
    if conn is None:
        return
    where, params = filters_where(filters)
    yield from _dicts(
        conn.execute(
            f"SELECT {_quoted(RECORD_COLUMNS)} FROM records WHERE {where} ORDER BY id",
            params,
        ),
        RECORD_COLUMNS,
    )


def history_rows(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[dict[str, Any]]:
    """Every earlier version of the records the filters select (by the version's
    own actor, region, layer, source, kind and days), oldest first."""
    if conn is None:
        return
    where, params = filters_where(filters)
    yield from _dicts(
        conn.execute(
            f"SELECT {_quoted(HISTORY_COLUMNS)} FROM records_history WHERE {where} "
            "ORDER BY version",
            params,
        ),
        HISTORY_COLUMNS,
    )


def region_rows(conn: sqlite3.Connection | None) -> Iterator[dict[str, Any]]:
    """The regions with their areas, by slug."""
    if conn is None:
        return
    yield from _dicts(
        conn.execute(f"SELECT {_quoted(REGION_COLUMNS)} FROM regions ORDER BY slug"),
        REGION_COLUMNS,
    )


def shape_rows(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[dict[str, Any]]:
    """Each kept map shape (compressed as stored) of the records the filters
    select, with the record's series, day, area and bound, by series then day."""
    if conn is None:
        return
    where, params = filters_where(filters)
    yield from _dicts(
        conn.execute(
            'SELECT r.id, r."end", r.actor, r.region, r.layer, r.source, '
            "r.area_km2, r.bound, s.geometry "
            f"FROM (SELECT * FROM records WHERE {where}) r "
            "JOIN record_shapes s ON s.record_id = r.id "
            'ORDER BY r.actor, r.region, r.layer, r.source, r."end", r.id',
            params,
        ),
        SHAPE_COLUMNS,
    )
