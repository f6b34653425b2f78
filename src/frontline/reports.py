"""Reports: window totals, cumulative totals, comparisons, balances, projections and
checks, all computed from the rate model in `series.py`.

Every number here is `Series.window` (an integral of a series' rate) or
`Series.holding_at` (a snapshot plus such an integral); there is no other route
from records to report numbers. A report returns data; `report_render.py` prints
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
- Balance pairs actors within one source (and layer) in one region: ISW's
  Ukrainian gains are set against ISW's Russian gains, never against another
  source's. An actor's "retaken" is the other actors' gains in the region over
  the window; "net" is gained − retaken; the share retaken is retaken ÷ gained.
  The default window covers every record of the region that the filters select.
- Projection carries a trailing rate forward: by default the rate over the 90
  days ending on the latest record's end, per covered day; it projects the gain
  from each series' last covered day to the target date, and the holding there
  where holdings are known. Projections are always approximate (`~`).

How records are selected (a report must not read what it does not need): for
each series, the records overlapping the requested days, widened to the hull of
their spans (a parent's children outside the window change its remainder rate),
plus the last snapshot before and the first after that hull, repeated until
nothing more overlaps. Holdings inside the hull are thinned: only the snapshots
nearest to each day where a number can change (window and bucket edges, the
edges of the change records loaded) are read. Between two such days a run of
snapshots telescopes to h_last − h_first, so every report number is the same as
with all snapshots loaded (tests compare the two).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from frontline import periods
from frontline.errors import InputError
from frontline.periods import Period
from frontline.records import Record
from frontline.series import Holding, Integral, Issue, Series, SeriesKey, build, combine
from frontline.series import gaps as series_gaps
from frontline.series import subtract as subtract_bound

_KEY_COLUMNS = ("actor", "region", "layer", "source")
_COLUMNS = (
    'id, kind, actor, region, layer, start, "end", area_km2, bound, source, published'
)
_ONE_DAY = timedelta(days=1)


class Scope(NamedTuple):
    """Which series a report is about: any of actor, region, layer, source."""

    actor: str | None = None
    region: str | None = None
    layer: str | None = None
    source: str | None = None

    def where(self, table: str = "") -> tuple[str, list[object]]:
        prefix = f"{table}." if table else ""
        clauses, params = [], []
        for name in _KEY_COLUMNS:
            value = getattr(self, name)
            if value is not None:
                clauses.append(f"{prefix}{name} = ?")
                params.append(value)
        return (" AND ".join(clauses) or "1"), params

    def describe(self) -> str:
        return ", ".join(
            f"{name} {getattr(self, name)}"
            for name in _KEY_COLUMNS
            if getattr(self, name) is not None
        )


# --- selecting records ---------------------------------------------------------


class Loaded:
    """The series a report needs, and how many records were read to build them."""

    __slots__ = ("records_read", "series")

    def __init__(self, series: list[Series], records_read: int = 0) -> None:
        self.series = series
        self.records_read = records_read


class _Dates:
    """ISO text to `date`, cached: the same few thousand days recur in every series."""

    def __init__(self) -> None:
        self.cache: dict[str, date] = {}

    def __call__(self, text: str) -> date:
        day = self.cache.get(text)
        if day is None:
            day = self.cache[text] = date.fromisoformat(text)
        return day


def _record(row: Sequence, day: _Dates) -> Record:
    return Record(
        kind=row[1],
        actor=row[2],
        region=row[3],
        layer=row[4],
        start=day(row[5]),
        end=day(row[6]),
        area_km2=float(row[7]),
        bound=row[8],
        source=row[9],
        published=day(row[10]) if row[10] else None,
        id=row[0],
    )


def earliest_day(conn: sqlite3.Connection | None, scope: Scope) -> date | None:
    """The first day of any record the scope selects."""
    return _extreme(conn, scope, "min(start)")


def latest_day(conn: sqlite3.Connection | None, scope: Scope) -> date | None:
    """The last day of any record the scope selects: what `--from` alone runs to."""
    return _extreme(conn, scope, 'max("end")')


def _extreme(conn: sqlite3.Connection | None, scope: Scope, what: str) -> date | None:
    if conn is None:
        return None
    where, params = scope.where()
    (value,) = conn.execute(
        f"SELECT {what} FROM records WHERE {where}", params
    ).fetchone()
    return date.fromisoformat(value) if value else None


def series_keys(conn: sqlite3.Connection, scope: Scope) -> list[SeriesKey]:
    """Distinct series the scope selects, found by walking the series index one
    value at a time (a few index seeks per series, never a scan of the table)."""
    keys: list[tuple[str, ...]] = [()]
    for depth, column in enumerate(_KEY_COLUMNS):
        fixed = getattr(scope, column)
        deeper: list[tuple[str, ...]] = []
        for prefix in keys:
            where = " AND ".join(f"{c} = ?" for c in _KEY_COLUMNS[:depth]) or "1"
            if fixed is not None:
                hit = conn.execute(
                    f"SELECT 1 FROM records WHERE {where} AND {column} = ? LIMIT 1",
                    (*prefix, fixed),
                ).fetchone()
                if hit:
                    deeper.append((*prefix, fixed))
                continue
            value = conn.execute(
                f"SELECT min({column}) FROM records WHERE {where}", prefix
            ).fetchone()[0]
            while value is not None:
                deeper.append((*prefix, value))
                value = conn.execute(
                    f"SELECT min({column}) FROM records WHERE {where} AND {column} > ?",
                    (*prefix, value),
                ).fetchone()[0]
        keys = deeper
    return [tuple(key) for key in keys]  # type: ignore[misc]


_WANT = (
    "WITH want(i, actor, region, layer, source, lo, hi) AS (SELECT "
    + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(7))
    + " FROM json_each(?)) "
)
_SAME_SERIES = (
    "r.actor = w.actor AND r.region = w.region AND r.layer = w.layer "
    "AND r.source = w.source AND +r.kind = 'holding'"
)


def _anchors(
    conn: sqlite3.Connection, hulls: dict[SeriesKey, list[date]], keys: list[SeriesKey]
) -> dict[SeriesKey, tuple]:
    """Per series: the last snapshot before its hull, the first and last inside,
    the first after (each as (id, end) or None)."""

    def pick(condition: str, order: str) -> str:
        return (
            f'(SELECT json_array(r.id, r."end") FROM records r WHERE {_SAME_SERIES} '
            f'AND {condition} ORDER BY r."end" {order} LIMIT 1)'
        )

    want = [
        [i, *key, hulls[key][0].isoformat(), hulls[key][1].isoformat()]
        for i, key in enumerate(keys)
    ]
    sql = (
        _WANT
        + "SELECT w.i, "
        + ", ".join(
            (
                pick('r."end" < w.lo', "DESC"),
                pick('r."end" >= w.lo AND r."end" <= w.hi', "ASC"),
                pick('r."end" >= w.lo AND r."end" <= w.hi', "DESC"),
                pick('r."end" > w.hi', "ASC"),
            )
        )
        + " FROM want w"
    )
    result = {}
    for i, *found in conn.execute(sql, (json.dumps(want),)):
        result[keys[i]] = tuple(
            (pair[0], date.fromisoformat(pair[1])) if pair else None
            for pair in (json.loads(text) if text else None for text in found)
        )
    return result


class _Selection:
    """The records of every series in scope that the requested windows depend on."""

    def __init__(self, conn: sqlite3.Connection, scope: Scope) -> None:
        self.conn = conn
        self.scope = scope
        self.day = _Dates()
        self.read = 0
        self.changes: dict[SeriesKey, dict[int, Record]] = {}
        self.loaded: dict[SeriesKey, tuple[date, date]] = {}

    def fetch(self, sql: str, params: Sequence[object]) -> list[Record]:
        rows = self.conn.execute(sql, params).fetchall()
        self.read += len(rows)
        return [_record(row, self.day) for row in rows]

    def load_changes(self, hulls: dict[SeriesKey, list[date]]) -> None:
        """Change records overlapping each series' hull (the parts not loaded yet):
        one query for the days every hull shares, one per series beyond them."""
        if not self.loaded:
            lo = max(h[0] for h in hulls.values())
            hi = min(h[1] for h in hulls.values())
            if lo <= hi:
                where, params = self.scope.where()
                self._changes(where, params, lo, hi)
                self.loaded = {key: (lo, hi) for key in hulls}
        for key, (lo, hi) in hulls.items():
            have = self.loaded.get(key)
            if have and have[0] <= lo and hi <= have[1]:
                continue
            where = " AND ".join(f"{name} = ?" for name in _KEY_COLUMNS)
            params: list[object] = list(key)
            if have:
                # Only what does not overlap the days already loaded.
                where += ' AND ("end" < ? OR start > ?)'
                params += [have[0].isoformat(), have[1].isoformat()]
                lo, hi = min(lo, have[0]), max(hi, have[1])
            self.loaded[key] = (lo, hi)
            self._changes(where, params, lo, hi)

    def _changes(self, where: str, params: list[object], lo: date, hi: date) -> None:
        sql = (
            f"SELECT {_COLUMNS} FROM records WHERE kind = 'change' "
            f'AND "end" >= ? AND start <= ? AND {where}'
        )
        for record in self.fetch(sql, [lo.isoformat(), hi.isoformat(), *params]):
            self.changes.setdefault(record.series, {})[record.id] = record  # type: ignore[index]


def load(
    conn: sqlite3.Connection | None,
    scope: Scope,
    windows: Sequence[tuple[date, date]],
    *,
    thin: bool = True,
) -> Loaded:
    """Build the series the windows need, reading only the records they depend on."""
    if conn is None or not windows:
        return Loaded([])
    lo = min(first for first, _ in windows)
    hi = max(last for _, last in windows)
    selection = _Selection(conn, scope)
    keys = series_keys(conn, scope)
    if not keys:
        return Loaded([])
    hulls = {key: [lo, hi] for key in keys}
    anchors = _settle_hulls(selection, keys, hulls)
    records = {key: list(selection.changes.get(key, {}).values()) for key in keys}
    for key in keys:
        first, last = hulls[key]
        records[key] = [r for r in records[key] if r.end >= first and r.start <= last]
    edges = {first - _ONE_DAY for first, _ in windows} | {last for _, last in windows}
    holdings = _holdings(selection, keys, hulls, anchors, records, edges, thin)
    built = []
    for key in keys:
        chosen = records[key] + holdings.get(key, [])
        if chosen:
            built.append(build(chosen, key))
    return Loaded(built, selection.read)


def _settle_hulls(
    selection: _Selection, keys: list[SeriesKey], hulls: dict[SeriesKey, list[date]]
) -> dict[SeriesKey, tuple]:
    """Widen each series' hull until no record outside it can change a number in it:
    change records overlapping it, and the holding-derived changes reaching into it."""
    while True:
        anchors = _anchors(selection.conn, hulls, keys)
        grown = False
        for key in keys:
            before, _, last_in, after = anchors[key]
            hull = hulls[key]
            if before and before[1] < hull[0] - _ONE_DAY:
                hull[0], grown = before[1] + _ONE_DAY, True
            if after and (last_in is None or last_in[1] < hull[1]):
                hull[1], grown = after[1], True
        selection.load_changes(hulls)
        for key in keys:
            hull = hulls[key]
            for record in selection.changes.get(key, {}).values():
                if record.end >= hull[0] and record.start <= hull[1]:
                    if record.start < hull[0]:
                        hull[0], grown = record.start, True
                    if record.end > hull[1]:
                        hull[1], grown = record.end, True
        if not grown:
            return anchors


def _holdings(
    selection: _Selection,
    keys: list[SeriesKey],
    hulls: dict[SeriesKey, list[date]],
    anchors: dict[SeriesKey, tuple],
    changes: dict[SeriesKey, list[Record]],
    edges: set[date],
    thin: bool,
) -> dict[SeriesKey, list[Record]]:
    """The snapshots each series needs: its anchors, and inside its hull either all
    snapshots (`thin=False`) or those nearest to every day a number can change."""
    wanted: dict[SeriesKey, set[int]] = {}
    days: dict[SeriesKey, set[date]] = {}
    for key in keys:
        ids = {pair[0] for pair in anchors[key] if pair}
        if not ids:
            continue
        wanted[key] = ids
        first, last = hulls[key]
        series_days = {d for d in edges if first <= d <= last}
        series_days.update({first - _ONE_DAY, last})
        for record in changes[key]:
            series_days.update((record.start - _ONE_DAY, record.end))
        days[key] = series_days
    inside = [k for k in wanted if anchors[k][1] is not None]
    if inside and not thin:
        _all_inside(selection, inside, anchors, wanted)
    elif inside:
        _nearest_inside(selection, inside, anchors, days, wanted)
    every = sorted({i for ids in wanted.values() for i in ids})
    result: dict[SeriesKey, list[Record]] = {}
    for start in range(0, len(every), 50_000):
        chunk = every[start : start + 50_000]
        for record in selection.fetch(
            f"SELECT {_COLUMNS} FROM records "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(chunk),),
        ):
            result.setdefault(record.series, []).append(record)
    return result


def _all_inside(
    selection: _Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    wanted: dict[SeriesKey, set[int]],
) -> None:
    for key in keys:
        first, last = anchors[key][1][1], anchors[key][2][1]
        rows = selection.conn.execute(
            "SELECT id FROM records WHERE actor = ? AND region = ? AND layer = ? "
            'AND source = ? AND "end" >= ? AND "end" <= ? AND +kind = \'holding\'',
            (*key, first.isoformat(), last.isoformat()),
        )
        wanted[key].update(i for (i,) in rows)


def _nearest_inside(
    selection: _Selection,
    keys: list[SeriesKey],
    anchors: dict[SeriesKey, tuple],
    days: dict[SeriesKey, set[date]],
    wanted: dict[SeriesKey, set[int]],
) -> None:
    """For every day a number can change: the snapshot on it, else the nearest on
    each side. Exact hits come from one query on the `end` index; only the days
    without a snapshot cost a seek on each side."""
    conn = selection.conn
    wanted_days = {key: {d.isoformat() for d in days[key]} for key in keys}
    every_day = sorted(set().union(*wanted_days.values()))
    # ISO dates compare as text, so the rows need no conversion here.
    inside = {key: (anchors[key][1][1].isoformat(), anchors[key][2][1].isoformat())
              for key in keys}  # fmt: skip
    where, params = selection.scope.where()
    hits: dict[SeriesKey, set[str]] = {key: set() for key in keys}
    sql = (
        f'SELECT id, actor, region, layer, source, "end" FROM records '
        f"WHERE \"end\" IN (SELECT value FROM json_each(?)) AND +kind = 'holding' "
        f"AND {where}"
    )
    for i, actor, region, layer, source, end in conn.execute(
        sql, (json.dumps(every_day), *params)
    ):
        key = (actor, region, layer, source)
        span = inside.get(key)
        if span is not None and span[0] <= end <= span[1]:
            wanted[key].add(i)
            hits[key].add(end)
    misses = []
    for index, key in enumerate(keys):
        first, last = inside[key]
        for day in wanted_days[key].difference(hits[key]):
            if first < day < last:
                misses.append([index, *key, day, first, last])
    if not misses:
        return
    nearest = (
        "WITH want(i, actor, region, layer, source, p, lo, hi) AS (SELECT "
        + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(8))
        + " FROM json_each(?)) SELECT w.i, "
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" <= w.p '
        'AND r."end" >= w.lo ORDER BY r."end" DESC LIMIT 1), '
        f'(SELECT r.id FROM records r WHERE {_SAME_SERIES} AND r."end" >= w.p '
        'AND r."end" <= w.hi ORDER BY r."end" ASC LIMIT 1) FROM want w'
    )
    for index, below, above in conn.execute(nearest, (json.dumps(misses),)):
        wanted[keys[index]].update(i for i in (below, above) if i is not None)


def load_all(conn: sqlite3.Connection | None, scope: Scope) -> Loaded:
    """Every record the scope selects, as series (for `check`)."""
    if conn is None:
        return Loaded([])
    where, params = scope.where()
    day = _Dates()
    grouped: dict[SeriesKey, list[Record]] = {}
    count = 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM records WHERE {where}", params):
        record = _record(row, day)
        grouped.setdefault(record.series, []).append(record)
        count += 1
    return Loaded([build(grouped[key], key) for key in sorted(grouped)], count)


# --- reports -------------------------------------------------------------------


class Warning(NamedTuple):
    """An issue of the model that touched a report's numbers."""

    number: int
    issue: Issue


