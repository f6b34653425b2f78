"""Where imported records come from and the plumbing every reader shares: input
files and stdin (their formats told by `frontline.formats.registry`), progress,
--map/--set/--kind, and records located by file and line."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from frontline.errors import FrontlineError, InputError
from frontline.formats import registry
from frontline.formats.text import text_stream
from frontline.model.records import FIELD_NAMES, record_from_fields
from frontline.store.records import Located

# What export writes, by extension (import's formats are the registry's).
EXTENSIONS = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".geojson": "geojson",
}
STDIN = "-"
STDIN_LABEL = "<stdin>"

# What `record_from_fields` accepts: the record fields plus `on` and `area`.
ACCEPTED_FIELDS = (*FIELD_NAMES, "on", "area")
# Giving one of these explicitly hides columns named like the others, so that
# `--set on=2024-03-15` is not contradicted by a `start` column, nor
# `--map area=areaKm2` by an `area_km2` one.
_ALIASES = {
    "on": ("start", "end"),
    "start": ("on",),
    "end": ("on",),
    "area": ("area_km2",),
    "area_km2": ("area",),
}
_REQUIRED = (("actor",), ("region",), ("end", "on"), ("area_km2", "area"))
_MAX_IGNORED_NAMED = 10


# --- sources -------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One input to read: a file (or stdin), or one member of an archive.

    `label` names it in errors (`isw.zip!ControlMap.shp` for a member); `format`
    is a reader's name from `frontline.formats.registry`. `mode` says how a
    map is read: `map` (DeepState or plain, whichever it turns out to be: no
    --format given), `geojson` (one polygon set: --format given) or
    `deepstate` (--format deepstate); "" for a table. `member` says which
    data stream of the file it is (see `open_data`), `name` the data's own
    base name. `size` is taken when the file is checked, so
    that a progress bar never has to stat it again; an archive's members share
    it, given on the last.
    """

    label: str
    path: Path | None
    format: str
    size: int | None = None
    mode: str = ""
    member: int = 0
    name: str = ""
    file_label: str = ""
    stream: IO[bytes] | None = field(default=None, compare=False, repr=False)

    @property
    def kind(self) -> str:
        """`rows` or `features`: which half of the pipeline reads it."""
        return registry.get(self.format).kind


def resolve_sources(names: Sequence[str], fmt: str | None) -> list[Source]:
    """Check every input before anything is read: a missing 300th file fails first.

    Each input's format comes from `fmt` when given, else from its content
    and name (`frontline.formats.registry.detect`), looked at under any gzip
    or zip; a zip gives one source per data member. Without `--format`, a
    GeoJSON is a `map` (DeepState or plain); `--format deepstate` forces
    DeepState's layers onto a GeoJSON.
    """
    if not names:
        raise InputError(None, "give at least one FILE (or - for stdin)")
    given = "geojson" if fmt == "deepstate" else fmt
    sources: list[Source] = []
    for name in names:
        if name == STDIN:
            if any(source.path is None for source in sources):
                raise InputError(None, "stdin (-) can be read only once")
            sources.append(_stdin(given, fmt))
            continue
        path = Path(name)
        size = _check_readable(path, name)
        found = _probe(path, name, given)
        for number, (label, member, chosen) in enumerate(found):
            last = number == len(found) - 1
            sources.append(
                Source(
                    label,
                    path,
                    chosen,
                    size if last else 0,
                    _mode(chosen, fmt),
                    number,
                    member,
                    name,
                )
            )
    return sources


def _mode(chosen: str, fmt: str | None) -> str:
    """How a map is read (see `Source`); "" for a table."""
    if registry.get(chosen).kind != registry.FEATURES:
        return ""
    if fmt == "deepstate":
        return "deepstate"
    return "map" if fmt is None else "geojson"


def _probe(path: Path, name: str, given: str | None) -> list[tuple[str, str, str]]:
    """(label, member name, format) of each data stream in a file."""
    with _open_binary(path, name) as handle, _read_errors(name):
        return [
            (opened.label, opened.name, opened.format.name)
            for opened in registry.open_input(handle, name, path.name, given)
        ]


