"""The map-diff table, its CSV and JSON, and the GeoJSON of what changed hands."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import IO, Any

from frontline.model import geometry
from frontline.render.formats import OutputFormat, write_csv, write_json
from frontline.render.tables import (
    ACTOR,
    AREA,
    BY,
    CHANGE,
    FILTERS,
    FROM,
    FROM_DAY,
    GAINED,
    LAYER,
    LOST,
    MAP_DIFF_MISSING,
    MAP_DIFF_ROW,
    MISSING,
    NET,
    PERIOD,
    REGION,
    ROWS,
    SERIES_LABEL,
    SOURCE,
    TO,
    WITHIN,
    Table,
    keys,
    scope_json,
)
from frontline.render.text import format_area, table_with_notes
from frontline.reports.map_diff import BucketDiff, DiffRow, MapDiff


class MapDiffFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    geojson = "geojson"


MAP_DIFF_KEYS = keys(MAP_DIFF_ROW)
# The text table's columns: the documented ones, with headings of their own
# (the snapshots' days, `from_day → to_day`, under the first's key).
SNAPSHOTS = FROM_DAY._replace(heading="snapshots")
MAP_DIFF_COLUMNS = (
    ACTOR,
    REGION,
    LAYER,
    SOURCE,
    WITHIN,
    SNAPSHOTS,
    GAINED._replace(heading="gained km²"),
    LOST._replace(heading="lost km²"),
    NET._replace(heading="net km²"),
)


# Left out first when the terminal is too narrow (the answer stays).
MAP_DIFF_DROP = keys((SNAPSHOTS, WITHIN, LAYER, SOURCE, REGION))


def row_json(row: DiffRow) -> dict[str, Any]:
    values = (
        row.actor,
        row.region,
        row.layer,
        row.source,
        row.within,
        row.first.day.isoformat(),
        row.last.day.isoformat(),
        row.first.record_id,
        row.last.record_id,
        row.gained_km2,
        row.lost_km2,
        row.net_km2,
    )
    return dict(zip(MAP_DIFF_KEYS, values, strict=True))


def map_diff_json(
    result: MapDiff | list[BucketDiff], start: Any, end: Any, by: str | None
) -> dict[str, Any]:
    """What `map-diff -f json` prints (`Tracker.map_diff`): one diff, or with
    `by` the buckets' rows, each with its `period` first."""
    if isinstance(result, list):
        return _by_json(result, start, end, by)
    return {
        FROM.key: result.start.isoformat(),
        TO.key: result.end.isoformat(),
        FILTERS: scope_json(result.scope),
        ROWS: [row_json(row) for row in result.rows],
        MISSING: Table(
            MAP_DIFF_MISSING,
            [(m.actor, m.region, m.layer, m.source, m.reason) for m in result.missing],
        ).dicts(),
    }


def render_map_diff(result: MapDiff, fmt: MapDiffFormat) -> None:
    rows = [row_json(row) for row in result.rows]
    if fmt is MapDiffFormat.json:
        write_json(map_diff_json(result, result.start, result.end, None))
        return
    if fmt is MapDiffFormat.csv:
        write_csv(rows, MAP_DIFF_KEYS)
        _missing_stderr(result)
        return
    if fmt is MapDiffFormat.geojson:
        write_changes(result, sys.stdout)
        _missing_stderr(result)
        return
    cells = [
        {
            ACTOR.key: r.actor,
            REGION.key: r.region,
            LAYER.key: r.layer,
            SOURCE.key: r.source,
            WITHIN.key: r.within or "",
            SNAPSHOTS.key: f"{r.first.day} → {r.last.day}",
            GAINED.key: format_area(r.gained_km2),
            LOST.key: format_area(r.lost_km2),
            NET.key: _signed(r.net_km2),
        }
        for r in result.rows
    ]
    # What every row shares goes in the title, so the table fits 80 columns.
    title = f"Gains and losses, {result.start} → {result.end}"
    shared = {
        key for key in (SOURCE.key, SNAPSHOTS.key) if len({c[key] for c in cells}) == 1
    }
    if SNAPSHOTS.key in shared and cells:
        title = f"Gains and losses, snapshots {cells[0][SNAPSHOTS.key]}"
    if SOURCE.key in shared and cells:
        title += f" ({cells[0][SOURCE.key]})"
    if not any(r.within for r in result.rows):
        shared.add(WITHIN.key)
    columns = [c for c in MAP_DIFF_COLUMNS if c.key not in shared]
    lines = [
        "gained = in the later snapshot, not the earlier; lost = the reverse; "
        "net = the holding change (later − earlier), as `report` gives it.",
        f"Snapshots: each series' nearest at or before {result.start} and "
        f"{result.end}.",
        *(
            f"missing: {m.actor} {m.region} {m.layer} ({m.source}): {m.reason}"
            for m in result.missing
        ),
    ]
    table_with_notes(
        OutputFormat(fmt.value), title, cells, columns, lines, MAP_DIFF_DROP
    )