class Row(NamedTuple):
    """One series in one bucket."""

    key: SeriesKey
    bucket: Period
    integral: Integral
    cumulative: Integral
    holding: Holding | None
    warnings: tuple[int, ...] = ()


class Comparison(NamedTuple):
    """One series over the window against the same series over the baseline."""

    key: SeriesKey
    period: Period
    baseline: Period
    current: Integral
    base: Integral

    @property
    def area_ratio(self) -> float | None:
        if self.current.total is None or not self.base.total:
            return None
        return self.current.total / self.base.total

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
        if self.current.rate is None or not self.base.rate:
            return None
        return self.current.rate / self.base.rate


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
        self.rows: list[Row] = []
        self.comparisons: list[Comparison] = []
        self.warnings: list[Warning] = []


PREVIOUS = "previous"


def resolve_window(
    conn: sqlite3.Connection | None,
    scope: Scope,
    first: date | None,
    last: date | None,
) -> Period | None:
    """Close open ends on the records: `--from` alone runs to the latest record's
    end, `--to` alone starts at the earliest record's start."""
    if first is None:
        first = earliest_day(conn, scope)
    if last is None:
        last = latest_day(conn, scope)
    if first is None or last is None:
        return None
    if last < first:
        raise InputError(
            "from", f"{first} is after the last day of the records ({last})"
        )
    return periods.span(first, last)


