"""The published database: what the model computes, laid out for Datasette.

`write_database` writes a new SQLite file with sqlite-utils from data the
library face has already read and computed (`frontline.api.Tracker.publish`):
the records and their history as stored, the regions, the `monthly` and
`yearly` tables exactly as `report --by month|year -f json` gives them, each
series' piecewise-constant rate (`segments`, which the canned queries integrate),
the kept shapes as GeoJSON text, and views for the common questions. Nothing
here reads the working database, and nothing is recomputed in SQL but sums of
the model's own segments. The file is written beside its final name and moved
into place only when complete, so a failed publish leaves the folder as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontline.publish.shapes import publish_shape
from frontline.render import tables
from frontline.render.tables import (
    AREA,
    BOUND,
    DAYS,
    DAYS_COVERED,
    END,
    FIRST,
    HOLDING,
    HOLDING_BOUND,
    HOLDING_ON,
    HOLDING_SHARE,
    LAST,
    NAME,
    NUMBER,
    PERIOD,
    PRORATED,
    RATE,
    REPORT_ROW,
    ROWS,
    SHARES,
    SLUG,
    SOURCE,
    START,
    WARNINGS,
    keys,
)

# Every published table of figures names its series, and its columns, with the
# report's own keys (`render.tables`): a published month is a report row.
SERIES = keys(tables.SERIES)
# The bucket tables and the `report --by` unit each one holds.
BUCKETS = {"monthly": "month", "yearly": "year"}
_BATCH = 1000


@dataclass
class PublishData:
    """Everything a published database holds, read and computed beforehand."""

    records: Iterable[dict[str, Any]]
    history: Iterable[dict[str, Any]]
    regions: Iterable[dict[str, Any]]
    buckets: dict[str, dict[str, Any]]  # table name -> a report's JSON document
    segments: Iterable[dict[str, Any]]
    shapes: Iterable[dict[str, Any]]


@dataclass
class Written:
    """What a publish wrote: rows per table, and the sources it found."""

    counts: dict[str, int]
    sources: list[dict[str, Any]]
    largest_area_error: float = 0.0


def write_database(
    target: Path,
    data: PublishData,
    simplify_m: float | None = None,
    licences: dict[str, str] | None = None,
) -> Written:
    """Write the published database to `target` (replacing an earlier publish
    there only once the new one is complete); shapes simplified to `simplify_m`
    metres (None: the default, see `publish.shapes`), sources' licences as given."""
    import sqlite_utils

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=".frontline-", suffix=".db", dir=target.parent
    )
    os.close(handle)
    try:
        out = sqlite_utils.Database(temporary)
        written = _fill(out, data, simplify_m, licences or {})
        out.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


def _fill(
    out: Any, data: PublishData, simplify_m: float | None, licences: dict[str, str]
) -> Written:
    counts: dict[str, int] = {}
    sources: dict[str, dict[str, Any]] = {}

    def records() -> Iterator[dict[str, Any]]:
        for row in data.records:
            found = sources.setdefault(
                row["source"],
                {"name": row["source"], "records": 0, "first": None, "last": None},
            )
            found["records"] += 1
            found["first"] = min(filter(None, (found["first"], row["start"])))
            found["last"] = max(filter(None, (found["last"], row["end"])))
            if row.get("url"):
                found.setdefault("urls", set()).add(row["url"])
            yield row

    counts["records"] = _insert(out, "records", records(), pk="id")
    counts["records_history"] = _insert(
        out, "records_history", data.history, pk="version"
    )
    counts["regions"] = _insert(out, "regions", data.regions, pk=SLUG.key)
    for table, document in data.buckets.items():
        counts[table] = _insert(
            out, table, _bucket_rows(document), columns=BUCKET_TYPES
        )
    counts["segments"] = _insert(out, "segments", data.segments)
    largest = [0.0]

    def shapes() -> Iterator[dict[str, Any]]:
        for row in data.shapes:
            shape = publish_shape(row["geometry"], row["area_km2"], simplify_m)
            if row["area_km2"] > 0:
                error = abs(shape.area_km2 - row["area_km2"]) / row["area_km2"]
                largest[0] = max(largest[0], error)
            yield {
                **{k: v for k, v in row.items() if k != "geometry"},
                "drawn_area_km2": shape.area_km2,
                "tolerance_m": shape.tolerance_m,
                "geometry": shape.geojson,
            }

    counts["shapes_geojson"] = _insert(out, "shapes_geojson", shapes(), pk="record_id")
    listed = [
        _source_row(value, licences.get(name))
        for name, value in sorted(sources.items())
    ]
    counts["sources"] = _insert(out, "sources", listed, pk="name")
    _indexes(out)
    _views(out, sorted(sources))
    return Written(counts, listed, largest[0])


def _insert(
    out: Any,
    table: str,
    rows: Iterable[dict[str, Any]],
    pk: str | None = None,
    columns: dict[str, type] | None = None,
) -> int:
    """Insert the rows (creating the table from the first batch) and count them;
    an empty table is still created, from no rows, so every query works."""
    count = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        count += 1
        if len(batch) >= _BATCH:
            out[table].insert_all(batch, pk=pk, columns=columns, alter=True)
            batch = []
    if batch:
        out[table].insert_all(batch, pk=pk, columns=columns, alter=True)
    if not out[table].exists():
        out[table].create({**EMPTY_COLUMNS[table], **(columns or {})}, pk=pk)
    return count


