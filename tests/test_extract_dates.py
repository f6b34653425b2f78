"""Date phrases anchored on the published date: one test per listed wording."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.extract.dates import data_to_yesterday, find_periods

P = date(2024, 11, 20)  # a Wednesday
EVENTS = {"kursk incursion": date(2024, 8, 6)}


def one(sentence: str, published: date | None = P, events=None):
    (phrase,) = find_periods(sentence, published, events)
    return phrase


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("captured 465 km2 in 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("465 km2 in all of 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("gained in 2024", date(2024, 1, 1), P),
        ("2,700 km2 so far this year", date(2024, 1, 1), P),
        ("2,700 km2 this year", date(2024, 1, 1), P),
        ("500 km2 last year", date(2023, 1, 1), date(2023, 12, 31)),
        ("478 km2 in October", date(2024, 10, 1), date(2024, 10, 31)),
        ("40 km2 in the month of September", date(2024, 9, 1), date(2024, 9, 30)),
        ("in December", date(2023, 12, 1), date(2023, 12, 31)),
        ("in October 2022", date(2022, 10, 1), date(2022, 10, 31)),
        ("over the last month", date(2024, 10, 22), P),
        ("since the beginning of October", date(2024, 10, 1), P),
        ("since the start of October", date(2024, 10, 1), P),
        ("since early October", None, P),
        ("since August", date(2024, 8, 1), P),
        ("since May 10", date(2024, 5, 10), P),
        ("since the start of the year", date(2024, 1, 1), P),
        ("between September 1 and November 3", date(2024, 9, 1), date(2024, 11, 3)),
        ("between 1 September and 3 November", date(2024, 9, 1), date(2024, 11, 3)),
        ("from August 6 to September 5", date(2024, 8, 6), date(2024, 9, 5)),
        ("from 6 August 2024 to 5 September 2024", date(2024, 8, 6), date(2024, 9, 5)),
        ("between November 20 and January 5", None, None),  # replaced below
        ("in the past 24 hours", P, P),
        ("over the past day", P, P),
        ("in the past 48 hours", date(2024, 11, 19), P),
        ("in the past week", date(2024, 11, 14), P),
        ("in the past 30 days", date(2024, 10, 22), P),
        ("on October 27", date(2024, 10, 27), date(2024, 10, 27)),
        ("on Tuesday", date(2024, 11, 19), date(2024, 11, 19)),
        ("yesterday", date(2024, 11, 19), date(2024, 11, 19)),
        ("in the first half of 2024", date(2024, 1, 1), date(2024, 6, 30)),
        ("last week", date(2024, 11, 11), date(2024, 11, 17)),
    ],
)
def test_phrase_days(sentence: str, start: date | None, end: date | None) -> None:
    if sentence.startswith("between November 20"):
        # A span that crosses New Year: the start falls in the year before.
        phrase = one(sentence, published=date(2025, 1, 10))
        assert (phrase.start, phrase.end) == (date(2024, 11, 20), date(2025, 1, 5))
        return
    phrase = one(sentence)
    assert (phrase.start, phrase.end) == (start, end)
    assert phrase.problems == PROBLEMS.get(sentence, ())


# The two wordings above that are read by a convention, which the reader is told
# (LABELS: "since early January" has no start day).
PROBLEMS = {
    "since early October": ("start unknown: 'since early October' names no day",),
    "last week": ("'last week' taken as the calendar week 11 Nov–17 Nov",),
}


def test_a_month_still_running_ends_on_the_published_day() -> None:
    phrase = one("in November")
    assert (phrase.start, phrase.end) == (date(2024, 11, 1), P)


def test_first_30_days_of_the_month_published_after_it() -> None:
    phrase = one("the first 30 days of the month", published=date(2024, 12, 2))
    assert (phrase.start, phrase.end) == (date(2024, 11, 1), date(2024, 11, 30))


def test_first_30_days_of_a_named_month() -> None:
    phrase = one("in the first 30 days of November", published=date(2024, 12, 2))
    assert (phrase.start, phrase.end) == (date(2024, 11, 1), date(2024, 11, 30))


def test_first_month_of_the_incursion_with_its_start() -> None:
    phrase = one("during the first month of their incursion into Kursk", events=EVENTS)
    assert (phrase.start, phrase.end, phrase.basis) == (
        date(2024, 8, 6),
        date(2024, 9, 5),
        "kursk incursion began 2024-08-06",
    )


def test_first_month_of_the_incursion_without_its_start() -> None:
    phrase = one("during the first month of their incursion into Kursk")
    assert (phrase.start, phrase.end) == (None, None)
    assert phrase.problems == (
        "start unknown: 'first month of their incursion' needs the incursion's start date",
    )


def test_an_event_of_another_region_is_not_used() -> None:
    phrase = one("in the first week of the incursion into Belgorod", events=EVENTS)
    assert phrase.start is None


def test_as_of_gives_the_end_only() -> None:
    phrase = one("as of October 27")
    assert (phrase.start, phrase.end, phrase.sets_start) == (
        None,
        date(2024, 10, 27),
        False,
    )


def test_now_is_the_published_day_end_only() -> None:
    phrase = one("Russia has now captured")
    assert (phrase.end, phrase.sets_start) == (P, False)


def test_so_far_ends_the_day_before_when_data_run_to_yesterday() -> None:
    phrases = find_periods("so far this year, according to data as of yesterday", P)
    assert [(p.text, p.start, p.end) for p in phrases] == [
        ("so far this year", date(2024, 1, 1), date(2024, 11, 19)),
        ("as of yesterday", None, date(2024, 11, 19)),
    ]
    assert data_to_yesterday("data as of yesterday")


def test_a_day_without_a_year_is_the_latest_not_after_publication() -> None:
    phrase = one("on December 30", published=date(2025, 1, 3))
    assert phrase.start == date(2024, 12, 30)


@pytest.mark.parametrize(
    "sentence",
    ["so far this year", "in the past 24 hours", "since the beginning of October"],
)
def test_relative_phrases_without_a_published_date(sentence: str) -> None:
    phrase = one(sentence, published=None)
    assert (phrase.start, phrase.end) == (None, None)
    assert phrase.problems == (f"no published date for {sentence!r}",)


def test_a_stated_year_needs_no_published_date() -> None:
    phrase = one("in all of 2023", published=None)
    assert (phrase.start, phrase.end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_two_phrases_in_order_without_overlap() -> None:
    phrases = find_periods("477 sq km in August and 459 in September", P)
    assert [(p.text, p.start_at) for p in phrases] == [
        ("in August", 10),
        ("in September", 28),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        # 30 days ending on the published day; on a month's last day, whole months.
        ("in the past month", date(2025, 9, 20), date(2025, 8, 22), date(2025, 9, 20)),
        (
            "over the past two months",
            date(2025, 9, 30),
            date(2025, 8, 1),
            date(2025, 9, 30),
        ),
        (  # not at a month's end: 60 days, as "the past month" is 30 (dev17.jsonl:19)
            "over the past two months",
            date(2025, 9, 20),
            date(2025, 7, 23),
            date(2025, 9, 20),
        ),
        # A quarter with no year: the latest one begun by the published day.
        ("in the first quarter", date(2025, 4, 2), date(2025, 1, 1), date(2025, 3, 31)),
        (
            "in the fourth quarter",
            date(2025, 1, 10),
            date(2024, 10, 1),
            date(2024, 12, 31),
        ),
        ("since late August", date(2025, 9, 30), None, date(2025, 9, 30)),
        # No day is named: the start is left open, not guessed as 1 February.
        ("since the end of January", date(2026, 2, 23), None, date(2026, 2, 23)),
    ],
)
def test_phrase_days_on_other_days(
    sentence: str, published: date, start: date | None, end: date
) -> None:
    phrase = one(sentence, published)
    assert (phrase.start, phrase.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        # Published on a Thursday: Monday is three days before.
        ("since Monday", date(2025, 1, 23), date(2025, 1, 20), date(2025, 1, 23)),
        (
            "since the end of last year",
            date(2025, 3, 1),
            date(2025, 1, 1),
            date(2025, 3, 1),
        ),
        # Published on a Monday: the Saturday and Sunday before.
        ("last weekend", date(2025, 1, 20), date(2025, 1, 18), date(2025, 1, 19)),
        (
            "throughout the year",
            date(2024, 12, 31),
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
        (
            "from the beginning of January to the end of February",
            date(2025, 3, 1),
            date(2025, 1, 1),
            date(2025, 2, 28),
        ),
    ],
)
def test_more_phrase_days(
    sentence: str, published: date, start: date | None, end: date
) -> None:
    phrase = one(sentence, published)
    assert (phrase.start, phrase.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "took 5,100 km2 in 2022 and 2023 combined",
            date(2022, 1, 1),
            date(2023, 12, 31),
        ),
        ("over 2023 and 2024 together", date(2023, 1, 1), P),
        ("between 2021 and 2023", date(2021, 1, 1), date(2023, 12, 31)),
        ("from 2022 to 2024", date(2022, 1, 1), P),
    ],
)
def test_two_years_joined_are_one_span_over_both(sentence, start, end) -> None:
    phrase = one(sentence)
    assert (phrase.start, phrase.end, phrase.problems) == (start, end, ())


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end"),
    [
        ("3,900 km2 in total for the year", P, date(2024, 1, 1), P),
        (
            "for the year as a whole, 3,900 km2",
            date(2025, 1, 3),
            date(2024, 1, 1),
            date(2024, 12, 31),
        ),
    ],
)
def test_for_the_year_is_the_published_year_or_the_one_just_ended(
    sentence, published, start, end
) -> None:
    phrase = one(sentence, published)
    assert (phrase.start, phrase.end) == (start, end)


def test_a_plan_for_the_year_ahead_is_no_period() -> None:
    assert find_periods("the goals for the year ahead", P) == []


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("in the year to the end of October", date(2023, 11, 1), date(2024, 10, 31)),
        ("over the two years to September", date(2022, 10, 1), date(2024, 9, 30)),
        ("in the year to November 15", date(2023, 11, 16), date(2024, 11, 15)),
    ],
)
def test_the_year_to_a_month_or_day_is_the_twelve_months_ending_then(
    sentence, start, end
) -> None:
    phrase = one(sentence)
    assert (phrase.start, phrase.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("during the week of October 14", date(2024, 10, 14), date(2024, 10, 20)),
        ("in the week starting 4 November", date(2024, 11, 4), date(2024, 11, 10)),
        # a week still running ends on the published day
        ("in the week beginning November 18", date(2024, 11, 18), P),
        # "the last week of" a month is that month's, not the past week
        ("in the last week of October", date(2024, 10, 25), date(2024, 10, 31)),
    ],
)
def test_a_week_named_by_its_first_day_or_its_month(sentence, start, end) -> None:
    phrase = one(sentence)
    assert (phrase.start, phrase.end) == (start, end)


def test_since_the_start_of_a_qualified_event_runs_to_the_published_day() -> None:
    phrase = one("since the start of its surprise assault")
    assert (phrase.start, phrase.end) == (None, P)
    assert phrase.so_far


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "in July, August, September and October 2023",
            date(2023, 7, 1),
            date(2023, 10, 31),
        ),
        ("during May, June, and July", date(2024, 5, 1), date(2024, 7, 31)),
    ],
)
def test_a_list_of_months_is_one_span_over_them(sentence, start, end) -> None:
    phrase = one(sentence)
    assert (phrase.start, phrase.end) == (start, end)


def test_last_years_offensive_names_an_event_not_a_period() -> None:
    assert find_periods("land lost since last year's summer offensive", P) == []
    (phrase,) = find_periods("last year's 3,900 km2", P)
    assert (phrase.start, phrase.end) == (date(2023, 1, 1), date(2023, 12, 31))
