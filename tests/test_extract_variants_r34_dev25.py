"""Shapes that real text the rules were never fitted to brought: a place's
country in the possessive ("into Ukraine's Sumy region") and a source's
nationality ("Ukrainian mapping sources") that are not the side that took the
ground; an earlier holding set against today's, with no day of its own; the
outcome a peace plan "calls for", which did not happen; land that "came under"
a side's control (a change, not a holding); a few first weeks after an event's
month, which name no days; "the area that Ukraine has taken back is N" (a
gain, not a holding); and land affected by mines. Every sentence was written
for this file (none is taken from any corpus), and its records were written by
hand from tests/fixtures/prose/real/LABELS.md before any rule was written. Each
case checks every field of every record; near misses, where a rule must not
fire, are marked."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, pending

Row = tuple[str, str, str, str, str, float, str]

CASES: list[tuple[str, str, list[Row]]] = [
    # --- a place's country and a source's nationality are not the taker; a
    # length of no stated days ends on the day named ---------------------------
    # near miss: with no day named, the length names no days at all
    (
        "2025-06-04",
        "According to Ukrainian open-source analysts, Russia has taken more than 200 "
        "square kilometres of Ukraine's eastern Donetsk region in under three weeks.",
        [("change", "russia", "donetsk", "", "", 200, "at_least")],
    ),
    # near miss: Ukraine's own forces are the taker; Russia's is the place
    (
        "2024-08-16",
        "Ukraine's forces have seized more than 1,000 square kilometres of Russia's "
        "southern Kursk region in under two weeks.",
        [("change", "ukraine", "kursk", "", "", 1000, "at_least")],
    ),
    # near miss: a span with a length counts back from the published day
    (
        "2025-06-04",
        "Russian forces captured over 150 square km in Ukraine's Sumy region over "
        "the past two weeks, Ukrainian mapping sources said.",
        [("change", "russia", "sumy", "2025-05-22", "2025-06-04", 150, "at_least")],
    ),
    # near miss: a Russian source of a Ukrainian gain
    (
        "2023-06-20",
        "Ukrainian forces recaptured about 100 square kilometres in the south in "
        "under two weeks, according to Russian military bloggers.",
        [("change", "ukraine", "ukraine", "", "", 100, "approx")],
    ),
    (
        "2025-06-10",
        "On Monday, Russian troops pressed deeper into Ukraine's eastern "
        "Dnipropetrovsk region after seizing more than 90 square kilometres in less "
        "than a week, Ukrainian monitoring groups said.",
        [("change", "russia", "dnipropetrovsk", "", "2025-06-09", 90, "at_least")],
    ),
    (
        "2025-05-20",
        "Russian units drove into Ukraine's northern Sumy region on Tuesday and have "
        "captured some 120 square kilometres within less than two weeks, Ukrainian "
        "analysts say.",
        [("change", "russia", "sumy", "", "2025-05-20", 120, "approx")],
    ),
    (
        "2025-06-05",
        "Russian forces pushed into Ukraine's northern Sumy region this spring. On "
        "Wednesday they had captured over 150 square km in under two weeks, "
        "Ukrainian mapping sources said.",
        [("change", "russia", "sumy", "", "2025-06-04", 150, "at_least")],
    ),
    (
        "2024-08-20",
        "Ukrainian troops advanced into Russia's western Kursk region, capturing about "
        "1,000 square kilometres in the first week, Russian war bloggers said.",
        [("change", "ukraine", "kursk", "", "", 1000, "approx")],
    ),
    # --- an earlier holding set against today's: no day of its own ------------
    (
        "2024-12-10",
        "At the height of the incursion, Kyiv's troops held roughly 1,200 square "
        "kilometres of the Kursk region; today they control about 600 square "
        "kilometres.",
        [
            ("holding", "ukraine", "kursk", "", "", 1200, "approx"),
            ("holding", "ukraine", "kursk", "2024-12-10", "2024-12-10", 600, "approx"),
        ],
    ),
    (
        "2024-11-23",
        "Ukraine controlled about 1,300 km2 of the Kursk region at one point. Its "
        "forces now hold some 700 km2 there.",
        [
            ("holding", "ukraine", "kursk", "", "", 1300, "approx"),
            ("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 700, "approx"),
        ],
    ),
    (
        "2022-11-15",
        "Russia controlled some 125,000 square kilometres of Ukraine in March; it "
        "now controls roughly 110,000 square kilometres of Ukraine.",
        [
            ("holding", "russia", "ukraine", "", "", 125000, "approx"),
            (
                "holding",
                "russia",
                "ukraine",
                "2022-11-15",
                "2022-11-15",
                110000,
                "approx",
            ),
        ],
    ),
    # near miss: the earlier holding has a day of its own
    (
        "2024-11-23",
        "Ukraine controlled about 1,376 km2 of the Kursk region as of August 20, and "
        "now controls roughly 800 km2.",
        [
            ("holding", "ukraine", "kursk", "2024-08-20", "2024-08-20", 1376, "approx"),
            ("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 800, "approx"),
        ],
    ),
    # near miss: a reported holding in the past tense alone is today's
    (
        "2024-11-23",
        "The general said Ukraine controlled about 800 km2 of the Kursk region.",
        [("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 800, "approx")],
    ),
    # near miss: a reported past holding of one side, and the other side's now
    (
        "2024-11-23",
        "The ISW said Russia controlled about 113,000 square kilometres of Ukraine; "
        "Ukrainian forces now hold some 450 square kilometres of the Kursk region.",
        [
            (
                "holding",
                "russia",
                "ukraine",
                "2024-11-23",
                "2024-11-23",
                113000,
                "approx",
            ),
            ("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 450, "approx"),
        ],
    ),
    # near miss: a reported past holding, then the same side's gain since
    (
        "2024-11-23",
        "The ISW said Ukraine controlled about 800 square kilometres of the Kursk "
        "region, and it has now retaken 20 square kilometres near Sudzha.",
        [
            ("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 800, "approx"),
            ("change", "ukraine", "kursk", "", "", 20, "exact"),
        ],
    ),
    (
        "2024-11-23",
        "Ukrainian forces controlled around 1,376 square kilometres of Kursk Oblast "
        "since August, but that area has since shrunk, and they now control about "
        "800 square kilometres.",
        [
            ("holding", "ukraine", "kursk", "", "", 1376, "approx"),
            ("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 800, "approx"),
        ],
    ),
    # --- the outcome a plan calls for did not happen --------------------------
    (
        "2025-11-21",
        "Under the peace proposal, Ukraine would withdraw from the rest of Donetsk, "
        "resulting in a gain of about 6,600 square kilometres for Russia.",
        [],
    ),
    # near miss: a plan that was carried out and its gain
    (
        "2024-11-05",
        "Russia's plan to encircle the town worked: its forces captured about 300 "
        "square kilometres in October.",
        [("change", "russia", "ukraine", "2024-10-01", "2024-10-31", 300, "approx")],
    ),
    # near miss: a plan beside a gain made
    (
        "2025-11-21",
        "The plan envisages a ceasefire along the front line, but Russian forces "
        "captured about 400 square kilometres last month.",
        [("change", "russia", "ukraine", "2025-10-01", "2025-10-31", 400, "approx")],
    ),
    (
        "2025-11-21",
        "The draft deal calls for Kyiv to pull its troops out of the Donbas, handing "
        "Russia some 5,000 square kilometres of the Donetsk region without a fight.",
        [],
    ),
    (
        "2025-08-15",
        "The framework envisages a Ukrainian withdrawal from the areas it still holds "
        "in Donetsk, leading to a net gain of nearly 6,000 square kilometers for "
        "Moscow.",
        [],
    ),
    (
        "2025-11-22",
        "Washington's 28-point plan foresees a pull-back of Ukrainian troops, giving "
        "Moscow roughly 2,300 km2 without a fight, according to an AFP analysis.",
        [],
    ),
    (
        "2025-11-21",
        "The proposal mainly provides for the withdrawal of Ukrainian forces from "
        "land they still control, which amounts to a net gain of about 2,300 sq km "
        "for Moscow.",
        [],
    ),
    # --- land that came under a side's control: a change ----------------------
    (
        "2025-10-24",
        "Over the past week, some 180 square kilometres came under the full control "
        "of Russian troops.",
        [("change", "russia", "ukraine", "2025-10-18", "2025-10-24", 180, "approx")],
    ),
    (
        "2023-09-05",
        "Last week a further 12 square kilometres came under Ukrainian control near "
        "Robotyne.",
        [
            (
                "change",
                "ukraine",
                "zaporizhzhia",
                "2023-08-28",
                "2023-09-03",
                12,
                "exact",
            )
        ],
    ),
    # near miss: land that is (or remains) under control is held
    (
        "2025-10-24",
        "About 113,000 square kilometres of Ukraine are under Russian military "
        "control.",
        [
            (
                "holding",
                "russia",
                "ukraine",
                "2025-10-24",
                "2025-10-24",
                113000,
                "approx",
            )
        ],
    ),
    (
        "2024-10-17",
        "Some 600 square kilometres of the Kursk region remain under Ukrainian "
        "military control.",
        [("holding", "ukraine", "kursk", "2024-10-17", "2024-10-17", 600, "approx")],
    ),
    (
        "2025-10-24",
        "During the day, 40 square kilometres of territory came under Russian "
        "military control, the ministry said.",
        [("change", "russia", "ukraine", "2025-10-24", "2025-10-24", 40, "exact")],
    ),
    (
        "2024-08-15",
        "About 1,000 square kilometres of the Kursk region have come under Ukrainian "
        "military control since August 6, the commander said.",
        [("change", "ukraine", "kursk", "2024-08-06", "2024-08-15", 1000, "approx")],
    ),
    (
        "2025-10-24",
        "Yesterday 52 square kilometres of Ukrainian land passed under Russian "
        "military control.",
        [("change", "russia", "ukraine", "2025-10-23", "2025-10-23", 52, "exact")],
    ),
    # --- the first weeks after an event's month name no days -----------------
    (
        "2023-10-05",
        "The counteroffensive began in June, and within the first few months "
        "Ukrainian troops liberated about 300 square kilometres in the south.",
        [("change", "ukraine", "ukraine", "", "", 300, "approx")],
    ),
    # near miss: the figure's own month
    (
        "2025-01-05",
        "Ukraine started its incursion into Russia's Kursk Oblast last August, and "
        "in September its forces took control of about 200 square kilometres.",
        [("change", "ukraine", "kursk", "2024-09-01", "2024-09-30", 200, "approx")],
    ),
    # near miss: a span counted back from the published day
    (
        "2024-08-20",
        "Within the past two weeks, Ukrainian forces have taken control of about "
        "1,250 square kilometres of the Kursk region.",
        [("change", "ukraine", "kursk", "2024-08-07", "2024-08-20", 1250, "approx")],
    ),
    (
        "2025-01-05",
        "Ukraine launched its cross-border offensive into Russia's Kursk region last "
        "August, and in the first few weeks its troops captured about 1,300 square "
        "kilometres.",
        [("change", "ukraine", "kursk", "", "", 1300, "approx")],
    ),
    (
        "2025-01-05",
        "Kyiv's forces crossed into Kursk Oblast in August; within the first days, "
        "they seized roughly 1,000 square kilometres.",
        [("change", "ukraine", "kursk", "", "", 1000, "approx")],
    ),
    (
        "2025-01-05",
        "Ukraine started its incursion into Russia's Kursk Oblast last August. "
        "Within the first few weeks, Ukrainian forces took control of approximately "
        "1,300 square kilometers.",
        [("change", "ukraine", "kursk", "", "", 1300, "approx")],
    ),
    # --- "the area that a side has taken is N": a gain ------------------------
    (
        "2023-06-19",
        "According to Maliar, the area that Ukraine has retaken in the south is 113 "
        "square kilometres.",
        [("change", "ukraine", "ukraine", "", "", 113, "exact")],
    ),
    (
        "2023-06-12",
        "The area of territory recaptured by Ukrainian forces is 90 square "
        "kilometres, she added.",
        [("change", "ukraine", "ukraine", "", "", 90, "exact")],
    ),
    (
        "2024-01-10",
        "The area Russian forces have seized near Avdiivka is about 30 square "
        "kilometres.",
        [("change", "russia", "donetsk", "", "", 30, "approx")],
    ),
    (
        "2023-06-12",
        "The territory that Ukrainian troops have liberated so far amounts to 100 "
        "square kilometres, the deputy minister said.",
        [("change", "ukraine", "ukraine", "", "2023-06-12", 100, "exact")],
    ),
    (
        "2023-06-26",
        "The area that Ukrainian forces have brought back under their control in the "
        "south is about 130 square kilometres, the deputy minister said.",
        [("change", "ukraine", "ukraine", "", "", 130, "approx")],
    ),
    (
        "2024-05-20",
        "Russia says the territory its forces have taken under their control near "
        "Vovchansk is 170 square kilometres.",
        [("change", "russia", "kharkiv", "", "", 170, "exact")],
    ),
    # near miss: the area a side controls is a holding
    (
        "2024-11-01",
        "The area that Ukraine controls in the Kursk region is 600 square kilometres.",
        [("holding", "ukraine", "kursk", "2024-11-01", "2024-11-01", 600, "exact")],
    ),
    # near miss: the area under a side's control on a named day is a holding
    (
        "2023-06-12",
        "As of June 10, the area of territory under Ukrainian control near Bakhmut "
        "is 90 square kilometres.",
        [("holding", "ukraine", "donetsk", "2023-06-10", "2023-06-10", 90, "exact")],
    ),
    (
        "2022-09-14",
        "The territory that Ukrainian troops have taken back under their control in "
        "the Kharkiv region is more than 3,800 square kilometres, a Ukrainian "
        "commander said.",
        [("change", "ukraine", "kharkiv", "", "", 3800, "at_least")],
    ),
    (
        "2025-02-01",
        "According to the British defence ministry, Ukraine held approximately 1,300 "
        "km2 in the Kursk region since the summer. The area has decreased by a "
        "third, and Ukrainian troops currently control roughly 850 km2.",
        [
            ("holding", "ukraine", "kursk", "", "", 1300, "approx"),
            ("holding", "ukraine", "kursk", "2025-02-01", "2025-02-01", 850, "approx"),
        ],
    ),
    # --- land affected by mines is no one's gain ------------------------------
    (
        "2025-06-24",
        "Deminers have reduced the area affected by mines to about 137,000 square "
        "kilometres, the government said.",
        [],
    ),
    (
        "2025-06-24",
        "Ukraine has stepped up efforts to clear unexploded ordnance and has shrunk "
        "the affected territory to some 140,000 square km, a 20% drop since 2022.",
        [],
    ),
    (
        "2024-12-01",
        "Kyiv has cut the area it considers hazardous to about 156,000 square "
        "kilometres as it clears landmines.",
        [],
    ),
    (
        "2025-06-24",
        "Since 2022, sappers working to remove landmines have reduced the "
        "contaminated area to roughly 139,000 sq km.",
        [],
    ),
    (
        "2025-06-24",
        "Efforts to clear landmines have cut the territory in need of clearance to "
        "some 137,000 square kilometres.",
        [],
    ),
    # near miss: a gain told next to demining
    (
        "2025-06-24",
        "Ukraine has intensified efforts to clear landmines, while Russian forces "
        "captured about 190 square kilometres over the past week.",
        [("change", "russia", "ukraine", "2025-06-18", "2025-06-24", 190, "approx")],
    ),
    (
        "2025-06-24",
        "The area affected by the fighting keeps growing: Russian troops seized 40 "
        "square kilometres near Pokrovsk last week.",
        [("change", "russia", "donetsk", "2025-06-16", "2025-06-22", 40, "exact")],
    ),
    (
        "2025-06-24",
        "Ukraine has intensified its mine clearance. The affected area now stands at "
        "around 137,000 square kilometres, the prime minister said.",
        [],
    ),
    (
        "2025-06-24",
        "Ukraine has stepped up work against landmines and has reduced the area at "
        "risk to about 137,000 square km.",
        [],
    ),
    (
        "2025-06-24",
        "Kyiv says the affected area has shrunk to 140,000 square kilometres after "
        "two years of landmine removal.",
        [],
    ),
    # near miss: a launch on a named day starts the length, and ends nothing
    # (LABELS: "within a month of a launch on a named day")
    (
        "2024-08-30",
        "Ukraine's troops crossed into Russia on August 6 and seized about 1,000 "
        "square kilometres of the Kursk region in under two weeks.",
        [("change", "ukraine", "kursk", "2024-08-06", "", 1000, "approx")],
    ),
    # --- a place's country and a source's nationality are not the taker; a
    # length of no stated days ends on the day named ---------------------------
    (
        "2025-06-04",
        "Moscow's forces pushed further into Ukraine's north-eastern Kharkiv region "
        "on Wednesday, threatening Kupiansk after taking about 60 square kilometres "
        "in under ten days, according to Russian officials and Ukrainian mapping "
        "sources.",
        [("change", "russia", "kharkiv", "", "2025-06-04", 60, "approx")],
    ),
]

NOT_YET: list[tuple[str, str, list[Row]]] = []


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        *CASES,
        *(pending("not read yet: see the comment above the case", c) for c in NOT_YET),
    ],
    ids=case_ids(len(CASES) + len(NOT_YET)),
)
def test_variant_reads_as_labelled(
    published: str, sentence: str, expected: list
) -> None:
    assert_reads_as_labelled(published, sentence, expected)
