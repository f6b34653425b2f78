"""The order in which a series' figures are nested (`model.build._nesting_order`):
by first day, then last day descending, and among figures of the same span the
less preferred first (rank descending), those of the same rank in the order
given. Held here to the three stable sorts that define it, written out in the
test, on hand-made cases (ties at the start, in the middle and at the end, runs
of two, three and four, two runs next to each other) and on many random sets
of figures crowded onto a few spans.
"""

from __future__ import annotations

import random
from datetime import date
from operator import attrgetter

import pytest

from frontline.model.build import _nesting_order, build
from frontline.model.records import Record
from frontline.model.series import _Node


def by_three_sorts(nodes: list[_Node]) -> list[_Node]:
    """The definition: stable sorts by rank descending, by last day descending,
    by first day."""
    ordered = sorted(nodes, key=attrgetter("rank"), reverse=True)
    ordered.sort(key=attrgetter("last"), reverse=True)
    ordered.sort(key=attrgetter("first"))
    return ordered


def node(first: int, last: int, rank: tuple) -> _Node:
    return _Node(first, last, 1.0, "exact", rank)


def names(nodes: list[_Node], given: list[_Node]) -> list[int]:
    """Each node as its position in the list given."""
    return [next(k for k, n in enumerate(given) if n is m) for m in nodes]


CASES = {
    # (first, last, rank) per node, in the order given.
    "no ties": [(5, 9, (1, 0, 5, 1)), (1, 9, (1, 0, 9, 2)), (1, 3, (1, 0, 3, 3))],
    "a pair first": [(1, 9, (0, 0, 9, 1)), (1, 9, (1, 0, 9, 2)), (4, 5, (1, 0, 2, 3))],
    "a pair last": [(4, 5, (1, 0, 2, 3)), (7, 8, (0, 0, 2, 1)), (7, 8, (1, 0, 2, 2))],
    "a pair in order": [(1, 9, (1, 0, 9, 2)), (1, 9, (0, 0, 9, 1))],
    "three": [(2, 4, (1, -5, 3, 1)), (2, 4, (1, -9, 3, 2)), (2, 4, (0, 0, 3, 3))],
    "four, two equal": [
        (2, 4, (0, 0, 3, 1)),
        (2, 4, (1, 0, 3, 7)),
        (2, 4, (0, 0, 3, 1)),
        (2, 4, (1, -3, 3, 2)),
    ],
    "two runs side by side": [
        (3, 4, (0, 0, 2, 1)),
        (1, 4, (0, 0, 4, 2)),
        (3, 4, (1, 0, 2, 3)),
        (1, 4, (1, 0, 4, 4)),
        (1, 4, (1, 0, 4, 5)),
    ],
    "runs apart": [
        (1, 2, (0, 0, 2, 1)),
        (1, 2, (1, 0, 2, 2)),
        (5, 6, (0, 0, 2, 3)),
        (9, 9, (0, 0, 1, 4)),
        (5, 6, (1, 0, 2, 5)),
        (5, 6, (1, -1, 2, 6)),
    ],
    "the first and last days a date has": [
        (date.max.toordinal(), date.max.toordinal(), (0, 0, 1, 1)),
        (1, date.max.toordinal(), (0, 0, 3652059, 2)),
        (1, 1, (0, 0, 1, 3)),
        (1, date.max.toordinal(), (1, 0, 3652059, 4)),
    ],
}


@pytest.mark.parametrize("case", CASES)
def test_nesting_order_is_the_three_stable_sorts(case: str) -> None:
    given = [node(*spec) for spec in CASES[case]]
    expected = by_three_sorts(given)
    assert names(_nesting_order(given), given) == names(expected, given)
    assert len(_nesting_order(given)) == len(given)


def test_a_pair_of_one_span_puts_the_preferred_second() -> None:
    # A month's change record (rank 1…) and the change between the month's
    # two snapshots (rank 0…): the snapshots' change is preferred, so it comes
    # second and is nested inside, whichever is given first.
    record, derived = node(1, 31, (1, 0, 31, 5)), node(1, 31, (0, 0, 31, 9))
    assert _nesting_order([derived, record]) == [record, derived]
    assert _nesting_order([record, derived]) == [record, derived]


def test_nesting_order_on_random_crowded_spans() -> None:
    rng = random.Random(19)
    for _ in range(3000):
        given = []
        for _ in range(rng.randint(0, 14)):
            first = rng.choice((1, 2, 3, 10))
            last = first + rng.choice((0, 0, 1, 5))
            rank = (
                rng.randint(0, 1),
                rng.choice((0, -4, -7)),
                last - first + 1,
                rng.choice((0, 1, 2)),
            )
            given.append(node(first, last, rank))
        assert names(_nesting_order(given), given) == names(
            by_three_sorts(given), given
        )


def test_the_preferred_of_three_records_of_one_span_gives_the_numbers() -> None:
    # Three records of 1–10 January: 30 published 5 January, 40 published 9
    # January, 50 unpublished. The most recently published is preferred: it
    # is nested innermost and gives the total, 40; the others are checked
    # against it (both differ, so two mismatches are named).
    def record(area: float, published: date | None, id: int) -> Record:
        return Record(
            "change",
            "russia",
            "kursk",
            date(2024, 1, 1),
            date(2024, 1, 10),
            area,
            "exact",
            published=published,
            id=id,
        )

    series = build(
        [
            record(30, date(2024, 1, 5), 1),
            record(40, date(2024, 1, 9), 2),
            record(50, None, 3),
        ]
    )
    whole = series.window(date(2024, 1, 1), date(2024, 1, 10))
    assert whole.total == 40.0
    assert whole.covered == 10
    assert sorted(issue.kind for issue in series.issues) == ["mismatch", "mismatch"]
