"""TopoJSON topologies: arcs decoded into GeoJSON features.

A TopoJSON file stores each boundary once, as an arc, and each geometry as a
list of arc indexes (a negative index `~i` walks arc `i` backwards); a
quantised file stores integer positions, each arc's after the first as a
delta from the one before, with a `transform` (`scale`, `translate`) that maps
them back to coordinates. Decoding follows the specification
(github.com/topojson/topojson-specification): arcs are delta-decoded and
transformed once, rings are the arcs joined end to start (the shared point
kept once), and every object of the topology gives its features; a
GeometryCollection object gives one feature per member, as topojson-client's
`feature()` does.

What comes out is the registry's `Feature`s with GeoJSON geometries, so
everything after the reader (union, repair, measure, DeepState's classes) is
the path GeoJSON maps take; a feature's `id` is kept in `extra`. Each
feature's properties also name the object it came from (`object`, unless a
property of that name is there already): a topology often holds one object per
layer, and `--rules` or `--map layer=object` can then tell them apart. A bad arc
index, a malformed transform or a position that is not numbers is refused
naming the file and the feature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.documents import finite_number, load_document
from frontline.formats.registry import NO, YES, Feature

# A topology says what it is in its first member as written by every known
# writer (topojson, mapshaper, geoBoundaries); the sniff looks a little further.
_SNIFF = re.compile(rb'"type"\s*:\s*"Topology"')
_SNIFF_BYTES = 4096

Position = list[float]


class TopoJsonReader:
    """The registry's reader of TopoJSON (see formats/registry.py)."""

    def sniff(self, head: bytes, name: str) -> int:
        """YES for an object whose first bytes say `"type": "Topology"`."""
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if start.startswith(b"{") and _SNIFF.search(head[:_SNIFF_BYTES]):
            return YES
        return NO

    def read(self, stream: IO[bytes], label: str) -> Iterator[Feature]:
        return read(stream, label)


READER = TopoJsonReader()


def read(data: bytes | IO[bytes], label: str) -> Iterator[Feature]:
    """The features of a TopoJSON file."""
    yield from features(load_document(data, label), label)


def features(document: object, label: str) -> Iterator[Feature]:
    """The features of a decoded topology, numbered from 1 across its objects."""
    if not isinstance(document, dict) or document.get("type") != "Topology":
        raise InputError("type", "is not a TopoJSON Topology", file=label)
    objects = document.get("objects")
    if not isinstance(objects, dict):
        raise InputError("objects", "must be an object of named geometries", file=label)
    arcs = Arcs(document.get("arcs", []), _transform(document, label), label)
    number = 0
    for name, member in objects.items():
        members = [member]
        if isinstance(member, dict) and member.get("type") == "GeometryCollection":
            members = member.get("geometries")
            if not isinstance(members, list):
                raise InputError(
                    "geometries",
                    f"object {name!r}: a GeometryCollection needs a geometries array",
                    file=label,
                )
        for item in members:
            number += 1
            try:
                yield _feature(number, item, arcs, name)
            except InputError as error:
                raise error.at(label, number, line_label="feature") from None


def _feature(number: int, item: object, arcs: Arcs, name: str) -> Feature:
    if not isinstance(item, dict):
        raise InputError(None, "is not a TopoJSON geometry object")
    properties = item.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise InputError("properties", "must be an object")
    properties = (
        {**properties} if "object" in properties else {**properties, "object": name}
    )
    extra = {"id": item["id"]} if "id" in item else {}
    return Feature(number, properties, _geometry(item, arcs), extra=extra)


