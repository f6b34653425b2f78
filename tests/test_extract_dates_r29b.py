"""Dates of records read from whole passages, second round: one test per kind
of phrasing, each on a made-up sentence of that kind."""

from __future__ import annotations

from datetime import date

from tests.test_extract_dates_r29 import dated


def test_a_stop_with_no_space_after_ends_a_sentence() -> None:
    # The restating sentence runs to the 'as of' day two sentences up,
    # past one between that names no period.
    text = (
        "As of the end of June 2025, Moscow holds 19.1% of Ukraine. The share counts "
        "Crimea and the parts of Donbas held before the war.This marks a net gain "
        "of about 210 km2 since the end of May."
    )
    assert dated(text, date(2025, 7, 4)) == [(210.0, "", "2025-06-30")]


def test_n_days_ago_dates_the_statement_and_previous_weeks_count_back_from_it() -> None:
    text = (
        "Ten days ago, the general staff said that 48 square kilometres had been "
        "regained in the previous three weeks."
    )
    assert dated(text, date(2024, 9, 20)) == [(48.0, "2024-08-21", "2024-09-10")]
    # The statement's day is not the gain's.
    text = "A week ago, the ministry reported that 35 sq km had been recaptured."
    assert dated(text, date(2024, 9, 20)) == [(35.0, "", "")]


def test_ago_after_since_began_is_no_day() -> None:
    text = "Since it began its push about five weeks ago, the army has retaken 61 km2."
    assert dated(text, date(2024, 9, 20)) == [(61.0, "", "2024-09-20")]


def test_figures_in_brackets_pair_with_the_months_before_them_respectively() -> None:
    text = (
        "By mid-June the army had already taken more ground than in April and May "
        "(212 and 305 sq km, respectively)."
    )
    assert dated(text, date(2025, 6, 16)) == [
        (212.0, "2025-04-01", "2025-04-30"),
        (305.0, "2025-05-01", "2025-05-31"),
    ]


def test_during_that_time_and_the_course_of_the_month_point_back() -> None:
    for words in ("during that time", "over the course of the month"):
        text = (
            "Heavy fighting went on around Kupiansk in March. Ukrainian units have "
            f"regained 30 km2 {words}, officials say."
        )
        assert dated(text, date(2025, 4, 5)) == [(30.0, "2025-03-01", "2025-03-31")]


def test_despite_this_points_back_to_a_fact_not_its_period() -> None:
    text = (
        "Russian troops seized 500 km2 of Zaporizhzhia in March. Despite this, about "
        "6,000 km2 of the region remain under Kyiv's control."
    )
    assert dated(text, date(2025, 4, 5)) == [
        (500.0, "2025-03-01", "2025-03-31"),
        (6000.0, "2025-04-05", "2025-04-05"),
    ]


def test_moreover_adds_a_fact_that_does_not_take_the_period_before() -> None:
    text = (
        "In March, the border town was cleared. Moreover, Russian troops seized about "
        "150 km2 near Pokrovsk, including three villages."
    )
    assert dated(text, date(2025, 4, 5)) == [(150.0, "", "")]
    text = (
        "In March, the border town was cleared. Russian troops seized about "
        "150 km2 near Pokrovsk."
    )
    assert dated(text, date(2025, 4, 5)) == [(150.0, "2025-03-01", "2025-03-31")]


def test_a_holding_placed_a_while_after_an_event_is_not_held_today() -> None:
    for words in (
        "within two weeks of the summer offensive",
        "a month into its assault",
    ):
        text = f"Russian forces held some 640 km2 of Kharkiv region {words}."
        assert dated(text, date(2024, 9, 20)) == [(640.0, "", "")]
    text = "Russian forces hold some 640 km2 of Kharkiv region."
    assert dated(text, date(2024, 9, 20)) == [(640.0, "2024-09-20", "2024-09-20")]


def test_a_total_up_to_now_starts_on_the_day_the_paragraph_s_operation_began() -> None:
    text = (
        "The brigade opened its counteroffensive near Robotyne on June 4. Fighting "
        "is still heavy. So far, our troops have liberated 74 square kilometres."
    )
    assert dated(text, date(2023, 6, 30)) == [(74.0, "2023-06-04", "2023-06-30")]
    # A day that dates no operation's start gives none.
    text = (
        "The brigade shelled positions near Robotyne on June 4. So far, our troops "
        "have liberated 74 square kilometres."
    )
    assert dated(text, date(2023, 6, 30)) == [(74.0, "", "2023-06-30")]


def test_across_an_offensive_names_no_days() -> None:
    text = (
        "Kyiv's forces regained some 210 km2 across their whole 2023 counteroffensive."
    )
    assert dated(text, date(2024, 2, 1)) == [(210.0, "", "")]


