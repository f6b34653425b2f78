"""KML (and KMZ, a zip holding one): each Placemark a feature, with or without
the KML namespace.

Google My Maps, the UA Control Map archive and the "control zones" archive all
publish KML, some with the `http://www.opengis.net/kml/2.2` namespace and some
with none at all. Elements are matched by their local name, so both read the
same: a reader that silently returned nothing for a namespace-less file would
report a front line with no land behind it.

Each Placemark becomes a feature whose properties are:

- `name` (its runs of blanks and line breaks made one space), `description`;
- `style`: its `styleUrl` without `#`, resolved through a `StyleMap` to the
  style it shows normally (`#ru` → `ru`; `#m-ru` → its `normal` pair's `ru`);
- `folder`: the path of the Folders it is in, `A/B` (empty at the top);
- every `ExtendedData` field (`<Data name>` and `<SimpleData name>`);

so that `--rules`, `--map` and `--set` work on them as on GeoJSON properties.
Polygons (with their holes) and MultiGeometry become GeoJSON geometries;
altitudes are dropped; Points and LineStrings are kept as such, for the
importer to count and skip. A placemark's own time gives the feature's day
(`Feature.day`): its `<TimeStamp><when>`, else its `<TimeSpan>`'s `<end>` (the
last day the area is drawn as held), else the span's `<begin>`.

The standard library's expat parser reads the file as a stream. A document
type declaration is refused outright: an internal DTD is how "billion laughs"
entity expansion and external entities get in, and no KML needs one.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import NO, YES, Feature

CHUNK = 1 << 16
_KML_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?kml[\s>/]")
_SPACE = re.compile(r"\s+")
_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?![\d-])")
# A placemark's own time: a TimeStamp's moment, a TimeSpan's ends.
_TIMES = {("when", "TimeStamp"), ("begin", "TimeSpan"), ("end", "TimeSpan")}


class KmlReader:
    """The registry's `kml` reader (see `frontline.formats.registry`)."""

    def sniff(self, head: bytes, name: str) -> int:
        return YES if _KML_START.search(head[:4096]) else NO

    def read(self, stream: IO[bytes], label: str) -> list[Feature]:
        return _Parser(label).parse(stream)


READER = KmlReader()


@dataclass
class _Placemark:
    number: int
    folder: str
    properties: dict[str, Any] = field(default_factory=dict)
    style: str | None = None
    polygons: list[list[list[list[float]]]] = field(default_factory=list)
    others: list[dict[str, Any]] = field(default_factory=list)
    day: date | None = None


