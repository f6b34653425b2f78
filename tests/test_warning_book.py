"""A report numbers the model's issues as its buckets touch them (`WarningBook`);
a series' buckets are numbered together (`note_each`), by a search per issue
rather than a test of every issue in every bucket: the same numbers, in the
same order, as bucket after bucket (`note`)."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from frontline.model.figures import Issue
from frontline.model.periods import Period
from frontline.reports.common import WarningBook

DAY0 = date(2024, 1, 1)
KEY = ("russia", "r", "control", "S")


def issue(first: int, last: int, n: int) -> Issue:
    day = DAY0 + timedelta(days=first)
    return Issue(KEY, "gap", f"issue {n}", (), day, day + timedelta(days=last - first))


def period(first: int, last: int) -> Period:
    start, end = DAY0 + timedelta(days=first), DAY0 + timedelta(days=last)
    return Period(start, end, f"{first}..{last}")


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=12)


@given(issues=spans, cuts=st.lists(st.integers(1, 15), max_size=20), gap=st.booleans())
def test_noting_buckets_together_gives_the_numbers_one_by_one_does(
    issues, cuts, gap
) -> None:
    series = SimpleNamespace(
        issues=[issue(a, a + n, k) for k, (a, n) in enumerate(issues)]
    )
    buckets, day = [], 0
    for length in cuts:  # consecutive buckets, or one day apart
        buckets.append(period(day, day + length - 1))
        day += length + gap
    one, each = WarningBook([]), WarningBook([])
    # A book already holding a warning numbers on from it.
    one.note(series, DAY0, DAY0)
    each.note(series, DAY0, DAY0)
    expected = [one.note(series, b.start, b.end) for b in buckets]
    assert each.note_each(series, buckets) == expected
    assert each.warnings == one.warnings


def test_overlapping_buckets_are_noted_one_by_one() -> None:
    series = SimpleNamespace(issues=[issue(5, 9, 1), issue(0, 2, 2)])
    buckets = [period(0, 10), period(3, 6), period(0, 1)]
    book = WarningBook([])
    assert book.note_each(series, buckets) == [(1, 2), (1,), (2,)]
    assert [w.issue.message for w in book.warnings] == ["issue 1", "issue 2"]


def test_an_issue_spanning_buckets_is_one_warning_in_each() -> None:
    series = SimpleNamespace(issues=[issue(20, 40, 1), issue(3, 3, 2)])
    buckets = [period(0, 9), period(10, 19), period(20, 29), period(30, 39)]
    book = WarningBook([])
    # Issue 2 is touched first (day 3), issue 1 from the third bucket on.
    assert book.note_each(series, buckets) == [(1,), (), (2,), (2,)]
