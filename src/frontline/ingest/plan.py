"""Which column of a table becomes which record field: headers as people write them.

A newsroom's sheet says `Date`, `Area (sq km)`, `Who`, `Where`, `Source`, not
`end`, `area_km2`, `actor`, `region`, `source`. A header is matched to a field
by, in order:

1. `--map FIELD=COLUMN` (the column found even if its case or spacing differ);
2. a column named exactly like the field (what `export` writes);
3. a column whose name, ignoring case, spaces, punctuation and a trailing unit,
   is the field or a word analysts use for it (`SYNONYMS`).

A unit in an area's header (`Area (sq mi)`, `km²`, `Hectares`) converts the
column. Two columns that both read as one field are refused rather than one of
them picked, and every required field no column provides is named in one error,
with the columns seen and the `--map` that would fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from frontline.errors import InputError
from frontline.ingest.sources import _ALIASES, _REQUIRED, ACCEPTED_FIELDS, FieldPlan
from frontline.model.decimals import DecimalColumn
from frontline.model.records import FIELD_NAMES

# Normalised header words (lower case, letters and digits only) for each field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "figurekind", "recordkind"),
    "actor": ("actor", "who", "side", "party", "belligerent", "forces", "force"),
    "region": (
        "region",
        "where",
        "oblast",
        "province",
        "place",
        "location",
        "territory",
    ),
    "layer": ("layer", "layertype", "maplayer"),
    "start": ("start", "from", "since", "begin", "startdate", "datefrom", "fromdate"),
    "end": ("end", "to", "until", "till", "through", "enddate", "dateto", "todate"),
    "on": ("on", "date", "asof", "asat", "day", "heldon"),
    "area": ("area", "km2", "sqkm", "size", "extent", "areakm2", "areasqkm"),
    "bound": ("bound", "precision", "qualifier"),
    "source": ("source", "publisher", "outlet", "sourcename"),
    "url": ("url", "link", "href", "sourceurl", "web"),
    "published": (
        "published",
        "publishedon",
        "publicationdate",
        "datepublished",
        "pubdate",
    ),
    "note": ("note", "notes", "comment", "comments", "quote", "remark", "remarks"),
    "id": ("id",),
}
_FIELD_OF = {word: name for name, words in SYNONYMS.items() for word in words}
# A unit at the end of a header, normalised like the header: "(sq km)" -> sqkm.
UNITS = {
    "km2": "km2",
    "sqkm": "km2",
    "squarekm": "km2",
    "squarekilometres": "km2",
    "squarekilometers": "km2",
    "mi2": "mi2",
    "sqmi": "mi2",
    "squaremiles": "mi2",
    "ha": "ha",
    "hectares": "ha",
    "hectare": "ha",
}
_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
_AREA_WORDS = {"area", "size", "extent", "territory"}
_NOT_WORD = re.compile(r"[\W_]+")
_SHOWN_COLUMNS = 12
# A column's values (with their lines) read ahead, to settle its decimal mark.
# (A column is a position in a table's rows, a key in JSON objects.)
Peek = Callable[[Any], Callable[[], Iterable[tuple[int, object]]]]
_REQUIRED_SHOWN = {("end", "on"): "end (or on)", ("area_km2", "area"): "area"}


def header_key(name: str) -> tuple[str, str | None]:
    """A header as matched: (normalised words, unit), `Area (sq km)` ->
    ("area", "km2"), `Who?` -> ("who", None), `km²` -> ("km2", "km2")."""
    text = name.casefold().replace("²", "2").replace("^2", "2")
    key = _NOT_WORD.sub("", text)
    if key in UNITS:
        return key, UNITS[key]
    for unit in _UNITS_LONGEST_FIRST:
        if key.endswith(unit):
            head = key[: -len(unit)]
            head = head.removesuffix("in")
            if head in _AREA_WORDS:
                return head, UNITS[unit]
    return key, None


@dataclass
class Layout:
    """How one table's columns become fields: positions, the unit of an area
    column, the columns nothing reads (noted), and each area column's decimal
    mark (`model.decimals`)."""

    pairs: list[tuple[str, int]]
    header: list[str]
    units: dict[str, str] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)
    numbers: dict[int, DecimalColumn] = field(default_factory=dict)

    def fix(self, row: list[str], line: int, label: str) -> list[str]:
        """A row's area cells with their decimal mark settled and the header's
        unit attached; an ambiguous one is refused at its cell."""
        if not self.numbers:
            return row
        original = row
        for position, column in self.numbers.items():
            cell = row[position]
            try:
                value = column.read(cell, line)
            except InputError as error:
                raise InputError(
                    self._field_at(position), error.message, file=label, line=line
                ) from None
            unit = column.unit
            if unit is not None and unit != "km2":
                value = _with_unit(value, unit)
            if value is not cell:
                if row is original:
                    row = list(row)
                row[position] = value  # type: ignore[call-overload]
        return row

    def _field_at(self, position: int) -> str:
        return next(name for name, where in self.pairs if where == position)


def _with_unit(value: object, unit: str) -> object:
    """`12.5` in an `Area (sq mi)` column is 12.5 mi2; a cell that names its
    own unit keeps it (`parse_area` refuses a unit it does not know), and an
    empty one stays empty."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return value
    text = str(value).strip()
    if not text or re.search(r"[A-Za-z²][\w²^]*$", text):
        return value
    return f"{text} {unit}"


