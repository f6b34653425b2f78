"""Check: every issue of the model in the selected series, gaps included."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from frontline.model.build import gaps as series_gaps
from frontline.model.figures import Issue
from frontline.model.series import Series
from frontline.store.select import Scope, load_all


class Check(NamedTuple):
    issues: list[Issue]
    series: int
    records: int


CHECK_ORDER = ("crossing", "larger-child", "holdings", "mismatch", "gap")


def check(conn: sqlite3.Connection | None, scope: Scope) -> Check:
    """Every issue in the selected series: crossing records, children larger than
    their parent, holdings that contradict changes, mismatches, and gaps."""
    loaded = load_all(conn, scope)
    issues: list[Issue] = []
    for series in loaded.series:
        issues.extend(series.issues)
        issues.extend(series_gaps(series))
    issues.sort(key=lambda i: (i.series, CHECK_ORDER.index(i.kind), i.first))
    return Check(issues, len(loaded.series), loaded.records_read)


def all_issues(loaded: Iterable[Series]) -> list[Issue]:
    return [issue for series in loaded for issue in series.issues]
