"""The held table: the area each series held at the end of the days asked."""

from __future__ import annotations

from typing import Any

from frontline.model.bounds import subtract
from frontline.render.formats import OutputFormat, write_csv, write_json
from frontline.render.labels import (
    NO_FIGURE,
    Footnotes,
    area_text,
    series_label,
    share_text,
    signed_text,
    warn_stderr,
    warning_text,
)
from frontline.render.tables import (
    AS_OF,
    CHANGE_KM2,
    DAYS,
    FILTERS,
    HELD_ROW,
    HOLDING,
    HOLDING_BOUND,
    ON,
    ROWS,
    SERIES,
    SERIES_LABEL,
    SHARE,
    SHARE_CHANGE_PP,
    SNAPSHOT_ON,
    SOURCE,
    STALE_DAYS,
    WARNINGS,
    Column,
    Table,
    held_table,
    keys,
    scope_json,
    warning_json,
)
from frontline.render.text import BOUND_SIGNS, layout_with_notes
from frontline.reports.held import HeldReport

HELD_KEYS = keys(HELD_ROW)
# The text table's columns: the documented ones, with its own headings.
HELD_COLUMNS = (
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    ON,
    HOLDING._replace(heading="held km²"),
    SHARE._replace(heading="of region"),
    CHANGE_KM2._replace(heading="Δ km²"),
    SHARE_CHANGE_PP._replace(heading="Δ pp"),
    AS_OF,
    STALE_DAYS,
    SNAPSHOT_ON._replace(heading="snapshot"),
)


# Left out first when the terminal is too narrow (the answer stays). With
# several days asked there is a row per day, so the day is part of the answer.
HELD_DROP = keys(
    (SNAPSHOT_ON, STALE_DAYS, AS_OF, SHARE, CHANGE_KM2, SHARE_CHANGE_PP, ON)
)
HELD_DROP_SEVERAL_DAYS = tuple(key for key in HELD_DROP if key != ON.key)


def held_rows_json(result: HeldReport) -> list[dict[str, Any]]:
    return held_table(result).dicts()


def held_json(result: HeldReport) -> dict[str, Any]:
    """The held as JSON data (`-f json`, and `frontline.open`)."""
    return {
        DAYS.key: [day.isoformat() for day in result.days],
        FILTERS: scope_json(result.scope),
        ROWS: held_rows_json(result),
        WARNINGS.key: [warning_json(w) for w in result.warnings],
    }


def render_held(result: HeldReport, fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        write_json(held_json(result))
        return
    data = held_rows_json(result)
    if fmt is OutputFormat.csv:
        write_csv(data, HELD_KEYS)
        warn_stderr(result.warnings)
        return
    notes = Footnotes()
    cells = _held_cells(held_table(result), notes)
    days = ", ".join(day.isoformat() for day in result.days)
    title = f"Held on {days}"
    if result.scope.describe():
        title += f", {result.scope.describe()}"
    lines = [
        'Held at the end of the day "as of": the snapshot of the day in '
        '"snapshot" plus the changes since (or minus the changes until it). Series '
        "without holdings are not listed.",
        *notes.lines(),
    ]
    lines += [f"warning: {warning_text(w)}" for w in result.warnings]
    columns = HELD_COLUMNS
    if not result.shares.known({row.key[1] for row in result.rows}):
        without = keys((SHARE, SHARE_CHANGE_PP))
        columns = tuple(c for c in columns if c.key not in without)
    if len(result.days) < 2:
        without = keys((CHANGE_KM2, SHARE_CHANGE_PP))
        columns = tuple(c for c in columns if c.key not in without)
    drop = HELD_DROP if len(result.days) == 1 else HELD_DROP_SEVERAL_DAYS
    rows = [[cell.get(column.key, "") for column in columns] for cell in cells]
    layout_with_notes(fmt, title, Table(columns, rows), lines, drop)


def _held_cells(values: Table, notes: Footnotes) -> list[dict[str, str]]:
    """The text of each row of the held Table (`render.tables.held_table`),
    by its keys."""
    at = {key: i for i, key in enumerate(values.keys)}
    series = [at[column.key] for column in SERIES]
    bounds: dict[tuple, str] = {}  # each series' previous day's bound
    cells = []
    for row in values.rows:
        key = tuple(row[i] for i in series)

        def value(column: Column, row: tuple = row) -> Any:
            return row[at[column.key]]

        area, bound = value(HOLDING), value(HOLDING_BOUND)
        earlier = bounds.pop(key, None)
        change, points = value(CHANGE_KM2), value(SHARE_CHANGE_PP)
        sign = ""
        if area is not None:
            bounds[key] = bound
            if earlier is not None and change is not None:
                sign = BOUND_SIGNS.get(subtract(bound, earlier), "")
        cell = {
            SERIES_LABEL.key: series_label(key),  # type: ignore[arg-type]
            SOURCE.key: key[3],
            ON.key: value(ON),
        }
        if area is None:
            cell[HOLDING.key] = NO_FIGURE + notes.mark(
                "no holding is known by this day (the series' first snapshot is "
                "later and no change records reach back to it)"
            )
        else:
            stale = value(STALE_DAYS)
            cell |= {
                HOLDING.key: area_text(area, bound),
                SHARE.key: share_text(value(SHARE), bound),
                # The mark sits on "as of", which stays when "days stale" is
                # hidden on a narrow terminal: the footnote never loses its row.
                AS_OF.key: value(AS_OF) + (notes.mark(_STALE_NOTE) if stale else ""),
                STALE_DAYS.key: f"{stale:,}" if stale else "",
                SNAPSHOT_ON.key: value(SNAPSHOT_ON),
                CHANGE_KM2.key: "" if change is None else sign + signed_text(change),
                SHARE_CHANGE_PP.key: "" if points is None else f"{sign}{points:+.2f}",
            }
        cells.append(cell)
    return cells


_STALE_NOTE = (
    "stale: the figures stop before this day; the holding is the last one known, "
    "not extrapolated"
)
