"""A region as the records name it, with the area a figure is a share of.

A plain value: `store/regions.py` keeps regions (and their history), renderers
print them, reports divide by their areas.
"""

from __future__ import annotations

from typing import NamedTuple


class Region(NamedTuple):
    """`ukraine`, "Ukraine", 603,628 km², and where that area comes from."""

    slug: str
    name: str | None
    area_km2: float
    note: str | None
