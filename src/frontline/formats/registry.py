"""Every input format in one table: which reader reads a file, found by content or name.

A format is one module under `frontline.formats`, registered here by a line of
`READERS`: its name (what `--format` takes), whether it yields rows or
features, the extensions it claims, and where its reader object lives as
`module:object`. The module is imported only when a file of that format is
read (or sniffed), so `--help` and a csv report never pay for an XML parser.

The reader interface (stable; a new format implements exactly this):

    class MyReader:
        def sniff(self, head: bytes, name: str) -> int:
            '''How sure the first bytes (up to `HEAD_BYTES`, decompressed) and
            the base name make this format: NO (0), MAYBE (1: plausible, used
            only when no content is distinctive and the extension says nothing,
            e.g. stdin) or YES (2: distinctive content, such as a
            `"type": "Topology"` member, which wins over the extension).'''

        def read(self, stream: IO[bytes], label: str) -> Table | Iterable[Feature]:
            '''Parse the binary stream (already decompressed, positioned at its
            start; never seekable by assumption). `label` names the input in
            errors: raise `frontline.errors.InputError(field, message,
            file=label, line=N)` (line_label="feature" for features).'''

    READER = MyReader()   # registered as "frontline.formats.mine:READER"

- A **rows** reader returns a `Table`: `header` (the column names; `[]` for
  an empty file; None when each row names its own columns, as JSON objects
  do), `rows`, an iterator of `(line, cells)` where cells is a list as wide as
  the header (text, numbers, dates: the importer reads any of them), or with
  no header one JSON value per row (the importer refuses what is not an
  object); and `empty`, True when the file held nothing at all (it may be set
  only once `rows` is consumed). `line` is what errors call the row: the
  file's line, or a spreadsheet's row number.
- A **features** reader yields `Feature`s: `number` (1-based, for errors;
  None for a document that is one bare geometry),
  `properties` (a dict of plain values), `geometry` (a GeoJSON geometry
  mapping, any Z dropped or ignored by the caller), `crs` (None for WGS84
  longitude/latitude, else anything `pyproj.CRS.from_user_input` accepts:
  the caller reprojects), `day` (a date the format itself gives, else None)
  and `label` (None, or a composed label such as `isw.zip!ControlMap.shp`
  when one input holds several layers). A reader may also expose `members`
  (a dict of the document's other top-level members, complete once iterated).

Two optional extras: a reader whose format spans several files of an archive
(a shapefile's `.shp`, `.dbf`, `.prj`) is given the whole seekable zip as its
stream, the layer named at the end of its label (`isw.zip!ControlMap.shp`);
a features reader may offer `read_raw(stream, label)`, like `read` but with
each geometry left as its GeoJSON text (a `str`) for shapely to parse, which
the importer uses for archives of many days.

A reader never sees the import's plan, rules, records, the database or the
terminal: everything after it (`--map`, `--set`, `--rules`, dates, union and
measure, staging, the write) is `frontline.ingest`'s, shared by all formats.

Containers (`gzip`, `zip`) sit under every reader: `containers.open_input`
peels them off by their magic bytes and yields the members to read, with
labels that compose (`isw.zip!ControlMap.shp`). `detect` then picks a reader:
`--format` wins, then distinctive content, then the extension, then plausible
content; a file that reads two ways is refused with the option that settles it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import IO, Any

from frontline.errors import InputError

HEAD_BYTES = 8192
NO, MAYBE, YES = 0, 1, 2
ROWS, FEATURES = "rows", "features"


@dataclass(frozen=True)
class Format:
    """One line of the table: a format's name, kind, extensions and reader."""

    name: str
    kind: str  # ROWS or FEATURES
    extensions: tuple[str, ...]
    target: str  # "module:object"
    title: str  # how help and messages name it

    def reader(self) -> Any:
        """The reader object, imported on first use."""
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


READERS: tuple[Format, ...] = (
    Format("csv", ROWS, (".csv",), "frontline.formats.csv:READER", "CSV"),
    Format("json", ROWS, (".json",), "frontline.formats.json:JSON", "JSON"),
    Format(
        "jsonl",
        ROWS,
        (".jsonl", ".ndjson"),
        "frontline.formats.json:JSON_LINES",
        "JSON Lines",
    ),
    Format(
        "geojson",
        FEATURES,
        (".geojson",),
        "frontline.formats.geojson:READER",
        "GeoJSON",
    ),
    Format("kml", FEATURES, (".kml",), "frontline.formats.kml:READER", "KML"),
    Format(
        "shapefile",
        FEATURES,
        (".shp",),
        "frontline.formats.shapefile:READER",
        "zipped shapefile",
    ),
)


