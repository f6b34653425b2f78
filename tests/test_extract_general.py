"""Wordings written for these tests, not taken from any corpus: each trap kind
gives no record, and each period wording gives the days worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.extract.candidates import extract
from frontline.extract.text import unglue


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        ("Russian troops are advancing by about 15 square kilometres a day.", "rate"),
        ("Moscow's forces gained 25 km2 per day in November.", "rate"),
        ("The army took roughly 30 square kilometers daily last month.", "rate"),
        (
            "On average, Russian units seized 120 square kilometres each week.",
            "rate",
        ),
        ("Russia advanced at an average rate of 18 km2 per day.", "rate"),
        ("Russia's daily gains reached 35 square kilometres in November.", "rate"),
        ("The average daily advance was 22 square kilometres in the spring.", "rate"),
        ("Russian troops took some 20 square kilometres per 24 hours.", "rate"),
        ("Ukraine's army was losing 20 km2 every day in October.", "rate"),
        ("Moscow's troops were taking some 100 square kilometers a week.", "rate"),
        ("Ukraine, a nation of 603,500 square kilometres, lies in Europe.", "size"),
        ("The Donetsk region covers an area of 26,517 square kilometers.", "size"),
        ("The national park spans 1,200 square kilometres of forest.", "size"),
        ("The Kherson oblast, which is 28,461 sq km in size, borders Crimea.", "size"),
        ("Kursk region has an area of 29,997 square kilometers.", "size"),
        ("Crimea, a peninsula of 27,000 square kilometres, was annexed.", "size"),
        (
            "Sappers have demined 1,500 square kilometres of farmland this year.",
            "not control",
        ),
        ("Deminers cleared 300 square kilometers near Izium in 2024.", "not control"),
        (
            "Around 80 square kilometres remain a grey zone between the armies.",
            "not control",
        ),
        ("About 300 square kilometres are in the so-called gray zone.", "not control"),
        ("Russia now occupies about 18% of Ukraine.", "share"),
        ("Russia controls roughly 11 per cent of the Kharkiv region.", "share"),
    ],
)
def test_a_trap_of_each_kind_is_no_record(sentence: str, what: str) -> None:
    result = extract(sentence, published=date(2025, 1, 15))
    assert result.candidates == []
    assert what in [n.what for n in result.not_recorded]


def test_a_monthly_total_with_its_daily_average_keeps_only_the_total() -> None:
    result = extract(
        "Russia captured 476 square kilometres in December, an average of 15 km2 a day.",
        published=date(2025, 1, 5),
    )
    assert [c.area_km2 for c in result.candidates] == [476.0]
    assert [n.what for n in result.not_recorded] == ["rate"]


def days(sentence: str, published: date) -> tuple[date | None, date | None]:
    (candidate,) = extract(sentence, published=published).candidates
    return candidate.start, candidate.end


@pytest.mark.parametrize(
    ("words", "published", "start", "end"),
    [
        # Counted back from the published day, both ends included.
        (
            "in the past two weeks",
            date(2025, 3, 12),
            date(2025, 2, 27),
            date(2025, 3, 12),
        ),
        (
            "over the past 14 days",
            date(2025, 3, 12),
            date(2025, 2, 27),
            date(2025, 3, 12),
        ),
        (
            "in the last three weeks",
            date(2025, 3, 12),
            date(2025, 2, 20),
            date(2025, 3, 12),
        ),
        # A start alone runs to the published day, across New Year.
        ("since October 1", date(2025, 1, 10), date(2024, 10, 1), date(2025, 1, 10)),
        ("since October", date(2025, 1, 10), date(2024, 10, 1), date(2025, 1, 10)),
        (
            "from October to December",
            date(2025, 1, 10),
            date(2024, 10, 1),
            date(2024, 12, 31),
        ),
        (
            "between November and January",
            date(2025, 1, 10),
            date(2024, 11, 1),
            date(2025, 1, 10),
        ),
        (
            "between June 1 and September 30",
            date(2024, 10, 2),
            date(2024, 6, 1),
            date(2024, 9, 30),
        ),
        # A month without a year is the latest one begun by the published day.
        ("in December", date(2025, 1, 5), date(2024, 12, 1), date(2024, 12, 31)),
        ("in December", date(2024, 12, 20), date(2024, 12, 1), date(2024, 12, 20)),
        ("in January", date(2025, 1, 5), date(2025, 1, 1), date(2025, 1, 5)),
        ("last month", date(2025, 1, 5), date(2024, 12, 1), date(2024, 12, 31)),
        ("so far this year", date(2025, 1, 5), date(2025, 1, 1), date(2025, 1, 5)),
        # Quarters and halves: a part not yet begun is of the year before.
        (
            "in the fourth quarter",
            date(2025, 1, 5),
            date(2024, 10, 1),
            date(2024, 12, 31),
        ),
        ("in Q3", date(2025, 1, 5), date(2024, 7, 1), date(2024, 9, 30)),
        ("in Q1", date(2025, 5, 8), date(2025, 1, 1), date(2025, 3, 31)),
        ("in Q3 2024", date(2025, 8, 8), date(2024, 7, 1), date(2024, 9, 30)),
        ("in H1 2025", date(2025, 8, 5), date(2025, 1, 1), date(2025, 6, 30)),
        ("in H2", date(2025, 1, 8), date(2024, 7, 1), date(2024, 12, 31)),
        (
            "in the second half of the year",
            date(2025, 1, 8),
            date(2024, 7, 1),
            date(2024, 12, 31),
        ),
        (
            "in the first half of the year",
            date(2024, 8, 5),
            date(2024, 1, 1),
            date(2024, 6, 30),
        ),
    ],
)
def test_period_wordings(words: str, published: date, start: date, end: date) -> None:
    sentence = f"Russian forces seized 300 square kilometres {words}."
    assert days(sentence, published) == (start, end)


def test_the_past_week_counts_back_from_the_day_the_statement_was_made() -> None:
    # Published Friday 14 March 2025; said on Monday 10 March: 4-10 March.
    for sentence in (
        "On Monday, Syrskyi said Russia had seized 150 square kilometres in the past week.",
        "Syrskyi said on March 10 that Russia had seized 150 square kilometres in the"
        " past week.",
    ):
        assert days(sentence, date(2025, 3, 14)) == (
            date(2025, 3, 4),
            date(2025, 3, 10),
        )


def test_this_month_and_this_year_are_of_the_statement_day_across_new_year() -> None:
    # Said on 30 December 2024, published 3 January 2025.
    said = "On December 30, the ministry said Russia had seized 300 square kilometres"
    published = date(2025, 1, 3)
    assert days(f"{said} this month.", published) == (
        date(2024, 12, 1),
        date(2024, 12, 30),
    )
    assert days(f"{said} so far this year.", published) == (
        date(2024, 1, 1),
        date(2024, 12, 30),
    )


@pytest.mark.parametrize(
    ("words", "published", "start", "end"),
    [
        # N months to a month: whole months ending with that month's last day.
        (
            "in the 12 months to November",
            date(2024, 12, 3),
            date(2023, 12, 1),
            date(2024, 11, 30),
        ),
        (
            "in the three months through October 2024",
            date(2025, 2, 3),
            date(2024, 8, 1),
            date(2024, 10, 31),
        ),
        # To a day: the weeks end on it (28 days, 28 Oct - 24 Nov).
        (
            "in the four weeks to November 24",
            date(2024, 12, 3),
            date(2024, 10, 28),
            date(2024, 11, 24),
        ),
    ],
)
def test_spans_ending_at_a_month_or_day(
    words: str, published: date, start: date, end: date
) -> None:
    sentence = f"Russian forces seized 300 square kilometres {words}."
    assert days(sentence, published) == (start, end)


def test_last_week_is_the_calendar_week_before_the_published_one() -> None:
    # Published Sunday 5 January 2025: the week before is Mon 23 - Sun 29 December.
    assert days("Russia seized 110 square kilometres last week.", date(2025, 1, 5)) == (
        date(2024, 12, 23),
        date(2024, 12, 29),
    )


@pytest.mark.parametrize(
    ("sentence", "kind", "actor"),
    [
        # Verbs of each class, by their synonyms: a gain of control is a change.
        (
            "Russian forces secured control of 20 square kilometres in December.",
            "change",
            "russia",
        ),
        (
            "Russian forces expanded their control by 35 square kilometres in December.",
            "change",
            "russia",
        ),
        (
            "Russian forces wrested 45 square kilometres from Ukraine in December.",
            "change",
            "russia",
        ),
        # Land left is the other side's gain.
        (
            "Ukrainian forces pulled out of 40 square kilometres in Kursk in December.",
            "change",
            "russia",
        ),
        (
            "Ukraine vacated 40 square kilometres in Kursk in December.",
            "change",
            "russia",
        ),
        (
            "Ukrainian forces yielded 40 square kilometres in Kursk in December.",
            "change",
            "russia",
        ),
        # Keeping land is a holding.
        (
            "Ukraine still retains about 400 square kilometres in Kursk.",
            "holding",
            "ukraine",
        ),
    ],
)
def test_verbs_by_their_class(sentence: str, kind: str, actor: str) -> None:
    (candidate,) = extract(sentence, published=date(2025, 1, 15)).candidates
    assert (candidate.kind, candidate.actor) == (kind, actor)


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian forces flooded 600 square kilometres when they blew up the dam.",
        "Ukrainian troops hold 40 square kilometres of no man's land near Robotyne.",
        "A neutral zone of 30 square kilometres separates the two armies.",
    ],
)
def test_land_that_is_no_sides_is_no_record(sentence: str) -> None:
    result = extract(sentence, published=date(2025, 1, 15))
    assert result.candidates == []


def records(sentence: str) -> list[tuple]:
    result = extract(sentence, published=date(2025, 1, 15))
    return [(c.kind, c.actor, c.region, c.area_km2) for c in result.candidates]


def test_a_part_named_with_including_has_its_own_place() -> None:
    for part in ("500 square kilometres", "500"):
        assert records(
            "Russia has captured 3,000 square kilometres of Ukrainian territory"
            f" this year, including {part} in the Kharkiv region."
        ) == [
            ("change", "russia", "ukraine", 3000.0),
            ("change", "russia", "kharkiv", 500.0),
        ]


def test_a_bare_number_after_any_verb_of_gain_or_loss_repeats_the_unit() -> None:
    assert records(
        "Moscow gained 75 square kilometres in December, while Kyiv regained 10."
    ) == [("change", "russia", "ukraine", 75.0), ("change", "ukraine", "ukraine", 10.0)]
    # Land Russia lost is Ukraine's gain.
    assert records("Russia took 475 square kilometres in November and lost 20.") == [
        ("change", "russia", "ukraine", 475.0),
        ("change", "ukraine", "ukraine", 20.0),
    ]
    # A bare number that counts something else is not a figure.
    assert records(
        "Russia took 600 square kilometres and 30 villages, including 12 in Kharkiv."
    ) == [("change", "russia", "ukraine", 600.0)]


@pytest.mark.parametrize(
    ("words", "published", "start", "end"),
    [
        # Meteorological seasons: the latest begun, 'last' the latest over.
        ("in the summer", date(2025, 10, 2), date(2025, 6, 1), date(2025, 8, 31)),
        ("in the summer", date(2025, 7, 20), date(2025, 6, 1), date(2025, 7, 20)),
        ("last summer", date(2025, 7, 20), date(2024, 6, 1), date(2024, 8, 31)),
        ("last autumn", date(2025, 1, 20), date(2024, 9, 1), date(2024, 11, 30)),
        ("in the winter", date(2025, 3, 20), date(2024, 12, 1), date(2025, 2, 28)),
        (
            "in the spring of 2023",
            date(2025, 3, 20),
            date(2023, 3, 1),
            date(2023, 5, 31),
        ),
    ],
)
def test_a_season_is_its_three_months(
    words: str, published: date, start: date, end: date
) -> None:
    (candidate,) = extract(
        f"Russian forces seized 300 square kilometres {words}.", published=published
    ).candidates
    assert (candidate.start, candidate.end) == (start, end)
    assert any("taken as" in problem for problem in candidate.problems)


def test_the_fall_of_a_town_is_no_season() -> None:
    (candidate,) = extract(
        "Russian forces seized 300 square kilometres during the fall of Avdiivka.",
        published=date(2025, 3, 20),
    ).candidates
    assert (candidate.start, candidate.end) == (None, None)


def test_during_this_period_is_the_season_the_sentence_before_names() -> None:
    (candidate,) = extract(
        "Moscow kept up its attacks all along the front throughout the summer."
        " Its troops took 1,200 square kilometres during this period.",
        published=date(2025, 10, 2),
    ).candidates
    assert (candidate.start, candidate.end) == (date(2025, 6, 1), date(2025, 8, 31))


def test_a_period_in_a_despite_clause_is_not_the_figures() -> None:
    (candidate,) = extract(
        "Ukrainian troops regained 14 square kilometres near Kupiansk, despite the"
        " fact that in October they had almost no reserves there, the general said.",
        published=date(2025, 12, 10),
    ).candidates
    assert (candidate.start, candidate.end) == (None, None)


def test_a_compass_part_of_the_country_is_ukraine_not_the_figure_befores() -> None:
    assert records(
        "Ukrainian troops retook 6 square kilometres near Bakhmut and 9 square"
        " kilometres on the southern front last week."
    ) == [("change", "ukraine", "donetsk", 6.0), ("change", "ukraine", "ukraine", 9.0)]
    assert records(
        "Ukrainian troops retook 6 square kilometres near Bakhmut and 9 square"
        " kilometres in the south last week."
    ) == [("change", "ukraine", "donetsk", 6.0), ("change", "ukraine", "ukraine", 9.0)]


def test_land_under_water_is_no_record() -> None:
    result = extract(
        "Some 120 square kilometres of the Mykolaiv region were under water after"
        " the storm, the governor said.",
        published=date(2025, 1, 15),
    )
    assert result.candidates == []
    assert [n.what for n in result.not_recorded] == ["not control"]


def test_a_garbled_square_kilometre_unit_and_released_land() -> None:
    assert records(
        "So far Ukrainian units have released over 250 square meters. km of the"
        " Kharkiv region."
    ) == [("change", "ukraine", "kharkiv", 250.0)]


def test_land_purged_of_invaders_is_the_speakers_gain() -> None:
    assert records(
        '"We have 30 square kilometres of our land purged of invaders near Robotyne,"'
        " Ukrainian commander Oleksandr Tarnavskyi said."
    ) == [("change", "ukraine", "zaporizhzhia", 30.0)]


def test_over_the_period_of_the_operation_runs_to_the_published_day() -> None:
    assert days(
        "Over the period of the operation, Ukrainian troops took 900 square"
        " kilometres in the Kursk region.",
        date(2024, 8, 20),
    ) == (None, date(2024, 8, 20))


def test_during_the_week_of_a_weekly_report_is_the_past_week() -> None:
    # Published Monday 24 July 2023: 18-24 July.
    assert days(
        "Ukrainian troops liberated 12 square kilometres on the southern front"
        " during the week.",
        date(2023, 7, 24),
    ) == (date(2023, 7, 18), date(2023, 7, 24))


def test_control_restored_in_the_passive_is_a_change() -> None:
    (candidate,) = extract(
        "Since the start of the operation, control over 150 sq. km of territory"
        " has been restored, the Ukrainian commander said.",
        published=date(2026, 3, 9),
    ).candidates
    assert candidate.kind == "change"


def test_expanding_the_territory_a_side_controls_is_a_change() -> None:
    (candidate,) = extract(
        "Russia expanded the territory it controls by 120 square kilometres in May.",
        published=date(2025, 6, 9),
    ).candidates
    assert (candidate.kind, candidate.actor, candidate.start, candidate.end) == (
        "change",
        "russia",
        date(2025, 5, 1),
        date(2025, 5, 31),
    )


def test_lines_of_a_list_without_full_stops_are_one_paragraph() -> None:
    # Each line a sentence; the month, the 'in a month' and the speaker go together.
    (candidate,) = extract(
        "In March 2025, the army kept up its pace of attack\n"
        "Over 400 square kilometres have been liberated in a month\n"
        "Dozens of villages have been liberated, Gerasimov said",
        published=date(2025, 4, 2),
    ).candidates
    assert (candidate.actor, candidate.start, candidate.end) == (
        "russia",
        date(2025, 3, 1),
        date(2025, 3, 31),
    )


def test_the_area_of_freed_land_is_a_change_not_a_size() -> None:
    assert records(
        "Ukrainian troops advanced 5 km and the area of liberated land is 60 square"
        " km in the Kherson region."
    ) == [("change", "ukraine", "kherson", 60.0)]


def test_land_declared_safe_after_a_survey_is_no_record() -> None:
    result = extract(
        "Some 5,000 km2 of de-occupied land has been declared safe after survey.",
        published=date(2025, 1, 15),
    )
    assert result.candidates == []


def test_russian_spellings_of_iivka_towns_place_the_figure() -> None:
    for town in ("Makeyevka", "Makeevka", "Makiyivka"):
        result = extract(
            f"Russian troops took 12 square kilometres near {town} in May.",
            published=date(2025, 6, 9),
        )
        assert [c.region for c in result.candidates] == ["donetsk"], town


def test_liberated_in_a_russian_source_is_russias_and_the_side_driven_out_lost() -> (
    None
):
    assert records(
        "An area of 20 square kilometres has been liberated near Vuhledar, the"
        " Russian Ministry of Defence reported."
    ) == [("change", "russia", "donetsk", 20.0)]
    assert records(
        "The Russian Defence Ministry said that 20 square kilometres had been"
        " liberated after Ukrainian units were forced out of Vuhledar."
    ) == [("change", "russia", "donetsk", 20.0)]


def test_a_later_sentence_with_its_own_area_does_not_place_the_total() -> None:
    assert records(
        "Russian forces took 300 square kilometres in May. Two-thirds, or 200 square"
        " kilometres, are in the Donetsk region."
    )[0] == ("change", "russia", "ukraine", 300.0)


def test_a_sentence_naming_several_oblasts_places_no_figure_after_it() -> None:
    result = extract(
        "Fighting went on in the Zaporizhzhia and Kherson directions. Ukrainian"
        " forces regained 5 square kilometres, the ministry said.",
        published=date(2023, 9, 18),
    )
    assert [c.region for c in result.candidates] == ["ukraine"]


def test_a_figure_in_a_where_clause_is_in_the_place_it_hangs_on() -> None:
    assert records(
        "Besides the fighting in Kursk Oblast, the generals discussed the defence of"
        " the Zaporizhzhia region, where Russia captured 9 square kilometres last week."
    ) == [("change", "russia", "zaporizhzhia", 9.0)]


def test_would_have_without_a_condition_is_reported_with_one_supposed() -> None:
    assert records(
        "According to the count, Russian forces would have captured some 3,100"
        " square kilometres in 2024."
    ) == [("change", "russia", "ukraine", 3100.0)]
    for sentence in (
        "Russia would have captured 5,000 square kilometres if aid had stopped.",
        "Russia could have captured 5,000 square kilometres in 2024.",
    ):
        assert records(sentence) == [], sentence


def test_unglue_puts_back_the_space_markup_lost() -> None:
    assert unglue("Watch videoUkrainian troops hold 90 km2near Sumy") == (
        "Watch video Ukrainian troops hold 90 km2 near Sumy"
    )
    assert unglue("took 35 square kilometersover the week") == (
        "took 35 square kilometers over the week"
    )
    # names written as one word stay one word
    assert unglue("DeepState and McDonald's and YouTube") == (
        "DeepState and McDonald's and YouTube"
    )


def test_a_glued_side_still_names_the_actor() -> None:
    (got,) = extract(
        "Share this storyRussian units seized 64 km2in the past week.",
        published=date(2025, 6, 4),
    ).candidates
    assert (got.actor, got.start, got.end, got.area_km2) == (
        "russia",
        date(2025, 5, 29),
        date(2025, 6, 4),
        64.0,
    )
