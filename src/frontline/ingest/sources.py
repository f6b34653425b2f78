"""Where imported records come from and the plumbing every reader shares: input
files and stdin, formats by extension, progress, --map/--set/--kind, text
decoding and JSON decoding with located errors."""

from __future__ import annotations

import csv
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from frontline.errors import FrontlineError, InputError
from frontline.model.records import FIELD_NAMES, MAX_NOTE_LENGTH, record_from_fields
from frontline.store.records import Located

IMPORT_FORMATS = ("csv", "json", "jsonl", "geojson")
# The csv module refuses fields over 131,072 characters. A record's note may hold
# 100,000 (and a neutralised cell one more); a longer cell is read whole so that
# the validator's message ("note: is 150,000 characters long") names the problem.
CSV_FIELD_LIMIT = 10 * MAX_NOTE_LENGTH
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
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
    """One input: a file (or stdin), the name errors show for it, and its format.

    `size` is taken when the file is checked, so that a progress bar never has
    to stat a file again (which could fail half-way through an import).
    """

    label: str
    path: Path | None
    format: str
    size: int | None = None
    encoding: str | None = None  # --encoding; None: UTF-8, with or without BOM


def resolve_sources(
    names: Sequence[str], fmt: str | None, encoding: str | None = None
) -> list[Source]:
    """Check every input before anything is read: a missing 300th file fails first.

    The format is `fmt` when given, else the file's extension; stdin (`-`) has
    no extension, so it needs `fmt`. `fmt` is trusted to be one of
    `IMPORT_FORMATS`: the command line's choices enforce it.
    """
    if not names:
        raise InputError(None, "give at least one FILE (or - for stdin)")
    encoding = check_encoding(encoding)
    sources: list[Source] = []
    for name in names:
        if name == STDIN:
            if any(source.path is None for source in sources):
                raise InputError(None, "stdin (-) can be read only once")
            if fmt is None:
                raise InputError(
                    None,
                    "give --format (csv, json, jsonl or geojson) to read stdin",
                    file=STDIN_LABEL,
                )
            sources.append(Source(STDIN_LABEL, None, fmt, encoding=encoding))
            continue
        path = Path(name)
        size = _check_readable(path, name)
        chosen = fmt or format_from_extension(name, IMPORT_FORMATS)
        sources.append(Source(name, path, chosen, size, encoding))
    return sources


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


DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_NAMED = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "\\t": "\t",
    "pipe": "|",
}


def parse_delimiter(value: str | None) -> str | None:
    """`--delimiter`: one of `,` `;` `|`, a tab, or its name (`tab`)."""
    if value is None:
        return None
    found = value if value in DELIMITERS else _NAMED.get(value.strip().lower())
    if found is None:
        raise InputError(
            "delimiter", f"{value!r} is not one of , ; | or tab (also: comma, ...)"
        )
    return found


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
    decimal: str | None = None  # --decimal: "." or ","; None: settled per column
    delimiter: str | None = None  # --delimiter; None: read from the header

    @classmethod
    def from_options(
        cls,
        maps: Iterable[str],
        sets: Iterable[str],
        kind: str | None,
        decimal: str | None = None,
        delimiter: str | None = None,
    ) -> FieldPlan:
        from frontline.model.decimals import check_decimal_option

        decimal = check_decimal_option(decimal)
        delimiter = parse_delimiter(delimiter)
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
        return cls(mapped, constants, kind, decimal, delimiter)

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
    """UTF-8 text (a spreadsheet's byte-order mark skipped), newlines left to csv.

    Stdin is wrapped, not reopened, and detached afterwards rather than closed.
    A file that cannot be opened is the user's to fix (exit 2); one that fails
    while being read (an I/O error, a network share gone) is not (exit 1).
    Either way the message is one line naming the file.
    """
    import io

    encoding = source.encoding or "utf-8-sig"
    if source.path is not None:
        try:
            handle = source.path.open(encoding=encoding, newline="")
        except OSError as error:
            raise InputError(
                None, f"cannot be read ({error.strerror})", file=source.label
            ) from None
        with handle, _read_errors(source.label):
            yield handle
        return
    wrapper = io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline="")
    try:
        with _read_errors(source.label):
            yield wrapper
    finally:
        wrapper.detach()


@contextmanager
def _read_errors(label: str) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        raise FrontlineError(f"{label}: cannot be read ({reason})") from None


def read_all(handle: IO[str], label: str) -> str:
    """A whole text file, or the one error a file that is not UTF-8 gets."""
    try:
        return handle.read()
    except UnicodeDecodeError as error:
        raise _not_utf8(error, label) from None


