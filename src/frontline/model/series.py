"""The model: the records of one series become a piecewise-constant daily rate.

A series is every figure one source published about one actor in one region and
layer. Each figure says "this much over these days"; together they define, for
every day they cover, a rate in km²/day, and every number a report prints is an
integral of that rate over some days. Nothing else produces report numbers.

How figures become a rate (DESIGN.md, "The model"):

- A change record spreads its area evenly over its days, both ends included.
- Holdings become changes: snapshots h₁ on d₁ and h₂ on d₂ (consecutive in the
  series) are the change h₂ − h₁ over d₁+1 .. d₂, which may be negative.
- Figures nest. A figure lying inside another refines it: inside the child the
  rate is the child's; on the parent's remaining days it is (parent − children)
  / remaining days, so each figure's own total is kept exactly over its own
  span. This is how a series mixes holdings and change records: a change record
  inside the span between two snapshots refines that holding-derived change, and
  holding-derived changes inside a change record refine it. There is one rule
  for both, at any depth.
- Children larger than their parent: the numbers keep both figures exactly (the
  parent's remaining days get a negative rate), and an issue says so. Clamping
  would print a total for the parent's span that nobody published.
- A figure whose span is entirely covered by finer figures that add up to
  something else cannot be kept: the finer figures give the numbers and an issue
  names the figure that was not used. (Its bound admits the difference when it is
  `at_least` and the children add up to more, `at_most` and less, or `approx`
  within 5 %; then there is no issue.)
- Two records with the same span: the preferred one (below) is the inner one, so
  it gives the numbers, and the other is checked against it as above.
- Crossing figures (overlapping, neither inside the other) cannot both hold. They
  are ranked: holding-derived changes first (what is held is measured; a change
  record contradicting it gives way), then the more recently published record,
  then the shorter span, then the lower record id. Best first, each figure that
  crosses one already kept is set aside, with an issue naming the one it
  crossed and why that one won.

Window integrals [a, b] (see `Series.window`): total, days covered, and the
bound. The bound of a sum follows the lattice of lower/upper bounds: a total has
a lower bound when every part has one (exact or at_least), an upper bound when
every part has one (exact or at_most); exact = both, approx = neither. So exact +
exact = exact, at_least + exact = at_least, at_least + at_most = approx, and any
approx part makes the total approx, as DESIGN.md asks. A difference flips the
subtracted part (a parent's remainder, a holding-derived change). A figure lying
wholly inside the window counts with its own bound (its children do not weaken
it); a figure only partly inside contributes a prorated share, which is an
estimate, so the total is then approx. Along a run of consecutive
holding-derived changes only the first and last snapshots count: the snapshots
in between cancel out of h_last − h_first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from operator import attrgetter

from frontline.model.bounds import (
    BOUND_OF,
    EPSILON,
    LACKS,
    LACKS_NEGATED,
    combine,
    subtract,
)
from frontline.model.figures import (
    Figure,
    Held,
    Holding,
    Integral,
    Issue,
    Segment,
    SeriesKey,
)
from frontline.model.gaps import touching_runs
from frontline.model.nodes import _Kids, _Node

_new_tuple = tuple.__new__  # a NamedTuple without its Python-level __new__
_END = attrgetter("end")
_ordinal = date.toordinal
# BOUND_OF[lower, upper] as _BOUND_GRID[lower][upper]: no key tuple to make.
_BOUND_GRID = tuple(
    tuple(BOUND_OF[lower, upper] for upper in (False, True)) for lower in (False, True)
)


class Series:
    """The rate model of one series, queried by windows and dates."""

    def __init__(
        self,
        key: SeriesKey,
        records: list[Figure],
        roots: list[_Node] | _Kids,
        snapshots: list[Figure],
        issues: list[Issue],
    ) -> None:
        self.key = key
        self.records = records
        self.issues = issues
        # The roots, or their sums made already (`build._paired`).
        kids = self._roots = roots if isinstance(roots, _Kids) else _Kids(roots)
        self._snapshots = snapshots
        self._snapshot_days = list(map(_ordinal, map(_END, snapshots)))
        firsts, lasts = kids.firsts, kids.lasts
        if firsts and kids.days[-1] == lasts[-1] - firsts[0] + 1:
            # The roots never overlap: days as many as their hull's is no gap.
            self._runs = [(firsts[0], lasts[-1])]
        else:
            self._runs = touching_runs(firsts, lasts)
        self._run_firsts = [first for first, _ in self._runs]
        # The days over which every change record of the series is among
        # `records` (set by the loader, None when unknown): what lets the gap
        # check count those records without reading them again.
        self.changes_over: tuple[date, date] | None = None

    @property
    def has_holdings(self) -> bool:
        return bool(self._snapshots)

    @property
    def first_covered(self) -> date | None:
        return date.fromordinal(self._runs[0][0]) if self._runs else None

    @property
    def last_covered(self) -> date | None:
        return date.fromordinal(self._runs[-1][1]) if self._runs else None

    def snapshot_days(self, start: date, end: date) -> list[date]:
        """The days in start..end with a snapshot (of those loaded)."""
        a, b = start.toordinal(), end.toordinal()
        days = self._snapshot_days
        return [
            date.fromordinal(d)
            for d in days[bisect_left(days, a) : bisect_right(days, b)]
        ]

    def snapshot_count(self, start: date, end: date) -> int:
        """`len(snapshot_days(start, end))`, without making the days: what
        the gap check asks of every series' loaded snapshots."""
        days = self._snapshot_days
        return bisect_right(days, end.toordinal()) - bisect_left(
            days, start.toordinal()
        )

    def changes_cover(self, first: date, last: date) -> bool:
        """Whether its top-level figures are all change records (no
        holding-derived change) running unbroken and, with its loaded
        snapshots on the days just outside them, cover every day of
        first..last. What proves at once that a series has no gap there (a
        month's change record over each month's holdings, years of change
        records); False proves nothing."""
        runs = self._runs
        roots = self._roots
        if roots.derived or roots.holdings_only or len(runs) != 1:
            return False
        a, b = first.toordinal(), last.toordinal()
        start, end = runs[0]
        days = self._snapshot_days
        # Every day of a..start-1 (and of end+1..b) has a snapshot.
        if start > a and bisect_left(days, start) - bisect_left(days, a) != start - a:
            return False
        return end >= b or bisect_right(days, b) - bisect_right(days, end) == b - end

    def covered_runs(self) -> list[tuple[date, date]]:
        """Maximal runs of consecutive covered days."""
        return [(date.fromordinal(a), date.fromordinal(b)) for a, b in self._runs]

    def covered_days(self, start: date, end: date) -> int:
        """`window(start, end).covered` from the covered runs alone: every day
        of a top-level figure is covered (its children's, or its own share),
        so the days of start..end inside the runs are the covered ones. What
        the gap check asks of each gap, without the nodes a window would walk
        (a series of snapshots alone makes none until asked)."""
        a, b = start.toordinal(), end.toordinal()
        runs = self._runs
        k = bisect_right(self._run_firsts, b)
        covered = 0
        while k:
            k -= 1
            first, last = runs[k]
            if last < a:
                break
            covered += (last if last < b else b) - (first if first > a else a) + 1
        return covered

    def window(self, start: date, end: date) -> Integral:
        """Integrate the rate over start..end (inclusive)."""
        acc = [0.0, 0, 0, 0, False]
        _range(self._roots, start.toordinal(), end.toordinal(), acc)
        total, covered, low, up, prorated = acc
        if not covered:
            return _new_tuple(Integral, (start, end, None, 0, None, False))
        bound = "approx" if prorated else BOUND_OF[not low, not up]
        return _new_tuple(Integral, (start, end, total, covered, bound, prorated))

    def windows(
        self,
        spans: Iterable[tuple[date, date]],
        ordinals: Iterable[tuple[int, int]] | None = None,
    ) -> list[Integral]:
        """`window` for each span: what a bucketed report asks of every series.
        `ordinals`, when given, are the spans' days as ordinals (what a report
        asking every series about the same spans computes once).

        A span that cuts no top-level figure (a month of monthly figures, the
        running total to the end of one) is two prefix-sum differences; this path
        does the same arithmetic as `_range` without its calls, and without its
        fix-ups of runs of holding-derived changes when no top-level figure is
        one (change records only, or each over its holdings)."""
        roots = self._roots
        firsts, lasts = roots.firsts, roots.lasts
        area, days, low, up = roots.area, roots.days, roots.low, roots.up
        derived = roots.derived
        result = []
        if ordinals is None:
            spans = list(spans)
            ordinals = [(start.toordinal(), end.toordinal()) for start, end in spans]
        previous = None  # the running totals share their first day: one search
        for (start, end), (a, b) in zip(spans, ordinals, strict=True):
            if a != previous:
                i = bisect_left(lasts, a)
                previous = a
            j = bisect_right(firsts, b) - 1
            if i <= j and firsts[i] >= a and lasts[j] <= b:
                k = j + 1
                if derived:
                    lacks_low, lacks_up = _whole_lacks(roots, i, j)
                    bound = BOUND_OF[not lacks_low, not lacks_up]
                else:  # no run of holding-derived changes to fix up
                    bound = _BOUND_GRID[low[k] == low[i]][up[k] == up[i]]
                total = 0.0 + (area[k] - area[i])
                covered = days[k] - days[i]
                result.append(
                    _new_tuple(Integral, (start, end, total, covered, bound, False))
                )
                continue
            if i == j:  # one top-level figure, cut by the span
                acc = _cut(roots.nodes[i], a, b)
            elif i < j and firsts[i] >= a:
                # Whole figures, then one cut at the end (a running total to
                # the end of a month inside a year): `_range`'s steps, in order.
                if derived:
                    lacks_low, lacks_up = _whole_lacks(roots, i, j - 1)
                else:  # `_whole_lacks` without its call
                    lacks_low, lacks_up = low[j] - low[i], up[j] - up[i]
                acc = [
                    0.0 + (area[j] - area[i]),
                    days[j] - days[i],
                    lacks_low,
                    lacks_up,
                    False,
                ]
                _prefix(roots.nodes[j], b, acc)
            else:
                acc = [0.0, 0, 0, 0, False]
                _range(roots, a, b, acc)
            total, covered, lacks_low, lacks_up, prorated = acc
            if not covered:
                result.append(_new_tuple(Integral, (start, end, None, 0, None, False)))
                continue
            bound = "approx" if prorated else _BOUND_GRID[not lacks_low][not lacks_up]
            result.append(
                _new_tuple(Integral, (start, end, total, covered, bound, prorated))
            )
        return result

    def first_gain(self, start: date, end: date) -> date | None:
        """The first day of start..end on which the rate is positive: where this
        series' gains in the window begin (`balance` counts other actors' gains
        from that day on as taking them back). None if it gains on no day there."""
        a, b = start.toordinal(), end.toordinal()
        roots = self._roots
        nodes = roots.nodes  # by index: a lazy sequence (`disjoint`) takes no slice
        for k in range(bisect_left(roots.lasts, a), len(roots.lasts)):
            root = nodes[k]
            if root.first > b:
                break
            day = _first_positive(root, a, b)
            if day is not None:
                return date.fromordinal(day)
        return None

    def segments(self) -> list[Segment]:
        """The piecewise-constant rate itself, day spans in order."""
        result: list[Segment] = []
        for root in self._roots.nodes:
            _emit(root, result)
        return result

    def holding_at(self, day: date) -> Holding | None:
        """Area held at the end of `day`: the last snapshot plus the changes since,
        or else the next snapshot minus the changes until it; None when the days
        in between are not all covered."""
        found = self._holding(day)
        return None if found is None else found[0]

    def _holding(self, day: date) -> tuple[Holding, date] | None:
        """`holding_at`, and the day of the snapshot it rests on."""
        ordinal = day.toordinal()
        i = bisect_right(self._snapshot_days, ordinal) - 1
        if i >= 0:
            snap = self._snapshots[i]
            if self._snapshot_days[i] == ordinal:
                return _new_tuple(Holding, (snap.area_km2, snap.bound, day)), snap.end
            since = self.window(snap.end + timedelta(days=1), day)
            if since.covered == since.days and since.total is not None:
                bound = combine(snap.bound, since.bound or "exact")
                return Holding(snap.area_km2 + since.total, bound, day), snap.end
        if i + 1 < len(self._snapshots):
            snap = self._snapshots[i + 1]
            until = self.window(day + timedelta(days=1), snap.end)
            if until.covered == until.days and until.total is not None:
                bound = subtract(snap.bound, until.bound or "exact")
                return Holding(snap.area_km2 - until.total, bound, day), snap.end
        return None

    def holding_by(self, day: date, earliest: date) -> Holding | None:
        """The holding at `day`, else on the last day before it that is known (not
        before `earliest`): a snapshot carried forward as far as figures reach."""
        if self._snapshots:
            # The holding on `day` itself when the figures reach it (what a
            # report asks at the end of every bucket), without `held`'s record.
            known = self._holding(day)
            if known is not None:
                return known[0] if day >= earliest else None
        found = self.held(day)
        if found is None or found.holding.on < earliest:
            return None
        return found.holding

    def holdings_by(
        self, spans: list[tuple[date, date]], ordinals: list[tuple[int, int]]
    ) -> list[Holding | None]:
        """`holding_by(end, start)` for each span (whose days as ordinals are
        `ordinals`): a snapshot on the span's last day is the holding itself."""
        days, snapshots = self._snapshot_days, self._snapshots
        result: list[Holding | None] = []
        for (start, end), (_, b) in zip(spans, ordinals, strict=True):
            i = bisect_right(days, b) - 1
            if i >= 0 and days[i] == b and end >= start:
                snap = snapshots[i]
                result.append(_new_tuple(Holding, (snap.area_km2, snap.bound, end)))
            else:
                result.append(self.holding_by(end, start))
        return result

    def held(self, day: date) -> Held | None:
        """What was held at the end of `day` and what it rests on: the holding on
        `day` when the figures reach it, else the last one known before it (its
        `on` earlier than `day`: stale, never extrapolated), with the day of the
        snapshot it is computed from. None before any holding is known."""
        if not self._snapshots:
            return None
        known = self._holding(day)
        if known is not None:
            return Held(*known, day)
        ordinal = day.toordinal()
        i = bisect_right(self._snapshot_days, ordinal) - 1
        if i < 0:
            return None
        last = self._snapshot_days[i]
        run = bisect_right(self._run_firsts, last + 1) - 1
        if run >= 0 and self._runs[run][1] > last:
            last = min(ordinal, self._runs[run][1])
        known = self._holding(date.fromordinal(last))
        return None if known is None else Held(*known, day)


