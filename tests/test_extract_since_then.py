"""Ways of saying "since then" after an event dated in an earlier sentence."""

from datetime import date

import pytest

from frontline.extract.candidates import extract

PUBLISHED = date(2025, 7, 10)
EVENT = "Russia launched a new offensive in Kharkiv region in May. "


@pytest.mark.parametrize(
    "then",
    [
        "Russian forces have captured 180 square kilometres since.",
        "Since that time, Russian forces have captured 180 square kilometres there.",
        "In the weeks since, Russian forces have captured 180 square kilometres.",
        "Russian forces have captured 180 square kilometres since then, it said.",
    ],
)
def test_since_then_runs_from_the_month_named_before(then):
    result = extract(EVENT + then, published=PUBLISHED)
    assert [(c.region, c.start, c.end, c.area_km2) for c in result.candidates] == [
        ("kharkiv", date(2025, 5, 1), date(2025, 7, 10), 180.0)
    ]


def test_since_before_a_named_day_is_not_since_then():
    result = extract(
        "Russian forces have captured 180 square kilometres since June 2.",
        published=PUBLISHED,
    )
    assert [(c.start, c.end) for c in result.candidates] == [
        (date(2025, 6, 2), date(2025, 7, 10))
    ]