def report(
    conn: sqlite3.Connection | None,
    scope: Scope,
    window: Period | None,
    by: str | None = None,
    compare: Period | str | None = None,
) -> Report:
    """Totals, coverage, rates, cumulative totals and holdings per series and
    bucket, and the comparison of the whole window with a baseline.

    Without a window the report covers every selected record, by year.
    `compare` is a period, `PREVIOUS` (the previous equal period) or None.
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
    loaded = load(conn, scope, windows)
    result = Report(window, by, scope, baseline, records_read=loaded.records_read)
    book = _WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        whole = series.window(window.start, window.end)
        base = series.window(baseline.start, baseline.end) if baseline else None
        if not whole.covered and not (base and base.covered):
            continue
        for bucket in buckets:
            result.rows.append(_row(series, window, bucket, book))
        if baseline is not None and base is not None:
            book.note(series, baseline.start, baseline.end)
            result.comparisons.append(
                Comparison(series.key, window, baseline, whole, base)
            )
    return result


def _row(series: Series, window: Period, bucket: Period, book: _WarningBook) -> Row:
    integral = series.window(bucket.start, bucket.end)
    cumulative = (
        integral
        if bucket.start == window.start
        else series.window(window.start, bucket.end)
    )
    holding = (
        series.holding_by(bucket.end, bucket.start) if series.has_holdings else None
    )
    numbers = book.note(series, bucket.start, bucket.end)
    return Row(series.key, bucket, integral, cumulative, holding, numbers)


class _WarningBook:
    """Numbers the model's issues once each, as they touch the report's days."""

    def __init__(self, warnings: list[Warning]) -> None:
        self.warnings = warnings
        self.numbers: dict[int, int] = {}

    def note(self, series: Series, first: date, last: date) -> tuple[int, ...]:
        touched = []
        for issue in series.issues:
            if issue.first <= last and issue.last >= first:
                number = self.numbers.get(id(issue))
                if number is None:
                    number = self.numbers[id(issue)] = len(self.warnings) + 1
                    self.warnings.append(Warning(number, issue))
                touched.append(number)
        return tuple(touched)


# --- balance -------------------------------------------------------------------


class BalanceRow(NamedTuple):
    """One actor's gains in a region against the other actors' (same source)."""

    region: str
    layer: str
    source: str
    actor: str
    gained: Integral
    retaken: float | None
    retaken_bound: str | None
    others: tuple[str, ...]

    @property
    def net(self) -> float | None:
        if self.gained.total is None or self.retaken is None:
            return None
        return self.gained.total - self.retaken

    @property
    def net_bound(self) -> str | None:
        if self.gained.bound is None or self.retaken_bound is None:
            return None
        return subtract_bound(self.gained.bound, self.retaken_bound)

    @property
    def share_retaken(self) -> float | None:
        if self.retaken is None or not self.gained.total:
            return None
        return self.retaken / self.gained.total


class Balance:
    def __init__(self, window: Period | None, scope: Scope) -> None:
        self.window = window
        self.scope = scope
        self.rows: list[BalanceRow] = []
        self.warnings: list[Warning] = []


def balance(
    conn: sqlite3.Connection | None, scope: Scope, window: Period | None
) -> Balance:
    """Each actor's gains against the other actors' in the same region, layer and
    source. Without a window: every record of the region the scope selects."""
    if window is None:
        window = resolve_window(conn, scope, None, None)
        if window is None:
            return Balance(None, scope)
    loaded = load(conn, scope, [(window.start, window.end)])
    result = Balance(window, scope)
    book = _WarningBook(result.warnings)
    groups: dict[tuple[str, str, str], dict[str, Integral]] = {}
    for series in sorted(loaded.series, key=lambda s: s.key):
        integral = series.window(window.start, window.end)
        if not integral.covered:
            continue
        book.note(series, window.start, window.end)
        actor, region, layer, source = series.key
        groups.setdefault((region, layer, source), {})[actor] = integral
    for (region, layer, source), actors in sorted(groups.items()):
        by_gain = sorted(actors.items(), key=lambda item: -(item[1].total or 0))
        for actor, gained in by_gain:
            others = {a: i for a, i in actors.items() if a != actor}
            retaken = sum(i.total for i in others.values() if i.total is not None)
            bound = (
                combine(*(i.bound for i in others.values() if i.bound))
                if others
                else None
            )
            result.rows.append(
                BalanceRow(
                    region,
                    layer,
                    source,
                    actor,
                    gained,
                    retaken if others else None,
                    bound,
                    tuple(sorted(others)),
                )
            )
    return result


# --- projection ----------------------------------------------------------------

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
    result = Projection(window, until, scope, trailing)
    book = _WarningBook(result.warnings)
    for series in sorted(loaded.series, key=lambda s: s.key):
        rate = series.window(window.start, window.end)
        if not rate.covered or series.last_covered is None:
            continue
        book.note(series, window.start, window.end)
        start = min(series.last_covered, latest)
        holding = series.holding_by(start, first) if series.has_holdings else None
        result.rows.append(ProjectionRow(series.key, rate, start, until, holding))
    return result


# --- check ---------------------------------------------------------------------


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
