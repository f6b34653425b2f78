"""Held: the area each series held at the end of given days.

"How much did Russia hold on 31 December 2024?" is `Series.held`: the last
snapshot plus the changes since (or the next snapshot minus the changes until
it). After a series' last figure the answer is the last holding known, `as of`
its day and so many days stale: never a silent extrapolation. Series that never
state a holding (change records only) have no answer and are left out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from frontline.model.figures import Held, SeriesKey
from frontline.model.scope import Scope
from frontline.reports.common import Shares, Warning, WarningBook, note_gaps
from frontline.store.select import load


class HeldRow(NamedTuple):
    """One series on one day asked; `held` is None when no holding is known yet."""

    key: SeriesKey
    asked: date
    held: Held | None


class HeldReport:
    def __init__(self, days: Sequence[date], scope: Scope) -> None:
        self.days = list(days)
        self.scope = scope
        self.rows: list[HeldRow] = []
        self.warnings: list[Warning] = []
        self.shares = Shares({})


def held(
    conn: sqlite3.Connection | None, scope: Scope, days: Sequence[date]
) -> HeldReport:
    """For each series with holdings and each day (in the order given, repeats
    dropped): the holding at the end of that day, or the last one before it."""
    days = list(dict.fromkeys(days))
    result = HeldReport(days, scope)
    result.shares = Shares.of_database(conn)
    loaded = load(conn, scope, [(day, day) for day in days])
    note_gaps(conn, loaded.series)
    book = WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        if not series.has_holdings:
            continue
        for day in days:
            found = series.held(day)
            if found is not None:
                book.note(series, min(found.basis, found.holding.on), day)
            result.rows.append(HeldRow(series.key, day, found))
    return result