class _Parser:
    """Expat handlers that build placemarks (see the module docstring)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.stack: list[str] = []
        self.folders: list[str] = []
        self.text: list[str] = []
        self.placemarks: list[_Placemark] = []
        self.current: _Placemark | None = None
        self.rings: list[list[list[float]]] | None = None
        self.data_name: str | None = None
        self.style_maps: dict[str, str] = {}
        self.style_map: str | None = None
        self.pair_key: str | None = None
        self.pair_url: str | None = None
        self.parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")

    # --- driving expat ------------------------------------------------------------

    def parse(self, stream: IO[bytes]) -> list[Feature]:
        parser = self.parser
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        parser.ExternalEntityRefHandler = self._external
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self.text.append
        parser.buffer_text = True
        try:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except xml.parsers.expat.ExpatError as error:
            message = xml.parsers.expat.ErrorString(error.code)
            raise InputError(
                None, f"malformed KML: {message}", file=self.label, line=error.lineno
            ) from None
        if not self.saw_kml:
            raise InputError(
                None, "is XML but not KML (no <kml> element)", file=self.label
            )
        return [self._feature(placemark) for placemark in self.placemarks]

    saw_kml = False

    def _refuse(self, what: str) -> None:
        raise InputError(
            None,
            f"{what}; refused (entity expansion and external entities)",
            file=self.label,
            line=self.parser.CurrentLineNumber,
        )

    def _doctype(self, *args: Any) -> None:
        self._refuse("malformed KML: has a document type declaration (<!DOCTYPE>)")

    def _entity(self, *args: Any) -> None:
        self._refuse("malformed KML: declares an entity")

    def _external(self, *args: Any) -> int:
        self._refuse("malformed KML: refers to an external entity")
        return 0

    # --- elements -----------------------------------------------------------------

    def _start(self, tag: str, attributes: dict[str, str]) -> None:
        name = tag.rpartition(" ")[2]
        self.stack.append(name)
        self.text.clear()
        if name == "kml":
            self.saw_kml = True
        elif name == "Folder":
            self.folders.append("")
        elif name == "Placemark":
            folder = "/".join(part for part in self.folders if part)
            self.current = _Placemark(len(self.placemarks) + 1, folder)
        elif name == "StyleMap":
            self.style_map = attributes.get("id")
        elif name == "Pair":
            self.pair_key = self.pair_url = None
        elif name in ("Data", "SimpleData"):
            self.data_name = attributes.get("name")
        elif name == "Polygon" and self.current is not None:
            self.rings = []

    def _end(self, tag: str) -> None:
        name = self.stack.pop()
        text = "".join(self.text)
        self.text.clear()
        parent = self.stack[-1] if self.stack else ""
        placemark = self.current
        if name == "Folder":
            self.folders.pop()
        elif name == "name" and parent == "Folder":
            self.folders[-1] = text.strip().replace("/", "-")
        elif name == "Placemark" and placemark is not None:
            self.placemarks.append(placemark)
            self.current = None
        elif name == "Pair" and self.style_map and self.pair_key == "normal":
            if self.pair_url:
                self.style_maps[self.style_map] = self.pair_url.strip().lstrip("#")
        elif name == "key" and parent == "Pair":
            self.pair_key = text.strip()
        elif name == "styleUrl" and parent == "Pair":
            self.pair_url = text
        elif placemark is not None:
            self._placemark_end(placemark, name, parent, text)

    def _placemark_end(
        self, placemark: _Placemark, name: str, parent: str, text: str
    ) -> None:
        if name == "name" and parent == "Placemark":
            # A name is one line to whoever reads the map: Google My Maps
            # exports break some in two ("Donetsk Axis\n[Z]").
            placemark.properties[name] = " ".join(text.split())
        elif name == "description" and parent == "Placemark":
            placemark.properties[name] = text.strip()
        elif name == "styleUrl" and parent == "Placemark":
            placemark.style = text.strip()
        elif self.data_name is not None and (
            (name == "value" and parent == "Data") or name == "SimpleData"
        ):
            placemark.properties.setdefault(self.data_name, text.strip())
        elif (name, parent) in _TIMES and self.stack[-2:-1] == ["Placemark"]:
            day = self._day(placemark, parent, text)
            if name != "begin" or placemark.day is None:  # a span's end wins
                placemark.day = day
        elif name == "coordinates":
            if parent == "LinearRing" and self.rings is not None:
                self.rings.append(self._ring(placemark, text))
                return
            points = self._coordinates(placemark, text)
            if parent == "Point":
                placemark.others.append({"type": "Point", "coordinates": points[0]})
            elif parent == "LineString":
                placemark.others.append({"type": "LineString", "coordinates": points})
        elif name == "Polygon" and self.rings is not None:
            if not self.rings:
                raise self._at(placemark, "a Polygon has no outerBoundaryIs ring")
            placemark.polygons.append(self.rings)
            self.rings = None

    def _ring(self, placemark: _Placemark, text: str) -> Any:
        """A ring's positions as an (N, 2) numpy array of lon, lat when every
        tuple is two or three plain numbers (a control-zones file is mostly
        these), so that no Python list is made per position; else as lists,
        by `_coordinates`, which names what is wrong."""
        tuples = text.split()
        widths = {part.count(",") for part in tuples}
        width = widths.pop() + 1 if len(widths) == 1 else 0
        if width in (2, 3):
            flat = text.replace(",", " ").split()
            if len(flat) == width * len(tuples):  # no empty number, as in `1,,2`
                import numpy

                try:
                    numbers = numpy.array(list(map(float, flat)))
                except ValueError:
                    pass
                else:
                    return numbers.reshape(-1, width)[:, :2]
        return self._coordinates(placemark, text)

    def _day(self, placemark: _Placemark, element: str, text: str) -> date:
        """The calendar day a KML time gives, as written (`2024-03-15`, or a
        date-time, whose date part is taken); a year or a month alone is no
        day, and is refused rather than left for another source to fill."""
        found = _DAY.match(text)
        try:
            if found is None:
                raise ValueError(text)
            return date(*(int(part) for part in found.groups()))
        except ValueError:
            raise InputError(
                "end",
                f"{element} {text.strip()!r} is not a day (YYYY-MM-DD)",
                file=self.label,
                line=placemark.number,
                line_label="feature",
            ) from None

    def _coordinates(self, placemark: _Placemark, text: str) -> list[list[float]]:
        """Positions tuple by tuple: two or three numbers each (lon, lat and an
        altitude, dropped), anything else named."""
        tuples = text.split()
        if not tuples:
            raise self._at(placemark, "empty <coordinates>")
        points = []
        for token in tuples:
            parts = token.split(",")
            try:
                if len(parts) not in (2, 3):
                    raise ValueError(token)
                lon, lat, *_ = map(float, parts)
            except ValueError:
                shown = token if len(token) <= 40 else token[:37] + "..."
                raise self._at(
                    placemark, f"{shown!r} is not a coordinate lon,lat[,alt]"
                ) from None
            points.append([lon, lat])
        return points

    def _at(self, placemark: _Placemark, message: str) -> InputError:
        return InputError(
            "geometry",
            message,
            file=self.label,
            line=placemark.number,
            line_label="feature",
        )

    # --- features -----------------------------------------------------------------

    def _feature(self, placemark: _Placemark) -> Feature:
        properties = {
            "name": placemark.properties.pop("name", ""),
            "style": self._style(placemark.style),
            "folder": placemark.folder,
            "description": placemark.properties.pop("description", ""),
            **placemark.properties,
        }
        return Feature(
            placemark.number, properties, _geometry(placemark), day=placemark.day
        )

    def _style(self, url: str | None) -> str:
        if not url:
            return ""
        style = url.strip().rpartition("#")[2] if "#" in url else url.strip()
        return self.style_maps.get(style, style)


def _geometry(placemark: _Placemark) -> dict[str, Any] | None:
    """The placemark's geometry as GeoJSON: polygons first, as one Polygon or
    MultiPolygon; a collection when points or lines come with them."""
    polygons = placemark.polygons
    area: dict[str, Any] | None = None
    if len(polygons) == 1:
        area = {"type": "Polygon", "coordinates": polygons[0]}
    elif polygons:
        area = {"type": "MultiPolygon", "coordinates": polygons}
    if not placemark.others:
        return area
    members = ([area] if area else []) + placemark.others
    if len(members) == 1:
        return members[0]
    return {"type": "GeometryCollection", "geometries": members}