def _bucket_rows(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """A report's rows as table rows: its own keys and values; the numbers of
    the warnings that touched a row as JSON text beside their messages."""
    number, warnings = NUMBER.key, WARNINGS.key
    messages = {w.get(number): w for w in document.get(warnings, [])}
    for row in document[ROWS]:
        numbers = row.get(warnings) or []
        yield {
            **{k: v for k, v in row.items() if k != warnings},
            warnings: json.dumps(
                [messages.get(n, {number: n}) for n in numbers], ensure_ascii=False
            )
            if numbers
            else None,
        }


def _source_row(found: dict[str, Any], licence: str | None) -> dict[str, Any]:
    return {
        "name": found["name"],
        "records": found["records"],
        "first": found["first"],
        "last": found["last"],
        "urls": json.dumps(sorted(found.get("urls", ())), ensure_ascii=False),
        "licence": licence,
    }


# The types of a report's keys: a first batch whose values are all null (a
# month nobody covered) must not make a number column a text one. Its numbers
# are areas, rates and shares (real) but for the counts of days (whole).
_COUNTS = (DAYS, DAYS_COVERED)
BUCKET_TYPES: dict[str, type] = {
    **{
        column.key: float
        for column in (*REPORT_ROW, *SHARES)
        if column.numeric and column not in _COUNTS
    },
    **{column.key: int for column in _COUNTS},
    PRORATED.key: bool,
}
# The columns of a segment: a series' rate from its first to its last day, and
# the figure (record numbers) that sets it.
SEGMENT = (*SERIES, FIRST.key, LAST.key, RATE.key, BOUND.key, "figure")
EMPTY_COLUMNS: dict[str, dict[str, type]] = {
    "records": {"id": int, "kind": str, **dict.fromkeys(SERIES, str)},
    "records_history": {"version": int, "record_id": int},
    "regions": {SLUG.key: str, NAME.key: str, AREA.key: float},
    "segments": {
        **dict.fromkeys(SERIES, str),
        **dict(zip(SEGMENT[len(SERIES) :], (str, str, float, str), strict=False)),
    },
    "shapes_geojson": {
        "record_id": int,
        "day": str,
        **dict.fromkeys(SERIES, str),
        "area_km2": float,
        "geometry": str,
    },
    "sources": {"name": str, "records": int, "first": str, "last": str, "urls": str},
    **{
        table: {**dict.fromkeys(SERIES, str), PERIOD.key: str, AREA.key: float}
        for table in BUCKETS
    },
}


def _indexes(out: Any) -> None:
    for table in ("monthly", "yearly", "segments"):
        if out[table].exists():
            out[table].create_index(list(SERIES), if_not_exists=True)
    if "kind" in out["records"].columns_dict:
        out["records"].create_index([*SERIES, "end"], if_not_exists=True)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _views(out: Any, sources: list[str]) -> None:
    """`latest_holding`: each series' newest month with a holding, as the model
    gives it. `sources_side_by_side`: each month's gain with one column per
    source, for the same actor, region and layer."""
    series = ", ".join(SERIES)
    held = ", ".join(c.key for c in (HOLDING_ON, HOLDING, HOLDING_BOUND, HOLDING_SHARE))
    end, area, holding = _quoted(END.key), AREA.key, HOLDING.key
    out.create_view(
        "latest_holding",
        f"SELECT {series}, {held} FROM ("
        f"SELECT *, row_number() OVER (PARTITION BY {series} "
        f"ORDER BY {end} DESC) AS newest FROM monthly "
        f"WHERE {holding} IS NOT NULL) WHERE newest = 1",
        replace=True,
    )
    columns = "".join(
        f", max(CASE WHEN {SOURCE.key} = {_literal(name)} THEN {area} END) "
        f"AS {_quoted(name or '(no source)')}"
        for name in sources
    )
    # One row per actor, region and layer: the series without its source.
    place = ", ".join(key for key in SERIES if key != SOURCE.key)
    bucket = f"{place}, {PERIOD.key}, {START.key}, {end}"
    out.create_view(
        "sources_side_by_side",
        f"SELECT {bucket}{columns} FROM monthly "
        f"GROUP BY {bucket} "
        f"ORDER BY {place}, {START.key}",
        replace=True,
    )


def segment_rows(series: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Each series' piecewise-constant rate (`model.series.Series.segments`) as
    rows of the `segments` table."""
    for one in series:
        for segment in one.segments():
            values = (
                *one.key,
                segment.first.isoformat(),
                segment.last.isoformat(),
                segment.rate,
                segment.bound,
                segment.owner,
            )
            yield dict(zip(SEGMENT, values, strict=True))


def replace_file(path: Path, text: str) -> None:
    """Write a text file beside its final name, then move it there: a reader
    never sees half of it."""
    handle, temporary = tempfile.mkstemp(prefix=".frontline-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
