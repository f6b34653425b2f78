"""Regions and their areas: what a figure is a share of.

A region is the slug the records use (`ukraine`, `kursk`) with a name, an area
in km² and a note saying where the area comes from. Setting a region again
replaces its values; the previous version is kept in `regions_history` by
triggers, as for records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a report reads only the areas (`region_areas`)
    from frontline.model.regions import Region


def set_region(conn: sqlite3.Connection, region: Region) -> str:
    """Add or replace a region: `added`, `updated` or `unchanged`."""
    from frontline.store.records import atomic  # writes only: reports skip it

    with atomic(conn):
        return _set(conn, region)


def _set(conn: sqlite3.Connection, region: Region) -> str:
    row = conn.execute(
        "SELECT slug, name, area_km2, note FROM regions WHERE slug = ?",
        (region.slug,),
    ).fetchone()
    if row is not None and tuple(row) == region:
        return "unchanged"
    if row is None:
        conn.execute(
            "INSERT INTO regions (slug, name, area_km2, note) VALUES (?, ?, ?, ?)",
            tuple(region),
        )
        return "added"
    conn.execute(
        "UPDATE regions SET name = ?, area_km2 = ?, note = ?, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE slug = ?",
        (region.name, region.area_km2, region.note, region.slug),
    )
    return "updated"


def add_missing(conn: sqlite3.Connection, regions: Iterable[Region]) -> tuple[int, int]:
    """Add the regions not yet known, leaving known ones as the user set them:
    (added, already present)."""
    added = present = 0
    from frontline.store.records import atomic  # writes only: reports skip it

    with atomic(conn):
        for region in regions:
            known = conn.execute(
                "SELECT 1 FROM regions WHERE slug = ?", (region.slug,)
            ).fetchone()
            if known:
                present += 1
                continue
            _set(conn, region)
            added += 1
    return added, present


def list_regions(conn: sqlite3.Connection | None) -> list[Region]:
    if conn is None:
        return []
    rows = conn.execute(
        "SELECT slug, name, area_km2, note FROM regions ORDER BY slug"
    ).fetchall()
    from frontline.model.regions import Region

    return [Region(*row) for row in rows]


def region_areas(conn: sqlite3.Connection | None) -> dict[str, float]:
    """Each known region's area in km², by slug."""
    if conn is None:
        return {}
    rows = conn.execute("SELECT slug, area_km2 FROM regions ORDER BY slug")
    return dict(rows.fetchall())
