"""What `list` and `history` show, as a query to stream rather than rows.

A listing of 200,000 records is measured on one pass and written on another
(`render.listing`), with a count of what a limit left out: the caller asks for
each of these when it needs it, and every answer comes from the same filters,
order, limit and offset, checked once here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from frontline.errors import InputError
from frontline.model.scope import Filters
from frontline.model.values import FIELD_NAMES
from frontline.store import records as store

# `--sort` names: the record fields, and `area` for `area_km2`.
SORT_NAMES = {"area": "area_km2", **{name: name for name in FIELD_NAMES}}


def sort_field(sort: str | None) -> str | None:
    """The field a `--sort` name orders by, or an error listing the names."""
    if sort is None:
        return None
    field = SORT_NAMES.get(sort.strip().lower())
    if field is None:
        raise InputError(
            "sort", f"{sort!r} is not a field; choose from {', '.join(SORT_NAMES)}"
        )
    return field


class Listing:
    """The records that match `filters`, in `sort` order (then by series and
    dates), `offset` skipped and at most `limit` of them."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        filters: Filters,
        *,
        sort: str | None = None,
        reverse: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> None:
        self.conn, self.filters = conn, filters
        self.sort, self.reverse = sort_field(sort), reverse
        self.limit, self.offset = limit, offset

    def check_dates(self) -> None:
        """The error reading a selected record would give for a malformed
        stored date (rows are streamed without a `Record` each)."""
        bad = store.first_malformed_date(self.conn, self.filters)
        if bad is not None:
            from frontline.model.values import stored_date

            record_id, field, value = bad
            stored_date(value, field, record_id)

    def left_out(self) -> int:
        """How many matching records the offset and the limit leave out after
        the ones shown."""
        if self.limit is None:
            return 0
        total = store.count_matching(self.conn, self.filters)
        return max(0, total - self.offset - self.limit)

    def rows(
        self, *, ordered: bool = True, fields: int = len(FIELD_NAMES)
    ) -> Iterator[tuple[object, ...]]:
        """Stored values in FIELD_NAMES order (the first `fields` of them);
        `ordered=False` lets SQLite choose the order when that cannot change
        which rows come (`store.records.iter_rows`)."""
        return store.iter_rows(
            self.conn,
            self.filters,
            sort=self.sort,
            reverse=self.reverse,
            limit=self.limit,
            offset=self.offset,
            ordered=ordered,
            fields=fields,
        )

    def extent(self) -> tuple[object, ...] | None:
        """Every shown row's longest values, from one scan in SQLite, when all
        of them are shown (`store.records.listing_extent`); else None."""
        if self.limit is not None or self.offset:
            return None
        return store.listing_extent(self.conn, self.filters)


class History:
    """The earlier versions of one record (or of all), by record then version."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        record_id: int | None = None,
        *,
        reverse: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> None:
        if record_id is not None and not store.record_known(conn, record_id):
            raise InputError("id", f"no record #{record_id}")
        self.conn, self.record_id, self.reverse = conn, record_id, reverse
        self.limit, self.offset = limit, offset

    def left_out(self) -> int:
        if self.limit is None:
            return 0
        total = store.count_history(self.conn, self.record_id)
        return max(0, total - self.offset - self.limit)

    def versions(self) -> Iterator[store.Version]:
        return store.history(
            self.conn,
            self.record_id,
            reverse=self.reverse,
            limit=self.limit,
            offset=self.offset,
        )
