"""Map shapes on WGS84: parse, repair, union, split and measure polygons.

A map snapshot is only as good as its area, and three things make a naive sum of
polygon areas wrong: features overlap (a plain sum counts the overlap twice),
rings cross themselves (a bow-tie's signed area is 0), and holes sit outside
their polygon (subtracting them removes land that was never inside). So every
polygon is rebuilt here before it is measured: each ring is checked, each shell
and hole is repaired on its own with shapely's `make_valid` (the "structure"
method, which keeps the area a ring encloses), holes are subtracted only where
they lie inside their shell, and the polygons of one layer are unioned.

Geometry is done by shapely in the longitude/latitude plane, which is what
GeoJSON means (RFC 7946: an edge is a straight line in longitude/latitude).
Areas are geodesic, on the WGS84 ellipsoid through pyproj, after densifying
every edge to steps of `DENSIFY_DEGREES`: the measured shape then follows the
same straight lon/lat edges that shapely cut and joined, so the pieces of a
split, or the gains and losses between two maps, add up to the whole to better
than a part in a million. (Measuring undensified edges as geodesics would not:
a long edge and its two halves bow differently, by about 0.3 % of a box 4° wide.)

A ring that goes round the whole globe or round a pole has no meaning as a
straight-edged shape in longitude/latitude, and a geodesic measure of it comes
out near 0 or near the whole Earth: such a ring is refused, never measured.

shapely and pyproj are optional (`frontline[geo]`) and imported only when a
map is actually read.
"""

from __future__ import annotations

import itertools
import math
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from frontline.errors import FrontlineError, InputError

SHAPELY_MISSING = "map geometry needs shapely and pyproj: pip install 'frontline[geo]'"
AREA_TYPES = ("Polygon", "MultiPolygon")
# Edges are densified to this step (about 110 m of latitude) before measuring. A
# straight lon/lat edge of step s bows away from the geodesic by ~s² tan φ / 8R;
# at 0.001° the area between them is ~1e-7 km² per km of edge.
DENSIFY_DEGREES = 0.001
OTHER_REGION = "other"
_WGS84: Any = None


def _shapely() -> Any:
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


# --- parsing ---------------------------------------------------------------------


def is_area(geometry: object) -> bool:
    """Whether a GeoJSON geometry can hold area (polygons, or a collection with any).

    Points and lines (DeepState's units, airfields, arrows) have none: callers
    drop such features and count them, rather than refusing the whole file.
    """
    if not isinstance(geometry, dict):
        return False
    kind = geometry.get("type")
    if kind in AREA_TYPES:
        return True
    if kind == "GeometryCollection":
        members = geometry.get("geometries")
        return isinstance(members, list) and any(is_area(m) for m in members)
    return False


def polygons_of(
    geometry: object, file: str | None = None, feature: int | None = None
) -> Any | None:
    """The repaired area of a GeoJSON geometry, as a shapely MultiPolygon.

    Z and M values are dropped. A geometry that has no area (a Point, a
    LineString) gives None; members without area inside a GeometryCollection are
    left out. A MultiPolygon with no polygons gives an empty MultiPolygon.
    Anything that cannot be measured raises InputError on field `geometry`,
    located at `file`, `feature N` when those are given.
    """
    try:
        return _polygons_of(geometry)
    except InputError as error:
        if file is None and feature is None:
            raise
        raise error.at(file, feature, line_label="feature") from None


def _polygons_of(geometry: object) -> Any | None:
    if not isinstance(geometry, dict):
        raise InputError("geometry", "is not a GeoJSON geometry object")
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        members = geometry.get("geometries")
        if not isinstance(members, list):
            raise InputError("geometry", "a GeometryCollection needs 'geometries'")
        parts = [_polygons_of(m) for m in members if is_area(m)]
        if not parts:
            return None
        return union(parts)
    if kind not in AREA_TYPES:
        return None
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, list):
        raise InputError("geometry", f"the {kind} has no coordinates array")
    if kind == "Polygon":
        polygons = [coordinates]
    else:
        polygons = coordinates
        for polygon in polygons:
            if not isinstance(polygon, list):
                raise InputError("geometry", "a MultiPolygon must hold arrays of rings")
    return union([_polygon(rings) for rings in polygons])


def _polygon(rings: list[Any]) -> Any:
    """One polygon: its repaired shell, less the parts of its holes inside it."""
    shapely = _shapely()
    if not rings:
        raise InputError("geometry", "a polygon has no rings")
    shell, *holes = (_ring(ring) for ring in rings)
    outer = _repaired(shapely.Polygon(shell))
    if not holes:
        return outer
    inner = union([_repaired(shapely.Polygon(hole)) for hole in holes])
    if not outer.is_empty and not inner.is_empty and inner.covers(outer):
        raise InputError("geometry", "a polygon's holes are larger than its exterior")
    return difference(outer, inner)


def _ring(ring: object) -> list[tuple[float, float]]:
    """A ring's (lon, lat) pairs, checked: numbers, degrees, a shape the plane holds."""
    if not isinstance(ring, list):
        raise InputError("geometry", "a ring is not an array of positions")
    if len(ring) < 4:
        raise InputError(
            "geometry",
            f"a ring has {len(ring)} positions; a closed ring needs at least 4",
        )
    pairs = [_position(position) for position in ring]
    _check_extent(pairs)
    return pairs


