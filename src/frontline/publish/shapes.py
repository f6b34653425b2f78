"""Kept map shapes as GeoJSON text that a map plugin can draw.

The working database keeps each snapshot's exact polygons as compressed WKB,
which no Datasette plugin reads. A published shape is GeoJSON text, simplified
so that a page can draw hundreds of them: the tolerance is in metres, applied in
an azimuthal equidistant projection centred on the shape (a tolerance in degrees
would be twice as coarse east-west as north-south at Ukraine's latitudes), and
the simplified shape is measured again on the WGS84 ellipsoid. With no tolerance
given, the coarsest of 200 m, 100 m, 50 m … that keeps the area within 0.1 % of
the stored one is used, so the default never trades accuracy for size unseen.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from frontline.model.geometry import (
    from_wkb,
    geodesic_area_km2,
    polygonal,
    to_geojson,
)

# The coarsest tolerance tried by default, and how close the area must stay.
DEFAULT_START_METRES = 200.0
MAX_AREA_ERROR = 0.001
_HALVINGS = 10


class Published(NamedTuple):
    """One shape as published: its GeoJSON text, the tolerance it was simplified
    with (0: exact), and the area of what is drawn."""

    geojson: str
    tolerance_m: float
    area_km2: float


def _projected(geometry: Any) -> tuple[Any, Any]:
    """The geometry in metres around its own centre, and the way back."""
    import shapely
    from pyproj import CRS, Transformer

    centre = geometry.centroid
    local = CRS.from_proj4(
        f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +datum=WGS84 +units=m"
    )
    forward = Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)

    def through(transformer: Any) -> Any:
        def move(xy: Any) -> Any:
            x, y = transformer.transform(xy[:, 0], xy[:, 1])
            xy = xy.copy()
            xy[:, 0], xy[:, 1] = x, y
            return xy

        return move

    return shapely.transform(geometry, through(forward)), through(back)


def _simplified(geometry: Any, metres: float) -> Any:
    import shapely

    projected, back = _projected(geometry)
    simple = shapely.simplify(projected, metres, preserve_topology=True)
    return polygonal(shapely.make_valid(shapely.transform(simple, back)))


def publish_shape(blob: bytes, stored_km2: float, metres: float | None) -> Published:
    """The stored shape as GeoJSON text, simplified to `metres` (None: the
    coarsest default tolerance that keeps the area within 0.1 %; 0: exact)."""
    geometry = from_wkb(blob)
    if metres == 0 or geometry.is_empty:
        return Published(_text(geometry), 0.0, geodesic_area_km2(geometry))
    if metres is not None:
        simple = _simplified(geometry, metres)
        return Published(_text(simple, 7), metres, geodesic_area_km2(simple))
    tolerance = DEFAULT_START_METRES
    for _ in range(_HALVINGS):
        simple = _simplified(geometry, tolerance)
        area = geodesic_area_km2(simple)
        if stored_km2 <= 0 or abs(area - stored_km2) <= MAX_AREA_ERROR * stored_km2:
            return Published(_text(simple, 7), tolerance, area)
        tolerance /= 2
    return Published(_text(geometry), 0.0, geodesic_area_km2(geometry))


def _text(geometry: Any, digits: int | None = None) -> str:
    """GeoJSON text; a simplified shape's coordinates rounded to `digits`
    decimals (7: about a centimetre), since the projection there and back
    leaves digits that say nothing."""
    shape = to_geojson(geometry)
    if digits is not None:
        shape["coordinates"] = _rounded(shape["coordinates"], digits)
    return json.dumps(shape, separators=(",", ":"))


def _rounded(value: Any, digits: int) -> Any:
    if isinstance(value, list):
        return [_rounded(item, digits) for item in value]
    return round(value, digits)
