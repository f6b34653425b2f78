"""The nesting forest of a series' rate model (`model/series.py`): a node per
figure (a change record, or the change between two snapshots) and each node's
children with the prefix sums a window query reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate

from frontline.model.bounds import LACKS, LACKS_NEGATED, SUBTRACT
from frontline.model.figures import Figure
from frontline.model.wording import describe, record_ref, signed_number

_RUN, _NO_RUN = (True,), (False,)  # a single child's run flags
_new_node = object.__new__  # a node made without its constructor


# LACKS' two counts, each by bound.
_LACKS_LOW = {bound: lacks[0] for bound, lacks in LACKS.items()}
_LACKS_UP = {bound: lacks[1] for bound, lacks in LACKS.items()}


def lacks_sums(bounds: Iterable[str]) -> tuple[list[int], list[int]]:
    """The prefix sums `_Kids` keeps of how many of its children lack a lower
    and an upper bound, for children whose bounds are these (change records
    taken whole), made in C from the bounds alone."""
    bounds = list(bounds)
    low = list(accumulate(map(_LACKS_LOW.__getitem__, bounds), initial=0))
    up = list(accumulate(map(_LACKS_UP.__getitem__, bounds), initial=0))
    return low, up


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
        "nested",
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
        self.nested: list[_Node] | None = None  # the children while nesting
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
            f"the change between holdings {record_ref(old)}{old.end} and "
            f"{record_ref(new)}{new.end} ({signed_number(self.area)} km²)"
        )


class _Kids:
    """The children of a node (or the roots), with prefix sums for window queries."""

    __slots__ = (
        "area",
        "days",
        "derived",
        "firsts",
        "lasts",
        "low",
        "nodes",
        "run_end",
        "run_start",
        "up",
    )

    # Whether the nodes are holding-derived changes alone though `derived`
    # says no run needs a fix-up (`build._HeldRoots`).
    holdings_only = False

    def __init__(self, nodes: list[_Node]) -> None:
        self.nodes = nodes
        count = len(nodes)
        if count == 1:
            self._only(nodes[0])
            return
        firsts: list[int] = []
        lasts: list[int] = []
        self.firsts, self.lasts = firsts, lasts
        self.run_start = run_start = [False] * count
        self.run_end = run_end = [False] * count
        area, days, low, up = [0.0], [0], [0], [0]
        sum_area = 0.0
        sum_days = sum_low = sum_up = 0
        previous: _Node | None = None
        derived = False
        for k, node in enumerate(nodes):
            # The days in the same loop as the sums (a comprehension is a
            # call of its own, and a report makes ~10^4 of these).
            first, last = node.first, node.last
            firsts.append(first)
            lasts.append(last)
            if node.derived_unit:
                derived = True
                start = not (
                    previous is not None
                    and previous.derived_unit
                    and previous.last + 1 == first
                )
                run_start[k] = start
                if start:
                    lo, hi = LACKS_NEGATED[node.sb]
                    sum_low += lo
                    sum_up += hi
                if k + 1 < count:
                    after = nodes[k + 1]
                    end = not (after.derived_unit and last + 1 == after.first)
                else:
                    end = True
                run_end[k] = end
                if end:
                    lo, hi = LACKS[node.eb]
                    sum_low += lo
                    sum_up += hi
            else:
                lo, hi = LACKS[node.unit_bound]
                sum_low += lo
                sum_up += hi
            sum_area += node.integral
            sum_days += last - first + 1
            area.append(sum_area)
            days.append(sum_days)
            low.append(sum_low)
            up.append(sum_up)
            previous = node
        self.area, self.days, self.low, self.up = area, days, low, up
        self.derived = derived

    def _only(self, node: _Node) -> None:
        """The common case of a single child, without the loop."""
        # Tuples, read like the lists (bisect takes either): smaller and
        # sooner made, and a long report holds ~10^4 of these.
        self.firsts = (node.first,)
        self.lasts = (node.last,)
        self.derived = node.derived_unit
        if node.derived_unit:
            self.run_start = self.run_end = _RUN
            lo1, up1 = LACKS_NEGATED[node.sb]
            lo2, up2 = LACKS[node.eb]
            lacks = (lo1 + lo2, up1 + up2)
        else:
            self.run_start = self.run_end = _NO_RUN
            lacks = LACKS[node.unit_bound]
        self.area = (0.0, node.integral)
        self.days = (0, node.last - node.first + 1)
        self.low = (0, lacks[0])
        self.up = (0, lacks[1])


def _change_node(record: Figure) -> _Node:
    """`_Node(first, last, area, bound, rank, record)`, its fields set here: a
    long report makes ~10^4 of these, and the constructor's call is a third of
    the cost."""
    first, last = record.start.toordinal(), record.end.toordinal()
    node = _new_node(_Node)
    node.first, node.last = first, last
    node.area = node.integral = record.area_km2
    node.bound = node.rem_bound = node.unit_bound = node.sb = node.eb = record.bound
    node.rank = None  # made by `rank_of` when asked: only ties and crossings ask
    node.record = record
    node.snapshots = node.kids = node.nested = None
    node.rate = 0.0
    node.derived_unit = False
    return node


def rank_of(node: _Node) -> tuple:
    """A node's rank, which orders figures of the same span and settles
    crossings: a change record's is made the first time it is asked (most
    never are: a series' figures seldom share a span), as `_Node` makes it."""
    rank = node.rank
    if rank is None:
        record = node.record
        published = record.published
        rank = node.rank = (
            1,
            -published.toordinal() if published else 0,
            node.last - node.first + 1,
            record.id or 0,
        )
    return rank


