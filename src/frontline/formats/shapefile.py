"""Zipped shapefiles: each layer's polygons with its dbf fields as properties.

ISW publishes each layer each day as a `.zip` of `.shp`, `.dbf`, `.prj` (and,
until 2026, `.shx`). This reader needs no GDAL: the shapefile and dBASE formats
are simple fixed layouts, read here with `struct` (a layer's files are read
whole: a day's layer is a few megabytes).

- The `.shp` is read from start to end, so a missing `.shx` (the index of
  record offsets) costs nothing; when it is there its record count is checked.
- Polygon rings are grouped as the format defines them: a clockwise ring is a
  shell, a counter-clockwise one a hole of the shell that contains it.
- The `.prj` (WKT) is passed on as the feature's `crs`: the importer
  reprojects to WGS84 with pyproj before measuring. Without a `.prj` the
  coordinates must already be longitude/latitude.
- dbf fields become properties: text as text (`.cpg` names its encoding, else
  UTF-8, else Latin-1), numbers as numbers (a date held as epoch milliseconds
  stays a number for `--map end=…` to read), `D` dates as ISO text, logicals
  as true/false. Deleted dbf records are skipped with their shapes.
- A dbf and a shp that disagree on how many records they hold are refused,
  naming both: pairing the wrong fields with the wrong shapes would silently
  move a figure from one area to another.
"""

from __future__ import annotations

import itertools
import struct
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import PurePosixPath
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import NO, Feature

_POLYGONS = {5, 15, 25}
_NAMES = {0: None, 1: "Point", 3: "LineString", 8: "MultiPoint", 31: "MultiPatch"}
for _code in (11, 21):
    _NAMES[_code] = "Point"
for _code in (13, 23):
    _NAMES[_code] = "LineString"
for _code in (18, 28):
    _NAMES[_code] = "MultiPoint"


class ShapefileReader:
    """The registry's `shapefile` reader. Its stream is the whole zip and its
    label ends with the layer (`isw.zip!ControlMap.shp`): the container
    (`formats.containers`) hands it each layer of a zip that holds `.shp`s."""

    def sniff(self, head: bytes, name: str) -> int:
        return NO  # recognised as a zip holding .shp files, not by content

    def read(self, stream: IO[bytes], label: str) -> Iterator[Feature]:
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError) as error:
            raise InputError(
                None, f"is not a readable zip ({error})", file=label
            ) from None
        layer = label.rpartition("!")[2]
        return _Layer(archive, layer, label).features()


