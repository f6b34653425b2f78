"""Kept map shapes written back out as GeoJSON, one feature per record.

Each feature's properties are the record's fields exactly as `export` writes
them (id, kind, actor, … note), so a newsroom's map tool can filter and label
them, and its geometry is the shape kept when the map was imported: the
union of the map's polygons (or its part in one region), coordinates as read.
Records without a kept shape (figures typed or imported from tables) are not
written; the caller says how many were left out. Features are written one at
a time, so an export never holds more than one shape in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from frontline.model import geometry
from frontline.model.records import Record


def write_shapes(
    pairs: Iterable[tuple[Record, bytes | None]], out: IO[str]
) -> tuple[int, int]:
    """Write a FeatureCollection of the records that have a shape; returns
    (features written, records left out for having none)."""
    written = without = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for record, blob in pairs:
        if blob is None:
            without += 1
            continue
        shape = geometry.to_geojson(geometry.from_wkb(blob))
        feature = {"type": "Feature", "properties": record.to_row(), "geometry": shape}
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n" if written else "]}\n")
    return written, without
