"""GeoJSON maps, read one feature at a time without loading the file.

`json.load` of a 200 MB FeatureCollection builds every coordinate as a Python
float inside Python lists: about ten times the file in memory. A map import
needs one feature at a time (each is parsed, classified and turned into a
compact shapely geometry), so this reader walks the document's outer structure
itself and decodes only one member or one feature at a time with the standard
decoder (`json.JSONDecoder.raw_decode`), keeping a buffer about the size of the
largest feature.

It understands the two shapes a map arrives in: a FeatureCollection, and
DeepState's API wrapper `{"id", "datetime", "map": FeatureCollection}`. Members
other than `features` (the wrapper's `id` and `datetime`, the collection's
`type`, `crs`, `name`) are decoded whole and kept in `FeatureStream.members`
wherever they stand: one written after the features is there once iteration has
finished. Anything else is JSON all the same, just not streamed.

Errors are the ones a whole-file read would give, one line naming the file and
line: malformed JSON, nesting too deep, numbers too long, duplicate keys, text
that is not UTF-8.

The registry's `geojson` reader (`READER`) yields each feature as a
`registry.Feature`; a document that is one Feature or one bare geometry is read
as a map of one feature. A declared `crs` other than WGS84 longitude/latitude is
refused: GeoJSON has been lon/lat since RFC 7946.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import NO, YES, Feature
from frontline.formats.text import text_stream

CHUNK = 1 << 16
_SPACE = re.compile(r"[ \t\n\r]*")
# A failure this close to the end of the buffer may be a value cut short by the
# read, not a mistake: read more and try again (the longest cut token, such as
# `\u12` or `nul`, is shorter than this).
_CUT_SHORT = 8


class DuplicateKey(ValueError):
    """A JSON object that names one key twice (the last would silently win)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates)
# Brackets, and whole strings (so brackets inside them are skipped); a string
# the buffer cuts short matches to the end of the buffer.
_RAW_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)|[\[\]{}]')
_CLOSED = re.compile(r'(?<!\\)(?:\\\\)*"\Z')


