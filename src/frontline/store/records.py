"""Reading and writing records, with history kept for every edit and removal.

All writes run inside one `db.atomic()` transaction each, so a failure or a crash
in the middle leaves the database as it was. History rows are written by triggers
(see migrations/0001_records.sql): no code path here can lose an earlier version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontline.errors import InputError
from frontline.model.scope import Filters
from frontline.model.values import FIELD_NAMES, KEY_FIELDS, MAX_ID
from frontline.store import db
from frontline.store.where import filters_where

if TYPE_CHECKING:
    from frontline.model.records import Record
    from frontline.store.bulk import (
        BATCH_SIZE,
        ON_CONFLICT,
        FigureConflict,
        Located,
        WriteSummary,
        write_records,
    )

__all__ = [
    "BATCH_SIZE",
    "ON_CONFLICT",
    "FigureConflict",
    "Located",
    "WriteSummary",
    "write_records",
]
_COLUMNS = ", ".join(f'"{name}"' for name in FIELD_NAMES)
_FIRST = [  # the first n fields, for a listing that shows only those
    ", ".join(f'"{name}"' for name in FIELD_NAMES[:n])
    for n in range(len(FIELD_NAMES) + 1)
]


def __getattr__(name: str) -> object:
    """Bulk writes live in `store.bulk`; their names are kept here too, loaded
    on first use so that a listing does not load the writer (and the record's
    classes)."""
    if name in __all__:
        from frontline.store import bulk

        return getattr(bulk, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction: committed on success, rolled back on any exception.

    The write lock is taken up front (BEGIN IMMEDIATE): a deferred transaction
    that read first would fail at once with "database is locked" when another
    writer committed meanwhile, whereas an immediate one waits its busy timeout.
    Inside a transaction already open, it is a savepoint of that transaction.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT atomic")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK TO atomic")
            conn.execute("RELEASE atomic")
            raise
        conn.execute("RELEASE atomic")
        return
    db.begin_write(conn)
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def find_by_key(conn: sqlite3.Connection, record: Record) -> Record | None:
    where = " AND ".join(f'"{name}" = ?' for name in KEY_FIELDS)
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where}", record.key
    ).fetchone()
    return _record(row) if row else None


def _record(row: tuple[object, ...]) -> Record:
    from frontline.model.records import record_from_row

    return record_from_row(dict(zip(FIELD_NAMES, row, strict=True)))


def get_record(conn: sqlite3.Connection | None, record_id: int) -> Record:
    row = None
    if conn is not None and 1 <= record_id <= MAX_ID:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM records WHERE id = ?", (record_id,)
        ).fetchone()
    if row is None:
        raise InputError("id", f"no record #{record_id}")
    return _record(row)


def iter_records(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[Record]:
    """Records in a stable order (series, then dates), streamed from the database."""
    for row in iter_record_values(conn, filters):
        yield _record(row)


# `render.formats.neutralise` in SQL, for free text (the other text columns are
# slugs, dates and names the schema allows): a ' before text that starts, after
# any 's, spaces and zero-width characters, with what a formula starts with
# (=, +, -, @, tab, CR, or a fullwidth ＝ ＋ － ＠).
_LEAD = "' || char(39, 32, 160, 8203, 8204, 8205, 8288, 65279) || '"
_SIGNS = "=+@' || char(9, 13, 65309, 65291, 65293, 65312) || '-"
_NEUTRALISED = (
    f"CASE WHEN ltrim({{0}}, '{_LEAD}') GLOB '[{_SIGNS}]*' "
    "THEN '''' || {0} ELSE {0} END"
)


def iter_record_values(
    conn: sqlite3.Connection | None,
    filters: Filters = Filters(),
    *,
    neutralise: bool = False,
) -> Iterator[tuple[object, ...]]:
    """`iter_records` as stored values in `FIELD_NAMES` order (dates as ISO text,
    absent values as None, an empty url or note as None): what an export writes,
    without a `Record` per row; with `neutralise`, source, url and note as a CSV
    for spreadsheets holds them."""
    if conn is None:
        return iter(())
    where, params = filters_where(filters)
    source, url, note = "coalesce(source, '')", "nullif(url, '')", "nullif(note, '')"
    if neutralise:
        source, url, note = (_NEUTRALISED.format(text) for text in (source, url, note))
    return conn.execute(
        f'SELECT id, kind, actor, region, layer, start, "end", area_km2, bound, '
        f"{source}, {url}, published, {note} "
        f"FROM records WHERE {where} "
        'ORDER BY actor, region, layer, source, start, "end", kind, id',
        params,
    )


# Free text (source, url, note) that a CSV cell holds as it is: nothing the csv
# module would quote (`,` `"` LF CR) and, when neutralising, nothing starting with
# `'`, a space or zero-width character, or what a spreadsheet runs (`=` `+` `-`
# `@` tab CR, fullwidth ＝ ＋ － ＠). The other columns are slugs, ISO dates,
# numbers and fixed words, which the schema's CHECKs hold to.
_QUOTED_GLOB = "'*[,\"' || char(10) || char(13) || ']*'"
_FORMULA_GLOB = f"'[{_LEAD}{_SIGNS}]*'"
# The same, for text tested in Python (and a NUL, which the line's printf ends at).
_QUOTED_CHARS = (",", '"', "\n", "\r", "\x00")
_FORMULA_STARTS = tuple(
    "' \u00a0\u200b\u200c\u200d\u2060\ufeff=+@\t\r\uff1d\uff0b\uff0d\uff20-"
)


def plain_csv_text(
    conn: sqlite3.Connection | None,
    filters: Filters = Filters(),
    *,
    neutralise: bool = False,
) -> bool:
    """Whether every selected record's free text goes into CSV unchanged (and
    holds no NUL), so that `iter_csv_parts` joined is the CSV (one scan, no
    sort)."""
    if conn is None:
        return True
    where, params = filters_where(filters)
    # The few distinct sources are tested here (without filters, read from the
    # series index alone, not the table).
    starts = _FORMULA_STARTS if neutralise else ()
    sources = f"SELECT DISTINCT source FROM records WHERE {where}"
    for (source,) in conn.execute(sources, params):
        text = source or ""
        if any(c in text for c in _QUOTED_CHARS) or text[:1] in starts:
            return False
    patterns = [_QUOTED_GLOB, *([_FORMULA_GLOB] if neutralise else [])]

    def odd(column: str) -> str:
        tests = [f"{column} GLOB {pattern}" for pattern in patterns]
        # A NUL, which printf's %s would end the text at (and GLOB cannot see).
        tests.append(f"instr({column}, char(0))")
        return " OR ".join(tests)

    # Most records have no url and no note: their tests are skipped.
    special = " OR ".join(
        f"({column} IS NOT NULL AND ({odd(column)}))" for column in ("url", "note")
    )
    found = conn.execute(
        f"SELECT 1 FROM records WHERE ({special}) AND ({where}) LIMIT 1", params
    ).fetchone()
    return found is None


def iter_csv_parts(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> Iterator[tuple[str, float, str]]:
    """Each selected record's CSV line in `iter_record_values` order, as the text
    before its area, the area, and the text after it (from the comma on, without
    the line end): SQLite joins the cells, Python writes the float with `repr`,
    whose shortest form SQLite does not give. Only for records whose free text
    `plain_csv_text` passed: nothing here quotes or neutralises."""
    if conn is None:
        return iter(())
    where, params = filters_where(filters)
    return conn.execute(
        # One printf per part: a chain of || copies the growing line at each step.
        "SELECT printf('%d,%s,%s,%s,%s,%s,%s', id, kind, actor, region, layer, "
        'start, "end"), area_km2, '
        "printf(',%s,%s,%s,%s,%s', bound, source, coalesce(url, ''), "
        "coalesce(published, ''), coalesce(note, '')) "
        f"FROM records WHERE {where} "
        'ORDER BY actor, region, layer, source, start, "end", kind, id',
        params,
    )


# The order of a listing: by series, then dates. `--sort FIELD` puts one field
# first and keeps this order among equal values, so a listing is always stable.
LIST_ORDER = ("actor", "region", "layer", "source", "start", "end", "kind", "id")
SORT_FIELDS = FIELD_NAMES


def iter_rows(
    conn: sqlite3.Connection | None,
    filters: Filters = Filters(),
    *,
    sort: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
    offset: int = 0,
    ordered: bool = True,
    fields: int = len(FIELD_NAMES),
) -> Iterator[tuple[object, ...]]:
    """Stored values (in FIELD_NAMES order) of the records a listing shows, streamed
    from one cursor: SQLite sorts, skips and stops, so memory stays flat however
    many records there are (with a limit, its sorter keeps only limit + offset).
    `ordered=False` leaves the order to SQLite when it cannot change which rows
    come (no limit, no offset): for a first pass that only measures them.
    `fields`: only the first so many of FIELD_NAMES (a table leaves out the
    url, the publication day and the note)."""
    if conn is None:
        return iter(())
    if sort is not None and sort not in SORT_FIELDS:
        raise InputError("sort", f"{sort!r} is not a record field")
    tail, params = listing_tail(filters, sort, reverse, limit, offset, ordered)
    return conn.execute(
        f"SELECT {_COLUMNS if fields == len(FIELD_NAMES) else _FIRST[fields]} "
        f"FROM records WHERE {tail}",
        params,
    )


def listing_tail(
    filters: Filters,
    sort: str | None,
    reverse: bool,
    limit: int | None,
    offset: int,
    ordered: bool,
) -> tuple[str, list[object]]:
    """What follows WHERE in a listing's query (the filters, the order, the
    limit and the offset) and its parameters: `iter_rows` and the table's
    queries (`store.listing.Listing`) select different columns of the same
    rows in the same order."""
    order = [sort] if sort else []
    order += [name for name in LIST_ORDER if name != sort]
    direction = " DESC" if reverse else ""
    where, params = filters_where(filters)
    ordering = ""
    if ordered or limit is not None or offset:  # which rows depends on the order
        ordering = " ORDER BY " + ", ".join(f'"{n}"{direction}' for n in order)
    tail = f"{where}{ordering} LIMIT ? OFFSET ?"
    return tail, [*params, *_limit_offset(limit, offset)]


_DAY_GLOB = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


def first_malformed_date(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> tuple[int, str, object] | None:
    """(id, field, value) of a selected record whose start, end or published is
    not YYYY-MM-DD text (written by another tool around the CHECKs), or None: a
    listing streams stored values without a Record each, so it asks first, in
    one scan, what `record_from_row` would refuse."""
    if conn is None:
        return None
    where, params = filters_where(filters)
    for field in _DATE_FIELDS:
        row = conn.execute(
            f'SELECT id, "{field}" FROM records '
            f"WHERE ({_malformed(field)}) AND ({where}) LIMIT 1",
            params,
        ).fetchone()
        if row:
            return row[0], field, row[1]
    return None


def any_malformed_date(conn: sqlite3.Connection, filters: Filters) -> bool:
    """Whether `first_malformed_date` would find anything, in one scan rather
    than one for each date: a listing asks this first, and only then which."""
    where, params = filters_where(filters)
    bad = " OR ".join(f"({_malformed(field)})" for field in _DATE_FIELDS)
    found = conn.execute(
        f"SELECT 1 FROM records WHERE ({bad}) AND ({where}) LIMIT 1", params
    ).fetchone()
    return found is not None


_DATE_FIELDS = ("start", "end", "published")


def _malformed(field: str) -> str:
    """SQL true when `field` holds something other than YYYY-MM-DD text
    (`published` may also be empty)."""
    test = f'"{field}" NOT GLOB {_DAY_GLOB}'
    if field == "published":
        test = f'"{field}" IS NOT NULL AND "{field}" <> \'\' AND {test}'
    return test


def count_matching(conn: sqlite3.Connection | None, filters: Filters) -> int:
    """How many records a listing with these filters has in all."""
    if conn is None:
        return 0
    where, params = filters_where(filters)
    (count,) = conn.execute(
        f"SELECT count(*) FROM records WHERE {where}", params
    ).fetchone()
    return count


def has_carriage_return(
    conn: sqlite3.Connection | None, filters: Filters = Filters()
) -> bool:
    """Whether a selected record's free text holds a CR, which the csv module's
    fast path would leave unquoted (see `render.formats.write_csv`)."""
    if conn is None:
        return False
    where, params = filters_where(filters)
    found = conn.execute(
        "SELECT 1 FROM records WHERE "
        "instr(coalesce(source, '') || coalesce(url, '') || coalesce(note, ''), "
        f"char(13)) AND ({where}) LIMIT 1",
        params,
    ).fetchone()
    return found is not None


def update_record(
    conn: sqlite3.Connection | None, record_id: int, changes: dict[str, object]
) -> Record:
    """Change fields of one record, validated as a whole; history keeps the old.

    A new area keeps the figure's bound unless it brings its own (`~2800`) or a
    bound is given: correcting a number does not make an estimate exact. A
    holding moved with only `start` or `end` moves its one day.
    """
    from frontline.model.records import parse_area, record_from_fields

    current = get_record(conn, record_id)
    assert conn is not None
    # The stored id is set back after validation: it may lie above the range an
    # id given in a file is held to (new records are numbered past such ids).
    values: dict[str, object] = {
        name: value
        for name, value in current.to_row().items()
        if value is not None and name != "id"
    }
    changes = dict(changes)
    kind = changes.get("kind", current.kind)
    if kind == "holding" and "on" not in changes:
        day = changes.pop("end", None) or changes.pop("start", None)
        if day is not None:
            changes["on"] = day
    if "on" in changes:
        values.pop("start", None)
        values.pop("end", None)
    if "area" in changes:
        values.pop("area_km2", None)
        if "bound" in changes or parse_area(changes["area"], "area").bound != "exact":
            values.pop("bound", None)
    values.update(changes)
    values = {k: v for k, v in values.items() if v is not None}
    updated = record_from_fields(values).with_changes(id=record_id)
    if updated == current:
        raise Unchanged(current)
    with atomic(conn):
        try:
            _overwrite(conn, record_id, updated)
        except sqlite3.IntegrityError:
            other = find_by_key(conn, updated)
            duplicate = other.id if other else "?"
            raise InputError(
                None, f"the edited figure would duplicate record #{duplicate}"
            ) from None
    return updated


class Unchanged(Exception):
    """An edit that would leave the record as it is: nothing written, no version."""

    def __init__(self, record: Record) -> None:
        self.record = record
        super().__init__(f"record #{record.id} already has these values")


def _overwrite(conn: sqlite3.Connection, record_id: int, record: Record) -> None:
    """Replace a stored record's fields; the trigger files the old version."""
    row = record.to_row()
    names = [name for name in FIELD_NAMES if name != "id"]
    assignments = ", ".join(f'"{name}" = ?' for name in names)
    conn.execute(
        f"UPDATE records SET {assignments}, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        [row[name] for name in names] + [record_id],
    )


