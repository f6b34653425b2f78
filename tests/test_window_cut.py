"""A bucket inside one top-level figure (a month inside a year's quarter) goes
straight down to the deepest figure holding it (`series._cut`): the numbers
must be those of the walk level by level (`Series.window`), to the last bit."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from tests.model_records import BOUNDS, YEAR, D, change, holding

from frontline.model.build import build


def answer(series, start, end):
    (got,) = series.windows([(start, end)])
    return got[2:]


def test_a_month_that_is_a_figure_two_levels_down_is_that_figure_whole():
    series = build(YEAR)
    # February: the quarter's prefix sums 100 and 250, their difference.
    assert answer(series, D(2024, 2, 1), D(2024, 2, 29)) == (
        150.0,
        29,
        "at_least",
        False,
    )
    assert answer(series, D(2024, 1, 1), D(2024, 1, 31)) == (100.0, 31, "exact", False)


def test_a_month_in_a_parents_own_days_gets_the_parents_rate():
    series = build(YEAR)
    # March: the quarter's 300 less its months' 250, over its 31 other days.
    assert answer(series, D(2024, 3, 1), D(2024, 3, 31)) == (
        50.0 / 31 * 31,
        31,
        "approx",
        True,
    )
    # May: the year's 1,200 less the quarter's 300, over its 275 other days.
    assert answer(series, D(2024, 5, 1), D(2024, 5, 31)) == (
        900.0 / 275 * 31,
        31,
        "approx",
        True,
    )


def test_days_inside_a_month_are_a_share_of_that_month():
    series = build(YEAR)
    assert answer(series, D(2024, 2, 10), D(2024, 2, 20)) == (
        150.0 / 29 * 11,
        11,
        "approx",
        True,
    )


def test_a_span_across_two_children_is_walked_as_before():
    series = build(YEAR)
    # The last 10 days of January and the first 10 of February: both cut.
    assert answer(series, D(2024, 1, 22), D(2024, 2, 10)) == (
        100.0 / 31 * 10 + 150.0 / 29 * 10,
        20,
        "approx",
        True,
    )


def nested(rng: random.Random):
    """Years holding quarters holding months, some left out (so parents keep
    days of their own), and sometimes month-end holdings inside a quarter."""
    records = []
    ident = iter(range(1, 10_000))
    for year in (2023, 2024):
        records.append(
            change(D(year, 1, 1), D(year, 12, 31), rng.uniform(0, 3000),
                   rng.choice(BOUNDS), id=next(ident))
        )  # fmt: skip
        for quarter in range(4):
            if rng.random() < 0.3:
                continue
            first = D(year, 3 * quarter + 1, 1)
            last = (
                D(year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1)
            ) - timedelta(1)
            records.append(
                change(first, last, rng.uniform(0, 900), rng.choice(BOUNDS),
                       id=next(ident))
            )  # fmt: skip
            if rng.random() < 0.3:  # holdings at the month ends inside it
                held = rng.uniform(100, 1000)
                for month in range(3):
                    day = D(year, 3 * quarter + month + 2, 1) if month < 2 else last
                    if month < 2:
                        day -= timedelta(1)
                    held += rng.uniform(0, 50)
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


@pytest.mark.parametrize("seed", range(30))
def test_buckets_inside_nested_figures_answer_as_the_walk_does(seed):
    rng = random.Random(seed)
    series = build(nested(rng))
    spans = []
    for year in (2023, 2024):
        for month in range(1, 13):
            start = D(year, month, 1)
            end = D(year + (month == 12), month % 12 + 1, 1) - timedelta(1)
            spans.append((start, end))
            spans.append((start + timedelta(rng.randint(0, 20)), end))
            spans.append((start, start + timedelta(rng.randint(0, 40))))
    assert series.windows(spans) == [series.window(a, b) for a, b in spans]


def walked(monkeypatch):
    """The nodes `_partial` is called on, in order."""
    from frontline.model import series as series_module

    calls = []
    partial = series_module._partial

    def counted(node, a, b, acc):
        calls.append((D.fromordinal(node.first), D.fromordinal(node.last)))
        partial(node, a, b, acc)

    monkeypatch.setattr(series_module, "_partial", counted)
    return calls


def test_a_month_two_levels_down_is_reached_without_a_partial_walk(monkeypatch):
    series = build(YEAR)
    calls = walked(monkeypatch)
    assert answer(series, D(2024, 2, 1), D(2024, 2, 29))[0] == 150.0
    assert answer(series, D(2024, 1, 1), D(2024, 1, 31))[0] == 100.0
    assert calls == []


def test_a_month_in_a_parents_own_days_walks_that_parent_only(monkeypatch):
    series = build(YEAR)
    calls = walked(monkeypatch)
    # March and 1-30 March: only the quarter's own days (50 km² over its 31
    # days left), its share taken in line without a `_partial` walk.
    assert answer(series, D(2024, 3, 1), D(2024, 3, 31)) == (
        0.0 + 50.0 / 31 * 31, 31, "approx", True,
    )  # fmt: skip
    assert answer(series, D(2024, 3, 1), D(2024, 3, 30)) == (
        0.0 + 50.0 / 31 * 30, 30, "approx", True,
    )  # fmt: skip
    # The year's own days: 900 km² over its 275 days outside the quarter.
    assert answer(series, D(2024, 6, 1), D(2024, 6, 30)) == (
        0.0 + 900.0 / 275 * 30, 30, "approx", True,
    )  # fmt: skip
    # Inside February (no child of its own): 28 of its 29 days, prorated.
    assert answer(series, D(2024, 2, 2), D(2024, 2, 29)) == (
        0.0 + 150.0 / 29 * 28, 28, "approx", True,
    )  # fmt: skip
    assert calls == []
    answer(series, D(2024, 1, 31), D(2024, 2, 1))  # across two months
    # The quarter, then January cut at its start (February, cut at its
    # end, is a prefix: `_prefix`).
    assert calls == [(D(2024, 1, 1), D(2024, 3, 31)), (D(2024, 1, 1), D(2024, 1, 31))]
