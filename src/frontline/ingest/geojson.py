"""GeoJSON snapshots: the area an actor holds on a day, measured on the ellipsoid.

A map layer (DeepState's daily occupied territory, say) is a set of polygons. Its
area is the sum of the geodesic areas of its polygons on the WGS84 ellipsoid,
holes removed, computed by GeographicLib through pyproj: a planar area of lon/lat
degrees would be wrong by a factor that changes with latitude, and a spherical
one by up to half a percent. pyproj is an optional extra (`frontline[geo]`) and
is imported only when a GeoJSON file is actually read.

Each file becomes one `holding` record. Its day comes from `--set end=…` or from
a `YYYYMMDD` / `YYYY-MM-DD` in the file name (`deepstatemap_data_20240315.geojson`).

One simplification, harmless for front-line maps: edges are taken as geodesics
(GeoJSON strictly means straight lines in lon/lat; the two differ by metres on
edges of a few kilometres).

This reader sums polygon areas; it does not repair or merge shapes. So it
refuses every map whose plain sum would be a wrong area, naming the feature:
a ring that crosses itself (a bow-tie measures 0), a ring round a pole or the
whole globe, a hole outside its polygon (it would be subtracted from land it
never covered) and polygons that overlap (counted twice). Such a map needs the
repairing reader (`ingest.shapes`: make_valid, then a union per layer). The
checks use shapely in the lon/lat plane, which is what GeoJSON means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from frontline.errors import FrontlineError, InputError
from frontline.ingest.sources import (
    FieldPlan,
    Meter,
    Source,
    decode_json,
    open_text,
    read_all,
)
from frontline.model.records import record_from_fields
from frontline.store.records import Located

PYPROJ_MISSING = "GeoJSON import needs pyproj and shapely: pip install 'frontline[geo]'"
REPAIR_HINT = "repair the map first, or read it with the repairing map reader"
AREA_TYPES = ("Polygon", "MultiPolygon")
# Names under which GeoJSON writers (GDAL, GeoPandas) declare lon/lat on WGS84.
WGS84_CRS_NAMES = {
    "urn:ogc:def:crs:ogc:1.3:crs84",
    "urn:ogc:def:crs:ogc::crs84",
    "ogc:crs84",
    "crs84",
    "epsg:4326",
    "urn:ogc:def:crs:epsg::4326",
    "urn:ogc:def:crs:epsg:4326",
}
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d)")
# Fields a GeoJSON file decides itself.
_FROM_GEOMETRY = ("area", "area_km2")


def require_pyproj() -> Any:
    """The WGS84 ellipsoid from pyproj, or a clear message on how to install it."""
    try:
        import shapely  # noqa: F401  (the validity checks need it)
        from pyproj import Geod
    except ImportError:
        raise FrontlineError(PYPROJ_MISSING) from None
    return Geod(ellps="WGS84")


def check_plan(plan: FieldPlan) -> None:
    """Refuse options that cannot apply to a map (before any file is read)."""
    if plan.mapped:
        raise InputError(
            "map", "a GeoJSON file has no columns to map; give values with --set"
        )
    for name in _FROM_GEOMETRY:
        if name in plan.constants:
            raise InputError(name, "the area of a GeoJSON file comes from its geometry")
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


def source_day(source: Source, plan: FieldPlan) -> dict[str, str]:
    """The date fields of a file's holding: from --set, else from its name."""
    if "end" in plan.constants or "on" in plan.constants:
        return {}
    day = date_from_name(source.label) if source.path is not None else None
    if day is None:
        raise InputError(
            "end",
            "no date in the file name (YYYYMMDD or YYYY-MM-DD); give --set end=DATE",
            file=source.label,
        )
    return {"end": day.isoformat()}


def read_geojson(
    source: Source, plan: FieldPlan, meter: Meter | None = None
) -> Located:
    """One holding record: the file's total area on the day its name carries."""
    day = source_day(source, plan)
    geod = require_pyproj()
    with open_text(source) as handle:
        text = read_all(handle, source.label)
    document = decode_json(text, source.label)
    area = geojson_area_km2(document, source.label, geod)
    values: dict[str, Any] = {**plan.constants, **day, "kind": "holding"}
    values["area_km2"] = area
    try:
        record = record_from_fields(values)
    except InputError as error:
        raise error.at(source.label, None) from None
    return record, source.label