# SQLite's largest integer: a larger --limit or --offset means "all" or "none".
_SQL_MAX = 2**63 - 1


def _limit_offset(limit: int | None, offset: int) -> tuple[int, int]:
    """LIMIT and OFFSET as SQLite takes them (-1: no limit), whatever the size."""
    return (-1 if limit is None else min(limit, _SQL_MAX)), min(offset, _SQL_MAX)


def record_known(conn: sqlite3.Connection | None, record_id: int) -> bool:
    """Whether a record exists now or existed once (its history is kept)."""
    if conn is None or not 1 <= record_id <= MAX_ID:
        return False
    return (
        conn.execute(
            "SELECT 1 FROM records WHERE id = ? UNION ALL "
            "SELECT 1 FROM records_history WHERE record_id = ? LIMIT 1",
            (record_id, record_id),
        ).fetchone()
        is not None
    )


def remove_record(conn: sqlite3.Connection | None, record_id: int) -> Record:
    record = get_record(conn, record_id)
    assert conn is not None
    with atomic(conn):
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
    return record


@dataclass(frozen=True)
class Version:
    """An earlier version of a record, as it was before an edit or a removal."""

    version: int
    action: str
    changed_at: str
    record: Record


def history(
    conn: sqlite3.Connection | None,
    record_id: int | None = None,
    *,
    reverse: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[Version]:
    """Earlier versions, by record then version (newest first with `reverse`),
    streamed from one cursor."""
    if conn is None:
        return
    if record_id is not None and not 1 <= record_id <= MAX_ID:
        return  # no record ever had it (and SQLite could not be asked)
    columns = ", ".join(f'"{name}"' for name in FIELD_NAMES if name != "id")
    where, params = (
        ("WHERE record_id = ?", [record_id]) if record_id is not None else ("", [])
    )
    direction = " DESC" if reverse else ""
    cursor = conn.execute(
        f"SELECT version, action, changed_at, record_id, {columns} "
        f"FROM records_history {where} "
        f"ORDER BY record_id{direction}, version{direction} LIMIT ? OFFSET ?",
        [*params, *_limit_offset(limit, offset)],
    )
    from frontline.model.records import record_from_row

    names = [n for n in FIELD_NAMES if n != "id"]
    for version, action, changed_at, rid, *values in cursor:
        data = dict(zip(names, values, strict=True))
        data["id"] = rid
        yield Version(version, action, changed_at, record_from_row(data))


def count_history(conn: sqlite3.Connection | None, record_id: int | None) -> int:
    if conn is None:
        return 0
    where, params = (
        ("WHERE record_id = ?", [record_id]) if record_id is not None else ("", [])
    )
    (count,) = conn.execute(
        f"SELECT count(*) FROM records_history {where}", params
    ).fetchone()
    return count


def restore(
    conn: sqlite3.Connection | None, record_id: int, version: int | None = None
) -> Record:
    """Bring back an earlier version: re-insert a removed record, or undo an edit.

    Without `version`, the most recent saved version of the record is used. The
    current state, if any, goes to history first, so a restore can be undone too.
    """
    versions = list(history(conn, record_id))
    if version is not None:
        chosen = [v for v in versions if v.version == version]
        if not chosen:
            raise InputError(
                "version", f"record #{record_id} has no saved version {version}"
            )
    else:
        chosen = versions[-1:]
        if not chosen and not record_known(conn, record_id):
            raise InputError("id", f"no record #{record_id}")
        if not chosen:
            raise InputError("id", f"record #{record_id} has no saved versions")
    target = chosen[0].record
    assert conn is not None
    exists = conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone()
    with atomic(conn):
        try:
            if exists:
                # The edit trigger files the current state under this action.
                conn.execute("INSERT INTO history_action (action) VALUES ('restore')")
                _overwrite(conn, record_id, target)
                conn.execute("DELETE FROM history_action")
            else:
                conn.execute(
                    f"INSERT INTO records ({_COLUMNS}) VALUES "
                    f"({', '.join('?' * len(FIELD_NAMES))})",
                    target.to_values(),
                )
        except sqlite3.IntegrityError:
            other = find_by_key(conn, target)
            raise InputError(
                None,
                "cannot restore: the same figure is now recorded as "
                f"#{other.id if other else '?'}",
            ) from None
    return target


def count_records(conn: sqlite3.Connection | None) -> tuple[int, int]:
    """Records stored, and earlier versions kept in history."""
    if conn is None:
        return 0, 0
    (records,) = conn.execute("SELECT count(*) FROM records").fetchone()
    (versions,) = conn.execute("SELECT count(*) FROM records_history").fetchone()
    return records, versions
