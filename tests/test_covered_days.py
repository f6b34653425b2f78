"""`Series.covered_days` (what the gap check asks of each gap) counts the days
a window covers from the covered runs alone: the same count as
`Series.window(...).covered` for any records, nested, crossing, laid end to
end or apart, with snapshots or without; and a series of snapshots alone
answers it without making a node."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from tests.model_records import made_nodes

from frontline.model.build import _HeldRoots, build
from frontline.model.records import Record

DAY0 = date(2024, 1, 1)
BOUNDS = ("exact", "approx", "at_least", "at_most")


def day(n: int) -> date:
    return DAY0 + timedelta(days=n)


def random_records(rng: random.Random) -> list[Record]:
    """Change records of 1-120 days anywhere in a year (nested, crossing,
    apart) and snapshots, daily runs or scattered, in any mix."""
    records = []
    for k in range(rng.randint(0, 12)):
        first = rng.randint(0, 360)
        last = first + rng.choice((0, 1, 6, 29, 30, 90, 119))
        area = rng.uniform(0, 500)
        records.append(
            Record("change", "russia", "r", day(first), day(last), area,
                   rng.choice(BOUNDS), source="S", id=k + 1)
        )  # fmt: skip
    on = rng.randint(0, 400)
    for k in range(rng.choice((0, 1, 2, 5, 40))):
        records.append(
            Record("holding", "russia", "r", day(on), day(on), rng.uniform(0, 9e3),
                   rng.choice(("exact",) * 6 + BOUNDS), source="S", id=100 + k)
        )  # fmt: skip
        on += rng.choice((1, 1, 1, 2, 4, 12))
    return records


@pytest.mark.parametrize("seed", range(200))
def test_covered_days_are_the_windows_covered_days(seed: int) -> None:
    rng = random.Random(seed)
    records = random_records(rng)
    if not records:
        return
    series = build(records)
    for _ in range(80):
        a = rng.randint(-20, 560)
        b = a + rng.choice((0, 1, 2, 6, 30, 90, 400))
        assert (
            series.covered_days(day(a), day(b)) == series.window(day(a), day(b)).covered
        )


def test_a_gap_in_daily_snapshots_is_covered_without_nodes() -> None:
    records = [
        Record("holding", "russia", "r", day(n), day(n), 100.0 + n, "exact",
               source="S", id=n + 1)
        for n in (*range(0, 10), *range(15, 30))
    ]  # fmt: skip
    series = build(records)
    assert isinstance(series._roots, _HeldRoots)
    assert series.covered_days(day(10), day(14)) == 5  # interpolated across
    assert series.covered_days(day(-5), day(2)) == 2  # changes from the day after
    assert series.covered_days(day(28), day(40)) == 2
    assert series.covered_days(day(40), day(50)) == 0
    assert not made_nodes(series)


def test_runs_apart_count_only_their_own_days() -> None:
    records = [
        Record("change", "russia", "r", day(0), day(9), 10.0, "exact", source="S"),
        Record("change", "russia", "r", day(20), day(29), 10.0, "exact", source="S"),
        Record("change", "russia", "r", day(40), day(49), 10.0, "exact", source="S"),
    ]
    series = build(records)
    assert series.covered_days(day(5), day(45)) == 5 + 10 + 6
    assert series.covered_days(day(10), day(19)) == 0
    assert series.covered_days(day(9), day(20)) == 2


@pytest.mark.parametrize("seed", range(60))
def test_snapshot_count_is_the_number_of_snapshot_days(seed: int) -> None:
    rng = random.Random(seed)
    records = random_records(rng)
    if not records:
        return
    series = build(records)
    for _ in range(40):
        a = rng.randint(-20, 560)
        b = a + rng.choice((-1, 0, 1, 2, 6, 30, 90, 400))
        assert series.snapshot_count(day(a), day(b)) == len(
            series.snapshot_days(day(a), day(b))
        )
