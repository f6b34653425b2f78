"""map-diff's options, checked in one place before anything is read.

The command line and `Tracker.map_diff` both build a `MapDiffSpec`, so a bad
day, bucket unit, name or half-given boundaries option is refused the same way
(naming its option) whichever face asked, and both run the same report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontline.errors import InputError
from frontline.model.records import parse_date, parse_slug
from frontline.model.scope import Scope
from frontline.reports.map_diff import BucketDiff, MapDiff, map_diff, map_diff_by

# What a map-diff answers: one diff, or one per bucket with `by`.
MapDiffFound = MapDiff | list[BucketDiff]
UNITS = ("year", "quarter", "month", "week", "day")


@dataclass(frozen=True)
class MapDiffSpec:
    """The two days, the filters (as typed), the bucket unit if any, and the
    boundaries file with the property naming each region, if any."""

    start: date
    end: date
    scope: Scope
    by: str | None = None
    boundaries: tuple[str, str] | None = None

    @classmethod
    def parse(
        cls,
        *,
        start: str,
        end: str,
        actor: str | None = None,
        region: str | None = None,
        layer: str | None = None,
        source: str | None = None,
        regions: str | None = None,
        region_key: str | None = None,
        by: str | None = None,
    ) -> MapDiffSpec:
        """The options as the command line takes them (`--from`/`--to` as
        `start`/`end`), checked in the command line's order."""
        first, last = parse_date(start, "from"), parse_date(end, "to")
        unit = by.strip().lower() if by else None
        if unit is not None and unit not in UNITS:
            raise InputError("by", f"{by!r} is not one of {', '.join(UNITS)}")
        scope = Scope(
            actor=parse_slug(actor, "actor") if actor else None,
            region=parse_slug(region, "region") if region else None,
            layer=parse_slug(layer, "layer") if layer else None,
            source=source.strip() if source and source.strip() else None,
        )
        if (regions is None) != (region_key is None):
            given, missing = ("regions", "region-key")
            if regions is None:
                given, missing = missing, given
            raise InputError(given, f"needs --{missing} too")
        boundaries = None
        if regions is not None and region_key is not None:
            boundaries = (str(regions), region_key)
        return cls(first, last, scope, unit, boundaries)

    def run(
        self,
        conn: sqlite3.Connection | None,
        shapes: Sequence[tuple[str, Any]] | None = None,
    ) -> MapDiffFound:
        """The report: one `MapDiff`, or a `BucketDiff` per bucket with `by`;
        names spelt as stored (or refused with the known ones) first. `shapes`:
        the boundaries read, as (slug, shape)."""
        from frontline.store.names import spelt_as_stored

        scope = spelt_as_stored(conn, self.scope)
        if self.by is not None:
            return map_diff_by(conn, scope, self.start, self.end, self.by, shapes)
        return map_diff(conn, scope, self.start, self.end, shapes)