def _whole_lacks(kids: _Kids, i: int, j: int) -> tuple[int, int]:
    """How many parts of children i..j taken whole lack a lower and an upper
    bound, as `_range` counts them (with its fix-ups at the ends of a run of
    holding-derived changes that the range cuts)."""
    lacks_low = kids.low[j + 1] - kids.low[i]
    lacks_up = kids.up[j + 1] - kids.up[i]
    if not kids.derived:  # no run to fix up (and no node to make, see build)
        return lacks_low, lacks_up
    first, last = kids.nodes[i], kids.nodes[j]
    if first.derived_unit and not kids.run_start[i]:
        extra = LACKS_NEGATED[first.sb]
        lacks_low += extra[0]
        lacks_up += extra[1]
    if last.derived_unit and not kids.run_end[j]:
        extra = LACKS[last.eb]
        lacks_low += extra[0]
        lacks_up += extra[1]
    return lacks_low, lacks_up


def _range(kids: _Kids, a: int, b: int, acc: list) -> None:
    """Add the children of one node that overlap a..b: whole ones by prefix sums,
    the (at most two) cut at the window's ends by descending into them.

    The bound counts of children i..j taken whole are prefix-sum differences, with
    one fix-up at each end: a run of holding-derived changes that the range cuts
    counts its first snapshot (or its last) at the cut, not where the run starts
    (or ends). Written out rather than in methods: this is the innermost loop of
    every report (`Series.windows` repeats its top level)."""
    firsts, lasts = kids.firsts, kids.lasts
    i = bisect_left(lasts, a)
    j = bisect_right(firsts, b) - 1
    if i > j:
        return
    if i == j and (firsts[i] < a or lasts[i] > b):
        # One child, cut (a month inside a year): nothing is whole at this level.
        _partial(kids.nodes[i], a, b, acc)
        return
    whole_first, whole_last = i, j
    left = right = None
    if firsts[i] < a:
        left = kids.nodes[i]
        whole_first += 1
    if lasts[j] > b:
        if j != i or left is None:
            right = kids.nodes[j]
        whole_last -= 1
    if whole_first <= whole_last:
        end = whole_last + 1
        area, days, low, up = kids.area, kids.days, kids.low, kids.up
        acc[0] += area[end] - area[whole_first]
        acc[1] += days[end] - days[whole_first]
        lacks_low = low[end] - low[whole_first]
        lacks_up = up[end] - up[whole_first]
        if kids.derived:  # else no run to fix up, and no node is read
            nodes = kids.nodes
            first = nodes[whole_first]
            if first.derived_unit and not kids.run_start[whole_first]:
                extra = LACKS_NEGATED[first.sb]
                lacks_low += extra[0]
                lacks_up += extra[1]
            last = nodes[whole_last]
            if last.derived_unit and not kids.run_end[whole_last]:
                extra = LACKS[last.eb]
                lacks_low += extra[0]
                lacks_up += extra[1]
        acc[2] += lacks_low
        acc[3] += lacks_up
    if left is not None:
        _partial(left, a, b, acc)
    if right is not None:  # it starts inside a..b
        _prefix(right, b, acc)


