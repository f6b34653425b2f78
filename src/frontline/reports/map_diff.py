"""Gross gains and losses between two map snapshots of each series.

Net change hides how much changed hands both ways (Kursk 2024: Ukraine took
ground while losing other ground). With the shapes kept, each series' two
snapshots answer it directly: **gained** = area(S2 \\ S1), in the later map and
not the earlier; **lost** = area(S1 \\ S2); **net** = the holding change, h(S2)
− h(S1) from the stored areas, which is exactly what the ordinary report gives
for the same days. gained − lost equals net to within the measuring's part in
a million (both are geodesic areas of the same straight-edged shapes).

S1 and S2 are, for each series with kept shapes, the snapshots nearest at or
before D1 and D2; the days used are reported. A series with no snapshot by D1
is listed as missing, not measured from nothing.

With region boundaries, gained and lost are split per region (parts in region
order, then `other`), and each part's net is its gained − lost.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby
from typing import Any

from frontline.errors import InputError
from frontline.model import geometry
from frontline.model.scope import Scope
from frontline.store import shapes as shape_store
from frontline.store.shapes import Snapshot


@dataclass(frozen=True)
class DiffRow:
    """One series (or its part within one region) between two snapshots."""

    actor: str
    region: str
    layer: str
    source: str
    within: str | None  # the boundaries' region of this part; None: the whole
    first: Snapshot
    last: Snapshot
    gained_km2: float
    lost_km2: float
    net_km2: float
    gained: Any = field(default=None, repr=False, compare=False)
    lost: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Missing:
    """A series with kept shapes that cannot be compared, and why."""

    actor: str
    region: str
    layer: str
    source: str
    reason: str


@dataclass
class MapDiff:
    start: date
    end: date
    scope: Scope
    rows: list[DiffRow] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)


def map_diff(
    conn: sqlite3.Connection | None,
    scope: Scope,
    start: date,
    end: date,
    regions: Sequence[tuple[str, Any]] | None = None,
) -> MapDiff:
    """Gained, lost and net for every series the scope selects (see the module)."""
    if end < start:
        raise InputError("to", f"{end} is before --from {start}")
    result = MapDiff(start, end, scope)
    found = shape_store.snapshots(conn, scope)
    for key, group in groupby(found, key=_series):
        snaps = list(group)
        first = _at_or_before(snaps, start)
        last = _at_or_before(snaps, end)
        if first is None or last is None:
            result.missing.append(
                Missing(
                    *key,
                    f"no snapshot on or before {start}; the first is on {snaps[0].day}",
                )
            )
            continue
        assert conn is not None
        result.rows.extend(_rows(conn, key, first, last, regions))
    return result


def _series(snapshot: Snapshot) -> tuple[str, str, str, str]:
    return snapshot.actor, snapshot.region, snapshot.layer, snapshot.source


def _at_or_before(snaps: list[Snapshot], day: date) -> Snapshot | None:
    chosen = None
    for snap in snaps:
        if snap.day <= day:
            chosen = snap
    return chosen


def _rows(
    conn: sqlite3.Connection,
    key: tuple[str, str, str, str],
    first: Snapshot,
    last: Snapshot,
    regions: Sequence[tuple[str, Any]] | None,
) -> list[DiffRow]:
    before = _shape(conn, first)
    after = before if last.record_id == first.record_id else _shape(conn, last)
    gained = geometry.difference(after, before)
    lost = geometry.difference(before, after)
    rows = [
        DiffRow(
            *key,
            None,
            first,
            last,
            geometry.geodesic_area_km2(gained),
            geometry.geodesic_area_km2(lost),
            last.area_km2 - first.area_km2,
            gained,
            lost,
        )
    ]
    if regions is None:
        return rows
    gained_parts = geometry.split_by_regions(gained, regions)
    lost_parts = geometry.split_by_regions(lost, regions)
    for (slug, gained_part), (_, lost_part) in zip(
        gained_parts, lost_parts, strict=True
    ):
        gained_km2 = geometry.geodesic_area_km2(gained_part)
        lost_km2 = geometry.geodesic_area_km2(lost_part)
        rows.append(
            DiffRow(
                *key,
                slug,
                first,
                last,
                gained_km2,
                lost_km2,
                gained_km2 - lost_km2,
                gained_part,
                lost_part,
            )
        )
    return rows


def _shape(conn: sqlite3.Connection, snapshot: Snapshot) -> Any:
    blob = shape_store.shape_of(conn, snapshot.record_id)
    assert blob is not None  # snapshots() returns only records with a shape
    return geometry.from_wkb(blob)


@dataclass
class BucketDiff:
    """One bucket's map-diff: the snapshots at or before its two edges."""

    bucket: Any  # model.periods.Period
    diff: MapDiff


def map_diff_by(
    conn: sqlite3.Connection | None,
    scope: Scope,
    start: date,
    end: date,
    by: str,
    regions: Sequence[tuple[str, Any]] | None = None,
) -> list[BucketDiff]:
    """Gained, lost and net per calendar bucket of `start`..`end`.

    The edges are `start` and each bucket's last day: the first bucket compares
    the snapshots at or before `start` and its last day, each later one the
    previous bucket's last day and its own. Consecutive buckets share an edge,
    so their nets add up to `map_diff(start, end)`'s net exactly (each net is a
    difference of the same stored areas)."""
    from frontline.model.periods import buckets

    if end < start:
        raise InputError("to", f"{end} is before --from {start}")
    result = []
    edge = start
    for bucket in buckets(_span(start, end), by):
        result.append(
            BucketDiff(bucket, map_diff(conn, scope, edge, bucket.end, regions))
        )
        edge = bucket.end
    return result


def _span(start: date, end: date) -> Any:
    from frontline.model.periods import span

    return span(start, end)