def _signed(value: float) -> str:
    text = format_area(abs(value))
    if text.strip("0.,") == "":
        return text
    return ("+" if value > 0 else "−") + text


def _missing_stderr(result: MapDiff) -> None:
    from frontline.render.messages import message

    for m in result.missing:
        message(f"missing: {m.actor} {m.region} {m.layer} ({m.source}): {m.reason}")


def write_changes(result: MapDiff, out: IO[str]) -> None:
    """A FeatureCollection of the gained and lost polygons (`change`), with each
    row's fields as properties; empty changes are left out (nothing to draw)."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for feature in _features(result):
        out.write(",\n" if written else "\n")
        out.write(feature)
        written += 1
    out.write("\n]}\n" if written else "]}\n")


# --- by bucket: map-diff --by UNIT ---------------------------------------------------


def render_map_diff_by(
    result: list[BucketDiff], start: Any, end: Any, by: str, fmt: MapDiffFormat
) -> None:
    """Each bucket's gained, lost and net (a `period` key before each row's)."""
    rows = [
        {PERIOD.key: part.bucket.label, **row_json(row)}
        for part in result
        for row in part.diff.rows
    ]
    names = (PERIOD.key, *MAP_DIFF_KEYS)
    if fmt is MapDiffFormat.json:
        write_json(_by_json(result, start, end, by))
        return
    if fmt is MapDiffFormat.csv:
        write_csv(rows, names)
        for part in result:
            _missing_stderr(part.diff)
        return
    if fmt is MapDiffFormat.geojson:
        sys.stdout.write('{"type": "FeatureCollection", "features": [')
        written = 0
        for part in result:
            for feature in _features(part.diff, part.bucket.label):
                sys.stdout.write(",\n" if written else "\n")
                sys.stdout.write(feature)
                written += 1
        sys.stdout.write("\n]}\n" if written else "]}\n")
        return
    cells = [
        {
            PERIOD.key: part.bucket.label,
            SERIES_LABEL.key: f"{r.actor} in {r.region}",
            SOURCE.key: r.source,
            WITHIN.key: r.within or "",
            SNAPSHOTS.key: f"{r.first.day} → {r.last.day}",
            GAINED.key: format_area(r.gained_km2),
            LOST.key: format_area(r.lost_km2),
            NET.key: _signed(r.net_km2),
        }
        for part in result
        for r in part.diff.rows
    ]
    within = any(c[WITHIN.key] for c in cells)
    columns = [
        PERIOD._replace(heading=by),
        SERIES_LABEL,
        SOURCE,
        *([WITHIN] if within else []),
        *(c for c in MAP_DIFF_COLUMNS if c.key in keys((SNAPSHOTS, GAINED, LOST, NET))),
    ]
    title = f"Gains and losses by {by}, {start} → {end}"
    lines = [
        "Each row compares the snapshots at or before the previous row's last day "
        f"(the first: {start}) and its own last day; the nets add up to the "
        "window's.",
    ]
    for part in result:
        lines += [
            f"missing ({part.bucket.label}): {m.actor} {m.region} {m.layer} "
            f"({m.source}): {m.reason}"
            for m in part.diff.missing
        ]
    table_with_notes(
        OutputFormat(fmt.value),
        title,
        cells,
        columns,
        lines,
        keys((SNAPSHOTS, WITHIN, SOURCE)),
    )


def _by_json(
    result: list[BucketDiff], start: Any, end: Any, by: str | None
) -> dict[str, Any]:
    return {
        FROM.key: start.isoformat(),
        TO.key: end.isoformat(),
        BY: by,
        FILTERS: scope_json(result[0].diff.scope) if result else None,
        ROWS: [
            {PERIOD.key: part.bucket.label, **row_json(row)}
            for part in result
            for row in part.diff.rows
        ],
        MISSING: [
            {PERIOD.key: part.bucket.label, **_missing_json(m)}
            for part in result
            for m in part.diff.missing
        ],
    }


def _missing_json(m: Any) -> dict[str, Any]:
    return dict(
        zip(
            keys(MAP_DIFF_MISSING),
            (m.actor, m.region, m.layer, m.source, m.reason),
            strict=True,
        )
    )


def _features(result: MapDiff, label: str | None = None) -> Any:
    """Each row's gained and lost polygons as GeoJSON Feature text."""
    for row in result.rows:
        for change, shape, area in (
            ("gained", row.gained, row.gained_km2),
            ("lost", row.lost, row.lost_km2),
        ):
            if shape is None or shape.is_empty:
                continue
            head = {PERIOD.key: label} if label is not None else {}
            properties = {**head, **row_json(row), CHANGE.key: change, AREA.key: area}
            for column in (GAINED, LOST, NET):
                properties.pop(column.key)
            feature = {
                "type": "Feature",
                "properties": properties,
                "geometry": geometry.to_geojson(shape),
            }
            yield json.dumps(feature, ensure_ascii=False)
