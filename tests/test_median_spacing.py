"""`median_spacing` reads the middle spacings without laying out every one
(`count` ones of a daily series): the same median as the list laid out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from frontline.model.gaps import median_spacing


def laid_out(larger: list[int], count: int) -> float:
    """The median as the list of every spacing gives it."""
    if count <= 0:
        return 1.0
    ordered = [1] * (count - len(larger)) + sorted(larger)
    middle = count // 2
    if count % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


@given(st.lists(st.integers(2, 400), max_size=30), st.integers(-2, 80))
def test_the_median_is_the_laid_out_lists(larger: list[int], count: int) -> None:
    count = max(count, len(larger)) if count > 0 else count
    assert median_spacing(larger, count) == laid_out(larger, count)


def test_a_daily_series_with_a_few_holes_is_daily() -> None:
    assert median_spacing([5, 9, 4], 3650) == 1.0
    assert median_spacing([5, 9, 4], 4) == 4.5
    assert median_spacing([5, 9, 4], 3) == 5.0
