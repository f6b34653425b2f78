"""Esri JSON: what an ArcGIS FeatureServer or MapServer query returns (`f=json`).

A query answer is `{"spatialReference": {"wkid": …}, "features": [{"attributes":
{…}, "geometry": {"rings": […]}}]}`. Unlike GeoJSON, a polygon is a flat list of
rings and only their orientation says which is which: an exterior ring runs
clockwise, a hole counter-clockwise (ArcGIS REST API, "Geometry objects"). Each
hole belongs to the smallest exterior that contains it; a counter-clockwise ring
that no exterior contains is read as an exterior of its own, since a hole
outside every polygon cannot mean a hole.

Servers answer in the layer's spatial reference, often Web Mercator (wkid
102100, latestWkid 3857); any coordinate system pyproj knows is reprojected to
WGS84 longitude/latitude here, after the orientation is read (reprojection can
mirror an axis; the orientation is the writer's, in the writer's plane).

What comes out is the registry's `Feature`s with GeoJSON geometries in WGS84,
so the union, repair and geodesic measure are the ones every map takes. A
ring that does not close (its last point is not its first), curves, a
coordinate system pyproj does not know, and an ArcGIS error answer are refused
naming the file (and the feature). pyproj and shapely are imported only when a
file is read.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.documents import finite_number, load_document
from frontline.formats.registry import NO, YES, Feature

# Members only an ArcGIS answer has; `attributes` counts only where no GeoJSON
# `"type": "Feature"` is in sight (a GeoJSON property may be called that).
_ESRI_SIGNS = re.compile(
    rb'"(?:geometryType"\s*:\s*"esriGeometry|spatialReference"\s*:\s*\{|'
    rb'objectIdFieldName"\s*:)'
)
_ATTRIBUTES = re.compile(rb'"attributes"\s*:\s*\{')
_GEOJSON_FEATURE = re.compile(rb'"type"\s*:\s*"Feature')
WGS84 = (4326,)

Ring = list[tuple[float, float]]


class EsriReader:
    """The registry's reader of Esri JSON (see formats/registry.py)."""

    def sniff(self, head: bytes, name: str) -> int:
        """YES for an object with members only an ArcGIS answer has."""
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start.startswith(b"{"):
            return NO
        if _ESRI_SIGNS.search(head):
            return YES
        if _ATTRIBUTES.search(head) and not _GEOJSON_FEATURE.search(head):
            return YES
        return NO

    def read(self, stream: IO[bytes], label: str) -> Iterator[Feature]:
        return read(stream, label)


READER = EsriReader()


def read(data: bytes | IO[bytes], label: str) -> Iterator[Feature]:
    """The features of an Esri JSON file, in WGS84."""
    yield from features(load_document(data, label), label)


def features(document: object, label: str) -> Iterator[Feature]:
    """The features of a decoded Esri JSON answer (a FeatureSet), from 1."""
    if not isinstance(document, dict):
        raise InputError(None, "is not an Esri JSON feature set", file=label)
    if isinstance(document.get("error"), dict):
        error = document["error"]
        raise InputError(
            "error",
            f"the server answered with an error: {error.get('code', '?')} "
            f"{error.get('message', '')}".rstrip(),
            file=label,
        )
    items = document.get("features")
    if not isinstance(items, list):
        raise InputError("features", "must be an array of features", file=label)
    if document.get("exceededTransferLimit") is True:
        # One page of a larger answer: measured alone it would undercount.
        raise InputError(
            "exceededTransferLimit",
            f"the file is one page of a larger answer ({len(items):,} "
            f"feature{'' if len(items) == 1 else 's'} here); `frontline pull` of "
            "the query URL fetches every page, or query with a larger "
            "resultRecordCount",
            file=label,
        )
    project = _projection(document.get("spatialReference"), label)
    for number, item in enumerate(items, 1):
        try:
            yield _feature(number, item, project)
        except InputError as error:
            raise error.at(label, number, line_label="feature") from None


def _feature(number: int, item: object, project: Projection) -> Feature:
    if not isinstance(item, dict):
        raise InputError(None, "is not an Esri JSON feature")
    attributes = item.get("attributes")
    if attributes is None:
        attributes = {}
    if not isinstance(attributes, dict):
        raise InputError("attributes", "must be an object")
    geometry = item.get("geometry")
    shape = None if geometry is None else _geometry(geometry, project)
    return Feature(number, attributes, shape)


def _geometry(geometry: object, project: Projection) -> dict[str, Any] | None:
    if not isinstance(geometry, dict):
        raise InputError("geometry", "is not an Esri JSON geometry object")
    if "spatialReference" in geometry:
        project = _projection(geometry["spatialReference"], None) or project
    if "curveRings" in geometry or "curvePaths" in geometry:
        raise InputError(
            "geometry",
            "has curves (curveRings/curvePaths); query with returnTrueCurves=false",
        )
    if "rings" in geometry:
        return _polygons(geometry["rings"], project)
    if "paths" in geometry:
        paths = _lines(geometry["paths"], "paths")
        return {"type": "MultiLineString", "coordinates": [project(p) for p in paths]}
    if "points" in geometry:
        points = _line(geometry["points"], "points")
        return {"type": "MultiPoint", "coordinates": project(points)}
    if "x" in geometry and "y" in geometry:
        if geometry["x"] is None:  # an empty point ("x": null, or "NaN")
            return None
        point = _position([geometry["x"], geometry["y"]], "x")
        return {"type": "Point", "coordinates": project([point])[0]}
    if not geometry:
        return None
    raise InputError("geometry", "has no rings, paths, points or x/y")


