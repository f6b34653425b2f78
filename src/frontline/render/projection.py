"""The projection table: a trailing rate carried forward."""

from __future__ import annotations

from typing import Any

from frontline.render.formats import (
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
    DAYS_AHEAD,
    DAYS_COVERED,
    FILTERS,
    FROM,
    HOLDING,
    PROJECTED_GAIN,
    PROJECTED_HOLDING,
    PROJECTION_ROW,
    RATE,
    ROWS,
    SERIES_LABEL,
    SOURCE,
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
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    DAYS_COVERED._replace(heading="days"),
    RATE._replace(heading="km²/day"),
    FROM,
    DAYS_AHEAD,
    PROJECTED_GAIN._replace(heading="gain km²"),
    HOLDING._replace(heading="held km²"),
    PROJECTED_HOLDING._replace(heading="held then"),
)


# Left out first on a narrow terminal: days covered, the days ahead (the title
# says the target), the holding now (the holding then is the answer).
PROJECTION_DROP = keys((DAYS_COVERED, DAYS_AHEAD, HOLDING, FROM, RATE))


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
                SERIES_LABEL.key: series_label(row.key),
                SOURCE.key: row.key[3],
                DAYS_COVERED.key: f"{row.rate.covered:,}/{row.rate.days:,}",
                RATE.key: rate_text(row.rate.rate, row.rate.bound)
                if row.rate.covered
                else "no rate",
                FROM.key: start,
                DAYS_AHEAD.key: f"{row.days_ahead:,}",
                PROJECTED_GAIN.key: area_text(row.gain, "approx"),
                HOLDING.key: held,
                PROJECTED_HOLDING.key: area_text(row.projected_holding, "approx")
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
