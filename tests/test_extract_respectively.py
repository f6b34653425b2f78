"""Figures paired with months or places by "respectively" give one record each."""

from datetime import date

from frontline.extract.candidates import extract

PUBLISHED = date(2025, 7, 10)


def _records(text: str) -> list[tuple]:
    result = extract(text, published=PUBLISHED)
    return [
        (c.actor, c.region, c.start, c.end, c.area_km2, c.bound)
        for c in result.candidates
    ]


def test_two_figures_two_months_respectively():
    got = _records(
        "Russia took 400 and 520 square kilometres in May and June, respectively."
    )
    assert got == [
        ("russia", "ukraine", date(2025, 5, 1), date(2025, 5, 31), 400.0, "exact"),
        ("russia", "ukraine", date(2025, 6, 1), date(2025, 6, 30), 520.0, "exact"),
    ]


def test_places_respectively_share_the_period_after_them():
    got = _records(
        "Russia seized 400 km2 and 520 km2 in Donetsk and Kharkiv regions, "
        "respectively, in June."
    )
    assert got == [
        ("russia", "donetsk", date(2025, 6, 1), date(2025, 6, 30), 400.0, "exact"),
        ("russia", "kharkiv", date(2025, 6, 1), date(2025, 6, 30), 520.0, "exact"),
    ]


def test_a_hedge_before_the_pair_covers_both_figures():
    got = _records(
        "Russian forces captured about 450 and 610 square kilometers of Ukrainian "
        "land in October and November respectively, according to DeepState."
    )
    assert got == [
        ("russia", "ukraine", date(2024, 10, 1), date(2024, 10, 31), 450.0, "approx"),
        ("russia", "ukraine", date(2024, 11, 1), date(2024, 11, 30), 610.0, "approx"),
    ]


def test_three_figures_three_months():
    got = _records(
        "Moscow's forces seized 350, 420 and 510 sq km in April, May and June, "
        "respectively."
    )
    assert [(r[2], r[3], r[4]) for r in got] == [
        (date(2025, 4, 1), date(2025, 4, 30), 350.0),
        (date(2025, 5, 1), date(2025, 5, 31), 420.0),
        (date(2025, 6, 1), date(2025, 6, 30), 510.0),
    ]


def test_months_named_before_the_figures():
    got = _records(
        "Russian gains in October and November amounted to 450 and 610 sq km "
        "respectively."
    )
    assert got == [
        ("russia", "ukraine", date(2024, 10, 1), date(2024, 10, 31), 450.0, "exact"),
        ("russia", "ukraine", date(2024, 11, 1), date(2024, 11, 30), 610.0, "exact"),
    ]


def test_sides_paired_respectively():
    got = _records(
        "Russian and Ukrainian forces took 400 and 30 square kilometres last month, "
        "respectively."
    )
    assert [(r[0], r[4]) for r in got] == [("russia", 400.0), ("ukraine", 30.0)]


def test_lists_of_unequal_length_are_left_as_they_are():
    # May to the publication day (10 July): read as before, one figure
    got = _records(
        "Russia took 400 and 520 square kilometres in May, June and July, respectively."
    )
    assert [(r[2], r[3], r[4]) for r in got] == [
        (date(2025, 5, 1), date(2025, 7, 10), 520.0)
    ]


def test_respectively_before_the_months():
    got = _records(
        "Russia has captured 400 and 520 km2 of territory, respectively, in May "
        "and June."
    )
    assert [(r[2], r[3], r[4]) for r in got] == [
        (date(2025, 5, 1), date(2025, 5, 31), 400.0),
        (date(2025, 6, 1), date(2025, 6, 30), 520.0),
    ]