def _cut(node: _Node, a: int, b: int) -> list:
    """`_partial(node, a, b, acc)` into a fresh accumulator, walked down
    without its calls: while one child of the node holds every day of a..b,
    the node adds nothing of its own (that child's figures cover the span), so
    the walk goes straight to the deepest such child; one that is the span
    itself is taken whole, as `_range` takes it; one that no child reaches is
    the node's own share. What a bucket inside a year's quarter asks."""
    kids = node.kids
    while kids is not None:
        firsts, lasts = kids.firsts, kids.lasts
        k = bisect_left(lasts, a)
        j = bisect_right(firsts, b) - 1
        if k != j or firsts[k] > a or lasts[k] < b:
            if k > j:  # no child within a..b: the node's own days alone
                break
            acc = [0.0, 0, 0, 0, False]
            _partial(node, a, b, acc)
            return acc
        if firsts[k] == a and lasts[k] == b:
            if kids.derived:
                lacks_low, lacks_up = _whole_lacks(kids, k, k)
            else:  # `_whole_lacks` without its call: no run to fix up
                low, up = kids.low, kids.up
                lacks_low, lacks_up = low[k + 1] - low[k], up[k + 1] - up[k]
            area, days = kids.area, kids.days
            total = 0.0 + (area[k + 1] - area[k])
            return [total, days[k + 1] - days[k], lacks_low, lacks_up, False]
        node = kids.nodes[k]
        kids = node.kids
    # `_partial` of a node none of whose children is within a..b, in line: a
    # prorated share of its own remaining days (the third month of a quarter,
    # the last three of a year). The node overlaps a..b (the caller's is cut
    # by it, a deeper one holds it), so `inside` is at least 1.
    last, first = node.last, node.first
    inside = (last if last < b else b) - (first if first > a else a) + 1
    lacks = LACKS[node.rem_bound]
    return [0.0 + node.rate * inside, inside, lacks[0], lacks[1], True]


