"""Reports over a window: totals, coverage, rates, cumulative totals, holdings and
comparisons, all computed from the rate model in `model/series.py`.

Every number here is `Series.window` (an integral of a series' rate) or
`Series.holding_at` (a snapshot plus such an integral); there is no other route
from records to report numbers. A report returns data; `render/` prints
it.

Design decisions (summarised in the README):

- Sources are never added up. Every row is one series: actor, region, layer,
  source.
- A window with no figure on any day prints no total (JSON `null`, table `—`),
  not zero; its rate is blank too. Coverage says how many days had figures, and
  the rate is per covered day, so that a part-year figure compares fairly.
- The cumulative total of a bucket is the window from the report's first day to
  the bucket's last day, with its own bound (a figure split across two buckets is
  prorated in each but whole in the cumulative).
- The holding at the end of a bucket is the last snapshot plus the changes since
  (or the next snapshot minus the changes until it). Where the figures stop
  before the bucket ends, the holding is given for the last day they reach
  (`holding_on`), if that day is in the bucket.
- `--from` alone runs to the latest `end` among the records the filters select;
  `--to` alone starts at the earliest `start`. No window at all covers every
  selected record, by year.
- Comparison: a report on an explicit window compares with the previous equal
  period (`periods.previous`) unless told otherwise. Ratios are current ÷
  baseline; the area change is current − baseline.
"""

import sqlite3
from datetime import date, timedelta
from typing import NamedTuple

from frontline.model import periods
from frontline.model.bounds import subtract as subtract_bound
from frontline.model.figures import Holding, Integral, SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.reports.common import (
    Shares,
    Warning,
    WarningBook,
    note_gaps,
    resolve_window,
)
from frontline.store.select import load

_new_tuple = tuple.__new__  # a NamedTuple without its Python-level __new__


class Pace(NamedTuple):
    """The rate over a trailing window ending on a bucket's last day, against the
    same rate over the window just before it ("the last 4 weeks against the 4
    before")."""

    current: Integral
    previous: Integral

    @property
    def ratio(self) -> float | None:
        """current ÷ previous rate; None when the previous rate is not > 0 (a
        ratio against nothing or against a loss says nothing)."""
        now, before = self.current.rate, self.previous.rate
        if now is None or before is None or before <= 0:
            return None
        return now / before


class Row(NamedTuple):
    """One series in one bucket; `pace` only when asked for (`rolling`)."""

    key: SeriesKey
    bucket: Period
    integral: Integral
    cumulative: Integral
    holding: Holding | None
    warnings: tuple[int, ...] = ()
    pace: Pace | None = None


class Comparison(NamedTuple):
    """One series over the window against the same series over the baseline."""

    key: SeriesKey
    period: Period
    baseline: Period
    current: Integral
    base: Integral

    @property
    def area_ratio(self) -> float | None:
        """total ÷ baseline total; None when the baseline is ≤ 0 (a ratio
        against nothing or against a loss says nothing)."""
        base = self.base.total
        if self.current.total is None or base is None or base <= 0:
            return None
        return self.current.total / base

    @property
    def baseline_below_half(self) -> bool:
        """Whether figures cover less than half of the baseline's days: its
        total then understates the period, and the ratio of totals with it."""
        return self.base.coverage < 0.5

    @property
    def area_change(self) -> float | None:
        if self.current.total is None or self.base.total is None:
            return None
        return self.current.total - self.base.total

    @property
    def change_bound(self) -> str | None:
        if self.current.bound is None or self.base.bound is None:
            return None
        return subtract_bound(self.current.bound, self.base.bound)

    @property
    def rate_ratio(self) -> float | None:
        base = self.base.rate
        if self.current.rate is None or base is None or base <= 0:
            return None
        return self.current.rate / base


class Report:
    """Rows per series and bucket, comparisons, and the warnings they raised."""

    def __init__(
        self,
        window: Period | None,
        by: str | None,
        scope: Scope,
        baseline: Period | None = None,
        records_read: int = 0,
    ) -> None:
        self.window = window
        self.by = by
        self.scope = scope
        self.baseline = baseline
        self.records_read = records_read
        self.rolling: tuple[int, str] | int | None = None
        self.shares = Shares({})
        self.rows: list[Row] = []
        self.comparisons: list[Comparison] = []
        self.warnings: list[Warning] = []


PREVIOUS = "previous"


