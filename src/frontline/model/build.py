"""Building a series' rate model from its records: nesting, crossings, and the
issues found on the way (see `series.py` for the rules)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import accumulate, compress, count, repeat
from operator import add, attrgetter, eq, le, lt, mul, sub
from typing import TypeVar

from frontline.model.bounds import (
    APPROX_TOLERANCE,
    BOUND_OF,
    EPSILON,
    LACKS,
    LACKS_NEGATED,
    SUBTRACT,
)
from frontline.model.disjoint import disjoint_roots
from frontline.model.figures import Figure, Issue, SeriesKey
from frontline.model.nodes import (
    _change_node,
    _HeldLeaves,
    _Kids,
    _Node,
    derived_node,
    lacks_sums,
    rank_of,
)
from frontline.model.series import Series
from frontline.model.wording import figure_number

_SERIES_OF = attrgetter("actor", "region", "layer", "source")
_START = attrgetter("start")
_END = attrgetter("end")
_AREA = attrgetter("area_km2")
_BOUND = attrgetter("bound")
_ordinal = date.toordinal
_new = object.__new__  # a node or children made without their constructor


class _OneKid(_Kids):
    """The children of a node that has one, covering it whole (a month's change
    record over its holdings): made without their sums, which only a window
    cutting the node reads (a report by month never does), so that ~10^4 of
    them cost one object each. The first read of a sum makes them all."""

    __slots__ = ()

    def __init__(self, nodes: list[_Node]) -> None:
        self.nodes = nodes

    def __getattr__(self, name: str) -> object:
        # Called only for a slot not set yet (or no attribute at all).
        if name == "nodes" or name not in _Kids.__slots__:
            raise AttributeError(name)
        self._only(self.nodes[0])
        return object.__getattribute__(self, name)


def build(
    records: Iterable[Figure], key: SeriesKey | None = None, *, checked: bool = False
) -> Series:
    """The rate model of one series from its records (any order). `checked`:
    the caller made every record with `key` (a loader reading one series at a
    time), so they are not compared with it again."""
    records = list(records)
    if key is None:
        if not records:
            raise ValueError("a series needs records or a key")
        key = _SERIES_OF(records[0])
    if not checked and not set(map(_SERIES_OF, records)) <= {key}:
        raise ValueError("records of different series")
    changes: list[Figure] = []
    snapshots: list[Figure] = []
    add_change, add_snapshot = changes.append, snapshots.append
    for record in records:
        kind = record.kind
        if kind == "change":
            add_change(record)
        elif kind == "holding":
            add_snapshot(record)
    snapshots.sort(key=_END)
    if not changes:
        held = _held(snapshots, key)
        if held is not None:
            return Series(key, records, held, snapshots, [])
    if not snapshots:
        disjoint = disjoint_roots(changes)
        if disjoint is not None:
            return Series(key, records, disjoint, snapshots, [])
    paired = _paired(changes, snapshots, key)
    if paired is not None:
        return Series(key, records, paired, snapshots, [])
    issues: list[Issue] = []
    roots = _roots_of(changes, snapshots, key, issues)
    return Series(key, records, roots, snapshots, issues)


def _roots_of(
    changes: list[Figure],
    snapshots: list[Figure],
    key: SeriesKey,
    issues: list[Issue],
) -> list[_Node]:
    """The roots of the nesting forest of these change records and snapshots
    (sorted by day), every node's rate set; what it had to work around goes to
    `issues`."""
    nodes = [_change_node(record) for record in changes]
    nodes.extend(_derived_nodes(snapshots))
    forest = _forest(nodes)
    if forest is None:
        nodes = _resolve_crossings(nodes, key, issues)
        for node in nodes:  # the children the pass that found a crossing gave
            node.nested = None
        forest = _forest(nodes)
        assert forest is not None, "crossings left after resolving them"
    return _nest(*forest, key, issues)


class _PairedRoots(_Kids):
    """The roots of a series whose change records each span exactly the days
    between two consecutive snapshots and agree with them (a month's change
    record over its month-end holdings): their sums made from the figures'
    columns in C (`_paired`), their nodes only when a window cuts one or
    another question walks them (a report by month never does), made by the
    general path (`_roots_of`), which nests each record over the change
    between its two snapshots."""

    __slots__ = ("_figures",)

    def __getattr__(self, name: str) -> object:
        # Called only for a slot not set yet (or no attribute at all).
        if name != "nodes":
            raise AttributeError(name)
        changes, snapshots, key = self._figures
        self.nodes = nodes = _roots_of(changes, snapshots, key, [])
        return nodes


def _paired(
    changes: list[Figure], snapshots: list[Figure], key: SeriesKey
) -> _PairedRoots | None:
    """The roots `_roots_of` makes, without their nodes, when every change
    record spans the days after one snapshot through the next (snapshots in
    day order, two change records or more, one fewer than snapshots) and its
    area agrees with theirs within rounding (`_nest`'s test): each record is
    then a root holding the change between its two snapshots, its total that
    change (`_nest` keeps the measured one), its bound the record's. None
    otherwise (the general path decides)."""
    many = len(changes)
    if many < 2 or len(snapshots) != many + 1:
        return None
    ordered = sorted(changes, key=_START)
    ends = list(map(_END, snapshots))
    if list(map(_END, ordered)) != ends[1:]:
        return None
    days = list(map(_ordinal, ends))
    firsts = list(map(_ordinal, map(_START, ordered)))
    lasts = days[1:]
    if firsts != list(map(add, days, repeat(1, many))) or not all(
        map(le, firsts, lasts)
    ):
        return None
    held = list(map(_AREA, snapshots))
    totals = list(map(sub, held[1:], held))  # each `_derived_nodes`' new - old
    areas = list(map(_AREA, ordered))
    # _nest: |kid_total - area| <= EPSILON * max(1.0, |area|), in C.
    slack = map(mul, repeat(EPSILON), map(max, repeat(1.0), map(abs, areas)))
    if not all(map(le, map(abs, map(sub, totals, areas)), slack)):
        return None
    figures = (changes, snapshots, key)
    roots = _columns(_PairedRoots, figures, days, firsts, lasts, totals)
    roots.low, roots.up = lacks_sums(map(_BOUND, ordered))
    roots.run_start = roots.run_end = [False] * many
    return roots


class _HeldRoots(_PairedRoots):
    """The roots of a series of exact snapshots alone (daily holdings): the
    changes between consecutive snapshots, one run, every bound exact. Their
    sums made from the snapshots' columns (`_held`), their nodes only when a
    window cuts one or another question walks them, one by one
    (`nodes._HeldLeaves`: the leaves the general path makes of them)."""

    __slots__ = ()

    # The roots are holding-derived changes: no change record covers the
    # days (`Series.changes_cover`), though no run needs a fix-up.
    holdings_only = True

    def __getattr__(self, name: str) -> object:
        # Called only for a slot not set yet (or no attribute at all).
        if name != "nodes":
            raise AttributeError(name)
        self.nodes = nodes = _HeldLeaves(self._figures[1])  # type: ignore[assignment]
        return nodes


def _held(snapshots: list[Figure], key: SeriesKey) -> _HeldRoots | None:
    """The roots `_roots_of` makes of snapshots alone (in day order, two or
    more, on distinct days, every one exact), without their nodes: each the
    change between two consecutive snapshots, its total new - old as
    `_derived_nodes` makes it. Every bound is exact, so no part of any window
    of whole roots lacks a bound (the counts are all 0, and the fix-ups at a
    run's cut ends add 0): the windows need no node. None otherwise (the
    general path decides)."""
    many = len(snapshots) - 1
    if many < 1 or set(map(_BOUND, snapshots)) != _EXACT:
        return None
    days = list(map(_ordinal, map(_END, snapshots)))
    lasts = days[1:]
    if not all(map(lt, days, lasts)):
        return None
    held = list(map(_AREA, snapshots))
    firsts = list(map(add, days[:many], repeat(1, many)))
    totals = map(sub, held[1:], held)
    roots = _columns(_HeldRoots, ([], snapshots, key), days, firsts, lasts, totals)
    roots.low = roots.up = [0] * (many + 1)
    roots.run_start = [True] + [False] * (many - 1)
    roots.run_end = [False] * (many - 1) + [True]
    return roots


_EXACT = {"exact"}


_R = TypeVar("_R", bound=_PairedRoots)


def _columns(
    cls: type[_R],
    figures: tuple[list[Figure], list[Figure], SeriesKey],
    days: list[int],
    firsts: list[int],
    lasts: list[int],
    totals: Iterable[float],
) -> _R:
    """The columns `_paired` and `_held` share, from the snapshots' days (in
    order) and each root's first and last day and total: `area` runs the
    totals, `days` counts from the first snapshot; `figures` make the nodes
    when asked (`_PairedRoots`)."""
    roots = _new(cls)
    roots._figures = figures
    roots.firsts, roots.lasts = firsts, lasts
    roots.area = list(accumulate(totals, initial=0.0))
    roots.days = list(map(sub, days, repeat(days[0])))
    roots.derived = False
    return roots


def _derived_nodes(snapshots: Sequence[Figure]) -> list[_Node]:
    """The holding-derived changes between consecutive snapshots
    (`nodes.derived_node`)."""
    return list(map(derived_node, snapshots, snapshots[1:]))


def _forest(nodes: list[_Node]) -> tuple[list[_Node], list[_Node]] | None:
    """Nodes in nesting order and the roots, each parent's children in its
    `nested` list; None as soon as two nodes cross, which the same pass detects
    for free.

    Nesting order is by start, longer first; for equal spans the less preferred
    first, so that the preferred record ends up inside and gives the numbers
    (`_nesting_order`).
    """
    ordered = _nesting_order(nodes)
    roots: list[_Node] = []
    stack: list[_Node] = []
    push, pop = stack.append, stack.pop
    parent: _Node | None = None
    for node in ordered:  # each node's `nested` is None (made so, or reset)
        first = node.first
        while parent is not None and parent.last < first:
            pop()
            parent = stack[-1] if stack else None
        if parent is not None:
            if parent.last < node.last:
                return None
            kids = parent.nested
            if kids is None:
                parent.nested = [node]
            else:
                kids.append(node)
        else:
            roots.append(node)
        push(node)
        parent = node
    return ordered, roots


# Past every day's ordinal (date.max is 3,652,059): `first * _DAYS - last` orders
# spans by first day, then last day descending, as one integer.
_DAYS = 1 << 22


def _nesting_order(nodes: list[_Node]) -> list[_Node]:
    """The nodes by first day, then last day descending; nodes of the same span
    by rank descending, those of the same rank in the order given (what stable
    sorts by rank descending, by last day descending and by first day give).

    One sort on an integer per node, then the rank only among equal spans
    (a month's change record and the change between its two snapshots): a
    sort by rank compares tuples, and costs more than the rest of the nesting."""
    spans = [node.first * _DAYS - node.last for node in nodes]
    order = sorted(range(len(spans)), key=spans.__getitem__)
    ordered = [nodes[k] for k in order]
    keys = [spans[k] for k in order]
    # Where a node has the span of the one before it, in C.
    tied = list(compress(count(1), map(eq, keys[1:], keys)))
    at = 0
    while at < len(tied):
        end = tied[at]
        begin = end - 1
        while at + 1 < len(tied) and tied[at + 1] == end + 1:
            at += 1
            end += 1
        if end == begin + 1:  # two (the common case): the better one second
            if rank_of(ordered[begin]) < rank_of(ordered[end]):
                ordered[begin], ordered[end] = ordered[end], ordered[begin]
        else:
            ordered[begin : end + 1] = sorted(
                ordered[begin : end + 1], key=rank_of, reverse=True
            )
        at += 1
    return ordered


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
    for k in sorted(participants, key=lambda k: rank_of(nodes[k])):
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
    won, lost = rank_of(winner), rank_of(loser)
    if won[0] != lost[0]:
        return "comes from holdings, which take precedence over change records"
    if won[1] != lost[1]:
        return "was published later"
    if won[2] != lost[2]:
        return "spans fewer days"
    return "has the lower record id"


def _nest(
    ordered: list[_Node],
    roots: list[_Node],
    key: SeriesKey,
    issues: list[Issue],
) -> list[_Node]:
    """Compute each node's rate in a crossing-free forest, innermost first."""
    for node in reversed(ordered):
        kids = node.nested
        if kids is None:
            node.rate = node.area / (node.last - node.first + 1)
            continue
        node.nested = None
        if len(kids) != 1:
            _settle(node, _Kids(kids), key, issues)
            continue
        # One child (a month's change record over its holdings): when it spans
        # every day of the parent and agrees with it within rounding,
        # `_settle`'s outcome set here from the child itself, and the
        # children's sums left until a window asks for them (`_OneKid`).
        child = kids[0]
        area, kid_total = node.area, child.integral
        if child.last - child.first != node.last - node.first or abs(
            kid_total - area
        ) > EPSILON * max(1.0, abs(area)):
            _settle(node, _OneKid(kids), key, issues)
            continue
        if child.derived_unit:
            lo1, up1 = LACKS_NEGATED[child.sb]
            lo2, up2 = LACKS[child.eb]
            low, up = lo1 + lo2, up1 + up2
        else:
            low, up = LACKS[child.unit_bound]
        only = node.kids = _new(_OneKid)  # its constructor's call saved
        only.nodes = kids
        node.rem_bound = SUBTRACT[node.bound, BOUND_OF[not low, not up]]
        node.rate = 0.0
        node.integral = kid_total
    return roots


def _settle(node: _Node, kids: _Kids, key: SeriesKey, issues: list[Issue]) -> None:
    """Rate of a parent's remaining days, and the issue if its children disagree."""
    node.kids = kids
    kid_total = kids.area[-1]
    # The bound of all the children taken whole: the whole list cuts no run of
    # holding-derived changes, so no fix-up (see `series._range`) is needed.
    kid_bound = BOUND_OF[not kids.low[-1], not kids.up[-1]]
    remaining = node.last - node.first + 1 - kids.days[-1]
    rest = node.area - kid_total
    node.rem_bound = SUBTRACT[node.bound, kid_bound]
    if remaining:
        node.rate = rest / remaining
        node.integral = node.area
        if rest < 0 and rest < -EPSILON * max(1.0, abs(node.area)):
            issues.append(
                _issue(
                    key,
                    node,
                    "larger-child",
                    f"{node.describe()} is smaller than the figures inside it "
                    f"({figure_number(kid_total)} km²): its other {remaining} days get "
                    f"{figure_number(rest / remaining, 2)} km²/day",
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
                f"up to {figure_number(kid_total)} km²; those are used instead",
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
    if abs(difference) <= EPSILON * max(1.0, abs(area)):
        return True
    if bound == "at_least":
        return difference > 0
    if bound == "at_most":
        return difference < 0
    if bound == "approx":
        return abs(difference) <= APPROX_TOLERANCE * abs(area)
    return False


# --- wording -------------------------------------------------------------------
