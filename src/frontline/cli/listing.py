"""Commands that list many rows: list (records) and history (earlier versions).

Both stream from one database cursor, so they answer as fast for 200,000
records as for ten, in flat memory: the table is measured on a first pass and
written on a second (see render.listing). For every record, the widths come
from two aggregate queries and SQLite pads the cells of the second pass
(`store.listing.Listing.table_lines`): only the area is formatted here. On a
terminal a table shows a screenful unless --limit says otherwise, and says how
many rows are left.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, repeat
from operator import add
from typing import TYPE_CHECKING, Annotated, Any

import typer

from frontline.cli.app import (
    ActorOption,
    FormatOption,
    KindOption,
    LayerOption,
    OverlapFromOption,
    OverlapToOption,
    RawOption,
    RegionOption,
    SourceOption,
    WideOption,
    command,
    parse_filters,
    session,
)
from frontline.cli.numbers import ascii_int
from frontline.model.values import FIELD_NAMES
from frontline.render.formats import Column, OutputFormat
from frontline.render.listing import stored_row_json
from frontline.render.text import format_area

if TYPE_CHECKING:
    from frontline.render.table import Layout, Widths

# Left out first when the terminal is narrow: the layer (nearly always
# "control"), the kind (a holding's start is its end), the source, the region,
# the first day.
LIST_DROP = ("layer", "kind", "source", "region", "start")
SORT_NAMES = ("area", *FIELD_NAMES)  # `area` for area_km2
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        metavar="N",
        click_type=ascii_int(minimum=0),
        help="Show at most N rows; 0 for all. Default: a screenful on a terminal, "
        "all in a pipe.",
        show_default=False,
    ),
]
OffsetOption = Annotated[
    int,
    typer.Option(
        "--offset",
        metavar="N",
        click_type=ascii_int(minimum=0),
        help="Skip the first N rows.",
        show_default=False,
    ),
]
ReverseOption = Annotated[
    bool, typer.Option("--reverse", "-r", help="Reverse the order.")
]


def _default_limit(fmt: OutputFormat) -> int | None:
    """A screenful for a table on a terminal (its height less the heading, the
    rule, the "more" line and the prompt); everything otherwise."""
    if fmt is not OutputFormat.table:
        return None
    from frontline.render.table import terminal_height

    height = terminal_height()
    return None if height is None else max(5, height - 4)


def _limit(given: int | None, fmt: OutputFormat) -> int | None:
    if given is None:
        return _default_limit(fmt)
    return given or None


def _table_cells(chunks: Iterable[list[tuple[Any, ...]]]) -> Iterator[tuple[str, ...]]:
    """`_record_cells` of `Listing.table_rows`, a list of rows at a time.

    A table of 200,000 records spent most of its time calling a Python
    function for each row and formatting its area; here each list of rows is
    taken apart into columns and each column mapped by built-ins, in C, and
    zipped back into rows. The text is the same: `format(area, spec)` is
    `_area_text`'s f-string, with the spec and the sign picked by the area's
    class, which SQLite works out as `_area_text` does (`store.listing`)."""
    return chain.from_iterable(map(_chunk_cells, chunks))


def _chunk_cells(chunk: list[tuple[Any, ...]]) -> Iterator[tuple[str, ...]]:
    rid, kind, actor, region, layer, start, end, area, shape, source = zip(
        *chunk, strict=True
    )
    area_text = _area_texts(area, shape)
    cells = (map(str, rid), kind, actor, region, layer, start, end, area_text, source)
    return zip(*cells, strict=True)


def _chunk_lines(width: int, chunk: list[tuple[Any, ...]]) -> str:
    """Lines of `Listing.table_lines`: the area's text (`_chunk_cells`) padded
    to `width` between the text SQLite made before and after it."""
    before, area, shape, after = zip(*chunk, strict=True)
    padded = map(str.rjust, _area_texts(area, shape), repeat(width, len(area)))
    return "".join(chain.from_iterable(zip(before, padded, after, strict=True)))


def _area_texts(areas: Sequence[float], shapes: Sequence[int]) -> Iterator[str]:
    """`_area_text` of a column of areas, each by its `store.listing.AREA_CLASS`."""
    text = map(format, areas, map(_AREA_SPECS.__getitem__, shapes))
    return map(add, map(_AREA_SIGNS.__getitem__, shapes), text)


# By `store.listing.AREA_CLASS`: whole or to one decimal, then the sign.
_AREA_SPECS = (",.0f", ",.1f") * 4
_AREA_SIGNS = ("", "", "~", "~", "≥", "≥", "≤", "≤")


def _record_cells(row: tuple[object, ...]) -> tuple[str, ...]:
    """Table cells of a stored row (FIELD_NAMES order)."""
    rid, kind, actor, region, layer, start, end, area, bound, source = row[:10]
    return (
        str(rid),
        kind,
        actor,
        region,
        layer,
        start,
        end,
        _area_text(area, bound),  # type: ignore[arg-type]
        source or "",
    )  # type: ignore[return-value]


_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def _area_text(area: float, bound: str) -> str:
    """`render.text.format_area` for a stored area (never negative), inlined:
    a listing formats it twice for each of hundreds of thousands of rows."""
    if abs(area - round(area)) < 0.05:
        return f"{_SIGNS.get(bound, '')}{area:,.0f}"
    return f"{_SIGNS.get(bound, '')}{area:,.1f}"


def _listing_widths(extent: tuple[object, ...], columns: Sequence[Column]) -> Widths:
    """The widths `measure` would find for `_record_cells` of the rows whose
    `Listing.extent` this is. An area's text is no shorter for a larger
    area of the same kind (sign, whole or not), so the largest of each kind
    is the widest."""
    from frontline.render.table import Widths, cell_width

    *lengths, exact_whole, exact_part, signed_whole, signed_part = extent
    areas = [(exact_whole, "exact"), (exact_part, "exact")]
    areas += [(signed_whole, "approx"), (signed_part, "approx")]
    area = max(
        (len(_area_text(value, bound)) for value, bound in areas if value is not None),
        default=0,
    )
    cells = [*lengths[:7], area, lengths[7]]
    widths = Widths(
        max(cell_width(column.heading), size or 0)  # type: ignore[call-overload]
        for column, size in zip(columns, cells, strict=True)
    )
    widths.plain = True
    return widths


# By name, as `app.resolved` finds it without compiling its text.
SortOption = Annotated[
    str | None,
    typer.Option(
        "--sort",
        metavar="FIELD",
        help="Order by this field (id, area, start, end, source…), then by "
        "series and dates.",
        show_default=False,
        autocompletion=lambda: list(SORT_NAMES),
    ),
]


@command("list")
def list_records(
    ctx: typer.Context,
    actor: ActorOption = None,
    region: RegionOption = None,
    layer: LayerOption = None,
    source: SourceOption = None,
    kind: KindOption = None,
    start: OverlapFromOption = None,
    end: OverlapToOption = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    sort: SortOption = None,
    reverse: ReverseOption = False,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """List records, optionally filtered; dates select figures overlapping the span.

    - `frontline list --region kursk`
    - `frontline list --sort area -r -n 10`
    """
    from frontline.render.listing import write_listing

    filters = parse_filters(actor, region, layer, source, kind, start, end)
    columns = ()  # CSV and JSON have no columns to draw: no need to load them
    if fmt in (OutputFormat.table, OutputFormat.markdown):
        from frontline.cli.records import RECORD_COLUMNS as columns
    shown = _limit(limit, fmt)
    tracker = session(ctx).tracker()
    found = tracker.listing(
        filters, sort=sort, reverse=reverse, limit=shown, offset=offset
    )
    found.check_dates()
    more = found.left_out() if fmt is OutputFormat.table else 0

    cells = _record_cells

    def rows(ordered: bool = True):
        if fmt is OutputFormat.table:
            return _table_cells(found.table_rows(ordered=ordered))
        return found.rows(ordered=ordered)

    if fmt is OutputFormat.table:
        cells = tuple  # the rows are their cells already

    def widths():
        """Every row's widths from one scan in SQLite, when all rows are shown."""
        extent = found.extent()
        return None if extent is None else _listing_widths(extent, columns)

    def lines(layout: Layout) -> Iterator[str] | None:
        """The body from SQLite's padded text (`Listing.table_lines`) when
        the widths came from `widths` above: plain ASCII, all rows."""
        keys = [columns[i].key for i in layout.shown]
        at = keys.index("area")
        if keys[at + 1 :] not in ([], ["source"]):
            return None
        before = [
            (keys[k], layout.widths[k], not columns[i].numeric)
            for k, i in enumerate(layout.shown[:at])
        ]
        chunks = found.table_lines(before, source=len(keys) > at + 1)
        return map(partial(_chunk_lines, layout.widths[at]), chunks)

    write_listing(
        fmt,
        rows,
        FIELD_NAMES,
        columns,
        cells,
        empty="no records match",
        drop=LIST_DROP,
        more=more,
        as_json=stored_row_json,
        unordered=lambda: rows(ordered=False),
        raw=raw,
        widths=widths,
        lines=lines,
    )


