"""Time to a target: the day a holding reaches an area at a trailing rate.

"At the pace of the past 30 days it would take 89 years to take all of
Ukraine": the rate is `project`'s (the trailing window ending on the latest
figure, per covered day), the start is the series' holding at its last covered
day, and the target an area in km² or, with `all`, the region's whole area
(`frontline region set`). The holding at the end of day d is
holding + rate × (d − holding day), so the target is reached on the first whole
day where that is at least the target: ceil((target − holding) ÷ rate) days
after the holding's day. `years_to_reach` is those days ÷ 365.25. A rate ≤ 0
never reaches it ("never at this rate"); a holding already at or above the
target reached it on its own day (0 days).
"""

from __future__ import annotations

import math
import sqlite3
from datetime import date, timedelta
from typing import NamedTuple

from frontline.model import periods
from frontline.model.figures import Holding, Integral, SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.reports.common import Shares, Warning, WarningBook, note_gaps
from frontline.reports.projection import DEFAULT_TRAILING_DAYS
from frontline.store.select import latest_day, load

DAYS_A_YEAR = 365.25
ALL = "all"


class ReachRow(NamedTuple):
    key: SeriesKey
    rate: Integral
    holding: Holding | None
    target: float | None

    @property
    def days_to_reach(self) -> int | None:
        """Whole days from the holding's day to the first day at the target;
        None when it is never reached (or nothing is known to start from)."""
        rate = self.rate.rate
        if self.holding is None or self.target is None:
            return None
        missing = self.target - self.holding.area
        if missing <= 0:
            return 0
        if rate is None or rate <= 0:
            return None
        return math.ceil(missing / rate - 1e-9)

    @property
    def reach_date(self) -> date | None:
        days = self.days_to_reach
        if days is None or self.holding is None:
            return None
        try:
            return self.holding.on + timedelta(days=days)
        except OverflowError:  # after 9999-12-31: never, as far as a date goes
            return None

    @property
    def years_to_reach(self) -> float | None:
        days = self.days_to_reach
        return None if days is None else days / DAYS_A_YEAR

    @property
    def never(self) -> bool:
        """Whether the rate can never reach the target (≤ 0 and not there)."""
        return (
            self.holding is not None
            and self.target is not None
            and self.days_to_reach is None
        )


class Reach:
    def __init__(
        self, window: Period | None, target: float | str, scope: Scope
    ) -> None:
        self.window = window
        self.target = target
        self.scope = scope
        self.rows: list[ReachRow] = []
        self.warnings: list[Warning] = []


def reach(
    conn: sqlite3.Connection | None,
    scope: Scope,
    target: float | str,
    length: int | tuple[int, str] | Period = DEFAULT_TRAILING_DAYS,
) -> Reach:
    """Each series' day at `target` (km², or `all`: its region's area) at the
    rate over `length` (a trailing length ending on the latest figure, or a
    period). Series without holdings are left out: there is nothing to add to."""
    latest = latest_day(conn, scope)
    if latest is None:
        return Reach(None, target, scope)
    window = length if isinstance(length, Period) else periods.trailing(latest, length)
    first = min(window.start, latest)
    loaded = load(conn, scope, [(window.start, window.end), (first, latest)])
    note_gaps(conn, loaded.series)
    areas = Shares.of_database(conn).areas
    result = Reach(window, target, scope)
    book = WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        if not series.has_holdings:
            continue
        rate = series.window(window.start, window.end)
        book.note(series, window.start, window.end)
        start = min(series.last_covered or latest, latest)
        holding = series.holding_by(start, first) or series.holding_by(latest, date.min)
        goal = areas.get(series.key[1]) if target == ALL else float(target)
        result.rows.append(ReachRow(series.key, rate, holding, goal))
    return result
