"""Which place a figure is of, when a passage names more than one.

Each rule is pinned on a sentence written for it (LABELS.md, *Region*): a figure
over several named places is of the wider whole, a place in another count's
inclusion clause is not the total's, and a place that a previous sentence gives
the same push carries over when the figure's own sentence names none.
"""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract


def regions(text: str, published: str) -> list[tuple[float, str]]:
    """Each candidate's area and region, in order."""
    result = extract(text, published=date.fromisoformat(published))
    return [(c.area_km2, c.region) for c in result.candidates]


def test_a_share_of_the_next_place_still_lists_both_places() -> None:
    # "and a part of", "and a third of": two oblasts, so the whole country.
    assert regions(
        "Kyiv says its troops have won back 310 square kilometers in Kherson "
        "Oblast and a part of Mykolaiv Oblast since June.",
        "2022-09-30",
    ) == [(310.0, "ukraine")]
    assert regions(
        "Before the invasion Moscow held some 40,000 km2 - Crimea and a third of "
        "the Luhansk and Donetsk regions.",
        "2022-05-01",
    ) == [(40000.0, "ukraine")]
    assert regions(
        "Kyiv says its troops have won back 310 square kilometers in Kherson "
        "Oblast and in parts of Mykolaiv Oblast since June.",
        "2022-09-30",
    ) == [(310.0, "ukraine")]
    assert regions(
        "Moscow's units took 540 square kilometres in Ukraine's Luhansk region "
        "and Russia's Belgorod region in December.",
        "2025-01-05",
    ) == [(540.0, "ukraine")]
    # One place with a share of itself is still that place.
    assert regions(
        "Russian forces took 95 square kilometres in a part of Donetsk Oblast "
        "last week.",
        "2024-06-10",
    ) == [(95.0, "donetsk")]


def test_a_front_over_a_country_and_an_oblast_is_the_country() -> None:
    assert regions(
        "Moscow's troops seized 2,310 km2 in Ukraine and the Bryansk region "
        "between June and August, the analysts wrote.",
        "2025-09-02",
    ) == [(2310.0, "ukraine")]
    assert regions(
        "Russia says it captured 480 square kilometres in the Belgorod region "
        "and in Ukraine in May.",
        "2025-06-03",
    ) == [(480.0, "ukraine")]
    assert regions(
        "Moscow's troops seized 2,310 km2 across Ukraine and in Russia's "
        "Bryansk region between June and August.",
        "2025-09-02",
    ) == [(2310.0, "ukraine")]
    assert regions(
        "Moscow's troops seized 2,310 km2 in the Bryansk region and Ukraine "
        "between June and August.",
        "2025-09-02",
    ) == [(2310.0, "ukraine")]
    # "and Ukraine" that begins a clause of its own lists nothing.
    assert regions(
        "Kyiv's troops seized 600 km2 of the Bryansk region and Ukraine says "
        "they will stay.",
        "2025-09-02",
    ) == [(600.0, "bryansk")]
    # Land of Ukraine in an oblast is that oblast, not a list.
    assert regions(
        "Russia captured 480 square kilometres of Ukrainian territory in the "
        "Donetsk region in May.",
        "2025-06-03",
    ) == [(480.0, "donetsk")]


def test_a_place_of_an_inclusion_is_not_given_to_the_total_after_it() -> None:
    text = (
        "The governor said 41 villages were freed this week, including nine in "
        "the occupied part of Kherson Oblast. Altogether, more than 1,100 square "
        "kilometres have been freed since the summer."
    )
    assert regions(text, "2022-10-20") == [(1100.0, "ukraine")]
    # The place of the sentence's own count still carries.
    text = (
        "The governor said 41 villages in Kherson Oblast were freed this week. "
        "Altogether, more than 1,100 square kilometres have been freed since "
        "the summer."
    )
    assert regions(text, "2022-10-20") == [(1100.0, "kherson")]


def test_a_push_placed_just_before_a_line_break_places_the_figure_after_it() -> None:
    text = (
        "Kyiv's offensive has seen a dozen villages in the southern Kherson "
        "region recaptured by Ukrainian troops.\n"
        "Officials said on Friday that Ukraine retook about 600 sq km in recent "
        "days."
    )
    assert regions(text, "2022-10-07") == [(600.0, "kherson")]
    # The other side's gain is not the same push.
    text = (
        "Kyiv's offensive has seen a dozen villages in the southern Kherson "
        "region recaptured by Ukrainian troops.\n"
        "Officials said on Friday that Russia took about 600 sq km in recent "
        "days."
    )
    assert regions(text, "2022-10-07") == [(600.0, "ukraine")]
    # A sentence that takes no land places no push.
    text = (
        "Heavy shelling was reported in the southern Kherson region overnight.\n"
        "Officials said on Friday that Ukraine retook about 600 sq km in recent "
        "days."
    )
    assert regions(text, "2022-10-07") == [(600.0, "ukraine")]