def geojson_area_km2(document: object, label: str, geod: Any) -> float:
    """Total geodesic area in km² of every polygon in a GeoJSON document.

    A document without a single polygon (an empty FeatureCollection, say: a
    failed download) is refused rather than measured as 0 km², which would be
    stored as a holding of nothing and read as the front line collapsing.
    """
    _check_crs(document, label)
    areas: list[float] = []
    shapes: list[tuple[int | None, Any]] = []
    for index, geometry in _geometries(document, label):
        measured = _geometry_areas_m2(geometry, geod, label, index)
        areas.extend(area for area, _ in measured)
        shapes.extend((index, rings) for _, rings in measured)
    if not areas:
        raise InputError(None, "has no Polygon or MultiPolygon features", file=label)
    _refuse_overlaps(_valid_polygons(shapes, label), label)
    return math.fsum(areas) / 1e6


def _valid_polygons(
    shapes: list[tuple[int | None, Any]], label: str
) -> list[tuple[int | None, Any]]:
    """Each polygon as a shapely shape, or the reason its plain area is wrong."""
    import shapely

    from frontline.ingest.shapes import _check_extent

    result = []
    for number, rings in shapes:
        pairs = [[(float(p[0]), float(p[1])) for p in ring] for ring in rings]
        try:
            for ring in pairs:
                _check_extent(ring)
            polygon = shapely.Polygon(pairs[0], pairs[1:])
            reason = shapely.is_valid_reason(polygon)
            if reason != "Valid Geometry":
                raise InputError("geometry", _invalid(reason))
        except InputError as error:
            raise _at(error, label, number) from None
        result.append((number, polygon))
    return result


def _invalid(reason: str) -> str:
    """GEOS's reason (`Self-intersection[30.5 50.5]`) as a sentence."""
    what, _, rest = reason.partition("[")
    where = f" at [{', '.join(rest.rstrip(']').split())}]" if rest else ""
    if "Self-intersection" in what:
        problem = f"a ring crosses itself{where}, so its area would be wrong"
    elif what == "Hole lies outside shell":
        problem = f"a hole lies outside its polygon{where}"
    elif what == "Interior is disconnected":
        problem = f"holes cut the polygon in two{where}"
    else:
        problem = f"the polygon is not valid ({what.lower()}{where})"
    return f"{problem}; {REPAIR_HINT}"


def _refuse_overlaps(polygons: list[tuple[int | None, Any]], label: str) -> None:
    """Overlapping polygons would be counted twice: name the first two."""
    import shapely

    shapes = [polygon for _, polygon in polygons]
    tree = shapely.STRtree(shapes)
    pairs = tree.query(shapes, predicate="intersects")
    for i, j in sorted(zip(*pairs, strict=True)):
        if i >= j or not shapes[i].relate_pattern(shapes[j], "T********"):
            continue
        first, second = polygons[i][0], polygons[j][0]
        if first == second:
            raise _at(
                InputError(
                    "geometry",
                    f"two of its polygons overlap, so the overlap would be counted "
                    f"twice; {REPAIR_HINT}",
                ),
                label,
                first,
            )
        raise InputError(
            None,
            f"features {first} and {second} overlap, so the overlap would be "
            f"counted twice; {REPAIR_HINT}",
            file=label,
        )


def _check_crs(document: object, label: str) -> None:
    """Old GeoJSON could declare a projection; only lon/lat degrees are measured."""
    if not isinstance(document, dict) or "crs" not in document:
        return
    crs = document["crs"]
    properties = crs.get("properties") if isinstance(crs, dict) else None
    name = properties.get("name") if isinstance(properties, dict) else None
    if not isinstance(name, str) or not name.strip():
        raise InputError(
            "crs",
            "names no coordinate system (no crs.properties.name); "
            "only WGS84 longitude/latitude (EPSG:4326) is measured",
            file=label,
        )
    if name.strip().lower() not in WGS84_CRS_NAMES:
        raise InputError(
            "crs",
            f"{name!r} is not WGS84 longitude/latitude; "
            "reproject the file to EPSG:4326",
            file=label,
        )


