"""A running total (a span from before a figure to a day inside it) takes the
figure's children from the first on whole, up to the one it cuts
(`series._prefix`): the numbers must be those of the walk that searches both
ends at every level (`_reference` below, the walk as it was), to the last bit."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from datetime import timedelta

import pytest
from tests.model_records import BOUNDS, YEAR, D, change, holding

from frontline.model.bounds import BOUND_OF, LACKS, LACKS_NEGATED
from frontline.model.build import build


def test_a_running_total_into_february_takes_january_whole():
    (got,) = build(YEAR).windows([(D(2023, 12, 31), D(2024, 2, 15))])
    assert got[2:] == (0.0 + 100.0 + 150.0 / 29 * 15, 46, "approx", True)


def test_a_running_total_into_april_takes_the_quarter_whole():
    (got,) = build(YEAR).windows([(D(2023, 12, 31), D(2024, 4, 15))])
    # The quarter's 300, then 15 of the year's 275 other days at 900/275.
    assert got[2:] == (300.0 + 900.0 / 275 * 15, 106, "approx", True)


def test_a_running_total_to_the_end_of_a_child_is_that_child_whole():
    (got,) = build(YEAR).windows([(D(2023, 12, 31), D(2024, 1, 31))])
    assert got[2:] == (100.0, 31, "exact", False)


def test_a_running_total_to_the_end_of_a_month_is_whole_figures_only():
    # 2024 holds a first quarter (exact) and a second holding April and May
    # (exact) but approx itself: to the end of May, every day is in a figure
    # taken whole, so the total is exact.
    records = [
        change(D(2023, 1, 1), D(2023, 12, 31), 100.0, id=6),
        change(D(2024, 1, 1), D(2024, 12, 31), 1200.0, "approx", id=1),
        change(D(2024, 1, 1), D(2024, 3, 31), 300.0, id=2),
        change(D(2024, 4, 1), D(2024, 6, 30), 200.0, "approx", id=3),
        change(D(2024, 4, 1), D(2024, 4, 30), 60.0, id=4),
        change(D(2024, 5, 1), D(2024, 5, 31), 70.0, id=5),
    ]
    series = build(records)
    (got,) = series.windows([(D(2024, 1, 1), D(2024, 5, 31))])
    assert got[2:] == (300.0 + 60.0 + 70.0, 152, "exact", False)
    # From before 2023: that year whole at the top, then the same.
    (got,) = series.windows([(D(2022, 12, 31), D(2024, 5, 31))])
    assert got[2:] == (100.0 + 300.0 + 130.0, 365 + 152, "exact", False)
    assert series.window(D(2022, 12, 31), D(2024, 5, 31))[2:] == got[2:]


def _reference(kids, a, b, acc):
    """`series._range` as it was: both ends searched at every level."""
    firsts, lasts = kids.firsts, kids.lasts
    i = bisect_left(lasts, a)
    j = bisect_right(firsts, b) - 1
    if i > j:
        return
    nodes = kids.nodes
    if i == j and (firsts[i] < a or lasts[i] > b):
        _reference_partial(nodes[i], a, b, acc)
        return
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
        acc[0] += kids.area[end] - kids.area[whole_first]
        acc[1] += kids.days[end] - kids.days[whole_first]
        lacks_low = kids.low[end] - kids.low[whole_first]
        lacks_up = kids.up[end] - kids.up[whole_first]
        first = nodes[whole_first]
        if first.derived_unit and not kids.run_start[whole_first]:
            lacks_low += LACKS_NEGATED[first.sb][0]
            lacks_up += LACKS_NEGATED[first.sb][1]
        last = nodes[whole_last]
        if last.derived_unit and not kids.run_end[whole_last]:
            lacks_low += LACKS[last.eb][0]
            lacks_up += LACKS[last.eb][1]
        acc[2] += lacks_low
        acc[3] += lacks_up
    if left is not None:
        _reference_partial(left, a, b, acc)
    if right is not None:
        _reference_partial(right, a, b, acc)


def _reference_partial(node, a, b, acc):
    inside = min(node.last, b) - max(node.first, a) + 1
    if node.kids is not None:
        before = acc[1]
        _reference(node.kids, a, b, acc)
        inside -= acc[1] - before
    if inside > 0:
        acc[0] += node.rate * inside
        acc[1] += inside
        acc[4] = True
        acc[2] += LACKS[node.rem_bound][0]
        acc[3] += LACKS[node.rem_bound][1]


def reference_window(series, start, end):
    acc = [0.0, 0, 0, 0, False]
    _reference(series._roots, start.toordinal(), end.toordinal(), acc)
    total, covered, low, up, prorated = acc
    if not covered:
        return (None, 0, None, False)
    return (
        total,
        covered,
        "approx" if prorated else BOUND_OF[not low, not up],
        prorated,
    )


def nested(rng: random.Random):
    """Years holding quarters holding months, some left out, and sometimes
    holdings inside a quarter instead of its months."""
    records = []
    ident = iter(range(1, 10_000))
    for year in (2022, 2023, 2024):
        if rng.random() < 0.2:
            continue
        records.append(
            change(D(year, 1, 1), D(year, 12, 31), rng.uniform(-100, 3000),
                   rng.choice(BOUNDS), id=next(ident))
        )  # fmt: skip
        for quarter in range(4):
            if rng.random() < 0.3:
                continue
            first = D(year, 3 * quarter + 1, 1)
            after = D(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1)
            records.append(
                change(first, after - timedelta(1), rng.uniform(0, 900),
                       rng.choice(BOUNDS), id=next(ident))
            )  # fmt: skip
            if rng.random() < 0.3:
                held = rng.uniform(100, 1000)
                day = first - timedelta(rng.randint(0, 1))
                while day < after - timedelta(1):
                    day = min(day + timedelta(rng.randint(5, 40)), after - timedelta(1))
                    held += rng.uniform(-5, 50)
                    records.append(
                        holding(day, held, rng.choice(BOUNDS), id=next(ident))
                    )
                continue
            for month in range(3):
                if rng.random() < 0.4:
                    continue
                start = D(year, 3 * quarter + month + 1, 1)
                end = D(
                    year + (start.month == 12), start.month % 12 + 1, 1
                ) - timedelta(1)
                records.append(
                    change(start, end, rng.uniform(0, 300), rng.choice(BOUNDS),
                           id=next(ident))
                )  # fmt: skip
    return records


@pytest.mark.parametrize("seed", range(40))
def test_windows_answer_as_the_walk_that_searches_both_ends(seed):
    rng = random.Random(seed)
    series = build(nested(rng))
    origin = D(2021, 12, 31) - timedelta(rng.randint(0, 3))
    spans = []
    for _ in range(80):
        end = D(2022, 1, 1) + timedelta(rng.randint(0, 3 * 366))
        if rng.random() < 0.5:  # a month's last day: children whole, no share
            end = D(end.year + (end.month == 12), end.month % 12 + 1, 1) - timedelta(1)
        spans.append((origin, end))  # running totals
        start = end - timedelta(rng.choice((0, 6, 30, 90, 200)))
        spans.append((start, end))
    expected = [reference_window(series, a, b) for a, b in spans]
    assert [w[2:] for w in series.windows(spans)] == expected
    assert [series.window(a, b)[2:] for a, b in spans] == expected


# A year before, then 2024 whose first quarter is whole and whose second
# (April and May recorded, June not) is cut at the end of May: every day is in
# a figure taken whole, so the bound is the lattice of those figures' bounds.
@pytest.mark.parametrize(
    ("year_bound", "quarter_bound", "bound"),
    [
        ("approx", "approx", "approx"),  # each lacks both
        ("at_most", "exact", "at_most"),  # the year before lacks a lower bound
        ("exact", "at_most", "at_most"),  # the whole quarter does
        ("exact", "at_least", "at_least"),  # the whole quarter lacks an upper one
        ("at_least", "at_least", "at_least"),
        ("at_most", "at_most", "at_most"),
        ("exact", "exact", "exact"),
    ],
)
def test_a_running_total_into_a_year_bounds_its_whole_parts(
    year_bound, quarter_bound, bound
):
    records = [
        change(D(2023, 1, 1), D(2023, 12, 31), 100.0, year_bound, id=1),
        change(D(2024, 1, 1), D(2024, 12, 31), 1200.0, id=2),
        change(D(2024, 1, 1), D(2024, 3, 31), 300.0, quarter_bound, id=3),
        change(D(2024, 4, 1), D(2024, 6, 30), 200.0, id=4),
        change(D(2024, 4, 1), D(2024, 4, 30), 60.0, id=5),
        change(D(2024, 5, 1), D(2024, 5, 31), 70.0, id=6),
    ]
    series = build(records)
    (got,) = series.windows([(D(2022, 12, 31), D(2024, 5, 31))])
    assert got[2:] == (100.0 + 300.0 + 130.0, 365 + 152, bound, False)
    assert series.window(D(2022, 12, 31), D(2024, 5, 31))[2:] == got[2:]