def test_russian_territory_during_the_kursk_incursion_is_kursk_whoever_holds_it() -> (
    None
):
    # Taken back by Russia, or held by a side the passage does not name.
    result = extract(
        "Russian troops have won back 590 sq km of Russian territory since "
        "October, the estimate said.",
        published=date(2024, 12, 10),
    )
    assert [(c.actor, c.region) for c in result.candidates] == [("russia", "kursk")]
    assert any("kursk" in problem for problem in result.candidates[0].problems)
    assert regions(
        "By the estimate, some 480 square kilometres of Russian territory remain "
        "in the hands of the incursion force.",
        "2025-01-20",
    ) == [(480.0, "kursk")]
    # Before the incursion the words still name no oblast.
    assert regions(
        "Russian troops have won back 20 sq km of Russian territory since "
        "the raid, the estimate said.",
        "2023-06-10",
    ) == [(20.0, "")]


def test_land_taken_back_by_the_other_side_is_of_the_place_taken() -> None:
    assert regions(
        "Kyiv's troops seized 900 square kilometres of the Belgorod region in "
        "May, while Russian units have since retaken 350 square kilometres.",
        "2025-09-01",
    ) == [(900.0, "belgorod"), (350.0, "belgorod")]
    # A new gain of the other side, not taking back, is not placed by it.
    assert regions(
        "Kyiv's troops seized 900 square kilometres of the Belgorod region in "
        "May, while Russian units have since captured 350 square kilometres.",
        "2025-09-01",
    ) == [(900.0, "belgorod"), (350.0, "ukraine")]


def test_a_place_of_a_part_is_not_given_to_the_total_after_it() -> None:
    text = (
        "Moscow claims 212 villages this year, most of them in the Luhansk "
        "region. Overall its troops have captured 2,900 km2 since January, the "
        "ministry said."
    )
    assert regions(text, "2025-06-30") == [(2900.0, "ukraine")]
    # "all of them" is the whole count, which the place still places.
    text = (
        "Moscow claims 12 villages this month, all of them in the Luhansk "
        "region. Overall its troops have captured 290 km2 since June 1, the "
        "ministry said."
    )
    assert regions(text, "2025-06-30") == [(290.0, "luhansk")]


def test_villages_of_the_2022_southern_front_are_in_their_oblast() -> None:
    assert regions(
        "On the Davydiv Brid-Novoraisk axis, our units freed 84 sq km in the "
        "past day, the commander said.",
        "2022-10-05",
    ) == [(84.0, "kherson")]
    assert regions(
        "Ukrainian troops have retaken about 60 km2 around Snihurivka this week.",
        "2022-11-11",
    ) == [(60.0, "mykolaiv")]


def test_a_share_of_the_gains_placed_after_the_figure_does_not_place_it() -> None:
    text = (
        "Moscow's army took 390 km2 in August. More than half of the gains were "
        "in the Kharkiv region, the analysts said."
    )
    assert regions(text, "2025-09-03") == [(390.0, "ukraine")]
    text = (
        "Moscow's army took 390 km2 in August. Two-thirds of it was in the "
        "Kharkiv region, the analysts said."
    )
    assert regions(text, "2025-09-03") == [(390.0, "ukraine")]


def test_a_second_place_no_oblast_list_knows_makes_the_figure_several() -> None:
    assert regions(
        "Kyiv's forces have returned 420 sq km to Ukrainian control in the "
        "direction of Kupiansk and the Siverskyi Donets River, a general said.",
        "2022-09-20",
    ) == [(420.0, "ukraine")]
    # A second place that is known is counted as what it is.
    assert regions(
        "Kyiv's forces have returned 420 sq km to Ukrainian control in the "
        "direction of Kupiansk and the Vovchansk direction, a general said.",
        "2022-09-20",
    ) == [(420.0, "kharkiv")]