def _geometry(item: dict[str, Any], arcs: Arcs) -> dict[str, Any] | None:
    kind = item.get("type")
    if kind is None:
        return None  # TopoJSON's null object: a feature without geometry
    if kind == "GeometryCollection":
        members = item.get("geometries")
        if not isinstance(members, list):
            raise InputError("geometries", "a GeometryCollection needs an array")
        parts = [_geometry(m, arcs) if isinstance(m, dict) else None for m in members]
        return {"type": kind, "geometries": [p for p in parts if p is not None]}
    if kind in ("Point", "MultiPoint"):
        points = item.get("coordinates")
        if kind == "Point":
            return {"type": kind, "coordinates": arcs.point(points)}
        if not isinstance(points, list):
            raise InputError("coordinates", "a MultiPoint needs an array of positions")
        return {"type": kind, "coordinates": [arcs.point(p) for p in points]}
    indexes = item.get("arcs")
    depth = {"LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}
    if kind not in depth:
        raise InputError("type", f"{kind!r} is not a TopoJSON geometry type")
    closed = kind in ("Polygon", "MultiPolygon")
    return {"type": kind, "coordinates": _nested(indexes, depth[kind], arcs, closed)}


def _nested(indexes: object, depth: int, arcs: Arcs, closed: bool) -> list[Any]:
    """Arc index lists, `depth` levels deep, as lists of positions."""
    if not isinstance(indexes, list):
        raise InputError("arcs", "must be an array of arc indexes")
    if depth == 1:
        return arcs.line(indexes, closed)
    return [_nested(inner, depth - 1, arcs, closed) for inner in indexes]


def _transform(document: dict[str, Any], label: str) -> tuple[float, ...] | None:
    """(scale x, scale y, translate x, translate y), or None when not quantised."""
    transform = document.get("transform")
    if transform is None:
        return None
    if not isinstance(transform, dict):
        raise InputError("transform", "must be an object", file=label)
    values = []
    for key in ("scale", "translate"):
        pair = transform.get(key)
        if not (
            isinstance(pair, list)
            and len(pair) == 2
            and all(finite_number(v) for v in pair)
        ):
            raise InputError(
                "transform", f"{key} must be two finite numbers", file=label
            )
        values.extend(float(v) for v in pair)
    return tuple(values)


class Arcs:
    """The topology's arcs, each decoded on first use (delta, then transform)."""

    def __init__(
        self, arcs: object, transform: tuple[float, ...] | None, label: str
    ) -> None:
        if not isinstance(arcs, list):
            raise InputError("arcs", "must be an array of arcs", file=label)
        self._raw = arcs
        self._decoded: dict[int, list[Position]] = {}
        self._transform = transform
        self._label = label

    def point(self, position: object) -> Position:
        """A Point's position: quantised positions are absolute, not deltas."""
        x, y = _pair(position)
        if self._transform is None:
            return [x, y]
        sx, sy, tx, ty = self._transform
        return [x * sx + tx, y * sy + ty]

    def line(self, indexes: list[Any], closed: bool) -> list[Position]:
        """The positions of arcs joined in order, each join's point kept once."""
        positions: list[Position] = []
        for index in indexes:
            arc = self._arc(index)
            positions.extend(arc if not positions else arc[1:])
        if closed and positions and len(positions) < 4:
            raise InputError(
                "arcs", f"a ring has {len(positions)} positions; it needs at least 4"
            )
        return positions

    def _arc(self, index: object) -> list[Position]:
        count = len(self._raw)
        if not isinstance(index, int) or isinstance(index, bool):
            raise InputError("arcs", f"{index!r} is not an arc index")
        number = ~index if index < 0 else index
        if number >= count:
            which = f"{index} (arc {number} reversed)" if index < 0 else f"{index}"
            raise InputError(
                "arcs",
                f"arc {which} does not exist (the topology has {count:,} "
                f"arc{'' if count == 1 else 's'})",
            )
        arc = self._decoded.get(number)
        if arc is None:
            arc = self._decoded[number] = self._decode(number)
        return arc[::-1] if index < 0 else arc

    def _decode(self, number: int) -> list[Position]:
        raw = self._raw[number]
        if not isinstance(raw, list) or len(raw) < 2:
            raise InputError("arcs", f"arc {number} must be an array of 2+ positions")
        pairs = [_pair(position) for position in raw]
        if self._transform is None:
            return [[x, y] for x, y in pairs]
        sx, sy, tx, ty = self._transform
        decoded = []
        x = y = 0.0
        for dx, dy in pairs:
            x += dx
            y += dy
            decoded.append([x * sx + tx, y * sy + ty])
        return decoded


def _pair(position: object) -> tuple[float, float]:
    if (
        not isinstance(position, list)
        or len(position) < 2
        or not (finite_number(position[0]) and finite_number(position[1]))
    ):
        shown = repr(position)
        if len(shown) > 40:
            shown = shown[:37] + "..."
        raise InputError("arcs", f"{shown} is not a position [x, y]")
    return float(position[0]), float(position[1])