def _stdin(given: str | None, fmt: str | None) -> Source:
    """Stdin, its first bytes looked at (under any gzip) to tell its format."""
    from frontline.formats import containers

    with _read_errors(STDIN_LABEL):
        head, stream = containers.peek(sys.stdin.buffer, registry.HEAD_BYTES)
        if head.startswith(containers.GZIP_MAGIC):
            stream = containers.gunzip(stream, STDIN_LABEL)
            head, stream = containers.peek(stream, registry.HEAD_BYTES)
    if head.startswith((containers.ZIP_MAGIC, containers.EMPTY_ZIP_MAGIC)):
        raise InputError(
            None,
            "a zip archive cannot be read from stdin; give its file name",
            file=STDIN_LABEL,
        )
    chosen = registry.detect(head, "", given, STDIN_LABEL)
    mode = _mode(chosen.name, fmt)
    return Source(STDIN_LABEL, None, chosen.name, mode=mode, stream=stream)


@contextmanager
def _open_binary(path: Path, label: str) -> Iterator[IO[bytes]]:
    try:
        handle = path.open("rb")
    except OSError as error:
        raise InputError(
            None, f"cannot be read ({error.strerror})", file=label
        ) from None
    with handle:
        yield handle


@contextmanager
def open_data(source: Source) -> Iterator[tuple[IO[bytes], IO[bytes] | None]]:
    """The data of one source as bytes (under any container), and the file
    handle itself (for a progress bar: None for stdin).

    A file that cannot be opened is the user's to fix (exit 2); one that fails
    while being read (an I/O error, a network share gone) is not (exit 1).
    Either way the message is one line naming the file.
    """
    if source.path is None:
        assert source.stream is not None, "stdin is read once"
        with _read_errors(source.label):
            yield source.stream, None
        return
    name = source.path.name
    given = source.format
    with _open_binary(source.path, source.label) as handle, _read_errors(source.label):
        for number, opened in enumerate(
            registry.open_input(handle, source.file_label, name, given)
        ):
            if number == source.member:
                yield opened.stream, handle
                return
        raise FrontlineError(f"{source.label}: changed while being read")


def _check_readable(path: Path, name: str) -> int | None:
    """The size of a file that can be read; else why not, naming it (exit 2).

    `os.stat` rather than `Path.exists()`, which raises on a name too long
    instead of answering: every reason the user's name cannot be opened is
    the user's to fix, so each one is an `InputError`, never a traceback.
    """
    try:
        status = path.stat()
    except OSError as error:
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(None, "no such file", file=name) from None
        raise InputError(
            None, f"cannot be read ({error.strerror})", file=name
        ) from None
    if stat.S_ISDIR(status.st_mode):
        raise InputError(None, "is a directory, not a file", file=name)
    if not os.access(path, os.R_OK):
        raise InputError(None, "cannot be read (permission denied)", file=name)
    # A pipe (`<(command)`) has no size known in advance.
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def format_from_extension(name: str, formats: Sequence[str]) -> str:
    """The format a file name's extension says, if it is one of `formats`.

    One table of extensions for import and export, so that `.ndjson` (say)
    means JSON Lines to both.
    """
    extension = Path(name).suffix.lower()
    found = EXTENSIONS.get(extension)
    if found in formats:
        return found  # type: ignore[return-value]
    shown = f"extension {extension!r}" if extension else "no extension"
    choices = f"{', '.join(formats[:-1])} or {formats[-1]}"
    raise InputError(
        None, f"cannot tell the format from {shown}; give --format {choices}", file=name
    )


class Meter:
    """How many input bytes have been read, for a progress bar (None: unknown)."""

    def __init__(self, sources: Sequence[Source]) -> None:
        sizes = [source.size for source in sources]
        self.total: int | None = None if None in sizes else sum(sizes)  # type: ignore[arg-type]
        self._finished = 0
        self._current: IO[bytes] | None = None
        self.on_file_done: Callable[[], None] | None = None

    def done(self) -> int:
        position = 0
        if self._current is not None and not self._current.closed:
            try:
                position = self._current.tell()
            except (OSError, ValueError):
                position = 0
        return self._finished + position

    def start(self, binary: IO[bytes] | None) -> None:
        self._current = binary

    def finish(self, source: Source) -> None:
        self._finished += source.size or 0
        self._current = None
        if self.on_file_done is not None:
            self.on_file_done()


