"""Buckets of a window that ends on the calendar's last day, 9999-12-31.

The ISO week 9999-W52 runs Monday 9999-12-27 to Sunday 10000-01-02, past the
last date there is; its days inside the calendar form a clipped bucket, as does
any bucket cut by the window, while the whole units before it keep their unit.
"""

from __future__ import annotations

from datetime import date

from frontline.model.periods import Period, bucket_count, buckets

D = date


def _rows(window: Period, unit: str) -> list[tuple[date, date, str, str | None]]:
    return [(b.start, b.end, b.label, b.unit) for b in buckets(window, unit)]


def test_weeks_up_to_9999_12_31_end_with_a_clipped_week_52() -> None:
    # 9999-12-20 is the Monday of W51 (the Monday of W52, 12-27, less 7 days).
    window = Period(D(9999, 12, 20), D(9999, 12, 31), "9999-12-20..9999-12-31")
    assert _rows(window, "week") == [
        (D(9999, 12, 20), D(9999, 12, 26), "9999-W51", "week"),
        (D(9999, 12, 27), D(9999, 12, 31), "9999-W52", None),
    ]
    assert bucket_count(window, "week") == 2


def test_the_last_day_month_quarter_and_year_are_whole_units() -> None:
    year = Period(D(9999, 1, 1), D(9999, 12, 31), "9999", "year")
    assert _rows(year, "year") == [(D(9999, 1, 1), D(9999, 12, 31), "9999", "year")]
    assert _rows(year, "quarter")[-1] == (
        D(9999, 10, 1),
        D(9999, 12, 31),
        "9999-Q4",
        "quarter",
    )
    assert len(_rows(year, "month")) == 12
    assert _rows(year, "month")[-1] == (
        D(9999, 12, 1),
        D(9999, 12, 31),
        "9999-12",
        "month",
    )
    tail = Period(D(9999, 12, 30), D(9999, 12, 31), "9999-12-30..9999-12-31")
    assert _rows(tail, "day") == [
        (D(9999, 12, 30), D(9999, 12, 30), "9999-12-30", "day"),
        (D(9999, 12, 31), D(9999, 12, 31), "9999-12-31", "day"),
    ]
    assert _rows(tail, "month") == [(D(9999, 12, 30), D(9999, 12, 31), "9999-12", None)]