def match_header(
    header: Sequence[str],
    plan: FieldPlan,
    label: str,
    *,
    ruled: Collection[str] = (),
    rule_columns: Collection[str] = (),
    decimal: str | None = None,
    peek: Peek | None = None,
    synonyms: bool = True,
) -> Layout:
    """Match `header` to the record fields (see the module docstring).

    `ruled` are the fields a rules file sets and `rule_columns` the columns it
    reads; `peek(position)` gives a column's values for settling its decimal
    mark by look-ahead. Without `synonyms`, only exact field names count
    (the files frontline ships, where any other column is a mistake).
    """
    keys = [header_key(name) for name in header]
    taken: dict[str, int] = {}
    for name, column in plan.mapped.items():
        taken[name] = _mapped_position(header, keys, name, column, label)
    explicit = set(plan.mapped) | set(plan.constants)
    hidden = {alias for name in explicit for alias in _ALIASES.get(name, ())}
    used = set(taken.values())
    for position, name in enumerate(header):
        free = position not in used and name not in taken
        if name in ACCEPTED_FIELDS and name not in explicit | hidden and free:
            taken[name] = position
            used.add(position)
    units: dict[str, str] = {}
    found: dict[str, list[int]] = {}
    for position, (key, unit) in enumerate(keys):
        if position in used or header[position] in rule_columns or not synonyms:
            continue
        name = _FIELD_OF.get(key)
        if name is None and unit is not None:
            name = "area"
        if name is None or name in explicit | hidden or name in taken:
            continue
        found.setdefault(name, []).append(position)
        if unit is not None and name == "area":
            units[name] = unit
    _drop_shadowed(found, taken)
    for name, positions in found.items():
        if len(positions) > 1:
            shown = " and ".join(repr(header[p]) for p in positions)
            raise InputError(
                None,
                f"columns {shown} both read as {name}; "
                f"give --map {name}=COLUMN to say which",
                file=label,
                line=1,
            )
        taken[name] = positions[0]
    pairs = sorted(taken.items(), key=lambda pair: pair[1])
    _check_required(set(taken) | set(plan.constants) | set(ruled), header, label)
    read = {position for _, position in pairs}
    ignored = [
        name
        for position, name in enumerate(header)
        if name and position not in read and name not in rule_columns
    ]
    layout = Layout(pairs, list(header), units, ignored)
    if decimal is None and tuple(header) == FIELD_NAMES:
        decimal = "."  # what `export` writes
    for name in ("area", "area_km2"):
        if name in taken:
            position = taken[name]
            column = DecimalColumn(
                decimal, header[position], peek(position) if peek else None
            )
            column.unit = units.get(name)
            layout.numbers[position] = column
    return layout


def _mapped_position(
    header: Sequence[str],
    keys: Sequence[tuple[str, str | None]],
    name: str,
    column: str,
    label: str,
) -> int:
    if column in header:
        return header.index(column)
    wanted = header_key(column)
    matches = [position for position, key in enumerate(keys) if key == wanted]
    if len(matches) == 1:
        return matches[0]
    raise InputError(
        name,
        f"no column {column!r} (from --map {name}={column}); "
        f"the header has: {', '.join(header)}",
        file=label,
        line=1,
    )


def _drop_shadowed(found: dict[str, list[int]], taken: dict[str, int]) -> None:
    """Beside `From`, a `Date` column is the last day; beside `From` and `To`
    it is something else (a publication day, say) and is not read. An exact
    `on` column wins over `From`/`To` words, an `area_km2` one over `Area`."""
    starts = "start" in taken or "start" in found
    ends = "end" in taken or "end" in found
    if starts and not ends and "on" in found:
        found["end"] = found.pop("on")  # `From` and `Date`: the date ends it
    elif starts or ends:
        found.pop("on", None)
    if "on" in taken:
        found.pop("start", None)
        found.pop("end", None)
    if "area_km2" in taken:
        found.pop("area", None)


def _check_required(present: set[str], header: Sequence[str], label: str) -> None:
    """Every required field that nothing provides, in one error."""
    missing = [group for group in _REQUIRED if not present.intersection(group)]
    if not missing:
        return
    names = [_REQUIRED_SHOWN.get(group, group[0]) for group in missing]
    fixes = " ".join(
        f"--map {group[0].removesuffix('_km2')}=COLUMN" for group in missing
    )
    seen = [name for name in header if name]
    shown = ", ".join(repr(name) for name in seen[:_SHOWN_COLUMNS])
    if len(seen) > _SHOWN_COLUMNS:
        shown += f" and {len(seen) - _SHOWN_COLUMNS} more"
    noun = "field" if len(missing) == 1 else "fields"
    raise InputError(
        None,
        f"no column for the {noun} {', '.join(names)} (columns seen: "
        f"{shown or 'none'}); give {fixes}, or --set FIELD=VALUE for a value "
        "every row shares",
        file=label,
        line=1,
    )
