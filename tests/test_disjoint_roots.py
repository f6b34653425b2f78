"""Change records that never overlap take a shorter path to their roots
(`model/disjoint.py`): the same answers, to the last bit, as the general path
that sorts, nests and sums them (`build._roots_of`), for any tiling with or
without gaps, in any order, with any bounds."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from frontline.model.build import _roots_of, build
from frontline.model.disjoint import _DisjointRoots
from frontline.model.records import Record
from frontline.model.series import Series
from test_properties import tilings

DAY0 = date(2024, 1, 1)
KEY = ("russia", "r", "control", "S")


def change(first: int, last: int, area: float, bound: str, id: int) -> Record:
    start, end = DAY0 + timedelta(days=first), DAY0 + timedelta(days=last)
    return Record("change", "russia", "r", start, end, area, bound, source="S", id=id)


def general(records: list[Record]) -> Series:
    """The series as the general path makes it."""
    issues: list = []
    return Series(KEY, records, _roots_of(records, [], KEY, issues), [], issues)


def spans_over(last_day: int) -> list[tuple[date, date]]:
    """Every span of one to 45 days over the records' days and a little beyond."""
    return [
        (DAY0 + timedelta(days=a), DAY0 + timedelta(days=b))
        for a in range(-3, last_day + 4, 2)
        for b in range(a, min(a + 45, last_day + 4))
    ]


@given(parts=tilings(max_parts=8), order=st.randoms(use_true_random=False))
def test_disjoint_records_give_the_general_paths_answers(parts, order) -> None:
    records = [change(*part, id=n + 1) for n, part in enumerate(parts)]
    order.shuffle(records)
    fast, slow = build(records, KEY), general(records)
    if len(records) > 1:
        assert isinstance(fast._roots, _DisjointRoots)
    last_day = max(part[1] for part in parts)
    spans = spans_over(last_day)
    assert fast.windows(spans) == slow.windows(spans)  # every bit, every field
    assert [fast.window(*s) for s in spans[::7]] == [
        slow.window(*s) for s in spans[::7]
    ]
    assert fast.segments() == slow.segments()
    assert fast.covered_runs() == slow.covered_runs()
    assert fast.issues == slow.issues == []
    for a, b in spans[::5]:
        assert fast.first_gain(a, b) == slow.first_gain(a, b)


def test_records_sharing_a_day_take_the_general_path() -> None:
    """A record ending on the day the next begins overlaps it by that day:
    the general path nests or resolves them, and says so."""
    records = [change(0, 9, 10.0, "exact", 1), change(9, 19, 20.0, "exact", 2)]
    series = build(records, KEY)
    assert not isinstance(series._roots, _DisjointRoots)
    assert [issue.kind for issue in series.issues] == ["crossing"]


def test_a_record_inside_another_is_nested_not_taken_as_disjoint() -> None:
    records = [change(0, 30, 31.0, "exact", 1), change(5, 9, 10.0, "exact", 2)]
    series = build(records, KEY)
    assert not isinstance(series._roots, _DisjointRoots)
    # Days 5..9 carry the inner record's 2 a day; the rest 21 over 26 days.
    day = series.window(DAY0 + timedelta(days=5), DAY0 + timedelta(days=5))
    assert day.total == 2.0


def test_one_record_alone_is_not_the_disjoint_path() -> None:
    series = build([change(0, 9, 10.0, "exact", 1)], KEY)
    assert not isinstance(series._roots, _DisjointRoots)


def test_nodes_are_made_only_when_a_window_cuts_them() -> None:
    """A month window over weekly records cuts two of them: only those two
    nodes are made (the point of the path), each with its rate."""
    records = [
        change(7 * k, 7 * k + 6, 7.0 * (k + 1), "exact", k + 1) for k in range(8)
    ]
    series = build(records, KEY)
    nodes = series._roots.nodes
    window = series.window(date(2024, 1, 3), date(2024, 1, 30))
    # Days 3..7 of record 1 (1 a day: 5), records 2-4 whole (14+21+28 = 63),
    # days 29..30 of record 5 (5 a day: 10): 78 over 28 days, prorated.
    assert (window.total, window.covered, window.bound) == (78.0, 28, "approx")
    assert sorted(dict.keys(nodes)) == [0, 4]
    assert [nodes[k].rate for k in (0, 4)] == [1.0, 5.0]
    assert nodes[-1] is nodes[7] and len(nodes) == 8
    assert [node.first for node in nodes] == [
        DAY0.toordinal() + 7 * k for k in range(8)
    ]


@given(parts=tilings(max_parts=10))
def test_runs_are_the_roots_that_touch_merged(parts) -> None:
    """Covered runs, worked out day by day: a run ends where the next figure
    does not start the day after."""
    records = [change(*part, id=n + 1) for n, part in enumerate(parts)]
    covered = sorted({d for first, last, *_ in parts for d in range(first, last + 1)})
    runs: list[list[int]] = []
    for d in covered:
        if runs and runs[-1][1] + 1 == d:
            runs[-1][1] = d
        else:
            runs.append([d, d])
    expected = [(DAY0 + timedelta(days=a), DAY0 + timedelta(days=b)) for a, b in runs]
    assert build(records, KEY).covered_runs() == expected
    assert general(records).covered_runs() == expected


def test_runs_of_no_root_and_of_one() -> None:
    from frontline.model.gaps import touching_runs as _merge_runs

    assert _merge_runs([], []) == []
    assert _merge_runs((5,), (9,)) == [(5, 9)]
    assert _merge_runs([1, 4, 10], [3, 8, 12]) == [(1, 8), (10, 12)]
