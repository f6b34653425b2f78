"""Datasette's metadata for a published database: what each table and column
means, in which unit, where each figure comes from, and two canned questions.

Units use the names Datasette's unit support understands (Pint: `km^2`,
`km^2/day`, `day`), so a reader can switch km² to mi² in the page itself. The
canned queries integrate the model's own per-series rate (`segments`) over the
days asked for: the same integral every report number is, not a second
arithmetic.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from frontline.publish.database import SEGMENT, SERIES, replace_file
from frontline.render.tables import (
    ACTOR,
    AREA,
    BOUND,
    COVERAGE,
    CUMULATIVE,
    CUMULATIVE_BOUND,
    DAYS,
    DAYS_COVERED,
    END,
    HOLDING,
    HOLDING_BOUND,
    HOLDING_ON,
    HOLDING_SHARE,
    LAYER,
    PERIOD,
    PRORATED,
    RATE,
    REGION,
    SHARE,
    SLUG,
    SOURCE,
    START,
    WARNINGS,
)

DATABASE = "frontline"

# Units as Datasette (Pint) names them.
KM2, PER_DAY, DAY = "km^2", "km^2/day", "day"

_SERIES_COLUMNS = {
    ACTOR.key: "Who gained or holds (a slug: russia, ukraine, contested…).",
    REGION.key: "Where (a slug: ukraine, kursk, donetsk…).",
    LAYER.key: "What kind of control the figure measures (control, advances…).",
    SOURCE.key: "Who published the figures; sources are never added together.",
}

# A published month or year is a report row: its columns are the report's keys.
_BUCKET_COLUMNS = {
    **_SERIES_COLUMNS,
    PERIOD.key: "The bucket: YYYY-MM for a month, YYYY for a year.",
    START.key: "First day of the bucket within the window.",
    END.key: "Last day of the bucket within the window.",
    AREA.key: "Area gained over the bucket's covered days (the integral of "
    "the series' daily rate), km².",
    BOUND.key: "How precise the area is: exact, approx, at_least or at_most.",
    DAYS.key: "Days in the bucket.",
    DAYS_COVERED.key: "Days of the bucket that some figure covers.",
    COVERAGE.key: f"{DAYS_COVERED.key} / {DAYS.key}.",
    RATE.key: f"{AREA.key} / {DAYS_COVERED.key}, km² per day.",
    CUMULATIVE.key: f"Running total of {AREA.key} from the window's first day, km².",
    CUMULATIVE_BOUND.key: f"The precision of {CUMULATIVE.key}.",
    HOLDING.key: "Area held at the end of the bucket (last holding plus later "
    "changes), km².",
    HOLDING_BOUND.key: f"The precision of {HOLDING.key}.",
    HOLDING_ON.key: f"The day {HOLDING.key} is for.",
    PRORATED.key: "1 when a figure only partly inside the bucket was shared out "
    "by its days (an estimate).",
    SHARE.key: f"{AREA.key} as a share of the region's area (0–1).",
    HOLDING_SHARE.key: f"{HOLDING.key} as a share of the region's area (0–1).",
    WARNINGS.key: "The model's warnings that touch this row (JSON), if any.",
}

_RECORD_COLUMNS = {
    "id": "The record's number in the working database.",
    "kind": "change: area gained over start..end; holding: area held at end.",
    **_SERIES_COLUMNS,
    "start": "First day the figure covers (= end for a holding).",
    "end": "Last day the figure covers.",
    "area_km2": "The figure, km².",
    "bound": "How precise the figure is: exact, approx, at_least or at_most.",
    "url": "Where it was published.",
    "published": "When it was published.",
    "note": "The sentence or file it was taken from.",
}


def _units(columns: dict[str, str]) -> dict[str, str]:
    units = {}
    for name in columns:
        if name.endswith("_km2"):
            units[name] = KM2
        elif name.endswith("_per_day"):
            units[name] = PER_DAY
        elif name in (DAYS.key, DAYS_COVERED.key):
            units[name] = DAY
    return units


def _table(description: str, columns: dict[str, str]) -> dict[str, Any]:
    return {"description": description, "columns": columns, "units": _units(columns)}


HELD_ON = f"""
WITH snapshot AS (
  SELECT {", ".join(SERIES)}, max("end") AS as_of FROM records
  WHERE kind = 'holding' AND "end" <= :day
  GROUP BY {", ".join(SERIES)}
)
SELECT s.actor, s.region, s.layer, s.source, :day AS "on", s.as_of,
  h.area_km2 + coalesce((
    SELECT sum(g.rate_km2_per_day * (
      julianday(min(g."last", :day))
      - julianday(max(g."first", date(s.as_of, '+1 day'))) + 1))
    FROM segments g
    WHERE g.actor = s.actor AND g.region = s.region AND g.layer = s.layer
      AND g.source = s.source AND g."last" > s.as_of AND g."first" <= :day
  ), 0) AS held_km2
