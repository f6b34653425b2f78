"""Check: every issue of the model in the selected series, gaps included, and
(when asked) series whose figures stop long before the others'."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from frontline.model.figures import Issue
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.reports.common import series_gaps
from frontline.store.select import each_series, latest_day
from frontline.store.spacing import last_days


class Check(NamedTuple):
    issues: list[Issue]
    series: int
    records: int


CHECK_ORDER = ("crossing", "larger-child", "holdings", "mismatch", "gap", "stale")


def check(
    conn: sqlite3.Connection | None,
    scope: Scope,
    *,
    gap: int | None = None,
    stale: int | None = None,
    as_of: date | None = None,
) -> Check:
    """Every issue in the selected series: crossing records, children larger than
    their parent, holdings that contradict changes, mismatches, and gaps (runs of
    at least `gap` missing days; by default by each series' spacing, see
    `model.gaps`). With `stale`: series whose last figure is more than that many
    days before `as_of` (default: the newest figure in the database)."""
    issues: list[Issue] = []
    count = records = 0
    # One series at a time (see `each_series`): memory stays that of a series.
    for series, read in each_series(conn, scope):
        issues.extend(series.issues)
        issues.extend(series_gaps(conn, series, gap))
        count += 1
        records += read
    if stale is not None:
        issues.extend(_stale(conn, scope, stale, as_of))
    issues.sort(key=lambda i: (i.series, CHECK_ORDER.index(i.kind), i.first))
    return Check(issues, count, records)


def _stale(
    conn: sqlite3.Connection | None, scope: Scope, days: int, as_of: date | None
) -> list[Issue]:
    newest = as_of or latest_day(conn, Scope())
    if newest is None:
        return []
    why = "" if as_of else " (the newest figure in the database)"
    result = []
    for key, last in sorted(last_days(conn, scope).items()):
        behind = (newest - last).days
        if behind > days:
            result.append(
                Issue(
                    key,
                    "stale",
                    f"last figure on {last}, {behind} days before {newest}{why}",
                    (),
                    last,
                    last,
                )
            )
    return result


def all_issues(loaded: Iterable[Series]) -> list[Issue]:
    return [issue for series in loaded for issue in series.issues]
