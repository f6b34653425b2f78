"""A period told of other gains ("gains made over summer") does not date a figure."""

from datetime import date

from frontline.extract.candidates import extract

PUBLISHED = date(2025, 7, 10)


def _spans(text: str) -> list[tuple[date | None, date | None, float]]:
    result = extract(text, published=PUBLISHED)
    return [(c.start, c.end, c.area_km2) for c in result.candidates]


def test_gains_made_in_the_spring_after_the_figure_are_other_gains():
    assert _spans(
        "Russia captured 200 square kilometres last week, adding to big gains "
        "made in the spring."
    ) == [(date(2025, 6, 30), date(2025, 7, 6), 200.0)]


def test_a_figure_dated_only_by_other_gains_has_no_period():
    assert _spans(
        "Russia's recent capture of over 200 square kilometres added to "
        "significant gains made over summer."
    ) == [(None, None, 200.0)]


def test_gains_made_in_may_before_the_figure_are_the_figure():
    assert _spans("Russian gains made in May reached 450 square kilometres.") == [
        (date(2025, 5, 1), date(2025, 5, 31), 450.0)
    ]
