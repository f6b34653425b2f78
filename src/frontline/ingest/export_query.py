"""Which query feeds which export writer: the selected records, in a form
`import` reads back unchanged, to a file (written in full or not at all) or an
open stream.

CSV, the common case, has three paths of falling cost, each giving the same
bytes: lines joined by the query with only the area formatted here, stored
values neutralised by the query (no `Record` per row), and records (needed for
a lone CR, which only `write_csv` quotes). GeoJSON writes the kept map shapes.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import IO, Any

from frontline.ingest import export as writers
from frontline.model.scope import Filters
from frontline.store import records as store


def export_records(
    conn: sqlite3.Connection,
    filters: Filters,
    fmt: str,
    output: str | IO[str],
    *,
    raw: bool = False,
) -> dict[str, Any]:
    """Write the records `filters` select as `fmt` (csv, json, jsonl, geojson,
    xlsx) to `output`, a path or a text stream. Returns what was written:
    `records`, or for geojson `shapes` and `without_shape` (records with no
    kept shape, left out)."""
    if fmt == "geojson":
        return _export_shapes(conn, filters, output)
    if fmt == "xlsx":
        path = output if isinstance(output, str) else None
        count = writers.write_workbook(store.iter_records(conn, filters), path)
        return {"format": fmt, "records": count}
    write: Callable[[IO[str]], int]
    if fmt == "csv" and store.plain_csv_text(conn, filters, neutralise=not raw):
        rows = store.iter_csv_parts(conn, filters)
        write = functools.partial(writers.write_csv_parts, rows)
    elif fmt == "csv" and not store.has_carriage_return(conn, filters):
        values = store.iter_record_values(conn, filters, neutralise=not raw)
        write = functools.partial(writers.write_csv_values, values)
    else:
        records = store.iter_records(conn, filters)
        write = functools.partial(writers.write_records, records, fmt, raw=raw)
    if not isinstance(output, str):
        return {"format": fmt, "records": write(output)}
    with writers.output_file(output) as handle:
        return {"format": fmt, "records": write(handle)}


def _export_shapes(
    conn: sqlite3.Connection, filters: Filters, output: str | IO[str]
) -> dict[str, Any]:
    """The kept shapes as a GeoJSON FeatureCollection, one feature per record
    that has one, its fields as properties."""
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.map_export import write_shapes
    from frontline.store import shapes as shape_store

    require_geo()
    pairs = shape_store.shaped_records(conn, filters)
    if not isinstance(output, str):
        written, without = write_shapes(pairs, output)
        output.flush()
    else:
        with writers.output_file(output) as handle:
            written, without = write_shapes(pairs, handle)
    return {"format": "geojson", "shapes": written, "without_shape": without}
