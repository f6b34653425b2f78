"""Time to a target as a table, CSV and JSON: the day each holding reaches an
area at the trailing rate, or "never at this rate"."""

from __future__ import annotations

from typing import Any

from frontline.render.formats import OutputFormat, write_csv, write_json
from frontline.render.labels import (
    area_text,
    rate_text,
    series_label,
    warn_stderr,
    warning_text,
)
from frontline.render.tables import (
    FILTERS,
    HOLDING,
    HOLDING_ON,
    RATE,
    REACH,
    REACH_DATE,
    REACH_KM2,
    REACH_ROW,
    ROWS,
    SERIES_LABEL,
    SOURCE,
    WARNINGS,
    WINDOW,
    YEARS_TO_REACH,
    Table,
    keys,
    period_json,
    scope_json,
    warning_json,
)
from frontline.render.text import table_with_notes
from frontline.reports.reach import Reach


def reach_table(result: Any) -> Table:
    """Each series' day at the target (`reports/reach.py`)."""
    rows = []
    for row in result.rows:
        window, rate, holding = result.window, row.rate, row.holding
        when = row.reach_date
        rows.append(
            (
                *row.key,
                window.start.isoformat(),
                window.end.isoformat(),
                window.days,
                rate.covered,
                rate.rate,
                rate.bound,
                holding.area if holding else None,
                holding.bound if holding else None,
                holding.on.isoformat() if holding else None,
                row.target,
                when.isoformat() if when else None,
                row.days_to_reach,
                row.years_to_reach,
            )
        )
    return Table(REACH_ROW, rows)


NEVER = "never at this rate"
REACH_COLUMNS = (
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    RATE._replace(heading="km²/day"),
    HOLDING._replace(heading="held km²"),
    HOLDING_ON._replace(heading="on"),
    REACH_KM2._replace(heading="target km²"),
    REACH_DATE,
    YEARS_TO_REACH,
)
REACH_DROP = keys((HOLDING_ON, HOLDING, YEARS_TO_REACH))


def reach_json(result: Reach) -> dict[str, Any]:
    return {
        WINDOW: period_json(result.window),
        REACH: result.target,
        FILTERS: scope_json(result.scope),
        ROWS: reach_table(result).dicts(),
        WARNINGS.key: [warning_json(w) for w in result.warnings],
    }


def _when(row: Any) -> str:
    if row.holding is None:
        return "no holding known"
    if row.target is None:
        return "region area unknown"
    if row.never:
        return NEVER
    when = row.reach_date
    return when.isoformat() if when else "after 9999-12-31"


def render_reach(result: Reach, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        write_json(reach_json(result))
        return
    table = reach_table(result)
    if fmt is OutputFormat.csv:
        write_csv(table.dicts(), keys(table.columns), raw=raw)
        warn_stderr(result.warnings)
        return
    cells = []
    for row in result.rows:
        years = row.years_to_reach
        cells.append(
            {
                SERIES_LABEL.key: series_label(row.key),
                SOURCE.key: row.key[3],
                RATE.key: rate_text(row.rate.rate, row.rate.bound)
                if row.rate.covered
                else "no rate",
                HOLDING.key: area_text(row.holding.area, row.holding.bound)
                if row.holding
                else "",
                HOLDING_ON.key: row.holding.on.isoformat() if row.holding else "",
                REACH_KM2.key: area_text(row.target, "exact") if row.target else "",
                REACH_DATE.key: _when(row),
                YEARS_TO_REACH.key: f"{years:,.1f}" if years is not None else "",
            }
        )
    window = result.window
    target = (
        "each region's whole area"
        if result.target == "all"
        else (f"{area_text(float(result.target), 'exact')} km²")
    )
    how = (
        f"the rate over {window.start}..{window.end} ({window.days} days)"
        if window
        else "no figures"
    )
    title = f"When the holding reaches {target}, at {how}"
    if result.scope.describe():
        title += f", {result.scope.describe()}"
    lines = [
        "The rate (km²/day, per covered day of the window) is carried forward from "
        "each series' last holding; the day is the first whole day at the target, "
        "an estimate. A rate of 0 or less never reaches it.",
        *(f"warning: {warning_text(w)}" for w in result.warnings),
    ]
    table_with_notes(fmt, title, cells, REACH_COLUMNS, lines, REACH_DROP)
