"""The balance table: gains, retaken, net and share per actor."""

from __future__ import annotations

from typing import Any

from frontline.model.scope import Scope
from frontline.render.formats import (
    OutputFormat,
    write_csv,
    write_json,
)
from frontline.render.labels import (
    Footnotes,
    area_text,
    warn_stderr,
    warning_text,
    window_title,
)
from frontline.render.tables import (
    ACTOR,
    BALANCE_ROW,
    DAYS_COVERED,
    FILTERS,
    GAINED,
    NET,
    RETAKEN,
    RETAKEN_BY,
    ROWS,
    SHARE_RETAKEN,
    SOURCE,
    WARNINGS,
    WINDOW,
    Table,
    keys,
    period_json,
    scope_json,
    warning_json,
)
from frontline.render.text import (
    BOUND_SIGNS,
    format_area,
    table_with_notes,
)
from frontline.reports.balance import MISSING_FIGURES, Balance

BALANCE_KEYS = keys(BALANCE_ROW)
BALANCE_COLUMNS = (
    SOURCE._replace(wrap=True),
    ACTOR,
    GAINED._replace(heading="gained km²"),
    DAYS_COVERED._replace(heading="days"),
    RETAKEN._replace(heading="retaken km²"),
    RETAKEN_BY,
    NET._replace(heading="net km²"),
    SHARE_RETAKEN,
)


# Left out first on a narrow terminal: days covered, who retook it, the net
# (gained − retaken says it); the share retaken, the headline, goes last.
BALANCE_DROP = keys((DAYS_COVERED, RETAKEN_BY, NET, SHARE_RETAKEN, RETAKEN))


def balance_rows_json(result: Balance) -> list[dict[str, Any]]:
    assert result.window is not None or not result.rows
    window = result.window
    rows = [
        (
            row.region,
            row.layer,
            row.source,
            row.actor,
            window.start.isoformat() if window else None,
            window.end.isoformat() if window else None,
            row.gained.total,
            row.gained.bound,
            row.gained.covered,
            row.retaken,
            row.retaken_bound,
            list(row.others),
            row.since.isoformat() if row.since else None,
            row.net,
            row.net_bound,
            row.share_retaken,
            row.share_bound,
            row.retaken_missing,
        )
        for row in result.rows
    ]
    return Table(BALANCE_ROW, rows).dicts()


def balance_json(result: Balance) -> dict[str, Any]:
    """The balance as JSON data (`-f json`, and `frontline.open`)."""
    return {
        WINDOW: period_json(result.window),
        FILTERS: scope_json(result.scope),
        ROWS: balance_rows_json(result),
        WARNINGS.key: [warning_json(w) for w in result.warnings],
    }


def render_balance(result: Balance, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        write_json(balance_json(result))
        return
    data = balance_rows_json(result)
    if fmt is OutputFormat.csv:
        write_csv(
            [{**row, RETAKEN_BY.key: " ".join(row[RETAKEN_BY.key])} for row in data],
            BALANCE_KEYS,
            raw=raw,
        )
        warn_stderr(result.warnings)
        return
    notes = Footnotes()
    cells = []
    regions = sorted({(row.region, row.layer) for row in result.rows})
    for row in result.rows:
        retaken = area_text(row.retaken, row.retaken_bound)
        if row.retaken_missing == MISSING_FIGURES:
            retaken += notes.mark(
                f"no figure from {', '.join(row.others)} on {row.since}.."
                f"{result.window.end if result.window else ''}, the days it would "
                "count: unknown, not 0"
            )
        elif row.retaken is None:
            retaken += notes.mark("no figure from this source for any other actor here")
        actor = row.actor if len(regions) < 2 else f"{row.actor} in {row.region}"
        if row.layer != "control":
            actor += f" ({row.layer})"
        cells.append(
            {
                SOURCE.key: row.source,
                ACTOR.key: actor,
                GAINED.key: area_text(row.gained.total, row.gained.bound),
                DAYS_COVERED.key: f"{row.gained.covered:,}/{row.gained.days:,}",
                RETAKEN.key: retaken,
                RETAKEN_BY.key: ", ".join(row.others),
                NET.key: ""
                if row.net is None
                else format_area(row.net, row.net_bound or "exact"),
                SHARE_RETAKEN.key: ""
                if row.share_retaken is None
                else BOUND_SIGNS.get(row.share_bound or "exact", "")
                + f"{100 * row.share_retaken:.1f}%",
            }
        )
    where = ", ".join(sorted({r for r, _ in regions})) or (result.scope.region or "")
    title = window_title(
        f"Balance in {where}" if where else "Balance",
        result.window,
        Scope(result.scope.actor, None, result.scope.layer, result.scope.source),
    )
    general = [
        "Actors are paired within one source: retaken = what the other actors gained "
        "here in the window from the first day this actor's own gains began (gains "
        "made before it started gaining cannot take anything back); net = gained − "
        "retaken.",
        "Share retaken = retaken ÷ gained.",
    ]
    lines = [
        *general,
        *notes.lines(),
        *(f"warning: {warning_text(w)}" for w in result.warnings),
    ]
    table_with_notes(fmt, title, cells, BALANCE_COLUMNS, lines, BALANCE_DROP)


# --- projection ----------------------------------------------------------------
