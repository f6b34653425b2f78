"""Whose a figure is, where it is, what kind it is and whether it is one at
all, in the shapes news copy uses for the sides and the places: a quoted
commander's "we", passives ("were liberated", "fell to Russian forces", "came
under Ukrainian control"), "the enemy", "the invaders", "the occupiers",
"Moscow's forces", "Kyiv's troops", "Russian-backed separatists", "DPR
forces"; a region read from the figure's clause rather than the first place
named; oblasts and towns spelled the Ukrainian and the Russian way (Zaporozhye,
Kharkov, Lugansk, Donetska, Avdeyevka, Artemovsk, Krasnoarmeysk, Ugledar,
Kupyansk, Volchansk, Konstantinovka, Gulyaipole, Dzerzhinsk) and towns standing
for their oblast; holdings against changes ("now occupies", "has lost control
of", "were driven out of", "has shrunk to"); and traps: rates, sizes of places,
mined, flooded, fortified, grey, contested or shelled land, land under fire or
in range, plans, goals and buffer zones, a map's scale, settlement counts,
depths, and one figure said twice.
Every sentence was written for this file (none is taken from any corpus), and
its records were written by hand from tests/fixtures/prose/real/LABELS.md.
The first 89 were written before any rule was changed (77 read right, 12 not);
those the rules then read right were moved into CASES, marked by the comment
above them, and the two still not read are in NOT_YET, each with why. The
cases whose comment says they were written with a rule or while probing were
added after the first rules, to hold the rules to their scope. Near misses, where a rule must not fire, are among the
cases (a rate beside a total, "an area the size of" beside a gain, "under
fire" and "minefields" beside a gain, a plan that stalled beside a gain)."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, pending

Row = tuple[str, str, str, str, str, float, str]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "2024-02-20",
        "“Over the past week we liberated 12 square kilometres near Robotyne,” Tarnavskyi said.",
        [
            (
                "change",
                "ukraine",
                "zaporizhzhia",
                "2024-02-14",
                "2024-02-20",
                12,
                "exact",
            )
        ],
    ),
    (
        "2023-08-15",
        "Hanna Maliar said that in the south 3 square kilometres were liberated over the past week.",
        [("change", "ukraine", "ukraine", "2023-08-09", "2023-08-15", 3, "exact")],
    ),
    (
        "2024-05-20",
        "Ukraine's General Staff said the enemy had advanced over 100 square kilometres in the Kharkiv region since May 10.",
        [("change", "russia", "kharkiv", "2024-05-10", "2024-05-20", 100, "at_least")],
    ),
    (
        "2024-08-20",
        "According to the Russian Defence Ministry, the enemy has been driven out of 50 square kilometres of the Kursk region over the past week.",
        [("change", "russia", "kursk", "2024-08-14", "2024-08-20", 50, "exact")],
    ),
    (
        "2024-12-02",
        "Moscow's forces captured 725 square kilometres in November, according to an AFP analysis of ISW data.",
        [("change", "russia", "ukraine", "2024-11-01", "2024-11-30", 725, "exact")],
    ),
    (
        "2024-08-15",
        "Kyiv's troops now control about 1,150 square kilometres of the Kursk region, Syrskyi said.",
        [("holding", "ukraine", "kursk", "2024-08-15", "2024-08-15", 1150, "approx")],
    ),
    (
        "2023-06-19",
        "The invaders have been pushed out of 113 square kilometres in the south since the start of the counteroffensive, Maliar said.",
        [("change", "ukraine", "ukraine", "", "2023-06-19", 113, "exact")],
    ),
    (
        "2015-02-20",
        "Russian-backed separatists seized about 500 square kilometres of territory in the Donetsk region in January, the Ukrainian military said.",
        [("change", "russia", "donetsk", "2015-01-01", "2015-01-31", 500, "approx")],
    ),
    (
        "2022-05-10",
        "DPR forces have taken control of more than 200 square kilometres near Avdiivka in the past week, Pushilin said.",
        [("change", "russia", "donetsk", "2022-05-04", "2022-05-10", 200, "at_least")],
    ),
    (
        "2024-12-29",
        "“Our troops have liberated 4,500 square kilometres this year,” Gerasimov told Putin.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-29", 4500, "exact")],
    ),
    (
        "2024-08-13",
        "“Since the start of the operation we have taken 1,000 square kilometres of the Kursk region,” Syrskyi said.",
        [("change", "ukraine", "kursk", "", "2024-08-13", 1000, "exact")],
    ),
    (
        "2022-03-01",
        "Russia controlled about 43,000 square kilometres of Ukrainian territory, including Crimea, before the February 24 invasion.",
        [("holding", "russia", "ukraine", "", "", 43000, "approx")],
    ),
    (
        "2025-04-01",
        "In the east, Russian forces captured 776 square kilometres in March, including six villages in the Luhansk region.",
        [("change", "russia", "ukraine", "2025-03-01", "2025-03-31", 776, "exact")],
    ),
    (
        "2025-03-10",
        "Russian forces have captured about 190 square kilometres in the Kupiansk direction since the start of the year.",
        [("change", "russia", "kharkiv", "2025-01-01", "2025-03-10", 190, "approx")],
    ),
    (
        "2024-09-09",
        "Russian troops have liberated 15 square kilometres in the Zaporozhye region over the past week, the Defence Ministry said.",
        [("change", "russia", "zaporizhzhia", "2024-09-03", "2024-09-09", 15, "exact")],
    ),
    (
        "2022-09-10",
        "Ukrainian forces have regained about 500 square kilometres in the Kharkov region over the past three days.",
        [("change", "ukraine", "kharkiv", "2022-09-08", "2022-09-10", 500, "approx")],
    ),
    (
        "2025-08-04",
        "Ukraine still holds about 6,600 square kilometres of Donetska oblast, DeepState said.",
        [("holding", "ukraine", "donetsk", "2025-08-04", "2025-08-04", 6600, "approx")],
    ),
    (
        "2025-08-20",
        "Russian troops have seized about 140 square kilometres of the Dnipropetrovsk region since June, DeepState said.",
        [
            (
                "change",
                "russia",
                "dnipropetrovsk",
                "2025-06-01",
                "2025-08-20",
                140,
                "approx",
            )
        ],
    ),
    (
        "2024-06-05",
        "Russian forces gained about 150 square kilometres near Vovchansk in May, ISW said.",
        [("change", "russia", "kharkiv", "2024-05-01", "2024-05-31", 150, "approx")],
    ),
    (
        "2024-03-01",
        "Russian forces captured about 360 square kilometres during the Avdiivka operation.",
        [("change", "russia", "donetsk", "", "", 360, "approx")],
    ),
    (
        "2023-07-03",
        "Ukrainian troops recaptured 40 square kilometres around Bakhmut in June, Maliar said.",
        [("change", "ukraine", "donetsk", "2023-06-01", "2023-06-30", 40, "exact")],
    ),
    (
        "2024-12-02",
        "Russia's gains around Toretsk and Chasiv Yar reached about 50 square kilometres last month.",
        [("change", "russia", "donetsk", "2024-11-01", "2024-11-30", 50, "approx")],
    ),
    (
        "2025-06-16",
        "Russian forces advanced 27 square kilometres toward Kostiantynivka over the past week, DeepState said.",
        [("change", "russia", "donetsk", "2025-06-10", "2025-06-16", 27, "exact")],
    ),
    (
        "2025-09-15",
        "In the past week Russian forces took 18 square kilometres in the Siversk direction and 11 in the Lyman direction.",
        [
            ("change", "russia", "donetsk", "2025-09-09", "2025-09-15", 18, "exact"),
            ("change", "russia", "donetsk", "2025-09-09", "2025-09-15", 11, "exact"),
        ],
    ),
    (
        "2025-01-10",
        "Russia controls 18% of Ukraine, or about 113,000 square kilometres.",
        [
            (
                "holding",
                "russia",
                "ukraine",
                "2025-01-10",
                "2025-01-10",
                113000,
                "approx",
            )
        ],
    ),
    (
        "2025-02-24",
        "Russia now occupies roughly 116,000 square kilometres of Ukraine, including Crimea.",
        [
            (
                "holding",
                "russia",
                "ukraine",
                "2025-02-24",
                "2025-02-24",
                116000,
                "approx",
            )
        ],
    ),
    (
        "2023-09-10",
        "Ukraine regained 16 square kilometres near Bakhmut, the deputy defence minister said.",
        [("change", "ukraine", "donetsk", "", "", 16, "exact")],
    ),
    (
        "2024-06-10",
        "Russian troops were pushed back from about 30 square kilometres near Vovchansk in the past week, the Ukrainian General Staff said.",
        [("change", "ukraine", "kharkiv", "2024-06-04", "2024-06-10", 30, "approx")],
    ),
    (
        "2025-02-10",
        "Ukrainian forces were driven out of some 400 square kilometres of the Kursk region in the past month, according to DeepState.",
        [("change", "russia", "kursk", "2025-01-12", "2025-02-10", 400, "approx")],
    ),
    (
        "2024-08-14",
        "Ukraine's incursion into Russia's Kursk region has given Kyiv control of about 1,000 square kilometres, Syrskyi said on Monday.",
        [("holding", "ukraine", "kursk", "2024-08-12", "2024-08-12", 1000, "approx")],
    ),
    (
        "2024-10-01",
        "Russia lost 37 square kilometres on balance in the Kharkiv region in September.",
        [("change", "ukraine", "kharkiv", "2024-09-01", "2024-09-30", 37, "exact")],
    ),
    (
        "2025-01-02",
        "Russia gained 4,168 km2 of Ukrainian land in 2024, analysis shows",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 4168, "exact")],
    ),
    (
        "2024-11-05",
        "Russia has seized an area the size of Greater London, which covers 1,572 square kilometres, since the summer.",
        [],
    ),
    (
        "2024-06-04",
        "About 174,000 square kilometres of Ukraine are potentially contaminated with mines, the government said.",
        [],
    ),
    (
        "2023-11-20",
        "Roughly 30 square kilometres of farmland near Kherson have been sown with mines by the retreating Russian army.",
        [],
    ),
    (
        "2024-02-12",
        "The grey zone between the two armies now covers about 300 square kilometres in the Zaporizhzhia region.",
        [],
    ),
    (
        "2024-05-02",
        "About 70 square kilometres around Chasiv Yar remain contested, ISW said.",
        [],
    ),
    (
        "2023-12-01",
        "Some 250 square kilometres of the Kherson region's right bank are under constant Russian fire.",
        [],
    ),
    (
        "2024-06-20",
        "Around 5,000 square kilometres of the Sumy region lie within range of Russian artillery.",
        [],
    ),
    (
        "2025-01-20",
        "“We must liberate just 50 square kilometres more to reach the administrative border,” the commander said.",
        [],
    ),
    (
        "2025-05-12",
        "The Zaporizhzhia region covers some 27,000 square kilometres, about 70% of which Russia holds.",
        [],
    ),
    (
        "2024-08-09",
        "Ukrainian troops have advanced 10 kilometres into the Kursk region.",
        [],
    ),
    (
        "2023-02-24",
        "Ukraine, a country of 603,000 square kilometres, has lost about a fifth of its territory.",
        [],
    ),
    (
        "2024-10-30",
        "At the current pace, Russia would capture another 2,000 square kilometres by the end of the year, analysts estimate.",
        [],
    ),
    (
        "2025-01-02",
        "Russian troops seized 3,600 square kilometres in 2024, an average of about 10 square kilometres a day.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 3600, "exact")],
    ),
    (
        "2024-11-01",
        "Russian forces have captured 2,500 square kilometres this year, an area roughly the size of Luxembourg.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-11-01", 2500, "exact")],
    ),
    (
        "2023-09-04",
        "Ukrainian troops liberated 9 square kilometres near Robotyne under heavy Russian fire last week.",
        [("change", "ukraine", "zaporizhzhia", "2023-08-28", "2023-09-03", 9, "exact")],
    ),
    (
        "2023-08-07",
        "Despite dense minefields, Ukrainian forces liberated 14 square kilometres in the south over the past week, Maliar said.",
        [("change", "ukraine", "ukraine", "2023-08-01", "2023-08-07", 14, "exact")],
    ),
    (
        "2025-01-05",
        "Russia's plan to take all of Donetsk has stalled: its forces seized just 120 square kilometres there in December.",
        [("change", "russia", "donetsk", "2024-12-01", "2024-12-31", 120, "exact")],
    ),
    (
        "2024-10-14",
        "Russian forces have captured 35 square kilometres over the past week and a further 20 square kilometres are now a grey zone, DeepState said.",
        [("change", "russia", "ukraine", "2024-10-08", "2024-10-14", 35, "exact")],
    ),
    (
        "2024-06-03",
        "About 200 square kilometres fell to Russian forces in May, DeepState said.",
        [("change", "russia", "ukraine", "2024-05-01", "2024-05-31", 200, "approx")],
    ),
    (
        "2024-10-28",
        "Kyiv lost about 480 square kilometres in the Donetsk region in October, the highest monthly figure this year.",
        [("change", "russia", "donetsk", "2024-10-01", "2024-10-28", 480, "approx")],
    ),
    (
        "2024-09-30",
        "Moscow lost about 100 square kilometres in the Kursk region in September as Ukraine pressed its incursion.",
        [("change", "ukraine", "kursk", "2024-09-01", "2024-09-30", 100, "approx")],
    ),
    (
        "2023-11-15",
        "Russian forces withdrew from about 70 square kilometres on the east bank of the Dnipro in the Kherson region last month.",
        [("change", "ukraine", "kherson", "2023-10-01", "2023-10-31", 70, "approx")],
    ),
    (
        "2023-09-25",
        "Russian troops were forced to retreat from around 20 square kilometres near Robotyne in September.",
        [
            (
                "change",
                "ukraine",
                "zaporizhzhia",
                "2023-09-01",
                "2023-09-25",
                20,
                "approx",
            )
        ],
    ),
    (
        "2025-02-10",
        "Kyiv's foothold in the Kursk region has shrunk to about 400 square kilometres, DeepState said.",
        [("holding", "ukraine", "kursk", "2025-02-10", "2025-02-10", 400, "approx")],
    ),
    (
        "2024-12-16",
        "The Ukrainian bridgehead in the Kursk region now covers about 500 square kilometres.",
        [("holding", "ukraine", "kursk", "2024-12-16", "2024-12-16", 500, "approx")],
    ),
    (
        "2024-06-17",
        "Russian forces seized about 300 square kilometres in the Donetsk and Luhansk regions last month.",
        [("change", "russia", "ukraine", "2024-05-01", "2024-05-31", 300, "approx")],
    ),
    (
        "2024-11-25",
        "Russian troops have seized about 100 square kilometres around Kurakhove since early November.",
        [("change", "russia", "donetsk", "", "2024-11-25", 100, "approx")],
    ),
    (
        "2023-01-16",
        "Ukrainian forces have liberated 20 square kilometres near Kreminna over the past week.",
        [("change", "ukraine", "luhansk", "2023-01-10", "2023-01-16", 20, "exact")],
    ),
    (
        "2022-09-12",
        "Ukrainian forces recaptured about 300 square kilometres around Izium on Sunday.",
        [("change", "ukraine", "kharkiv", "2022-09-11", "2022-09-11", 300, "approx")],
    ),
    (
        "2023-05-22",
        "Wagner fighters took control of about 40 square kilometres in Artemovsk, Prigozhin said.",
        [("change", "russia", "donetsk", "", "", 40, "approx")],
    ),
    (
        "2024-10-03",
        "Russian forces took full control of Ugledar, liberating more than 50 square kilometres, the ministry said.",
        [("change", "russia", "donetsk", "", "", 50, "at_least")],
    ),
    (
        "2024-06-10",
        "Russian units have taken control of 15 square kilometres near Volchansk over the past week.",
        [("change", "russia", "kharkiv", "2024-06-04", "2024-06-10", 15, "exact")],
    ),
    (
        "2024-09-02",
        "The Armed Forces of Ukraine have liberated more than 100 square kilometres in the Kursk region since August 26.",
        [("change", "ukraine", "kursk", "2024-08-26", "2024-09-02", 100, "at_least")],
    ),
    (
        "2024-05-27",
        "The aggressor has occupied about 180 square kilometres in the Kharkiv region since May 10, the General Staff said.",
        [("change", "russia", "kharkiv", "2024-05-10", "2024-05-27", 180, "approx")],
    ),
    (
        "2023-06-12",
        "The flooding after the dam breach covered about 600 square kilometres of the Kherson region.",
        [],
    ),
    (
        "2024-09-09",
        "Ukrainian sappers have demined 30,000 square kilometres since the invasion.",
        [],
    ),
    (
        "2025-04-28",
        "Ukraine aims to recapture about 500 square kilometres in the Zaporizhzhia region this summer.",
        [],
    ),
    (
        "2024-11-10",
        "At this rate, Russia would need about 80 years to capture the remaining 100,000 square kilometres of Ukraine.",
        [
            (
                "holding",
                "ukraine",
                "ukraine",
                "2024-11-10",
                "2024-11-10",
                100000,
                "exact",
            )
        ],
    ),
    (
        "2024-09-09",
        "Russia's advance near Pokrovsk amounts to about 30 square kilometres a week.",
        [],
    ),
    (
        "2024-08-16",
        "Russia evacuated a 15-kilometre zone around the border covering about 1,000 square kilometres.",
        [],
    ),
    (
        "2024-11-23",
        "“Now we control approximately 800 square kilometres,” Syrskyi said of the Kursk operation.",
        [("holding", "ukraine", "kursk", "2024-11-23", "2024-11-23", 800, "approx")],
    ),
    (
        "2024-03-04",
        "“We have liberated 15 square kilometres this week,” the commander of Ukraine's 47th brigade said.",
        [("change", "ukraine", "ukraine", "2024-02-27", "2024-03-04", 15, "exact")],
    ),
    (
        "2025-08-01",
        "The area under Russian control grew by 300 square kilometres in July, DeepState said.",
        [("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 300, "exact")],
    ),
    (
        "2024-09-10",
        "The enemy has been pushed back from 10 square kilometres near Pokrovsk, the Ukrainian General Staff said.",
        [("change", "ukraine", "donetsk", "", "", 10, "exact")],
    ),
    (
        "2025-05-05",
        "Russia has to capture about 10,000 square kilometres more to seize all of Donetsk, Zaporizhzhia and Kherson.",
        [],
    ),
    # one figure said again in a recap: one record
    (
        "2025-11-01",
        "Russian forces captured 463 square kilometres in October, DeepState said. The 463 square kilometres taken in October were the most since August.",
        [("change", "russia", "ukraine", "2025-10-01", "2025-10-31", 463, "exact")],
    ),
    # one figure said again in the speaker's own words: one record
    (
        "2024-08-20",
        "Ukraine liberated 1,000 square kilometres in the Kursk region, Zelensky said. “We have taken 1,000 square kilometres,” he added.",
        [("change", "ukraine", "kursk", "", "", 1000, "exact")],
    ),
    # one figure said again in a recap: one record
    (
        "2025-01-02",
        "Russia captured 4,168 square kilometres in 2024, DeepState said. In total, those 4,168 square kilometres amount to 0.7% of Ukraine.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 4168, "exact")],
    ),
    # one figure said again in a recap: one record
    (
        "2022-09-14",
        "Ukraine has recaptured 3,000 square kilometres this month. The 3,000 square kilometres recaptured include the towns of Izium and Kupiansk.",
        [("change", "ukraine", "ukraine", "2022-09-01", "2022-09-14", 3000, "exact")],
    ),
    # one figure said again in an apposition: one record
    (
        "2024-08-27",
        "Ukrainian forces have taken about 1,294 square kilometres in the Kursk region, Syrskyi said. The area, about 1,294 square kilometres, includes 100 settlements.",
        [("change", "ukraine", "kursk", "", "", 1294, "approx")],
    ),
    # near misses written with the rule: the same number of another month or
    # another place is another figure
    (
        "2025-11-01",
        "Russian forces took 85 square kilometres in September and 85 square "
        "kilometres in October.",
        [
            ("change", "russia", "ukraine", "2025-09-01", "2025-09-30", 85, "exact"),
            ("change", "russia", "ukraine", "2025-10-01", "2025-10-31", 85, "exact"),
        ],
    ),
    (
        "2024-10-01",
        "Russian forces captured 50 square kilometres near Pokrovsk in the past "
        "week and 50 square kilometres near Kupiansk.",
        [
            ("change", "russia", "donetsk", "2024-09-25", "2024-10-01", 50, "exact"),
            ("change", "russia", "kharkiv", "2024-09-25", "2024-10-01", 50, "exact"),
        ],
    ),
    # 'the adversary' in a Ukrainian commander's mouth is Russia
    (
        "2024-08-19",
        "The adversary has advanced 15 square kilometres towards Pokrovsk over the past week, Syrskyi said.",
        [("change", "russia", "donetsk", "2024-08-13", "2024-08-19", 15, "exact")],
    ),
    # a named Russian group that drove "the enemy" out gained the land
    (
        "2024-09-10",
        "Units of the Tsentr group drove the enemy out of 10 square kilometres near Pokrovsk, the ministry said.",
        [("change", "russia", "donetsk", "", "", 10, "exact")],
    ),
    # near misses written with the rule: "the adversary" from a Russian body
    # is Ukraine; "the opponent" from a Ukrainian one is Russia
    (
        "2024-09-10",
        "The Russian Defence Ministry said the adversary had lost 10 square "
        "kilometres near Pokrovsk.",
        [("change", "russia", "donetsk", "", "", 10, "exact")],
    ),
    (
        "2024-09-10",
        "The opponent captured 10 square kilometres near Pokrovsk, Syrskyi said.",
        [("change", "russia", "donetsk", "", "", 10, "exact")],
    ),
    # a goal for a season is a plan, not a gain
    (
        "2025-03-01",
        "Moscow's goal for the spring is to seize another 3,000 square kilometres.",
        [],
    ),
    # a buffer zone called for is a plan, not a gain
    (
        "2024-05-28",
        "Putin has called for a buffer zone of about 1,000 square kilometres in the Kharkiv region.",
        [],
    ),
    # land a side must still capture to take a region is the other side's holding
    (
        "2025-06-09",
        "Russian troops must still capture about 6,600 square kilometres to take the whole Donetsk region, ISW said.",
        [("holding", "ukraine", "donetsk", "2025-06-09", "2025-06-09", 6600, "approx")],
    ),
    # a fall in the area one side holds is the other side's gain
    (
        "2024-12-09",
        "The area held by Ukraine in the Kursk region shrank by 60 square kilometres over the past week.",
        [("change", "russia", "kursk", "2024-12-03", "2024-12-09", 60, "exact")],
    ),
    # near misses written with the rules: a goal that was no plan for the
    # figure, a buffer zone named before a gain, an area held by a side that
    # grew, another holder's area that fell
    (
        "2025-04-01",
        "Moscow's goal for the spring was ambitious, but its forces seized only "
        "300 square kilometres in March.",
        [("change", "russia", "ukraine", "2025-03-01", "2025-03-31", 300, "exact")],
    ),
    (
        "2024-06-03",
        "After Putin called for a buffer zone, Russian forces took about 150 "
        "square kilometres in the Kharkiv region in May.",
        [("change", "russia", "kharkiv", "2024-05-01", "2024-05-31", 150, "approx")],
    ),
    (
        "2024-05-28",
        "Russia wants a buffer zone in the Sumy region covering some 500 square "
        "kilometres.",
        [],
    ),
    (
        "2024-12-09",
        "The territory controlled by Russian forces in the Kharkiv region grew by "
        "60 square kilometres over the past week.",
        [("change", "russia", "kharkiv", "2024-12-03", "2024-12-09", 60, "exact")],
    ),
    (
        "2024-12-09",
        "The area occupied by Russia decreased by 12 square kilometres in "
        "November, DeepState said.",
        [("change", "ukraine", "ukraine", "2024-11-01", "2024-11-30", 12, "exact")],
    ),
    (
        "2025-06-09",
        "Russian troops should still take some 6,600 square kilometres of the "
        "Donetsk region, ISW said.",
        [("holding", "ukraine", "donetsk", "2025-06-09", "2025-06-09", 6600, "approx")],
    ),
    # the part of a holding occupied since before the invasion, beside the
    # whole holding, is no holding of its own (written with the rule); alone,
    # it is the holding
    (
        "2025-02-24",
        "Since 2014, about 44,000 square kilometres of Ukraine have been under "
        "occupation. Russia now occupies about 113,000 square kilometres in total.",
        [
            (
                "holding",
                "russia",
                "ukraine",
                "2025-02-24",
                "2025-02-24",
                113000,
                "approx",
            )
        ],
    ),
    (
        "2025-02-24",
        "Russia has occupied about 43,000 square kilometres of Ukraine since 2014.",
        [("holding", "russia", "ukraine", "2025-02-24", "2025-02-24", 43000, "approx")],
    ),
    # written while probing after the rules above: a share of the figure
    # ("a third of it", "60% of it") names a part's place, not the figure's;
    # a list of oblasts cut by the "and" before a second figure is several
    (
        "2025-10-06",
        "DeepState said Russian troops advanced 461 square kilometres in "
        "September, with a third of it in the Pokrovsk area.",
        [("change", "russia", "ukraine", "2025-09-01", "2025-09-30", 461, "exact")],
    ),
    (
        "2025-10-06",
        "Russian troops advanced 461 square kilometres in September, 60% of it "
        "near Pokrovsk.",
        [("change", "russia", "ukraine", "2025-09-01", "2025-09-30", 461, "exact")],
    ),
    (
        "2025-07-01",
        "Russia captured 90 square kilometres in Donetsk and 40 square kilometres "
        "in the Kharkiv and Sumy regions in June.",
        [
            ("change", "russia", "donetsk", "2025-06-01", "2025-06-30", 90, "exact"),
            ("change", "russia", "ukraine", "2025-06-01", "2025-06-30", 40, "exact"),
        ],
    ),
    # near misses: one oblast after the cut is that oblast
    (
        "2025-07-01",
        "Russia captured 90 square kilometres in the Donetsk region and 40 square "
        "kilometres in the Kharkiv region in June.",
        [
            ("change", "russia", "donetsk", "2025-06-01", "2025-06-30", 90, "exact"),
            ("change", "russia", "kharkiv", "2025-06-01", "2025-06-30", 40, "exact"),
        ],
    ),
    (
        "2025-10-06",
        "Russian troops took 40 square kilometres near Pokrovsk in September, "
        "half of Ukraine's losses.",
        [("change", "russia", "donetsk", "2025-09-01", "2025-09-30", 40, "exact")],
    ),
    # written while probing: Wagner, Akhmat and "DPR forces" are Russia's side
    # ("in the DPR" stays a place); a border named "X-Y" places a town on it in
    # neither oblast; a second finite verb after a failure is stated; "managed
    # to advance and occupy" is the act, not a state
    (
        "2023-02-15",
        "Wagner has captured about 150 square kilometres around Bakhmut since the "
        "start of the year, the group's founder said.",
        [("change", "russia", "donetsk", "2023-01-01", "2023-02-15", 150, "approx")],
    ),
    (
        "2024-08-20",
        "Akhmat special forces regained 12 square kilometres in the Kursk region "
        "over the past week.",
        [("change", "russia", "kursk", "2024-08-14", "2024-08-20", 12, "exact")],
    ),
    (
        "2024-03-11",
        "DPR forces took 20 square kilometres near Avdiivka in the past week.",
        [("change", "russia", "donetsk", "2024-03-05", "2024-03-11", 20, "exact")],
    ),
    (
        "2024-03-11",
        "Ukrainian forces retook 5 square kilometres in the DPR in the past week.",
        [("change", "ukraine", "donetsk", "2024-03-05", "2024-03-11", 5, "exact")],
    ),
    (
        "2025-08-11",
        "Russian troops advanced 15 square kilometres near Novopavlivka on the "
        "Dnipropetrovsk-Donetsk border.",
        [("change", "russia", "", "", "", 15, "exact")],
    ),
    (
        "2025-08-11",
        "Russian troops advanced 15 square kilometres near Pokrovsk, 40 km from "
        "the Donetsk-Dnipropetrovsk border.",
        [("change", "russia", "donetsk", "", "", 15, "exact")],
    ),
    (
        "2023-08-28",
        "The Russian defence ministry said Kyiv's troops had failed to advance "
        "and had lost control of 2 square kilometres near Robotyne.",
        [("change", "russia", "zaporizhzhia", "", "", 2, "exact")],
    ),
    (
        "2023-08-28",
        "Russian troops have failed to break through and have not captured more "
        "than 2 square kilometres near Robotyne.",
        [],
    ),
    (
        "2024-10-28",
        "\u201cThe enemy managed to advance and occupy about 100 square kilometres "
        "near Selydove,\u201d a Ukrainian officer told Reuters.",
        [("change", "russia", "donetsk", "", "", 100, "approx")],
    ),
    # traps written while probing: land fought for, attacked along or mined,
    # and a goal's own figure, with a gain beside some of them
    (
        "2025-03-03",
        "Ukraine's General Staff said its forces were fighting for 12 square "
        "kilometres near Toretsk.",
        [],
    ),
    (
        "2025-03-03",
        "Ukrainian forces recaptured 16 square kilometres near Robotyne and are "
        "fighting to hold another 10 square kilometres.",
        [("change", "ukraine", "zaporizhzhia", "", "", 16, "exact")],
    ),
    (
        "2025-03-03",
        "Russian forces are attacking along a 200-square-kilometre stretch of the "
        "front near Pokrovsk.",
        [],
    ),
    (
        "2025-03-03",
        "The Russian army has mined about 400 square kilometres of the land it "
        "took in the Zaporizhzhia region.",
        [],
    ),
    (
        "2025-03-03",
        "Russia's offensive has stalled after capturing about 300 square "
        "kilometres since January, far short of its goal of 2,000 square "
        "kilometres.",
        [("change", "russia", "ukraine", "2025-01-01", "2025-03-03", 300, "approx")],
    ),
    # near miss: counter-attacks (a noun) that cost a side land
    (
        "2024-08-13",
        "Ukrainian counter-attacks during the same period cost Russia 20 square "
        "kilometres near Robotyne, according to the analysis.",
        [("change", "ukraine", "zaporizhzhia", "", "", 20, "exact")],
    ),
    # written while probing: more spellings of oblasts ("Zaporozhia",
    # "Nikolaev", the Russian adjectival "Kurskaya oblast"), and the side that
    # "fled from" land lost it
    (
        "2023-06-26",
        "Ukrainian troops have liberated 17 square kilometres in Zaporozhia "
        "Oblast over the past week.",
        [
            (
                "change",
                "ukraine",
                "zaporizhzhia",
                "2023-06-20",
                "2023-06-26",
                17,
                "exact",
            )
        ],
    ),
    (
        "2022-04-12",
        "Ukrainian forces pushed Russian troops out of about 60 square kilometres "
        "in the Nikolaev region in the past week.",
        [("change", "ukraine", "mykolaiv", "2022-04-06", "2022-04-12", 60, "approx")],
    ),
    (
        "2025-03-03",
        "Russian forces retook 30 square kilometres in Kurskaya oblast last week.",
        [("change", "russia", "kursk", "2025-02-24", "2025-03-02", 30, "exact")],
    ),
    (
        "2022-11-12",
        "The enemy fled from 4,500 square kilometres in the Kherson region this "
        "month, the General Staff said.",
        [("change", "ukraine", "kherson", "2022-11-01", "2022-11-12", 4500, "exact")],
    ),
    # land a side lost of what it seized: the other side's gain
    (
        "2025-03-05",
        "Ukrainian forces have lost about 40% of the land they seized in the Kursk region, or some 500 square kilometres, since January.",
        [("change", "russia", "kursk", "2025-01-01", "2025-03-05", 500, "approx")],
    ),
    # near misses written with the rule on the verb of "the land they seized":
    # the verb before the share still gives the figure's kind and side
    (
        "2024-09-12",
        "Moscow has regained roughly 10 percent of the land Ukraine seized in the "
        "Kursk region, or about 130 square kilometres.",
        [("change", "russia", "kursk", "", "", 130, "approx")],
    ),
    (
        "2024-10-10",
        "The ISW assessed that Russian forces have recaptured about 46% of the "
        "territory Ukrainian forces seized in Kursk Oblast, or roughly 590 square "
        "kilometres.",
        [("change", "russia", "kursk", "", "", 590, "approx")],
    ),
    # written while probing: the acting governor of a Russian region speaks
    # for Russia ("our soldiers"); "the South Donetsk direction" unhyphenated is
    # an axis in Donetsk, not "the south"
    (
        "2024-10-18",
        "\u201cOur soldiers have retaken 20 square kilometres,\u201d Alexei "
        "Smirnov, the acting governor of the Kursk region, said.",
        [("change", "russia", "kursk", "", "", 20, "exact")],
    ),
    (
        "2025-01-17",
        "Russian units liberated Neskuchne and 10 square kilometres of territory "
        "in the South Donetsk direction.",
        [("change", "russia", "donetsk", "", "", 10, "exact")],
    ),
    # near miss: "in the south" of a figure, then a town elsewhere
    (
        "2023-06-19",
        "Ukrainian forces liberated 113 square kilometres in the south and 7 "
        "square kilometres near Bakhmut last week.",
        [
            ("change", "ukraine", "ukraine", "2023-06-12", "2023-06-18", 113, "exact"),
            ("change", "ukraine", "donetsk", "2023-06-12", "2023-06-18", 7, "exact"),
        ],
    ),
    # written while probing the target shape: an amount beyond what was taken,
    # set as a task, is no record; land left to take is the other side's
    # holding when the passage says whose task it is, and no record when not
    (
        "2025-01-20",
        "Ukrainian forces need to liberate only 20 more square kilometres to "
        "reach the border.",
        [],
    ),
    (
        "2025-01-20",
        "\u201cWe have to liberate another 50 square kilometres,\u201d the "
        "commander said.",
        [],
    ),
    (
        "2025-01-20",
        "\u201cThere remain just 50 square kilometres to liberate,\u201d the "
        "commander said.",
        [],
    ),
    (
        "2025-01-20",
        "Just 50 square kilometres are left to liberate in the Kursk region, "
        "Gerasimov said.",
        [("holding", "ukraine", "kursk", "2025-01-20", "2025-01-20", 50, "exact")],
    ),
    # near miss: a gain made to reach a place is a gain
    (
        "2025-01-20",
        "Russian forces took 30 square kilometres last week to reach the "
        "outskirts of Pokrovsk.",
        [("change", "russia", "donetsk", "2025-01-13", "2025-01-19", 30, "exact")],
    ),
    # read right once "N of them" repeats the unit before: the land that
    # changed hands is no record, each side's part of it ("331
    # of them", in the unit before) is
    (
        "2023-09-30",
        "Less than 500 square miles of territory has changed hands, the analysis "
        "shows - Russia gained 331 of them and Ukraine 143.",
        [
            ("change", "russia", "ukraine", "", "", 857.286065, "exact"),
            ("change", "ukraine", "ukraine", "", "", 370.3683, "exact"),
        ],
    ),
]

NOT_YET: list[tuple[str, str, list[Row]]] = [
    # a side's part of land that changed hands, with its own verb, is its gain
    (
        "2024-12-30",
        "About 4,000 square kilometres changed hands: Russian forces took 3,600 of "
        "them, while Ukrainian forces retook 400.",
        [
            ("change", "russia", "ukraine", "", "", 3600, "exact"),
            ("change", "ukraine", "ukraine", "", "", 400, "exact"),
        ],
    ),
]


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
