"""The projection table: a trailing rate carried forward."""

from __future__ import annotations

from typing import Any

from frontline.render.formats import (
    Column,
    OutputFormat,
    write_csv,
    write_json,
)
from frontline.render.labels import (
    Footnotes,
    area_text,
    key_json,
    period_json,
    rate_text,
    scope_json,
    series_label,
    warn_stderr,
    warning_json,
    warning_text,
)
from frontline.render.text import (
    format_area,
    table_with_notes,
)
from frontline.reports.projection import Projection

PROJECTION_KEYS = (
    "actor",
    "region",
    "layer",
    "source",
    "window_start",
    "window_end",
    "window_days",
    "days_covered",
    "rate_km2_per_day",
    "rate_bound",
    "from",
    "until",
    "days_ahead",
    "projected_gain_km2",
    "holding_km2",
    "holding_on",
    "projected_holding_km2",
)
PROJECTION_COLUMNS = (
    Column("series", "series", wrap=True),
    Column("source", "source", wrap=True),
    Column("covered", "days", numeric=True),
    Column("rate", "km²/day", numeric=True),
    Column("from", "from"),
    Column("ahead", "days ahead", numeric=True),
    Column("gain", "gain km²", numeric=True),
    Column("holding", "held km²", numeric=True),
    Column("projected", "held then", numeric=True),
)


# Left out first on a narrow terminal: days covered, the days ahead (the title
# says the target), the holding now (the holding then is the answer).
PROJECTION_DROP = ("covered", "ahead", "holding", "from", "rate")


def projection_rows_json(result: Projection) -> list[dict[str, Any]]:
    rows = []
    for row in result.rows:
        rows.append(
            {
                **key_json(row.key),
                "window_start": row.rate.start.isoformat(),
                "window_end": row.rate.end.isoformat(),
                "window_days": row.rate.days,
                "days_covered": row.rate.covered,
                "rate_km2_per_day": row.rate.rate,
                "rate_bound": row.rate.bound,
                "from": row.start.isoformat(),
                "until": row.until.isoformat(),
                "days_ahead": row.days_ahead,
                "projected_gain_km2": row.gain,
                "holding_km2": row.holding.area if row.holding else None,
                "holding_on": row.holding.on.isoformat() if row.holding else None,
                "projected_holding_km2": row.projected_holding,
            }
        )
    return rows


def render_projection(result: Projection, fmt: OutputFormat, raw: bool = False) -> None:
    data = projection_rows_json(result)
    if fmt is OutputFormat.json:
        write_json(
            {
                "window": period_json(result.window),
                "trailing": result.trailing,
                "until": result.until.isoformat(),
                "filters": scope_json(result.scope),
                "rows": data,
                "warnings": [warning_json(w) for w in result.warnings],
            }
        )
        return
    if fmt is OutputFormat.csv:
        write_csv(data, PROJECTION_KEYS, raw=raw)
        warn_stderr(result.warnings)
        return
    cells = []
    notes = Footnotes()
    for row in result.rows:
        start = row.start.isoformat()
        if result.window and row.rate.covered and row.start < result.window.end:
            start += notes.mark(
                "the figures stop before the window ends; the rate is that of "
                "the days they cover"
            )
        held = ""
        if row.holding is not None:
            held = format_area(row.holding.area, row.holding.bound)
            if row.holding.on != row.start:
                held += f" on {row.holding.on}"
        cells.append(
            {
                "series": series_label(row.key),
                "source": row.key[3],
                "covered": f"{row.rate.covered:,}/{row.rate.days:,}",
                "rate": rate_text(row.rate.rate, row.rate.bound)
                if row.rate.covered
                else "no rate",
                "from": start,
                "ahead": f"{row.days_ahead:,}",
                "gain": area_text(row.gain, "approx"),
                "holding": held,
                "projected": area_text(row.projected_holding, "approx")
                if row.projected_holding is not None
                else "",
            }
        )
    window = result.window
    how = (
        f"the rate over the {window.days} days {window.start}..{window.end}"
        if window and result.trailing
        else f"the rate over {window.label} ({window.start}..{window.end})"
        if window
        else "no figures"
    )
    title = f"Projection to {result.until} at {how}"
    if result.scope.describe():
        title += f", {result.scope.describe()}"
    lines = [
        "The rate (km²/day, per covered day of the window) is carried forward from "
        "each series' last day with figures; gain and holding are estimates (~).",
        *notes.lines(),
        *(f"warning: {warning_text(w)}" for w in result.warnings),
    ]
    table_with_notes(fmt, title, cells, PROJECTION_COLUMNS, lines, PROJECTION_DROP)


# --- check ---------------------------------------------------------------------
