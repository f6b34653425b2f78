"""The held table: the area each series held at the end of the days asked."""

from __future__ import annotations

from typing import Any

from frontline.model.bounds import subtract
from frontline.render.formats import Column, OutputFormat, write_csv, write_json
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
    DAYS,
    FILTERS,
    HELD_ROW,
    ROWS,
    WARNINGS,
    held_changes,
    held_table,
    keys,
    scope_json,
    warning_json,
)
from frontline.render.text import BOUND_SIGNS, table_with_notes
from frontline.reports.held import HeldReport

HELD_KEYS = keys(HELD_ROW)
HELD_COLUMNS = (
    Column("series", "series", wrap=True),
    Column("source", "source", wrap=True),
    Column("on", "on"),
    Column("holding", "held km²", numeric=True),
    Column("share", "of region", numeric=True),
    Column("change", "Δ km²", numeric=True),
    Column("change_pp", "Δ pp", numeric=True),
    Column("as_of", "as of"),
    Column("stale", "days stale", numeric=True),
    Column("snapshot", "snapshot"),
)


# Left out first when the terminal is too narrow (the answer stays). With
# several days asked there is a row per day, so the day is part of the answer.
HELD_DROP = ("snapshot", "stale", "as_of", "share", "change", "change_pp", "on")
HELD_DROP_SEVERAL_DAYS = tuple(key for key in HELD_DROP if key != "on")


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
    cells = []
    changes = held_changes(result)
    bounds: dict[tuple, str] = {}  # each series' previous day's bound
    for row, (change, points) in zip(result.rows, changes, strict=True):
        found = row.held
        earlier = bounds.pop(row.key, None)
        sign = ""
        if found is not None:
            bounds[row.key] = found.holding.bound
            if earlier is not None and change is not None:
                sign = BOUND_SIGNS.get(subtract(found.holding.bound, earlier), "")
        cell = {
            "series": series_label(row.key),
            "source": row.key[3],
            "on": row.asked.isoformat(),
        }
        if found is None:
            cell["holding"] = NO_FIGURE + notes.mark(
                "no holding is known by this day (the series' first snapshot is "
                "later and no change records reach back to it)"
            )
        else:
            holding = found.holding
            stale = found.stale_days
            cell.update(
                holding=area_text(holding.area, holding.bound),
                share=share_text(
                    result.shares.share(holding.area, row.key[1]), holding.bound
                ),
                # The mark sits on "as of", which stays when "days stale" is
                # hidden on a narrow terminal: the footnote never loses its row.
                as_of=holding.on.isoformat()
                + (notes.mark(_STALE_NOTE) if stale else ""),
                stale=f"{stale:,}" if stale else "",
                snapshot=found.basis.isoformat(),
                change="" if change is None else sign + signed_text(change),
                change_pp="" if points is None else f"{sign}{points:+.2f}",
            )
        cells.append(cell)
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
        columns = tuple(c for c in columns if c.key not in ("share", "change_pp"))
    if len(result.days) < 2:
        columns = tuple(c for c in columns if c.key not in ("change", "change_pp"))
    drop = HELD_DROP if len(result.days) == 1 else HELD_DROP_SEVERAL_DAYS
    table_with_notes(fmt, title, cells, columns, lines, drop)


_STALE_NOTE = (
    "stale: the figures stop before this day; the holding is the last one known, "
    "not extrapolated"
)
