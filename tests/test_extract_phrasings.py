"""Kinds of phrasing met in text written elsewhere, each pinned on a sentence
made up for it (none copied from a corpus): what the kind is, what an analyst
writes for it, and the days, side and place worked out by hand."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract


def one(sentence: str, published: date):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


def test_land_recovered_in_a_sides_own_claim_is_that_sides_gain() -> None:
    # "recovered", "recollected": verbs of taking land back, whose side is the
    # speaker's when no subject names one.
    for verb in ("recovered", "recollected"):
        found = one(
            f"Ukraine's officials claimed that some 90 square kilometres of land had "
            f"been {verb} near Kupiansk over the past three days.",
            date(2023, 5, 20),
        )
        assert (found.kind, found.actor, found.region) == (
            "change",
            "ukraine",
            "kharkiv",
        )
        assert (found.start, found.end) == (date(2023, 5, 18), date(2023, 5, 20))
        assert (found.area_km2, found.bound) == (90.0, "approx")
        assert found.problems == []


def test_a_span_of_days_counts_back_from_the_day_the_statement_was_made() -> None:
    # "within N days" / "in two weeks" has no anchor of its own: a statement
    # day ends it, as "in the past N days" would; with no day said, no period.
    found = one(
        "On 3 March 2024, the general staff reported that Russian units had "
        "captured 41 square kilometres near Avdiivka within four days.",
        date(2024, 3, 9),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2024, 2, 29), date(2024, 3, 3))
    found = one(
        "Kyiv said on Friday that its forces took 120 km2 in two weeks.",
        date(2023, 6, 12),
    )
    assert (found.start, found.end) == (date(2023, 5, 27), date(2023, 6, 9))
    found = one(
        "Ukrainian forces took 120 km2 in the Zaporizhzhia region in two weeks.",
        date(2023, 6, 12),
    )
    assert (found.start, found.end) == (None, None)


def test_a_holding_in_a_when_clause_is_of_that_earlier_time_not_today() -> None:
    # "…, when they had N under their control": the time the 'when' clause
    # hangs on, a month here, names no day; reported speech does not make it now.
    # The range's words start at its low end, so "had" is the range's own.
    result = extract(
        "According to the analysts, Kyiv's troops hold some 450 square kilometres "
        "of the Kursk region after their push of August, when they had between "
        "1,100 and 1,200 km2 under their control.",
        published=date(2025, 2, 10),
    )
    now, then = result.candidates
    assert (now.kind, now.actor, now.region) == ("holding", "ukraine", "kursk")
    assert (now.start, now.end, now.area_km2) == (
        date(2025, 2, 10),
        date(2025, 2, 10),
        450.0,
    )
    assert (then.kind, then.actor, then.region) == ("holding", "ukraine", "kursk")
    assert (then.start, then.end) == (None, None)
    assert (then.area_km2, then.bound) == (1100.0, "approx")


def test_a_gain_with_no_period_is_dated_by_the_next_sentence_pointing_back() -> None:
    # The next sentence names no figure but says when "the territory" or "the
    # push" was made: the gain before takes that period.
    result = extract(
        "Kyiv says its troops have won back more than 600 square kilometres in "
        "the Kharkiv region. A spokesman said the territory had been retaken "
        "since October 3.",
        published=date(2022, 10, 20),
    )
    (found,) = result.candidates
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "kharkiv")
    assert (found.start, found.end) == (date(2022, 10, 3), date(2022, 10, 20))
    assert found.problems == []
    # Across a heading line, a single day.
    result = extract(
        "Moscow's army seized 95 km2 of Ukrainian land in one day, the biggest "
        "jump this spring.\nA record pace\nThe push came on April 9, analysts said.",
        published=date(2025, 4, 14),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (date(2025, 4, 9), date(2025, 4, 9))


def test_a_next_sentence_about_something_else_dates_no_gain() -> None:
    # No word points back to the gain: "the offensive began in May" is the
    # event's own time, and the gain keeps no period.
    result = extract(
        "Russian forces have captured about 300 square kilometres near Pokrovsk. "
        "Their offensive there began in May.",
        published=date(2024, 9, 2),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (None, None)


def test_land_counted_by_its_use_is_no_record() -> None:
    # Farmland and arable land are counted by what they grow, not by who took
    # or holds them, even beside a verb of occupation.
    for sentence in (
        "The country had some 41 million hectares of arable land before 2014.",
        "About 4 million hectares, a fifth of the region's farmland, lies in "
        "occupied districts, the ministry said.",
        "Some 2,000 km2 of agricultural land is out of production because Russian "
        "troops occupy it.",
    ):
        result = extract(sentence, published=date(2023, 4, 1))
        assert result.candidates == [], sentence
        assert [
            n.what
            for n in result.not_recorded
            if "hect" in n.figure or "km2" in n.figure
        ] == ["land use"]


def test_a_month_the_words_were_said_in_is_no_period_of_the_gain() -> None:
    # "X announced in May that forces had taken N": May dates the statement;
    # the gain, a perfect with no time word, has no period of its own.
    found = one(
        "The defence minister announced in May 2024 that Russian troops had taken "
        "over 880 square kilometres in the Kharkiv region.",
        date(2024, 11, 3),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "kharkiv")
    assert (found.start, found.end) == (None, None)
    # A month that is the gain's own still is: "took N in May, he said".
    found = one(
        "Russian troops took 880 km2 in the Kharkiv region in May 2024, he said.",
        date(2024, 11, 3),
    )
    assert (found.start, found.end) == (date(2024, 5, 1), date(2024, 5, 31))


def test_a_figure_elsewhere_is_the_fronts_not_the_place_before() -> None:
    # "N in Donetsk and another M elsewhere": M is not Donetsk's, and no one
    # place's: a whole-front figure.
    result = extract(
        "Kyiv's troops regained 45 km2 near Robotyne in August and a further "
        "30 km2 elsewhere along the front.",
        published=date(2023, 9, 4),
    )
    first, second = result.candidates
    assert (first.region, second.region) == ("zaporizhzhia", "ukraine")
    assert (second.actor, second.start, second.end) == (
        "ukraine",
        date(2023, 8, 1),
        date(2023, 8, 31),
    )
    result = extract(
        "Russian units seized 12 km2 near Toretsk and about 20 km2 on other fronts.",
        published=date(2024, 7, 1),
    )
    assert [c.region for c in result.candidates] == ["donetsk", "ukraine"]


def test_another_square_kilometre_is_one_and_parts_the_running_total() -> None:
    # "another square kilometre" has no numeral: it is 1 km2, a figure of its
    # own, so the period of its clause is not the running total's.
    result = extract(
        "Near Robotyne, in the past week another square kilometre was freed, "
        "bringing the total freed there to 19 square kilometres, the general said.",
        published=date(2023, 9, 10),
    )
    one_more, total = result.candidates
    assert (one_more.area_km2, one_more.region) == (1.0, "zaporizhzhia")
    assert (one_more.start, one_more.end) == (date(2023, 9, 4), date(2023, 9, 10))
    assert (total.area_km2, total.region) == (19.0, "zaporizhzhia")
    assert (total.start, total.end) == (None, date(2023, 9, 10))
    # Negated, it is no record at all.
    result = extract(
        "Russia has not taken a single square kilometre near Robotyne this month.",
        published=date(2023, 9, 10),
    )
    assert result.candidates == []


def test_a_total_that_reached_a_figure_stands_at_it_on_the_day() -> None:
    # "the total area … reached N": a running total to the day of the
    # statement (here the published day), its start not named.
    found = one(
        "The total area of land freed by Ukrainian units in the Kherson region "
        "during the offensive reached about 1,200 square kilometres, an official said.",
        date(2022, 10, 14),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "kherson")
    assert (found.start, found.end) == (None, date(2022, 10, 14))
    # A total that reached N in a named month is that month's.
    found = one(
        "The total area Russian forces seized reached 520 km2 in March.",
        date(2024, 6, 1),
    )
    assert (found.start, found.end) == (date(2024, 3, 1), date(2024, 3, 31))


def test_a_fall_in_the_area_one_side_controls_is_the_other_sides_gain() -> None:
    # "the area under Russian control shrank by N": Ukraine's gain of N.
    found = one(
        "The area under Russian control near Kupiansk shrank by 3.2 square "
        "kilometres last week, the monitors said.",
        date(2025, 10, 8),
    )
    assert (found.kind, found.actor, found.region) == ("change", "ukraine", "kharkiv")
    assert (found.start, found.end) == (date(2025, 9, 29), date(2025, 10, 5))
    assert found.area_km2 == 3.2
    # A fall in the grey zone is no side's ground.
    result = extract(
        "The grey zone near Kupiansk shrank by 2 square kilometres last week.",
        published=date(2025, 10, 8),
    )
    assert result.candidates == []


def test_a_start_day_may_carry_its_part_of_day_and_weekday() -> None:
    # "from the evening of Friday, May 3": the part of the day and the
    # weekday add nothing to the date, which starts the period.
    found = one(
        "From the morning of Friday, May 3, to May 6 Russian units took "
        "12 km2 near Toretsk, the monitoring group said.",
        date(2024, 5, 7),
    )
    assert (found.start, found.end) == (date(2024, 5, 3), date(2024, 5, 6))
    found = one(
        "Since the evening of Tuesday, 7 May, Russian units have taken 15 km2 "
        "near Toretsk.",
        date(2024, 5, 10),
    )
    assert (found.start, found.end) == (date(2024, 5, 7), date(2024, 5, 10))


def test_a_time_told_of_the_event_a_gain_followed_is_not_the_gains() -> None:
    # "following the offensive in May": May is the offensive's, and the gain,
    # with no time word of its own, has no period.
    found = one(
        "Russia has taken about 400 square kilometres of the Kharkiv region "
        "following its surprise offensive across the border in May.",
        date(2024, 9, 20),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "kharkiv")
    assert (found.start, found.end) == (None, None)
    # A period of the gain's own clause stays the gain's.
    found = one(
        "After the incursion, Ukraine took 90 km2 of the Kursk region last week.",
        date(2024, 9, 20),
    )
    assert (found.start, found.end) == (date(2024, 9, 9), date(2024, 9, 15))


def test_since_a_long_event_clause_on_a_day_starts_on_that_day() -> None:
    # "since <who> (<abbreviation>) launched <a long noun phrase> on D": the
    # period runs from D to the published day, not on D alone.
    found = one(
        "Ukraine's Defence Forces (UDF) have liberated 48 square kilometres since "
        "the Southern Operational Command (SOC) launched its long-prepared "
        "counterattack across the Dnipro river near Kherson on 3 November.",
        date(2023, 11, 20),
    )
    assert (found.start, found.end) == (date(2023, 11, 3), date(2023, 11, 20))


def test_an_area_in_brackets_after_a_hedged_count_shares_its_hedge() -> None:
    # "over 40 villages (1,200 km2)": the area restates what the count covers.
    found = one(
        "Since May 2, Russian forces have seized over 40 villages (1,200 km2) "
        "in the Kharkiv region.",
        date(2024, 6, 1),
    )
    assert (found.area_km2, found.bound) == (1200.0, "at_least")
    # A bound word of its own, inside the brackets, still wins.
    found = one(
        "Since May 2, Russian forces have seized some 40 villages (under 1,200 km2) "
        "in the Kharkiv region.",
        date(2024, 6, 1),
    )
    assert (found.area_km2, found.bound) == (1200.0, "at_most")


def test_the_final_week_of_a_month_is_its_last_seven_days() -> None:
    # LABELS: "the final week of October" → the month's last day − 6 .. its last.
    found = one(
        "Russian units captured 95 km2 near Kurakhove over the final week of September.",
        date(2024, 10, 9),
    )
    assert (found.start, found.end) == (date(2024, 9, 24), date(2024, 9, 30))


def test_a_day_followed_by_a_participle_of_saying_dates_the_statement() -> None:
    # "… on Sunday, saying that its troops had taken N": Sunday is the day
    # the words were said; the perfect with no time word has no period.
    found = one(
        "The ministry described heavy fighting near Vuhledar on Sunday, "
        "claiming that Russian troops had taken 60 square kilometres.",
        date(2023, 2, 12),
    )
    assert (found.actor, found.region) == ("russia", "donetsk")
    assert (found.start, found.end) == (None, None)


def test_we_holding_land_in_a_russian_region_is_ukraine() -> None:
    # "we hold N in the Belgorod region", no speaker named: a side counts the
    # land it holds in the other's country, never in its own.
    found = one(
        '"At this moment we hold about 90 square kilometres in the Belgorod region."',
        date(2024, 3, 20),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "belgorod")
    assert found.problems == []
    # In a Ukrainian oblast the words do not say whose "we" it is.
    found = one(
        '"At this moment we hold about 90 square kilometres in the Kharkiv region."',
        date(2024, 3, 20),
    )
    assert found.actor == ""


def test_a_year_then_and_then_a_figure_is_no_range() -> None:
    # "N km2 in 2022 and M km2 in 2023": two figures; "2022 and M" is no
    # range, which with "and" needs "between".
    result = extract(
        "Russian troops took 1,100 km2 in 2022 and 2,350 km2 in 2023.",
        published=date(2024, 2, 1),
    )
    assert [(c.area_km2, c.bound, c.start) for c in result.candidates] == [
        (1100.0, "exact", date(2022, 1, 1)),
        (2350.0, "exact", date(2023, 1, 1)),
    ]
    found = one(
        "Russian units took between 300 and 350 km2 in January.",
        date(2024, 2, 1),
    )
    assert (found.area_km2, found.bound) == (300.0, "approx")


def test_a_rise_by_n_in_the_area_a_side_controls_is_that_sides_gain() -> None:
    # "expanded the zone under its control by N": a change, not a holding of N.
    found = one(
        "Since January, Moscow has expanded the zone under its control in the "
        "Donetsk region by about 1,900 square kilometres.",
        date(2024, 9, 30),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 9, 30))
    assert (found.area_km2, found.bound) == (1900.0, "approx")


def test_a_distributive_each_day_makes_a_rate() -> None:
    # "Every week, they take N": so much per week, a rate, no record.
    result = extract(
        "Every week, Russian units take another 40 to 60 square kilometres.",
        published=date(2025, 5, 1),
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded if "kilomet" in n.figure] == ["rate"]


def test_the_size_of_a_place_compared_with_is_no_record() -> None:
    # "bigger than Belgium's 30,689 km2": the place's size, not land taken.
    result = extract(
        "The land Russia has seized is now bigger than Belgium's 30,689 square "
        "kilometres.",
        published=date(2025, 5, 1),
    )
    assert [c.area_km2 for c in result.candidates] == []


def test_a_bare_more_after_a_comparison_is_a_difference() -> None:
    # "… more ground in May than in April, or about 90 km2 more": a difference.
    result = extract(
        "Russian forces took a third more ground in May than in April, roughly "
        "90 square kilometres more.",
        published=date(2025, 6, 2),
    )
    assert result.candidates == []
    # With nothing compared, "N km2 more" is a further gain.
    found = one(
        "Near Pokrovsk in May, Russian forces took 90 square kilometres more.",
        date(2025, 6, 2),
    )
    assert (found.area_km2, found.start) == (90.0, date(2025, 5, 1))


def test_than_in_any_month_since_names_the_span_compared_with() -> None:
    # "… in May than in any month since 2023": "since 2023" is compared with,
    # so "in May" is the one period the next sentence's "the month" points to.
    result = extract(
        "Ukrainian troops moved faster in May than in any month since 2023. "
        "They retook 140 square kilometres near Kupiansk during the month.",
        published=date(2025, 6, 3),
    )
    (found,) = result.candidates
    assert (found.actor, found.region) == ("ukraine", "kharkiv")
    assert (found.start, found.end) == (date(2025, 5, 1), date(2025, 5, 31))


def test_as_of_late_a_month_gives_a_holding_no_day() -> None:
    # "as of late March": the words place the state only roughly, so the
    # holding has no day (LABELS: "in late August" … are not dated).
    found = one(
        "Russian troops control about 111,000 square kilometres of Ukraine "
        "as of late March.",
        date(2025, 4, 14),
    )
    assert (found.kind, found.actor) == ("holding", "russia")
    assert (found.start, found.end) == (None, None)
    assert found.problems  # held back for a reviewer


def test_another_n_is_land_added_whatever_the_verb() -> None:
    # "occupied another N over the past day": an addition, a change of that
    # day, not a holding of N.
    found = one(
        "Russian units occupied a further 9.5 square kilometres near Siversk "
        "over the past day.",
        date(2025, 3, 4),
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2025, 3, 4), date(2025, 3, 4))


def test_a_figure_restating_all_or_most_of_a_region_is_that_regions() -> None:
    # "most of the Zaporizhzhia region, roughly 20,000 km2, and a third of
    # Kherson": the figure restates the share before it, whose place it is,
    # not the place named after it.
    found = one(
        "Moscow holds most of the Zaporizhzhia region, roughly 20,000 square "
        "kilometres, and a third of Kherson.",
        date(2025, 3, 1),
    )
    assert (found.kind, found.actor, found.region) == (
        "holding",
        "russia",
        "zaporizhzhia",
    )


def test_in_total_with_a_perfect_is_a_running_total_not_the_period_before() -> None:
    # "In total, N have been liberated" after a dated sentence: a total to
    # date with no time word, so no period (LABELS); in the simple past the
    # sentence goes on with the period before.
    result = extract(
        "Last week, Ukrainian units freed 6 square kilometres near Robotyne. "
        "In total, 31 square kilometres have been freed in this direction.",
        published=date(2023, 9, 6),
    )
    week, total = result.candidates
    assert (week.start, week.end) == (date(2023, 8, 28), date(2023, 9, 3))
    assert (total.area_km2, total.start, total.end) == (31.0, None, None)
    result = extract(
        "Last week, Ukrainian units freed 5 villages near Robotyne. "
        "In total, they freed 31 square kilometres.",
        published=date(2023, 9, 6),
    )
    (found,) = result.candidates
    assert (found.start, found.end) == (date(2023, 8, 28), date(2023, 9, 3))


def test_a_year_through_a_month_ends_at_that_months_end() -> None:
    # "in 2024 through October": 1 January to 31 October, not the published day.
    found = one(
        "Russian troops took 2,900 square kilometres in 2024 through October, "
        "the analysts estimated.",
        date(2024, 11, 12),
    )
    assert (found.start, found.end) == (date(2024, 1, 1), date(2024, 10, 31))
    found = one(
        "So far this year to September, Ukraine regained 60 km2 near Kupiansk.",
        date(2025, 10, 2),
    )
    assert (found.start, found.end) == (date(2025, 1, 1), date(2025, 9, 30))


def test_in_the_week_of_a_weekly_report_is_the_past_week() -> None:
    # "in the week", like "during the week": the seven days to the report's
    # day; "in the week from D1 to D2" is those days.
    found = one(
        "Ukrainian troops regained 11 square kilometres near Kupiansk in the week.",
        date(2025, 3, 9),
    )
    assert (found.start, found.end) == (date(2025, 3, 3), date(2025, 3, 9))
    found = one(
        "Ukrainian troops regained 11 km2 near Kupiansk in the week from "
        "February 24 to March 2.",
        date(2025, 3, 9),
    )
    assert (found.start, found.end) == (date(2025, 2, 24), date(2025, 3, 2))


def test_taking_the_total_to_n_is_a_running_total_to_the_day() -> None:
    # "…, taking the total to N" like "bringing the total to N": a total to
    # the day, its start not named (LABELS), not the period of the clause before.
    result = extract(
        "Ukraine retook 12 square kilometres near Kupiansk last week, taking the "
        "total it has regained there to 60 square kilometres.",
        published=date(2024, 11, 11),
    )
    week, total = result.candidates
    assert (week.start, week.end) == (date(2024, 11, 4), date(2024, 11, 10))
    assert (total.kind, total.start, total.end) == ("change", None, date(2024, 11, 11))


def test_a_russian_running_total_of_all_it_holds_is_a_holding() -> None:
    # "…, taking its total to more than 113,000 km2": bigger than any gain, the
    # total counts all Russia holds (LABELS: with Crimea, a holding) on the day.
    result = extract(
        "Russian forces seized 480 square kilometres in October, taking their "
        "total to about 112,000 square kilometres.",
        published=date(2024, 11, 4),
    )
    month, total = result.candidates
    assert (month.kind, month.start) == ("change", date(2024, 10, 1))
    assert (total.kind, total.actor) == ("holding", "russia")
    assert (total.start, total.end) == (date(2024, 11, 4), date(2024, 11, 4))


def test_towns_of_the_later_fighting_place_the_figure() -> None:
    # Towns named as the place of a figure, each in one oblast only.
    for town, region in (
        ("Nikopol", "dnipropetrovsk"),
        ("Marhanets", "dnipropetrovsk"),
        ("Bilopillia", "sumy"),
        ("Hlushkove", "kursk"),
        ("Sviatohirsk", "donetsk"),
    ):
        found = one(
            f"Russian troops took 8 square kilometres near {town} last week.",
            date(2025, 6, 10),
        )
        assert found.region == region, town


def test_a_held_area_moving_from_n_to_m_gives_two_levels_held() -> None:
    # "the zone under Kyiv's control … shrank from N km2 to M": M is held on
    # the day, N earlier on no day given; the bare M repeats the unit.
    result = extract(
        "The zone under Kyiv's control in the Kursk region shrank from 1,200 "
        "square kilometres to about 450.",
        published=date(2025, 1, 15),
    )
    earlier, now = result.candidates
    assert (earlier.kind, earlier.actor, earlier.region) == (
        "holding",
        "ukraine",
        "kursk",
    )
    assert (earlier.area_km2, earlier.start, earlier.end) == (1200.0, None, None)
    assert (now.kind, now.actor, now.region) == ("holding", "ukraine", "kursk")
    assert (now.area_km2, now.bound) == (450.0, "approx")
    assert (now.start, now.end) == (date(2025, 1, 15), date(2025, 1, 15))
    # Gains moving from one figure to another stay changes of their months.
    result = extract(
        "Russian monthly gains fell from 700 square kilometres in November to "
        "400 in December.",
        published=date(2025, 1, 3),
    )
    assert [(c.kind, c.start) for c in result.candidates] == [
        ("change", date(2024, 11, 1)),
        ("change", date(2024, 12, 1)),
    ]


def test_since_the_start_of_a_season_runs_from_its_first_day() -> None:
    # "since the start of the summer": from 1 June (the summer begun by the
    # published day) to the day; the season's days are a convention, said so.
    found = one(
        "Ukrainian forces have retaken 85 square kilometres near Kupiansk since "
        "the beginning of the autumn.",
        date(2025, 11, 20),
    )
    assert (found.start, found.end) == (date(2025, 9, 1), date(2025, 11, 20))
    assert found.problems == [
        "'since the beginning of the autumn' taken to start 01 Sep 2025"
    ]


def test_from_an_initial_control_of_n_to_m_gives_two_levels_held() -> None:
    # "… from an initial control of N, to M": N held earlier, on no day given;
    # M held on the day.
    result = extract(
        "Officers in the Kursk region described the pullback of Kyiv's troops from "
        "an initial control of 1,250 square kilometres, to roughly 600 square "
        "kilometres.",
        published=date(2025, 2, 1),
    )
    earlier, now = result.candidates
    assert (earlier.kind, earlier.start, earlier.end) == ("holding", None, None)
    assert (now.kind, now.start, now.end) == (
        "holding",
        date(2025, 2, 1),
        date(2025, 2, 1),
    )
    assert (earlier.actor, now.actor) == ("ukraine", "ukraine")


def test_a_side_named_as_the_source_is_not_the_subject_beside_another() -> None:
    # "Ukrainian units, according to Moscow, have retaken N": the side that
    # retook is the subject; the source is the actor only when alone.
    found = one(
        "Ukrainian units, according to Moscow, have retaken 14 square kilometres "
        "near Kupiansk since Monday.",
        date(2025, 10, 17),
    )
    assert found.actor == "ukraine"
    found = one(
        "According to Moscow, 120 square kilometres were liberated near Kupiansk "
        "last week.",
        date(2024, 10, 10),
    )
    assert found.actor == "russia"


def test_since_the_summer_and_an_area_that_amounts_to_n() -> None:
    # "since the summer" is "since the start of the summer"; "the area of the
    # freed land amounts to N" is a total to the day, like "reached N".
    found = one(
        "Russian units have seized about 350 km2 near Huliaipole since the summer.",
        date(2025, 10, 30),
    )
    assert (found.start, found.end) == (date(2025, 6, 1), date(2025, 10, 30))
    found = one(
        "The area of the freed land in the Kherson region now amounts to some "
        "4,000 square kilometres, the ministry noted.",
        date(2022, 11, 14),
    )
    assert (found.actor, found.region) == ("ukraine", "kherson")
    assert (found.start, found.end) == (None, date(2022, 11, 14))


def test_land_still_held_inside_a_supposed_gain_is_a_holding_now() -> None:
    # "a plan would hand Moscow the N km2 of Donetsk still held by Kyiv": the
    # supposed gain is no record; the holding it states is, on the day (LABELS).
    found = one(
        "The proposal would force Ukraine to give up the 6,000 square kilometres "
        "of the Donetsk region still controlled by Kyiv.",
        date(2025, 8, 18),
    )
    assert (found.kind, found.actor, found.region) == ("holding", "ukraine", "donetsk")
    assert (found.start, found.end) == (date(2025, 8, 18), date(2025, 8, 18))
    # With no holder named, the supposed gain stays no record.
    result = extract(
        "The proposal would force Ukraine to give up 6,000 square kilometres.",
        published=date(2025, 8, 18),
    )
    assert result.candidates == []


def test_a_regions_own_square_kilometres_are_its_size() -> None:
    # "the Zaporizhzhia region's 27,180 km2": the place's size, no record.
    result = extract(
        "Half of the Zaporizhzhia region's 27,180 square kilometres lie behind "
        "the front.",
        published=date(2025, 5, 1),
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded if "kilomet" in n.figure] == ["size"]


def test_bare_numbers_after_after_repeat_the_unit_of_the_figure_before() -> None:
    # "N km2 in July, after M in June and P in May": each bare number is a
    # figure of its own month, in the unit of the first.
    result = extract(
        "Ukraine regained 21 square kilometres in March, the brigade said, after "
        "17 in February and 9 in January.",
        published=date(2025, 4, 2),
    )
    assert [(c.area_km2, c.start, c.end) for c in result.candidates] == [
        (21.0, date(2025, 3, 1), date(2025, 3, 31)),
        (17.0, date(2025, 2, 1), date(2025, 2, 28)),
        (9.0, date(2025, 1, 1), date(2025, 1, 31)),
    ]


def test_a_when_clause_ends_at_its_comma() -> None:
    # "Since D, when X launched its offensive, its troops have taken N": the
    # figure is the main clause's, so the period runs from D; a figure inside
    # the 'when' clause is still dated by the time it hangs on.
    found = one(
        "Since June 4, when Kyiv began its counteroffensive, its forces have "
        "retaken about 250 square kilometres.",
        date(2023, 7, 12),
    )
    assert (found.start, found.end) == (date(2023, 6, 4), date(2023, 7, 12))
    found = one(
        "Russia's gains have slowed since November 2024, when its forces seized "
        "about 1,100 square kilometres.",
        date(2025, 3, 1),
    )
    assert (found.start, found.end) == (date(2024, 11, 1), date(2024, 11, 30))


def test_already_across_a_comma_marks_a_total_to_the_day() -> None:
    # "already, near Kupiansk, we have N km2 freed": a total so far (LABELS:
    # "already"), ending on the day; "already controlled" land is no total.
    found = one(
        "Already, near Kupiansk, we have 23 square kilometres freed of the "
        "enemy, a Ukrainian brigade commander said.",
        date(2025, 10, 1),
    )
    assert (found.actor, found.region) == ("ukraine", "kharkiv")
    assert (found.start, found.end) == (None, date(2025, 10, 1))


def test_the_leveling_of_the_front_line_is_ground_won_back() -> None:
    # Kyiv's ministry's phrase: a change, its side the speaker's (Ukraine's
    # when no Russian voice tells it), like "liberated" with no subject.
    found = one(
        "In the south, the levelling of the front line amounted to 9 square "
        "kilometres over the past week, the deputy minister wrote.",
        date(2023, 8, 7),
    )
    assert (found.kind, found.actor) == ("change", "ukraine")
    assert (found.start, found.end) == (date(2023, 8, 1), date(2023, 8, 7))