class FeatureStream:
    """Iterate to get each feature (a dict); then read `members`.

    `members` holds the document's other top-level members; for the API wrapper
    its `map` member holds the collection's own other members, e.g.
    `{"id": 1710541800, "datetime": "…", "map": {"type": "FeatureCollection"}}`.
    `streamed` says whether a `features` array was found (a `features` member
    that is not an array is kept in `members` as it is, for the caller to
    refuse). Iterate once only.
    """

    def __init__(
        self, handle: IO[str], label: str = "<input>", raw_geometry: bool = False
    ) -> None:
        self._raw_geometry = raw_geometry
        self._handle = handle
        self.label = label
        self.members: dict[str, Any] = {}
        self._buffer = ""
        self._pos = 0
        self.streamed = False  # whether a `features` array was found
        self._lines_before = 0  # newlines in text already dropped from the buffer
        self._column_before = 0  # characters of the current line already dropped
        self._eof = False
        self._started = False

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if self._started:
            raise RuntimeError("a FeatureStream can be iterated only once")
        self._started = True
        self._skip_space()
        if self._peek() != "{":
            # Not an object: decode it whole for json's own message, or refuse.
            value = self._value()
            raise InputError(
                None,
                f"not a GeoJSON FeatureCollection (a JSON {_json_type(value)})",
                file=self.label,
            )
        yield from self._object(self.members, depth=0)
        self._skip_space()
        if self._peek() != "":
            self._fail("Extra data", self._pos)

    # --- structure ---------------------------------------------------------------

    def _object(self, into: dict[str, Any], depth: int) -> Iterator[dict[str, Any]]:
        """Members of the object at the cursor; `features` arrays are streamed."""
        self._expect("{")
        self._skip_space()
        if self._peek() == "}":
            self._pos += 1
            return
        seen: set[str] = set()
        while True:
            self._skip_space()
            start = self._pos
            key = self._value() if self._peek() == '"' else None
            if not isinstance(key, str):
                self._fail("Expecting property name enclosed in double quotes", start)
            if key in seen:
                self._fail(f"duplicate key {key!r}", start)
            seen.add(key)
            self._skip_space()
            self._expect(":")
            self._skip_space()
            ahead = self._peek()
            if key == "features" and ahead == "[":
                self.streamed = True
                yield from self._array()
            elif key == "map" and depth == 0 and ahead == "{":
                into[key] = {}
                yield from self._object(into[key], depth=1)
            else:
                into[key] = self._value()
            self._skip_space()
            ahead = self._peek()
            if ahead == "}":
                self._pos += 1
                return
            if ahead != ",":
                self._fail("Expecting ',' delimiter", self._pos)
            self._pos += 1

    def _array(self) -> Iterator[dict[str, Any]]:
        self._expect("[")
        self._skip_space()
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            self._skip_space()
            if self._raw_geometry and self._peek() == "{":
                yield self._feature_raw()
            else:
                yield self._value()
            self._skip_space()
            ahead = self._peek()
            if ahead == "]":
                self._pos += 1
                return
            if ahead != ",":
                self._fail("Expecting ',' delimiter", self._pos)
            self._pos += 1

    def _feature_raw(self) -> dict[str, Any]:
        """A feature whose `geometry` object is kept as its JSON text (a `str`:
        a day of the cumulative archive is megabytes of coordinates, which
        `ingest.shapes.polygons_of_text` reads at a fraction of the memory
        Python lists take); other members as usual."""
        feature: dict[str, Any] = {}
        self._expect("{")
        self._skip_space()
        if self._peek() == "}":
            self._pos += 1
            return feature
        while True:
            self._skip_space()
            start = self._pos
            key = self._value() if self._peek() == '"' else None
            if not isinstance(key, str):
                self._fail("Expecting property name enclosed in double quotes", start)
            if key in feature:
                self._fail(f"duplicate key {key!r}", start)
            self._skip_space()
            self._expect(":")
            self._skip_space()
            if key == "geometry" and self._peek() == "{":
                feature[key] = self._raw_object()
            else:
                feature[key] = self._value()
            self._skip_space()
            ahead = self._peek()
            if ahead == "}":
                self._pos += 1
                return feature
            if ahead != ",":
                self._fail("Expecting ',' delimiter", self._pos)
            self._pos += 1

    def _raw_object(self) -> str:
        """The text of the object at the cursor, found by matching brackets
        outside strings. Text already scanned is set aside in pieces and the
        buffer refilled one chunk at a time (never doubled), so a day of an
        archive is held about twice: its pieces and their join."""
        parts: list[str] = []
        depth = 0
        start = self._pos
        line, column = self._location(start)
        while True:
            cut = len(self._buffer)
            for match in _RAW_TOKEN.finditer(self._buffer, self._pos):
                token = match.group()
                if token[0] == '"':
                    if len(token) < 2 or not _CLOSED.search(token):
                        cut = match.start()  # a string cut by the end of the buffer
                        break
                    continue
                depth += 1 if token in "{[" else -1
                if depth == 0:
                    self._pos = match.end()
                    parts.append(self._buffer[start : self._pos])
                    return parts[0] if len(parts) == 1 else "".join(parts)
            if self._eof:
                self._fail_at("Unterminated object", line, column)
            if cut > start:
                parts.append(self._buffer[start:cut])
            self._pos = cut
            self._read_more()
            start = self._pos

    # --- values and the buffer ---------------------------------------------------

    def _value(self) -> Any:
        """One whole JSON value at the cursor, reading more until it is complete."""
        while True:
            start = self._pos
            try:
                value, end = _DECODER.raw_decode(self._buffer, start)
            except json.JSONDecodeError as error:
                if not self._eof and (
                    error.msg.startswith("Unterminated string")
                    or error.pos >= len(self._buffer) - _CUT_SHORT
                ):
                    self._read_more()
                    continue
                self._fail(error.msg, error.pos)
            except DuplicateKey as error:
                self._fail(f"duplicate key {error.args[0]!r}", start)
            except RecursionError:
                self._fail("nested too deeply", start)
            except ValueError as error:  # e.g. an integer of more than 4300 digits
                self._fail(str(error).split(";")[0].split(":")[0], start)
            if _is_number(value) and end == len(self._buffer) and not self._eof:
                # The number may go on in the next chunk: make sure it ended.
                self._read_more()
                continue
            self._pos = end
            return value

    def _peek(self) -> str:
        if self._pos >= len(self._buffer) and not self._eof:
            self._read_more()
        return self._buffer[self._pos : self._pos + 1]

    def _expect(self, char: str) -> None:
        if self._peek() != char:
            self._fail(f"Expecting {char!r} delimiter", self._pos)
        self._pos += 1

    def _skip_space(self) -> None:
        while True:
            self._pos = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer) or self._eof:
                return
            self._read_more()

    def _read_more(self) -> None:
        """Drop what was read, then at least double what is buffered past the cursor.

        Doubling keeps a feature larger than a chunk from being decoded again
        and again from its start as each chunk arrives.
        """
        if self._pos:
            last = self._buffer.rfind("\n", 0, self._pos)
            if last < 0:
                self._column_before += self._pos
            else:
                self._lines_before += self._buffer.count("\n", 0, self._pos)
                self._column_before = self._pos - last - 1
            self._buffer = self._buffer[self._pos :]
            self._pos = 0
        want = max(CHUNK, len(self._buffer))
        try:
            more = self._handle.read(want)
        except UnicodeDecodeError as error:
            byte = error.object[error.start : error.start + 1].hex()
            raise InputError(
                None,
                f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8",
                file=self.label,
            ) from None
        if not more:
            self._eof = True
        self._buffer += more

    def _location(self, pos: int) -> tuple[int, int]:
        """The line and column (from 1) of a position in the buffer."""
        line = self._lines_before + self._buffer.count("\n", 0, pos) + 1
        last = self._buffer.rfind("\n", 0, pos)
        column = pos - last if last >= 0 else self._column_before + pos + 1
        return line, column

    def _fail(self, problem: str, pos: int) -> Any:
        self._fail_at(problem, *self._location(pos))

    def _fail_at(self, problem: str, line: int, column: int) -> Any:
        raise InputError(
            None,
            f"invalid JSON: {problem} (column {column})",
            file=self.label,
            line=line,
        )


