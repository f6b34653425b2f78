"""Dates of records read from whole passages: one test per kind of phrasing,
each on a made-up sentence of that kind."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract


def dated(text: str, published: date) -> list[tuple[float, str, str]]:
    """(area, start, end) of every candidate, dates as ISO text or ""."""
    return [
        (
            c.area_km2,
            c.start.isoformat() if c.start else "",
            c.end.isoformat() if c.end else "",
        )
        for c in extract(text, published=published).candidates
    ]


def test_a_day_named_with_as_of_is_the_day_currently_means() -> None:
    text = "Moscow currently holds about 98,000 sq km of Ukraine, as of 3 March."
    assert dated(text, date(2024, 3, 5)) == [(98000.0, "2024-03-03", "2024-03-03")]


def test_since_an_event_placed_in_a_month_runs_to_today_from_no_day() -> None:
    text = (
        "Kyiv's troops have retaken 88 square kilometres since launching their "
        "offensive in June 2023, officials said."
    )
    assert dated(text, date(2023, 8, 14)) == [(88.0, "", "2023-08-14")]
    text = "Since opening its assault last month, the army has seized 41 sq km."
    assert dated(text, date(2024, 6, 10)) == [(41.0, "", "2024-06-10")]


def test_a_figure_in_brackets_after_a_date_phrase_takes_that_phrase() -> None:
    text = (
        "By mid-March the army had gained more ground than in both January "
        "(210 sq km) and February (190 sq km) combined."
    )
    assert dated(text, date(2025, 3, 20)) == [
        (210.0, "2025-01-01", "2025-01-31"),
        (190.0, "2025-02-01", "2025-02-28"),
    ]
    text = (
        "In June, Russia took 400 km2, more than in May (about 350 km2), analysts said."
    )
    assert dated(text, date(2025, 7, 2)) == [
        (400.0, "2025-06-01", "2025-06-30"),
        (350.0, "2025-05-01", "2025-05-31"),
    ]


def test_the_month_a_superlative_looks_back_to_is_no_period() -> None:
    text = (
        "In May 2025, Moscow's troops made their fastest gains since the early "
        "weeks of the war in March 2022. According to analysts, they captured "
        "450 km2 over the month."
    )
    assert dated(text, date(2025, 6, 3)) == [(450.0, "2025-05-01", "2025-05-31")]
    # a recent month after the horizon is the month of the gains
    text = (
        "Russian forces made their largest monthly gains since the early weeks "
        "of the war in November, capturing 725 sq km."
    )
    assert dated(text, date(2024, 12, 2)) == [(725.0, "2024-11-01", "2024-11-30")]


def test_an_estimate_of_the_figure_before_takes_its_period() -> None:
    text = (
        "Moscow says its troops have seized 1,200 sq km since the start of the "
        "year. Independent analysts put the gain at 900 sq km."
    )
    assert dated(text, date(2025, 5, 20)) == [
        (1200.0, "2025-01-01", "2025-05-20"),
        (900.0, "2025-01-01", "2025-05-20"),
    ]


def test_a_running_total_beside_a_figure_of_a_period_has_no_period() -> None:
    text = (
        "In the past week our units liberated 3 square kilometres near Kupiansk, "
        "and 45 square kilometres in total."
    )
    assert dated(text, date(2023, 9, 4)) == [
        (3.0, "2023-08-29", "2023-09-04"),
        (45.0, "", ""),
    ]
    text = (
        "Another 6 sq km were freed in the south over the past week, and the "
        "total is 230 sq km."
    )
    assert dated(text, date(2023, 9, 4)) == [
        (6.0, "2023-08-29", "2023-09-04"),
        (230.0, "", ""),
    ]
    # a total that "has reached" N stands at N on the day (LABELS)
    text = (
        "Another 6 sq km were freed in the south over the past week, and the "
        "total has now reached 230 sq km."
    )
    assert dated(text, date(2023, 9, 4)) == [
        (6.0, "2023-08-29", "2023-09-04"),
        (230.0, "", "2023-09-04"),
    ]


def test_respectively_pairs_months_that_share_one_year() -> None:
    text = (
        "In March and April 2025, Moscow's forces took 240 and 380 sq km, respectively."
    )
    assert dated(text, date(2025, 6, 1)) == [
        (240.0, "2025-03-01", "2025-03-31"),
        (380.0, "2025-04-01", "2025-04-30"),
    ]
    text = "Russia seized 150 and 210 km2 in November and December 2023, respectively."
    assert dated(text, date(2024, 2, 1)) == [
        (150.0, "2023-11-01", "2023-11-30"),
        (210.0, "2023-12-01", "2023-12-31"),
    ]


def test_over_the_year_of_a_figure_is_that_year() -> None:
    text = (
        "On Dec. 28, 2024, the minister reported the capture over the year of "
        "4,100 square kilometers, with the largest monthly gain in November."
    )
    assert dated(text, date(2025, 1, 3)) == [(4100.0, "2024-01-01", "2024-12-28")]


def test_a_total_reached_by_two_days_ends_on_the_later() -> None:
    text = (
        "Kyiv's troops claimed to have advanced about 600 square kilometers "
        "by March 14-15, officials said."
    )
    assert dated(text, date(2025, 4, 2)) == [(600.0, "", "2025-03-15")]


def test_a_period_of_a_second_thing_reported_is_not_the_figures() -> None:
    text = (
        "The ministry said its troops had captured 12 square kilometers near "
        "the town, and that the enemy had lost 300 soldiers over the past day."
    )
    assert dated(text, date(2024, 5, 6)) == [(12.0, "", "")]


def test_years_added_up_to_compare_with_are_no_period() -> None:
    text = (
        "In 2023, Moscow lost more armour than ever. The losses exceed its losses in "
        "2021 and 2022 combined. Even so, Russian forces captured 1,200 km2."
    )
    assert dated(text, date(2024, 1, 5)) == [(1200.0, "2023-01-01", "2023-12-31")]
    # a bound word before the figure is no comparison of periods
    text = "Russia's gains exceeded 1,000 km2 in September and October combined."
    assert dated(text, date(2024, 11, 20)) == [(1000.0, "2024-09-01", "2024-10-31")]


def test_a_figure_the_sentence_before_announces_for_a_period_takes_it() -> None:
    text = (
        "The general said on Friday that 40 villages were retaken in the past "
        "week. He told reporters that about 500 sq km had been recaptured."
    )
    assert dated(text, date(2022, 9, 16)) == [(500.0, "2022-09-10", "2022-09-16")]
    # a state now is not the gain such a sentence announces
    text = "Kyiv regained 20 villages in the past week. Russia controls 110,000 sq km."
    assert dated(text, date(2024, 11, 20)) == [(110000.0, "2024-11-20", "2024-11-20")]


def test_land_held_before_what_the_sentence_tells_is_held_on_no_day() -> None:
    text = (
        "After occupying some 2,000 sq km of the region, Russian troops have "
        "lost a third of it."
    )
    assert dated(text, date(2023, 5, 2)) == [(2000.0, "", "")]


def test_a_holding_at_the_end_of_a_month_is_held_on_its_last_day() -> None:
    text = "At the end of June 2024, Russia controlled about 3,900 sq km of Kharkiv."
    assert dated(text, date(2024, 9, 10)) == [(3900.0, "2024-06-30", "2024-06-30")]
    # a change "at the end of June" is placed only roughly (LABELS)
    text = "At the end of June, Russian troops seized 20 sq km near Vovchansk."
    assert dated(text, date(2024, 9, 10)) == [(20.0, "", "")]


def test_a_total_word_of_a_shared_verb_dates_every_listed_figure() -> None:
    text = (
        "Kyiv says its forces have already retaken 90 sq km near Kreminna and "
        "35 sq km near Svatove during the counteroffensive."
    )
    assert dated(text, date(2023, 6, 20)) == [
        (90.0, "", "2023-06-20"),
        (35.0, "", "2023-06-20"),
    ]


def test_after_an_event_in_a_month_runs_to_today_only_for_a_total() -> None:
    text = (
        "The general said the push raised the ground retaken after the "
        "offensive launch in May to about 150 sq km."
    )
    assert dated(text, date(2023, 7, 3)) == [(150.0, "", "2023-07-03")]
    # a finished gain in the simple past has no period (LABELS)
    text = "Ukraine recaptured 100 sq km after launching its offensive in May."
    assert dated(text, date(2023, 7, 3)) == [(100.0, "", "")]


def test_a_part_of_the_figure_before_shares_its_period() -> None:
    text = (
        "Russian troops have seized 700 sq km over the past month. This includes "
        "a 90 sq km area near Kupiansk and new pushes into Sumy in May."
    )
    assert dated(text, date(2025, 6, 3)) == [
        (700.0, "2025-05-05", "2025-06-03"),
        (90.0, "2025-05-05", "2025-06-03"),
    ]
