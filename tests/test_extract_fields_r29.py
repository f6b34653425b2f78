"""Kinds of phrasing in real text that the non-date fields must read, each pinned
on a sentence written for it (none is taken from any corpus): a country's own
size is no record, a change told as a rise in control is a change, a hedge in
the other unit's figure is the figure's bound, and so on."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract
from frontline.extract.figure import NO_VERB


def one(sentence: str, published: date):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


def sizes(sentence: str) -> list[str]:
    result = extract(sentence, published=date(2025, 3, 4))
    assert result.candidates == []
    return [n.figure for n in result.not_recorded if n.what == "size"]


# --- a place's own size: no record ----------------------------------------------------


def test_a_land_area_of_a_country_is_its_size() -> None:
    assert sizes(
        "With a land area of about 207,600 square kilometres, Belarus is the "
        "largest landlocked country wholly in Europe."
    ) == ["207,600 square kilometres"]


def test_a_land_mass_that_comes_to_n_is_a_size() -> None:
    assert sizes(
        "The gains are small beside Ukraine's whole land mass, which comes to "
        "roughly 600,000 square kilometres."
    ) == ["600,000 square kilometres"]


def test_a_country_that_sprawls_across_n_is_a_size() -> None:
    assert sizes("Poland sprawls across 120,700 square miles of plains.") == [
        "120,700 square miles"
    ]


def test_advances_extending_over_n_are_still_land_taken() -> None:
    found = one(
        "Russian advances in the region widened last month, extending over some "
        "90 square kilometres.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.area_km2, found.bound) == ("change", 90.0, "approx")


# --- land cleared beside land liberated: another count -------------------------------


def test_land_cleared_of_the_enemy_beside_land_liberated_is_no_record() -> None:
    result = extract(
        "Since the operation began, 48 square kilometres have been liberated and "
        "over 60 square kilometres cleared of the invaders, the commander said.",
        published=date(2025, 5, 6),
    )
    assert [c.area_km2 for c in result.candidates] == [48.0]
    assert [(n.figure, n.what) for n in result.not_recorded] == [
        ("60 square kilometres", "not control")
    ]


def test_land_cleared_of_the_enemy_alone_is_land_freed() -> None:
    found = one(
        "Over the past week, the Ukrainian brigade cleared 6 square kilometres "
        "near Siversk of the invaders.",
        date(2025, 5, 6),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 6.0)


# --- bound ----------------------------------------------------------------------------


def test_over_after_the_verb_control_is_a_bound() -> None:
    found = one(
        "Our troops now control over 650 square kilometres of the Belgorod region.",
        date(2024, 9, 2),
    )
    assert (found.kind, found.area_km2, found.bound) == ("holding", 650.0, "at_least")


def test_over_after_the_noun_control_is_its_preposition() -> None:
    found = one(
        "Ukrainian units regained control over 7 square kilometres near Siversk.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.area_km2, found.bound) == ("change", 7.0, "exact")


def test_estimated_gains_of_n_are_approximate() -> None:
    found = one(
        "Russian troops made estimated gains of 212 square kilometres in March, "
        "according to the mapping group.",
        date(2025, 4, 2),
    )
    assert (found.area_km2, found.bound) == (212.0, "approx")


def test_a_hedge_on_square_miles_is_the_bound_of_the_km2_in_brackets() -> None:
    found = one(
        "Ukrainian forces took back about 40 square miles of ground "
        "(104 square kilometres) last week.",
        date(2025, 4, 2),
    )
    assert (found.area_km2, found.bound) == (104.0, "approx")


# --- number reading -------------------------------------------------------------------


def test_a_space_after_the_thousands_comma_after_a_hedge_is_one_number() -> None:
    found = one(
        "Since January the troops have liberated about 3, 200 square kilometres.",
        date(2024, 12, 1),
    )
    assert (found.area_km2, found.bound) == (3200.0, "approx")


def test_a_day_and_a_figure_after_a_comma_stay_apart() -> None:
    found = one("On June 8, 300 square kilometres were retaken.", date(2024, 6, 9))
    assert found.area_km2 == 300.0


# --- kind -----------------------------------------------------------------------------


def test_land_that_became_under_a_sides_control_is_a_change() -> None:
    found = one(
        "Since March, 95 square kilometres became under the control of Ukrainian "
        "units, the general said.",
        date(2025, 6, 30),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 95.0)


# --- actor ----------------------------------------------------------------------------


def test_a_country_named_as_the_land_under_our_control_is_not_the_actor() -> None:
    found = one(
        '"Today some 300 square kilometres of the territory of the Russian '
        'Federation are under our control," the Ukrainian commander said.',
        date(2024, 8, 20),
    )
    assert (found.kind, found.actor, found.area_km2) == ("holding", "ukraine", 300.0)


def test_a_side_in_an_aside_between_dashes_is_neither_actor_nor_hedge() -> None:
    found = one(
        "Last summer Ukraine surprised its allies—and Moscow in particular—with a push "
        "into Russia's Belgorod region, seizing over 90 square kilometres.",
        date(2025, 3, 4),
    )
    assert (found.actor, found.region, found.area_km2) == ("ukraine", "belgorod", 90.0)


# --- region ---------------------------------------------------------------------------


def test_an_oblast_and_a_part_of_the_country_joined_by_and_are_several() -> None:
    found = one(
        "Kyiv says its troops retook about 400 square kilometres last month after "
        "a thrust in the Zaporizhzhia region and steady attacks in the east.",
        date(2023, 9, 2),
    )
    assert (found.region, found.area_km2) == ("ukraine", 400.0)


def test_an_oblast_in_the_east_is_still_that_oblast() -> None:
    found = one(
        "Russian forces took 35 square kilometres in the Luhansk region in the east "
        "last week.",
        date(2025, 3, 4),
    )
    assert found.region == "luhansk"


def test_a_town_in_its_german_spelling_places_the_figure() -> None:
    found = one(
        "Ukrainian units regained 9 square kilometres near Pokrowsk last week.",
        date(2025, 3, 4),
    )
    assert found.region == "donetsk"


# --- missed records -------------------------------------------------------------------


def test_a_place_described_as_contested_does_not_make_the_land_contested() -> None:
    found = one(
        "Roughly 6 square kilometres near the hotly contested town of Siversk have "
        "been liberated.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "donetsk")


def test_contested_land_is_still_no_record() -> None:
    result = extract(
        "About 40 square kilometres near Siversk remain contested.",
        published=date(2025, 3, 4),
    )
    assert result.candidates == []


def test_the_ground_an_advance_covered_is_land_taken() -> None:
    found = one(
        "Moscow's advance slowed in May, covering just 180 square kilometres.",
        date(2025, 6, 3),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 180.0)
    assert (found.start, found.end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_a_region_covering_n_is_still_a_size() -> None:
    result = extract(
        "The Zaporizhzhia region, covering some 27,000 square kilometres, is "
        "partly occupied.",
        published=date(2025, 6, 3),
    )
    assert result.candidates == []


def test_n_more_square_kilometres_is_an_area_added() -> None:
    found = one(
        "Ukrainian marines free 3.2 more square kilometres near Krynky",
        date(2023, 11, 20),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 3.2)
    assert found.region == "kherson"


def test_n_more_square_kilometres_than_is_still_a_difference() -> None:
    result = extract(
        "Russian forces seized 60 more square kilometres than in April.",
        published=date(2025, 6, 3),
    )
    assert result.candidates == []


# --- a figure told twice --------------------------------------------------------------


def test_a_quotation_that_repeats_the_reported_figure_is_one_record() -> None:
    result = extract(
        'This week 7 square kilometres were freed in the east: "Near Siversk we '
        'advanced, and 7 square kilometres were freed this week," she said.',
        published=date(2025, 3, 7),
    )
    assert [c.area_km2 for c in result.candidates] == [7.0]
    assert ("7 square kilometres", "restated") in [
        (n.figure, n.what) for n in result.not_recorded
    ]


def test_two_equal_figures_outside_a_quotation_are_two_records() -> None:
    result = extract(
        "Russia took 40 square kilometres in May and 40 square kilometres in June.",
        published=date(2025, 7, 1),
    )
    assert [c.area_km2 for c in result.candidates] == [40.0, 40.0]


def test_a_part_of_the_front_before_a_quotation_beats_the_quotations_town() -> None:
    found = one(
        'Ukrainian units regained 4 square kilometres on the southern front: "West '
        'of Robotyne the enemy was pushed back," the spokesman said.',
        date(2023, 9, 5),
    )
    assert found.region == "ukraine"


def test_a_town_right_after_the_part_of_the_front_still_places_it() -> None:
    found = one(
        "Ukrainian units regained 4 square kilometres on the southern front near "
        "Robotyne.",
        date(2023, 9, 5),
    )
    assert found.region == "zaporizhzhia"


def test_land_that_remains_under_a_sides_jurisdiction_is_held() -> None:
    found = one(
        "About 2,000 square kilometres of Kherson region remain under Ukrainian "
        "jurisdiction.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kherson")
    assert (found.start, found.end) == (date(2025, 3, 4), date(2025, 3, 4))


def test_a_comment_naming_whose_advance_it_was_gives_the_actor() -> None:
    found = one(
        "In March, 210 square kilometres were taken, suggesting a slowdown in "
        "Moscow's advances.",
        date(2025, 4, 2),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 210.0)


def test_an_area_that_was_reduced_to_n_is_a_holding_not_a_size() -> None:
    result = extract(
        "Ukrainian troops held about 900 square kilometres of the Belgorod region in "
        "June, but this area was reduced to 300 square kilometres by October 1.",
        published=date(2025, 10, 2),
    )
    held = result.candidates[-1]
    assert (held.kind, held.actor, held.area_km2) == ("holding", "ukraine", 300.0)
    assert (held.start, held.end) == (date(2025, 10, 1), date(2025, 10, 1))


def test_an_area_that_is_n_is_still_a_size() -> None:
    assert sizes("The oblast's area is about 27,000 square kilometres.") == [
        "27,000 square kilometres"
    ]


def test_a_capital_a_push_went_toward_is_a_place_not_a_side() -> None:
    result = extract(
        "Russian troops last moved this fast in 2022, when they pushed toward Kyiv. "
        "The area occupied since January totals 1,900 square kilometres.",
        published=date(2025, 9, 1),
    )
    (found,) = result.candidates
    assert (found.actor, found.area_km2) == ("russia", 1900.0)


def test_the_battles_that_name_this_direction_place_the_figure() -> None:
    found = one(
        "Last week the marines retook about 3 square kilometres in this direction, "
        "with the heaviest fighting around the villages south of Vuhledar.",
        date(2023, 9, 5),
    )
    assert found.region == "donetsk"


def test_the_heaviest_fighting_elsewhere_does_not_place_a_placed_figure() -> None:
    found = one(
        "Last week the marines retook about 3 square kilometres in the Zaporizhzhia "
        "region, with the heaviest fighting near Vuhledar.",
        date(2023, 9, 5),
    )
    assert found.region == "zaporizhzhia"


def test_as_for_the_south_sets_a_part_of_the_country() -> None:
    result = extract(
        "Near Kupiansk, 3 square kilometres were freed last week. As for the south, "
        "about 9 square kilometres were freed last week.",
        published=date(2023, 8, 9),
    )
    assert [(c.region, c.area_km2) for c in result.candidates] == [
        ("kharkiv", 3.0),
        ("ukraine", 9.0),
    ]


def test_a_gain_told_as_the_equivalent_of_n_in_control_is_a_change() -> None:
    found = one(
        "The mappers say Russian forces gained the equivalent of 120 square "
        "kilometres in their control of Ukrainian land in May.",
        date(2025, 6, 3),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 120.0)


def test_a_side_that_increased_its_control_by_a_share_made_a_change() -> None:
    found = one(
        "Ukraine managed to increase its control by 0.2% in September, which "
        "amounts to about 1,200 square kilometres.",
        date(2022, 10, 3),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 1200.0)
    assert (found.start, found.end) == (date(2022, 9, 1), date(2022, 9, 30))


def test_the_place_where_most_of_a_figure_lay_is_not_the_figures() -> None:
    found = one(
        "Most of the 610 square kilometres Russian troops took in March lay in the "
        "Kharkiv region.",
        date(2025, 4, 2),
    )
    assert (found.region, found.area_km2) == ("ukraine", 610.0)


def test_the_place_of_the_whole_before_a_part_is_still_the_figures() -> None:
    found = one(
        "Most of the 700 square kilometres Ukraine took in the Belgorod region has "
        "been lost.",
        date(2025, 4, 2),
    )
    assert (found.region, found.area_km2) == ("belgorod", 700.0)


def test_a_figure_named_again_as_a_modifier_is_one_record() -> None:
    result = extract(
        "Russian troops seized 210 square kilometres in the past week, DeepState "
        "said. The latest 210-square-kilometre gain is the largest since March.",
        published=date(2025, 6, 2),
    )
    assert [c.area_km2 for c in result.candidates] == [210.0]
    assert ("210-square-kilometre", "restated") in [
        (n.figure, n.what) for n in result.not_recorded
    ]


def test_a_new_figure_as_a_modifier_is_still_recorded() -> None:
    found = one(
        "The 35-square-kilometre advance near Siversk came last week, Ukraine's "
        "army said of the Russian push.",
        date(2025, 6, 2),
    )
    assert found.area_km2 == 35.0


def test_a_conversion_in_brackets_with_its_own_bound_word_is_one_figure() -> None:
    found = one(
        "Russian forces captured more than 450 sq km (over 170 sq mi) in May.",
        date(2025, 6, 2),
    )
    assert (found.area_km2, found.bound) == (450.0, "at_least")


def test_a_bound_word_on_the_km2_in_brackets_bounds_the_figure() -> None:
    found = one(
        "Ukraine retook 40 square miles (over 100 square kilometres) last week.",
        date(2025, 6, 2),
    )
    assert (found.area_km2, found.bound) == (100.0, "at_least")


def test_a_dot_before_three_digits_ending_in_00_separates_thousands() -> None:
    found = one(
        "Russian forces captured 3.400 square kilometres in the first half of 2025.",
        date(2025, 7, 2),
    )
    assert found.area_km2 == 3400.0


def test_a_decimal_with_other_digits_stays_a_decimal() -> None:
    found = one(
        "Ukrainian forces liberated 1.575 square kilometres near Robotyne.",
        date(2023, 9, 2),
    )
    assert found.area_km2 == 1.575


def test_an_area_larger_than_all_of_ukraine_is_a_size() -> None:
    assert sizes(
        "Russia, the world's largest country, spans some 17 million square kilometres."
    ) == ["17 million square kilometres"]
    assert sizes("Canada is about 9,985,000 square kilometres across.") == [
        "9,985,000 square kilometres"
    ]


def test_an_amount_set_after_its_clause_with_at_takes_that_clauses_subject() -> None:
    result = extract(
        "Moscow took more ground in May, at 180 square miles, than Kyiv won in its "
        "whole summer push, at 120 square miles.",
        published=date(2025, 6, 2),
    )
    assert [c.actor for c in result.candidates] == ["russia", "ukraine"]


def test_a_side_named_after_amid_is_the_setting_not_the_actor() -> None:
    found = one(
        "The bridgehead shrank to about 300 square kilometres amid continuous "
        "Russian advances.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.actor) == ("holding", "")  # left open, not Russia's


def test_a_countrys_name_before_its_general_staff_is_a_speaker() -> None:
    result = extract(
        "A Ukraine General Staff source described the retreat from an initial "
        "control of 900 square kilometres to about 400 square kilometres.",
        published=date(2025, 3, 4),
    )
    assert [(c.kind, c.actor, c.area_km2) for c in result.candidates] == [
        ("holding", "ukraine", 900.0),
        ("holding", "ukraine", 400.0),
    ]


def test_a_sentence_led_by_a_part_of_the_country_offers_no_town_to_the_next() -> None:
    result = extract(
        "In the east, the army keeps attacking in the Lyman and Siversk directions. "
        "Over the past week, 11 square kilometres were freed.",
        published=date(2023, 7, 3),
    )
    (found,) = result.candidates
    assert (found.region, found.area_km2) == ("ukraine", 11.0)


def test_a_sentence_about_one_town_still_places_the_next_figure() -> None:
    result = extract(
        "The army keeps attacking near Siversk. "
        "Over the past week, 11 square kilometres were freed.",
        published=date(2023, 7, 3),
    )
    (found,) = result.candidates
    assert found.region == "donetsk"


def test_a_figure_written_as_a_sentence_of_its_own_reads_the_one_before() -> None:
    result = extract(
        "The general says 15 percent of the region is controlled by the occupiers "
        "as of today. About 4,000 square kilometres.",
        published=date(2025, 3, 4),
    )
    (found,) = result.candidates
    assert (found.kind, found.actor, found.area_km2, found.bound) == (
        "holding",
        "russia",
        4000.0,
        "approx",
    )
    assert (found.start, found.end) == (date(2025, 3, 4), date(2025, 3, 4))


def test_a_sentence_with_a_figure_of_its_own_is_not_joined() -> None:
    result = extract(
        "Russia took 300 square kilometres in May. About 200 square kilometres.",
        published=date(2025, 6, 3),
    )
    first, second = result.candidates
    assert (first.area_km2, second.area_km2) == (300.0, 200.0)
    assert NO_VERB in second.problems  # read alone, flagged for a reviewer


def test_land_that_is_held_by_a_side_is_a_holding() -> None:
    found = one(
        "Roughly 2,500 square kilometres of the Kharkiv region are still held by "
        "Russian troops.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "russia", "kharkiv")


def test_two_towns_in_the_south_are_still_their_oblast() -> None:
    found = one(
        "Ukrainian forces advanced 10 square kilometres near Huliaipole and "
        "Robotyne in the south.",
        date(2025, 3, 4),
    )
    assert found.region == "zaporizhzhia"


def test_the_whole_a_share_was_taken_of_is_the_gain_its_clause_tells() -> None:
    # LABELS: "half of the 1,171 km2 that the Kiev regime's troops seized" is
    # the gain the relative clause tells, not the taker's of the share.
    result = extract(
        "Russian troops have won back about a third of the 900 square kilometres "
        "that Ukraine took in the Belgorod region.",
        published=date(2025, 3, 4),
    )
    assert [
        (c.kind, c.actor, c.region, c.start, c.end, c.area_km2)
        for c in result.candidates
    ] == [("change", "ukraine", "belgorod", None, None, 900.0)]


def test_the_share_restated_as_an_area_takes_the_verb_of_the_whole() -> None:
    result = extract(
        "Russia has won back 40% of the 900 square kilometres Ukraine took in the "
        "Belgorod region, or about 360 square kilometres.",
        published=date(2025, 3, 4),
    )
    assert sorted(
        (c.kind, c.actor, c.region, c.area_km2) for c in result.candidates
    ) == [
        ("change", "russia", "belgorod", 360.0),
        ("change", "ukraine", "belgorod", 900.0),
    ]
