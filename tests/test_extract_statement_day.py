"""A statement's day told by a sentence with no figure dates the next one's span."""

from datetime import date

from frontline.extract.candidates import extract

PUBLISHED = date(2025, 7, 10)  # a Thursday


def _spans(text: str) -> list[tuple[date | None, date | None, float]]:
    result = extract(text, published=PUBLISHED)
    return [(c.start, c.end, c.area_km2) for c in result.candidates]


def test_a_report_issued_on_sunday_dates_the_past_day():
    assert _spans(
        "The ministry issued its report on Sunday. It said troops had liberated "
        "12 square kilometres in the past day."
    ) == [(date(2025, 7, 6), date(2025, 7, 6), 12.0)]


def test_an_update_published_on_sunday_read_through_according_to():
    assert _spans(
        "The General Staff published its daily update on Sunday. According to it, "
        "Ukrainian forces liberated 12 square kilometres over the past day."
    ) == [(date(2025, 7, 6), date(2025, 7, 6), 12.0)]


def test_spoke_on_tuesday_counts_the_past_week_back_from_tuesday():
    assert _spans(
        "Syrskyi spoke to reporters on Tuesday. Ukrainian troops have taken 40 "
        "square kilometres over the past week, he said."
    ) == [(date(2025, 7, 2), date(2025, 7, 8), 40.0)]


def test_a_sentence_that_does_not_go_on_with_the_statement_keeps_its_own_day():
    assert _spans(
        "The ministry issued its report on Sunday. Ukrainian troops liberated "
        "12 square kilometres in the past day."
    ) == [(date(2025, 7, 10), date(2025, 7, 10), 12.0)]


def test_a_day_opening_the_sentence_before_the_speech_verb():
    assert _spans(
        "On Sunday, the ministry released its weekly summary. Russian forces "
        "captured 120 sq km over the past week, it said."
    ) == [(date(2025, 6, 30), date(2025, 7, 6), 120.0)]


def test_addressed_the_nation_dates_the_past_24_hours():
    assert _spans(
        "Zelensky addressed the nation on Tuesday evening. According to him, "
        "Ukrainian troops had freed 30 square kilometres in the past 24 hours."
    ) == [(date(2025, 7, 8), date(2025, 7, 8), 30.0)]


def test_a_day_of_fighting_is_no_statement_day():
    assert _spans(
        "On Sunday, Russian forces captured the village of Novoselivka. Russian "
        "forces have captured 120 sq km over the past week, the ministry said."
    ) == [(date(2025, 7, 4), date(2025, 7, 10), 120.0)]


def test_she_wrote_goes_on_with_the_statement_said_on_monday():
    assert _spans(
        "Ukrainian forces are advancing near Robotyne in Zaporizhzhia Oblast, Maliar "
        'said on Monday. "Over the past week, 3 square kilometres were liberated," '
        "she wrote."
    ) == [(date(2025, 7, 1), date(2025, 7, 7), 3.0)]