def test_parts_of_this_year_are_not_read_as_the_whole_year_so_far() -> None:
    published = date(2025, 11, 20)
    text = "Russian troops seized about 2,100 km2 in the first half of this year."
    assert dated(text, published) == [(2100.0, "2025-01-01", "2025-06-30")]
    text = "Moscow took 1,300 sq km in the third quarter of this year."
    assert dated(text, published) == [(1300.0, "2025-07-01", "2025-09-30")]
    text = "Russia captured 4,400 km2 in the first ten months of this year."
    assert dated(text, published) == [(4400.0, "2025-01-01", "2025-10-31")]


def test_the_last_n_days_of_a_month_are_that_month_s_final_days() -> None:
    text = "Russian forces gained 190 km2 in the last ten days of September."
    assert dated(text, date(2025, 10, 9)) == [(190.0, "2025-09-21", "2025-09-30")]
    text = "Ukraine retook 45 km2 during the final two weeks of August 2023."
    assert dated(text, date(2023, 9, 20)) == [(45.0, "2023-08-18", "2023-08-31")]


def test_the_turn_of_the_year_and_a_calendar_year() -> None:
    text = "Since the turn of the year, Russian troops have seized 1,650 km2."
    assert dated(text, date(2025, 5, 12)) == [(1650.0, "2025-01-01", "2025-05-12")]
    text = "Ukraine regained roughly 370 km2 in calendar year 2023."
    assert dated(text, date(2024, 2, 1)) == [(370.0, "2023-01-01", "2023-12-31")]


def test_from_a_month_with_no_end_is_open_like_since() -> None:
    text = "From the start of March, Russian forces have advanced 420 km2."
    assert dated(text, date(2025, 4, 10)) == [(420.0, "2025-03-01", "2025-04-10")]
    text = "Since last March, Moscow has taken some 5,000 km2."
    assert dated(text, date(2025, 4, 10)) == [(5000.0, "2025-03-01", "2025-04-10")]
    # "from March to April" and "up from March's" are not open periods.
    text = "Russia took 300 km2 from March to April."
    assert dated(text, date(2025, 5, 10)) == [(300.0, "2025-03-01", "2025-04-30")]


def test_from_one_weekday_to_another_is_that_span() -> None:
    # Published on a Thursday: the Friday to Sunday before it.
    text = "Russian units took 26 km2 from Friday to Sunday, the monitors said."
    assert dated(text, date(2025, 2, 13)) == [(26.0, "2025-02-07", "2025-02-09")]


def test_a_hedged_length_names_no_days_and_no_month_before() -> None:
    text = (
        "Russia took 500 km2 in October. Ukraine lost 200 km2 near Pokrovsk in just "
        "over a month."
    )
    assert dated(text, date(2024, 12, 5)) == [
        (500.0, "2024-10-01", "2024-10-31"),
        (200.0, "", ""),
    ]
    text = "Moscow has captured 2,000 km2 in less than two months, analysts said."
    assert dated(text, date(2024, 12, 5)) == [(2000.0, "", "")]


def test_a_holding_at_the_end_of_a_year_is_held_on_december_31() -> None:
    text = "At the end of last year, Moscow's forces held some 112,000 km2."
    assert dated(text, date(2025, 3, 10)) == [(112000.0, "2024-12-31", "2024-12-31")]
    text = "Russian troops controlled 104,000 km2 at the end of 2023."
    assert dated(text, date(2025, 3, 10)) == [(104000.0, "2023-12-31", "2023-12-31")]
    # A change placed so is placed only roughly (LABELS).
    text = "Russia took 300 km2 at the end of 2024."
    assert dated(text, date(2025, 3, 10)) == [(300.0, "", "")]


def test_a_figure_n_years_or_months_ago_is_held_on_that_day() -> None:
    text = "Moscow controlled about 109,500 km2 a year ago, the analysts said."
    assert dated(text, date(2025, 3, 10)) == [(109500.0, "2024-03-10", "2024-03-10")]
    text = "Kyiv's troops held 1,100 sq km two months ago."
    assert dated(text, date(2025, 3, 10)) == [(1100.0, "2025-01-10", "2025-01-10")]


def test_a_month_of_a_year_written_with_of() -> None:
    text = "Ukrainian troops recaptured 250 km2 in August of 2023."
    assert dated(text, date(2024, 12, 5)) == [(250.0, "2023-08-01", "2023-08-31")]


def test_the_next_sentence_saying_when_the_gains_were_achieved_dates_them() -> None:
    text = (
        "Moscow's troops seized 95 km2, the monitors said. These gains were achieved "
        "between March 3 and March 9."
    )
    assert dated(text, date(2025, 3, 14)) == [(95.0, "2025-03-03", "2025-03-09")]
