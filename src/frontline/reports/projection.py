"""Projection: a trailing rate carried forward to a later day.

Projection carries a trailing rate forward: by default the rate over the 90
days ending on the latest record's end, per covered day; it projects the gain
from each series' last covered day to the target date, and the holding there
where holdings are known. Projections are always approximate (`~`).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from frontline.errors import InputError
from frontline.model import periods
from frontline.model.figures import Holding, Integral, SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.reports.common import Warning, WarningBook, note_gaps
from frontline.store.select import latest_day, load

DEFAULT_TRAILING_DAYS = 90


class ProjectionRow(NamedTuple):
    key: SeriesKey
    rate: Integral
    start: date
    until: date
    holding: Holding | None

    @property
    def days_ahead(self) -> int:
        return (self.until - self.start).days

    @property
    def gain(self) -> float | None:
        rate = self.rate.rate
        return None if rate is None else rate * self.days_ahead

    @property
    def projected_holding(self) -> float | None:
        rate = self.rate.rate
        if self.holding is None or rate is None:
            return None
        return self.holding.area + rate * (self.until - self.holding.on).days


class Projection:
    def __init__(
        self, window: Period | None, until: date, scope: Scope, trailing: bool
    ) -> None:
        self.window = window
        self.until = until
        self.scope = scope
        self.trailing = trailing
        self.rows: list[ProjectionRow] = []
        self.warnings: list[Warning] = []


def project(
    conn: sqlite3.Connection | None,
    scope: Scope,
    until: date,
    length: int | tuple[int, str] | Period = DEFAULT_TRAILING_DAYS,
) -> Projection:
    """Carry a rate forward to `until`: the rate over `length` (a trailing length
    ending on the latest record's end, or a fixed period), per covered day."""
    latest = latest_day(conn, scope)
    trailing = not isinstance(length, Period)
    if latest is None:
        return Projection(None, until, scope, trailing)
    if until <= latest:
        raise InputError(
            "until",
            f"{until} is not after the latest figure ({latest}); nothing to project",
        )
    window = length if isinstance(length, Period) else periods.trailing(latest, length)
    first = min(window.start, latest)
    loaded = load(conn, scope, [(window.start, window.end), (first, latest)])
    note_gaps(conn, loaded.series)
    result = Projection(window, until, scope, trailing)
    book = WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        rate = series.window(window.start, window.end)
        if not rate.covered or series.last_covered is None:
            # A single snapshot (or holdings older than the window) has no rate
            # to carry forward; its holding is still what is known.
            holding = series.holding_by(latest, date.min)
            if holding is not None:
                row = ProjectionRow(series.key, rate, holding.on, until, holding)
                result.rows.append(row)
            continue
        book.note(series, window.start, window.end)
        start = min(series.last_covered, latest)
        holding = series.holding_by(start, first) if series.has_holdings else None
        result.rows.append(ProjectionRow(series.key, rate, start, until, holding))
    return result


# --- check ---------------------------------------------------------------------
