"""The roots of a series of change records that never overlap, made from the
records' columns: the common shape of an analyst's series (a figure a week, a
month, a day, with or without gaps), for which the general path
(`build._roots_of`) would sort, nest and sum ~10^4 nodes in Python only to
find that none holds another."""

from __future__ import annotations

from datetime import date
from itertools import accumulate, repeat
from operator import add, attrgetter, lt, sub

from frontline.model.figures import Figure
from frontline.model.nodes import LazyLeaves, _change_node, _Kids, _Node, lacks_sums

_START = attrgetter("start")
_END = attrgetter("end")
_AREA = attrgetter("area_km2")
_BOUND = attrgetter("bound")
_ordinal = date.toordinal


class _Leaves(LazyLeaves):
    """The roots' nodes by position (`nodes.LazyLeaves`): node k is change
    record k, with no children. A report by month cuts two a month."""

    __slots__ = ("_records",)

    def __init__(self, records: list[Figure]) -> None:
        super().__init__(len(records))
        self._records = records

    def _leaf(self, k: int) -> _Node:
        return _change_node(self._records[k])


class _DisjointRoots(_Kids):
    """Roots that are change records alone, none overlapping another."""

    __slots__ = ()


def disjoint_roots(changes: list[Figure]) -> _DisjointRoots | None:
    """The roots `build._roots_of` makes of these change records (and no
    snapshot) when, in order of their first day, each ends before the next
    begins: every record is then a root without children, its rate its area
    over its days, and no issue arises. Their columns are the sums `_Kids`
    makes of such roots, in the same order of additions, so every window
    gives the same figures to the last bit. None otherwise (two records or
    more share a day: the general path nests or resolves them)."""
    many = len(changes)
    if many < 2:
        return None
    # Records that overlap span more days, together, than their hull: what
    # sends a year over its quarters to the general path before any sort.
    firsts = list(map(_ordinal, map(_START, changes)))
    lasts = list(map(_ordinal, map(_END, changes)))
    if sum(map(sub, lasts, firsts)) + many > max(lasts) - min(firsts) + 1:
        return None
    ordered = sorted(changes, key=_START)
    firsts = list(map(_ordinal, map(_START, ordered)))
    lasts = list(map(_ordinal, map(_END, ordered)))
    if not all(map(lt, lasts, firsts[1:])):
        return None
    roots = object.__new__(_DisjointRoots)
    roots.nodes = _Leaves(ordered)  # type: ignore[assignment]
    roots.firsts, roots.lasts = firsts, lasts
    roots.area = list(accumulate(map(_AREA, ordered), initial=0.0))
    spans = map(add, map(sub, lasts, firsts), repeat(1))
    roots.days = list(accumulate(spans, initial=0))
    roots.low, roots.up = lacks_sums(map(_BOUND, ordered))
    roots.run_start = roots.run_end = [False] * many
    roots.derived = False
    return roots