def _position(position: object) -> tuple[float, float]:
    if not isinstance(position, list) or len(position) < 2:
        shown = repr(position)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        raise InputError("geometry", f"{shown} is not a position [longitude, latitude]")
    lon, lat = position[0], position[1]
    if not all(_is_number(value) for value in (lon, lat)):
        raise InputError("geometry", f"[{lon!r}, {lat!r}] is not a pair of numbers")
    try:
        lon, lat = float(lon), float(lat)
    except OverflowError:  # an integer too large for a float
        raise InputError(
            "geometry", "a coordinate is too large to be degrees"
        ) from None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise InputError("geometry", f"[{lon}, {lat}] is not a pair of finite numbers")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise InputError(
            "geometry",
            f"[{position[0]}, {position[1]}] is not longitude/latitude in degrees; "
            "reproject the file to WGS84 (EPSG:4326)",
        )
    return lon, lat


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_extent(pairs: Sequence[tuple[float, float]]) -> None:
    """Refuse rings whose straight lon/lat edges cannot mean what the writer meant.

    Walking a ring and taking each step the short way round, the longitude turns
    by ±360° in all if and only if the ring goes round a pole: its writer meant a
    polar cap, which straight edges in longitude/latitude cannot draw. A ring
    spanning all 360° of longitude is the whole globe (or a band round it). An
    edge of more than 180° of longitude means the long way round in GeoJSON but
    the short way to most writers: cut at the antimeridian, it is unambiguous.
    """
    turning = 0.0
    for (lon1, _), (lon2, _) in itertools.pairwise(pairs):
        turning += (lon2 - lon1 + 180.0) % 360.0 - 180.0
    if abs(turning) > 180.0:
        pole = "North" if math.fsum(lat for _, lat in pairs) > 0 else "South"
        raise InputError(
            "geometry",
            f"a ring goes round the {pole} Pole; it has no area in "
            "longitude/latitude: cut it at the antimeridian",
        )
    lons = [lon for lon, _ in pairs]
    if max(lons) - min(lons) >= 360.0:
        raise InputError(
            "geometry",
            "a ring spans all 360° of longitude (the whole globe); "
            "it has no measurable area: cut it to the area it covers",
        )
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(pairs):
        if abs(lon2 - lon1) > 180.0:
            raise InputError(
                "geometry",
                f"the edge from [{lon1:g}, {lat1:g}] to [{lon2:g}, {lat2:g}] crosses "
                "more than 180° of longitude; cut the polygon at the antimeridian",
            )


def _repaired(polygon: Any) -> Any:
    """A polygon made valid, keeping the area its ring encloses (a bow-tie's two
    triangles, not 0); collapsed parts (lines, points) are dropped."""
    shapely = _shapely()
    if polygon.is_valid:
        return _polygonal(polygon)
    return _polygonal(
        shapely.make_valid(polygon, method="structure", keep_collapsed=False)
    )


def _polygonal(geometry: Any) -> Any:
    """Only the polygons of a geometry, as one MultiPolygon (possibly empty)."""
    shapely = _shapely()
    parts = shapely.get_parts(
        shapely.get_parts(geometry)
    )  # flattens a collection of multis
    polygons = [p for p in parts if p.geom_type == "Polygon" and not p.is_empty]
    return shapely.MultiPolygon(polygons)


# --- set operations --------------------------------------------------------------


def union(geometries: Iterable[Any]) -> Any:
    """One MultiPolygon covering every given geometry once (overlaps count once)."""
    shapely = _shapely()
    items = [g for g in geometries if g is not None and not g.is_empty]
    if not items:
        return shapely.MultiPolygon()
    merged = items[0] if len(items) == 1 else shapely.union_all(items)
    if not merged.is_valid:
        merged = shapely.make_valid(merged, method="structure", keep_collapsed=False)
    return _polygonal(merged)


def difference(a: Any, b: Any) -> Any:
    """What of `a` lies outside `b` (the area lost between two maps, say)."""
    shapely = _shapely()
    if a.is_empty or b.is_empty:
        return _polygonal(a)
    return _polygonal(shapely.difference(a, b))


def intersection(a: Any, b: Any) -> Any:
    """What of `a` lies inside `b` (a layer within one region, say)."""
    shapely = _shapely()
    if a.is_empty or b.is_empty:
        return shapely.MultiPolygon()
    return _polygonal(shapely.intersection(a, b))


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
    shapely = _shapely()
    geod = _geod()
    total: list[float] = []
    for polygon in shapely.get_parts(_polygonal(geometry)):
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
    shapely = _shapely()
    return zlib.compress(shapely.to_wkb(geometry, output_dimension=2), 6)


def from_wkb(blob: bytes) -> Any:
    """The geometry `to_wkb` stored, or a clear error if the blob is damaged."""
    shapely = _shapely()
    try:
        return shapely.from_wkb(zlib.decompress(blob))
    except (zlib.error, shapely.errors.GEOSException, TypeError) as error:
        raise FrontlineError(f"a stored map geometry is damaged ({error})") from None


def to_geojson(geometry: Any) -> dict[str, Any]:
    """A GeoJSON geometry dict (lists, not tuples), coordinates exactly as held."""
    _shapely()
    from shapely.geometry import mapping

    def listed(value: Any) -> Any:
        if isinstance(value, tuple | list):
            return [listed(v) for v in value]
        return value

    shape = mapping(geometry)
    return {"type": shape["type"], "coordinates": listed(shape["coordinates"])}
