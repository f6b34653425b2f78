"""Period expressions, calendar buckets and the previous equal period."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.periods import (
    buckets,
    parse_duration,
    parse_open_period,
    parse_period,
    previous,
    span,
    trailing,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "label", "days"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "2024", 366),
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "2023", 365),
        ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30), "2024-Q3", 92),
        ("2024q1", date(2024, 1, 1), date(2024, 3, 31), "2024-Q1", 91),
        ("2024-09", date(2024, 9, 1), date(2024, 9, 30), "2024-09", 30),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02", 29),
        ("2024-W36", date(2024, 9, 2), date(2024, 9, 8), "2024-W36", 7),
        ("2025-W01", date(2024, 12, 30), date(2025, 1, 5), "2025-W01", 7),
        ("2024-09-01", date(2024, 9, 1), date(2024, 9, 1), "2024-09-01", 1),
        ("3 Nov 2024", date(2024, 11, 3), date(2024, 11, 3), "2024-11-03", 1),
        (
            "2024-09-01..2024-11-03",
            date(2024, 9, 1),
            date(2024, 11, 3),
            "2024-09-01..2024-11-03",
            64,
        ),
        (
            "2024-09..2024-11",
            date(2024, 9, 1),
            date(2024, 11, 30),
            "2024-09..2024-11",
            91,
        ),
        ("2024-01-01..2024-12-31", date(2024, 1, 1), date(2024, 12, 31), "2024", 366),
        ("2023..2024", date(2023, 1, 1), date(2024, 12, 31), "2023..2024", 731),
        ("2024-W36..2024-W36", date(2024, 9, 2), date(2024, 9, 8), "2024-W36", 7),
    ],
)
def test_period_expressions(text, start, end, label, days):
    period = parse_period(text)
    assert (period.start, period.end, period.label, period.days) == (
        start,
        end,
        label,
        days,
    )


def test_open_ends_are_left_to_the_caller():
    first, last = parse_open_period("2024-09-01..")
    assert first is not None and first.start == date(2024, 9, 1)
    assert last is None
    first, last = parse_open_period("..2024-Q3")
    assert first is None and last is not None and last.end == date(2024, 9, 30)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13", "period: '2024-13' is not a period that exists"),
        ("2024-W54", "period: '2024-W54' is not a period that exists"),
        (
            "soon",
            "period: 'soon' is not a period "
            "(use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)",
        ),
        (
            "2024-11-03..2024-09-01",
            "period: '2024-11-03..2024-09-01' ends (2024-09-01) before it starts "
            "(2024-11-03)",
        ),
        ("2024..", "period: '2024..' leaves an end open"),
        (
            "..",
            "period: '..' names no day (use 2024, 2024-Q3, 2024-09, 2024-W36, "
            "2024-09-01 or A..B)",
        ),
        ("", "period: is empty"),
        (
            "03/11/2024",
            "period: '03/11/2024' is not a period (use 2024, 2024-Q3, "
            "2024-09, 2024-W36, 2024-09-01 or A..B)",
        ),
    ],
)
def test_bad_periods_name_the_field(text, message):
    with pytest.raises(InputError) as caught:
        parse_period(text)
    assert str(caught.value) == message


def test_month_buckets_are_clipped_to_the_window_and_keep_their_labels():
    window = parse_period("2024-09-15..2024-11-03")
    result = buckets(window, "month")
    assert [(b.label, b.start, b.end, b.days) for b in result] == [
        ("2024-09", date(2024, 9, 15), date(2024, 9, 30), 16),
        ("2024-10", date(2024, 10, 1), date(2024, 10, 31), 31),
        ("2024-11", date(2024, 11, 1), date(2024, 11, 3), 3),
    ]
    assert sum(b.days for b in result) == window.days


def test_iso_week_buckets_run_monday_to_sunday_across_the_year_end():
    result = buckets(parse_period("2024-12-25..2025-01-08"), "week")
    assert [(b.label, b.start, b.end) for b in result] == [
        ("2024-W52", date(2024, 12, 25), date(2024, 12, 29)),
        ("2025-W01", date(2024, 12, 30), date(2025, 1, 5)),
        ("2025-W02", date(2025, 1, 6), date(2025, 1, 8)),
    ]


def test_quarter_year_and_day_buckets():
    year = parse_period("2024")
    assert [b.label for b in buckets(year, "quarter")] == [
        "2024-Q1",
        "2024-Q2",
        "2024-Q3",
        "2024-Q4",
    ]
    assert [
        b.label for b in buckets(parse_period("2023-12-30..2024-01-02"), "year")
    ] == [
        "2023",
        "2024",
    ]
    assert len(buckets(year, "day")) == 366
    assert buckets(year, None) == [year]


def test_unknown_bucket_unit():
    with pytest.raises(InputError) as caught:
        buckets(parse_period("2024"), "fortnight")
    assert str(caught.value) == (
        "by: 'fortnight' is not one of year, quarter, month, week, day"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", "2023"),
        ("2024-Q1", "2023-Q4"),
        ("2024-03", "2024-02"),
        ("2024-W01", "2023-W52"),
        ("2024-03-01", "2024-02-29"),
        ("2024-09..2024-11", "2024-06..2024-08"),
        ("2023..2024", "2021..2022"),
        ("2024-09-01..2024-11-03", "2024-06-29..2024-08-31"),
    ],
)
def test_previous_equal_period(text, expected):
    assert previous(parse_period(text)).label == expected


def test_previous_of_a_day_range_has_as_many_days():
    period = parse_period("2024-09-01..2024-11-03")
    before = previous(period)
    assert before.days == period.days == 64
    assert before.end == date(2024, 8, 31)


def test_span_recognises_calendar_units():
    assert span(date(2024, 7, 1), date(2024, 9, 30)).label == "2024-Q3"
    assert span(date(2024, 2, 1), date(2024, 2, 29)).label == "2024-02"
    with pytest.raises(InputError) as caught:
        span(date(2024, 2, 2), date(2024, 2, 1))
    assert str(caught.value) == "to: 2024-02-01 is before 2024-02-02"


def test_durations_and_trailing_windows():
    assert parse_duration("90d") == 90
    assert parse_duration("12w") == 84
    assert parse_duration("3m") == (3, "m")
    window = trailing(date(2024, 11, 19), 90)
    assert (window.start, window.end, window.days) == (
        date(2024, 8, 22),
        date(2024, 11, 19),
        90,
    )
    months = trailing(date(2024, 11, 19), (3, "m"))
    assert (months.start, months.end) == (date(2024, 8, 20), date(2024, 11, 19))
    years = trailing(date(2024, 12, 31), (1, "y"))
    assert years.label == "2024"
    with pytest.raises(InputError) as caught:
        parse_duration("soon")
    assert (
        str(caught.value) == "window: 'soon' is not a length (use 90d, 12w, 3m or 1y)"
    )
    with pytest.raises(InputError) as caught:
        parse_duration("0d")
    assert str(caught.value) == "window: '0d' must be at least one day"