# --- --map, --set and --kind ---------------------------------------------------


def parse_assignments(pairs: Iterable[str], option: str) -> dict[str, str]:
    """`FIELD=VALUE` strings into a dict, refusing unknown and repeated fields."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        name = name.strip()
        what = "COLUMN" if option == "map" else "VALUE"
        if not equals or not name:
            raise InputError(option, f"{pair!r} is not FIELD={what}")
        if name not in ACCEPTED_FIELDS:
            raise InputError(
                option,
                f"{name!r} is not a record field "
                f"(fields: {', '.join(ACCEPTED_FIELDS)})",
            )
        if name in result:
            raise InputError(option, f"{name} is given twice")
        if option == "map" and not value.strip():
            raise InputError(option, f"{pair!r} names no column")
        result[name] = value.strip() if option == "map" else value
    return result


@dataclass(frozen=True)
class FieldPlan:
    """How source columns become record fields (see the module docstring)."""

    mapped: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    default_kind: str | None = None

    @classmethod
    def from_options(
        cls, maps: Iterable[str], sets: Iterable[str], kind: str | None
    ) -> FieldPlan:
        mapped = parse_assignments(maps, "map")
        constants = parse_assignments(sets, "set")
        both = sorted(set(mapped) & set(constants))
        if both:
            raise InputError(both[0], "give either --map or --set for it, not both")
        explicit = set(mapped) | set(constants)
        for name in sorted(explicit):
            clash = [alias for alias in _ALIASES.get(name, ()) if alias in explicit]
            if clash:
                raise InputError(name, f"give either {name} or {clash[0]}, not both")
        if kind is not None and "kind" in explicit:
            raise InputError("kind", "give either --kind or --set/--map kind")
        return cls(mapped, constants, kind)

    def pairs(self, columns: Collection[str] | None) -> list[tuple[str, str]]:
        """(field, column) pairs to read; `columns` None means "any may appear"."""
        explicit = set(self.mapped) | set(self.constants)
        hidden = {alias for name in explicit for alias in _ALIASES.get(name, ())}
        pairs = list(self.mapped.items())
        for name in ACCEPTED_FIELDS:
            if name in explicit or name in hidden:
                continue
            if columns is None or name in columns:
                pairs.append((name, name))
        return pairs

    def used_columns(self) -> set[str]:
        return set(self.mapped.values()) | set(ACCEPTED_FIELDS)

    def complete(self, values: dict[str, Any]) -> dict[str, Any]:
        """Add the constants and the default kind to one row's field values."""
        if self.constants:
            values.update(self.constants)
        if self.default_kind is not None and _blank(values.get("kind")):
            values["kind"] = self.default_kind
        return values


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass
class ImportNotes:
    """Things worth telling the user that are not errors (ignored columns)."""

    ignored: dict[str, list[str]] = field(default_factory=dict)
    empty_files: list[str] = field(default_factory=list)

    def empty(self, label: str) -> None:
        """A file with no records at all: CSV, JSON and JSON Lines alike."""
        if label not in self.empty_files:
            self.empty_files.append(label)

    def ignore(self, label: str, names: Iterable[str]) -> None:
        known = self.ignored.setdefault(label, [])
        for name in names:
            if name not in known and len(known) < _MAX_IGNORED_NAMED:
                known.append(name)

    def lines(self) -> list[str]:
        return [
            f"note: {label}: ignored columns that are not record fields "
            f"(map them with --map FIELD=COLUMN): {', '.join(names)}"
            for label, names in self.ignored.items()
            if names
        ] + [
            f"note: {label}: the file is empty; no records"
            for label in self.empty_files
        ]


@contextmanager
def open_text(source: Source) -> Iterator[IO[str]]:
    """The data of one source as UTF-8 text (see `open_data`)."""
    with open_data(source) as (data, _):
        handle = text_stream(data)
        try:
            yield handle
        finally:
            if source.path is None:
                handle.detach()


@contextmanager
def _read_errors(label: str) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        raise FrontlineError(f"{label}: cannot be read ({reason})") from None


def _record(values: dict[str, Any], label: str, line: int) -> Located:
    try:
        return record_from_fields(values), f"{label}, line {line}"
    except InputError as error:
        raise error.at(label, line) from None
