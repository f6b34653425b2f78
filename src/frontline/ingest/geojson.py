"""Plain GeoJSON maps: one polygon set, the area an actor holds on a day.

A map layer (what an actor holds on a day) is a set of polygons. Its area is the
geodesic area on the WGS84 ellipsoid of the **union** of its polygons, each
repaired first (see `ingest/shapes.py`): features overlap, and a plain sum
would count the overlap twice. Coordinates outside ±180/±90, rings round a pole
or the whole globe, and projected maps are refused, naming the feature.

Each file becomes one `holding` record (several with `--regions`, see
`ingest/maps.py`, which reads files feature by feature). Its day comes from
`--set end=…`, else DeepState's API wrapper, else a `YYYYMMDD` / `YYYY-MM-DD`
or unix time in the file name (`deepstatemap_data_20240315.geojson`).

This module holds what is particular to plain maps: options that cannot
apply, the declared coordinate system, days from file names, and the area of a
whole decoded document is `maps.geojson_area_km2`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from frontline.errors import FrontlineError, InputError
from frontline.ingest.sources import FieldPlan, Source

GEO_MISSING = "maps need shapely and pyproj: pip install 'frontline[geo]'"
AREA_TYPES = ("Polygon", "MultiPolygon")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d)")
# Fields a map decides itself.
_FROM_GEOMETRY = ("area", "area_km2")
NO_AREA = "has no Polygon or MultiPolygon features"


def require_geo() -> None:
    """shapely and pyproj, or a clear message on how to install them (exit 1)."""
    try:
        import pyproj  # noqa: F401
        import shapely  # noqa: F401
    except ImportError:
        raise FrontlineError(GEO_MISSING) from None


def check_plan(plan: FieldPlan) -> None:
    """Refuse options that cannot apply to a map (before any file is read).

    `--map FIELD=PROPERTY` reads a field from each feature's properties (the
    day of each feature with `--map end=…`); the area is the geometry's."""
    for name in _FROM_GEOMETRY:
        if name in plan.constants or name in plan.mapped:
            raise InputError(name, "the area of a map comes from its geometry")
    if "kind" in plan.mapped:
        raise InputError("kind", "a map is a holding (the area held on a day)")
    kind = plan.constants.get("kind", plan.default_kind)
    if kind is not None and kind.strip().lower() != "holding":
        raise InputError("kind", "a GeoJSON file is a holding (the area held on a day)")


def date_from_name(name: str) -> date | None:
    """The one date written in a file name, as YYYYMMDD or YYYY-MM-DD, else None.

    A name with two different dates is refused rather than guessed at.
    """
    found: list[date] = []
    for year, _, month, day in _DATE_IN_NAME.findall(Path(name).name):
        try:
            candidate = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if candidate not in found:
            found.append(candidate)
    if len(found) > 1:
        shown = ", ".join(day.isoformat() for day in found)
        raise InputError(
            "end",
            f"the file name has two dates ({shown}); give --set end=DATE",
            file=name,
        )
    return found[0] if found else None


def no_day(label: str) -> InputError:
    return InputError(
        "end",
        "no date in the file name (YYYYMMDD or YYYY-MM-DD); give --set end=DATE",
        file=label,
    )


def source_day(source: Source, plan: FieldPlan) -> dict[str, str]:
    """The date fields of a plain map's holding: from --set, else from its name
    (none here when each feature gives its own with --map)."""
    if {"end", "on"} & (set(plan.constants) | set(plan.mapped)):
        return {}
    day = date_from_name(source.label) if source.path is not None else None
    if day is None:
        raise no_day(source.label)
    return {"end": day.isoformat()}