def _prefix(node: _Node, b: int, acc: list) -> None:
    """`_partial(node, a, b, acc)` for a span that starts no later than the
    node and ends inside it (a running total to a day inside it; every caller
    has found that `b` cuts the node): no child is cut at the start, so its
    children from the first on are whole up to the one `b` cuts, and their
    prefix sums start at 0."""
    inside = b - node.first + 1
    kids = node.kids
    if kids is not None:
        before = acc[1]
        j = bisect_right(kids.firsts, b) - 1
        if j >= 0:
            whole_last = j
            right = None
            if kids.lasts[j] > b:
                right = kids.nodes[j]
                whole_last = j - 1
            if whole_last >= 0:
                end = whole_last + 1
                acc[0] += kids.area[end]
                acc[1] += kids.days[end]
                if kids.derived:
                    lacks_low, lacks_up = _whole_lacks(kids, 0, whole_last)
                    acc[2] += lacks_low
                    acc[3] += lacks_up
                else:  # `_whole_lacks` without its call (sums from 0)
                    acc[2] += kids.low[end]
                    acc[3] += kids.up[end]
            if right is not None:
                _prefix(right, b, acc)
        inside -= acc[1] - before
    if inside > 0:
        acc[0] += node.rate * inside
        acc[1] += inside
        acc[4] = True
        lacks = LACKS[node.rem_bound]
        acc[2] += lacks[0]
        acc[3] += lacks[1]


