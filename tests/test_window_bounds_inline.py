"""The missing-bound counts of whole figures read in line (`Series.windows`'
branch for whole figures then one cut at the end, `series._prefix`'s whole
children): a running total that starts after a figure lacking a bound, or
adds to counts already made, must keep each count where it belongs."""

from __future__ import annotations

import pytest
from tests.model_records import D, change, holding

from frontline.model.build import build


@pytest.mark.parametrize(
    ("before", "bound"), [("at_most", "exact"), ("at_least", "exact")]
)
def test_whole_years_after_one_lacking_a_bound_count_from_their_own(before, bound):
    # 2021 (50, lacking a bound) is before the window: the whole 2022 (120)
    # and the first half of 2023 (a record of 100 inside the year's 300)
    # are all exact, so the running total is exact.
    series = build(
        [
            change(D(2021, 1, 1), D(2021, 12, 31), 50.0, before, id=1),
            change(D(2022, 1, 1), D(2022, 12, 31), 120.0, id=2),
            change(D(2023, 1, 1), D(2023, 12, 31), 300.0, id=3),
            change(D(2023, 1, 1), D(2023, 6, 30), 100.0, id=4),
        ]
    )
    span = (D(2022, 1, 1), D(2023, 6, 30))
    (got,) = series.windows([span])
    assert got[2:] == (220.0, 365 + 181, bound, False)
    assert series.window(*span)[2:] == got[2:]


@pytest.mark.parametrize(
    ("year", "middle", "bound"),
    [
        # 2022 lacks a lower bound; the holdings add none missing.
        ("at_most", "exact", "at_most"),
        # 2022 exact; the holding the span ends on lacks a lower bound.
        ("exact", "at_most", "at_most"),
        # 2022 lacks an upper bound; the holdings add none missing.
        ("at_least", "exact", "at_least"),
    ],
)
def test_holdings_inside_a_year_add_their_counts_to_the_years_before(
    year, middle, bound
):
    # 2022: 100 km²; 2023: 400, covered by the changes between holdings of
    # 1,000 (end of 2022), 1,100 (March), 1,150 (June) and 1,400 (December).
    series = build(
        [
            change(D(2022, 1, 1), D(2022, 12, 31), 100.0, year, id=1),
            change(D(2023, 1, 1), D(2023, 12, 31), 400.0, id=2),
            holding(D(2022, 12, 31), 1000.0, id=3),
            holding(D(2023, 3, 31), 1100.0, id=4),
            holding(D(2023, 6, 30), 1150.0, middle, id=5),
            holding(D(2023, 12, 31), 1400.0, id=6),
        ]
    )
    assert series.issues == []
    span = (D(2022, 1, 1), D(2023, 6, 30))
    (got,) = series.windows([span])
    # 100 + (1,150 - 1,000), whole figures only.
    assert got[2:] == (250.0, 365 + 181, bound, False)
    assert series.window(*span)[2:] == got[2:]