HISTORY_COLUMNS = (
    Column("version", "version", numeric=True),
    Column("id", "record", numeric=True),
    Column("action", "action"),
    Column("changed_at", "changed at"),
    Column("kind", "kind"),
    Column("actor", "actor"),
    Column("region", "region"),
    Column("start", "start"),
    Column("end", "end"),
    Column("area", "km²", numeric=True),
    Column("source", "source"),
)


# Left out first when the terminal is narrow; the version (what `restore
# --version` takes) and the time go last.
HISTORY_DROP = ("kind", "region", "source", "start", "end", "actor", "version")


def _history_cells(row: tuple[object, ...]) -> list[str]:
    from frontline.render.labels import local_time

    version, action, changed_at, rid, kind, actor, region, _, start, end = row[:10]
    area, bound, source = row[10:13]
    return [
        str(version),
        str(rid),
        str(action),
        local_time(str(changed_at)),
        str(kind),
        str(actor),
        str(region),
        str(start),
        str(end),
        format_area(area, str(bound)),  # type: ignore[arg-type]
        str(source),
    ]


@command("history")
def history(
    ctx: typer.Context,
    record_id: Annotated[
        int | None,
        typer.Argument(
            metavar="[ID]",
            help="Only this record.",
            click_type=ascii_int(metavar=False),
            show_default=False,
        ),
    ] = None,
    limit: LimitOption = None,
    offset: OffsetOption = 0,
    reverse: Annotated[
        bool, typer.Option("--reverse", "-r", help="Newest first.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
    raw: RawOption = False,
    wide: WideOption = False,
) -> None:
    """Show earlier versions of edited, removed and restored records.

    Times are when the version was filed, in local time with its UTC offset.

    - `frontline history 8`
    """
    from frontline.render.listing import write_listing

    shown = _limit(limit, fmt)
    tracker = session(ctx).tracker()
    found = tracker.history(record_id, reverse=reverse, limit=shown, offset=offset)
    more = found.left_out() if fmt is OutputFormat.table else 0

    def rows():
        return (
            (v.version, v.action, v.changed_at, *v.record.to_row().values())
            for v in found.versions()
        )

    write_listing(
        fmt,
        rows,
        ["version", "action", "changed_at", *FIELD_NAMES],
        HISTORY_COLUMNS,
        _history_cells,
        empty="no earlier versions",
        drop=HISTORY_DROP,
        more=more,
        raw=raw,
    )
