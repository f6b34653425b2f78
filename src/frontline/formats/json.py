"""JSON and JSON Lines: one JSON value per row, each located by its line.

A JSON file is an array of objects; it is read whole (JSON has no cheap way
to find where an item starts otherwise) but decoded one item at a time, so an
error names the line the item starts on. JSON Lines holds one value a line;
blank lines are skipped. What is not an object is the importer's to refuse.

Python's decoder fails on what no figure needs but a broken or hostile file
can hold: a key given twice in one object (the last would silently win),
nesting deep enough to exhaust the stack, an integer of more than 4,300
digits. Each is one located line here (`json_errors`), never a traceback.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from frontline.errors import InputError
from frontline.formats.registry import MAYBE, NO, Table
from frontline.formats.text import not_utf8, read_all, text_stream

_SNIFF_SPACE = re.compile(rb"^(?:\xef\xbb\xbf)?[ \t\r\n]*")


class JsonReader:
    """The registry's `json` reader: an array of objects."""

    def sniff(self, head: bytes, name: str) -> int:
        start = _SNIFF_SPACE.match(head).end()  # type: ignore[union-attr]
        return MAYBE if head[start : start + 1] == b"[" else NO

    def read(self, stream: IO[bytes], label: str) -> Table:
        table = Table(None, iter(()))
        table.rows = _array_rows(read_all(text_stream(stream), label), label, table)
        return table


class JsonLinesReader:
    """The registry's `jsonl` reader: one value a line."""

    def sniff(self, head: bytes, name: str) -> int:
        start = _SNIFF_SPACE.match(head).end()  # type: ignore[union-attr]
        return MAYBE if head[start : start + 1] == b"{" else NO

    def read(self, stream: IO[bytes], label: str) -> Table:
        table = Table(None, iter(()))
        table.rows = _line_rows(text_stream(stream), label, table)
        return table


JSON = JsonReader()
JSON_LINES = JsonLinesReader()


def _array_rows(text: str, label: str, table: Table) -> Iterator[tuple[int, Any]]:
    if not text.strip(" \t\n\r"):
        table.empty = True
        return
    yield from _json_array_items(text, label)


def _line_rows(handle: IO[str], label: str, table: Table) -> Iterator[tuple[int, Any]]:
    seen = False
    try:
        for line, text in enumerate(handle, 1):
            if not text.strip():
                continue
            seen = True
            with json_errors(text, label, line=line):
                item = DECODER.decode(text.rstrip("\r\n"))
            yield line, item
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None
    table.empty = not seen


_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _json_array_items(text: str, label: str) -> Iterator[tuple[int, object]]:
    position = _WHITESPACE.match(text, 0).end()  # type: ignore[union-attr]
    if position == len(text):
        raise InputError(
            None, "is empty (expected a JSON array of objects)", file=label
        )
    if text[position] != "[":
        value = decode_json(text, label)
        raise InputError(None, _not_an_array(value), file=label)
    line, counted = 1, 0
    position = _WHITESPACE.match(text, position + 1).end()  # type: ignore[union-attr]
    if text.startswith("]", position):
        _expect_end(text, position + 1, label)
        return
    while True:
        line += text.count("\n", counted, position)
        counted = position
        with json_errors(text, label, position):
            item, position = DECODER.raw_decode(text, position)
        yield line, item
        position = _WHITESPACE.match(text, position).end()  # type: ignore[union-attr]
        if text.startswith(",", position):
            position = _WHITESPACE.match(text, position + 1).end()  # type: ignore[union-attr]
            continue
        if text.startswith("]", position):
            _expect_end(text, position + 1, label)
            return
        decode_json(text, label)  # raises the parser's own message
        raise InputError(None, "invalid JSON", file=label)


def _expect_end(text: str, position: int, label: str) -> None:
    if _WHITESPACE.match(text, position).end() != len(text):  # type: ignore[union-attr]
        decode_json(text, label)
        raise InputError(None, "invalid JSON: extra data after the array", file=label)


def _not_an_array(value: object) -> str:
    message = f"expected a JSON array of objects, found {json_type(value)}"
    if isinstance(value, dict) and value.get("type") in (
        "FeatureCollection",
        "Feature",
    ):
        message += " (a GeoJSON file? use --format geojson)"
    return message


def json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"


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
