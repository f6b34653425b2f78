"""Map shapes from GeoJSON: parse and repair polygons (measuring is in model.geometry).

A map snapshot is only as good as its area, and three things make a naive sum of
polygon areas wrong: features overlap (a plain sum counts the overlap twice),
rings cross themselves (a bow-tie's signed area is 0), and holes sit outside
their polygon (subtracting them removes land that was never inside). So every
polygon is rebuilt here before it is measured: each ring is checked, each shell
and hole is repaired on its own with shapely's `make_valid` (the "structure"
method, which keeps the area a ring encloses), holes are subtracted only where
they lie inside their shell, and the polygons of one layer are unioned.

Measuring, union, splitting and keeping are pure geometry, in
`frontline.model.geometry` (re-exported here for the readers).

A ring that goes round the whole globe or round a pole has no meaning as a
straight-edged shape in longitude/latitude, and a geodesic measure of it comes
out near 0 or near the whole Earth: such a ring is refused, never measured.

shapely and pyproj are optional (`frontline[geo]`) and imported only when a
map is actually read.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from typing import Any

from frontline.errors import InputError

# The pure geometry lives in the model, where reports use it too; it is
# re-exported here so that the readers keep one import.
from frontline.model.geometry import (  # noqa: F401
    OTHER_REGION,
    SHAPELY_MISSING,
    difference,
    from_wkb,
    geodesic_area_km2,
    intersection,
    repaired,
    shapely_module,
    split_by_regions,
    to_geojson,
    to_wkb,
    union,
)

AREA_TYPES = ("Polygon", "MultiPolygon")


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
    return _joined([_polygon(rings) for rings in polygons])


def _polygon(rings: list[Any]) -> Any:
    """One polygon: its repaired shell, less the parts of its holes inside it."""
    if not rings:
        raise InputError("geometry", "a polygon has no rings")
    return _polygon_of([_ring(ring) for ring in rings])


def _polygon_of(rings: list[Any]) -> Any:
    """A polygon from checked rings: the repaired shell less its holes."""
    shapely = shapely_module()
    shell, *holes = rings
    outer = repaired(shapely.Polygon(shell))
    if not holes:
        return outer
    inner = union([repaired(shapely.Polygon(hole)) for hole in holes])
    if not outer.is_empty and not inner.is_empty and inner.covers(outer):
        raise InputError("geometry", "a polygon's holes are larger than its exterior")
    return difference(outer, inner)


def _ring(ring: object) -> Any:
    """A ring's (lon, lat) pairs, checked: numbers, degrees, a shape the plane
    holds. A reader may give a ring as an (N, 2) numpy array of floats (KML)."""
    if _is_xy(ring):
        if len(ring) >= 4 and _plain_xy(ring):
            return ring
        ring = ring.tolist()  # type: ignore[attr-defined]
    if not isinstance(ring, list):
        raise InputError("geometry", "a ring is not an array of positions")
    if len(ring) < 4:
        raise InputError(
            "geometry",
            f"a ring has {len(ring)} positions; a closed ring needs at least 4",
        )
    fast = _plain_ring(ring)
    if fast is not None:
        return fast
    pairs = [_position(position) for position in ring]
    _check_extent(pairs)
    return pairs


def _is_xy(ring: object) -> bool:
    """Whether a ring is a reader's (N, 2) numpy array of floats."""
    shape = getattr(ring, "shape", None)
    return shape is not None and len(shape) == 2 and shape[1] == 2


def _plain_ring(ring: list[Any]) -> Any | None:
    """The common case checked in bulk (numpy): every position a list of two or
    three floats or ints (never a bool or text), finite, in degrees, a ring the
    plane holds. An (N, 2) array, or None to take the position-by-position
    path, which says exactly what is wrong."""
    if set(map(type, ring)) != {list} or min(map(len, ring)) < 2:
        return None
    lons = [position[0] for position in ring]
    lats = [position[1] for position in ring]
    if not set(map(type, lons)).union(map(type, lats)) <= {float, int}:
        return None
    import numpy

    try:
        xy = numpy.array([lons, lats], dtype=float).T
    except OverflowError:
        return None
    return xy if _plain_xy(xy) else None


def _plain_xy(xy: Any) -> bool:
    """Whether an (N, 2) array passes every check `_ring` makes: finite,
    degrees, no pole, not the whole globe, no edge across the antimeridian."""
    import numpy

    lon, lat = xy[:, 0], xy[:, 1]
    if not (
        len(xy) >= 4
        and numpy.isfinite(xy).all()
        and (numpy.abs(lon) <= 180).all()
        and (numpy.abs(lat) <= 90).all()
    ):
        return False
    steps = numpy.diff(lon)
    turning = ((steps + 180.0) % 360.0 - 180.0).sum()
    if abs(turning) > 180.0 or lon.max() - lon.min() >= 360.0:
        return False
    return not (numpy.abs(steps) > 180.0).any()


