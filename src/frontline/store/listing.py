"""What `list` and `history` show, as a query to stream rather than rows.

A listing of 200,000 records is measured on one pass and written on another
(`render.listing`), with a count of what a limit left out: the caller asks for
each of these when it needs it, and every answer comes from the same filters,
order, limit and offset, checked once here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from frontline.errors import InputError
from frontline.model.scope import Filters
from frontline.model.values import FIELD_NAMES
from frontline.store import records as store
from frontline.store.where import filters_where

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
        self.dates_checked = False

    def check_dates(self) -> None:
        """The error reading a selected record would give for a malformed
        stored date (rows are streamed without a `Record` each). One scan asks
        whether there is any; only then do three (`first_malformed_date`)
        find the one to name, in the order a reader meets them."""
        if self.conn is None or not store.any_malformed_date(self.conn, self.filters):
            self.dates_checked = True
            return
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

    def rows(self, *, ordered: bool = True) -> Iterator[tuple[object, ...]]:
        """Stored values in FIELD_NAMES order; `ordered=False` lets SQLite
        choose the order when that cannot change which rows come
        (`store.records.iter_rows`). A table reads `table_rows` instead."""
        return store.iter_rows(
            self.conn,
            self.filters,
            sort=self.sort,
            reverse=self.reverse,
            limit=self.limit,
            offset=self.offset,
            ordered=ordered,
        )

    def table_rows(self, *, ordered: bool = True) -> Iterator[list[tuple[object, ...]]]:
        """`rows`' first ten fields (id .. source) as a table needs them, in
        lists of a few thousand: the bound and the area's kind of text
        (`AREA_CLASS`) as one small number, the source never null. Lists,
        because a table formats them a column at a time (`cli.listing`); one
        small list first, because the first row alone tells whether there is
        a table at all."""
        if self.conn is None:
            return
        tail, params = self._tail(ordered)
        cursor = self.conn.execute(
            f'SELECT id, kind, actor, region, layer, start, "end", area_km2, '
            f"{AREA_CLASS}, ifnull(source, '') FROM records WHERE {tail}",
            params,
        )
        size = 64
        while chunk := cursor.fetchmany(size):
            yield chunk
            size = 4096

    def table_lines(
        self, before: Sequence[tuple[str, int, bool]], source: bool
    ) -> Iterator[list[tuple[object, ...]]]:
        """The table's lines in lists of a few thousand, each as (its text up
        to the area, the area, its `AREA_CLASS`, the rest of the line): the
        columns `before` the area (field, width, whether left-aligned) padded
        as `render.table.write_table` pads them, and after the area the
        source, if shown, with the trailing spaces that table cuts cut. Only
        for cells of plain ASCII (`listing_extent` said so), which SQLite's
        printf pads by bytes: a table of 200,000 rows then makes four values a
        row, not ten, and formats only the area in Python."""
        if self.conn is None:
            return
        template = " " + "".join(
            f" %{'-' if left else ''}{width}s  " for _, width, left in before
        )
        fields = "".join(f', "{name}"' for name, _, _ in before)
        rest = "char(10)"
        if source:
            rest = (
                "CASE rtrim(ifnull(source, '')) WHEN '' THEN char(10) "
                "ELSE '   ' || rtrim(source) || char(10) END"
            )
        tail, params = self._tail(True)
        cursor = self.conn.execute(
            f"SELECT printf('{template} '{fields}), area_km2, {AREA_CLASS}, {rest} "
            f"FROM records WHERE {tail}",
            params,
        )
        while chunk := cursor.fetchmany(4096):
            yield chunk

    def extent(self) -> tuple[object, ...] | None:
        """Every shown row's longest values, when all of them are shown and
        their dates checked (`listing_extent`); else None."""
        if self.limit is not None or self.offset or self.conn is None:
            return None
        if not self.dates_checked:
            return None
        return listing_extent(self.conn, self.filters)

    def _tail(self, ordered: bool) -> tuple[str, list[object]]:
        """What follows WHERE in `rows`' query, and its parameters."""
        return store.listing_tail(
            self.filters, self.sort, self.reverse, self.limit, self.offset, ordered
        )


# Whether a table shows an area whole rather than to one decimal, as
# `cli.listing._area_text` decides (SQLite's round differs from Python's only
# at halves, both far from 0.05).
_WHOLE = "abs(area_km2 - round(area_km2)) < 0.05"
# What kind of text a table shows for an area: 0 whole, 1 to one decimal,
# plus 2, 4 or 6 for the sign of an approximate, at-least or at-most figure.
AREA_CLASS = (
    "(CASE bound WHEN 'approx' THEN 2 WHEN 'at_least' THEN 4 "
    f"WHEN 'at_most' THEN 6 ELSE 0 END) + NOT ({_WHOLE})"
)


def listing_extent(
    conn: sqlite3.Connection, filters: Filters
) -> tuple[object, ...] | None:
    """What a table of the selected records needs to lay itself out without
    formatting every row first: the longest id, kind, actor, region, layer,
    start, end and source, and the largest area of each `AREA_CLASS` (with or
    without a sign, whole or to one decimal). A table of 200,000 records waits
    for this before its first line, so it is made with little work per row:
    the longest id is the largest or the smallest; names and sources come from
    the distinct series (an index holds them); a day is 10 characters,
    `check_dates` having found every one well formed. None when nothing
    matches, a source is not plain printable ASCII or an area is negative, and
    when a kind or a name is not what the schema's checks allow (written
    around them), since `Listing.table_lines` pads plain ASCII only."""
    where, params = filters_where(filters)
    # Three equalities rather than IN: SQLite tests a list twice as slowly.
    signed = "(bound = 'approx' OR bound = 'at_least' OR bound = 'at_most')"
    maxima = ", ".join(
        f"max(CASE WHEN {'' if sign else 'NOT '}{signed} "
        f"AND {'' if exact else 'NOT '}({_WHOLE}) THEN area_km2 END)"
        for sign in (False, True)
        for exact in (True, False)
    )
    count, low, high, kind, odd_kind, least, *areas = conn.execute(
        "SELECT count(*), min(id), max(id), max(length(kind)), "
        "max(kind <> 'change' AND kind <> 'holding'), "
        f"min(area_km2), {maxima} FROM records WHERE {where}",
        params,
    ).fetchone()
    if not count or odd_kind or least < 0:
        return None
    ascii_only = "GLOB '*[^ -~]*'"
    actor, region, layer, source, unusual = conn.execute(
        "SELECT max(length(actor)), max(length(region)), max(length(layer)), "
        "max(length(coalesce(source, ''))), "
        f"max(source {ascii_only} OR instr(source, char(0)) OR actor {ascii_only} "
        f"OR region {ascii_only} OR layer {ascii_only}) "
        "FROM (SELECT DISTINCT actor, region, layer, source "
        f"FROM records WHERE {where})",
        params,
    ).fetchone()
    if unusual:
        return None
    ids = max(len(str(low)), len(str(high)))
    return (ids, kind, actor, region, layer, 10, 10, source, *areas)


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
