"""Records and streaks as tables, CSV and JSON, and in words:
"2025-06: 600 km², the largest since 2025-02; 2nd of 6"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from frontline.render.formats import OutputFormat, write_csv, write_json
from frontline.render.labels import area_text, series_label, window_title
from frontline.render.tables import (
    AREA,
    BOUND,
    BY,
    FIGURES,
    FILTERS,
    LABEL,
    LARGEST,
    LATEST,
    RECORDS_ROW,
    ROWS,
    SERIES_LABEL,
    SMALLEST,
    SOURCE,
    WINDOW,
    Table,
    keys,
    period_json,
    scope_json,
)
from frontline.render.text import table_with_notes
from frontline.reports.extremes import Figure, Records, SeriesRecords


def figure_json(figure: Any) -> dict[str, Any]:
    """A bucket's total as `{label, area_km2, bound}`."""
    return {LABEL.key: figure.label, AREA.key: figure.area, BOUND.key: figure.bound}


def records_table(result: Any) -> Table:
    """Each series' records and streaks (`reports/extremes.py`), the figures as
    objects."""
    rows = [
        (
            *row.key,
            figure_json(row.largest),
            figure_json(row.smallest),
            figure_json(row.latest),
            row.latest_rank,
            row.ranked,
            row.largest_since,
            row.rising_streak,
            row.net_positive_streak,
            row.net_negative_streak,
        )
        for row in result.rows
    ]
    return Table(RECORDS_ROW, rows)


def flat_keys(columns: Sequence[Any]) -> tuple[str, ...]:
    """CSV's header for a table with figure objects: `largest_label`,
    `largest_km2`, `largest_bound` in place of `largest`."""
    names: list[str] = []
    for column in columns:
        if column in FIGURES:
            names += [f"{column.key}_label", f"{column.key}_km2", f"{column.key}_bound"]
        else:
            names.append(column.key)
    return tuple(names)


def flat_rows(table: Table) -> list[tuple[Any, ...]]:
    """The rows with each figure object spread over its three CSV cells."""
    rows = []
    for row in table.rows:
        values: list[Any] = []
        for column, value in zip(table.columns, row, strict=True):
            if column in FIGURES:
                values += [value[LABEL.key], value[AREA.key], value[BOUND.key]]
            else:
                values.append(value)
        rows.append(tuple(values))
    return rows


RECORDS_COLUMNS = (
    SERIES_LABEL,
    SOURCE._replace(wrap=True),
    LATEST._replace(wrap=True),
    LARGEST,
    SMALLEST,
)
# The latest bucket in words and its streaks are the answer; the largest and
# smallest go first on a narrow terminal (the rank says where the latest is).
RECORDS_DROP = keys((SMALLEST, LARGEST))


def records_json(result: Records) -> dict[str, Any]:
    return {
        WINDOW: period_json(result.window),
        BY: result.by,
        FILTERS: scope_json(result.scope),
        ROWS: records_table(result).dicts(),
    }


def _figure(figure: Figure) -> str:
    return f"{figure.label}: {area_text(figure.area, figure.bound)} km²"


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def in_words(row: SeriesRecords, by: str | None) -> str:
    """The latest bucket as a sentence would put it."""
    unit = by or "bucket"
    text = _figure(row.latest)
    if row.latest_rank == 1 and row.ranked > 1:
        text += f", the largest {unit} of {row.ranked}"
    else:
        if row.largest_since is not None:
            text += f", the largest since {row.largest_since}"
        text += f"; {_ordinal(row.latest_rank)} of {row.ranked}"
    return text


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}{'' if number == 1 else 's'}"


def streaks_text(row: SeriesRecords, by: str | None) -> str:
    """`rising 3 months in a row; net gain 3 months in a row`."""
    unit = by or "bucket"
    parts = []
    if row.rising_streak:
        parts.append(f"rising {_count(row.rising_streak, unit)} in a row")
    if row.net_positive_streak:
        parts.append(f"net gain {_count(row.net_positive_streak, unit)} in a row")
    if row.net_negative_streak:
        parts.append(f"net loss {_count(row.net_negative_streak, unit)} in a row")
    return "; ".join(parts) or "—"


def _streaks(row: SeriesRecords, by: str | None) -> str:
    text = streaks_text(row, by)
    return "" if text == "—" else f"; {text}"


def render_records(result: Records, fmt: OutputFormat, raw: bool = False) -> None:
    if fmt is OutputFormat.json:
        write_json(records_json(result))
        return
    if fmt is OutputFormat.csv:
        table = records_table(result)
        names = flat_keys(table.columns)
        rows = [dict(zip(names, row, strict=True)) for row in flat_rows(table)]
        write_csv(rows, names, raw=raw)
        return
    cells = [
        {
            SERIES_LABEL.key: series_label(row.key),
            SOURCE.key: row.key[3],
            LATEST.key: in_words(row, result.by) + _streaks(row, result.by),
            LARGEST.key: _figure(row.largest),
            SMALLEST.key: _figure(row.smallest),
        }
        for row in result.rows
    ]
    title = window_title(f"Records by {result.by}", result.window, result.scope)
    lines = [
        "Ranks and streaks count the buckets with a figure; a bucket without one "
        "ends a streak. Rising: each larger than the one before."
    ]
    table_with_notes(fmt, title, cells, RECORDS_COLUMNS, lines, RECORDS_DROP)