FROM snapshot s JOIN records h ON h.kind = 'holding' AND h.actor = s.actor
  AND h.region = s.region AND h.layer = s.layer AND h.source = s.source
  AND h."end" = s.as_of
ORDER BY s.actor, s.region, s.layer, s.source
""".strip()

GAINS_BETWEEN = """
SELECT actor, region, layer, source, :from AS "from", :to AS "to",
  sum(rate_km2_per_day * (
    julianday(min("last", :to)) - julianday(max("first", :from)) + 1)) AS area_km2,
  sum(julianday(min("last", :to)) - julianday(max("first", :from)) + 1)
    AS days_covered
FROM segments
WHERE "last" >= :from AND "first" <= :to
GROUP BY actor, region, layer, source
ORDER BY actor, region, layer, source
""".strip()


def build_metadata(
    *,
    title: str | None,
    license: str | None,
    license_url: str | None,
    sources: list[dict[str, Any]],
    window: dict[str, Any] | None,
) -> dict[str, Any]:
    """Datasette's metadata.json for a published database."""
    named = [s["name"] or "(no source)" for s in sources]
    span = f" from {window[START.key]} to {window[END.key]}" if window else ""
    description = (
        f"Dated territorial-change figures{span}, each with its source "
        f"({', '.join(named) or 'none'}), and what frontline's model computes "
        "from them: monthly and yearly totals, rates, cumulative totals and "
        "holdings. Areas in km², rates in km² per day."
    )
    metadata: dict[str, Any] = {
        "title": title or "frontline: territorial change",
        "description": description,
        "source": ", ".join(named) or None,
        "databases": {
            DATABASE: {
                "description": description,
                "tables": _tables(),
                "queries": _queries(),
            }
        },
    }
    if license:
        metadata["license"] = license
    if license_url:
        metadata["license_url"] = license_url
    return metadata


def _tables() -> dict[str, Any]:
    shape_columns = {
        "record_id": "The holding record this shape measures (records.id).",
        "day": "The day the map shows.",
        **_SERIES_COLUMNS,
        "area_km2": "The stored area of the exact shape (WGS84, geodesic), km².",
        "bound": "The precision of area_km2.",
        "drawn_area_km2": "The geodesic area of the simplified shape drawn, km².",
        "tolerance_m": "The simplification tolerance in metres (0: exact).",
        "geometry": "The shape as GeoJSON (WGS84 longitude, latitude).",
    }
    return {
        "records": _table(
            "Every figure as recorded (current versions).", _RECORD_COLUMNS
        ),
        "records_history": _table(
            "Earlier versions of edited or removed figures.",
            {
                "version": "Order of the change.",
                "record_id": "The record changed.",
                "action": "edit, remove or restore.",
                "changed_at": "When.",
                **_RECORD_COLUMNS,
            },
        ),
        "regions": _table(
            "Regions with a known area, for shares.",
            {SLUG.key: "The region.", AREA.key: "Its area, km²."},
        ),
        "monthly": _table(
            "One row per series and calendar month: exactly what "
            "`frontline report --by month` computes.",
            _BUCKET_COLUMNS,
        ),
        "yearly": _table(
            "One row per series and calendar year: exactly what "
            "`frontline report --by year` computes.",
            _BUCKET_COLUMNS,
        ),
        "segments": _table(
            "Each series' daily rate: constant from first to last (inclusive). "
            "Every figure above is an integral of it.",
            dict(
                zip(
                    SEGMENT,
                    (
                        *_SERIES_COLUMNS.values(),
                        "First day at this rate.",
                        "Last day at this rate.",
                        "Area gained per day, km² per day.",
                        "The precision of the rate.",
                        "The figure (record numbers) that sets the rate.",
                    ),
                    strict=True,
                )
            ),
        ),
        "shapes_geojson": _table(
            "Each kept map snapshot's shape as GeoJSON, simplified for drawing.",
            shape_columns,
        ),
        "sources": _table(
            "Each source with its records, days and URLs (and licence, where "
            "one was given on publishing).",
            {
                "name": "The source.",
                "records": "How many figures.",
                "first": "First day covered.",
                "last": "Last day covered.",
                "urls": "Where its figures were published (JSON list).",
                "licence": "The terms the publisher states.",
            },
        ),
    }


def _queries() -> dict[str, Any]:
    return {
        "held_on": {
            "title": "Held on a date",
            "description": "Each series' area held at the end of :day (YYYY-MM-DD): "
            "its last holding on or before that day plus the changes after it, "
            "km².",
            "sql": HELD_ON,
            "hide_sql": True,
        },
        "gains_between": {
            "title": "Gains between two dates",
            "description": "Each series' area gained from :from to :to "
            "(YYYY-MM-DD, inclusive) over the days its figures cover, km².",
            "sql": GAINS_BETWEEN,
            "hide_sql": True,
        },
    }


def write_metadata(path: Path, metadata: dict[str, Any]) -> None:
    replace_file(path, json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
