"""Validating bulk rows fast: each distinct raw value checked once, no object per row.

A million-row import repeats the same few actors, regions, days and bounds on
every line. `RowChecker` splits `record_from_fields` into its independent parts
(kind, names, days, area and bound, publication day, id), remembers what each
part made of the raw values it was given, and turns a row into the tuple of
stored values (`FIELD_NAMES` order) without building a dict or a `Record`.

The rules are the model's own: each part calls the helper `record_from_fields`
calls. A row any part refuses gets `None`, and the caller validates that row
the slow way, which raises the error `record_from_fields` would raise (the first
problem in its order of fields), so the fast path can never change a message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from frontline.errors import InputError
from frontline.model.records import (
    FIELD_NAMES,
    MAX_KM2,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    area_of,
    id_of,
    kind_of,
    layer_of,
    parse_bound,
    published_of,
    slug_of,
    span_of,
    text_of,
)

# Enough for every actor, region, day and bound a file repeats; a part whose
# values hardly repeat (areas) starts afresh when full, so memory stays flat.
CACHE_LIMIT = 65_536
KNOWN_FIELDS = frozenset((*FIELD_NAMES, "on", "area"))
_MISSING = object()
# `parse_area`'s own test for a plain number (digits, maybe a decimal part).
_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?", re.ASCII)

Values = tuple[Any, ...]


class _Part:
    """One independent part of a record: the fields it reads and what it makes."""

    def __init__(
        self,
        names: Sequence[str],
        positions: Mapping[str, int],
        constants: Mapping[str, object],
        make: Callable[[dict[str, object]], object],
    ) -> None:
        self.read = [name for name in names if name in positions]
        self.fixed = {name: constants[name] for name in names if name in constants}
        self.make = make
        self.cache: dict[object, object] = {}
        indexes = [positions[name] for name in self.read]
        if not indexes:
            self.key: Callable[[Sequence[str]], object] = lambda row: ()
        else:
            self.key = itemgetter(*indexes)

    def value(self, key: object) -> object:
        values = dict(self.fixed)
        if len(self.read) == 1:
            values[self.read[0]] = key
        else:
            values.update(zip(self.read, key, strict=True))  # type: ignore[arg-type]
        made = self.make(values)
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        self.cache[key] = made
        return made


class RowChecker:
    """Rows of raw text (a CSV line's cells) to stored values, validated.

    `positions` maps a field to its cell in the row; `constants` are values
    every row gets (`--set`); `default_kind` is the kind of rows without one.
    Use `values(row)`; `fields(row)` gives the dict `record_from_fields` takes,
    for the slow path.
    """

    def __init__(
        self,
        positions: Mapping[str, int],
        constants: Mapping[str, object],
        default_kind: str | None,
    ) -> None:
        unknown = (set(positions) | set(constants)) - KNOWN_FIELDS
        if unknown:
            raise ValueError(f"not record fields: {sorted(unknown)}")
        self.positions = dict(positions)
        self.constants = dict(constants)
        self.default_kind = default_kind
        given = {*positions, *constants}
        p, c = positions, constants

        def with_kind(make: Callable[[dict[str, object]], object]):
            def made(values: dict[str, object]) -> object:
                return make(self._completed_kind(values))

            return made

        self._kind = _Part(("kind",), p, c, with_kind(kind_of))
        self._actor = _Part(("actor",), p, c, lambda v: slug_of(v, "actor"))
        self._region = _Part(("region",), p, c, lambda v: slug_of(v, "region"))
        self._layer = _Part(("layer",), p, c, layer_of)
        self._span = _Part(
            ("kind", "on", "start", "end"),
            p,
            c,
            with_kind(lambda v: _iso_span(v, kind_of(v))),
        )
        self._area = _Part(("area", "area_km2", "bound"), p, c, area_of)
        self._published = _Part(("published",), p, c, _iso_published)
        # Free text and ids hardly repeat: read directly, never cached.
        self._texts = [_direct(name, p, c) for name in ("source", "url", "note")]
        self._id = _direct("id", p, c)
        # What machines write, `1234.5` in an area_km2 column, needs no cache.
        self._plain_area = None
        if "area_km2" in p and "area" not in given and "bound" not in c:
            self._plain_area = (p["area_km2"], p.get("bound"))
        self._bounds: dict[str, str] = {}
        self._cached_parts = [
            self._kind,
            self._actor,
            self._region,
            self._layer,
            self._span,
            self._published,
        ]
        self.has_id = "id" in given

    def _completed_kind(self, values: dict[str, object]) -> dict[str, object]:
        """`FieldPlan.complete`'s rule: the default kind fills a blank one."""
        if self.default_kind is not None:
            kind = values.get("kind")
            if kind is None or (isinstance(kind, str) and not kind.strip()):
                values["kind"] = self.default_kind
        return values

    def fields(self, row: Sequence[str]) -> dict[str, object]:
        """The field values of one row, as the slow path validates them."""
        values: dict[str, object] = {
            name: row[position] for name, position in self.positions.items()
        }
        values.update(self.constants)
        return self._completed_kind(values)

    def values(self, row: Sequence[str]) -> Values | None:
        """Stored values in `FIELD_NAMES` order, or None if the row has a problem.

        `row` holds text cells (what `csv.reader` gives)."""
        made = []
        try:
            for part in self._cached_parts:
                key = part.key(row)
                value = part.cache.get(key, _MISSING)
                made.append(part.value(key) if value is _MISSING else value)
            area = self._area_of_plain(row) if self._plain_area else None
            if area is None:
                key = self._area.key(row)
                area = self._area.cache.get(key) or self._area.value(key)
            source, url, note = [
                (row[where].strip() or None) if how == "cell" else where
                for how, where in self._texts
            ]
            if (
                (source and len(source) > MAX_NAME_LENGTH)
                or (url and len(url) > MAX_NAME_LENGTH)
                or (note and len(note) > MAX_NOTE_LENGTH)
            ):
                return None  # the slow path says which is too long
            identifier = None
            how, where = self._id
            if how != "none":
                identifier = id_of({"id": row[where] if how == "cell" else where})
        except (InputError, TypeError):  # TypeError: an unhashable (JSON) value
            return None
        kind, actor, region, layer, (start, end), published = made
        km2, bound = area  # type: ignore[misc]
        return (
            identifier,
            kind,
            actor,
            region,
            layer,
            start,
            end,
            km2,
            bound,
            source or "",
            url,
            published,
            note,
        )

    def _area_of_plain(self, row: Sequence[str]) -> tuple[float, str] | None:
        """`area_of` for a plain number (no bound prefix, no unit), else None.

        Such an area is exact, so the bound column alone decides the bound."""
        area_at, bound_at = self._plain_area  # type: ignore[misc]
        raw = row[area_at]
        if not _PLAIN_NUMBER.fullmatch(raw):
            return None
        km2 = float(raw)
        if km2 > MAX_KM2:
            return None
        if bound_at is None:
            return km2, "exact"
        given = row[bound_at]
        bound = self._bounds.get(given)
        if bound is None:
            bound = parse_bound(given) if given.strip() else "exact"
            if len(self._bounds) < CACHE_LIMIT:
                self._bounds[given] = bound
        return km2, bound


def _direct(
    name: str, positions: Mapping[str, int], constants: Mapping[str, object]
) -> tuple[str, Any]:
    """Where a field read without a cache comes from: a cell, or a constant
    (kept as validated text, except an id, validated on every row)."""
    if name in positions:
        return "cell", positions[name]
    if name in constants:
        value = constants[name]
        return "constant", value if name == "id" else text_of(value, name)
    return "none", None


def _iso_span(values: dict[str, object], kind: str) -> tuple[str, str]:
    start, end = span_of(values, kind)
    return start.isoformat(), end.isoformat()


def _iso_published(values: dict[str, object]) -> str | None:
    published = published_of(values)
    return published.isoformat() if published else None
