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
    rate_text,
    series_label,
    warn_stderr,
    warning_text,
)
from frontline.render.tables import (
    FILTERS,
    PROJECTION_ROW,
    ROWS,
    TRAILING,
    UNTIL,
    WARNINGS,
    WINDOW,
    Table,
    keys,
    period_json,
    scope_json,
    warning_json,
)
from frontline.render.text import (
    format_area,
    table_with_notes,
)
from frontline.reports.projection import Projection

PROJECTION_KEYS = keys(PROJECTION_ROW)
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
    rows = [
        (
            *row.key,
            row.rate.start.isoformat(),
            row.rate.end.isoformat(),
            row.rate.days,
            row.rate.covered,
            row.rate.rate,
            row.rate.bound,
            row.start.isoformat(),
            row.until.isoformat(),
            row.days_ahead,
            row.gain,
            row.holding.area if row.holding else None,
            row.holding.on.isoformat() if row.holding else None,
            row.projected_holding,
        )
        for row in result.rows
    ]
    return Table(PROJECTION_ROW, rows).dicts()


def projection_json(result: Projection) -> dict[str, Any]:
    """The projection as JSON data (`-f json`, and `frontline.open`)."""
    return {
        WINDOW: period_json(result.window),
        TRAILING.key: result.trailing,
        UNTIL.key: result.until.isoformat(),
        FILTERS: scope_json(result.scope),
        ROWS: projection_rows_json(result),
        WARNINGS.key: [warning_json(w) for w in result.warnings],
    }


def render_projection(result: Projection, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        write_json(projection_json(result))
        return
    data = projection_rows_json(result)
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
