"""Maps whose features carry their own day: one holding per day and series.

The cumulative DeepState archive holds one feature per day (`{"id", "date"}`
and the day's holding); an ISW layer's features carry a date field. With
`--map end=PROPERTY` each feature's day is read from its properties (ISO text,
a written date, or epoch seconds or milliseconds, taken as a Kyiv calendar
day), and so is every other mapped field; features of the same day and mapped
fields are unioned into one holding.

Memory stays at about one day's geometry, not the file's: consecutive
features of one group are unioned as they come; when the group changes, its
union is written (compressed WKB) to a temporary file, and read back only to
be unioned again if the group turns up later, or when the holdings are
measured in day order at the end.
"""

from __future__ import annotations

import tempfile
from collections.abc import Hashable, Iterator
from datetime import date
from typing import IO, Any

from frontline.errors import InputError
from frontline.ingest import deepstate, shapes
from frontline.model.records import parse_date
from frontline.model.values import MONTH_NAMES

# Union the parts of one group every this many features, so a day drawn as
# thousands of small polygons never sits in memory as a list.
_UNION_EVERY = 256


def feature_day(value: object, label: str, number: int | None, column: str) -> date:
    """The day a property gives: ISO text or a written date, or a unix time in
    seconds or milliseconds (a number or digits) taken as a Kyiv day."""

    def refuse(message: str) -> InputError:
        return InputError("end", message, file=label, line=number, line_label="feature")

    if value is None or (isinstance(value, str) and not value.strip()):
        raise refuse(f"no {column!r} property (from --map end={column})")
    if isinstance(value, bool):
        raise refuse(f"{value!r} is not a date")
    if isinstance(value, int | float) or (
        isinstance(value, str) and value.strip().isdigit()
    ):
        moment = deepstate._from_unix(int(float(value)))
        if moment is None:
            raise refuse(f"{value!r} is not a unix time in seconds or milliseconds")
        return deepstate.kyiv_day(moment)
    moment = deepstate._from_text(value)
    if moment is not None:
        return deepstate.kyiv_day(moment)
    try:
        return parse_date(value, "end")
    except InputError as error:
        raise refuse(error.message) from None


class Groups:
    """Shapes unioned per group key, spilled to a temporary file (see the
    module docstring). `items()` gives (key, shape) in key order."""

    def __init__(self) -> None:
        self._key: Hashable | None = None
        self._parts: list[Any] = []
        self._index: dict[Any, tuple[int, int]] = {}
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed by items)

    def add(self, key: Hashable, shape: Any) -> None:
        if key != self._key:
            self._flush()
            self._key = key
        self._parts.append(shape)
        if len(self._parts) >= _UNION_EVERY:
            self._parts = [shapes.union(self._parts)]

    def _flush(self) -> None:
        if not self._parts:
            return
        # One part is already a repaired union (`shapes.polygons_of`).
        parts, self._parts = self._parts, []
        shape = parts[0] if len(parts) == 1 else shapes.union(parts)
        del parts
        if self._key in self._index:
            shape = shapes.union([shape, self._load(self._key)])
        blob = shapes.to_wkb(shape)
        del shape
        self._file.seek(0, 2)
        self._index[self._key] = (self._file.tell(), len(blob))
        self._file.write(blob)

    def _load(self, key: Any) -> Any:
        offset, length = self._index[key]
        self._file.seek(offset)
        return shapes.from_wkb(self._file.read(length))

    def items(self) -> Iterator[tuple[Any, Any]]:
        self._flush()
        try:
            for key in sorted(self._index):
                yield key, self._load(key)
        finally:
            self._file.close()

    def close(self) -> None:
        self._file.close()


# --- days from file names ---------------------------------------------------------

_FIELDS = {
    "Y": r"(?P<Y>\d{4})",
    "y": r"(?P<y>\d{2})",
    "m": r"(?P<m>\d{2})",
    "d": r"(?P<d>\d{2})",
    "j": r"(?P<j>\d{3})",
    "b": r"(?P<b>[A-Za-z]{3})",
    "B": r"(?P<B>[A-Za-z]+)",
}


def check_name_pattern(pattern: str) -> None:
    """Refuse a --date-from-name pattern that cannot give a day, before reading."""
    _pattern_regex(pattern)


def _pattern_regex(pattern: str) -> Any:
    import re

    parts: list[str] = []
    seen: set[str] = set()
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "%" and index + 1 < len(pattern):
            code = pattern[index + 1]
            if code == "%":
                parts.append("%")
            elif code in _FIELDS and code not in seen:
                parts.append(_FIELDS[code])
                seen.add(code)
            else:
                raise InputError(
                    "date-from-name",
                    f"%{code} is not a field it reads (%Y %y %m %d %j %b %B, * for "
                    "any text)",
                )
            index += 2
            continue
        parts.append(".*?" if char == "*" else re.escape(char))
        index += 1
    year = seen & {"Y", "y"}
    if not year or not ((seen & {"m", "b", "B"} and "d" in seen) or "j" in seen):
        raise InputError(
            "date-from-name",
            f"{pattern!r} needs a year (%Y or %y) and a day (%m and %d, or %j)",
        )
    # The pattern covers the name up to its extensions.
    return re.compile("".join(parts) + r"(?:\.[^/]*)?", re.IGNORECASE)


def date_from_pattern(pattern: str, names: list[str], label: str) -> date:
    """The day `pattern` reads from the first of `names` it matches whole."""
    regex = _pattern_regex(pattern)
    for name in names:
        found = regex.fullmatch(name)
        if found is None:
            continue
        fields = found.groupdict()
        try:
            return _day_of(fields)
        except ValueError:
            break
    raise InputError(
        "date-from-name",
        f"the name does not match {pattern!r} with a real date",
        file=label,
    )


def _day_of(fields: dict[str, str]) -> date:
    from datetime import timedelta

    year = int(fields["Y"]) if fields.get("Y") else 2000 + int(fields["y"])
    if fields.get("j"):
        day_of_year = int(fields["j"])
        if not 1 <= day_of_year <= 366:
            raise ValueError(day_of_year)
        return date(year, 1, 1) + timedelta(days=day_of_year - 1)
    if fields.get("m"):
        month = int(fields["m"])
    else:
        word = (fields.get("b") or fields.get("B") or "").lower()
        matches = [i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(word)]
        if len(word) < 3 or len(matches) != 1:
            raise ValueError(word)
        month = matches[0]
    return date(year, month, int(fields["d"]))
