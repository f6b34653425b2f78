"""The sources table: one actor, region and layer as each source measures it."""

from __future__ import annotations

from typing import Any

from frontline.model.scope import Scope
from frontline.render.formats import OutputFormat, write_csv, write_json
from frontline.render.labels import (
    area_text,
    rate_text,
    series_label,
    share_text,
    signed_text,
    warn_stderr,
    warning_text,
    window_title,
)
from frontline.render.tables import (
    AREA,
    CHANGE_DIFFERENCE,
    COMMON,
    DAYS_COVERED,
    FILTERS,
    HOLDING,
    HOLDING_DIFFERENCE,
    HOLDING_DIFFERENCE_PCT,
    RATE,
    ROWS,
    SERIES_LABEL,
    SHARE,
    SOURCE,
    SOURCES_ROW,
    WARNINGS,
    WINDOW,
    Table,
    keys,
    period_json,
    scope_json,
    warning_json,
)
from frontline.render.text import table_with_notes
from frontline.reports.sources import Difference, SourcesReport

SOURCES_KEYS = keys(SOURCES_ROW)
SOURCES_COLUMNS = (
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    DAYS_COVERED._replace(heading="days"),
    AREA._replace(heading="km²"),
    RATE._replace(heading="km²/day"),
    CHANGE_DIFFERENCE._replace(heading="Δ km²"),
    HOLDING._replace(heading="held km²"),
    SHARE._replace(heading="held %"),
    HOLDING_DIFFERENCE,
    HOLDING_DIFFERENCE_PCT._replace(heading="Δ held %"),
)


# Left out first when the terminal is too narrow (the answer stays).
SOURCES_DROP = keys(
    (
        HOLDING_DIFFERENCE_PCT,
        HOLDING_DIFFERENCE,
        SHARE,
        DAYS_COVERED,
        RATE,
        CHANGE_DIFFERENCE,
        HOLDING,
    )
)


def sources_rows_json(result: SourcesReport) -> list[dict[str, Any]]:
    rows = []
    for group in result.groups:
        for row in group.rows:
            change, last = row.change, row.last_holding
            first = row.first_holding
            rows.append(
                (
                    *row.key,
                    group.reference,
                    change.days,
                    change.covered,
                    change.total,
                    change.bound,
                    change.rate,
                    row.change_difference.km2,
                    row.change_difference.percent,
                    _iso(group.first_shared),
                    first.area if first else None,
                    _iso(group.last_shared),
                    last.area if last else None,
                    last.bound if last else None,
                    result.shares.share(last.area if last else None, row.key[1]),
                    row.holding_difference.km2,
                    row.holding_difference.percent,
                )
            )
    return Table(SOURCES_ROW, rows).dicts()


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def sources_json(result: SourcesReport) -> dict[str, Any]:
    """The sources as JSON data (`-f json`, and `frontline.open`)."""
    return {
        WINDOW: period_json(result.window),
        COMMON.key: result.common,
        FILTERS: scope_json(result.scope),
        ROWS: sources_rows_json(result),
        WARNINGS.key: [warning_json(w) for w in result.warnings],
    }


def render_sources(result: SourcesReport, fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        write_json(sources_json(result))
        return
    data = sources_rows_json(result)
    if fmt is OutputFormat.csv:
        write_csv(data, SOURCES_KEYS)
        warn_stderr(result.warnings)
        return
    cells = []
    lines = []
    for group in result.groups:
        for row in group.rows:
            reference = row.key[3] == group.reference
            change, last = row.change, row.last_holding
            cells.append(
                {
                    SERIES_LABEL.key: series_label(row.key),
                    SOURCE.key: row.key[3],
                    DAYS_COVERED.key: f"{change.covered:,}/{change.days:,}",
                    AREA.key: area_text(change.total, change.bound),
                    RATE.key: rate_text(change.rate, change.bound),
                    CHANGE_DIFFERENCE.key: ""
                    if reference
                    else _km2(row.change_difference),
                    HOLDING.key: area_text(last.area, last.bound) if last else "",
                    SHARE.key: share_text(
                        result.shares.share(last.area, row.key[1]), last.bound
                    )
                    if last
                    else "",
                    HOLDING_DIFFERENCE.key: ""
                    if reference
                    else _km2(row.holding_difference),
                    HOLDING_DIFFERENCE_PCT.key: ""
                    if reference
                    else _percent(row.holding_difference),
                }
            )
        label = series_label((group.actor, group.region, group.layer, ""))
        held = (
            f"held on {group.last_shared}, the last day with a snapshot from every "
            "source"
            if group.last_shared
            else "no day with a snapshot from every source"
        )
        lines.append(f"{label}: Δ against {group.reference}; {held}.")
    how = "on the days every source covers" if result.common else "each on its own days"
    title = window_title(
        f"Sources compared {how}",
        result.window,
        Scope(result.scope.actor, result.scope.region, result.scope.layer, None),
    )
    lines.insert(
        0,
        "Only actors, regions and layers with figures from two or more sources; "
        + (
            "km² counts the days every source covers (--own: each source's own)."
            if result.common
            else "km² counts each source's own covered days (--common: shared days)."
        ),
    )
    lines += [f"warning: {warning_text(w)}" for w in result.warnings]
    columns = SOURCES_COLUMNS
    if not result.shares.known({group.region for group in result.groups}):
        columns = tuple(c for c in SOURCES_COLUMNS if c.key != SHARE.key)
    table_with_notes(fmt, title, cells, columns, lines, SOURCES_DROP)


def _km2(difference: Difference) -> str:
    return signed_text(difference.km2)


def _percent(difference: Difference) -> str:
    percent = difference.percent
    if percent is None:
        return ""
    text = f"{percent:+.2f}%"
    return "0.00%" if text in ("+0.00%", "-0.00%") else text