@dataclass
class Table:
    """What a rows reader returns (see the module docstring)."""

    header: list[str] | None
    rows: Iterator[tuple[int, Any]]
    # Whether the file held nothing at all (may be set once `rows` is consumed).
    empty: bool = False


@dataclass
class Feature:
    """One feature of a map (see the module docstring)."""

    number: int | None  # None: a document that is one bare geometry
    properties: dict[str, Any]
    geometry: Any
    crs: str | None = None
    day: date | None = None
    label: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def names() -> list[str]:
    """Every format `--format` takes, in the table's order."""
    return [entry.name for entry in READERS]


def get(name: str) -> Format:
    for entry in READERS:
        if entry.name == name:
            return entry
    raise InputError("format", f"{name!r} is not one of {', '.join(names())}")


def by_extension(name: str) -> Format | None:
    """The format a file name's extension claims (after any .gz), else None."""
    path = PurePath(name.lower())
    suffixes = path.suffixes
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    if not suffixes:
        return None
    for entry in READERS:
        if suffixes[-1] in entry.extensions:
            return entry
    return None


def detect(
    head: bytes, name: str, given: str | None = None, label: str | None = None
) -> Format:
    """The format of one (decompressed) input: `given`, else content, else name.

    `name` is the data's base name ("" for stdin), `label` what errors call
    the input (default `name`). Refuses a file whose content is distinctive
    for two formats, and a file nothing claims.
    """
    label = label if label is not None else (name or None)
    if given is not None:
        return get(given)
    scores = [(entry, _sniff(entry, head, name)) for entry in READERS]
    sure = [entry for entry, score in scores if score >= YES]
    if len(sure) == 1:
        return sure[0]
    if len(sure) > 1:
        both = " and ".join(entry.name for entry in sure)
        raise InputError(None, f"reads as {both}; give --format to choose", file=label)
    if name and PurePath(name).suffix:
        claimed = by_extension(name)
        if claimed is not None:
            return claimed
        return _undetected(name, label)
    # No extension at all (stdin, `data`): what the content makes plausible.
    maybe = [entry for entry, score in scores if score == MAYBE]
    if len(maybe) == 1:
        return maybe[0]
    return _undetected(name, label)


def _sniff(entry: Format, head: bytes, name: str) -> int:
    return int(entry.reader().sniff(head, name))


def _undetected(name: str, label: str | None) -> Format:
    extension = PurePath(name).suffix
    shown = f"extension {extension!r}" if extension else "its content"
    raise InputError(
        None,
        f"cannot tell the format from {shown}; give --format {choices()}",
        file=label,
    )


def choices() -> str:
    """ "csv, json, jsonl or geojson": the names `--format` takes, for messages."""
    shown = names()
    return f"{', '.join(shown[:-1])} or {shown[-1]}" if len(shown) > 1 else shown[0]


def is_data(name: str) -> bool:
    """Whether a zip member is a file some reader reads (by its extension)."""
    return by_extension(name) is not None


@dataclass
class Opened:
    """One readable input: the data under any container, and its format."""

    label: str
    name: str
    format: Format
    stream: IO[bytes]


def open_input(
    stream: IO[bytes], label: str, name: str, given: str | None = None
) -> Iterator[Opened]:
    """The data inside one input (see `containers`), each with its format.

    `label` names the input in errors, `name` is its base name ("" for
    stdin). Each `Opened.stream` must be read before the next is asked for.
    """
    from frontline.formats import containers

    head, stream = containers.peek(stream, HEAD_BYTES)
    if head.startswith(containers.GZIP_MAGIC):
        stream = containers.gunzip(stream, label)
        name = containers.strip_gz(name)
        head, stream = containers.peek(stream, HEAD_BYTES)
    if not head.startswith((containers.ZIP_MAGIC, containers.EMPTY_ZIP_MAGIC)):
        yield Opened(label, name, detect(head, name, given, label), stream)
        return
    with containers.seekable(stream) as archive:
        for member in containers.zip_members(archive, label, is_data):
            if member.format is not None:
                yield Opened(member.label, member.name, get(member.format), archive)
                continue
            with member.open() as inner:
                head, data = containers.peek(inner, HEAD_BYTES)
                if head.startswith(containers.GZIP_MAGIC):
                    data = containers.gunzip(data, member.label)
                    head, data = containers.peek(data, HEAD_BYTES)
                chosen = detect(
                    head, containers.strip_gz(member.name), given, member.label
                )
                yield Opened(member.label, member.name, chosen, data)
