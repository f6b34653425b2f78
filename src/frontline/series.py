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

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import pairwise
from operator import attrgetter
from typing import NamedTuple, Protocol

_HAS_LOWER = {"exact": True, "at_least": True, "at_most": False, "approx": False}
_HAS_UPPER = {"exact": True, "at_least": False, "at_most": True, "approx": False}
APPROX_TOLERANCE = 0.05
_EPSILON = 1e-9

SeriesKey = tuple[str, str, str, str]


class Figure(Protocol):
    """What the model reads of a record. `records.Record` is one; reports read
    database rows into a plain tuple with these fields instead (a frozen dataclass
    costs several times as much to make, and a long report reads ~10^5 records)."""

    @property
    def id(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def layer(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def area_km2(self) -> float: ...
    @property
    def bound(self) -> str: ...
    @property
    def published(self) -> date | None: ...


def bound_of(lower: bool, upper: bool) -> str:
    """The bound name of a figure known from below and/or above."""
    if lower and upper:
        return "exact"
    if lower:
        return "at_least"
    return "at_most" if upper else "approx"


def combine(*bounds: str) -> str:
    """The bound of a sum of figures."""
    return bound_of(
        all(_HAS_LOWER[b] for b in bounds), all(_HAS_UPPER[b] for b in bounds)
    )


_SUBTRACT = {
    (a, b): bound_of(_HAS_LOWER[a] and _HAS_UPPER[b], _HAS_UPPER[a] and _HAS_LOWER[b])
    for a in _HAS_LOWER
    for b in _HAS_LOWER
}


def subtract(minuend: str, subtrahend: str) -> str:
    """The bound of a difference: subtracting a lower bound gives an upper one."""
    return _SUBTRACT[minuend, subtrahend]


# (lacks a lower bound, lacks an upper bound) of a part of a sum, and of a part
# that is subtracted (a snapshot at the start of a run of holdings).
_LACKS = {b: (int(not _HAS_LOWER[b]), int(not _HAS_UPPER[b])) for b in _HAS_LOWER}
_LACKS_NEGATED = {
    b: (int(not _HAS_UPPER[b]), int(not _HAS_LOWER[b])) for b in _HAS_LOWER
}


class Issue(NamedTuple):
    """Something in a series' figures that a report's numbers had to work around.

    kind: `crossing` (a record set aside), `larger-child` (children add up to more
    than their parent), `mismatch` (a figure fully covered by finer ones that add
    up to something else), `holdings` (either of the last two where holdings are
    involved: holdings contradict changes), `gap` (days without any figure).
    `first`..`last` are the days whose numbers it touches.
    """

    series: SeriesKey
    kind: str
    message: str
    records: tuple[int, ...]
    first: date
    last: date


class Segment(NamedTuple):
    """Days first..last at a constant rate, and the figure that sets it."""

    first: date
    last: date
    rate: float
    bound: str
    owner: str


class Integral(NamedTuple):
    """The rate integrated over a window: what every report number is made of."""

    start: date
    end: date
    total: float | None
    covered: int
    bound: str | None
    prorated: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def coverage(self) -> float:
        return self.covered / self.days

    @property
    def rate(self) -> float | None:
        return (
            self.total / self.covered
            if self.covered and self.total is not None
            else None
        )


class Holding(NamedTuple):
    """Area held at the end of a day, from a snapshot and the changes since (or
    until the next snapshot)."""

    area: float
    bound: str
    on: date


class _Node:
    """One figure of the nesting forest: a change record or a holding-derived change."""

    __slots__ = (
        "area",
        "bound",
        "derived_unit",
        "eb",
        "first",
        "integral",
        "kids",
        "last",
        "rank",
        "rate",
        "record",
        "rem_bound",
        "sb",
        "snapshots",
        "unit_bound",
    )

    def __init__(
        self,
        first: int,
        last: int,
        area: float,
        bound: str,
        rank: tuple = (),
        record: Figure | None = None,
        snapshots: tuple[Figure, Figure] | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.area = self.integral = area
        self.bound = self.rem_bound = self.unit_bound = bound
        self.rank = rank
        self.record = record
        self.snapshots = snapshots
        self.kids: _Kids | None = None
        self.rate = 0.0
        if snapshots is None:
            self.sb = self.eb = bound
            self.derived_unit = False
        else:
            self.sb, self.eb = snapshots[0].bound, snapshots[1].bound
            self.derived_unit = True

    @property
    def days(self) -> int:
        return self.last - self.first + 1

    def ids(self) -> tuple[int, ...]:
        if self.record is not None:
            return (self.record.id,) if self.record.id is not None else ()
        assert self.snapshots is not None
        return tuple(r.id for r in self.snapshots if r.id is not None)

    def describe(self) -> str:
        if self.record is not None:
            return describe(self.record)
        assert self.snapshots is not None
        old, new = self.snapshots
        return (
            f"the change between holdings {_ref(old)}{old.end} and {_ref(new)}"
            f"{new.end} ({_signed(self.area)} km²)"
        )


class _Kids:
    """The children of a node (or the roots), with prefix sums for window queries."""

    __slots__ = (
        "area",
        "days",
        "firsts",
        "lasts",
        "low",
        "nodes",
        "run_end",
        "run_start",
        "up",
    )

    def __init__(self, nodes: list[_Node]) -> None:
        self.nodes = nodes
        count = len(nodes)
        if count == 1:
            self._only(nodes[0])
            return
        self.firsts = [n.first for n in nodes]
        self.lasts = [n.last for n in nodes]
        self.run_start = run_start = [False] * count
        self.run_end = run_end = [False] * count
        area, days, low, up = [0.0], [0], [0], [0]
        sum_area = 0.0
        sum_days = sum_low = sum_up = 0
        previous: _Node | None = None
        for k, node in enumerate(nodes):
            if node.derived_unit:
                start = not (
                    previous is not None
                    and previous.derived_unit
                    and previous.last + 1 == node.first
                )
                run_start[k] = start
                if start:
                    lo, hi = _LACKS_NEGATED[node.sb]
                    sum_low += lo
                    sum_up += hi
                if k + 1 < count:
                    after = nodes[k + 1]
                    end = not (after.derived_unit and node.last + 1 == after.first)
                else:
                    end = True
                run_end[k] = end
                if end:
                    lo, hi = _LACKS[node.eb]
                    sum_low += lo
                    sum_up += hi
            else:
                lo, hi = _LACKS[node.unit_bound]
                sum_low += lo
                sum_up += hi
            sum_area += node.integral
            sum_days += node.last - node.first + 1
            area.append(sum_area)
            days.append(sum_days)
            low.append(sum_low)
            up.append(sum_up)
            previous = node
        self.area, self.days, self.low, self.up = area, days, low, up

    def _only(self, node: _Node) -> None:
        """The common case of a single child, without the loop."""
        self.firsts = [node.first]
        self.lasts = [node.last]
        self.run_start = self.run_end = [node.derived_unit]
        if node.derived_unit:
            lo1, up1 = _LACKS_NEGATED[node.sb]
            lo2, up2 = _LACKS[node.eb]
            lacks = (lo1 + lo2, up1 + up2)
        else:
            lacks = _LACKS[node.unit_bound]
        self.area = [0.0, node.integral]
        self.days = [0, node.last - node.first + 1]
        self.low = [0, lacks[0]]
        self.up = [0, lacks[1]]

    def whole_bound(self) -> str:
        """The bound of all the children taken whole. (A run of holding-derived
        changes cut at the first or last child would need a fix-up, see `_range`;
        the whole list cuts no run.)"""
        return _BOUND_OF[not self.low[-1], not self.up[-1]]


# A window query accumulates into a list [total, covered days, parts lacking a
# lower bound, parts lacking an upper bound, prorated]: cheaper to make and to
# update than an object, and a whole-history report makes ~10^5 of them.

# bound_of(not lacks_lower, not lacks_upper) as a lookup.
_BOUND_OF = {
    (lower, upper): bound_of(lower, upper)
    for lower in (False, True)
    for upper in (False, True)
}
_new_tuple = tuple.__new__  # a NamedTuple without its Python-level __new__


class Series:
    """The rate model of one series, queried by windows and dates."""

    def __init__(
        self,
        key: SeriesKey,
        records: list[Figure],
        roots: list[_Node],
        snapshots: list[Figure],
        issues: list[Issue],
    ) -> None:
        self.key = key
        self.records = records
        self.issues = issues
        self._roots = _Kids(roots)
        self._snapshots = snapshots
        self._snapshot_days = [s.end.toordinal() for s in snapshots]
        self._runs = _merge_runs(roots)
        self._run_firsts = [first for first, _ in self._runs]

    @property
    def has_holdings(self) -> bool:
        return bool(self._snapshots)

    @property
    def first_covered(self) -> date | None:
        return date.fromordinal(self._runs[0][0]) if self._runs else None

    @property
    def last_covered(self) -> date | None:
        return date.fromordinal(self._runs[-1][1]) if self._runs else None

    def covered_runs(self) -> list[tuple[date, date]]:
        """Maximal runs of consecutive covered days."""
        return [(date.fromordinal(a), date.fromordinal(b)) for a, b in self._runs]

    def window(self, start: date, end: date) -> Integral:
        """Integrate the rate over start..end (inclusive)."""
        acc = [0.0, 0, 0, 0, False]
        _range(self._roots, start.toordinal(), end.toordinal(), acc)
        total, covered, low, up, prorated = acc
        if not covered:
            return _new_tuple(Integral, (start, end, None, 0, None, False))
        bound = "approx" if prorated else _BOUND_OF[not low, not up]
        return _new_tuple(Integral, (start, end, total, covered, bound, prorated))

    def windows(self, spans: Iterable[tuple[date, date]]) -> list[Integral]:
        """`window` for each span: what a bucketed report asks of every series.

        A span that cuts no top-level figure (a month of monthly figures, the
        running total to the end of one) is two prefix-sum differences; this path
        does the same arithmetic as `_range` without its calls."""
        roots = self._roots
        firsts, lasts, nodes = roots.firsts, roots.lasts, roots.nodes
        area, days, low, up = roots.area, roots.days, roots.low, roots.up
        run_start, run_end = roots.run_start, roots.run_end
        result = []
        for start, end in spans:
            a, b = start.toordinal(), end.toordinal()
            i = bisect_left(lasts, a)
            j = bisect_right(firsts, b) - 1
            if i <= j and firsts[i] >= a and lasts[j] <= b:
                lacks_low = low[j + 1] - low[i]
                lacks_up = up[j + 1] - up[i]
                first, last = nodes[i], nodes[j]
                if first.derived_unit and not run_start[i]:
                    extra = _LACKS_NEGATED[first.sb]
                    lacks_low += extra[0]
                    lacks_up += extra[1]
                if last.derived_unit and not run_end[j]:
                    extra = _LACKS[last.eb]
                    lacks_low += extra[0]
                    lacks_up += extra[1]
                total = 0.0 + (area[j + 1] - area[i])
                covered = days[j + 1] - days[i]
                bound = _BOUND_OF[not lacks_low, not lacks_up]
                result.append(
                    _new_tuple(Integral, (start, end, total, covered, bound, False))
                )
                continue
            acc = [0.0, 0, 0, 0, False]
            _range(roots, a, b, acc)
            total, covered, lacks_low, lacks_up, prorated = acc
            if not covered:
                result.append(_new_tuple(Integral, (start, end, None, 0, None, False)))
                continue
            bound = "approx" if prorated else _BOUND_OF[not lacks_low, not lacks_up]
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
        for root in roots.nodes[bisect_left(roots.lasts, a) :]:
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
        ordinal = day.toordinal()
        i = bisect_right(self._snapshot_days, ordinal) - 1
        if i >= 0:
            snap = self._snapshots[i]
            if self._snapshot_days[i] == ordinal:
                return _new_tuple(Holding, (snap.area_km2, snap.bound, day))
            since = self.window(snap.end + timedelta(days=1), day)
            if since.covered == since.days and since.total is not None:
                bound = combine(snap.bound, since.bound or "exact")
                return Holding(snap.area_km2 + since.total, bound, day)
        if i + 1 < len(self._snapshots):
            snap = self._snapshots[i + 1]
            until = self.window(day + timedelta(days=1), snap.end)
            if until.covered == until.days and until.total is not None:
                bound = subtract(snap.bound, until.bound or "exact")
                return Holding(snap.area_km2 - until.total, bound, day)
        return None

    def holding_by(self, day: date, earliest: date) -> Holding | None:
        """The holding at `day`, else on the last day before it that is known (not
        before `earliest`): a snapshot carried forward as far as figures reach."""
        known = self.holding_at(day)
        if known is not None or not self._snapshots:
            return known
        ordinal = day.toordinal()
        i = bisect_right(self._snapshot_days, ordinal) - 1
        if i < 0:
            return None
        last = self._snapshot_days[i]
        run = bisect_right(self._run_firsts, last + 1) - 1
        if run >= 0 and self._runs[run][1] > last:
            last = min(ordinal, self._runs[run][1])
        if last < earliest.toordinal():
            return None
        return self.holding_at(date.fromordinal(last))


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
    nodes = kids.nodes
    whole_first, whole_last = i, j
    left = right = None
    if firsts[i] < a:
        left = nodes[i]
        whole_first += 1
    if lasts[j] > b:
        if j != i or left is None:
            right = nodes[j]
        whole_last -= 1
    if whole_first <= whole_last:
        end = whole_last + 1
        area, days, low, up = kids.area, kids.days, kids.low, kids.up
        acc[0] += area[end] - area[whole_first]
        acc[1] += days[end] - days[whole_first]
        lacks_low = low[end] - low[whole_first]
        lacks_up = up[end] - up[whole_first]
        first = nodes[whole_first]
        if first.derived_unit and not kids.run_start[whole_first]:
            extra = _LACKS_NEGATED[first.sb]
            lacks_low += extra[0]
            lacks_up += extra[1]
        last = nodes[whole_last]
        if last.derived_unit and not kids.run_end[whole_last]:
            extra = _LACKS[last.eb]
            lacks_low += extra[0]
            lacks_up += extra[1]
        acc[2] += lacks_low
        acc[3] += lacks_up
    if left is not None:
        _partial(left, a, b, acc)
    if right is not None:
        _partial(right, a, b, acc)


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
        lacks = _LACKS[node.rem_bound]
        acc[2] += lacks[0]
        acc[3] += lacks[1]


def _first_positive(node: _Node, a: int, b: int) -> int | None:
    """The first day of a..b inside `node` whose rate is positive (beyond rounding
    noise), walking its own remaining days and its children in day order."""
    if node.last < a or node.first > b:
        return None
    cursor = max(node.first, a)
    positive = node.rate > _EPSILON
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


def _merge_runs(roots: list[_Node]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for node in roots:
        if runs and runs[-1][1] + 1 == node.first:
            runs[-1] = (runs[-1][0], node.last)
        else:
            runs.append((node.first, node.last))
    return runs


# --- building ------------------------------------------------------------------


_SERIES_OF = attrgetter("actor", "region", "layer", "source")
_END = attrgetter("end")
_RANK = attrgetter("rank")
_FIRST = attrgetter("first")
_LAST = attrgetter("last")


def build(records: Iterable[Figure], key: SeriesKey | None = None) -> Series:
    """The rate model of one series from its records (any order)."""
    records = list(records)
    if key is None:
        if not records:
            raise ValueError("a series needs records or a key")
        key = _SERIES_OF(records[0])
    if not set(map(_SERIES_OF, records)) <= {key}:
        raise ValueError("records of different series")
    issues: list[Issue] = []
    snapshots: list[Figure] = []
    nodes: list[_Node] = []
    for record in records:
        if record.kind == "change":
            nodes.append(_change_node(record))
        elif record.kind == "holding":
            snapshots.append(record)
    snapshots.sort(key=_END)
    nodes.extend(_derived_nodes(snapshots))
    forest = _forest(nodes)
    if forest is None:
        nodes = _resolve_crossings(nodes, key, issues)
        forest = _forest(nodes)
        assert forest is not None, "crossings left after resolving them"
    roots = _nest(*forest, key, issues)
    return Series(key, records, roots, snapshots, issues)


def _change_node(record: Figure) -> _Node:
    first, last = record.start.toordinal(), record.end.toordinal()
    published = record.published.toordinal() if record.published else 0
    rank = (1, -published, last - first + 1, record.id or 0)
    return _Node(first, last, record.area_km2, record.bound, rank, record)


def _derived_nodes(snapshots: Sequence[Figure]) -> list[_Node]:
    nodes = []
    ends = [s.end.toordinal() for s in snapshots]
    for k in range(1, len(snapshots)):
        old, new = snapshots[k - 1], snapshots[k]
        first, last = ends[k - 1] + 1, ends[k]
        nodes.append(
            _Node(
                first,
                last,
                new.area_km2 - old.area_km2,
                _SUBTRACT[new.bound, old.bound],
                (0, 0, last - first + 1, new.id or 0),
                None,
                (old, new),
            )
        )
    return nodes


def _forest(
    nodes: list[_Node],
) -> tuple[list[_Node], list[_Node], dict[int, list[_Node]]] | None:
    """Nodes in nesting order, the roots, and each parent's children (by `id`);
    None as soon as two nodes cross, which the same pass detects for free.

    Nesting order is by start, longer first; for equal spans the less preferred
    first, so that the preferred record ends up inside and gives the numbers.
    (Three stable sorts on C-level keys: by rank, descending; by last day,
    descending; by first day.)
    """
    ordered = sorted(nodes, key=_RANK, reverse=True)
    ordered.sort(key=_LAST, reverse=True)
    ordered.sort(key=_FIRST)
    roots: list[_Node] = []
    children: dict[int, list[_Node]] = {}
    stack: list[_Node] = []
    for node in ordered:
        first = node.first
        while stack and stack[-1].last < first:
            stack.pop()
        if stack:
            parent = stack[-1]
            if parent.last < node.last:
                return None
            kids = children.get(id(parent))
            if kids is None:
                children[id(parent)] = [node]
            else:
                kids.append(node)
        else:
            roots.append(node)
        stack.append(node)
    return ordered, roots, children


def _crossing_participants(nodes: list[_Node]) -> set[int]:
    """Indices of nodes that cross at least one other (two sweeps, O(n log n))."""
    found: set[int] = set()
    for mirrored in (False, True):
        spans = [
            ((-n.last, -n.first) if mirrored else (n.first, n.last)) for n in nodes
        ]
        order = sorted(range(len(nodes)), key=lambda k: (spans[k][0], -spans[k][1]))
        heap: list[int] = []
        position = 0
        while position < len(order):
            group_first = spans[order[position]][0]
            group_end = position
            while group_end < len(order) and spans[order[group_end]][0] == group_first:
                group_end += 1
            while heap and heap[0] < group_first:
                heapq.heappop(heap)
            for k in order[position:group_end]:
                if heap and heap[0] < spans[k][1]:
                    found.add(k)
            for k in order[position:group_end]:
                heapq.heappush(heap, spans[k][1])
            position = group_end
    # The sweeps mark the later of each crossing pair in each direction, which
    # together are both members of every pair.
    return found


def _crosses(x: _Node, y: _Node) -> bool:
    return (x.first < y.first <= x.last < y.last) or (
        y.first < x.first <= y.last < x.last
    )


def _resolve_crossings(
    nodes: list[_Node], key: SeriesKey, issues: list[Issue]
) -> list[_Node]:
    """Set aside every node that crosses a better-ranked one kept (see module)."""
    participants = _crossing_participants(nodes)
    kept: list[_Node] = []
    aside: set[int] = set()
    for k in sorted(participants, key=lambda k: nodes[k].rank):
        node = nodes[k]
        winner = next((other for other in kept if _crosses(other, node)), None)
        if winner is None:
            kept.append(node)
            continue
        aside.add(k)
        issues.append(
            Issue(
                key,
                "crossing",
                f"{node.describe()} set aside: it overlaps {winner.describe()} "
                "without either containing the other, and that one "
                f"{_why(winner, node)}",
                node.ids() + winner.ids(),
                date.fromordinal(min(node.first, winner.first)),
                date.fromordinal(max(node.last, winner.last)),
            )
        )
    return [n for k, n in enumerate(nodes) if k not in aside]


def _why(winner: _Node, loser: _Node) -> str:
    if winner.rank[0] != loser.rank[0]:
        return "comes from holdings, which take precedence over change records"
    if winner.rank[1] != loser.rank[1]:
        return "was published later"
    if winner.rank[2] != loser.rank[2]:
        return "spans fewer days"
    return "has the lower record id"


def _nest(
    ordered: list[_Node],
    roots: list[_Node],
    children: dict[int, list[_Node]],
    key: SeriesKey,
    issues: list[Issue],
) -> list[_Node]:
    """Compute each node's rate in a crossing-free forest, innermost first."""
    for node in reversed(ordered):
        kids = children.get(id(node))
        if kids is None:
            node.rate = node.area / (node.last - node.first + 1)
            continue
        _settle(node, _Kids(kids), key, issues)
    return roots


def _settle(node: _Node, kids: _Kids, key: SeriesKey, issues: list[Issue]) -> None:
    """Rate of a parent's remaining days, and the issue if its children disagree."""
    node.kids = kids
    kid_total = kids.area[-1]
    kid_bound = kids.whole_bound()
    remaining = node.last - node.first + 1 - kids.days[-1]
    rest = node.area - kid_total
    node.rem_bound = _SUBTRACT[node.bound, kid_bound]
    if remaining:
        node.rate = rest / remaining
        node.integral = node.area
        if rest < -_EPSILON * max(1.0, abs(node.area)):
            issues.append(
                _issue(
                    key,
                    node,
                    "larger-child",
                    f"{node.describe()} is smaller than the figures inside it "
                    f"({_number(kid_total)} km²): its other {remaining} days get "
                    f"{_number(rest / remaining, 2)} km²/day",
                )
            )
        return
    node.rate = 0.0
    node.integral = kid_total
    if not _admits(node.area, node.bound, kid_total):
        node.unit_bound = kid_bound
        node.derived_unit = False
        issues.append(
            _issue(
                key,
                node,
                "mismatch",
                f"{node.describe()} is covered day by day by finer figures that add "
                f"up to {_number(kid_total)} km²; those are used instead",
            )
        )


def _issue(key: SeriesKey, node: _Node, kind: str, message: str) -> Issue:
    """An issue about a parent and its children; `holdings` when snapshots are
    among them (holdings contradict changes)."""
    assert node.kids is not None
    kids = node.kids.nodes
    if node.snapshots is not None or any(k.snapshots is not None for k in kids):
        kind = "holdings"
    first, last = date.fromordinal(node.first), date.fromordinal(node.last)
    return Issue(key, kind, message, node.ids() + _kid_ids(kids), first, last)


def _kid_ids(kids: list[_Node]) -> tuple[int, ...]:
    """The records of a node's children; of a run of holding-derived changes only
    its first and last snapshots, which are all its total depends on."""
    ids: list[int] = []
    run: list[_Node] = []

    def close() -> None:
        if run:
            old, new = run[0].snapshots[0], run[-1].snapshots[1]  # type: ignore[index]
            ids.extend(r.id for r in (old, new) if r.id is not None)
            run.clear()

    for kid in kids:
        if kid.snapshots is not None and (not run or run[-1].last + 1 == kid.first):
            run.append(kid)
            continue
        close()
        if kid.snapshots is not None:
            run.append(kid)
        else:
            ids.extend(kid.ids())
    close()
    return tuple(ids)


def _admits(area: float, bound: str, actual: float) -> bool:
    """Whether a figure with this bound is consistent with the actual total."""
    difference = actual - area
    if abs(difference) <= _EPSILON * max(1.0, abs(area)):
        return True
    if bound == "at_least":
        return difference > 0
    if bound == "at_most":
        return difference < 0
    if bound == "approx":
        return abs(difference) <= APPROX_TOLERANCE * abs(area)
    return False


def gaps(series: Series) -> list[Issue]:
    """Days without any figure between a series' first and last covered day."""
    result = []
    runs = series.covered_runs()
    for (_, before), (after, _) in pairwise(runs):
        first, last = before + timedelta(days=1), after - timedelta(days=1)
        days = (last - first).days + 1
        result.append(
            Issue(
                series.key,
                "gap",
                f"no figure covers {first}..{last} "
                f"({days} day{'s' if days > 1 else ''})",
                (),
                first,
                last,
            )
        )
    return result


# --- wording -------------------------------------------------------------------

_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def _number(value: float, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 0.05 else 1
    text = f"{value:,.{decimals}f}"
    return "0" if text.strip("-0.,") == "" else text


def _signed(value: float) -> str:
    return ("+" if value >= 0 else "") + _number(value)


def _ref(record: Figure) -> str:
    return f"#{record.id} on " if record.id is not None else "on "


def describe(record: Figure) -> str:
    """`#5 (1,000 km² at least… )`: how an issue names a record."""
    ident = f"#{record.id} " if record.id is not None else ""
    area = f"{_SIGNS.get(record.bound, '')}{_number(record.area_km2)} km²"
    if record.kind == "holding":
        return f"holding {ident}({area} held on {record.end})"
    return f"record {ident}({area}, {record.start}..{record.end})"