def polygons_of_text(text: str, file: str, feature: int | None) -> Any | None:
    """`polygons_of` for a geometry given as GeoJSON text (a day of a map
    archive), read without the Python lists a JSON decode builds (about ten
    times the memory of the text) and without shapely's own GeoJSON reader
    (about six times): the coordinates go straight into one numpy array
    (`_text_rings`). Anything the bulk checks do not pass is decoded and read
    by `polygons_of`, which names the problem; None for a geometry without
    area."""
    rings_of = _text_rings(text)
    if rings_of is not None and all(
        _plain_xy(xy) for rings in rings_of for xy in rings
    ):
        return _joined([_polygon_of(rings) for rings in rings_of])
    del rings_of
    import json

    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise InputError(
            "geometry",
            f"is not valid JSON ({str(error).split(':')[0]})",
            file=file,
            line=feature,
            line_label="feature",
        ) from None
    if not is_area(document):
        return None
    return polygons_of(document, file, feature)


def _joined(polygons: list[Any]) -> Any:
    """The union of one geometry's repaired polygons. Most maps draw them apart
    already, and a valid MultiPolygon of them is that union, found without
    the memory of an overlay (a day of an archive is thousands of vertices)."""
    shapely = shapely_module()
    parts = [part for polygon in polygons for part in shapely.get_parts(polygon)]
    joined = shapely.MultiPolygon(parts)
    return joined if joined.is_valid else union(polygons)


# Strings and brackets of a JSON text, to find the `coordinates` member.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_ARRAY_VALUE = re.compile(r"\s*:\s*\[")
_MARKS = b"[],"
# Every byte but the marks: deleted to leave a coordinates array's skeleton.
_NOT_MARKS = bytes(sorted(set(range(256)) - set(_MARKS)))
_BLANK_BRACKETS = bytes.maketrans(b"[]", b"  ")
# How deep the positions of each type lie in its coordinates array.
_LEVELS = {"Polygon": 3, "MultiPolygon": 4}
# Numbers are decoded this many bytes of text at a time.
_NUMBERS_CHUNK = 1 << 14


def _text_rings(text: str) -> list[list[Any]] | None:
    """The rings of a Polygon or MultiPolygon given as GeoJSON text, as (N, 2)
    numpy arrays grouped by polygon, or None when the text is anything else
    (another type, an empty array, a position of one number, members after
    the coordinates, invalid JSON…): the caller then decodes it whole, which
    names the fault.

    The array's skeleton (its brackets and commas, a few bytes per position)
    is checked against the type's grammar and gives each ring's length; with
    the brackets blanked, the numbers left are a flat JSON list, decoded a
    chunk at a time (JSON's own number grammar, never a laxer one) into one
    array. Beyond the text, about three bytes per character at the peak."""
    import json

    import numpy

    depth = 0
    begin = end = None
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token[0] != '"':
            depth += 1 if token in "[{" else -1
        elif depth == 1 and token == '"coordinates"':
            value = _ARRAY_VALUE.match(text, match.end())
            if value is not None:
                begin, end = value.end() - 1, text.rfind("]") + 1
            break
    if begin is None or end is None or end <= begin or not text.isascii():
        return None
    try:
        rest = json.loads(text[:begin] + "null" + text[end:], object_pairs_hook=_unique)
    except (ValueError, RecursionError):
        return None
    kind = rest.get("type") if isinstance(rest, dict) else None
    if kind not in _LEVELS or rest["coordinates"] is not None:
        return None
    coordinates = text[begin:end].encode("ascii")
    layout = _layout(coordinates.translate(None, _NOT_MARKS), _LEVELS[kind])
    if layout is None:
        return None
    width, sizes, counts = layout
    flat = coordinates.translate(_BLANK_BRACKETS)
    del coordinates
    values = _numbers(flat, width * int(sizes.sum()))
    del flat
    if values is None:
        return None
    xy = values.reshape(-1, width)[:, :2]
    rings = numpy.split(xy, numpy.cumsum(sizes)[:-1])
    bounds = numpy.cumsum(counts)
    return [rings[a:b] for a, b in zip(bounds - counts, bounds, strict=True)]


