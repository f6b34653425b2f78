"""A command named after a place ("the Donetsk operational area") is no region."""

from datetime import date

from frontline.extract.candidates import extract

PUBLISHED = date(2023, 6, 13)


def _regions(text: str) -> list[str]:
    return [c.region for c in extract(text, published=PUBLISHED).candidates]


def test_the_direction_places_a_gain_of_an_operational_area():
    assert _regions(
        "In the Tavriia and Donetsk operational areas, Ukrainian troops advanced "
        "in the Berdiansk direction and took 3 square kilometres over the last day."
    ) == ["zaporizhzhia"]


def test_an_operational_tactical_group_named_after_an_oblast():
    assert _regions(
        "The Donetsk operational-tactical group said Ukrainian forces liberated "
        "5 square kilometres near Robotyne in the past week."
    ) == ["zaporizhzhia"]


def test_an_oblast_named_as_a_place_still_counts():
    assert _regions(
        "Ukrainian forces liberated 5 square kilometres in Donetsk region in the "
        "past week."
    ) == ["donetsk"]
