"""Series made of other series: one restricted to some days, and the sum of
layers of one source. Both answer the same questions as `Series` (window
integrals, holdings, first gain), from the integrals of the series they are made
of: no second route from records to numbers.

Why views and not new records: the rate model of each series stays exactly as
built from its own figures (its nesting, its conflicts, its warnings), and a
view only adds up what those series already answer.

- **Restricted to some days** (`Restricted`): a fair comparison of two sources
  counts only the days both cover. The integral over a window is the sum of the
  series' integrals over the pieces of the window inside those days; a figure
  cut by a piece's edge is prorated there (approx), as in any window.
- **A sum of layers** (`Summed`, `--layer A+B`): ISW's control map plus its
  assessed advances. The sum of two series' integrals over the same days is the
  integral of their summed rate, so a window of the sum is, on the days every
  layer covers, the sum of the layers' windows; a day on which one layer has no
  figure has no figure for the sum either (it is not covered). Bounds combine as
  for any sum (`bounds.combine`); a prorated part makes the total approx.
  Holdings add: the sum holds on a day what the layers hold together, known on
  the last day every layer's holding is known. Layers are only ever summed
  within one source: the caller groups by source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from frontline.errors import InputError
from frontline.model.bounds import combine
from frontline.model.figures import Held, Holding, Integral, Issue, SeriesKey
from frontline.model.series import Series
from frontline.model.values import parse_slug

Runs = list[tuple[date, date]]
_ONE_DAY = timedelta(days=1)


def add_over_days(start: date, end: date, parts: Iterable[Integral]) -> Integral:
    """The integral over start..end from integrals over disjoint pieces of it."""
    total, covered, bounds, prorated = 0.0, 0, [], False
    for part in parts:
        if not part.covered or part.total is None:
            continue
        total += part.total
        covered += part.covered
        bounds.append(part.bound or "exact")
        prorated = prorated or part.prorated
    if not covered:
        return Integral(start, end, None, 0, None, False)
    bound = "approx" if prorated else combine(*bounds)
    return Integral(start, end, total, covered, bound, prorated)


def add_on_same_days(parts: Sequence[Integral]) -> Integral:
    """The integral of summed rates from each rate's integral over the same days,
    every one of which all parts cover."""
    first = parts[0]
    total = 0.0
    for part in parts:
        assert part.total is not None and part.covered == first.covered
        total += part.total
    prorated = any(part.prorated for part in parts)
    bound = "approx" if prorated else combine(*(p.bound or "exact" for p in parts))
    return Integral(first.start, first.end, total, first.covered, bound, prorated)


def intersect(*runs_of: Runs) -> Runs:
    """The days in every list of runs (each sorted and disjoint), as runs."""
    result = list(runs_of[0])
    for runs in runs_of[1:]:
        merged: Runs = []
        i = j = 0
        while i < len(result) and j < len(runs):
            first = max(result[i][0], runs[j][0])
            last = min(result[i][1], runs[j][1])
            if first <= last:
                merged.append((first, last))
            if result[i][1] < runs[j][1]:
                i += 1
            else:
                j += 1
        result = merged
    return result


def clip(runs: Runs, start: date, end: date) -> Runs:
    """The runs cut to start..end."""
    return [
        (max(first, start), min(last, end))
        for first, last in runs
        if first <= end and last >= start
    ]


class Restricted:
    """A series counted only on some days (its holdings are not restricted: what
    is held on a day does not depend on which days are compared)."""

    def __init__(self, series: Series | Summed, days: Runs) -> None:
        self.series = series
        self.key: SeriesKey = series.key
        self.records = series.records
        self._runs = intersect(series.covered_runs(), days)

    @property
    def issues(self) -> list[Issue]:
        return self.series.issues

    @property
    def has_holdings(self) -> bool:
        return self.series.has_holdings

    @property
    def first_covered(self) -> date | None:
        return self._runs[0][0] if self._runs else None

    @property
    def last_covered(self) -> date | None:
        return self._runs[-1][1] if self._runs else None

    def covered_runs(self) -> Runs:
        return list(self._runs)

    def window(self, start: date, end: date) -> Integral:
        pieces = clip(self._runs, start, end)
        return add_over_days(start, end, (self.series.window(a, b) for a, b in pieces))

    def windows(
        self,
        spans: Iterable[tuple[date, date]],
        ordinals: Iterable[tuple[int, int]] | None = None,
    ) -> list[Integral]:
        return [self.window(start, end) for start, end in spans]

    def first_gain(self, start: date, end: date) -> date | None:
        for a, b in clip(self._runs, start, end):
            day = self.series.first_gain(a, b)
            if day is not None:
                return day
        return None

    def holding_at(self, day: date) -> Holding | None:
        return self.series.holding_at(day)

    def snapshot_days(self, start: date, end: date) -> list[date]:
        return self.series.snapshot_days(start, end)

    def holding_by(self, day: date, earliest: date) -> Holding | None:
        return self.series.holding_by(day, earliest)

    def holdings_by(
        self, spans: list[tuple[date, date]], ordinals: list[tuple[int, int]]
    ) -> list[Holding | None]:
        return [self.holding_by(end, start) for start, end in spans]

    def held(self, day: date) -> Held | None:
        return self.series.held(day)


class Summed:
    """Layers of one source and one actor and region, added up (see the module)."""

    def __init__(self, key: SeriesKey, parts: Sequence[Series]) -> None:
        assert len({(p.key[0], p.key[1], p.key[3]) for p in parts}) == 1
        self.key = key
        self.parts = list(parts)
        self.records = [record for part in parts for record in part.records]
        self._runs = intersect(*(part.covered_runs() for part in parts))

    @property
    def issues(self) -> list[Issue]:
        return [issue for part in self.parts for issue in part.issues]

    @property
    def has_holdings(self) -> bool:
        return all(part.has_holdings for part in self.parts)

    @property
    def first_covered(self) -> date | None:
        return self._runs[0][0] if self._runs else None

    @property
    def last_covered(self) -> date | None:
        return self._runs[-1][1] if self._runs else None

    def covered_runs(self) -> Runs:
        return list(self._runs)

    def window(self, start: date, end: date) -> Integral:
        pieces = clip(self._runs, start, end)
        return add_over_days(
            start,
            end,
            (add_on_same_days([p.window(a, b) for p in self.parts]) for a, b in pieces),
        )

    def windows(
        self,
        spans: Iterable[tuple[date, date]],
        ordinals: Iterable[tuple[int, int]] | None = None,
    ) -> list[Integral]:
        return [self.window(start, end) for start, end in spans]

    def first_gain(self, start: date, end: date) -> date | None:
        """The first day the summed rate is positive, looked for day by day from
        the earliest day any layer gains (sums of rates are checked on each day,
        as the layers' own segments need not line up)."""
        for a, b in clip(self._runs, start, end):
            days = [p.first_gain(a, b) for p in self.parts]
            known = [d for d in days if d is not None]
            day = min(known) if known else None
            while day is not None and day <= b:
                total = add_on_same_days([p.window(day, day) for p in self.parts])
                if total.total is not None and total.total > 1e-9:
                    return day
                day += _ONE_DAY
        return None

    def snapshot_days(self, start: date, end: date) -> list[date]:
        """The days on which every layer has a snapshot."""
        days = set(self.parts[0].snapshot_days(start, end))
        for part in self.parts[1:]:
            days.intersection_update(part.snapshot_days(start, end))
        return sorted(days)

    def holding_at(self, day: date) -> Holding | None:
        holdings = [part.holding_at(day) for part in self.parts]
        if any(h is None for h in holdings):
            return None
        return _sum_holdings(holdings, day)  # type: ignore[arg-type]

    def held(self, day: date) -> Held | None:
        """On the last day by `day` every layer's holding is known."""
        found = [part.held(day) for part in self.parts]
        if any(f is None for f in found):
            return None
        on = min(f.holding.on for f in found)  # type: ignore[union-attr]
        if any(f.holding.on != on for f in found):  # type: ignore[union-attr]
            found = [part.held(on) for part in self.parts]
            if any(f is None or f.holding.on != on for f in found):
                return None
        total = _sum_holdings([f.holding for f in found], on)  # type: ignore[union-attr]
        basis = min(f.basis for f in found)  # type: ignore[union-attr]
        return Held(total, basis, day)

    def holdings_by(
        self, spans: list[tuple[date, date]], ordinals: list[tuple[int, int]]
    ) -> list[Holding | None]:
        return [self.holding_by(end, start) for start, end in spans]

    def holding_by(self, day: date, earliest: date) -> Holding | None:
        found = self.held(day)
        if found is None or found.holding.on < earliest:
            return None
        return found.holding


def _sum_holdings(holdings: Sequence[Holding], on: date) -> Holding:
    total = 0.0
    for holding in holdings:
        total += holding.area
    return Holding(total, combine(*(h.bound for h in holdings)), on)


def on_common_days(
    series: Sequence[Series | Summed],
) -> list[Series | Summed | Restricted]:
    """Series of one actor, region and layer from several sources, each counted
    only on the days every one of them covers (one series is left as it is)."""
    if len(series) < 2:
        return list(series)
    days = intersect(*(s.covered_runs() for s in series))
    return [Restricted(s, days) for s in series]


def parse_layer_sum(text: str) -> str:
    """A layer, or a sum of layers of one source: `control+advances`, each part a
    slug, none empty or named twice."""
    pieces = text.split("+")
    if len(pieces) > 1 and not all(piece.strip() for piece in pieces):
        raise InputError("layer", f"{text!r} has an empty part: write A+B")
    parts = [parse_slug(part, "layer") for part in pieces]
    if len(parts) > 1 and len(set(parts)) < len(parts):
        raise InputError("layer", f"{text!r} names a layer twice")
    return "+".join(parts)
