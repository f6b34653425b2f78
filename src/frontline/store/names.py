"""The names stored in the records: actors, regions, layers and sources.

Filters are forgiving: `--source isw` finds "ISW". A filter's value is looked up
here and replaced by the stored spelling before any report runs, so the report
queries keep their exact, indexed comparisons; a value that matches nothing is
met with the names that do exist (for the error message and for shell
completion).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TypeVar

from frontline.errors import InputError
from frontline.model.scope import NAME_FIELDS
from frontline.model.text import MAX_NAME_LENGTH, check_text

N = TypeVar("N")


def _check(field: str) -> None:
    if field not in NAME_FIELDS:
        raise ValueError(f"not a name field: {field}")


def known_names(conn: sqlite3.Connection | None, field: str) -> list[str]:
    """Every distinct stored value of `field`, sorted case-insensitively."""
    _check(field)
    if conn is None:
        return []
    rows = conn.execute(f'SELECT DISTINCT "{field}" FROM records').fetchall()
    return _sorted(value for (value,) in rows)


def _sorted(names: Iterable[str | None]) -> list[str]:
    """The names, blanks left out, sorted case-insensitively."""
    return sorted((name for name in names if name), key=str.casefold)


def _ascii_spelling(conn: sqlite3.Connection, field: str, value: str) -> str | None:
    """The stored value equal to `value`, exactly or but for ASCII case."""
    exact = conn.execute(
        f'SELECT 1 FROM records WHERE "{field}" = ? LIMIT 1', (value,)
    ).fetchone()
    if exact:
        return value
    row = conn.execute(
        f'SELECT "{field}" FROM records WHERE "{field}" = ? COLLATE NOCASE '
        f'GROUP BY "{field}" ORDER BY count(*) DESC, "{field}" LIMIT 1',
        (value,),
    ).fetchone()
    return row[0] if row else None


def _name_counts(conn: sqlite3.Connection, field: str) -> list[tuple[str, int]]:
    """Each stored value of `field` with how many records hold it."""
    return conn.execute(
        f'SELECT "{field}", count(*) FROM records GROUP BY "{field}"'
    ).fetchall()


def _folded_spelling(counts: list[tuple[str, int]], value: str) -> str | None:
    """The most frequent of the names `counts` gives equal to `value` when both
    are case-folded. SQLite's NOCASE folds the ASCII letters only, so "генштаб"
    or "CAFÉ" need this; only a name spelt otherwise than in ASCII case pays
    for it (or one about to be an error)."""
    folded = value.casefold()
    found = [(-n, name) for name, n in counts if name and name.casefold() == folded]
    return min(found)[1] if found else None


def spelt_as_stored(conn: sqlite3.Connection | None, values: N) -> N:
    """`values` (a Scope or Filters) with each name spelt as stored: "isw"
    finds "ISW". A name is the stored value equal to it exactly, else ignoring
    case; when two spellings differ only in case, the more frequent one wins.
    The exact probe stops at the first match, so a name in use costs little;
    only a name spelt otherwise pays for a case-insensitive scan. A name that
    matches nothing is an error that lists the names there are, closest first,
    rather than an empty answer. A database without records has no names to
    match, and the values stay as given."""
    changes = {}
    for name in NAME_FIELDS:
        value = getattr(values, name, None)
        if not value:
            continue
        check_text(value, name, MAX_NAME_LENGTH)  # a byte that is not UTF-8
        parts = value.split("+") if name == "layer" else [value]
        spelt = []
        for part in parts:
            stored = None if conn is None else _ascii_spelling(conn, name, part)
            if stored is None:
                # One scan serves the case-folded match and, failing it,
                # the names the error lists.
                counts = [] if conn is None else _name_counts(conn, name)
                stored = _folded_spelling(counts, part)
                if stored is None:
                    known = _sorted(spelling for spelling, _ in counts)
                    if not known:  # no records at all: nothing to match
                        return values
                    raise InputError(None, unknown_name(name, part, known))
            spelt.append(stored)
        changes[name] = "+".join(spelt)
    if isinstance(values, tuple):
        return values._replace(**changes)  # type: ignore[attr-defined]
    import dataclasses

    return dataclasses.replace(values, **changes)  # type: ignore[type-var]


def unknown_name(field: str, value: str, known: list[str], most: int = 8) -> str:
    """ "no source 'isw'; known: ISW, DeepState", the closest names first."""
    from difflib import SequenceMatcher

    def closeness(name: str) -> float:
        return SequenceMatcher(None, value.casefold(), name.casefold()).ratio()

    ranked = sorted(known, key=lambda name: (-closeness(name), name.casefold()))
    shown = ", ".join(ranked[:most])
    if len(ranked) > most:
        shown += f" and {len(ranked) - most} more"
    return f"no {field} {value!r}; known: {shown}"
