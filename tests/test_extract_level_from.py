""" "shrank to 800 km2 from 1,376 in August": the month is the earlier level's."""

from datetime import date

from frontline.extract.candidates import extract

PUBLISHED = date(2025, 7, 10)


def _held(text: str) -> list[tuple[float, date | None, date | None]]:
    result = extract(text, published=PUBLISHED)
    return [(c.area_km2, c.start, c.end) for c in result.candidates]


def test_level_reached_from_an_earlier_level_is_held_now():
    assert _held(
        "The area under Ukrainian control in Kursk shrank to 800 square kilometres "
        "from 1,376 in August."
    )[0] == (800.0, date(2025, 7, 10), date(2025, 7, 10))


def test_from_a_peak_of_is_the_earlier_level():
    assert _held(
        "Ukraine's foothold in Kursk has fallen to about 800 square kilometres from "
        "a peak of 1,376 square kilometres in August."
    )[0] == (800.0, date(2025, 7, 10), date(2025, 7, 10))


def test_a_dated_level_keeps_its_own_month():
    assert _held(
        "Russian monthly gains rose to 600 square kilometres in October from 450 in "
        "September."
    ) == [
        (600.0, date(2024, 10, 1), date(2024, 10, 31)),
        (450.0, date(2024, 9, 1), date(2024, 9, 30)),
    ]


def test_the_earlier_level_after_to_n_from_is_held_on_no_day_given():
    result = extract(
        "Ukraine's foothold in Kursk shrank to 800 square kilometres from 1,376.",
        published=PUBLISHED,
    )
    assert [(c.kind, c.area_km2, c.start, c.end) for c in result.candidates] == [
        ("holding", 800.0, date(2025, 7, 10), date(2025, 7, 10)),
        ("holding", 1376.0, None, None),
    ]
    assert result.candidates[1].problems == [
        "day held unknown: 'held, from' names no day"
    ]