class _Layer:
    def __init__(self, archive: zipfile.ZipFile, layer: str, label: str) -> None:
        self.archive = archive
        self.label = label
        self.stem = layer[: -len(".shp")] if layer.lower().endswith(".shp") else layer
        self.members = {info.filename.lower(): info for info in archive.infolist()}

    def _member(self, extension: str) -> zipfile.ZipInfo | None:
        return self.members.get(f"{self.stem}{extension}".lower())

    def _bytes(self, info: zipfile.ZipInfo) -> bytes:
        try:
            return self.archive.read(info)
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise InputError(
                None,
                f"{info.filename} cannot be read from the zip ({error})",
                file=self.label,
            ) from None

    def features(self) -> Iterator[Feature]:
        shp = self._member(".shp")
        if shp is None:
            raise InputError(None, "no such layer in the zip", file=self.label)
        prj = self._member(".prj")
        crs = self._bytes(prj).decode("utf-8", "replace").strip() if prj else None
        dbf = self._member(".dbf")
        records = _Dbf(self._bytes(dbf), self._encoding(), self.label) if dbf else None
        shapes = _shapes(self._bytes(shp), self.label)
        shx = self._member(".shx")
        if shx is not None:
            indexed = max(0, (shx.file_size - 100) // 8)
            if indexed != len(shapes):
                raise self._disagree(".shx", indexed, len(shapes))
        if records is not None and records.count != len(shapes):
            raise self._disagree(".dbf", records.count, len(shapes))
        rows = records.rows() if records is not None else iter(())
        for number, geometry in enumerate(shapes, 1):
            properties = next(rows) if records is not None else {}
            if properties is None:  # a deleted record
                continue
            yield Feature(
                number, properties, geometry, crs=crs or None, label=self.label
            )

    def _encoding(self) -> str | None:
        cpg = self._member(".cpg")
        if cpg is None:
            return None
        name = self._bytes(cpg).decode("ascii", "replace").strip()
        try:
            "".encode(name)
        except LookupError:
            raise InputError(
                None,
                f"{cpg.filename} names an unknown encoding {name!r}",
                file=self.label,
            ) from None
        return name

    def _disagree(self, other: str, count: int, shapes: int) -> InputError:
        name = PurePosixPath(self.stem).name
        return InputError(
            None,
            f"{name}{other} has {count:,} records but {name}.shp has {shapes:,} "
            "shapes; the layer is damaged",
            file=self.label,
        )


def _shapes(data: bytes, label: str) -> list[Any]:
    """Every record's geometry, as GeoJSON, in file order."""
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise InputError(None, "is not a shapefile (bad .shp header)", file=label)
    shapes = []
    position = 100
    while position + 8 <= len(data):
        _number, words = struct.unpack(">2i", data[position : position + 8])
        start, end = position + 8, position + 8 + 2 * words
        if words < 2 or end > len(data):
            raise InputError(
                None,
                f"the .shp is cut short in record {len(shapes) + 1}",
                file=label,
            )
        shapes.append(_geometry(data[start:end], label, len(shapes) + 1))
        position = end
    return shapes


def _geometry(content: bytes, label: str, number: int) -> Any:
    (kind,) = struct.unpack("<i", content[:4])
    if kind not in _POLYGONS:
        if kind not in _NAMES:
            raise _bad(label, number, f"unknown shape type {kind}")
        name = _NAMES[kind]
        return None if name is None else {"type": name, "coordinates": []}
    try:
        parts, points = struct.unpack("<2i", content[36:44])
        if parts < 1 or points < 0:
            raise ValueError
        starts = list(struct.unpack(f"<{parts}i", content[44 : 44 + 4 * parts]))
        offset = 44 + 4 * parts
        flat = struct.unpack(f"<{2 * points}d", content[offset : offset + 16 * points])
    except (struct.error, ValueError):
        return _raise(label, number, "a polygon record is cut short or inconsistent")
    coordinates = [[flat[i], flat[i + 1]] for i in range(0, 2 * points, 2)]
    rings = []
    for index, first in enumerate(starts):
        last = starts[index + 1] if index + 1 < parts else points
        if not 0 <= first < last <= points:
            _raise(label, number, "a polygon's part offsets are out of order")
        rings.append(coordinates[first:last])
    return _polygons(rings)


def _polygons(rings: list[list[list[float]]]) -> dict[str, Any]:
    """Shells are clockwise, holes counter-clockwise; each hole goes to the
    first shell that contains its first point (all shells if none wound so)."""
    shells = [ring for ring in rings if _signed_area(ring) < 0]
    holes = [ring for ring in rings if _signed_area(ring) >= 0]
    if not shells:
        shells, holes = holes, []
    polygons: list[list[list[list[float]]]] = [[shell] for shell in shells]
    for hole in holes:
        for polygon in polygons:
            if _inside(hole[0], polygon[0]):
                polygon.append(hole)
                break
        else:
            polygons.append([hole])  # a ring wound the wrong way: its own shell
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def _signed_area(ring: list[list[float]]) -> float:
    total = 0.0
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        total += x1 * y2 - x2 * y1
    return total / 2


def _inside(point: list[float], ring: list[list[float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _bad(label: str, number: int, message: str) -> InputError:
    return InputError(
        "geometry", message, file=label, line=number, line_label="feature"
    )


def _raise(label: str, number: int, message: str) -> Any:
    raise _bad(label, number, message)


class _Dbf:
    """A dBASE table: its fields, and its records as property dicts."""

    def __init__(self, data: bytes, encoding: str | None, label: str) -> None:
        self.data = data
        self.encoding = encoding
        self.label = label
        if len(data) < 32:
            raise InputError(None, "the .dbf is cut short", file=label)
        self.count, self.start, self.width = struct.unpack("<IHH", data[4:12])
        self.fields: list[tuple[str, str, int]] = []
        position = 32
        while position + 32 <= self.start and data[position] != 0x0D:
            raw = data[position : position + 11].split(b"\0")[0]
            kind = chr(data[position + 11])
            self.fields.append((self._text(raw), kind, data[position + 16]))
            position += 32
        if self.start + self.count * self.width > len(data):
            raise InputError(
                None,
                f"the .dbf holds fewer bytes than its {self.count:,} records need",
                file=label,
            )

    def rows(self) -> Iterator[dict[str, Any] | None]:
        for index in range(self.count):
            offset = self.start + index * self.width
            record = self.data[offset : offset + self.width]
            if record[:1] == b"*":
                yield None
                continue
            position = 1
            row: dict[str, Any] = {}
            for name, kind, length in self.fields:
                row[name] = self._value(kind, record[position : position + length])
                position += length
            yield row

    def _text(self, raw: bytes) -> str:
        if self.encoding is not None:
            return raw.decode(self.encoding, "replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")

    def _value(self, kind: str, raw: bytes) -> Any:
        if kind in ("N", "F"):
            text = raw.strip(b" \0*").decode("ascii", "replace")
            if not text:
                return None
            try:
                number = float(text)
            except ValueError:
                return text
            return int(number) if number.is_integer() and "." not in text else number
        if kind == "D":
            text = raw.strip().decode("ascii", "replace")
            if len(text) == 8 and text.isdigit():
                try:
                    return date(
                        int(text[:4]), int(text[4:6]), int(text[6:])
                    ).isoformat()
                except ValueError:
                    return text
            return text or None
        if kind == "L":
            flag = raw.strip().upper()[:1]
            return (
                True
                if flag in (b"T", b"Y")
                else False
                if flag in (b"F", b"N")
                else None
            )
        if kind == "I" and len(raw) == 4:
            return struct.unpack("<i", raw)[0]
        if kind in ("O", "B") and len(raw) == 8:
            return struct.unpack("<d", raw)[0]
        return self._text(raw).strip() or None


READER = ShapefileReader()
