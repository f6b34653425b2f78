"""A series whose change records each span the days between two consecutive
snapshots (a month's change record over its month-end holdings) is built from
its figures' columns (`build._paired`), its nodes made only when asked: every
answer must be the one the general path gives, to the last bit."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from tests.model_records import general, made_nodes

from frontline.model.build import _PairedRoots, build
from frontline.model.gaps import touching_runs as _merge_runs
from frontline.model.records import Record

D = date
BOUNDS = ("exact", "approx", "at_least", "at_most")


def change(start, end, area, bound="exact", *, id=None, published=None):
    return Record(
        "change",
        "russia",
        "ukraine",
        start,
        end,
        area,
        bound,
        source="DeepState",
        published=published,
        id=id,
    )


def holding(day, area, bound="exact", *, id=None):
    return Record(
        "holding",
        "russia",
        "ukraine",
        day,
        day,
        area,
        bound,
        source="DeepState",
        id=id,
    )


# Held 100 at the end of January, 130 at the end of February, 125.5 at the end
# of March 2024; February's record says +30, March's -4.5 (at least).
WINTER = [
    holding(D(2024, 1, 31), 100.0, id=1),
    holding(D(2024, 2, 29), 130.0, id=2),
    holding(D(2024, 3, 31), 125.5, id=3),
    change(D(2024, 2, 1), D(2024, 2, 29), 30.0, id=4),
    change(D(2024, 3, 1), D(2024, 3, 31), -4.5, "at_least", id=5),
]


def test_month_records_over_month_end_holdings_give_the_worked_numbers():
    series = build(WINTER)
    assert isinstance(series._roots, _PairedRoots)
    assert series._roots.firsts == [
        D(2024, 2, 1).toordinal(),
        D(2024, 3, 1).toordinal(),
    ]
    assert series._roots.area == [0.0, 30.0, 25.5]
    assert series._roots.days == [0, 29, 60]
    assert series._roots.low == [0, 0, 0]  # at_least has a lower bound
    assert series._roots.up == [0, 0, 1]  # and no upper one
    february, both = series.windows(
        [(D(2024, 2, 1), D(2024, 2, 29)), (D(2024, 2, 1), D(2024, 3, 31))]
    )
    assert february[2:] == (30.0, 29, "exact", False)
    assert both[2:] == (25.5, 60, "at_least", False)
    assert series.window(D(2024, 2, 1), D(2024, 3, 31))[2:] == both[2:]
    assert series.holding_at(D(2024, 3, 31))[:2] == (125.5, "exact")
    assert series.covered_runs() == [(D(2024, 2, 1), D(2024, 3, 31))]
    assert series.issues == []
    assert not made_nodes(series)  # whole months never walk the nodes


def test_a_window_cutting_a_month_makes_the_nodes_the_general_path_makes():
    series = build(WINTER)
    # Ten days of February: 30 km² over 29 days, prorated.
    cut = series.window(D(2024, 2, 1), D(2024, 2, 10))
    assert made_nodes(series)
    assert cut[2:] == (30.0 / 29 * 10, 10, "approx", True)
    other = general(WINTER, "_paired")
    assert not isinstance(other._roots, _PairedRoots)
    assert [
        (n.first, n.last, n.integral, n.rem_bound) for n in series._roots.nodes
    ] == [(n.first, n.last, n.integral, n.rem_bound) for n in other._roots.nodes]
    assert series.segments() == other.segments()


@pytest.mark.parametrize(
    "records",
    [
        # One record: the general path.
        [holding(D(2024, 1, 31), 100.0), holding(D(2024, 2, 29), 130.0),
         change(D(2024, 2, 1), D(2024, 2, 29), 30.0)],
        # A snapshot more than the records need.
        [*WINTER, holding(D(2024, 4, 30), 126.0)],
        # March's record a day short of its holdings.
        [*WINTER[:4], change(D(2024, 3, 1), D(2024, 3, 30), -4.5)],
        # February's record a day early.
        [*WINTER[:3], change(D(2024, 1, 31), D(2024, 2, 29), 30.0), WINTER[4]],
        # March's record disagreeing with its holdings by more than rounding.
        [*WINTER[:4], change(D(2024, 3, 1), D(2024, 3, 31), -4.5 + 1e-6)],
        # No snapshots.
        [WINTER[3], WINTER[4]],
    ],
)  # fmt: skip
def test_other_shapes_take_the_general_path(records):
    series = build(records)
    assert not isinstance(series._roots, _PairedRoots)
    other = general(records, "_paired")
    assert series.segments() == other.segments()
    assert series.issues == other.issues


def test_agreement_within_rounding_is_paired_and_keeps_the_measured_total():
    # 1e-9 of 4.5 is within `_nest`'s rounding: the holdings' change counts.
    records = [*WINTER[:4], change(D(2024, 3, 1), D(2024, 3, 31), -4.5 + 4e-9)]
    series = build(records)
    assert isinstance(series._roots, _PairedRoots)
    assert series.window(D(2024, 3, 1), D(2024, 3, 31)).total == 125.5 - 130.0
    assert series.issues == general(records, "_paired").issues == []


def test_records_in_any_order_are_paired_by_day():
    series = build(list(reversed(WINTER)))
    assert isinstance(series._roots, _PairedRoots)
    assert series._roots.area == [0.0, 30.0, 25.5]


def test_merge_runs_joins_spans_that_touch():
    assert _merge_runs([1, 5, 9, 20], [4, 8, 12, 25]) == [(1, 12), (20, 25)]
    assert _merge_runs((3,), (7,)) == [(3, 7)]
    assert _merge_runs([], []) == []
    with pytest.raises(ValueError):
        _merge_runs([1, 5], [4])


def paired_records(rng: random.Random):
    """Month-end holdings over a year or two and a record for each month that
    agrees with them (within rounding, now and then), bounds of every kind."""
    first = D(2023, rng.randint(1, 12), 1) - timedelta(days=1)
    months = rng.randint(2, 20)
    ends = [first]
    for _ in range(months):
        nxt = ends[-1] + timedelta(days=1)
        ends.append(
            D(nxt.year + (nxt.month == 12), nxt.month % 12 + 1, 1) - timedelta(1)
        )
    held = [rng.uniform(1000, 5000)]
    for _ in range(months):
        held.append(round(held[-1] + rng.choice((0.0, rng.uniform(-20, 40))), 2))
    records = [
        holding(day, area, rng.choice(BOUNDS), id=k + 1)
        for k, (day, area) in enumerate(zip(ends, held, strict=True))
    ]
    for k in range(months):
        area = held[k + 1] - held[k]
        if rng.random() < 0.3:
            area = round(area, 1) if rng.random() < 0.5 else area + 1e-12
        records.append(
            change(ends[k] + timedelta(1), ends[k + 1], area, rng.choice(BOUNDS),
                   id=100 + k)
        )  # fmt: skip
    rng.shuffle(records)
    return records, ends


@pytest.mark.parametrize("seed", range(40))
def test_paired_series_answer_as_the_general_path_does(seed):
    rng = random.Random(seed)
    records, ends = paired_records(rng)
    paired, other = build(records), general(records, "_paired")
    assert paired.issues == other.issues
    lo, hi = ends[0].toordinal() - 40, ends[-1].toordinal() + 40
    spans = []
    for _ in range(60):
        a = rng.randint(lo, hi)
        b = rng.randint(a, min(hi, a + rng.choice((1, 31, 400))))
        spans.append((D.fromordinal(a), D.fromordinal(b)))
    spans += [(ends[k] + timedelta(1), ends[k + 1]) for k in range(len(ends) - 1)]
    spans += [(ends[0], ends[k]) for k in range(1, len(ends))]
    fresh = build(records)  # asked only about whole months
    whole = [span for span in spans if span[0] > ends[0]][-len(ends) + 1 :]
    assert fresh.windows(whole) == other.windows(whole)
    if isinstance(fresh._roots, _PairedRoots):
        assert not made_nodes(fresh)
    assert paired.windows(spans) == other.windows(spans)
    assert [paired.window(a, b) for a, b in spans] == [
        other.window(a, b) for a, b in spans
    ]
    days = [D.fromordinal(rng.randint(lo, hi)) for _ in range(20)] + ends
    assert [paired.holding_at(d) for d in days] == [other.holding_at(d) for d in days]
    assert [paired.held(d) for d in days] == [other.held(d) for d in days]
    assert paired.holdings_by(
        spans, [(a.toordinal(), b.toordinal()) for a, b in spans]
    ) == (other.holdings_by(spans, [(a.toordinal(), b.toordinal()) for a, b in spans]))
    assert paired.covered_runs() == other.covered_runs()
    assert paired.changes_cover(ends[0], ends[-1]) == other.changes_cover(
        ends[0], ends[-1]
    )
    assert paired.first_gain(ends[0], ends[-1]) == other.first_gain(ends[0], ends[-1])
    assert paired.segments() == other.segments()


def test_the_random_series_are_mostly_paired():
    kinds = [
        isinstance(build(paired_records(random.Random(seed))[0])._roots, _PairedRoots)
        for seed in range(40)
    ]
    assert 20 <= sum(kinds) < 40  # both paths are compared above


@pytest.mark.parametrize(
    ("spans", "runs"),
    [
        # Touching years: one run, however many roots.
        ([(D(2023, 1, 1), D(2023, 12, 31)), (D(2024, 1, 1), D(2024, 12, 31))],
         [(D(2023, 1, 1), D(2024, 12, 31))]),
        # A day between them: two runs.
        ([(D(2023, 1, 1), D(2023, 12, 30)), (D(2024, 1, 1), D(2024, 12, 31))],
         [(D(2023, 1, 1), D(2023, 12, 30)), (D(2024, 1, 1), D(2024, 12, 31))]),
        # One root.
        ([(D(2024, 3, 1), D(2024, 3, 31))], [(D(2024, 3, 1), D(2024, 3, 31))]),
        # Two days between them.
        ([(D(2023, 1, 1), D(2023, 12, 29)), (D(2024, 1, 1), D(2024, 12, 31))],
         [(D(2023, 1, 1), D(2023, 12, 29)), (D(2024, 1, 1), D(2024, 12, 31))]),
        # Three roots, the last apart.
        ([(D(2024, 1, 1), D(2024, 1, 31)), (D(2024, 2, 1), D(2024, 2, 29)),
          (D(2024, 4, 1), D(2024, 4, 30))],
         [(D(2024, 1, 1), D(2024, 2, 29)), (D(2024, 4, 1), D(2024, 4, 30))]),
    ],
)  # fmt: skip
def test_covered_runs_join_the_roots_that_touch(spans, runs):
    series = build([change(a, b, 10.0, id=k + 1) for k, (a, b) in enumerate(spans)])
    assert series.covered_runs() == runs
    assert series.first_covered == runs[0][0]
    assert series.last_covered == runs[-1][1]


def test_a_series_without_figures_covers_nothing():
    series = build([], ("russia", "ukraine", "control", "ISW"))
    assert series.covered_runs() == []
    assert series.first_covered is None


def test_paired_roots_have_no_other_attribute():
    roots = build(WINTER)._roots
    with pytest.raises(AttributeError, match=r"^nowhere$"):
        roots.nowhere  # noqa: B018


def test_a_whole_span_ending_on_a_record_its_children_overrule_keeps_their_bound():
    # January is the change between two exact holdings; February's record
    # (approx 100) is covered day by day by two exact figures adding up to 90,
    # more than 5 % off: they give its numbers, and their bound.
    records = [
        holding(D(2023, 12, 31), 1000.0, id=1),
        holding(D(2024, 1, 31), 1020.0, id=2),
        change(D(2024, 2, 1), D(2024, 2, 29), 100.0, "approx", id=3),
        change(D(2024, 2, 1), D(2024, 2, 14), 40.0, id=4),
        change(D(2024, 2, 15), D(2024, 2, 29), 50.0, id=5),
    ]
    series = build(records)
    assert [issue.kind for issue in series.issues] == ["mismatch"]
    (got,) = series.windows([(D(2024, 1, 1), D(2024, 2, 29))])
    assert got[2:] == (20.0 + 90.0, 60, "exact", False)
    assert series.window(D(2024, 1, 1), D(2024, 2, 29))[2:] == got[2:]


def test_a_paired_series_keeps_its_key_and_records():
    series = build(WINTER)
    assert isinstance(series._roots, _PairedRoots)
    assert series.key == ("russia", "ukraine", "control", "DeepState")
    assert series.records == WINTER
    assert series.has_holdings


def test_a_small_record_off_by_more_than_rounding_is_not_paired():
    # +0.5 between the holdings; the record says 1.5e-9 more: within rounding
    # of 1 km² (1e-9) it would be the same figure, but not of 0.5 km².
    records = [
        holding(D(2024, 1, 31), 100.0, id=1),
        holding(D(2024, 2, 29), 100.5, id=2),
        holding(D(2024, 3, 31), 101.0, id=3),
        change(D(2024, 2, 1), D(2024, 2, 29), 0.5 + 1.5e-9, id=4),
        change(D(2024, 3, 1), D(2024, 3, 31), 0.5, id=5),
    ]
    series = build(records)
    assert not isinstance(series._roots, _PairedRoots)
    assert [issue.kind for issue in series.issues] == ["holdings"]
    within = [*records[:3], change(D(2024, 2, 1), D(2024, 2, 29), 0.5 + 5e-10, id=4),
              records[4]]  # fmt: skip
    assert isinstance(build(within)._roots, _PairedRoots)