def _geometries(document: object, label: str) -> Iterator[tuple[int | None, Any]]:
    """(feature number, geometry) for a FeatureCollection, a Feature or a geometry."""
    kind = document.get("type") if isinstance(document, dict) else None
    if kind == "FeatureCollection":
        features = document.get("features")  # type: ignore[union-attr]
        if not isinstance(features, list):
            raise InputError("features", "must be an array of Features", file=label)
        for number, feature in enumerate(features, 1):
            yield number, _feature_geometry(feature, label, number)
    elif kind == "Feature":
        yield 1, _feature_geometry(document, label, 1)
    elif kind in (*AREA_TYPES, "GeometryCollection"):
        yield None, document
    else:
        found = f"type {kind!r}" if kind else "no GeoJSON type"
        raise InputError(
            None,
            "not a GeoJSON FeatureCollection, Feature, Polygon or MultiPolygon "
            f"({found})",
            file=label,
        )


def _feature_geometry(feature: object, label: str, number: int) -> Any:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise _at(InputError(None, "is not a GeoJSON Feature"), label, number)
    geometry = feature.get("geometry")
    if geometry is None:
        raise _at(InputError("geometry", "is missing (null)"), label, number)
    return geometry


def _at(error: InputError, label: str, number: int | None) -> InputError:
    if number is None:
        return error.at(label, None)
    return error.at(label, number, line_label="feature")


def _geometry_areas_m2(
    geometry: Any, geod: Any, label: str, number: int | None
) -> list[tuple[float, list[Any]]]:
    """The area of each polygon in one geometry, in m², with its rings."""
    try:
        return [(_polygon_area_m2(rings, geod), rings) for rings in _polygons(geometry)]
    except InputError as error:
        raise _at(error, label, number) from None


MAX_COLLECTION_DEPTH = 16


def _polygons(geometry: Any, depth: int = 0) -> Iterator[Any]:
    """The coordinate arrays of every polygon in a geometry."""
    if not isinstance(geometry, dict):
        raise InputError("geometry", "is not a GeoJSON geometry object")
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        members = geometry.get("geometries")
        if not isinstance(members, list):
            raise InputError("geometry", "a GeometryCollection needs 'geometries'")
        if depth >= MAX_COLLECTION_DEPTH:
            raise InputError(
                "geometry",
                f"GeometryCollections nested more than {MAX_COLLECTION_DEPTH} deep",
            )
        for member in members:
            yield from _polygons(member, depth + 1)
        return
    if kind not in AREA_TYPES:
        raise InputError(
            "geometry",
            f"a {kind or 'geometry without a type'} has no area; "
            "only Polygon and MultiPolygon are measured",
        )
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, list):
        raise InputError("geometry", f"the {kind} has no coordinates array")
    if kind == "Polygon":
        yield coordinates
        return
    for polygon in coordinates:
        if not isinstance(polygon, list):
            raise InputError("geometry", "a MultiPolygon must hold arrays of rings")
        yield polygon


def _polygon_area_m2(rings: list[Any], geod: Any) -> float:
    """Exterior minus holes; orientation does not matter (many files get it wrong)."""
    if not rings:
        raise InputError("geometry", "a polygon has no rings")
    exterior, *holes = (abs(_ring_area_m2(ring, geod)) for ring in rings)
    area = exterior - math.fsum(holes)
    if area < -1e-6 * exterior:
        raise InputError("geometry", "a polygon's holes are larger than its exterior")
    return max(area, 0.0)


def _ring_area_m2(ring: Any, geod: Any) -> float:
    if not isinstance(ring, list) or len(ring) < 4:
        size = len(ring) if isinstance(ring, list) else 0
        raise InputError(
            "geometry", f"a ring has {size} positions; a closed ring needs at least 4"
        )
    try:
        lons, lats = zip(*(position[:2] for position in ring), strict=True)
    except (TypeError, ValueError):
        raise InputError(
            "geometry", "a position is not [longitude, latitude]"
        ) from None
    _check_degrees(lons, lats)
    area, _perimeter = geod.polygon_area_perimeter(lons, lats)
    return float(area)


def _check_degrees(lons: tuple[Any, ...], lats: tuple[Any, ...]) -> None:
    for lon, lat in zip(lons, lats, strict=True):
        if not (
            isinstance(lon, int | float)
            and isinstance(lat, int | float)
            and not isinstance(lon, bool)
            and not isinstance(lat, bool)
        ):
            raise InputError("geometry", f"[{lon!r}, {lat!r}] is not a pair of numbers")
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise InputError(
                "geometry",
                f"[{lon}, {lat}] is not longitude/latitude in degrees; "
                "reproject the file to WGS84 (EPSG:4326)",
            )