def derived_node(old: Figure, new: Figure) -> _Node:
    """The holding-derived change between consecutive snapshots `old` and
    `new`, its fields set as `_Node(first, last, area, bound, rank, None,
    (old, new))` sets them; its rate is set by whoever places it (`build._nest`,
    or a leaf's own area over its days)."""
    first, last = old.end.toordinal() + 1, new.end.toordinal()
    node = _new_node(_Node)
    node.first, node.last = first, last
    node.area = node.integral = new.area_km2 - old.area_km2
    node.bound = node.rem_bound = node.unit_bound = SUBTRACT[new.bound, old.bound]
    node.rank = (0, 0, last - first + 1, new.id or 0)
    node.record = node.kids = node.nested = None
    node.snapshots = (old, new)
    node.rate = 0.0
    node.sb, node.eb = old.bound, new.bound
    node.derived_unit = True
    return node


class LazyLeaves(dict):
    """Roots that are leaves, by position, each node made when first read: a
    window that cuts a root reads one or two of thousands, so most are never
    made. Read as a list of nodes is: by index (a dict's lookup, in C, once
    made) and in order; not by slice. A subclass says how leaf k is made."""

    __slots__ = ("_count",)

    def __init__(self, count: int) -> None:
        super().__init__()
        self._count = count

    def _leaf(self, k: int) -> _Node:
        raise NotImplementedError

    def __missing__(self, k: int) -> _Node:
        if k < 0:
            k += self._count
        if not 0 <= k < self._count:
            raise IndexError(k)
        node = self._leaf(k)
        node.rate = node.area / (node.last - node.first + 1)  # as `build._nest`
        self[k] = node
        return node

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[_Node]:  # type: ignore[override]
        return (self[k] for k in range(self._count))


class _HeldLeaves(LazyLeaves):
    """The roots' nodes of a series of snapshots alone (`build._HeldRoots`):
    node k is the change between snapshots k and k + 1 (`derived_node`). A
    month ending in a hole of a daily series, or a holding on a day between
    snapshots, cuts one of ~3,650."""

    __slots__ = ("_snapshots",)

    def __init__(self, snapshots: list[Figure]) -> None:
        super().__init__(len(snapshots) - 1)
        self._snapshots = snapshots

    def _leaf(self, k: int) -> _Node:
        return derived_node(self._snapshots[k], self._snapshots[k + 1])
