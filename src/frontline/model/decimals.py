"""Numbers whose decimal mark depends on who wrote them: `2.700`, `1,171`.

`2.700` is 2,700 to a German reader and 2.7 to an English one; `1,171` the other
way round. A figure read the wrong way is off by a factor of a thousand and
nothing downstream would notice, so such a value is never read silently: the
decimal mark comes from `--decimal`, or from another value of the same column
that can only be read one way (`1,234.5`, `12.5`, `12,5`, `1.234.567`), or the
value is refused naming `--decimal`.

Only the first number of a text is looked at (`~2.700 km2`, `>1,171`); the rest
of the text (bound, unit) is left for `model.records.parse_area`. A value read
with `,` as the decimal mark is handed on with the two marks swapped
(`1.171,5` -> `1,171.5`), so that one parser checks the grouping of every
figure whatever its locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from frontline.errors import InputError

DECIMAL_MARKS = (".", ",")
# The first number of a text: digits with any grouping and decimal marks.
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f _]*\d|\d", re.ASCII)
# One mark followed by exactly three digits, after a group that could be a
# thousands group (1-3 digits, not starting with 0): reads either way.
_TWO_WAYS = re.compile(r"[1-9]\d{0,2}[.,]\d{3}", re.ASCII)
_SWAP = str.maketrans({".": ",", ",": "."})


def decimal_mark_of(text: str) -> str | None:
    """The decimal mark the first number of `text` must use ("." or ","),
    "?" when it reads both ways, None when it has no mark at all."""
    found = _NUMBER.search(text)
    if found is None:
        return None
    number = found.group(0).rstrip(" \u00a0\u202f_")
    dots, commas = number.count("."), number.count(",")
    if not dots and not commas:
        return None
    if dots and commas:  # the last mark is the decimal one: 1,234.5 / 1.234,5
        return "." if number.rfind(".") > number.rfind(",") else ","
    mark = "." if dots else ","
    if dots + commas > 1:  # 1.234.567: the mark groups thousands
        return "," if mark == "." else "."
    if _TWO_WAYS.fullmatch(number):
        return "?"
    return mark


def two_ways(text: str) -> str:
    """ "2.7 or 2700": the two readings of an ambiguous value, for a message."""
    number = _NUMBER.search(text).group(0)  # type: ignore[union-attr]
    whole, _, part = number.replace(",", ".").partition(".")
    low = f"{whole}.{part}".rstrip("0").rstrip(".")
    return f"{low} or {whole}{part}"


def with_decimal_mark(text: str, decimal: str) -> str:
    """`text` as `parse_area` reads it, given its decimal mark."""
    if decimal == ",":
        found = _NUMBER.search(text)
        if found is not None:
            start, end = found.span()
            return text[:start] + text[start:end].translate(_SWAP) + text[end:]
    return text


def check_decimal_option(value: str | None) -> str | None:
    """`--decimal` is `.` or `,` (or not given)."""
    if value is None:
        return None
    if value.strip() not in DECIMAL_MARKS:
        raise InputError("decimal", f"{value!r} is not . or ,")
    return value.strip()


def read_number(text: object, decimal: str | None, field: str = "area") -> object:
    """One value typed on the command line (`add 2.700`), read by the rule:
    refused when it reads two ways and `--decimal` does not say which."""
    if not isinstance(text, str):
        return text
    mark = decimal_mark_of(text)
    if mark is None:
        return text
    if mark == "?":
        if decimal is None:
            raise InputError(field, _ambiguous(text))
        return with_decimal_mark(text, decimal)
    if decimal is not None and mark != decimal:
        raise InputError(field, _contradicts(text, mark, decimal))
    return with_decimal_mark(text, mark)


def _ambiguous(text: str) -> str:
    return (
        f"{text.strip()!r} reads two ways ({two_ways(text)}); "
        "give --decimal . or --decimal , to say which mark is the decimal one"
    )


def _contradicts(text: str, mark: str, decimal: str) -> str:
    return (
        f"{text.strip()!r} has {mark!r} as its decimal mark, "
        f"but --decimal {decimal} was given"
    )


class DecimalColumn:
    """The decimal mark of one column of one file, settled by its own values.

    `peek` gives the column's other values (with their lines) when the reader
    can look ahead, so that `2.700` on line 2 is read by the `12,5` on line 90;
    without it (stdin), only the values already read can settle it.
    """

    def __init__(
        self,
        decimal: str | None,
        column: str,
        peek: Callable[[], Iterable[tuple[int, object]]] | None = None,
        noun: str = "column",
    ) -> None:
        self.noun = noun
        self.unit: str | None = None  # a unit the column's header gives
        self.decimal = decimal
        self.given = decimal is not None
        self.column = column
        self.peek = peek
        self.seen: tuple[int, str] | None = None  # what settled it: line, value

    def read(self, text: object, line: int) -> object:
        """The value as `parse_area` reads it, or an InputError (no location:
        the caller adds the file and line)."""
        if not isinstance(text, str):
            return text
        if self.decimal == "." and "," not in text and text.count(".") < 2:
            return text  # the common case, machine-written: nothing to change
        mark = decimal_mark_of(text)
        if mark is None:
            return text
        if mark == "?":
            if self.decimal is None:
                self._look_ahead(line)
            if self.decimal is None:
                raise InputError(
                    None, f"{self.noun} {self.column!r}: {_ambiguous(text)}"
                ) from None
            return with_decimal_mark(text, self.decimal)
        if self.decimal is None:
            self.decimal, self.seen = mark, (line, text.strip())
        elif mark != self.decimal:
            raise InputError(None, self._mixed(text, mark))
        return with_decimal_mark(text, mark)

    def _mixed(self, text: str, mark: str) -> str:
        if self.given or self.seen is None:
            contradiction = _contradicts(text, mark, self.decimal)  # type: ignore[arg-type]
            return f"{self.noun} {self.column!r}: {contradiction}"
        line, value = self.seen
        return (
            f"{self.noun} {self.column!r}: {text.strip()!r} has {mark!r} as its "
            f"decimal mark, but line {line} ({value!r}) has {self.decimal!r}; "
            "give --decimal . or --decimal ,"
        )

    def _look_ahead(self, line: int) -> None:
        if self.peek is None:
            return
        peek, self.peek = self.peek, None  # once per column
        for other_line, value in peek():
            if not isinstance(value, str):
                continue
            mark = decimal_mark_of(value)
            if mark in DECIMAL_MARKS:
                self.decimal, self.seen = mark, (other_line, value.strip())
                return