def test_the_other_country_after_a_contrast_is_not_the_front_before() -> None:
    assert regions(
        "In the Belgorod region, Russia has won back 60 km2, while in Ukraine "
        "it took 700 km2 over the month.",
        "2025-04-30",
    ) == [(60.0, "belgorod"), (700.0, "ukraine")]
    # Ukraine's land after a Ukrainian front is still that front's.
    assert regions(
        "Kyiv lost 5 km2 near Pokrovsk, but regained 26 km2 of Ukrainian "
        "territory, the analysts said.",
        "2025-04-30",
    ) == [(5.0, "donetsk"), (26.0, "donetsk")]


def test_an_oblast_and_elsewhere_is_the_whole_front() -> None:
    for words in ("and the south", "and elsewhere", "and other regions"):
        assert regions(
            f"Ukraine has retaken 640 km2 in the Kherson region {words} since "
            "the start of October.",
            "2022-10-20",
        ) == [(640.0, "ukraine")], words
    # "the south of" the same oblast is still that oblast.
    assert regions(
        "Ukraine has retaken 640 km2 in the Kherson region and the south of "
        "it since the start of October.",
        "2022-10-20",
    ) == [(640.0, "kherson")]


def test_places_each_with_its_own_preposition_are_listed_together() -> None:
    for words in (
        "in the Luhansk region and near Kupiansk",
        "near Kreminna and around Kupiansk",
        "on the Lyman front and on the Kupiansk front",
        "in Luhansk and the neighbouring Kharkiv region",
    ):
        text = f"Moscow's army took 290 km2 {words} in May."
        assert regions(text, "2025-06-02") == [(290.0, "ukraine")], words
    # Two places of one oblast are still that oblast.
    assert regions(
        "Moscow's army took 290 km2 near Vovchansk and around Kupiansk in May.",
        "2025-06-02",
    ) == [(290.0, "kharkiv")]


def test_moscows_short_names_are_the_oblasts_and_a_bracketed_one_no_second_place() -> (
    None
):
    assert regions(
        "Russian units liberated 210 square kilometers in the LPR in spring, "
        "the ministry said.",
        "2022-06-30",
    ) == [(210.0, "luhansk")]
    # "Luhansk People's Republic (LPR)" after a list is one place of the list.
    assert regions(
        "Russian units liberated 40 villages in the Kharkov and Zaporozhye "
        "Regions and the Luhansk People's Republic (LPR) this spring, taking "
        "control of about 700 square kilometers.",
        "2025-06-01",
    ) == [(700.0, "ukraine")]
    # "the aforementioned regions" are several.
    assert regions(
        "In May, Russian units liberated 12 settlements in the aforementioned "
        "regions and the LPR - about 310 square kilometers of territory.",
        "2025-06-01",
    ) == [(310.0, "ukraine")]
    # North Korea's initials name no oblast.
    assert regions(
        "DPRK troops helped Moscow win back 600 square kilometers of the Kursk region.",
        "2025-01-10",
    ) == [(600.0, "kursk")]


def test_a_share_of_the_figure_placed_in_its_own_sentence_is_no_place_of_it() -> None:
    for words in (
        "the majority in the Zaporizhzhia region",
        "predominantly in the Zaporizhzhia region",
        "70% of it in the Zaporizhzhia region",
    ):
        text = f"Russia took 2,100 km2 in 2023, {words}."
        assert regions(text, "2024-01-04") == [(2100.0, "ukraine")], words
    text = "Russia took 2,100 km2 in 2023; two thirds of that was near Robotyne."
    assert regions(text, "2024-01-04") == [(2100.0, "ukraine")]
    # The share of a region that the figure restates is still of that region.
    text = "Russia holds 70% of the Zaporizhzhia region, about 19,000 km2."
    assert regions(text, "2024-01-04") == [(19000.0, "zaporizhzhia")]


def test_a_share_placed_in_the_next_sentence_does_not_place_the_figure() -> None:
    for words in ("70% of it was", "The majority was", "Two thirds of that was"):
        text = f"Russia took 2,100 km2 in 2023. {words} in the Zaporizhzhia region."
        assert regions(text, "2024-01-04") == [(2100.0, "ukraine")], words


def test_russia_named_as_a_place_just_before_places_a_ukrainian_figure_then() -> None:
    text = (
        "Ukraine's incursion into Russia began on August 6. Kyiv says it now "
        "controls 1,150 square kilometres."
    )
    assert regions(text, "2024-08-27") == [(1150.0, "kursk")]
    # Before the incursion the words name no oblast, and the gain is Ukraine's.
    text = (
        "Russian units fell back into Russia in disarray. Kyiv says it has "
        "retaken 3,000 square kilometres."
    )
    assert regions(text, "2022-09-12") == [(3000.0, "ukraine")]
