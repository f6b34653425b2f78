"""What every report shares: warnings numbered as they touch the report's days,
closing open windows on the records, and a paused garbage collector."""

import gc
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from operator import attrgetter, lt
from typing import NamedTuple

from frontline.errors import InputError
from frontline.model import periods
from frontline.model.figures import Issue
from frontline.model.gaps import gap_issue, gap_threshold, median_spacing
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.store.select import earliest_day, latest_day
from frontline.store.spacing import spacings, spacings_of


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a report is built and printed.

    A whole-history report creates several hundred thousand long-lived objects
    (records, nodes of the model, rows) and no reference cycles among them. The
    collector, triggered by allocation counts, walks all of them again and again
    as they pile up: a third of the run time on a million records, reclaiming
    nothing. Reference counting still frees everything as before.

    Let the report go inside the block: the first collection after it would
    otherwise walk everything allocated meanwhile that is still alive.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Shares:
    """Figures as a share of their region's area, for regions with a known area
    (`frontline region set`): 110,649 km² of Ukraine's 603,628 is 0.1833."""

    def __init__(self, areas: dict[str, float]) -> None:
        self.areas = areas

    @classmethod
    def of_database(cls, conn: sqlite3.Connection | None) -> "Shares":
        from frontline.store.regions import region_areas

        return cls(region_areas(conn))

    def share(self, value: float | None, region: str) -> float | None:
        """value ÷ the region's area; None when either is unknown. A sum of
        layers is a share of the same region as its layers."""
        area = self.areas.get(region)
        if value is None or not area:
            return None
        return value / area

    def known(self, regions: object) -> bool:
        """Whether any of these regions has an area."""
        return any(region in self.areas for region in regions)  # type: ignore[attr-defined]


class Warning(NamedTuple):
    """An issue of the model that touched a report's numbers."""

    number: int
    issue: Issue


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


def series_gaps(
    conn: sqlite3.Connection | None, series: Series, minimum: int | None = None
) -> list[Issue]:
    """The gaps of a series over the days its loaded records span (see
    `model.gaps`): runs of at least `minimum` missing days, by default 3 for a
    daily series, else 3× its median spacing over those days."""
    days = _loaded_days(series)
    if days is None:
        return []
    count, larger = spacings(conn, series.key, *days)
    return _gaps(series, count, larger, minimum)


def _loaded_days(series: Series) -> tuple[date, date] | None:
    """The first and last day of a series' loaded records."""
    if not series.records:
        return None
    return min(map(_START, series.records)), max(map(_END, series.records))


def _gaps(
    series: Series,
    count: int,
    larger: list[tuple[date, date, int]],
    minimum: int | None,
) -> list[Issue]:
    """`series_gaps` from the series' spacings."""
    if not larger:
        return []
    if minimum is None:
        minimum = gap_threshold(median_spacing([s for *_, s in larger], count))
    issues = []
    for reach, start, spacing in larger:
        if spacing - 1 < minimum:
            continue
        first, last = reach + timedelta(days=1), start - timedelta(days=1)
        bridged = series.covered_days(first, last) == spacing - 1
        issues.append(gap_issue(series.key, first, last, bridged))
    return issues


def note_gaps(conn: sqlite3.Connection | None, loaded: Iterable[object]) -> None:
    """Add each loaded series' gaps to its issues, so that a report warns about
    those touching its days like any other issue (a sum of layers: its layers').
    The spacings of every series are read at once (`spacings_of`); a series
    loaded with every change record over its days gives those, unread, and
    when they and its loaded snapshots cover all its days it has no gap
    (`Series.changes_cover` when its change records run unbroken, else
    `_spaced_daily`): nothing is read."""
    bases: list[Series] = []
    wanted = []
    for series in loaded:
        for base in getattr(series, "parts", (series,)):
            days = _loaded_days(base)
            if days is None:
                continue
            over = base.changes_over
            known = None
            if over is not None and over[0] <= days[0] and days[1] <= over[1]:
                if base.changes_cover(days[0], days[1] - _DAY):
                    continue
                known = [(r.start, r.end) for r in base.records if r.kind == "change"]
                if _spaced_daily(base, known, *days):
                    continue
            bases.append(base)
            wanted.append((base.key, *days, known))
    for base, (count, larger) in zip(bases, spacings_of(conn, wanted), strict=True):
        base.issues.extend(_gaps(base, count, larger, None))


def _spaced_daily(
    series: Series, changes: list[tuple[date, date]], lo: date, hi: date
) -> bool:
    """Whether some of the series' figures alone (its change records over lo..hi,
    all loaded, and its loaded snapshots) cover every day of lo..hi but the
    last: then every figure starting after lo starts at most a day after one
    before it ends, so no spacing is over a day and there is no gap, whatever
    the snapshots not loaded (no need to count them)."""
    need = lo  # the first day of lo..hi-1 not yet known to be covered
    for start, end in sorted(changes):
        if need >= hi:
            return True
        if start > need and not _all_snapshots(series, need, min(start, hi) - _DAY):
            return False
        if end >= need:
            need = end + _DAY
    return need >= hi or _all_snapshots(series, need, hi - _DAY)


def _all_snapshots(series: Series, first: date, last: date) -> bool:
    """Whether every day of first..last has a loaded snapshot."""
    return series.snapshot_count(first, last) == (last - first).days + 1


_DAY = timedelta(days=1)
_START = attrgetter("start")
_END = attrgetter("end")


class WarningBook:
    """Numbers the model's issues once each, as they touch the report's days."""

    def __init__(self, warnings: list[Warning]) -> None:
        self.warnings = warnings
        self.numbers: dict[int, int] = {}

    def note(self, series: Series, first: date, last: date) -> tuple[int, ...]:
        return self._numbered(
            issue
            for issue in series.issues
            if issue.first <= last and issue.last >= first
        )

    def _numbered(self, issues: Iterable[Issue]) -> tuple[int, ...]:
        """The warning numbers of these issues, each numbered when first met."""
        touched = []
        for issue in issues:
            number = self.numbers.get(id(issue))
            if number is None:
                number = self.numbers[id(issue)] = len(self.warnings) + 1
                self.warnings.append(Warning(number, issue))
            touched.append(number)
        return tuple(touched)

    def note_each(self, series: Series, spans: list[Period]) -> list[tuple[int, ...]]:
        """`note` for each of a series' buckets, in order: the same numbers,
        found by a search per issue among the buckets rather than a test of
        every issue in every bucket (a long report over a series with many
        gaps asks about ~10^5 pairs). Buckets in day order, none overlapping
        the next; others are noted one by one."""
        starts = [span.start for span in spans]
        ends = [span.end for span in spans]
        if not all(map(lt, ends, starts[1:])):
            return [self.note(series, span.start, span.end) for span in spans]
        # Only the buckets some issue touches (a few of a long report's):
        # the others note nothing, `()`, as `_numbered` gives them.
        touching: dict[int, list[Issue]] = {}
        for issue in series.issues:  # in the order `note` tests them
            for k in range(
                bisect_left(ends, issue.first), bisect_right(starts, issue.last)
            ):
                issues = touching.get(k)
                if issues is None:
                    touching[k] = [issue]
                else:
                    issues.append(issue)
        noted: list[tuple[int, ...]] = [()] * len(spans)
        for k in sorted(touching):  # numbered bucket after bucket
            noted[k] = self._numbered(touching[k])
        return noted


# --- balance -------------------------------------------------------------------
