"""More kinds of phrasing in real text that the non-date fields must read, each
pinned on a sentence written for it (none is taken from any corpus): a net loss
of control is the other side's gain, a negated control in a relative clause is
the other side's holding, a passive capture of Ukraine's land is Russia's, and
so on."""

from __future__ import annotations

from datetime import date

from tests.test_extract_fields_r29 import one

from frontline.extract.candidates import extract


def test_lost_net_control_is_the_other_sides_gain() -> None:
    found = one(
        "By the think tank's count, Moscow lost net control of 42 square "
        "kilometers during March 2025.",
        date(2025, 4, 3),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 42.0)
    assert (found.start, found.end) == (date(2025, 3, 1), date(2025, 3, 31))


def test_land_a_side_does_not_control_is_the_other_sides_holding() -> None:
    found = one(
        "The talks now turn on the roughly 3,000 square km of Kharkiv region "
        "that Moscow does not control but claims.",
        date(2025, 6, 2),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kharkiv")
    assert found.area_km2 == 3000.0


def test_a_passive_capture_of_ukraines_land_with_no_taker_is_russias() -> None:
    found = one(
        "All told, some 95,000 square km of Ukrainian territory have been "
        "captured since the invasion began.",
        date(2024, 2, 20),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "ukraine")
    assert found.area_km2 == 95000.0


def test_land_that_remains_under_occupation_is_a_holding() -> None:
    found = one(
        "Some 64,000 square km taken by the invaders remain under occupation, "
        "officials said.",
        date(2024, 3, 5),
    )
    assert (found.kind, found.actor, found.area_km2) == ("holding", "russia", 64000.0)
    assert (found.start, found.end) == (date(2024, 3, 5), date(2024, 3, 5))


def test_a_balance_at_minus_n_is_the_other_sides_gain() -> None:
    found = one(
        "Analysts put Moscow's net balance for the quarter at minus 58 square "
        "kilometers.",
        date(2025, 7, 2),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 58.0)


def test_what_a_figure_excludes_does_not_make_it_grey_land() -> None:
    found = one(
        "Russian forces captured 310 square kilometers in May, excluding grey "
        "zone areas that neither army firmly holds.",
        date(2025, 6, 3),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 310.0)
    assert (found.start, found.end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_a_bare_figure_that_opens_a_passage_takes_the_next_sentence() -> None:
    found = one(
        "About 620 sq km. That is the territory Russian troops captured in "
        "the Kharkiv region during May.",
        date(2024, 6, 4),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "kharkiv")
    assert (found.area_km2, found.bound) == (620.0, "approx")
    assert (found.start, found.end) == (date(2024, 5, 1), date(2024, 5, 31))


def test_reconquered_is_a_verb_of_change() -> None:
    found = one(
        "Ukrainian troops reconquered 75 square kilometres in the Zaporizhzhia "
        "region last week.",
        date(2023, 8, 14),
    )
    assert (found.kind, found.actor, found.region) == (
        "change",
        "ukraine",
        "zaporizhzhia",
    )
    assert "kind 'reconquered'" in found.why


def test_informed_on_a_day_dates_the_statement() -> None:
    found = one(
        "The general staff informed on Thursday that Ukrainian troops have "
        "liberated 350 square km since the start of the month.",
        date(2022, 9, 19),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 350.0)
    assert (found.start, found.end) == (date(2022, 9, 1), date(2022, 9, 15))


def test_a_statement_after_a_comma_is_no_aside() -> None:
    found = one(
        "At a briefing in Moscow, the defence minister announced that since the "
        "beginning of 2024, 2,100 square kilometers have come under Russian "
        "control.",
        date(2024, 6, 10),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 2100.0)
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 6, 10))


def test_a_line_break_keeps_the_period_of_the_sentence_before() -> None:
    found = one(
        "Moscow's troops advanced faster in the second week of March than at any "
        "time this year, Reuters reported on Friday.\n"
        "Citing open-source maps, Reuters said the Russian army's capture of about 150 "
        "square kilometres was its largest in months.",
        date(2024, 3, 22),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 150.0)
    assert (found.start, found.end) == (date(2024, 3, 8), date(2024, 3, 14))


def test_a_line_break_keeps_the_day_of_the_statement() -> None:
    found = one(
        "Kyiv said on Tuesday its forces had pushed on in the south.\n"
        "A military spokesman said Ukrainian troops had retaken about 12 square "
        "km in the past week.",
        date(2023, 7, 20),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 12.0)
    assert (found.start, found.end) == (date(2023, 7, 12), date(2023, 7, 18))


def test_a_later_sentence_led_by_a_place_does_not_place_the_figure() -> None:
    found = one(
        "Since the start of the month, our forces have liberated more than 900 "
        "square kilometres. Near Izium, the enemy is still shelling our "
        "positions.",
        date(2022, 9, 20),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "ukraine")


def test_a_clause_on_a_side_places_the_story() -> None:
    found = one(
        "Russia, which had pushed deep into Ukraine's Kharkiv region, has been "
        "driven back. Kyiv's troops have retaken about 500 square kilometres.",
        date(2024, 6, 3),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "kharkiv")


def test_what_a_side_managed_to_seize_is_a_gain_not_a_total() -> None:
    found = one(
        "After a year of fighting, Moscow's army has only managed to seize "
        "about 1,500 square kilometres, or barely 3% of the Zaporizhzhia region.",
        date(2024, 3, 1),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 1500.0)
    assert (found.start, found.end) == (None, None)


def test_in_total_occupied_is_the_total_held() -> None:
    found = one(
        "In total, the invading army occupied some 120,000 square km of Ukraine "
        "in April, analysts estimated.",
        date(2022, 6, 1),
    )
    assert (found.kind, found.area_km2) == ("holding", 120000.0)
    assert (found.start, found.end) == (None, None)
    assert any(p.startswith("day held unknown") for p in found.problems)


def test_the_year_a_place_was_annexed_dates_no_figure() -> None:
    found = one(
        "Moscow now holds about a fifth of the country. That covers Crimea, "
        "annexed in 2014, most of Luhansk and parts of Zaporizhzhia. Despite this, "
        "some 3,000 square kilometres of Kherson still remain under Ukrainian "
        "jurisdiction.",
        date(2025, 2, 10),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kherson")
    assert (found.start, found.end) == (date(2025, 2, 10), date(2025, 2, 10))


def test_russian_land_retaken_by_ukraine_before_the_incursion_is_ukraine() -> None:
    found = one(
        "Ukrainian troops have reclaimed about 1,200 square kilometres of the "
        "Russian land in a fortnight, the general staff said.",
        date(2022, 9, 25),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "ukraine")
    assert not any(p.startswith("region") for p in found.problems)


def test_a_bare_figure_named_by_a_demand_is_no_record() -> None:
    result = extract(
        "1,000 km2. This is the land Moscow wants Kyiv to give up in Donetsk.",
        published=date(2025, 3, 3),
    )
    assert result.candidates == []


def test_in_total_occupied_in_a_month_stays_a_gain_when_small() -> None:
    found = one(
        "In total, Russian forces occupied some 480 square km in November, "
        "analysts estimated.",
        date(2024, 12, 2),
    )
    assert found.kind == "change"
    assert (found.start, found.end) == (date(2024, 11, 1), date(2024, 11, 30))


def test_what_a_side_managed_to_seize_of_a_whole_stays_held() -> None:
    found = one(
        "Russia has managed to seize 98% of the Luhansk region, an area of about "
        "26,000 square kilometres.",
        date(2022, 7, 4),
    )
    assert found.kind == "holding"
