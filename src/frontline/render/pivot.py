"""A report drawn wide: one row per series, one column per bucket, and a total
(hledger's `balance -M`), as a layout of the report's Table.

The pivot reads the same `Table` every other writer reads (`render/tables.py`):
the series fields, the bucket label (`period`), the total (`area_km2`) and its
bound. Nothing is computed again: the row total is the report's cumulative
total at the last bucket's end (the integral over the whole window, with its
own bound: a figure split between two buckets is prorated, hence ~, in each,
but whole, and exact, in the total). Bucket totals add up to it. A series with
no figure in any bucket has a null total, as a bucket without a figure has a
null cell (never a zero).

On a terminal the oldest buckets are left out first until the table fits, and a
line says which; `--wide` shows them all.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from frontline.render.tables import (
    AREA,
    BOUND,
    BUCKETS,
    BY,
    CUMULATIVE,
    CUMULATIVE_BOUND,
    FILTERS,
    PERIOD,
    ROWS,
    SERIES,
    SERIES_LABEL,
    SOURCE,
    TOTAL,
    WINDOW,
    Column,
    Table,
    bucket_column,
    keys,
    period_json,
    report_table,
    scope_json,
)
from frontline.reports.window import Report


class Pivot(NamedTuple):
    """The wide table, the bucket labels in order, and each cell's bound (for
    the text layout: `~484`), row by row in the table's bucket-and-total order."""

    table: Table
    labels: tuple[str, ...]
    bounds: list[tuple[str | None, ...]]


def pivot(table: Table, series: tuple[Column, ...] = SERIES) -> Pivot:
    """Series rows × bucket columns + total, from a long table with one row per
    series and bucket (`period`, `area_km2`, `bound`)."""
    names = table.keys
    wanted = (PERIOD.key, AREA.key, BOUND.key, CUMULATIVE.key, CUMULATIVE_BOUND.key)
    at = {name: names.index(name) for name in wanted}
    fields = [names.index(column.key) for column in series]
    labels: dict[str, None] = {}
    cells: dict[tuple, dict[str, tuple[Any, Any]]] = {}
    totals: dict[tuple, tuple[Any, Any]] = {}
    for row in table.rows:
        key = tuple(row[i] for i in fields)
        label = row[at[PERIOD.key]]
        labels.setdefault(label, None)
        cells.setdefault(key, {})[label] = (row[at[AREA.key]], row[at[BOUND.key]])
        # rows come in bucket order: the last one's running total is the window's
        totals[key] = (row[at[CUMULATIVE.key]], row[at[CUMULATIVE_BOUND.key]])
    order = tuple(labels)
    rows, bounds = [], []
    for key, found in cells.items():
        values = [found.get(label, (None, None)) for label in order]
        total, bound = totals[key]
        if all(v is None for v, _ in values):
            total = bound = None
        rows.append((*key, *(v for v, _ in values), total))
        bounds.append((*(b for _, b in values), bound))
    columns = (*series, *(bucket_column(label) for label in order), TOTAL)
    return Pivot(Table(columns, rows), order, bounds)


def report_pivot(report: Report) -> Pivot:
    return pivot(report_table(report))


def pivot_json(report: Report) -> dict[str, Any]:
    """The pivot as JSON data: the window, the unit, the filters, the bucket
    labels in order, and a row per series with a key per bucket and `total`."""
    wide = report_pivot(report)
    return {
        WINDOW: period_json(report.window),
        BY: report.by,
        FILTERS: scope_json(report.scope),
        BUCKETS: list(wide.labels),
        ROWS: wide.table.dicts(),
    }


def pivot_keys(wide: Pivot) -> tuple[str, ...]:
    return keys(wide.table.columns)


def render_pivot(report: Report, fmt: Any, raw: bool = False) -> None:
    """The pivot in `fmt`: CSV (the series fields, a column per bucket label,
    `total`), JSON (`pivot_json`), or a table fitted to the terminal."""
    import sys

    from frontline.render.formats import (
        OutputFormat,
        markdown_of,
        write_csv,
        write_json,
    )
    from frontline.render.labels import area_text, series_label, window_title
    from frontline.render.table import draw, fit, measure, terminal_width, wrap_text

    if fmt is OutputFormat.json:
        write_json(pivot_json(report))
        return
    wide = report_pivot(report)
    if fmt is OutputFormat.csv:
        write_csv(wide.table.dicts(), pivot_keys(wide), raw=raw)
        return
    columns = (
        SERIES_LABEL,
        SOURCE,
        *(bucket_column(label) for label in wide.labels),
        TOTAL,
    )
    width = len(SERIES)
    cells = [
        [
            series_label(row[:4]),
            row[3],
            *(
                area_text(value, bound)
                for value, bound in zip(row[width:], found, strict=True)
            ),
        ]
        for row, found in zip(wide.table.rows, wide.bounds, strict=True)
    ]
    title = window_title(f"Gains by {report.by}", report.window, report.scope)
    if fmt is OutputFormat.markdown:
        body = markdown_of(Table(columns, cells)) if cells else "no figures match"
        sys.stdout.write(f"**{title}**\n\n{body}\n")
        return
    if not cells:
        sys.stdout.write("no figures match\n")
        return
    layout = fit(columns, measure(columns, cells), terminal_width(), wide.labels)
    shown = tuple(columns[i] for i in layout.shown)
    draw(Table(shown, [[line[i] for i in layout.shown] for line in cells]), title=title)
    if layout.hidden:
        first, last = layout.hidden[0].key, layout.hidden[-1].key
        span = first if first == last else f"{first}..{last}"
        text = (
            f"the {len(layout.hidden)} oldest {report.by}s ({span}) are left out "
            "to fit the terminal; --wide shows all"
        )
        sys.stdout.write(wrap_text(text, terminal_width()) + "\n")