def _record(values: dict[str, Any], label: str, line: int) -> Located:
    try:
        return record_from_fields(values), f"{label}, line {line}"
    except InputError as error:
        raise error.at(label, line) from None


def _not_utf8(error: UnicodeDecodeError, label: str) -> InputError:
    """A file that does not decode: never guessed at, the user names the
    encoding (or saves the file as UTF-8)."""
    byte = error.object[error.start : error.start + 1].hex()
    if error.encoding.replace("-", "").lower().startswith("utf8"):
        return InputError(
            None,
            f"is not UTF-8 text (byte 0x{byte}); give its encoding with --encoding "
            "(cp1252 for Western European Windows files, cp1251 for Cyrillic "
            "ones) or save it as UTF-8",
            file=label,
        )
    return InputError(
        None,
        f"is not {error.encoding} text (byte 0x{byte}); check --encoding",
        file=label,
    )


def check_encoding(name: str | None) -> str | None:
    """`--encoding`: a codec Python knows, by any of its names."""
    if name is None:
        return None
    import codecs

    try:
        found = codecs.lookup(name.strip()).name
    except LookupError:
        raise InputError("encoding", f"{name!r} is not an encoding") from None
    return "utf-8-sig" if found == "utf-8" else found  # a BOM is not a character


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: `{"area": 5, "area": 500}` would
    otherwise silently mean 500."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys)
MAX_REPORTED_DEPTH = 500


def decode_json(text: str, label: str) -> object:
    """A whole JSON document, or the parser's complaint located in the file."""
    with json_errors(text, label):
        return DECODER.decode(text)


@contextmanager
def json_errors(
    text: str, label: str, position: int = 0, line: int | None = None
) -> Iterator[None]:
    """Decoding failures as one located line (exit 2), never a traceback.

    Besides syntax errors, Python's decoder fails on what no figure needs but a
    broken or hostile file can hold: a key given twice in one object, nesting
    deep enough to exhaust the stack, an integer of more than 4,300 digits. The
    line is `line` when the caller knows it (JSON Lines), else the parser's, or
    found by scanning the text from `position`, where the value being decoded
    starts.
    """
    try:
        yield
    except json.JSONDecodeError as error:
        raise _invalid_json(error, label, line) from None
    except _DuplicateKey as error:
        problem = f"key {error.key!r} appears twice in one object"
        where = line or scan_json(text, position, duplicate=error.key)
    except RecursionError:
        problem = f"nested more than {MAX_REPORTED_DEPTH} levels deep"
        where = line or scan_json(text, position, depth=MAX_REPORTED_DEPTH + 1)
    except ValueError as error:  # int() refuses an integer of over 4,300 digits
        if "integer string conversion" not in str(error):
            raise
        limit = sys.get_int_max_str_digits()
        problem = f"a number has more than {limit:,} digits"
        where = line or scan_json(text, position, digits=limit)
    else:
        return
    raise InputError(None, f"invalid JSON: {problem}", file=label, line=where)


_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"(?P<key>\s*:)?|[{}\[\]]|-?(?P<digits>\d+)', re.ASCII
)


def scan_json(
    text: str,
    position: int = 0,
    *,
    duplicate: str | None = None,
    depth: int | None = None,
    digits: int | None = None,
) -> int | None:
    """The line of the first repeated key `duplicate` in one object, of the first
    bracket `depth` levels deep, or of the first integer of more than `digits`
    digits; None if there is none. Run only after the decoder failed."""
    keys: list[set[str] | None] = []
    for match in _JSON_TOKEN.finditer(text, position):
        token = match.group()
        first = token[0]
        found = False
        if first in "{[":
            keys.append(set() if first == "{" else None)
            found = depth is not None and len(keys) >= depth
        elif first in "}]":
            if keys:
                keys.pop()
            if not keys:
                return None
        elif match.group("key") and keys and keys[-1] is not None:
            raw = token[: token.rindex(":")].rstrip()
            try:
                key = json.loads(raw)
            except ValueError:
                key = raw
            found = key == duplicate and key in keys[-1]
            keys[-1].add(key)
        elif match.group("digits") and digits is not None:
            found = len(match.group("digits")) > digits
        if found:
            return text.count("\n", 0, match.start()) + 1
    return None


def _invalid_json(error: json.JSONDecodeError, label: str, line: int | None = None):
    return InputError(
        None,
        f"invalid JSON: {error.msg} (column {error.colno})",
        file=label,
        line=line if line is not None else error.lineno,
    )
