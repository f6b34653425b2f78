"""Sources side by side: the same actor, region and layer as measured by two or
more sources (ISW's control map against DeepState's).

Sources measure different polygons and publish on different days, so a fair
comparison counts the same days for each: by default (`common`) every source's
change is its integral over the days every listed source covers within the
window (`model.views.on_common_days`); `common=False` takes each source's own
covered days. Holdings are compared on the shared snapshot days (a snapshot
from every source that day) nearest the window's ends. Differences are from
the first-listed source (alphabetical), or from `against`: current −
reference, in km² and as a percent of the reference (none when the reference
is ≤ 0, which no percent can be taken of).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from frontline.errors import InputError
from frontline.model.figures import Holding, Integral, SeriesKey
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.model.views import clip, intersect, on_common_days
from frontline.reports.common import (
    Shares,
    Warning,
    WarningBook,
    note_gaps,
    resolve_window,
)
from frontline.store.select import load


class Difference(NamedTuple):
    """A figure against the reference source's figure."""

    value: float | None
    reference: float | None

    @property
    def km2(self) -> float | None:
        if self.value is None or self.reference is None:
            return None
        return self.value - self.reference

    @property
    def percent(self) -> float | None:
        km2 = self.km2
        if km2 is None or self.reference is None or self.reference <= 0:
            return None
        return 100 * km2 / self.reference


class SourceRow(NamedTuple):
    key: SeriesKey
    change: Integral
    first_holding: Holding | None
    last_holding: Holding | None
    change_difference: Difference
    holding_difference: Difference


class SourceGroup(NamedTuple):
    """One actor, region and layer; the days compared; a row per source."""

    actor: str
    region: str
    layer: str
    reference: str
    common_days: int | None
    first_shared: date | None
    last_shared: date | None
    rows: list[SourceRow]


class SourcesReport:
    def __init__(
        self, window: Period | None, scope: Scope, common: bool, against: str | None
    ) -> None:
        self.window = window
        self.scope = scope
        self.common = common
        self.against = against
        self.groups: list[SourceGroup] = []
        self.warnings: list[Warning] = []
        self.shares = Shares({})


def sources(
    conn: sqlite3.Connection | None,
    scope: Scope,
    window: Period | None,
    *,
    common: bool = True,
    against: str | None = None,
) -> SourcesReport:
    """Each actor/region/layer with figures from two or more sources, side by
    side over the window (default: every record the scope selects)."""
    if scope.source is not None:
        raise InputError("source", "sources compares every source; leave --source out")
    if window is None:
        window = resolve_window(conn, scope, None, None)
        if window is None:
            return SourcesReport(None, scope, common, against)
    result = SourcesReport(window, scope, common, against)
    result.shares = Shares.of_database(conn)
    loaded = load(conn, scope, [(window.start, window.end)], thin=False)
    note_gaps(conn, loaded.series)
    groups: dict[tuple[str, str, str], list] = {}
    for series in sorted(loaded.series, key=lambda s: s.key):
        if series.window(window.start, window.end).covered or series.holding_by(
            window.end, window.start
        ):
            actor, region, layer, _ = series.key
            groups.setdefault((actor, region, layer), []).append(series)
    book = WarningBook(result.warnings)
    for (actor, region, layer), members in groups.items():
        if len(members) < 2:
            continue
        names = [s.key[3] for s in members]
        if against is not None and against not in names:
            continue
        reference = against if against is not None else names[0]
        for series in members:
            book.note(series, window.start, window.end)
        result.groups.append(
            _group(actor, region, layer, members, reference, window, common)
        )
    if against is not None and not result.groups:
        raise InputError(
            "against", f"no series of {against!r} shares its actor, region and layer"
        )
    return result


def _group(
    actor: str,
    region: str,
    layer: str,
    members: list,
    reference: str,
    window: Period,
    common: bool,
) -> SourceGroup:
    counted = on_common_days(members) if common else members
    days = None
    if common:
        shared = intersect(*(s.covered_runs() for s in members))
        days = sum((b - a).days + 1 for a, b in clip(shared, window.start, window.end))
    snapshot_days = set(members[0].snapshot_days(window.start, window.end))
    for series in members[1:]:
        snapshot_days.intersection_update(
            series.snapshot_days(window.start, window.end)
        )
    first = min(snapshot_days) if snapshot_days else None
    last = max(snapshot_days) if snapshot_days else None
    changes = [s.window(window.start, window.end) for s in counted]
    firsts = [s.holding_at(first) if first else None for s in members]
    lasts = [s.holding_at(last) if last else None for s in members]
    at = [s.key[3] for s in members].index(reference)
    rows = []
    for k, series in enumerate(members):
        rows.append(
            SourceRow(
                series.key,
                changes[k],
                firsts[k],
                lasts[k],
                Difference(changes[k].total, changes[at].total),
                Difference(
                    lasts[k].area if lasts[k] else None,
                    lasts[at].area if lasts[at] else None,
                ),
            )
        )
    rows.sort(key=lambda row: row.key[3] != reference)
    return SourceGroup(actor, region, layer, reference, days, first, last, rows)
