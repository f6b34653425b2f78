"""The regions listing: each region's area and where it comes from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from frontline.render.formats import Column, OutputFormat
from frontline.render.text import emit, format_number

REGION_KEYS = ("slug", "name", "area_km2", "note")
REGION_COLUMNS = (
    Column("slug", "region"),
    Column("name", "name"),
    Column("area_km2", "km²", numeric=True),
    Column("note", "note", wrap=True),
)


def render_regions(regions: Sequence[Mapping[str, Any]], fmt: OutputFormat) -> None:
    """The regions as `Tracker.region("list")` gives them (REGION_KEYS)."""
    data = [dict(region) for region in regions]
    cells = [
        {
            "slug": region["slug"],
            "name": region["name"] or "",
            "area_km2": format_number(region["area_km2"]),
            "note": region["note"] or "",
        }
        for region in regions
    ]
    emit(
        fmt,
        data_rows=data,
        keys=REGION_KEYS,
        table_rows=cells,
        columns=REGION_COLUMNS,
        empty="no regions with an area (add one: frontline region set SLUG --area KM2)",
    )
