"""The regions listing: each region's area and where it comes from."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from frontline.render.formats import OutputFormat
from frontline.render.tables import AREA, NAME, NOTE, REGION_ROW, SLUG, keys
from frontline.render.text import emit, format_number

REGION_KEYS = keys(REGION_ROW)


def render_regions(regions: Sequence[Mapping[str, Any]], fmt: OutputFormat) -> None:
    """The regions as `Tracker.region("list")` gives them (REGION_KEYS)."""
    data = [dict(region) for region in regions]
    cells = [
        {
            SLUG.key: region[SLUG.key],
            NAME.key: region[NAME.key] or "",
            AREA.key: format_number(region[AREA.key]),
            NOTE.key: region[NOTE.key] or "",
        }
        for region in regions
    ]
    emit(
        fmt,
        data_rows=data,
        keys=REGION_KEYS,
        table_rows=cells,
        columns=REGION_ROW,
        empty="no regions with an area (add one: frontline region set SLUG --area KM2)",
    )
