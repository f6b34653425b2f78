"""Phrasings an outside writer uses for the kinds the rules already read, each
pinned on a sentence written for it (none is taken from any corpus): another
verb of loss, another date form, another hedge. Each test names the kind."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract

P = date(2025, 11, 20)


def one(sentence: str, published: date = P):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


# --- actor: land a side gives up is the other side's gain ---------------------------


def test_land_given_up_is_the_other_sides_gain_in_every_tense() -> None:
    found = one(
        "Ukrainian troops were forced to give up around 200 sq km near Pokrovsk "
        "in October."
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 10, 31))
    assert (found.area_km2, found.bound) == (200.0, "approx")
    found = one("Ukraine has given up 300 sq km in the Sumy region since June.")
    assert (found.actor, found.region) == ("russia", "sumy")
    assert (found.start, found.end) == (date(2025, 6, 1), P)


def test_a_demand_to_give_up_land_is_still_no_record() -> None:
    result = extract(
        "Moscow wants Ukraine to give up 6,600 km2 of the Donetsk region.", published=P
    )
    assert result.candidates == []


# --- traps: a forecast is no gain made ----------------------------------------------


def test_a_forecast_gain_is_no_record() -> None:
    for sentence in (
        "Russia is unlikely to capture more than 3,000 sq km next year, the institute said.",
        "Russian forces are likely to seize another 1,000 sq km before winter.",
        "Russia is on track to capture 5,000 square kilometres this year.",
        "Russian forces are poised to capture some 400 sq km around Pokrovsk.",
        "Russia will capture 5,000 square kilometres next year, the commander vowed.",
    ):
        assert extract(sentence, published=P).candidates == [], sentence


def test_likely_to_have_captured_is_a_hedged_fact_not_a_forecast() -> None:
    found = one(
        "Russian forces are likely to have captured about 200 sq km in October."
    )
    assert (found.actor, found.area_km2, found.bound) == ("russia", 200.0, "approx")
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 10, 31))


# --- actor: a capital compared by size is no side --------------------------------------


def test_a_capital_named_to_compare_sizes_is_not_the_actor() -> None:
    found = one(
        "Russian forces have captured an area twice the size of Kyiv, about 1,700 sq km, "
        "this year."
    )
    assert (found.actor, found.region, found.bound) == ("russia", "ukraine", "approx")
    assert (found.start, found.end) == (date(2025, 1, 1), P)
    found = one(
        "Ukrainian troops seized some 1,000 sq km in Kursk, an area larger than Moscow, "
        "in August 2024."
    )
    assert (found.actor, found.region) == ("ukraine", "kursk")


# --- comparisons: the figure compared with "the same period" is still a record -------


def test_a_figure_set_against_the_same_period_of_another_year_is_recorded() -> None:
    found = one(
        "Analysts said Russia had gained 2,100 sq km in the first half of the year, "
        "a sharp increase on the same period of 2024."
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "russia", 2100.0)
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_the_baseline_of_the_same_period_is_still_no_record() -> None:
    found = one(
        "Russia gained 2,100 sq km in the first half of the year, compared with "
        "1,200 sq km in the same period last year."
    )
    assert (found.area_km2, found.start) == (2100.0, date(2025, 1, 1))
    found = one(
        "Russia has taken 4,000 sq km this year, double the 2,000 km2 seized in the "
        "same period of 2024."
    )
    assert (found.area_km2, found.start, found.end) == (4000.0, date(2025, 1, 1), P)


# --- traps: a place's own size, a search over an area ---------------------------------


def test_a_named_places_total_area_is_its_size_not_a_holding() -> None:
    result = extract(
        "Russia controls about 116,000 square kilometres of Ukraine's total area of "
        "603,548 square kilometres.",
        published=P,
    )
    assert [(c.kind, c.actor, c.area_km2) for c in result.candidates] == [
        ("holding", "russia", 116000.0)
    ]
    assert [(n.figure, n.what) for n in result.not_recorded] == [
        ("603,548 square kilometres", "size")
    ]


def test_a_search_and_destruction_over_an_area_is_no_control() -> None:
    for sentence in (
        "Over the past week, a search and destruction of the enemy was carried out "
        "in the city of Kupiansk on an area of about 9 square kilometers.",
        "Search-and-strike operations covered 15 square kilometres near Pokrovsk.",
    ):
        assert extract(sentence, published=P).candidates == [], sentence
    found = one(
        "Over the past week, our units cleared 9 square kilometres of the enemy."
    )
    assert (found.kind, found.area_km2) == ("change", 9.0)


# --- size: what a gain covered is land taken ------------------------------------------


def test_land_a_gain_covered_is_the_gain_not_a_places_size() -> None:
    found = one(
        "Ukrainian troops have expanded their territory, capturing over 80 settlements "
        "and covering more than 1,150 square kilometers since August 6."
    )
    assert (found.kind, found.actor, found.area_km2, found.bound) == (
        "change", "ukraine", 1150.0, "at_least",
    )  # fmt: skip
    assert (found.start, found.end) == (date(2025, 8, 6), P)
    result = extract(
        "The Kursk region borders Ukraine and covers 29,997 sq km.", published=P
    )
    assert result.candidates == []


# --- region: the paragraph before says where the push was made ------------------------


def test_a_push_made_in_a_region_the_paragraph_before_names_places_the_figure() -> None:
    text = (
        "The commander said on Monday that Ukrainian units have made steady progress "
        "in the Zaporizhzhia region.\n\n"
        "Over the past week, the troops have liberated 14 square kilometres, he said."
    )
    result = extract(text, published=P)
    assert [(c.actor, c.region, c.area_km2) for c in result.candidates] == [
        ("ukraine", "zaporizhzhia", 14.0)
    ]


# --- dates: a participle after the figure dates it ------------------------------------


def test_the_period_of_a_participle_after_the_figure_wins_over_the_sentences_others() -> (
    None
):
    found = one(
        "While the total gain in 2025 exceeds the combined advances of the previous "
        "two years, it remains below the 60,000 square kilometres seized by Russia in "
        "the first year of the war in 2022."
    )
    assert (found.actor, found.area_km2) == ("russia", 60000.0)
    assert (found.start, found.end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_for_a_week_and_for_the_day_are_the_past_week_and_the_day() -> None:
    found = one("The AFU for a week freed 3 square kilometers near Bakhmut")
    assert (found.actor, found.region) == ("ukraine", "donetsk")
    assert (found.start, found.end) == (date(2025, 11, 14), P)
    found = one(
        "For the day, the Defense Forces liberated 2 square kilometers near Lyman."
    )
    assert (found.start, found.end) == (P, P)
    found = one(
        "In a week, the Defense Forces liberated 3 square kilometers near Bakhmut."
    )
    assert (found.start, found.end) == (None, None)


# --- actor: a "we" that calls the other side "the enemy" ------------------------------


def test_an_unnamed_we_that_calls_the_other_side_the_enemy_is_ukraine() -> None:
    text = (
        "\u201cOver the past week we have liberated 6 square kilometres. "
        "The enemy keeps attacking."
    )
    result = extract(text, published=P)
    assert [(c.actor, c.area_km2) for c in result.candidates] == [("ukraine", 6.0)]
    assert (result.candidates[0].start, result.candidates[0].end) == (
        date(2025, 11, 14), P,
    )  # fmt: skip


def test_a_named_russian_speakers_we_stays_russian() -> None:
    found = one(
        "\u201cWe have liberated 6 square kilometres in a week, and the enemy is "
        "retreating,\u201d Russia's defence minister said."
    )
    assert found.actor == "russia"


def test_since_february_24_with_no_year_is_the_invasion() -> None:
    found = one(
        "Ukrainian defenders de-occupied more than 40,000 sq km since February 24."
    )
    assert (found.start, found.end) == (date(2022, 2, 24), P)
    found = one("Russia has seized some 70,000 sq km since Feb. 24, officials said.")
    assert (found.start, found.bound) == (date(2022, 2, 24), "approx")
    found = one("Russia has seized 300 sq km since March 3.")
    assert found.start == date(2025, 3, 3)


def test_this_week_in_a_monday_report_is_the_week_it_covers() -> None:
    monday = date(2025, 11, 17)
    found = one("Ukrainian forces retook 12 sq km near Kupiansk this week.", monday)
    assert (found.start, found.end) == (date(2025, 11, 11), monday)
    found = one("Ukrainian forces retook 12 sq km near Kupiansk this week.", P)
    assert (found.start, found.end) == (monday, P)


def test_the_liberated_area_is_n_is_land_taken_not_a_size() -> None:
    found = one(
        "In total, during the offensive in this direction, the liberated area is "
        "31 square kilometers."
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 31.0)
    assert (found.start, found.end) == (None, None)
    assert (
        extract(
            "The city's area is about 30 square kilometres.", published=P
        ).candidates
        == []
    )


# --- kind: "have controlled N since …" is ground gained since ------------------------


def test_a_perfect_of_control_since_a_start_is_a_change() -> None:
    found = one(
        "Since August 6, Ukrainian troops have controlled about 1,000 sq km of the "
        "Kursk region."
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "kursk")
    assert (found.start, found.end) == (date(2025, 8, 6), P)
    found = one("Ukrainian forces now control 800 sq km of the Kursk region.")
    assert (found.kind, found.start, found.end) == ("holding", P, P)


# --- dates: the full-scale invasion however it is written -----------------------------


def test_the_start_of_the_full_scale_war_or_invasion_is_the_invasion_day() -> None:
    for sentence in (
        "Russia has captured 70,000 sq km since the start of the full-scale war.",
        "Defense forces de-occupied more than 40,000 sq km since beginning of "
        "full-scale invasion of Russian Federation, - StratCom of AFU",
    ):
        found = one(sentence)
        assert (found.start, found.end) == (date(2022, 2, 24), P), sentence


def test_since_the_end_of_a_month_this_year_names_no_day() -> None:
    found = one(
        "Since the end of January this year, Ukrainian units have regained control "
        "over 400 square kilometers."
    )
    assert (found.start, found.end) == (None, P)
    found = one("Since mid-March this year, Russia has taken 3,000 sq km.")
    assert (found.start, found.end) == (date(2025, 3, 15), P)


# --- actor: a figure in a phrase before the main clause -------------------------------


def test_a_figure_fronted_before_the_main_clause_takes_its_subject() -> None:
    result = extract(
        "In addition to the 40 sq km taken near Pokrovsk last week, Russian forces "
        "have seized 25 sq km near Kupiansk.",
        published=P,
    )
    found = [(c.actor, c.region, c.start, c.end, c.area_km2) for c in result.candidates]
    assert found == [
        ("russia", "donetsk", date(2025, 11, 10), date(2025, 11, 16), 40.0),
        ("russia", "kharkiv", None, None, 25.0),
    ]


# --- region: "our Ukrainian land" is no place -----------------------------------------


def test_our_ukrainian_land_leaves_the_place_of_the_sentence_before() -> None:
    found = one(
        '"We are advancing near Robotyne. We have liberated about 2 square kilometres '
        'of our Ukrainian land," the commander said.'
    )
    assert (found.actor, found.region, found.bound) == (
        "ukraine",
        "zaporizhzhia",
        "approx",
    )
    found = one("Russia has seized 500 sq km of Ukrainian land in October.")
    assert found.region == "ukraine"


def test_a_goal_or_an_obligation_to_take_land_is_no_gain() -> None:
    for sentence in (
        "Putin has said Russia should take the whole 26,500 sq km of the Donetsk region.",
        "Moscow's goal is to take the remaining 30% of Donetsk, around 6,000 square "
        "kilometres.",
        "Russian forces must capture another 2,000 sq km to reach the city.",
    ):
        assert extract(sentence, published=P).candidates == [], sentence


def test_should_be_added_is_a_figure_told_not_a_wish() -> None:
    result = extract(
        "Russia captured 111 sq km in August. To these should be added the 201 sq km "
        "occupied in July.",
        published=P,
    )
    assert [(c.area_km2, c.start, c.end) for c in result.candidates] == [
        (111.0, date(2025, 8, 1), date(2025, 8, 31)),
        (201.0, date(2025, 7, 1), date(2025, 7, 31)),
    ]


def test_its_forces_in_a_mappers_figure_are_the_side_named_before() -> None:
    result = extract(
        "Russia's advance accelerated in November. Its forces seized 505 square "
        "kilometres over the month, DeepState data showed.",
        published=P,
    )
    found = [(c.actor, c.start, c.end, c.area_km2) for c in result.candidates]
    assert found == [("russia", date(2025, 11, 1), P, 505.0)]


# --- dates: the end of a year told as a quarter or as its last months -----------------


def test_the_final_quarter_and_the_last_months_of_a_year() -> None:
    for sentence in (
        "Russian troops advanced across 1,000 square kilometres in the final quarter "
        "of 2024.",
        "Russian troops took 1,000 square kilometres in 2024's final quarter.",
        "Russian troops advanced across 1,000 square kilometres in the last three "
        "months of 2024.",
    ):
        found = one(sentence)
        assert (found.start, found.end) == (date(2024, 10, 1), date(2024, 12, 31)), (
            sentence
        )
    found = one(
        "Russia took 700 sq km in the last two months of the year.", date(2025, 12, 5)
    )
    assert (found.start, found.end) == (date(2025, 11, 1), date(2025, 12, 5))


def test_km_sq_is_square_kilometres() -> None:
    found = one("Russia seized nearly 3,000 km sq in the Donetsk region this year.")
    assert (found.region, found.area_km2, found.bound) == ("donetsk", 3000.0, "approx")
    assert (found.start, found.end) == (date(2025, 1, 1), P)


# --- dates: a month or year that owns the gains ---------------------------------------


def test_a_month_or_year_before_a_noun_of_gain_is_its_period() -> None:
    found = one("Moscow's September advance of 470 sq km was its largest this year.")
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 9, 30))
    found = one("Russia's October haul: 460 square kilometres")
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 10, 31))
    found = one("Russia's 2024 gains amounted to 4,168 square kilometres.")
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_the_area_of_an_advance_told_over_the_past_day_takes_that_day() -> None:
    result = extract(
        "Ukrainian forces advanced up to 2 kilometres near Robotyne over the past day. "
        "The area liberated amounted to 4 square kilometres, the general staff said.",
        published=P,
    )
    found = [(c.actor, c.region, c.start, c.end, c.area_km2) for c in result.candidates]
    assert found == [("ukraine", "zaporizhzhia", P, P, 4.0)]


def test_a_place_the_figure_includes_is_not_its_place() -> None:
    found = one(
        "The occupied territories, roughly 113,000 square kilometres, include Crimea."
    )
    assert (found.kind, found.actor, found.region) == ("holding", "russia", "ukraine")
    found = one("Russian gains in October included 200 km2 in Donetsk.")
    assert (found.region, found.area_km2) == ("donetsk", 200.0)


def test_an_average_told_with_was_is_a_rate() -> None:
    result = extract(
        "The weekly average of Russian gains was 110 square kilometres in October.",
        published=P,
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded] == ["rate"]


def test_a_refused_offered_tried_or_conditional_gain_is_no_record() -> None:
    for sentence in (
        "Zelensky has refused to cede 6,600 square kilometres to Russia.",
        "Russia offered to hand back 1,000 sq km in the Kharkiv region in exchange.",
        "Moscow is demanding the withdrawal of Ukrainian troops from 6,600 km2.",
        "Ukraine rejected calls to abandon 6,600 sq km in the Donbas.",
        "Had Ukraine not counterattacked, Russia would have taken 1,000 sq km more.",
        "Russian forces tried to capture 50 sq km near Kupiansk but failed.",
    ):
        assert extract(sentence, published=P).candidates == [], sentence
    found = one(
        "Russia's offensive to capture Pokrovsk has gained 300 sq km since August."
    )
    assert (found.actor, found.region, found.start) == (
        "russia",
        "donetsk",
        date(2025, 8, 1),
    )


def test_a_negation_stops_at_the_next_clause() -> None:
    found = one("Ukraine tried and failed to hold the town, and Russia took 20 sq km.")
    assert (found.actor, found.area_km2) == ("russia", 20.0)
    result = extract(
        "Moscow demands that Kyiv withdraw, and that it cede 6,600 sq km.", published=P
    )
    assert result.candidates == []


def test_a_second_estimate_of_the_same_figure_borrows_its_unit() -> None:
    result = extract(
        "Russia claims to have captured 600 sq km in October, a figure DeepState puts "
        "at 450.",
        published=P,
    )
    found = [(c.actor, c.start, c.end, c.area_km2) for c in result.candidates]
    october = (date(2025, 10, 1), date(2025, 10, 31))
    assert found == [("russia", *october, 600.0), ("russia", *october, 450.0)]


# --- region: the place of the event that dates a figure of Ukrainian land -------------


def test_the_place_of_the_event_that_dates_a_loss_of_ukrainian_land_is_not_its_place() -> (
    None
):
    found = one(
        "Ukraine has lost 900 square kilometers of its own territory since the launch "
        "of the Kursk Oblast incursion, analysts said."
    )
    assert (found.actor, found.region) == ("russia", "ukraine")
    found = one(
        "Ukrainian troops have taken 1,000 sq km since the launch of the Kursk Oblast "
        "incursion, analysts said."
    )
    assert (found.actor, found.region) == ("ukraine", "kursk")


def test_several_hundred_or_a_few_thousand_square_kilometres_is_no_figure() -> None:
    for sentence in (
        "Russia captured several hundred square kilometres in October.",
        "Russia captured a few thousand square kilometres in 2024.",
    ):
        assert extract(sentence, published=P).candidates == [], sentence
    found = one("Russia captured a thousand square kilometres in 2024.")
    assert found.area_km2 == 1000.0


def test_land_the_occupiers_were_pushed_back_from_is_ukraines_gain() -> None:
    result = extract(
        "Zelensky visited the front near Kupiansk. He said the army had pushed the "
        "occupiers back from 30 square kilometres in the past month.",
        published=P,
    )
    found = [(c.actor, c.region, c.start, c.end) for c in result.candidates]
    assert found == [("ukraine", "kharkiv", date(2025, 10, 22), P)]


def test_the_past_year_is_twelve_months_except_in_january() -> None:
    found = one("Russia captured 3,000 sq km over the past year.")
    assert (found.start, found.end) == (date(2024, 11, 21), P)
    found = one("Russia captured 3,600 sq km in the past year.", date(2025, 1, 5))
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 12, 31))
    found = one("Russia captured 3,600 sq km last year.")
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_from_mid_month_to_mid_month_runs_from_the_15th_to_the_15th() -> None:
    found = one("Russia captured 300 sq km from mid-October to mid-November.")
    assert (found.start, found.end) == (date(2025, 10, 15), date(2025, 11, 15))
    found = one("Russia captured 500 sq km between mid-September and mid-October.")
    assert (found.start, found.end) == (date(2025, 9, 15), date(2025, 10, 15))


def test_a_dozen_square_kilometres_is_twelve() -> None:
    found = one("Russia captured a dozen square kilometres near Lyman.")
    assert (found.region, found.area_km2, found.bound) == ("donetsk", 12.0, "exact")


def test_territorial_losses_and_land_conceded_are_the_other_sides_gain() -> None:
    found = one(
        "Kyiv's territorial losses in October amounted to 460 square kilometres."
    )
    assert (found.actor, found.start) == ("russia", date(2025, 10, 1))
    found = one(
        "Russia's territorial losses in Kursk amounted to 1,300 sq km in August 2024."
    )
    assert (found.actor, found.region) == ("ukraine", "kursk")
    found = one("Ukraine conceded roughly 50 sq km near Siversk last week.")
    assert (found.actor, found.region, found.bound) == ("russia", "donetsk", "approx")


def test_consolidated_control_over_is_a_gain_of_control() -> None:
    found = one(
        "Russian troops consolidated control over 35 sq km near Pokrovsk in the past week."
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2025, 11, 14), P)


def test_other_spellings_of_front_towns_give_their_oblast() -> None:
    for town, oblast in (
        ("Hulyaipole", "zaporizhzhia"),
        ("Orekhov", "zaporizhzhia"),
        ("Rabotino", "zaporizhzhia"),
        ("Krasny Liman", "donetsk"),
    ):
        found = one(f"Russian forces captured 20 sq km near {town} in October.")
        assert found.region == oblast, town


def test_the_ukrainian_adjectival_oblast_names_place_a_figure() -> None:
    found = one("Russian forces captured 20 sq km in Donetska oblast in October.")
    assert found.region == "donetsk"
    found = one("Russian forces captured 20 sq km in Kharkivska oblast in October.")
    assert found.region == "kharkiv"


def test_a_day_written_with_dots_is_read() -> None:
    found = one("As of 15.10.2025, Russia occupied 116,000 sq km.")
    assert (found.kind, found.start, found.end) == (
        "holding", date(2025, 10, 15), date(2025, 10, 15),
    )  # fmt: skip
    found = one("Between 01.09.2025 and 30.09.2025, Russian forces took 259 sq km.")
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 9, 30))