def iter_features(handle: IO[str], label: str = "<input>") -> FeatureStream:
    """The features of the FeatureCollection (or DeepState wrapper) in `handle`."""
    return FeatureStream(handle, label)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "null"


# --- the registry's reader ---------------------------------------------------------

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
# A bare geometry of these types is read as a map of one feature.
GEOMETRY_TYPES = ("Polygon", "MultiPolygon", "GeometryCollection")
_OBJECT_START = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*\{")
_GEOJSON_SIGNS = re.compile(
    rb'"type"\s*:\s*"(?:FeatureCollection|Feature)"|"features"\s*:\s*\['
    rb'|^(?:\xef\xbb\xbf)?\s*\{(?:[^{}\[\]]*,)?\s*"map"\s*:\s*\{'
)


class GeoJsonReader:
    """The registry's `geojson` reader (see `frontline.formats.registry`)."""

    def sniff(self, head: bytes, name: str) -> int:
        """YES for an object that says FeatureCollection or Feature, has a
        `features` array, or is DeepState's API wrapper `{"id", …, "map": {`."""
        if _OBJECT_START.match(head) and _GEOJSON_SIGNS.search(head):
            return YES
        return NO

    def read(self, stream: IO[bytes], label: str) -> GeoJsonFeatures:
        return GeoJsonFeatures(text_stream(stream), label)

    def read_raw(self, stream: IO[bytes], label: str) -> GeoJsonFeatures:
        """`read`, each geometry object left as its JSON text (a `str`)."""
        return GeoJsonFeatures(text_stream(stream), label, raw_geometry=True)


READER = GeoJsonReader()


class GeoJsonFeatures:
    """The features of one GeoJSON document; `members` and `streamed` as in
    `FeatureStream`, complete once iterated. With `raw_geometry`, a streamed
    feature's geometry object is its JSON text (a `str`), for importers
    that parse it with shapely directly."""

    def __init__(self, handle: IO[str], label: str, raw_geometry: bool = False) -> None:
        self._stream = FeatureStream(handle, label, raw_geometry)
        self.label = label

    @property
    def members(self) -> dict[str, Any]:
        return self._stream.members

    @property
    def streamed(self) -> bool:
        return self._stream.streamed

    def __iter__(self) -> Iterator[Feature]:
        yield from as_features(self._stream, self.label)
        yield from tail_features(self.members, self.streamed, self.label)


def as_features(
    items: Iterator[object] | list[object], label: str
) -> Iterator[Feature]:
    """Each item of a `features` array as a Feature, refusing what is not one."""
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise InputError(
                None,
                "is not a GeoJSON Feature",
                file=label,
                line=number,
                line_label="feature",
            )
        feature = _feature(number, item.get("properties"), item.get("geometry"))
        # Let go of this feature before the next is decoded: a day of the
        # cumulative archive is megabytes of Python lists.
        del item
        yield feature
        del feature


def _feature(number: int | None, properties: object, geometry: object) -> Feature:
    props = properties if isinstance(properties, dict) else {}
    return Feature(number, props, geometry)  # type: ignore[arg-type]


def tail_features(members: dict[str, Any], streamed: bool, label: str) -> list[Feature]:
    """Checks that need the whole document's other members (the declared CRS,
    a `features` member that is not an array), and the one feature of a
    document that is a Feature or a bare geometry rather than a collection."""
    inner = members["map"] if isinstance(members.get("map"), dict) else members
    check_crs(inner, label)
    if streamed:
        return []
    kind = inner.get("type")
    if kind == "FeatureCollection" or "features" in inner:
        raise InputError("features", "must be an array of Features", file=label)
    if kind == "Feature":
        return [_feature(1, inner.get("properties"), inner.get("geometry"))]
    if kind in GEOMETRY_TYPES:
        return [_feature(None, {}, inner)]
    found = f"type {kind!r}" if kind else "no GeoJSON type"
    raise InputError(
        None,
        f"not a GeoJSON FeatureCollection, Feature, Polygon or MultiPolygon ({found})",
        file=label,
    )


def check_crs(members: dict[str, Any], label: str) -> None:
    """Old GeoJSON could declare a projection; only lon/lat degrees are measured."""
    if "crs" not in members:
        return
    crs = members["crs"]
    properties = crs.get("properties") if isinstance(crs, dict) else None
    name = properties.get("name") if isinstance(properties, dict) else None
    if not isinstance(name, str):
        raise InputError(
            "crs",
            "names no coordinate system (crs.properties.name); "
            "reproject the file to EPSG:4326",
            file=label,
        )
    if name.strip().lower() not in WGS84_CRS_NAMES:
        raise InputError(
            "crs",
            f"{name!r} is not WGS84 longitude/latitude; "
            "reproject the file to EPSG:4326",
            file=label,
        )