def report(
    conn: sqlite3.Connection | None,
    scope: Scope,
    window: Period | None,
    by: str | None = None,
    compare: Period | str | None = None,
    *,
    common: bool = False,
    rolling: int | tuple[int, str] | None = None,
) -> Report:
    """Totals, coverage, rates, cumulative totals and holdings per series and
    bucket, and the comparison of the whole window with a baseline.

    `scope` names series as stored: `ReportSpec` (reports/spec.py) spells what a
    person typed, or refuses it. Without a window the report covers every
    selected record, by year.
    `compare` is a period, `PREVIOUS` (the previous equal period) or None.
    `common`: series of one actor, region and layer from several sources count
    only the days every one of them covers (as `sources` does).
    `rolling` (a length: days, or (n, 'm'|'y')) adds each bucket's `Pace`.
    """
    if window is None:
        window = resolve_window(conn, scope, None, None)
        by = by or "year"
        if window is None:
            return Report(None, by, scope)
    baseline = periods.previous(window) if compare == PREVIOUS else compare
    assert baseline is None or isinstance(baseline, Period)
    buckets = periods.buckets(window, by)
    windows = [(b.start, b.end) for b in buckets] + [(window.start, window.end)]
    if baseline is not None:
        windows.append((baseline.start, baseline.end))
    paces = [_pace_windows(b.end, rolling) for b in buckets] if rolling else []
    windows += [(before.start, now.end) for now, before in paces]
    # The common days' edges are known only once the series are built, so
    # snapshots are not thinned to the window's edges then.
    loaded = load(conn, scope, windows, thin=not common)
    note_gaps(conn, loaded.series)
    result = Report(window, by, scope, baseline, records_read=loaded.records_read)
    result.rolling = rolling
    result.shares = Shares.of_database(conn)
    book = WarningBook(result.warnings)
    spans = [(bucket.start, bucket.end) for bucket in buckets]
    # The cumulative total of the first bucket is its own total.
    running = [(window.start, b.end) for b in buckets if b.start != window.start]
    # Every series is asked about the same days: their ordinals, once.
    spans_days = [(a.toordinal(), b.toordinal()) for a, b in spans]
    running_days = [(a.toordinal(), b.toordinal()) for a, b in running]
    chosen = sorted(loaded.series, key=lambda s: s.key)
    del loaded  # each series is let go once its rows are made (below)
    if common:
        chosen = _on_common_days(chosen)
    chosen.reverse()
    while chosen:
        # Popped, so that a series' model is freed once its rows are made and
        # the rows reuse its memory: a long report's peak is then the models,
        # not the models and the rows (fewer pages for the system to map).
        series = chosen.pop()
        whole = series.window(window.start, window.end)
        base = series.window(baseline.start, baseline.end) if baseline else None
        if not (whole.covered or (base and base.covered) or _holds(series, window)):
            continue
        first_row = len(result.rows)
        _rows(
            result.rows,
            series,
            buckets,
            (spans, spans_days),
            (running, running_days),
            book,
        )
        for k, (now, before) in enumerate(paces):
            pace = Pace(
                series.window(now.start, now.end),
                series.window(before.start, before.end),
            )
            result.rows[first_row + k] = result.rows[first_row + k]._replace(pace=pace)
        if baseline is not None and base is not None:
            book.note(series, baseline.start, baseline.end)
            result.comparisons.append(
                Comparison(series.key, window, baseline, whole, base)
            )
    return result


def _pace_windows(end: date, length: int | tuple[int, str]) -> tuple[Period, Period]:
    """The trailing window of `length` ending on `end`, and the one before it."""
    now = periods.trailing(end, length)
    return now, periods.trailing(now.start - timedelta(days=1), length)


def _on_common_days(chosen: list) -> list:
    """Each actor/region/layer's series restricted to the days all its sources
    cover (`model.views.on_common_days`)."""
    from frontline.model.views import on_common_days

    groups: dict[tuple[str, str, str], list] = {}
    for series in chosen:
        groups.setdefault(series.key[:3], []).append(series)
    result = []
    for members in groups.values():
        result.extend(on_common_days(members))
    return sorted(result, key=lambda s: s.key)


def _holds(series: Series, window: Period) -> bool:
    """Whether a holding is known within the window: a series that is a single
    snapshot has no change on any day, yet it answers what was held."""
    return (
        series.has_holdings and series.holding_by(window.end, window.start) is not None
    )


def _rows(
    rows: list[Row],
    series: Series,
    buckets: list[Period],
    spans: tuple[list[tuple[date, date]], list[tuple[int, int]]],
    running: tuple[list[tuple[date, date]], list[tuple[int, int]]],
    book: WarningBook,
) -> None:
    """The rows of one series, a bucket each: its total, the cumulative total from
    the window's first day, and the holding at its end (tens of thousands of rows
    in a long report, hence the batch). `spans` and `running` are the buckets'
    days and the running totals' days, each with their ordinals."""
    integrals = series.windows(*spans)
    cumulatives = series.windows(*running)
    if len(cumulatives) < len(integrals):
        cumulatives.insert(0, integrals[0])
    key = series.key
    if series.has_holdings:
        holdings = series.holdings_by(*spans)
    else:
        holdings = [None] * len(buckets)
    parts = zip(buckets, integrals, cumulatives, holdings, strict=True)
    if not series.issues:
        rows += [
            _new_tuple(Row, (key, bucket, integral, cumulative, holding, (), None))
            for bucket, integral, cumulative, holding in parts
        ]
        return
    noted = book.note_each(series, buckets)
    rows += [
        _new_tuple(Row, (key, bucket, integral, cumulative, holding, numbers, None))
        for (bucket, integral, cumulative, holding), numbers in zip(
            parts, noted, strict=True
        )
    ]
