"""The names stored in the records: actors, regions, layers and sources.

Filters are forgiving: `--source isw` finds "ISW". A filter's value is looked up
here and replaced by the stored spelling before any report runs, so the report
queries keep their exact, indexed comparisons; a value that matches nothing is
met with the names that do exist (for the error message and for shell
completion).
"""

from __future__ import annotations

import sqlite3

from frontline.model.scope import NAME_FIELDS


def _check(field: str) -> None:
    if field not in NAME_FIELDS:
        raise ValueError(f"not a name field: {field}")


def known_names(conn: sqlite3.Connection | None, field: str) -> list[str]:
    """Every distinct stored value of `field`, sorted case-insensitively."""
    _check(field)
    if conn is None:
        return []
    rows = conn.execute(f'SELECT DISTINCT "{field}" FROM records').fetchall()
    return sorted((value for (value,) in rows if value), key=str.casefold)


def stored_spelling(
    conn: sqlite3.Connection | None, field: str, value: str
) -> str | None:
    """The stored value equal to `value` (exactly, else ignoring case), or None.

    The exact probe stops at the first match, so a name in use costs little;
    only a name spelt otherwise pays for the case-insensitive scan. When two
    spellings differ only in case, the more frequent one wins."""
    _check(field)
    if conn is None:
        return None
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