def _partial(node: _Node, a: int, b: int, acc: list) -> None:
    """A node only partly inside a..b: its own remaining days there are a prorated
    share of its figure; its children are taken as whole or cut in turn."""
    inside = (
        (node.last if node.last < b else b) - (node.first if node.first > a else a) + 1
    )
    if node.kids is not None:
        before = acc[1]
        _range(node.kids, a, b, acc)
        inside -= acc[1] - before
    if inside > 0:
        acc[0] += node.rate * inside
        acc[1] += inside
        acc[4] = True
        lacks = LACKS[node.rem_bound]
        acc[2] += lacks[0]
        acc[3] += lacks[1]


def _first_positive(node: _Node, a: int, b: int) -> int | None:
    """The first day of a..b inside `node` whose rate is positive (beyond rounding
    noise), walking its own remaining days and its children in day order."""
    if node.last < a or node.first > b:
        return None
    cursor = max(node.first, a)
    positive = node.rate > EPSILON
    for kid in node.kids.nodes if node.kids is not None else ():
        if kid.last < a:
            continue
        if kid.first > b:
            break
        if positive and kid.first > cursor:
            return cursor  # the node's own days before this child
        day = _first_positive(kid, a, b)
        if day is not None:
            return day
        cursor = max(cursor, kid.last + 1)
    if positive and cursor <= min(node.last, b):
        return cursor
    return None


def _emit(node: _Node, out: list[Segment]) -> None:
    owner = node.describe()
    if node.kids is None:
        out.append(_segment(node.first, node.last, node, owner))
        return
    cursor = node.first
    for kid in node.kids.nodes:
        if kid.first > cursor:
            out.append(_segment(cursor, kid.first - 1, node, owner))
        _emit(kid, out)
        cursor = kid.last + 1
    if cursor <= node.last:
        out.append(_segment(cursor, node.last, node, owner))


def _segment(first: int, last: int, node: _Node, owner: str) -> Segment:
    return Segment(
        date.fromordinal(first),
        date.fromordinal(last),
        node.rate,
        node.rem_bound,
        owner,
    )


# --- building ------------------------------------------------------------------