def _polygons(rings_value: object, project: Projection) -> dict[str, Any]:
    """Rings by orientation into a GeoJSON MultiPolygon (see the module docstring)."""
    rings = _lines(rings_value, "rings")
    exteriors: list[tuple[Ring, float]] = []
    holes: list[Ring] = []
    for ring in rings:
        _check_closed(ring)
        area = _signed_area(ring)
        if area < 0:
            exteriors.append((ring, -area))
        elif area > 0:
            holes.append(ring)
        # a ring of no area encloses nothing: left out
    polygons: list[list[Ring]] = [[ring] for ring, _ in exteriors]
    for hole in holes:
        inside = _point_inside(hole)
        owners = [
            (area, index)
            for index, (ring, area) in enumerate(exteriors)
            if _contains(ring, inside)
        ]
        if owners:
            polygons[min(owners)[1]].append(hole)
        else:
            polygons.append([hole[::-1]])
    coordinates = [[project(ring) for ring in polygon] for polygon in polygons]
    return {"type": "MultiPolygon", "coordinates": coordinates}


def _lines(value: object, field: str) -> list[Ring]:
    if not isinstance(value, list):
        raise InputError("geometry", f"{field} must be an array")
    return [_line(line, field) for line in value]


def _line(value: object, field: str) -> Ring:
    if not isinstance(value, list):
        raise InputError("geometry", f"{field} must hold arrays of positions")
    return [_position(position, field) for position in value]


def _position(position: object, field: str) -> tuple[float, float]:
    if (
        not isinstance(position, list)
        or len(position) < 2
        or not (finite_number(position[0]) and finite_number(position[1]))
    ):
        shown = repr(position)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        raise InputError("geometry", f"{shown} in {field} is not a position [x, y]")
    return float(position[0]), float(position[1])


def _check_closed(ring: Ring) -> None:
    if len(ring) < 4:
        raise InputError(
            "geometry",
            f"a ring has {len(ring)} positions; a closed ring needs at least 4",
        )
    if ring[0] != ring[-1]:
        raise InputError(
            "geometry",
            f"a ring never closes: it starts at {_shown(ring[0])} and ends at "
            f"{_shown(ring[-1])}",
        )


def _shown(point: tuple[float, float]) -> str:
    return f"[{point[0]:.10g}, {point[1]:.10g}]"


def _signed_area(ring: Ring) -> float:
    """The shoelace area in the ring's own plane: positive counter-clockwise
    (y up), negative clockwise."""
    total = math.fsum(
        x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring)
    )
    return total / 2


def _point_inside(ring: Ring) -> tuple[float, float]:
    """A point strictly inside a ring's area (shapely's representative point),
    so that a hole touching its exterior at a vertex is still placed right."""
    import shapely

    polygon = shapely.Polygon(ring)
    if not polygon.is_valid:
        polygon = shapely.make_valid(polygon)
    point = polygon.representative_point()
    if point.is_empty:
        return ring[0]
    return point.x, point.y


def _contains(ring: Ring, point: tuple[float, float]) -> bool:
    """Even-odd ray casting: whether `point` lies inside `ring`."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y):
            crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < crossing:
                inside = not inside
    return inside


class Projection:
    """Rings in a spatial reference to WGS84 longitude/latitude lists."""

    def __init__(self, transformer: Any | None, name: str) -> None:
        self._transformer = transformer
        self.name = name

    def __call__(self, ring: Ring) -> list[list[float]]:
        if self._transformer is None:
            return [[x, y] for x, y in ring]
        xs, ys = self._transformer.transform([x for x, _ in ring], [y for _, y in ring])
        pairs = [[float(lon), float(lat)] for lon, lat in zip(xs, ys, strict=True)]
        if not all(math.isfinite(lon) and math.isfinite(lat) for lon, lat in pairs):
            raise InputError(
                "geometry", f"a position lies outside the area {self.name} covers"
            )
        return pairs


_IDENTITY = Projection(None, "WGS 84")


def _projection(reference: object, label: str | None) -> Projection:
    """The projection from a `spatialReference` to WGS84 (identity for 4326 or
    none given: GeoJSON's own default, checked later by the degrees test)."""
    if reference is None:
        return _IDENTITY
    if not isinstance(reference, dict):
        raise InputError("spatialReference", "must be an object", file=label)
    code = reference.get("latestWkid") or reference.get("wkid")
    text = reference.get("wkt")
    if code is None and not text:
        return _IDENTITY
    if code is not None and (not isinstance(code, int) or isinstance(code, bool)):
        raise InputError(
            "spatialReference", f"wkid {code!r} is not a number", file=label
        )
    if code in WGS84:
        return _IDENTITY
    return _cached_projection(code if code is not None else str(text), label)


_PROJECTIONS: dict[object, Projection] = {}


def _cached_projection(given: int | str, label: str | None) -> Projection:
    found = _PROJECTIONS.get(given)
    if found is not None:
        return found
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        crs = CRS.from_user_input(given)
    except CRSError:
        shown = f"wkid {given}" if isinstance(given, int) else "its wkt"
        raise InputError(
            "spatialReference",
            f"{shown} is not a coordinate system pyproj knows",
            file=label,
        ) from None
    if crs.is_geographic and crs.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        projection = _IDENTITY
    else:
        transformer = Transformer.from_crs(crs, CRS.from_epsg(4326), always_xy=True)
        projection = Projection(transformer, crs.name)
    _PROJECTIONS[given] = projection
    return projection
