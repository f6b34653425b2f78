"""Calendar arithmetic of periods, worked by hand: bucket counts, the day after
and before, the previous equal period, trailing lengths."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.periods import (
    bucket_count,
    buckets,
    day_after,
    day_before,
    parse_duration,
    parse_period,
    previous,
    span,
    trailing,
)

D = date


@pytest.mark.parametrize(
    ("window", "unit", "count"),
    [
        # 2023-11-15..2025-02-10: quarters 2023-Q4, 2024-Q1..Q4, 2025-Q1 = 6.
        ((D(2023, 11, 15), D(2025, 2, 10)), "quarter", 6),
        ((D(2024, 3, 31), D(2024, 4, 1)), "quarter", 2),
        ((D(2024, 1, 1), D(2024, 3, 31)), "quarter", 1),
        ((D(2024, 12, 31), D(2025, 1, 1)), "quarter", 2),
        # months: Nov, Dec 2023, 12 of 2024, Jan, Feb 2025 = 16.
        ((D(2023, 11, 15), D(2025, 2, 10)), "month", 16),
        ((D(2024, 1, 31), D(2024, 2, 1)), "month", 2),
        ((D(2023, 11, 15), D(2025, 2, 10)), "year", 3),
        ((D(2024, 1, 1), D(2024, 12, 31)), "year", 1),
        # weeks: Wednesday 2024-01-03 is in W01 (Mon 1 Jan); Monday 2024-01-15
        # starts W03: 3 weeks.
        ((D(2024, 1, 3), D(2024, 1, 15)), "week", 3),
        ((D(2024, 1, 1), D(2024, 1, 7)), "week", 1),
        ((D(2024, 1, 7), D(2024, 1, 8)), "week", 2),
        ((D(2024, 1, 3), D(2024, 1, 15)), "day", 13),
    ],
)
def test_bucket_count_is_the_number_of_buckets(window, unit: str, count: int) -> None:
    period = span(*window)
    assert bucket_count(period, unit) == count
    assert len(buckets(period, unit)) == count


def test_the_day_after_and_before_stop_at_the_limits() -> None:
    assert day_after(D(2024, 2, 28)) == D(2024, 2, 29)
    assert day_after(D(2024, 12, 31)) == D(2025, 1, 1)
    assert day_after(date.max) == date.max
    assert day_before(D(2024, 3, 1)) == D(2024, 2, 29)
    assert day_before(date.min) == date.min


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ("2024", "2023"),
        ("2024-Q1", "2023-Q4"),
        ("2024-03", "2024-02"),
        ("2024-W01", "2023-W52"),
        ("2024-03-01", "2024-02-29"),
        # 10 days: the 10 days before.
        ("2024-03-01..2024-03-10", "2024-02-20..2024-02-29"),
        ("2024-02..2024-04", "2023-11..2024-01"),
        ("2023..2024", "2021..2022"),
    ],
)
def test_the_previous_equal_period(period: str, before: str) -> None:
    assert previous(parse_period(period)).label == before


def test_a_period_with_nothing_before_it_is_refused_with_a_way_out() -> None:
    with pytest.raises(InputError) as caught:
        previous(parse_period("0001"))
    assert str(caught.value) == (
        "compare: 0001 has no previous equal period within 0001-01-01..9999-12-31; "
        "give --compare PERIOD or --no-compare"
    )


@pytest.mark.parametrize(
    ("end", "length", "start"),
    [
        (D(2024, 11, 19), 30, D(2024, 10, 21)),
        (D(2024, 11, 19), 1, D(2024, 11, 19)),
        (D(2024, 11, 19), (3, "m"), D(2024, 8, 20)),
        (D(2024, 3, 31), (1, "m"), D(2024, 3, 1)),
        (D(2024, 2, 29), (1, "y"), D(2023, 3, 1)),
    ],
)
def test_trailing_lengths_count_back_on_the_calendar(end, length, start) -> None:
    period = trailing(end, length)
    assert (period.start, period.end) == (start, end)


def test_a_trailing_length_before_the_first_day_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        trailing(D(1, 1, 5), 10)
    assert str(caught.value) == (
        "window: 10d ending 0001-01-05 would start before 0001-01-01, "
        "the first day a date can hold"
    )
    with pytest.raises(InputError) as caught:
        trailing(D(1, 3, 5), (3, "m"))
    assert str(caught.value).startswith("window: 3m ending 0001-03-05 would start")


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("90d", 90),
        ("12w", 84),
        ("1w", 7),
        ("3m", (3, "m")),
        ("1y", (1, "y")),
        (" 2W ", 14),
    ],
)
def test_durations(text: str, length) -> None:
    assert parse_duration(text) == length


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0d", "window: '0d' must be at least one day"),
        ("3x", "window: '3x' is not a length (use 90d, 12w, 3m or 1y)"),
    ],
)
def test_bad_durations(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_duration(text)
    assert str(caught.value) == message


def test_a_period_contains_its_ends_only() -> None:
    period = parse_period("2024-03")
    assert period.contains(D(2024, 3, 1)) and period.contains(D(2024, 3, 31))
    assert not period.contains(D(2024, 2, 29)) and not period.contains(D(2024, 4, 1))
    assert period.days == 31


def test_an_open_period_is_refused_where_both_ends_are_needed() -> None:
    with pytest.raises(InputError) as caught:
        parse_period("2024-03..")
    assert str(caught.value) == "period: '2024-03..' leaves an end open"
    assert parse_period("2024-03..2024-03").label == "2024-03"


@pytest.mark.parametrize(
    ("start", "end", "label", "unit", "count"),
    [
        # Twelve whole months from April are months, not a year.
        (D(2024, 4, 1), D(2025, 3, 31), "2024-04..2025-03", "month", 12),
        (D(2024, 7, 1), D(2026, 6, 30), "2024-07..2026-06", "month", 24),
        (D(2023, 1, 1), D(2024, 12, 31), "2023..2024", "year", 2),
        (D(2024, 2, 1), D(2024, 4, 30), "2024-02..2024-04", "month", 3),
        (D(2024, 1, 1), D(2024, 12, 31), "2024", "year", 1),
        (D(2024, 4, 1), D(2024, 6, 30), "2024-Q2", "quarter", 1),
        (D(2024, 4, 2), D(2025, 3, 31), "2024-04-02..2025-03-31", None, 1),
        (D(2024, 4, 1), D(2025, 3, 30), "2024-04-01..2025-03-30", None, 1),
    ],
)
def test_span_labels(start, end, label: str, unit, count: int) -> None:
    period = span(start, end)
    assert (period.label, period.unit, period.count) == (label, unit, count)


def test_a_span_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        span(D(2024, 3, 2), D(2024, 3, 1))
    assert str(caught.value) == "to: 2024-03-01 is before 2024-03-02"


# --- edges found by mutation testing ------------------------------------------------


def test_buckets_clipped_by_the_window_have_no_unit() -> None:
    # 2024-01-10..2024-03-20 by month: January and March are cut, February whole.
    window = span(D(2024, 1, 10), D(2024, 3, 20))
    assert [(b.start, b.end, b.label, b.unit) for b in buckets(window, "month")] == [
        (D(2024, 1, 10), D(2024, 1, 31), "2024-01", None),
        (D(2024, 2, 1), D(2024, 2, 29), "2024-02", "month"),
        (D(2024, 3, 1), D(2024, 3, 20), "2024-03", None),
    ]
    # Cut at the start only, and at the end only.
    assert [b.unit for b in buckets(span(D(2024, 1, 1), D(2024, 2, 10)), "month")] == ["month", None]  # fmt: skip
    assert [b.unit for b in buckets(span(D(2024, 1, 2), D(2024, 2, 29)), "month")] == [None, "month"]  # fmt: skip
    assert buckets(window, None) == [window]
    days = buckets(span(D(2024, 1, 1), D(2024, 1, 2)), "day")
    assert [(b.label, b.unit) for b in days] == [
        ("2024-01-01", "day"),
        ("2024-01-02", "day"),
    ]


def test_too_many_buckets_are_refused_naming_the_count() -> None:
    window = span(D(1800, 1, 1), D(2200, 12, 31))
    assert len(buckets(window, "week")) == 20_924
    with pytest.raises(InputError) as caught:
        buckets(span(D(1800, 1, 1), D(2200, 12, 31)), "day")
    assert str(caught.value) == (
        "by: 1800..2200 by day is 146,462 days; at most 100,000 buckets: "
        "choose a shorter window or a longer unit"
    )
    # 100,000 days exactly is allowed.
    exactly = span(
        D(2000, 1, 1), D(2000, 1, 1) + (D(2000, 1, 2) - D(2000, 1, 1)) * 99_999
    )
    assert bucket_count(exactly, "day") == 100_000
    assert len(buckets(exactly, "day")) == 100_000


def test_an_unknown_unit_is_refused() -> None:
    from frontline.model.periods import bucket_of

    for call in (lambda: bucket_of(D(2024, 1, 1), "fortnight"), lambda: buckets(span(D(2024, 1, 1), D(2024, 1, 2)), "fortnight")):  # fmt: skip
        with pytest.raises(InputError) as caught:
            call()
        assert str(caught.value) == (
            "by: 'fortnight' is not one of year, quarter, month, week, day"
        )


def test_the_last_week_and_month_a_date_can_hold() -> None:
    from frontline.model.periods import bucket_of

    # 9999-12-31 is a Friday: its ISO week 9999-W52 starts Monday 9999-12-27
    # and would run past the last day, so it is clipped and has no unit.
    last = bucket_of(date.max, "week")
    assert (last.start, last.end, last.label, last.unit) == (
        D(9999, 12, 27),
        date.max,
        "9999-W52",
        None,
    )
    # The week before ends on Sunday 9999-12-26: whole.
    whole = bucket_of(D(9999, 12, 20), "week")
    assert (whole.start, whole.end, whole.unit) == (
        D(9999, 12, 20),
        D(9999, 12, 26),
        "week",
    )
    december = bucket_of(D(9999, 12, 5), "month")
    assert (december.end, december.unit) == (date.max, "month")
    assert bucket_of(D(9999, 11, 5), "month").end == D(9999, 11, 30)
    assert bucket_of(D(9999, 10, 5), "quarter").end == date.max
    assert bucket_of(D(2024, 2, 10), "day").unit == "day"
    # 9999-W52 as a period is refused: it does not end within the calendar.
    with pytest.raises(InputError) as caught:
        parse_period("9999-W52")
    assert str(caught.value) == "period: '9999-W52' ends after 9999-12-31"


def test_weeks_counted_across_years() -> None:
    # Monday 2024-12-30 is in 2025-W01; Sunday 2025-01-12 ends W02.
    window = span(D(2024, 12, 25), D(2025, 1, 12))
    assert bucket_count(window, "week") == 3
    assert isinstance(bucket_count(window, "week"), int)
    assert [b.label for b in buckets(window, "week")] == [
        "2024-W52",
        "2025-W01",
        "2025-W02",
    ]
    assert previous(parse_period("2025-W01")).label == "2024-W52"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "period: is empty"),
        ("2024..2025..2026", "period: '2024..2025..2026' has more than one '..'"),
        ("..", "period: '..' names no day (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
        ("2025..2024", "period: '2025..2024' ends (2024-12-31) before it starts (2025-01-01)"),
        ("2024-13", "period: '2024-13' is not a period that exists"),
        ("2024-W54", "period: '2024-W54' is not a period that exists"),
        ("soon", "period: 'soon' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
    ],
)  # fmt: skip
def test_periods_refused(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_period(text)
    assert str(caught.value) == message
    with pytest.raises(InputError) as caught:
        parse_period(text, "compare")
    assert str(caught.value) == "compare" + message[len("period") :]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2024-Q3", D(2024, 7, 1), D(2024, 9, 30)),
        ("2024q1", D(2024, 1, 1), D(2024, 3, 31)),
        ("2024W01", D(2024, 1, 1), D(2024, 1, 7)),
        ("2024-w36", D(2024, 9, 2), D(2024, 9, 8)),
        ("2024-09..2024-11-03", D(2024, 9, 1), D(2024, 11, 3)),
        (" 2024-09-01 .. 2024-09-30 ", D(2024, 9, 1), D(2024, 9, 30)),
        ("19 Nov 2024", D(2024, 11, 19), D(2024, 11, 19)),
    ],
)
def test_periods_read(text: str, first: date, last: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end) == (first, last)


def test_open_periods() -> None:
    from frontline.model.periods import parse_open_period

    first, last = parse_open_period("2024-09..")
    assert (first.label, last) == ("2024-09", None)
    first, last = parse_open_period("..2024-09")
    assert (first, last.label) == (None, "2024-09")
    with pytest.raises(InputError) as caught:
        parse_open_period("..2024..")
    assert str(caught.value) == "period: '..2024..' has more than one '..'"


def test_text_limits_and_surrogates() -> None:
    from frontline.model.text import check_text

    check_text("x" * 200, "source", 200)
    with pytest.raises(InputError) as caught:
        check_text("x" * 1201, "note", 1200)
    assert str(caught.value) == "note: is 1,201 characters long; at most 1,200 are kept"
    with pytest.raises(InputError) as caught:
        check_text("ab\ud83dc", "note", 1200)
    assert str(caught.value) == (
        "note: holds \\ud83d, which is not text (half of a UTF-16 surrogate pair, "
        "or a byte that is not UTF-8)"
    )


def test_the_surrogate_pattern_is_compiled_by_the_first_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from frontline.model import text

    # As in a process that has checked no text yet.
    monkeypatch.setattr(text, "_SURROGATE", None)
    text.check_text("ukraine", "region", 200)
    assert text._SURROGATE is not None
    # Both ends of the surrogate range, and nothing outside it.
    assert [bool(text._SURROGATE.search(c)) for c in "\ud7ff\ud800\udfff\ue000"] == [
        False,
        True,
        True,
        False,
    ]
    monkeypatch.setattr(text, "_SURROGATE", None)
    with pytest.raises(InputError) as caught:
        text.check_text("\udfff", "note", 1200)
    assert str(caught.value) == (
        "note: holds \\udfff, which is not text (half of a UTF-16 surrogate pair, "
        "or a byte that is not UTF-8)"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13..2025", "'2024-13' is not a period that exists"),
        ("2024..2025-W54", "'2025-W54' is not a period that exists"),
        ("soon..2025", "'soon' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
        ("2024..soon", "'soon' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
    ],
)  # fmt: skip
def test_a_bad_end_of_a_range_is_refused_naming_the_option(
    text: str, message: str
) -> None:
    from frontline.model.periods import parse_open_period

    for field in ("period", "compare"):
        with pytest.raises(InputError) as caught:
            parse_open_period(text, field)
        assert (caught.value.field, caught.value.message) == (field, message)


def test_a_range_of_one_day_is_that_day() -> None:
    # A range may start and end on the same day: it ends on its first day,
    # not before it.
    period = parse_period("2024-09-01..2024-09-01")
    assert (period.start, period.end, period.label, period.unit) == (
        D(2024, 9, 1),
        D(2024, 9, 1),
        "2024-09-01",
        "day",
    )
    week = parse_period("2024-W36..2024-09-08")  # Monday 2 .. Sunday 8 September
    assert (week.label, week.unit) == ("2024-W36", "week")


def test_a_single_expression_keeps_its_own_label_and_unit() -> None:
    from frontline.model.periods import Calendar

    half = parse_period("2024-h2")
    assert (half.start, half.end, half.label, half.unit, half.count) == (
        D(2024, 7, 1),
        D(2024, 12, 31),
        "2024-H2",
        "month",
        6,
    )
    # `last-1m` ending on 31 March 2024 fills March (31 days), but it is a
    # trailing span, not the month: the period before it is the 31 days
    # before (30 January .. 29 February), not February.
    calendar = Calendar(latest=D(2024, 3, 31))
    last = parse_period("last-1m", calendar=calendar)
    assert (last.start, last.end, last.label, last.unit) == (
        D(2024, 3, 1),
        D(2024, 3, 31),
        "last-1m",
        None,
    )
    before = previous(last)
    assert (before.start, before.end) == (D(2024, 1, 30), D(2024, 2, 29))


def test_buckets_of_a_window_that_ends_on_the_last_day() -> None:
    window = span(D(9999, 11, 15), date.max)
    months = buckets(window, "month")
    assert [(b.start, b.end, b.label, b.unit) for b in months] == [
        (D(9999, 11, 15), D(9999, 11, 30), "9999-11", None),
        (D(9999, 12, 1), date.max, "9999-12", "month"),
    ]
    assert [b.label for b in buckets(window, "year")] == ["9999"]


INVASION = D(2022, 2, 24)


@pytest.mark.parametrize(
    ("text", "latest", "start", "end"),
    [
        ("last-30d", D(2024, 3, 31), D(2024, 3, 2), D(2024, 3, 31)),
        # Two weeks are 14 days, ending on Sunday 31 March.
        ("LAST-2W", D(2024, 3, 31), D(2024, 3, 18), D(2024, 3, 31)),
        # Three calendar months back from 19 November start on 20 August.
        ("last-3m", D(2024, 11, 19), D(2024, 8, 20), D(2024, 11, 19)),
    ],
)
def test_trailing_periods_end_on_the_newest_figure(
    text: str, latest: date, start: date, end: date
) -> None:
    from frontline.model.periods import Calendar

    period = parse_period(text, calendar=Calendar(latest=latest))
    assert (period.start, period.end, period.label, period.unit) == (
        start,
        end,
        text.lower(),
        None,
    )


def test_trailing_periods_refused_naming_the_option() -> None:
    from frontline.model.periods import Calendar

    for field in ("period", "compare"):
        with pytest.raises(InputError) as caught:
            parse_period("last-30d", field)
        assert (caught.value.field, caught.value.message) == (
            field,
            "'last-30d' ends on the newest figure, and none is in scope",
        )
        with pytest.raises(InputError) as caught:
            parse_period("last-0d", field, Calendar(latest=D(2024, 3, 31)))
        assert (caught.value.field, caught.value.message) == (
            field,
            "'last-0d' must be at least one day",
        )


def test_events_and_trailing_periods_at_either_end_of_a_range() -> None:
    from frontline.model.periods import Calendar

    calendar = Calendar(events={"invasion": INVASION})
    day = parse_period("Invasion", calendar=calendar)
    assert (day.start, day.end, day.label, day.unit) == (
        INVASION,
        INVASION,
        "2022-02-24",
        "day",
    )
    assert parse_period("invasion+3y", calendar=calendar).start == D(2025, 2, 24)
    # The war's first four years: 24 February 2022 to 23 February 2026.
    years = parse_period("invasion..invasion+4y-1d", calendar=calendar)
    assert (years.start, years.end, years.label, years.unit) == (
        INVASION,
        D(2026, 2, 23),
        "2022-02-24..2026-02-23",
        None,
    )
    # January to the month ending on the newest figure (30 April): four
    # whole months.
    months = parse_period("2024-01..last-1m", calendar=Calendar(latest=D(2024, 4, 30)))
    assert (months.start, months.end, months.label, months.unit, months.count) == (
        D(2024, 1, 1),
        D(2024, 4, 30),
        "2024-01..2024-04",
        "month",
        4,
    )


@pytest.mark.parametrize(
    ("text", "events", "message"),
    [
        ("invasion+8000y", True, "'invasion+8000y' falls outside the calendar"),
        ("alaska-30d", True, "'alaska' is neither a date nor an event (events: invasion)"),
        ("2024..alaska", True, "'alaska' is neither a date nor an event (events: invasion)"),
        ("alaska", False, "'alaska' is not a period (use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)"),
    ],
)  # fmt: skip
def test_event_expressions_refused_naming_the_option(
    text: str, events: bool, message: str
) -> None:
    from frontline.model.periods import Calendar

    calendar = Calendar(events={"invasion": INVASION} if events else {})
    with pytest.raises(InputError) as caught:
        parse_period(text, "compare", calendar)
    assert (caught.value.field, caught.value.message) == ("compare", message)


def test_a_day_is_a_date_or_an_event_expression() -> None:
    from frontline.model.periods import Calendar, parse_day

    calendar = Calendar(events={"invasion": INVASION})
    assert parse_day(D(2024, 1, 5), "as-of") == D(2024, 1, 5)
    assert parse_day(" invasion+1w ", "as-of", calendar) == D(2022, 3, 3)
    assert parse_day("2024-01-05", "as-of", calendar) == D(2024, 1, 5)
    assert parse_day("5 Jan 2024", "as-of") == D(2024, 1, 5)
    refusals = [
        ("alaska", calendar, "'alaska' is neither a date nor an event (events: invasion)"),
        ("alaska", None, "'alaska' is neither a date nor an event (events: none yet (frontline event add NAME DATE))"),
        ("invasion+8000y", calendar, "'invasion+8000y' falls outside the calendar"),
        ("2024-02-30", calendar, "'2024-02-30' is not a date that exists"),
        ("", calendar, "is empty"),
    ]  # fmt: skip
    for text, given, message in refusals:
        with pytest.raises(InputError) as caught:
            parse_day(text, "as-of", given)
        assert (caught.value.field, caught.value.message) == ("as-of", message), text
