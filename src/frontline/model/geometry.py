"""Geometry of map shapes on WGS84: repair, union, split, measure and keep.

Pure functions over shapely geometries (no files, no database), shared by the
readers that build shapes (`ingest/shapes.py` parses GeoJSON into them) and the
reports that compare them (`reports/map_diff.py`).

Geometry is done by shapely in the longitude/latitude plane, which is what
GeoJSON means (RFC 7946: an edge is a straight line in longitude/latitude).
Areas are geodesic, on the WGS84 ellipsoid through pyproj, after densifying
every edge to steps of `DENSIFY_DEGREES`: the measured shape then follows the
same straight lon/lat edges that shapely cut and joined, so the pieces of a
split, or the gains and losses between two maps, add up to the whole to better
than a part in a million. (Measuring undensified edges as geodesics would not:
a long edge and its two halves bow differently, by about 0.3 % of a box 4° wide.)

shapely and pyproj are optional (`frontline[geo]`) and imported only when a
map is actually used.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from frontline.errors import FrontlineError, InputError

SHAPELY_MISSING = "map geometry needs shapely and pyproj: pip install 'frontline[geo]'"
# Edges are densified to this step (about 110 m of latitude) before measuring. A
# straight lon/lat edge of step s bows away from the geodesic by ~s² tan φ / 8R;
# at 0.001° the area between them is ~1e-7 km² per km of edge.
DENSIFY_DEGREES = 0.001
OTHER_REGION = "other"
_WGS84: Any = None


def shapely_module() -> Any:
    """shapely, or a clear message on how to install it."""
    try:
        import shapely
    except ImportError:
        raise FrontlineError(SHAPELY_MISSING) from None
    return shapely


def _geod() -> Any:
    global _WGS84
    if _WGS84 is None:
        try:
            from pyproj import Geod
        except ImportError:
            raise FrontlineError(SHAPELY_MISSING) from None
        _WGS84 = Geod(ellps="WGS84")
    return _WGS84


def repaired(polygon: Any) -> Any:
    """A polygon made valid, keeping the area its ring encloses (a bow-tie's two
    triangles, not 0); collapsed parts (lines, points) are dropped."""
    shapely = shapely_module()
    if polygon.is_valid:
        return polygonal(polygon)
    return polygonal(
        shapely.make_valid(polygon, method="structure", keep_collapsed=False)
    )


def polygonal(geometry: Any) -> Any:
    """Only the polygons of a geometry, as one MultiPolygon (possibly empty)."""
    shapely = shapely_module()
    parts = shapely.get_parts(
        shapely.get_parts(geometry)
    )  # flattens a collection of multis
    polygons = [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(polygons)


# --- set operations --------------------------------------------------------------


def union(geometries: Iterable[Any]) -> Any:
    """One MultiPolygon covering every given geometry once (overlaps count once)."""
    shapely = shapely_module()
    items = [g for g in geometries if g is not None and not g.is_empty]
    if not items:
        return shapely.MultiPolygon()
    merged = items[0] if len(items) == 1 else shapely.union_all(items)
    if not merged.is_valid:
        merged = shapely.make_valid(merged, method="structure", keep_collapsed=False)
    return polygonal(merged)


def difference(a: Any, b: Any) -> Any:
    """What of `a` lies outside `b` (the area lost between two maps, say)."""
    shapely = shapely_module()
    if a.is_empty or b.is_empty:
        return polygonal(a)
    return polygonal(shapely.difference(a, b))


def intersection(a: Any, b: Any) -> Any:
    """What of `a` lies inside `b` (a layer within one region, say)."""
    shapely = shapely_module()
    if a.is_empty or b.is_empty:
        return shapely.MultiPolygon()
    return polygonal(shapely.intersection(a, b))


def split_by_regions(
    geometry: Any, regions: Sequence[tuple[str, Any]]
) -> list[tuple[str, Any]]:
    """One part of `geometry` per region, in the given order, then `other`.

    Each piece of area goes to the first region that holds it, and `other` takes
    what no region holds, so the parts never overlap and their areas add up to
    the whole: boundaries files with slivers of overlap between neighbours do not
    count those slivers twice. Regions are named by slug; a slug given twice has
    its polygons merged. Empty parts are kept (an area of 0 is an answer too).
    """
    merged: dict[str, Any] = {}
    for slug, region in regions:
        if slug == OTHER_REGION:
            raise InputError(
                "region", f"{OTHER_REGION!r} is kept for the area outside every region"
            )
        merged[slug] = union([merged[slug], region]) if slug in merged else region
    parts: list[tuple[str, Any]] = []
    remaining = geometry
    for slug, region in merged.items():
        parts.append((slug, intersection(remaining, region)))
        remaining = difference(remaining, region)
    parts.append((OTHER_REGION, remaining))
    return parts


# --- measuring -------------------------------------------------------------------


def geodesic_area_km2(geometry: Any) -> float:
    """Area in km² on the WGS84 ellipsoid, holes removed, of a (Multi)Polygon.

    Each ring is measured on its own and its sign dropped, so ring orientation
    does not matter (many files get it wrong; pyproj's own sum over a
    MultiPolygon adds signed areas, which cancel when windings differ).
    """
    shapely = shapely_module()
    geod = _geod()
    total: list[float] = []
    for polygon in shapely.get_parts(polygonal(geometry)):
        dense = shapely.segmentize(polygon, DENSIFY_DEGREES)
        rings = [dense.exterior, *dense.interiors]
        signs = [1.0] + [-1.0] * (len(rings) - 1)
        for sign, ring in zip(signs, rings, strict=True):
            xy = shapely.get_coordinates(ring)
            area, _ = geod.polygon_area_perimeter(xy[:, 0], xy[:, 1])
            total.append(sign * abs(area))
    return math.fsum(total) / 1e6


# --- keeping and writing ---------------------------------------------------------


def to_wkb(geometry: Any) -> bytes:
    """Compressed 2-D WKB: the exact coordinates, in about a third of GeoJSON text."""
    shapely = shapely_module()
    return zlib.compress(shapely.to_wkb(geometry, output_dimension=2), 6)


def from_wkb(blob: bytes) -> Any:
    """The geometry `to_wkb` stored, or a clear error if the blob is damaged."""
    shapely = shapely_module()
    try:
        return shapely.from_wkb(zlib.decompress(blob))
    except (zlib.error, shapely.errors.GEOSException, TypeError) as error:
        raise FrontlineError(f"a stored map geometry is damaged ({error})") from None


def to_geojson(geometry: Any) -> dict[str, Any]:
    """A GeoJSON geometry dict (lists, not tuples), coordinates exactly as held."""
    shapely_module()
    from shapely.geometry import mapping

    def listed(value: Any) -> Any:
        if isinstance(value, tuple | list):
            return [listed(v) for v in value]
        return value

    shape = mapping(geometry)
    return {"type": shape["type"], "coordinates": listed(shape["coordinates"])}
