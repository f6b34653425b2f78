"""A series of exact snapshots alone (daily holdings) is built from its
snapshots' columns (`build._held`), its nodes made only when asked: every
answer must be the one the general path gives, to the last bit."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from tests.model_records import general, made_nodes

from frontline.model import build as build_module
from frontline.model.build import _HeldRoots, _PairedRoots, build
from frontline.model.records import Record

D = date
BOUNDS = ("exact", "approx", "at_least", "at_most")


def holding(day, area, bound="exact", *, id=None):
    return Record(
        "holding", "russia", "ukraine", day, day, area, bound, source="DeepState",
        id=id,
    )  # fmt: skip


def change(start, end, area, bound="exact", *, id=None):
    return Record(
        "change", "russia", "ukraine", start, end, area, bound, source="DeepState",
        id=id,
    )  # fmt: skip


# Held 100 at the end of January, 130.25 at the end of February, 125.5 on
# 10 March and 126 at the end of March 2024.
SPRING = [
    holding(D(2024, 1, 31), 100.0, id=1),
    holding(D(2024, 2, 29), 130.25, id=2),
    holding(D(2024, 3, 10), 125.5, id=3),
    holding(D(2024, 3, 31), 126.0, id=4),
]


def test_exact_snapshots_give_the_worked_numbers_without_nodes():
    series = build(SPRING)
    roots = series._roots
    assert isinstance(roots, _HeldRoots)
    assert roots.firsts == [D(2024, 2, 1).toordinal(), D(2024, 3, 1).toordinal(),
                            D(2024, 3, 11).toordinal()]  # fmt: skip
    assert roots.lasts == [D(2024, 2, 29).toordinal(), D(2024, 3, 10).toordinal(),
                           D(2024, 3, 31).toordinal()]  # fmt: skip
    # +30.25, -4.75, +0.5, summed in day order from 0.0.
    assert roots.area == [0.0, 30.25, 25.5, 26.0]
    assert roots.days == [0, 29, 39, 60]
    assert roots.low == roots.up == [0, 0, 0, 0]
    assert roots.run_start == [True, False, False]
    assert roots.run_end == [False, False, True]
    assert roots.derived is False and roots.holdings_only is True
    february, march, both = series.windows(
        [
            (D(2024, 2, 1), D(2024, 2, 29)),
            (D(2024, 3, 1), D(2024, 3, 31)),
            (D(2024, 2, 1), D(2024, 3, 31)),
        ]
    )
    assert february[2:] == (30.25, 29, "exact", False)
    assert march[2:] == (-4.25, 31, "exact", False)
    assert both[2:] == (26.0, 60, "exact", False)
    assert series.window(D(2024, 3, 1), D(2024, 3, 31))[2:] == march[2:]
    assert series.covered_runs() == [(D(2024, 2, 1), D(2024, 3, 31))]
    assert series.issues == []
    assert series.key == ("russia", "ukraine", "control", "DeepState")
    assert series.records == SPRING
    assert not made_nodes(series)  # whole months never walk the nodes


def test_a_window_cutting_a_change_makes_the_nodes_the_general_path_makes():
    series = build(SPRING)
    # Ten days of February: 30.25 km² over 29 days, prorated.
    cut = series.window(D(2024, 2, 1), D(2024, 2, 10))
    assert made_nodes(series)
    assert cut[2:] == (30.25 / 29 * 10, 10, "approx", True)
    other = general(SPRING, "_held")
    assert not isinstance(other._roots, _PairedRoots)
    assert [
        (n.first, n.last, n.integral, n.rate, n.rem_bound) for n in series._roots.nodes
    ] == [
        (n.first, n.last, n.integral, n.rate, n.rem_bound) for n in other._roots.nodes
    ]
    assert series.segments() == other.segments()


def test_daily_snapshots_are_no_change_record_covering_the_days():
    # Snapshots on 1..10 March: the changes cover 2..10 March and the day
    # before has a snapshot, but no change record covers them: the gap check
    # must count the snapshots not loaded.
    records = [holding(D(2024, 3, day), 100.0 + day, id=day) for day in range(1, 11)]
    series = build(records)
    assert isinstance(series._roots, _HeldRoots)
    assert series.changes_cover(D(2024, 3, 1), D(2024, 3, 10)) is False
    assert (
        general(records, "_held").changes_cover(D(2024, 3, 1), D(2024, 3, 10)) is False
    )


@pytest.mark.parametrize(
    "records",
    [
        # One snapshot: no change at all.
        [SPRING[0]],
        # An approx snapshot among exact ones.
        [*SPRING[:3], holding(D(2024, 3, 31), 126.0, "approx", id=4)],
        [holding(D(2024, 1, 31), 100.0, "at_least", id=1), *SPRING[1:]],
        # A change record beside the snapshots.
        [*SPRING, change(D(2024, 2, 1), D(2024, 2, 10), 5.0, id=6)],
    ],
)
def test_other_shapes_take_the_general_path(records):
    series = build(records)
    assert not isinstance(series._roots, _HeldRoots)
    other = general(records, "_held")
    assert series.segments() == other.segments()
    assert series.issues == other.issues


def test_two_snapshots_of_one_day_are_not_held():
    # The natural key forbids them; `_held` leaves them to the general path.
    twice = sorted([*SPRING, holding(D(2024, 3, 31), 127.0, id=5)], key=lambda r: r.end)
    key = ("russia", "ukraine", "control", "DeepState")
    assert build_module._held(twice, key) is None
    assert isinstance(build_module._held(SPRING, key), _HeldRoots)


def test_snapshots_in_any_order_are_taken_by_day():
    series = build(list(reversed(SPRING)))
    assert isinstance(series._roots, _HeldRoots)
    assert series._roots.area == [0.0, 30.25, 25.5, 26.0]


def test_two_snapshots_are_one_change():
    series = build(SPRING[:2])
    roots = series._roots
    assert isinstance(roots, _HeldRoots)
    assert roots.run_start == [True] and roots.run_end == [True]
    assert roots.area == [0.0, 30.25]
    assert series.window(D(2024, 2, 1), D(2024, 2, 29))[2:] == (30.25, 29, "exact",
                                                                  False)  # fmt: skip


def held_records(rng: random.Random):
    """Snapshots over a few months, daily or some days apart, exact (now and
    then one of another bound, which takes the general path)."""
    day = D(2023, 1, 1) + timedelta(days=rng.randint(0, 300))
    area = rng.uniform(1000, 5000)
    records = []
    for k in range(rng.randint(1, 120)):
        bound = "exact" if rng.random() > 0.01 else rng.choice(BOUNDS)
        records.append(holding(day, round(area, 2), bound, id=k + 1))
        day += timedelta(days=rng.choice((1, 1, 1, 2, 5, 31)))
        area += rng.choice((0.0, rng.uniform(-3, 7)))
    rng.shuffle(records)
    return records


@pytest.mark.parametrize("seed", range(40))
def test_held_series_answer_as_the_general_path_does(seed):
    rng = random.Random(seed)
    records = held_records(rng)
    held, other = build(records), general(records, "_held")
    ends = sorted(r.end for r in records)
    assert held.issues == other.issues
    lo, hi = ends[0].toordinal() - 40, ends[-1].toordinal() + 40
    spans = []
    for _ in range(60):
        a = rng.randint(lo, hi)
        b = rng.randint(a, min(hi, a + rng.choice((1, 31, 400))))
        spans.append((D.fromordinal(a), D.fromordinal(b)))
    spans += [(ends[k] + timedelta(1), ends[k + 1]) for k in range(len(ends) - 1)]
    spans += [(ends[0] + timedelta(1), ends[k]) for k in range(1, len(ends))]
    fresh = build(records)  # asked only about whole changes
    whole = [(ends[k] + timedelta(1), ends[j]) for k in range(len(ends))
             for j in range(k + 1, min(k + 4, len(ends)))]  # fmt: skip
    assert fresh.windows(whole) == other.windows(whole)
    if isinstance(fresh._roots, _HeldRoots):
        assert not made_nodes(fresh)
    assert held.windows(spans) == other.windows(spans)
    assert [held.window(a, b) for a, b in spans] == [
        other.window(a, b) for a, b in spans
    ]
    days = [D.fromordinal(rng.randint(lo, hi)) for _ in range(20)] + ends
    assert [held.holding_at(d) for d in days] == [other.holding_at(d) for d in days]
    assert [held.held(d) for d in days] == [other.held(d) for d in days]
    ordinals = [(a.toordinal(), b.toordinal()) for a, b in spans]
    assert held.holdings_by(spans, ordinals) == other.holdings_by(spans, ordinals)
    assert held.covered_runs() == other.covered_runs()
    for a, b in [*spans[:20], (ends[0], ends[-1])]:
        assert held.changes_cover(a, b) == other.changes_cover(a, b)
    assert held.first_gain(ends[0], ends[-1]) == other.first_gain(ends[0], ends[-1])
    assert held.segments() == other.segments()


def test_the_random_series_are_mostly_held():
    kinds = [
        isinstance(build(held_records(random.Random(seed)))._roots, _HeldRoots)
        for seed in range(40)
    ]
    assert 20 <= sum(kinds) < 40  # both paths are compared above
