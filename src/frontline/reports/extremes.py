"""Records and streaks over buckets: "the largest monthly gain since November",
"a fourth straight month of acceleration", "net negative for the first time
since 2023", and the latest bucket's rank.

Every figure is a bucket total of the window report (`reports/window.py`), so a
record is the same number the report prints for that bucket. Only buckets with a
figure take part; a bucket without one (no record covers any of its days) breaks
a streak, because nothing is known of it.

Definitions (README, "Questions newsrooms ask"):

- `largest`, `smallest`: the bucket with the largest / smallest total (the
  earliest of equal ones).
- `latest`: the last bucket with a figure; `latest_rank`: 1 + how many buckets
  have a larger total (1 = largest), out of `ranked`.
- `largest_since`: the most recent earlier bucket with a larger total than the
  latest (the latest is the largest since then); None when none is larger.
- `rising_streak`: how many consecutive buckets, ending at the latest, are each
  larger than the one before (0 when the latest is not larger than its
  predecessor).
- `net_positive_streak` / `net_negative_streak`: how many consecutive buckets,
  ending at the latest, have a total above / below zero.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from frontline.model.figures import SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.reports.window import Report


class Figure(NamedTuple):
    """One bucket's total: its label, km² and bound."""

    label: str
    area: float
    bound: str | None


class SeriesRecords(NamedTuple):
    key: SeriesKey
    largest: Figure
    smallest: Figure
    latest: Figure
    latest_rank: int
    ranked: int
    largest_since: str | None
    rising_streak: int
    net_positive_streak: int
    net_negative_streak: int


class Records(NamedTuple):
    window: Period | None
    by: str | None
    scope: Scope
    rows: list[SeriesRecords]


def records(report: Report) -> Records:
    """The records and streaks of each series of a report, over its buckets."""
    buckets: dict[SeriesKey, list[Figure | None]] = {}
    for row in report.rows:
        total = row.integral.total
        figure = (
            None
            if total is None or not row.integral.covered
            else Figure(row.bucket.label, total, row.integral.bound)
        )
        buckets.setdefault(row.key, []).append(figure)
    rows = []
    for key, figures in buckets.items():
        found = series_records(key, figures)
        if found is not None:
            rows.append(found)
    return Records(report.window, report.by, report.scope, rows)


def series_records(
    key: SeriesKey, figures: list[Figure | None]
) -> SeriesRecords | None:
    """One series' records over its buckets in order (None: no figure)."""
    known = [figure for figure in figures if figure is not None]
    if not known:
        return None
    largest = max(known, key=lambda f: f.area)  # max/min keep the earliest tie
    smallest = min(known, key=lambda f: f.area)
    last = max(i for i, figure in enumerate(figures) if figure is not None)
    latest = figures[last]
    assert latest is not None
    rank = 1 + sum(1 for figure in known if figure.area > latest.area)
    since = next(
        (
            figure.label
            for figure in reversed(figures[:last])
            if figure is not None and figure.area > latest.area
        ),
        None,
    )
    rising = 0
    for k in range(last, 0, -1):
        now, before = figures[k], figures[k - 1]
        if now is None or before is None or not now.area > before.area:
            break
        rising += 1
    return SeriesRecords(
        key,
        largest,
        smallest,
        latest,
        rank,
        len(known),
        since,
        rising,
        _streak(figures[: last + 1], positive=True),
        _streak(figures[: last + 1], positive=False),
    )


def _streak(figures: list[Figure | None], *, positive: bool) -> int:
    """Consecutive buckets, ending at the last, above (below) zero."""
    count = 0
    for figure in reversed(figures):
        if figure is None or not (figure.area > 0 if positive else figure.area < 0):
            break
        count += 1
    return count


def extremes(
    conn: sqlite3.Connection | None,
    scope: Scope,
    window: Period | None,
    by: str | None,
) -> Records:
    """The window report by `by`, then its records (`records`)."""
    from frontline.reports.window import report

    return records(report(conn, scope, window, by or "month"))
