"""The map-diff table, its CSV and JSON, and the GeoJSON of what changed hands."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import IO, Any

from frontline.model import geometry
from frontline.render.formats import Column, OutputFormat, write_csv, write_json
from frontline.render.labels import scope_json
from frontline.render.text import format_area, table_with_notes
from frontline.reports.map_diff import DiffRow, MapDiff


class MapDiffFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    geojson = "geojson"


MAP_DIFF_KEYS = (
    "actor",
    "region",
    "layer",
    "source",
    "within",
    "from_day",
    "to_day",
    "from_record",
    "to_record",
    "gained_km2",
    "lost_km2",
    "net_km2",
)
MAP_DIFF_COLUMNS = (
    Column("actor", "actor"),
    Column("region", "region"),
    Column("layer", "layer"),
    Column("source", "source"),
    Column("within", "within"),
    Column("days", "snapshots"),
    Column("gained", "gained km²", numeric=True),
    Column("lost", "lost km²", numeric=True),
    Column("net", "net km²", numeric=True),
)


def row_json(row: DiffRow) -> dict[str, Any]:
    return {
        "actor": row.actor,
        "region": row.region,
        "layer": row.layer,
        "source": row.source,
        "within": row.within,
        "from_day": row.first.day.isoformat(),
        "to_day": row.last.day.isoformat(),
        "from_record": row.first.record_id,
        "to_record": row.last.record_id,
        "gained_km2": row.gained_km2,
        "lost_km2": row.lost_km2,
        "net_km2": row.net_km2,
    }


def render_map_diff(result: MapDiff, fmt: MapDiffFormat) -> None:
    rows = [row_json(row) for row in result.rows]
    missing = [
        {
            "actor": m.actor,
            "region": m.region,
            "layer": m.layer,
            "source": m.source,
            "reason": m.reason,
        }
        for m in result.missing
    ]
    if fmt is MapDiffFormat.json:
        write_json(
            {
                "from": result.start.isoformat(),
                "to": result.end.isoformat(),
                "filters": scope_json(result.scope),
                "rows": rows,
                "missing": missing,
            }
        )
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
            "actor": r.actor,
            "region": r.region,
            "layer": r.layer,
            "source": r.source,
            "within": r.within or "",
            "days": f"{r.first.day} → {r.last.day}",
            "gained": format_area(r.gained_km2),
            "lost": format_area(r.lost_km2),
            "net": _signed(r.net_km2),
        }
        for r in result.rows
    ]
    # What every row shares goes in the title, so the table fits 80 columns.
    title = f"Gains and losses, {result.start} → {result.end}"
    shared = {key for key in ("source", "days") if len({c[key] for c in cells}) == 1}
    if "days" in shared and cells:
        title = f"Gains and losses, snapshots {cells[0]['days']}"
    if "source" in shared and cells:
        title += f" ({cells[0]['source']})"
    if not any(r.within for r in result.rows):
        shared.add("within")
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
    table_with_notes(OutputFormat(fmt.value), title, cells, columns, lines)


def _signed(value: float) -> str:
    text = format_area(abs(value))
    if text.strip("0.,") == "":
        return text
    return ("+" if value > 0 else "−") + text


def _missing_stderr(result: MapDiff) -> None:
    for m in result.missing:
        sys.stderr.write(
            f"missing: {m.actor} {m.region} {m.layer} ({m.source}): {m.reason}\n"
        )


def write_changes(result: MapDiff, out: IO[str]) -> None:
    """A FeatureCollection of the gained and lost polygons (`change`), with each
    row's fields as properties; empty changes are left out (nothing to draw)."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for row in result.rows:
        for change, shape, area in (
            ("gained", row.gained, row.gained_km2),
            ("lost", row.lost, row.lost_km2),
        ):
            if shape is None or shape.is_empty:
                continue
            properties = {
                **row_json(row),
                "change": change,
                "area_km2": area,
            }
            for key in ("gained_km2", "lost_km2", "net_km2"):
                properties.pop(key)
            feature = {
                "type": "Feature",
                "properties": properties,
                "geometry": geometry.to_geojson(shape),
            }
            out.write(",\n" if written else "\n")
            out.write(json.dumps(feature, ensure_ascii=False))
            written += 1
    out.write("\n]}\n" if written else "]}\n")
