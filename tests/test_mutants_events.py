"""Named days and offsets from them (`model.events`), worked on the calendar:
each unit in both directions, offsets one after another, months and years
counted on the calendar (a day past a month's end falls on its last day), and
the names and expressions refused."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.errors import InputError
from frontline.model.events import (
    event_day,
    looks_like_event,
    parse_event_name,
    unknown_event,
)

EVENTS = {"invasion": date(2022, 2, 24), "leap": date(2024, 1, 31)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("invasion", date(2022, 2, 24)),
        # Days: 24 February + 5 is 1 March (2022 is no leap year); − 24 is
        # 31 January.
        ("invasion+5d", date(2022, 3, 1)),
        ("invasion-24d", date(2022, 1, 31)),
        # Weeks of 7 days: + 2 weeks is 10 March; − 1 week is 17 February.
        ("invasion+2w", date(2022, 3, 10)),
        ("invasion-1w", date(2022, 2, 17)),
        # Months on the calendar: + 6 is 24 August 2022, − 1 is 24 January,
        # + 11 is 24 January 2023.
        ("invasion+6m", date(2022, 8, 24)),
        ("invasion-1m", date(2022, 1, 24)),
        ("invasion+11m", date(2023, 1, 24)),
        # 31 January 2024 + 1 month: February has no 31st, its last day is
        # the 29th (a leap year); + 3 months: 30 April; − 2 months: 30 November.
        ("leap+1m", date(2024, 2, 29)),
        ("leap+3m", date(2024, 4, 30)),
        ("leap-2m", date(2023, 11, 30)),
        # Years: + 3 is 24 February 2025, − 2 is 24 February 2020.
        ("invasion+3y", date(2025, 2, 24)),
        ("invasion-2y", date(2020, 2, 24)),
        # Offsets in turn, spaces and capitals allowed: + 1 year (24 February
        # 2023), + 1 month (24 March), − 1 day (23 March).
        (" Invasion + 1y + 1m - 1d ", date(2023, 3, 23)),
    ],
)
def test_an_event_expression_is_its_day_shifted_on_the_calendar(
    text: str, day: date
) -> None:
    assert event_day(text, EVENTS) == day


def test_what_is_no_known_event_is_no_event_day() -> None:
    assert event_day("2024-01-05", EVENTS) is None  # a date, read elsewhere
    assert event_day("truce+1d", EVENTS) is None  # not an event here
    assert event_day("invasion+1x", EVENTS) is None  # no such unit


def test_an_offset_past_the_calendar_is_refused_naming_the_field() -> None:
    with pytest.raises(InputError) as caught:
        event_day("invasion-3000y", EVENTS, "from")
    assert (caught.value.field, caught.value.message) == (
        "from",
        "'invasion-3000y' falls outside the calendar",
    )


def test_event_expressions_are_told_from_other_words() -> None:
    assert looks_like_event("invasion+3y")
    assert looks_like_event(" Kursk-Incursion - 2w ")
    assert not looks_like_event("2024-01-05")
    assert not looks_like_event("invasion+3")


@pytest.mark.parametrize(
    ("text", "name"),
    [(" Truce ", "truce"), ("kursk-incursion", "kursk-incursion"), ("d2", "d2")],
)
def test_an_event_name_is_kept_in_lower_case(text: str, name: str) -> None:
    assert parse_event_name(text) == name


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2truce", "'2truce' is not a name (use letters, digits, '-')"),
        ("truce-", "'truce-' is not a name (use letters, digits, '-')"),
        ("last-30d", "'last-30d' reads as a period or an offset, not a name"),
        ("truce-3w", "'truce-3w' reads as a period or an offset, not a name"),
    ],
)
def test_a_name_that_is_none_or_reads_as_an_offset_is_refused(
    text: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        parse_event_name(text, "event")
    assert (caught.value.field, caught.value.message) == ("event", message)


def test_an_unknown_event_names_the_known_ones() -> None:
    error = unknown_event("Truce+1d", EVENTS, "to")
    assert (error.field, error.message) == (
        "to",
        "'truce' is neither a date nor an event (events: invasion, leap)",
    )
    error = unknown_event("?", {}, "to")
    assert error.message == (
        "'?' is neither a date nor an event "
        "(events: none yet (frontline event add NAME DATE))"
    )


def test_the_fields_named_when_the_caller_names_none() -> None:
    # `event add` and the seed read a name as `name`; a day read from prose
    # (`extract`) as `date`.
    with pytest.raises(InputError) as caught:
        parse_event_name("2truce")
    assert caught.value.field == "name"
    with pytest.raises(InputError) as caught:
        event_day("invasion+8000y", EVENTS)
    assert caught.value.field == "date"
