"""Balance: each actor's gains in a region against what the other actors of the
same source took back there.

Balance pairs actors within one source (and layer) in one region: ISW's
Ukrainian gains are set against ISW's Russian gains, never against another
source's. An actor's "retaken" is the other actors' gains in the region within
the window on the days from the first day its own gains there begin (its rate
first positive): what came before it started gaining cannot be a retaking.
Ukraine's gains in Kursk (from 6 August) are set against Russia's from
1 October. Russia's would be set against Ukraine's from 1 October, but no
Ukrainian figure falls on those days: retaken is then unknown (None, with the
reason in `retaken_missing`), never an exact 0. "Net" is gained − retaken; the
share retaken is retaken ÷ gained (none when nothing was gained), with the
bound of a quotient (`bounds.divide`). The default window covers every record
of the region that the filters select.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from frontline.model.bounds import combine, divide
from frontline.model.bounds import subtract as subtract_bound
from frontline.model.figures import Integral
from frontline.model.periods import Period
from frontline.model.scope import Scope
from frontline.model.series import Series
from frontline.reports.common import Warning, WarningBook, note_gaps, resolve_window
from frontline.store.select import load


class BalanceRow(NamedTuple):
    """One actor's gains in a region against what the other actors (same source)
    gained there from the day this actor's gains began: see `balance`."""

    region: str
    layer: str
    source: str
    actor: str
    gained: Integral
    retaken: float | None
    retaken_bound: str | None
    others: tuple[str, ...]
    since: date | None = None
    retaken_missing: str | None = None

    @property
    def share_bound(self) -> str | None:
        if self.share_retaken is None or self.retaken_bound is None:
            return None
        return divide(self.retaken_bound, self.gained.bound or "exact")

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
        """retaken ÷ gained; None when nothing was gained (nothing to take back)."""
        if self.retaken is None or self.gained.total is None:
            return None
        if self.gained.total <= 0:
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
    source. Without a window: every record of the region the scope selects.

    An actor's "retaken" is what the other actors gained in the region within the
    window on the days from the first day its own gains there begin (the first day
    of the window on which its rate is positive): only what came after it started
    gaining can take its gains back. Ukraine's gains in Kursk from 6 August come
    before Russia's from 1 October, so Russia retook part of them, and Ukraine
    retook none of Russia's. Where none of the other actors' figures falls on
    those days retaken is unknown, not 0: None, and `retaken_missing` says so
    (`MISSING_FIGURES`). An actor that gained on no day has nothing retaken
    (0). Net is gained − retaken; the share retaken is retaken ÷ gained.
    """
    if window is None:
        window = resolve_window(conn, scope, None, None)
        if window is None:
            return Balance(None, scope)
    loaded = load(conn, scope, [(window.start, window.end)])
    note_gaps(conn, loaded.series)
    result = Balance(window, scope)
    book = WarningBook(result.warnings)
    groups: dict[tuple[str, str, str], dict[str, tuple[Series, Integral]]] = {}
    for series in sorted(loaded.series, key=lambda s: s.key):
        integral = series.window(window.start, window.end)
        if not integral.covered:
            continue
        book.note(series, window.start, window.end)
        actor, region, layer, source = series.key
        groups.setdefault((region, layer, source), {})[actor] = (series, integral)
    for (region, layer, source), actors in sorted(groups.items()):
        by_gain = sorted(actors.items(), key=lambda item: -(item[1][1].total or 0))
        for actor, (series, gained) in by_gain:
            others = [s for a, (s, _) in actors.items() if a != actor]
            since = series.first_gain(window.start, window.end) if others else None
            retaken, bound, missing = _retaken(others, since, window.end)
            result.rows.append(
                BalanceRow(
                    region,
                    layer,
                    source,
                    actor,
                    gained,
                    retaken,
                    bound,
                    tuple(sorted(a for a in actors if a != actor)),
                    since,
                    missing,
                )
            )
    return result


MISSING_FIGURES = "no-figures"


def _retaken(
    others: list[Series], since: date | None, end: date
) -> tuple[float | None, str | None, str | None]:
    """The other actors' gains on since..end, the bound of their sum, and why
    there is none: None when there are no other actors, or when none of their
    figures falls on those days (`MISSING_FIGURES`: unknown, not 0). An actor
    that gained on no day has nothing to take back: exactly 0."""
    if not others:
        return None, None, None
    if since is None:
        return 0.0, "exact", None  # nothing gained: nothing to take back
    parts = [s.window(since, end) for s in others]
    totals = [part.total for part in parts if part.total is not None]
    if not totals:
        return None, None, MISSING_FIGURES
    total = 0.0
    for value in totals:
        total += value
    return total, combine(*(part.bound for part in parts if part.bound)), None
