"""Structures of English that new text brings, each pinned on a sentence written
for it (none is taken from any corpus): the place of a part is not the place of
the whole, a time word that only places an event is no period, and so on. Each
test names the class it holds, so a change that breaks it says which."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract
from frontline.extract.figure import NO_VERB


def one(sentence: str, published: date):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


# --- region: a part's place is not the whole figure's -------------------------------


def test_a_share_of_the_gains_placed_after_the_figure_leaves_it_whole_country() -> None:
    # "with most of its gains in R": R holds a part, the figure is the front's.
    found = one(
        "Moscow's army took some 2,800 sq km over the year, with most of its "
        "advances in the Zaporizhzhia region.",
        date(2024, 1, 3),
    )
    assert (found.region, found.area_km2) == ("ukraine", 2800.0)


def test_a_fraction_of_the_figure_that_was_somewhere_leaves_it_whole_country() -> None:
    found = one(
        "Of the 1,900 sq km Russian troops seized in the spring, "
        "about a third was in the Kharkiv region.",
        date(2025, 6, 20),
    )
    assert found.region == "ukraine"
    assert (found.start, found.end) == (date(2025, 3, 1), date(2025, 5, 31))


def test_a_place_of_the_figure_itself_before_a_share_still_counts() -> None:
    found = one(
        "Russian forces gained 310 sq km in the Donetsk region in May, "
        "most of the gains near two towns.",
        date(2025, 6, 2),
    )
    assert found.region == "donetsk"


# --- dates: a time word that places an event inside a period is no period -----------


def test_earlier_or_later_in_a_period_dates_no_period() -> None:
    # Some day(s) of the month, not the month: start and end are left open.
    found = one(
        "Later in the week, Ukrainian units retook 9 square kilometres near Siversk.",
        date(2025, 8, 14),
    )
    assert (found.start, found.end) == (None, None)
    found = one(
        "Earlier this year, Russian troops captured 60 square kilometres around Lyman.",
        date(2025, 8, 14),
    )
    assert (found.start, found.end) == (None, None)
    assert found.problems


# --- actor: who lost is not who gained; a ministry's own groups speak for it ---------


def test_a_side_driven_back_in_a_passive_is_the_loser() -> None:
    found = one(
        "Near Stepove the invaders have been pushed back and 4 square kilometres "
        "were liberated, the brigade said.",
        date(2025, 4, 2),
    )
    assert found.actor == "ukraine"


def test_a_russian_group_of_forces_makes_a_bare_liberated_russian() -> None:
    found = one(
        "Units of the Vostok group took two villages. Since January the troops "
        "have liberated 640 square kilometres, the ministry said.",
        date(2025, 5, 20),
    )
    assert found.actor == "russia"


# --- kind: a level that moved is a holding of a stock, a change of a flow ------------


def test_a_stock_that_rose_to_a_level_is_a_holding_on_that_day() -> None:
    found = one(
        "The land under Russian control climbed to 117,200 square kilometres "
        "by the end of October.",
        date(2025, 11, 4),
    )
    assert (found.kind, found.actor) == ("holding", "russia")
    assert (found.start, found.end) == (date(2025, 10, 31), date(2025, 10, 31))


def test_reducing_the_area_a_side_holds_to_a_level_is_its_holding() -> None:
    found = one(
        "Counterattacks have reduced the territory held by Kyiv's troops in the "
        "Kursk region to about 350 square kilometres.",
        date(2025, 2, 1),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kursk")
    assert (found.end, found.bound) == (date(2025, 2, 1), "approx")


def test_a_flow_that_fell_to_a_level_is_a_change_over_its_period() -> None:
    result = extract(
        "Moscow's weekly gains dropped to 85 square kilometres last week from "
        "160 the week before.",
        published=date(2025, 3, 12),
    )
    got = [(c.kind, c.area_km2, c.start, c.end) for c in result.candidates]
    assert got == [
        ("change", 85.0, date(2025, 3, 3), date(2025, 3, 9)),
        ("change", 160.0, date(2025, 2, 24), date(2025, 3, 2)),
    ]


def test_since_the_start_of_the_week_runs_from_its_monday() -> None:
    found = one(
        "Russian units have gained 37 square kilometres since the beginning of "
        "the week.",
        date(2025, 5, 15),  # a Thursday
    )
    assert (found.start, found.end) == (date(2025, 5, 12), date(2025, 5, 15))


def test_since_an_event_on_a_named_day_starts_on_that_day() -> None:
    # A long clause between "since" and the day still names the day.
    found = one(
        "Moscow's troops have seized around 90 sq km since they opened a new "
        "push towards the border town on June 3.",
        date(2025, 6, 12),
    )
    assert (found.start, found.end) == (date(2025, 6, 3), date(2025, 6, 12))


def test_since_a_period_as_of_a_day_still_ends_on_that_day() -> None:
    found = one(
        "Russia had taken some 2,000 sq km since the start of the year as of May 4.",
        date(2025, 5, 9),
    )
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 5, 4))


def test_it_or_they_as_subject_is_the_side_of_the_sentence_before() -> None:
    result = extract(
        "Ukraine's army retook 30 sq km in the south in June. In the Luhansk "
        "region, they regained 4 sq km over the same period.",
        published=date(2023, 7, 2),
    )
    assert [(c.actor, c.region) for c in result.candidates] == [
        ("ukraine", "ukraine"),
        ("ukraine", "luhansk"),
    ]
    result = extract(
        "Russia seized 510 sq km in October. Near Kupiansk, it regained "
        "20 sq km over the same period.",
        published=date(2025, 11, 2),
    )
    assert [(c.actor, c.region) for c in result.candidates][1] == ("russia", "kharkiv")


def test_a_side_owning_a_foothold_named_after_a_region_is_the_actor() -> None:
    found = one(
        "Kyiv's Kursk bridgehead shrank to 310 square kilometres by March 1.",
        date(2025, 3, 5),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kursk")
    assert found.end == date(2025, 3, 1)


# --- dates: more ways to name a period ------------------------------------------------


def test_a_month_of_this_or_last_year_is_that_calendar_month() -> None:
    found = one(
        "In February this year, Russian forces captured about 380 sq km.",
        date(2026, 4, 10),
    )
    assert (found.start, found.end) == (date(2026, 2, 1), date(2026, 2, 28))
    found = one("This March, Ukrainian troops retook 12 sq km.", date(2025, 5, 2))
    assert (found.start, found.end) == (date(2025, 3, 1), date(2025, 3, 31))
    found = one(
        "In October last year, Russian troops seized 590 sq km.", date(2025, 2, 7)
    )
    assert (found.start, found.end) == (date(2024, 10, 1), date(2024, 10, 31))


def test_a_running_total_ends_on_the_day() -> None:
    # "totaling", "has now reached": a total so far, from no day named.
    result = extract(
        "Ukrainian troops retook 6 sq km this week, totaling 140 sq km in the "
        "east. The area returned to Kyiv's control has now reached 150 sq km.",
        published=date(2023, 8, 4),
    )
    got = [(c.area_km2, c.start, c.end) for c in result.candidates]
    assert got == [
        (6.0, date(2023, 7, 31), date(2023, 8, 4)),
        (140.0, None, date(2023, 8, 4)),
        (150.0, None, date(2023, 8, 4)),
    ]


def test_by_this_year_is_the_year_so_far() -> None:
    found = one(
        "The general said that by 2025, his troops had taken 3,900 sq km of land.",
        date(2025, 11, 30),
    )
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 11, 30))


def test_as_of_an_hour_on_a_day_is_that_day() -> None:
    found = one(
        "As of 9 a.m. on 4 March 2026, 212 sq km have been liberated in total.",
        date(2026, 3, 5),
    )
    assert (found.start, found.end) == (None, date(2026, 3, 4))


def test_from_the_start_of_a_month_until_today() -> None:
    found = one(
        "From the start of June until today, the army has liberated 90 sq km, "
        "Kyiv said.",
        date(2023, 7, 11),
    )
    assert (found.start, found.end, found.actor) == (
        date(2023, 6, 1),
        date(2023, 7, 11),
        "ukraine",
    )


def test_said_on_a_weekday_and_date_is_the_statement_day() -> None:
    found = one(
        "Since the start of the month, Russian units have gained 260 sq km, the "
        "commander said on Friday, 14 March.",
        date(2025, 3, 16),
    )
    assert (found.start, found.end) == (date(2025, 3, 1), date(2025, 3, 14))


def test_a_figure_in_donbas_is_a_figure_of_several_oblasts() -> None:
    found = one(
        "Moscow's forces advanced 210 sq km in Donbas last month.", date(2025, 8, 3)
    )
    assert found.region == "ukraine"


def test_a_month_that_dates_the_start_of_an_event_is_no_period_of_the_figure() -> None:
    # The month dates the launch; the figure that follows has no days of its own.
    found = one(
        "Kyiv opened a surprise cross-border push into Russia\u2019s Belgorod "
        "region in March 2024, briefly capturing 60 square kilometres.",
        date(2025, 1, 10),
    )
    assert (found.start, found.end) == (None, None)
    found = one(
        "Since the beginning of the assault operations in May 2024, Russian "
        "troops have taken 700 sq km near Kharkiv.",
        date(2024, 9, 2),
    )
    assert (found.start, found.end) == (None, date(2024, 9, 2))


def test_several_oblasts_listed_before_a_plural_noun_mean_the_whole_front() -> None:
    found = one(
        "Russian units took 45 villages in the Kharkiv and Luhansk regions and "
        "the Donetsk People's Republic in May, seizing about 600 square kilometres.",
        date(2025, 6, 3),
    )
    assert found.region == "ukraine"
    assert (found.start, found.end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_a_bare_liberated_goes_on_with_the_side_that_liberated_before() -> None:
    result = extract(
        "In March, the Russian army liberated 19 villages. Altogether, about 410 "
        "square kilometres were liberated, the expert said.",
        published=date(2025, 4, 2),
    )
    assert [(c.actor, c.area_km2) for c in result.candidates] == [("russia", 410.0)]


def test_a_figure_on_an_axis_of_no_known_oblast_has_no_region() -> None:
    result = extract(
        "Our brigades keep attacking on the Prymorske axis. Over the month they "
        "regained 48 sq km. Since the start of the push, 120 sq km are back "
        "under our control.",
        published=date(2025, 10, 31),
    )
    assert [(c.area_km2, c.region) for c in result.candidates] == [
        (48.0, ""),
        (120.0, ""),
    ]
    assert all("region unknown" in " ".join(c.problems) for c in result.candidates)
    # A known place keeps its oblast; a compass word is no place name.
    found = one(
        "Russian troops took 30 sq km in the Pokrovsk direction last week.",
        date(2025, 3, 12),
    )
    assert found.region == "donetsk"
    found = one(
        "Ukrainian forces regained 25 sq km on the southern axis in June.",
        date(2023, 7, 3),
    )
    assert found.region == "ukraine"


def test_an_editors_inserted_square_makes_kilometres_an_area() -> None:
    found = one(
        '"Our units have freed 75 [square] kilometres this week," he said.',
        date(2024, 8, 16),
    )
    assert found.area_km2 == 75.0
    assert (
        extract(
            "Troops advanced 75 kilometres.", published=date(2024, 8, 16)
        ).candidates
        == []
    )


def test_a_sentence_announcing_the_gains_of_a_period_dates_the_next_figure() -> None:
    result = extract(
        "Analysts questioned Moscow's claims about the seizure of land in 2025. "
        "Russian generals say their forces have captured some 5,000 square "
        "kilometres.",
        published=date(2025, 12, 20),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 12, 20))
    assert any("announces" in problem for problem in found.problems)
    # A sentence that only dates an event announces nothing.
    result = extract(
        "The general visited the front in March. Russian forces have captured "
        "some 5,000 square kilometres.",
        published=date(2025, 12, 20),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (None, None)


# --- clauses: a relative clause's verb, day and side are its own ---------------------


def test_a_share_in_a_region_with_a_relative_clause_goes_on_with_the_figure() -> None:
    result = extract(
        "In August Russian troops took 420 sq km. About half, or 210 sq km, are "
        "in the Luhansk region, parts of which have been controlled by Kremlin proxies "
        "since 2014.",
        published=date(2025, 9, 3),
    )
    got = [
        (c.kind, c.actor, c.region, c.start, c.end, c.area_km2)
        for c in result.candidates
    ]
    assert got[1] == (
        "change",
        "russia",
        "luhansk",
        date(2025, 8, 1),
        date(2025, 8, 31),
        210.0,
    )


def test_since_doing_something_in_a_month_dates_the_event_not_the_figure() -> None:
    found = one(
        "Kyiv's troops seized 900 sq km in the first weeks since crossing into "
        "the Belgorod region in March.",
        date(2025, 6, 1),
    )
    assert (found.start, found.end) == (None, None)


def test_a_quote_dated_after_it_closes_runs_to_the_day_it_was_said() -> None:
    result = extract(
        "\u201cSince the start of the month our units have freed 310 square "
        "kilometres. The offensive goes on,\u201d the commander said in a video "
        "on Tuesday, 9 September.",
        published=date(2025, 9, 11),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 9, 9))
    assert found.actor == "ukraine"


def test_a_when_clause_after_combined_takes_the_period_it_hangs_on() -> None:
    result = extract(
        "Russia took 2,000 sq km in the first half of 2025, more than in the "
        "previous two years combined, when it took 1,300 sq km.",
        published=date(2025, 7, 2),
    )
    got = [(c.area_km2, c.start, c.end) for c in result.candidates]
    assert got == [
        (2000.0, date(2025, 1, 1), date(2025, 6, 30)),
        (1300.0, date(2023, 1, 1), date(2024, 12, 31)),
    ]


def test_a_comparison_figure_with_a_vague_time_of_its_own_takes_no_days() -> None:
    result = extract(
        "Russian troops have now taken 1,900 sq km in the Donetsk region this "
        "year, up from 1,400 at the end of May.",
        published=date(2025, 8, 12),
    )
    got = [(c.area_km2, c.start, c.end) for c in result.candidates]
    assert got[0] == (1900.0, date(2025, 1, 1), date(2025, 8, 12))
    assert got[1][1:] != (date(2025, 1, 1), date(2025, 8, 12))
    assert result.candidates[1].problems


def test_land_of_ongoing_advances_is_no_record() -> None:
    result = extract(
        "Moscow held 120,000 sq km on that day, plus 9,000 sq km of ongoing advances.",
        published=date(2024, 3, 1),
    )
    assert [c.area_km2 for c in result.candidates] == [120000.0]


def test_over_the_year_in_the_first_week_of_january_is_the_year_just_ended() -> None:
    found = one(
        "Russian forces captured 3,700 sq km over the year, DeepState said.",
        date(2025, 1, 3),
    )
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 12, 31))
    found = one(
        "Russian forces captured 2,900 sq km over the year, DeepState said.",
        date(2025, 9, 3),
    )
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 9, 3))


def test_an_abbreviated_month_with_its_dot_ends_a_span_on_its_day() -> None:
    found = one(
        "Russian forces took 175 sq km in the week ending Oct. 19.", date(2025, 10, 21)
    )
    assert (found.start, found.end) == (date(2025, 10, 13), date(2025, 10, 19))
    found = one(
        "Russian forces took 540 sq km in the month to Sept. 30.", date(2025, 10, 2)
    )
    # To a month's last day: the calendar month.
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_figure_estimated_in_the_passive_is_approximate() -> None:
    found = one(
        "Ukrainian units are estimated to have retaken 45 sq km near Kupiansk "
        "in October.",
        date(2025, 11, 3),
    )
    assert found.bound == "approx"


def test_the_side_cleared_or_ousted_from_land_lost_it() -> None:
    found = one(
        "The brigade said its fighters had cleared the Russians from 7 square "
        "kilometres near Lyman last week.",
        date(2025, 6, 11),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "donetsk")
    assert NO_VERB not in found.problems
    found = one(
        "Moscow's troops ousted Ukrainian units from 9 sq km of the Kursk region "
        "in January.",
        date(2025, 2, 3),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "kursk")


# --- "the figure": the same measure told again for another period ---------------------


def test_the_figure_in_another_period_goes_on_with_the_measure_before() -> None:
    result = extract(
        "Russian troops seized 530 square kilometres in August, the analysts "
        "said. In July, the figure was 610 square kilometres.",
        published=date(2025, 9, 2),
    )
    got = [(c.kind, c.actor, c.start, c.area_km2) for c in result.candidates]
    assert got == [
        ("change", "russia", date(2025, 8, 1), 530.0),
        ("change", "russia", date(2025, 7, 1), 610.0),
    ]


def test_the_figure_dropping_to_a_bare_number_is_a_change_in_its_period() -> None:
    result = extract(
        "From March to May, Moscow's forces took 1,450 sq km; in June, the "
        "figure fell to 390.",
        published=date(2025, 7, 4),
    )
    got = [(c.kind, c.start, c.end, c.area_km2) for c in result.candidates]
    assert got[1] == ("change", date(2025, 6, 1), date(2025, 6, 30), 390.0)


def test_russian_land_with_no_oblast_named_is_never_a_russia_region() -> None:
    # Taken by Ukraine during the Kursk incursion: Kursk, for a reviewer to check.
    found = one(
        "Ukrainian troops now hold about 900 sq km of Russian territory, the "
        "commander said.",
        date(2024, 9, 20),
    )
    assert (found.actor, found.region) == ("ukraine", "kursk")
    assert any("kursk" in problem for problem in found.problems)
    # At another time the words name no oblast: left open.
    found = one(
        "Ukrainian troops seized 20 sq km of Russian territory in a raid last week.",
        date(2023, 6, 1),
    )
    assert found.region == ""
    assert found.problems


def test_has_since_runs_from_the_day_named_before_to_the_day() -> None:
    found = one(
        "Moscow opened a new push near Vovchansk on June 2 and has since seized "
        "75 sq km.",
        date(2024, 6, 21),
    )
    assert (found.start, found.end) == (date(2024, 6, 2), date(2024, 6, 21))
    result = extract(
        "Ukrainian troops crossed into the Kursk region in August. They have "
        "since captured 1,200 sq km.",
        published=date(2024, 9, 5),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (date(2024, 8, 1), date(2024, 9, 5))
    found = one("Since then, Russian troops have taken 40 sq km.", date(2024, 9, 5))
    assert (found.start, found.end) == (None, date(2024, 9, 5))
    assert found.problems


def test_a_loss_told_in_the_participle_is_the_other_sides_gain() -> None:
    found = one(
        "Ukraine's army had a bad month, ceding roughly 300 sq km in January.",
        date(2025, 2, 2),
    )
    assert (found.kind, found.actor, found.bound) == ("change", "russia", "approx")


def test_a_period_of_no_days_between_a_dated_one_and_the_figure_is_its_own() -> None:
    found = one(
        "Over the past week our units advanced on two fronts, and in all during "
        "the offensive they have freed 64 sq km, the spokesman said.",
        date(2023, 8, 20),
    )
    assert (found.start, found.end) == (None, None)
    found = one(
        "During the counteroffensive in the past week, Kyiv's troops freed 9 sq km.",
        date(2023, 8, 20),
    )
    assert (found.start, found.end) == (date(2023, 8, 14), date(2023, 8, 20))


def test_a_period_closing_a_list_is_every_listed_figures() -> None:
    result = extract(
        "Ukrainian units retook 14 sq km, 9 sq km and 6 sq km around three "
        "villages in the past week.",
        published=date(2023, 9, 10),
    )
    got = [(c.area_km2, c.start, c.end) for c in result.candidates]
    week = (date(2023, 9, 4), date(2023, 9, 10))
    assert got == [(14.0, *week), (9.0, *week), (6.0, *week)]


def test_more_frontline_villages_name_their_oblast() -> None:
    found = one(
        "Russian troops took 11 sq km around Udachne and Kotlyne last week.",
        date(2025, 1, 15),
    )
    assert found.region == "donetsk"
    found = one(
        "Ukrainian units retook 5 sq km near Kozacha Lopan in May.", date(2024, 6, 2)
    )
    assert found.region == "kharkiv"


def test_an_area_attacked_with_no_verb_of_control_is_no_record() -> None:
    result = extract(
        "Russian artillery pounded a 25 square kilometre zone near Nikopol.",
        published=date(2025, 3, 12),
    )
    assert result.candidates == []
    # A verb of control keeps the figure, whatever else the sentence says.
    found = one(
        "After shelling the town, Russian troops captured 8 sq km in March.",
        date(2025, 4, 2),
    )
    assert found.area_km2 == 8.0


def test_a_part_of_a_figure_with_its_unit_left_out_is_read_in_its_place() -> None:
    result = extract(
        "Of the 640 sq km Russian forces took in March, 210 were near Toretsk.",
        published=date(2025, 4, 3),
    )
    got = [(c.area_km2, c.region, c.start, c.end) for c in result.candidates]
    month = (date(2025, 3, 1), date(2025, 3, 31))
    assert got == [(640.0, "ukraine", *month), (210.0, "donetsk", *month)]


def test_a_participle_or_idiom_of_more_or_less_before_the_number_bounds_it() -> None:
    found = one(
        "Russia occupied an area exceeding 500 sq km in October.", date(2025, 11, 2)
    )
    assert found.bound == "at_least"
    found = one("Russian troops seized north of 400 sq km in May.", date(2025, 6, 2))
    assert found.bound == "at_least"
    found = one("Ukraine has retaken just shy of 100 sq km in May.", date(2025, 6, 2))
    assert found.bound == "at_most"


def test_more_ways_to_say_a_period_so_far_or_no_period() -> None:
    found = one(
        "In the period from Feb. 1 to date, Russian forces took 310 sq km.",
        date(2025, 3, 10),
    )
    assert (found.start, found.end) == (date(2025, 2, 1), date(2025, 3, 10))
    found = one("Russia's year-to-date gains are 900 sq km.", date(2025, 3, 10))
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 3, 10))
    found = one("Russian forces took 95 sq km this past week.", date(2025, 3, 10))
    assert (found.start, found.end) == (date(2025, 3, 4), date(2025, 3, 10))
    # "late last year": some days of it, none named.
    found = one("Russian forces took 300 sq km late last year.", date(2025, 3, 10))
    assert (found.start, found.end) == (None, None)


# --- holdings: the whole, its share, and what it lists ---------------------------


def test_a_date_in_an_including_list_is_the_listed_things_not_the_figures() -> None:
    found = one(
        "Moscow's troops hold about 114,000 sq km, including Crimea, annexed in 2014.",
        date(2025, 6, 1),
    )
    assert (found.kind, found.start, found.end) == (
        "holding",
        date(2025, 6, 1),
        date(2025, 6, 1),
    )


def test_the_area_under_occupation_is_a_holding() -> None:
    found = one(
        "The land under Russian occupation is now 116,500 sq km.", date(2025, 9, 1)
    )
    assert (found.kind, found.actor, found.end) == (
        "holding",
        "russia",
        date(2025, 9, 1),
    )


def test_a_perfect_of_a_share_of_the_whole_region_is_a_holding_now() -> None:
    found = one(
        "Russia has seized 98% of the Luhansk region, some 26,300 sq km.",
        date(2025, 6, 1),
    )
    assert (found.kind, found.region, found.end) == (
        "holding",
        "luhansk",
        date(2025, 6, 1),
    )


def test_land_taken_spanning_an_area_is_a_record_not_a_size() -> None:
    found = one(
        "Kyiv's forces freed territory spanning 30 sq km near Lyman in May.",
        date(2025, 6, 2),
    )
    assert (found.kind, found.actor, found.area_km2) == ("change", "ukraine", 30.0)
    # A place's own size stays a size.
    result = extract(
        "Luhansk, covering 26,700 sq km, is occupied.", published=date(2025, 6, 2)
    )
    assert result.candidates == []


def test_a_months_gains_named_before_the_figure_date_it() -> None:
    found = one("Russia's October gains amounted to 510 sq km.", date(2025, 11, 3))
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 10, 31))


def test_a_gain_that_may_come_is_no_record() -> None:
    result = extract(
        "Russian troops may seize another 300 sq km by the autumn.",
        published=date(2025, 6, 2),
    )
    assert result.candidates == []
    # The month May is no modal verb.
    found = one("In May Russian troops seized 300 sq km.", date(2025, 6, 2))
    assert found.start == date(2025, 5, 1)


def test_a_figure_compared_with_a_local_one_is_of_the_same_place() -> None:
    result = extract(
        "Russian units took 14 sq km around Kupiansk last week, against 22 sq km "
        "of Ukrainian land the week before.",
        published=date(2025, 10, 15),
    )
    assert [c.region for c in result.candidates] == ["kharkiv", "kharkiv"]


def test_a_list_of_local_gains_repeats_the_unit_before_each_place() -> None:
    # "N sq km near A, M near B and K near C": each bare number is its own gain.
    result = extract(
        "The invaders gained 12 sq km near Toretsk, 9 near Kupiansk and 7 near "
        "Robotyne during the past seven days.",
        published=date(2025, 9, 8),
    )
    found = [(c.area_km2, c.region, c.start) for c in result.candidates]
    assert found == [
        (12.0, "donetsk", date(2025, 9, 2)),
        (9.0, "kharkiv", date(2025, 9, 2)),
        (7.0, "zaporizhzhia", date(2025, 9, 2)),
    ]


def test_a_side_that_disputes_a_claim_leaves_the_claim_a_record() -> None:
    # "disputed" as a verb denies a figure; only "disputed land" is no one's.
    found = one(
        "Moscow said its troops took 900 sq km in March; Kyiv disputed the claim.",
        date(2025, 4, 2),
    )
    assert (found.actor, found.area_km2, found.start) == (
        "russia",
        900.0,
        date(2025, 3, 1),
    )
    result = extract(
        "About 40 sq km near Siversk remain disputed, the monitors said.",
        published=date(2025, 4, 2),
    )
    assert result.candidates == []


def test_a_peak_named_a_few_words_after_a_holding_dates_no_day() -> None:
    found = one(
        "Kyiv's units have left the Kursk pocket, where they controlled 1,100 sq km "
        "of land at the peak.",
        date(2025, 4, 2),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kursk")
    assert (found.start, found.end) == (None, None)


def test_land_lost_to_a_side_named_after_the_figure_is_that_sides_gain() -> None:
    # A passive loss with no subject: the side after "to" is the one that gained.
    found = one(
        "In August, 410 sq km of Ukrainian land were lost to the invaders' army.",
        date(2025, 9, 3),
    )
    assert (found.actor, found.start, found.end) == (
        "russia",
        date(2025, 8, 1),
        date(2025, 8, 31),
    )


def test_a_ranking_set_between_the_figure_and_its_period_lends_it_no_period() -> None:
    # ", the smallest monthly tally this year," ranks the figure; "in July" dates it.
    found = one(
        "Moscow's troops took 380 sq km, the smallest monthly tally this year, in July.",
        date(2025, 8, 4),
    )
    assert (found.start, found.end) == (date(2025, 7, 1), date(2025, 7, 31))
    # A 'when' after the ranking's date still dates the figure in it.
    result = extract(
        "Moscow's troops took 380 sq km in July, the least since March 2024, when "
        "they took 300.",
        published=date(2025, 8, 4),
    )
    assert [(c.area_km2, c.start) for c in result.candidates] == [
        (380.0, date(2025, 7, 1)),
        (300.0, date(2024, 3, 1)),
    ]


def test_a_ukrainian_holding_of_no_named_place_leaves_the_region_open() -> None:
    # Kyiv's hold of an unnamed place is no whole-front figure; Moscow's is.
    found = one(
        "Ukrainian units still hold about 450 sq km, their commander said.",
        date(2025, 2, 11),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "")
    found = one("Russian troops now hold 112,000 sq km.", date(2025, 2, 11))
    assert (found.kind, found.region) == ("holding", "ukraine")


def test_a_share_told_of_that_takes_the_period_of_the_sentence_before() -> None:
    result = extract(
        "Moscow's forces gained 480 sq km in June. Of that, 300 sq km lay in the "
        "Donetsk region.",
        published=date(2025, 7, 3),
    )
    found = [(c.area_km2, c.region, c.start, c.end) for c in result.candidates]
    assert found[1] == (300.0, "donetsk", date(2025, 6, 1), date(2025, 6, 30))


def test_land_given_back_to_farmers_is_no_record_in_hectares_or_km2() -> None:
    result = extract(
        "Some 90,000 hectares of farmland have been restored to Ukrainian farmers "
        "this year, and growers have regained access to 300 sq km more.",
        published=date(2025, 5, 6),
    )
    assert result.candidates == []


def test_land_returned_to_use_or_still_hazardous_is_no_record() -> None:
    result = extract(
        "Some 9,000 sq km of Ukrainian farmland remain hazardous, while 4,000 sq km "
        "have been returned to use since spring, the agency said.",
        published=date(2025, 5, 6),
    )
    assert result.candidates == []


def test_sizes_of_places_in_brackets_after_a_comparison_are_no_record() -> None:
    result = extract(
        "Moscow's troops took some 1,900 sq km this year. That is comparable to "
        "the Faroe-sized island of Mallorca (3,640 sq km) or Luxembourg's land area "
        "(2,586 sq km).",
        published=date(2025, 5, 6),
    )
    assert [c.area_km2 for c in result.candidates] == [1900.0]
    # A gain compared with a bracketed gain is not a size.
    result = extract(
        "Russian troops took 2,000 sq km this year, four times larger than all "
        "of last year's gains (500 sq km).",
        published=date(2025, 5, 6),
    )
    assert sorted(c.area_km2 for c in result.candidates) == [500.0, 2000.0]


def test_the_south_of_the_country_is_the_whole_front_after_a_local_figure() -> None:
    result = extract(
        "Kyiv's army has freed 9 sq km around Klishchiivka and 60 sq km in the south "
        "of the country since June 4.",
        published=date(2023, 7, 1),
    )
    assert [(c.area_km2, c.region) for c in result.candidates] == [
        (9.0, "donetsk"),
        (60.0, "ukraine"),
    ]


def test_land_left_in_the_hands_of_a_side_is_that_sides_gain() -> None:
    # The subject retreated; the side whose hands hold the land gained it.
    found = one(
        "The invaders fell back on Friday, leaving 300 sq mi back in the hands of "
        "Ukraine, the general said.",
        date(2022, 9, 20),
    )
    assert (found.kind, found.actor, found.area_km2) == (
        "change",
        "ukraine",
        776.9964331008,
    )
    assert found.region == "ukraine"  # no place named: the holder is no place


def test_land_cleared_of_the_enemy_is_a_gain_and_land_cleared_of_mines_is_not() -> None:
    found = one(
        '"Near Pokrovsk, our assault units cleared 7 square kilometres of Russian '
        'infantry over the past week," Syrskyi said.',
        date(2025, 10, 6),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "donetsk")
    assert (found.start, found.end) == (date(2025, 9, 30), date(2025, 10, 6))
    result = extract(
        "Sappers cleared 7 square kilometres of mines near Pokrovsk.",
        published=date(2025, 10, 6),
    )
    assert result.candidates == []


def test_the_size_of_a_settlement_is_no_record() -> None:
    result = extract(
        "Taking Vuhledar, a town of about 6 square miles, gives Moscow little.",
        published=date(2024, 10, 3),
    )
    assert result.candidates == []


def test_this_region_points_to_the_oblast_named_before() -> None:
    result = extract(
        "Fighting is fiercest in the Zaporizhzhia region. Analysts said 120 sq km, "
        "most of what Russia took in May, lies in this region.",
        published=date(2025, 6, 3),
    )
    assert [(c.region, c.start) for c in result.candidates] == [
        ("zaporizhzhia", date(2025, 5, 1))
    ]


def test_a_towns_adjective_before_an_axis_places_the_figure() -> None:
    found = one(
        "Russian units seized 14 sq km in the Kupiansky direction in July.",
        date(2025, 8, 5),
    )
    assert found.region == "kharkiv"


def test_the_other_sides_gain_told_in_contrast_on_one_front_is_of_that_front() -> None:
    result = extract(
        "In July the invaders took 8 sq km in the Kostiantynivka direction, but "
        "Ukrainian brigades won back 19 sq km of Ukrainian land.",
        published=date(2025, 8, 5),
    )
    assert [(c.actor, c.region) for c in result.candidates] == [
        ("russia", "donetsk"),
        ("ukraine", "donetsk"),
    ]


def test_a_span_from_the_invasions_start_to_a_day_runs_from_24_february_2022() -> None:
    found = one(
        "From the outset of the full-scale war until 31 May 2025, the invaders "
        "seized 71,000 sq km.",
        date(2025, 6, 10),
    )
    assert (found.start, found.end) == (date(2022, 2, 24), date(2025, 5, 31))
    found = one(
        "Since the beginning of the full-scale aggression, Moscow's troops have "
        "occupied about 71,000 sq km.",
        date(2025, 6, 10),
    )
    assert (found.start, found.end) == (date(2022, 2, 24), date(2025, 6, 10))


def test_a_figure_restating_a_share_of_a_region_is_of_that_region() -> None:
    found = one(
        "Moscow's forces hold some 70% of the Zaporizhzhia region, about 19,000 sq km, "
        "and most of Kherson's left bank.",
        date(2025, 10, 1),
    )
    assert (found.kind, found.actor, found.region) == (
        "holding",
        "russia",
        "zaporizhzhia",
    )


def test_all_but_a_figure_is_what_the_other_side_holds() -> None:
    found = one(
        "Russia now holds all but roughly 4,500 sq km of the Donetsk region.",
        date(2025, 12, 1),
    )
    assert (found.kind, found.actor, found.region, found.bound) == (
        "holding",
        "ukraine",
        "donetsk",
        "approx",
    )


def test_a_year_earlier_in_the_next_sentence_moves_the_named_month_back() -> None:
    result = extract(
        "Moscow's army took 390 sq km in June, the monitors said. A year earlier, "
        "it had taken 420 sq km.",
        published=date(2025, 7, 2),
    )
    assert [(c.area_km2, c.start, c.end) for c in result.candidates] == [
        (390.0, date(2025, 6, 1), date(2025, 6, 30)),
        (420.0, date(2024, 6, 1), date(2024, 6, 30)),
    ]


def test_a_gain_across_the_front_is_the_whole_country_whatever_came_before() -> None:
    result = extract(
        "Fighting raged around Kupiansk. In June Moscow's army took 390 sq km "
        "across the front line.",
        published=date(2025, 7, 2),
    )
    assert [c.region for c in result.candidates] == ["ukraine"]
    # "along the front near X" is X's.
    found = one(
        "In June Moscow's army took 39 sq km along the front near Kupiansk.",
        date(2025, 7, 2),
    )
    assert found.region == "kharkiv"


def test_a_demanded_withdrawal_is_no_gain() -> None:
    result = extract(
        "Moscow insists that Kyiv pull its troops out of roughly 5,000 sq km of the "
        "Donetsk region.",
        published=date(2025, 11, 4),
    )
    assert result.candidates == []


def test_a_figure_compared_with_a_rate_is_a_rate_too() -> None:
    result = extract(
        "Moscow's daily gains averaged 14 sq km in July, down from 21 sq km in June.",
        published=date(2025, 8, 4),
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded] == ["rate", "rate"]
    # A total after a rate is still a record.
    found = one(
        "Russian troops advanced 14 sq km a day in July, taking 430 sq km in all.",
        date(2025, 8, 4),
    )
    assert (found.area_km2, found.start) == (430.0, date(2025, 7, 1))


def test_since_a_weekday_counts_back_from_the_day_the_words_were_said() -> None:
    # Said on Thursday 28 August; "since Monday" is the 25th, not the published week.
    found = one(
        "The brigade's spokesman told journalists on Thursday that the unit had "
        "retaken 6 sq km near Siversk since Monday.",
        date(2025, 9, 2),
    )
    assert (found.start, found.end) == (date(2025, 8, 25), date(2025, 8, 28))


def test_a_year_before_a_dashed_figure_is_no_range() -> None:
    found = one(
        "The land Moscow's army took in 2023 \u2014 465 sq km \u2014 was a fraction "
        "of what followed.",
        date(2025, 1, 6),
    )
    assert (found.area_km2, found.bound, found.start) == (
        465.0,
        "exact",
        date(2023, 1, 1),
    )


def test_miles_restated_in_km2_later_in_the_sentence_give_one_km2_record() -> None:
    # 500 sq mi x 2.589988110336 = 1,294.99 km2: the same figure told twice.
    found = one(
        "Kyiv's troops took 500 sq mi of the Kursk region in August 2024, the army "
        "said, or roughly 1,295 sq km.",
        date(2024, 9, 2),
    )
    assert (found.area_km2, found.bound, found.actor) == (1295.0, "approx", "ukraine")


def test_the_level_an_area_grew_to_is_a_holding_at_the_end_of_the_period() -> None:
    result = extract(
        "Per DeepState, the occupied area expanded by 450 sq km in July to "
        "114,100 sq km.",
        published=date(2025, 8, 3),
    )
    found = [(c.kind, c.actor, c.start, c.end, c.area_km2) for c in result.candidates]
    assert found == [
        ("change", "russia", date(2025, 7, 1), date(2025, 7, 31), 450.0),
        ("holding", "russia", date(2025, 7, 31), date(2025, 7, 31), 114100.0),
    ]


def test_by_a_past_month_dates_no_day_and_is_not_the_published_day() -> None:
    found = one(
        "By April 2022, Moscow's troops had overrun roughly 160,000 sq km.",
        date(2025, 10, 2),
    )
    assert (found.start, found.end) == (None, None)
    assert found.problems


def test_a_weekly_report_over_the_week_is_the_past_seven_days() -> None:
    found = one(
        "DeepState: the invaders took 88 sq km over the week.", date(2025, 10, 6)
    )
    assert (found.start, found.end) == (date(2025, 9, 30), date(2025, 10, 6))


def test_land_cleared_of_the_enemy_is_a_gain_and_knocked_out_is_a_loss() -> None:
    found = one(
        "After the counterattacks, 9 sq km near Siversk were cleared of the occupiers.",
        date(2025, 10, 6),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "donetsk")
    found = one(
        "Russian units were knocked out of 9 sq km near Siversk.", date(2025, 10, 6)
    )
    assert found.actor == "ukraine"
    found = one(
        "Moscow's army suffered territorial losses of 9 sq km near Siversk.",
        date(2025, 10, 6),
    )
    assert found.actor == "ukraine"
    found = one(
        "Kyiv's brigades pushed the invaders back, freeing 9 sq km near Siversk.",
        date(2025, 10, 6),
    )
    assert NO_VERB not in found.problems


def test_a_holding_that_has_fallen_to_a_level_is_held_on_the_day() -> None:
    found = one(
        "The land Kyiv's troops hold in Kursk has fallen to some 350 sq km.",
        date(2025, 3, 12),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kursk")
    assert (found.start, found.end) == (date(2025, 3, 12), date(2025, 3, 12))


def test_what_a_gain_leaves_the_other_side_with_is_its_holding() -> None:
    result = extract(
        "Moscow's troops have retaken about 1,000 sq km in Kursk, leaving Kyiv's "
        "units with roughly 350.",
        published=date(2025, 3, 12),
    )
    found = [(c.kind, c.actor, c.area_km2, c.end) for c in result.candidates]
    assert found == [
        ("change", "russia", 1000.0, None),
        ("holding", "ukraine", 350.0, date(2025, 3, 12)),
    ]


def test_a_gain_told_after_another_in_an_after_clause_is_its_own_sides() -> None:
    result = extract(
        "Moscow's net advance in August came to 390 sq km after Kyiv's brigades won "
        "back 45.",
        published=date(2025, 9, 2),
    )
    assert [(c.actor, c.area_km2) for c in result.candidates] == [
        ("russia", 390.0),
        ("ukraine", 45.0),
    ]


def test_gains_losses_and_the_net_figure_each_give_a_record() -> None:
    result = extract(
        "The invaders took 420 sq km in August but lost 35, a net gain of 385.",
        published=date(2025, 9, 2),
    )
    assert [(c.actor, c.area_km2, c.start) for c in result.candidates] == [
        ("russia", 420.0, date(2025, 8, 1)),
        ("ukraine", 35.0, date(2025, 8, 1)),
        ("russia", 385.0, date(2025, 8, 1)),
    ]


def test_where_the_fighting_was_heaviest_is_not_the_figures_place() -> None:
    found = one(
        "The invaders took 510 sq km in August, with the fiercest battles near "
        "Kupiansk.",
        date(2025, 9, 2),
    )
    assert found.region == "ukraine"


def test_land_a_side_had_under_its_control_is_a_past_holding_of_no_day() -> None:
    found = one(
        "Kyiv's army once had some 1,200 sq km of the Kursk region under its control.",
        date(2025, 2, 3),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "kursk")
    assert (found.start, found.end) == (None, None)