def _layout(skeleton: bytes, level: int) -> tuple[int, Any, Any] | None:
    """Check a coordinates array's skeleton (its brackets and commas alone)
    against GeoJSON's shape for positions `level` arrays deep: every array
    above the positions a non-empty list of arrays, every position of the
    same two or three values, every ring of four positions or more. Returns
    (values per position, positions per ring, rings per polygon) or None.
    Vectorised (numpy) rather than a regular expression, whose backtracking
    state would grow with every position."""
    import numpy

    codes = numpy.frombuffer(skeleton, dtype=numpy.uint8)
    opens, closes, commas = codes == 91, codes == 93, codes == 44
    depths = numpy.cumsum(
        opens.astype(numpy.int8) - closes.astype(numpy.int8), dtype=numpy.int32
    )
    if len(codes) < 3 or depths[-1] != 0 or depths[:-1].min() < 1:
        return None
    if depths.max() != level:
        return None
    positions = numpy.flatnonzero(opens & (depths == level))
    first = int(positions[0])
    width = int(numpy.argmax(codes[first:] == 93))  # commas + 1 in the first
    if width not in (2, 3) or int(positions[-1]) + width >= len(codes):
        return None
    for offset in range(1, width):
        if (codes[positions + offset] != 44).any():
            return None
    inner = int(numpy.count_nonzero(commas & (depths == level)))
    if (codes[positions + width] != 93).any() or inner != (width - 1) * len(positions):
        return None
    outer_opens = numpy.flatnonzero(opens & (depths < level))
    outer_commas = numpy.flatnonzero(commas & (depths < level))
    outer_closes = numpy.flatnonzero(closes & (depths < level - 1))
    if (
        (codes[outer_opens + 1] != 91).any()
        or (codes[outer_commas - 1] != 93).any()
        or (codes[outer_commas + 1] != 91).any()
        or (codes[outer_closes - 1] != 93).any()
    ):
        return None
    ring_ends = numpy.flatnonzero(closes & (depths == level - 2))
    sizes = numpy.diff(numpy.searchsorted(positions, ring_ends), prepend=0)
    if level == 4:
        polygon_ends = numpy.flatnonzero(closes & (depths == 1))
        counts = numpy.diff(numpy.searchsorted(ring_ends, polygon_ends), prepend=0)
    else:
        counts = numpy.array([len(ring_ends)])
    if sizes.min() < 4:
        return None
    return width, sizes, counts


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different (else the fast path gives up)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _numbers(flat: bytes, count: int) -> Any | None:
    """`count` JSON numbers separated by commas (and blanks), as one array, or
    None if they are not exactly that; decoded a chunk at a time so that the
    Python floats of only one chunk exist at once."""
    import json

    import numpy

    values = numpy.empty(count)
    filled = start = 0
    while start < len(flat):
        stop = flat.find(b",", start + _NUMBERS_CHUNK)
        stop = len(flat) if stop < 0 else stop
        try:
            chunk = json.loads(b"[" + flat[start:stop] + b"]")
        except (ValueError, RecursionError):
            return None
        if filled + len(chunk) > count or not all(
            type(value) in (int, float) for value in chunk
        ):
            return None
        try:
            values[filled : filled + len(chunk)] = chunk
        except OverflowError:  # an integer too large for a float
            return None
        filled += len(chunk)
        start = stop + 1
    return values if filled == count else None


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


# --- reprojection --------------------------------------------------------------------

_TRANSFORMERS: dict[str, Any] = {}


def to_lon_lat(geometry: object, crs: str, file: str, feature: int | None) -> object:
    """A GeoJSON geometry in `crs` (a shapefile's .prj, an Esri wkid…) with its
    coordinates moved to WGS84 longitude/latitude, so that it is measured on
    the ellipsoid like any other map. A CRS pyproj does not know is refused,
    naming the file."""
    transformer = _TRANSFORMERS.get(crs)
    if transformer is None:
        from pyproj import CRS, Transformer
        from pyproj.exceptions import CRSError

        try:
            source = CRS.from_user_input(crs)
        except CRSError:
            shown = crs if len(crs) <= 60 else crs[:57] + "..."
            raise InputError(
                "crs", f"{shown!r} is not a coordinate system pyproj knows", file=file
            ) from None
        transformer = Transformer.from_crs(source, "EPSG:4326", always_xy=True)
        _TRANSFORMERS[crs] = transformer
    try:
        return _moved(geometry, transformer)
    except (TypeError, ValueError, IndexError):
        raise InputError(
            "geometry",
            "has coordinates that are not numbers",
            file=file,
            line=feature,
            line_label="feature",
        ) from None


def _moved(geometry: Any, transformer: Any) -> Any:
    if not isinstance(geometry, dict):
        return geometry
    if geometry.get("type") == "GeometryCollection":
        members = geometry.get("geometries") or []
        return {**geometry, "geometries": [_moved(m, transformer) for m in members]}
    return {
        **geometry,
        "coordinates": _positions(geometry.get("coordinates"), transformer),
    }


def _positions(value: Any, transformer: Any) -> Any:
    """Nested coordinate arrays moved; a ring is transformed in one call."""
    if not isinstance(value, list) or not value:
        return value
    if isinstance(value[0], int | float):
        x, y = transformer.transform(value[0], value[1])
        return [x, y]
    if isinstance(value[0], list) and value[0] and isinstance(value[0][0], int | float):
        xs, ys = transformer.transform(
            [float(p[0]) for p in value], [float(p[1]) for p in value]
        )
        return [[x, y] for x, y in zip(xs, ys, strict=True)]
    return [_positions(item, transformer) for item in value]
