"""Figures that must never become records (LABELS.md, "Traps"), in the shapes new
text brings them: rates, sizes of places, cleared, grey or contested land, mined
or demined land, burned or flooded land, ratios set against lives, comparisons
and differences, percentages, lengths, gains negated, supposed, forecast,
planned or demanded, land that "changed hands", counts of settlements and areas
of annexed or claimed regions. Each class has sentences in the voices of
different outlets, units and number forms, and one or two near misses: a real
gain or holding beside the trap, or a trap word that does not make the figure a
trap, with its full records. Every sentence was written for this file (none is
taken from any corpus) and its records were written by hand from
tests/fixtures/prose/real/LABELS.md before any rule was written."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, pending

NOV20 = "2025-11-20"  # a Thursday
AUG15 = "2024-08-15"  # a Thursday
SEP12 = "2023-09-12"  # a Tuesday
OCT = ("2025-10-01", "2025-10-31")
SEP = ("2025-09-01", "2025-09-30")
PAST_WEEK = ("2025-11-14", NOV20)
LAST_WEEK = ("2025-11-10", "2025-11-16")
THIS_WEEK = ("2025-11-17", NOV20)
NOW = (NOV20, NOV20)
JULY24 = ("2024-07-01", "2024-07-31")


def _mi2(miles: float) -> float:
    return round(miles * 2.589988110336, 6)


# (published, sentence, [(kind, actor, region, start, end, area_km2, bound), ...])
Case = tuple[str, str, list[tuple[str, str, str, str, str, float, str]]]

RATES: list[Case] = [
    (
        NOV20,
        "Russian forces are now advancing by an average of 15 square kilometres "
        "per day, according to DeepState.",
        [],
    ),
    (
        NOV20,
        "Moscow's troops gained roughly 20 sq km on a daily basis in October, the "
        "analysts estimated.",
        [],
    ),
    (
        NOV20,
        "At that pace \u2014 about 110 square miles a week \u2014 Russia is grinding "
        "forward in Donetsk.",
        [],
    ),
    (
        NOV20,
        "The Russian army has been taking an average of 400 km2 a month since the "
        "spring.",
        [],
    ),
    (
        NOV20,
        "Ukraine's General Staff says the enemy is gaining up to 10 square "
        "kilometres every 24 hours on the Pokrovsk axis.",
        [],
    ),
    (
        NOV20,
        "Russia's daily advance averaged 16 km\u00b2 in September, down from 19 "
        "km\u00b2 in August, the ISW said.",
        [],
    ),
    (
        NOV20,
        "The monthly rate of Russian gains fell to about 350 square kilometres "
        "over the summer.",
        [],
    ),
    (
        AUG15,
        "Weekly Russian gains hovered around 90 square kilometres throughout the "
        "summer, the think tank said.",
        [],
    ),
    (
        NOV20,
        "The occupiers have been gaining about 100 square kilometres weekly.",
        [],
    ),
    (
        NOV20,
        "The Russian army gained on average 450 sq km in each month of 2024.",
        [],
    ),
    (
        NOV20,
        "Russia's rate of advance slowed to 9 square kilometres per day in December.",
        [],
    ),
    (
        NOV20,
        "If Russia keeps up its current pace of around 400 square kilometres a "
        "month, it would take it until 2030 to capture Donetsk.",
        [],
    ),
    (
        NOV20,
        "Russian gains averaged 14 km\u00b2 per day in 2025, compared with 11 "
        "km\u00b2 in 2024.",
        [],
    ),
    (
        NOV20,
        "Each week, Russian forces capture an area roughly the size of Manhattan "
        "\u2014 about 59 km\u00b2.",
        [],
    ),
    # near miss: a total and its rate in one sentence; only the rate is a trap
    (
        NOV20,
        "The monthly rate of Russian gains fell to about 350 square kilometres in "
        "October.",
        [("change", "russia", "ukraine", *OCT, 350, "approx")],
    ),
    (
        NOV20,
        "Russia captured 505 square kilometres in October, an average of about 16 "
        "square kilometres a day.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "In the first nine months of 2025 Russia occupied 3,700 km\u00b2, an "
        "average of 411 km\u00b2 per month.",
        [("change", "russia", "ukraine", "2025-01-01", "2025-09-30", 3700, "exact")],
    ),
    (
        NOV20,
        "Russia seized 505 km\u00b2 in October. That works out to about 16 km\u00b2 "
        "a day.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "In 2024 Russian forces captured 4,168 km\u00b2, or 11.4 km\u00b2 per day.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 4168, "exact")],
    ),
    (
        NOV20,
        "Russian troops are advancing about 5 km\u00b2 a day near Pokrovsk, but "
        "gained 40 km\u00b2 near Siversk last week.",
        [("change", "russia", "donetsk", *LAST_WEEK, 40, "exact")],
    ),
    (
        NOV20,
        "Russia gained 3,600 sq km this year \u2014 roughly 300 sq km monthly.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 3600, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces retook 40 square kilometres near Kupiansk over the past "
        "week, roughly 6 square kilometres per day.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 40, "exact")],
    ),
]

SIZES: list[Case] = [
    (
        NOV20,
        "Zaporizhzhia region covers about 27,180 square kilometres, of which "
        "Russia holds roughly three-quarters.",
        [],
    ),
    (
        NOV20,
        "The Kinburn Spit, a sandbar of roughly 60 square kilometres, has seen "
        "heavy shelling since 2022.",
        [],
    ),
    (
        NOV20,
        "Belgorod oblast, at 27,100 sq km, is roughly the size of Belgium.",
        [],
    ),
    (
        NOV20,
        "The reserve spans 1,200 hectares of steppe along the Dnipro.",
        [],
    ),
    (
        NOV20,
        "Dzharylhach island, which measures some 56 square kilometres, lies off "
        "the Kherson coast.",
        [],
    ),
    (
        NOV20,
        "Ukraine, a nation of about 233,000 square miles, has lost roughly a "
        "fifth of its land.",
        [],
    ),
    (
        NOV20,
        "The city of Pokrovsk, whose area is 29 square kilometres, was home to "
        "60,000 people before the war.",
        [],
    ),
    (
        NOV20,
        "The Chornobyl exclusion zone, an area of 2,600 square kilometres, was "
        "briefly occupied in 2022.",
        [],
    ),
    (
        "2023-06-26",
        "Ukraine said its troops had freed an area as large as a city, or a "
        "little smaller than Staten Island in New York (58mi\u00b2).",
        [],
    ),
    (
        NOV20,
        "The forest near Kreminna stretches over some 400 square kilometres of "
        "pine and marsh.",
        [],
    ),
    (
        NOV20,
        "The Dnipro delta national park occupies 800 square kilometres.",
        [],
    ),
    (
        NOV20,
        "Avdiivka, a town of about 30 square kilometres, fell in February.",
        [],
    ),
    (
        NOV20,
        "The Kursk region is about 29,997 km\u00b2, roughly the size of Belgium.",
        [],
    ),
    (
        NOV20,
        "Russia seized 505 km\u00b2 in October. That is roughly the area of "
        "Chicago (606 km\u00b2).",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "Ukraine says it controls 1,000 km\u00b2 of the Kursk region. The region "
        "itself is almost 30,000 km\u00b2.",
        [("holding", "ukraine", "kursk", *NOW, 1000, "exact")],
    ),
    (
        NOV20,
        "The area of the Kursk region under Ukrainian control (1,000 km\u00b2) has "
        "shrunk since March.",
        [("holding", "ukraine", "kursk", *NOW, 1000, "exact")],
    ),
    # near misses: a gain set beside a place's size
    (
        NOV20,
        "Russia has gained roughly 5,000 km\u00b2 this year, an area twice the size "
        "of Luxembourg (2,586 km\u00b2).",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 5000, "approx")],
    ),
    (
        NOV20,
        "Moscow's forces have seized about 4,000 km\u00b2 this year \u2014 about the "
        "size of the island of Mallorca, which covers 3,640 km\u00b2.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 4000, "approx")],
    ),
    (
        NOV20,
        "The front-line city of Kostiantynivka, which covered 66 square "
        "kilometres before the war, is now largely destroyed.",
        [],
    ),
    (
        NOV20,
        "Russia now controls 114,500 km\u00b2, about 19% of Ukraine's territory of "
        "603,628 km\u00b2.",
        [("holding", "russia", "ukraine", *NOW, 114500, "exact")],
    ),
    (
        NOV20,
        "Ukraine's territory, at 603,628 km\u00b2, is the largest in Europe after "
        "Russia.",
        [],
    ),
    # near miss: the area of a place taken is the land taken
    (
        NOV20,
        "Ukrainian fighters liberated a forest north of Kupiansk with an area of "
        "more than 300 hectares over the past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 3, "at_least")],
    ),
    (
        NOV20,
        "The Askania-Nova reserve, 33,000 hectares of virgin steppe, remains under "
        "occupation.",
        [],
    ),
    (
        NOV20,
        "Russia controls about 116,000 km\u00b2 \u2014 roughly the size of the US "
        "state of Virginia (110,785 km\u00b2).",
        [("holding", "russia", "ukraine", *NOW, 116000, "approx")],
    ),
    # near miss: gains in a region, the subject of a verb of extent
    (
        NOV20,
        "Ukrainian gains in the Kharkiv region total 120 square kilometres this year.",
        [("change", "ukraine", "kharkiv", "2025-01-01", NOV20, 120, "exact")],
    ),
    # near miss: a place after a preposition, then the land held in it
    (
        NOV20,
        "In the Sumy region, about 190 square kilometres remain under occupation, "
        "the governor said.",
        [("holding", "russia", "sumy", *NOW, 190, "approx")],
    ),
    (
        NOV20,
        "Russia has captured most of Pokrovsk's 29 km\u00b2, DeepState said.",
        [],
    ),
    (
        NOV20,
        "Russian troops now control nearly all of the city's 34 square kilometres.",
        [],
    ),
    (
        NOV20,
        "Russian forces hold the centre of Kupiansk, roughly 4 km\u00b2 of its 12 "
        "km\u00b2.",
        [("holding", "russia", "kharkiv", *NOW, 4, "approx")],
    ),
    # near miss: a region's size, then the land held in it
    (
        NOV20,
        "Kursk region covers nearly 30,000 square kilometres; Ukrainian troops "
        "control about 1,000 square kilometres of it, Syrskyi said.",
        [("holding", "ukraine", "kursk", *NOW, 1000, "approx")],
    ),
]

CLEARED: list[Case] = [
    (
        NOV20,
        "Ukrainian units cleared about 12 square kilometres of Russian saboteur "
        "groups near Kupiansk this week.",
        [],
    ),
    (
        NOV20,
        "Some 300 square kilometres along the Oskil remain a grey zone that "
        "neither army controls.",
        [],
    ),
    (
        NOV20,
        "DeepState now marks roughly 1,500 sq km as contested territory.",
        [],
    ),
    (
        NOV20,
        "About 70 square kilometres of the front near Huliaipole are now a "
        "no-man's land.",
        [],
    ),
    (
        NOV20,
        "Russian and Ukrainian forces are fighting over about 200 square "
        "kilometres of disputed ground north of Kharkiv.",
        [],
    ),
    (
        NOV20,
        "The gray area between the lines has grown to some 2,000 km2 in the "
        "Donetsk region, analysts at Black Bird Group said.",
        [],
    ),
    (
        NOV20,
        "Troops carried out search-and-strike operations across 3 square "
        "kilometres near Sudzha on Tuesday.",
        [],
    ),
    (
        NOV20,
        "Ukrainian troops are conducting clearing operations over 5 km\u00b2 in "
        "Kupiansk.",
        [],
    ),
    (
        NOV20,
        'DeepState said about 400 km\u00b2 near Pokrovsk were "infiltrated" by '
        "Russian troops but not yet under their control.",
        [],
    ),
    (
        NOV20,
        "Russia took 300 km\u00b2 last week. Another 200 km\u00b2 of the front are "
        "contested, DeepState said.",
        [("change", "russia", "ukraine", *LAST_WEEK, 300, "exact")],
    ),
    (
        NOV20,
        "Fighting is ongoing over an area of about 50 km\u00b2 near Toretsk.",
        [],
    ),
    (
        NOV20,
        "The enemy has concentrated forces on a 40 km\u00b2 area near Pokrovsk.",
        [],
    ),
    (
        NOV20,
        "Ukrainian drones struck targets across 500 km\u00b2 of Russian-occupied land.",
        [],
    ),
    (
        NOV20,
        "Russia has fortified some 1,000 km\u00b2 in the Zaporizhzhia region.",
        [],
    ),
    (
        NOV20,
        "The Russian army has encircled some 60 km\u00b2 near Kupiansk, Ukraine's "
        "troops inside say.",
        [],
    ),
    (
        NOV20,
        "Ukrainian units are surrounded in a pocket of roughly 20 square kilometres.",
        [],
    ),
    # near miss: a trap word in a fronted phrase of its own
    (
        NOV20,
        "Despite the grey zone, Russia controls about 100 km\u00b2 near Kupiansk.",
        [("holding", "russia", "kharkiv", *NOW, 100, "approx")],
    ),
    # near misses: a holding beside the grey rest; a gain while encircling
    (
        NOV20,
        "Ukrainian forces hold 2 km\u00b2 of Pokrovsk, DeepState said, while the "
        "rest \u2014 about 27 km\u00b2 \u2014 is a grey zone.",
        [("holding", "ukraine", "donetsk", *NOW, 2, "exact")],
    ),
    (
        NOV20,
        "Russian troops encircling Pokrovsk seized about 30 km\u00b2 in October.",
        [("change", "russia", "donetsk", *OCT, 30, "approx")],
    ),
    (
        NOV20,
        "Although contested, some 60 km\u00b2 near Toretsk are now held by Russia, "
        "DeepState said.",
        [],
    ),
    # near miss: cleared of the enemy is land taken
    (
        NOV20,
        "Ukrainian forces cleared 14 square kilometres of Russian troops near "
        "Vovchansk over the past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 14, "exact")],
    ),
    # near miss: a gain, then the contested rest in its own clause
    (
        NOV20,
        "Russia captured 30 square kilometres near Siversk this week, while "
        "another 25 remain contested.",
        [("change", "russia", "donetsk", *THIS_WEEK, 30, "exact")],
    ),
]

MINED: list[Case] = [
    (
        NOV20,
        "Sappers have demined more than 40,000 hectares of farmland in the "
        "Kharkiv region since the spring.",
        [],
    ),
    (
        NOV20,
        "Some 139,000 square kilometres of Ukraine are potentially contaminated "
        "with mines and unexploded ordnance.",
        [],
    ),
    (
        NOV20,
        "About a quarter of the country \u2014 roughly 174,000 km\u00b2 \u2014 needs "
        "to be checked for explosives, the State Emergency Service said.",
        [],
    ),
    (
        NOV20,
        "In the de-occupied areas of the Kherson region, pyrotechnicians have "
        "surveyed 3,200 hectares so far.",
        [],
    ),
    (
        NOV20,
        "Russian engineers laid anti-tank mines across roughly 50 square "
        "kilometres south of Robotyne.",
        [],
    ),
    (
        NOV20,
        "Ukraine's mine action centre says 23,000 square kilometres have been "
        "cleared since 2022.",
        [],
    ),
    (
        "2024-03-01",
        "\u201cIf after 2014 about 16,000 square kilometres of Donbas had to be "
        "cleared, today we are talking about 80,000 square kilometres of "
        "Ukraine,\u201d the service said.",
        [],
    ),
    (
        NOV20,
        "Since liberation, 1,200 hectares in Kharkiv oblast have been checked by "
        "sappers.",
        [],
    ),
    (
        NOV20,
        "In 2024, state operators examined and cleared 4,100 square kilometres of "
        "Ukrainian territory.",
        [],
    ),
    (
        NOV20,
        "About 38 km\u00b2 were cleared last year, the agency said, and nearly 150 "
        "km\u00b2 so far this year.",
        [],
    ),
    (
        NOV20,
        "Since the start of the war, 174,000 square kilometres \u2014 about 30% of "
        "Ukraine \u2014 have been exposed to mines.",
        [],
    ),
    # near miss: the enemy cleared from the land is a gain
    (
        NOV20,
        "Ukrainian marines say they have cleared and recaptured 3 square "
        "kilometres near Kupiansk this month.",
        [("change", "ukraine", "kharkiv", "2025-11-01", NOV20, 3, "exact")],
    ),
    (
        NOV20,
        "Ukrainian assault units cleared Russian infantry from 6 square kilometres "
        "near Kupiansk last week.",
        [("change", "ukraine", "kharkiv", *LAST_WEEK, 6, "exact")],
    ),
    (
        NOV20,
        "After demining, 400 km\u00b2 were handed back to farmers in the Kharkiv "
        "region.",
        [],
    ),
    # near miss: a gain on mined ground
    (
        NOV20,
        "Ukrainian troops liberated 9 square kilometres near Robotyne this week, "
        "much of it heavily mined.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 9, "exact")],
    ),
]

BURNED: list[Case] = [
    (
        NOV20,
        "Forest fires sparked by shelling have burned more than 1,800 hectares in "
        "the occupied part of the Kherson region.",
        [],
    ),
    (
        NOV20,
        "Officials said about 6,000 ha of pine forest near Kreminna were "
        "destroyed by fighting this year.",
        [],
    ),
    (
        NOV20,
        "The blaze covered roughly 12 square kilometres of the reserve before "
        "firefighters contained it.",
        [],
    ),
    (
        "2023-06-10",
        "After the dam was blown up, about 600 square kilometres of the left bank "
        "were flooded.",
        [],
    ),
    (
        NOV20,
        "Wildfires in the exclusion zone scorched 20,000 hectares last month.",
        [],
    ),
    (
        "2023-06-10",
        "Some 80 km\u00b2 of land lay under water after the Kakhovka dam collapse, "
        "the ministry said.",
        [],
    ),
    (
        NOV20,
        "Russian strikes set fire to about 900 hectares of wheat fields in the "
        "Dnipropetrovsk region on Sunday.",
        [],
    ),
    (
        NOV20,
        "Regional officials report over 3,000 hectares of woodland going up in "
        "flames after Russian shelling.",
        [],
    ),
    (
        NOV20,
        "The fire covered more than 1587 hectares in the occupied Kherson region.",
        [],
    ),
    (
        NOV20,
        "Officials report over 6,500 hectares of forest in the region catching "
        "fire or burning down due to the shelling.",
        [],
    ),
    (
        NOV20,
        "Nearly 3,000 hectares of land near the front have been burned by "
        "incendiary munitions this summer.",
        [],
    ),
    (
        NOV20,
        "After the fires, about 2,000 hectares of forest near Kreminna were lost.",
        [],
    ),
    (
        NOV20,
        "About 2,000 hectares of forest were lost to the fires near Kreminna.",
        [],
    ),
    # near misses: land taken that had burned, a gain beside a fire
    (
        NOV20,
        "Russian forces captured about 15 square kilometres of burned-out forest "
        "near Kreminna in October.",
        [("change", "russia", "luhansk", *OCT, 15, "approx")],
    ),
    (
        NOV20,
        "After Russia opened fire on the town, Ukrainian forces withdrew from "
        "about 10 km\u00b2 near Kupiansk last week.",
        [("change", "russia", "kharkiv", *LAST_WEEK, 10, "approx")],
    ),
    (
        NOV20,
        "Ukrainian troops under heavy fire retook 12 km\u00b2 near Robotyne this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Despite forest fires nearby, Russia's troops seized 22 square kilometres "
        "near Lyman over the past week.",
        [("change", "russia", "donetsk", *PAST_WEEK, 22, "exact")],
    ),
]

RATIOS: list[Case] = [
    (
        NOV20,
        "Russia is losing about 60 soldiers for every square kilometre it takes, "
        "British intelligence estimates.",
        [],
    ),
    (
        NOV20,
        "That works out to roughly 0.04 km\u00b2 of territory per Russian soldier "
        "killed.",
        [],
    ),
    (
        NOV20,
        "Each square kilometre has cost Moscow more than 100 casualties, the "
        "general said.",
        [],
    ),
    (
        NOV20,
        "Analysts put the price at 1,200 dead for every 10 square kilometres gained.",
        [],
    ),
    (
        NOV20,
        "The density of artillery fire reached 40 shells per square kilometre "
        "near Pokrovsk.",
        [],
    ),
    (
        NOV20,
        "There are now roughly 15 Russian soldiers per square kilometre of front "
        "near Kupiansk, the brigade said.",
        [],
    ),
    (
        NOV20,
        "The occupiers are losing about 1,000 men for every kilometre of advance.",
        [],
    ),
    # near miss: a gain and its price
    (
        NOV20,
        "Russia took 505 square kilometres in October at a cost of about 30,000 "
        "casualties, roughly 60 per square kilometre.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
]

COMPARISONS: list[Case] = [
    (
        NOV20,
        "Russia seized about 100 more square kilometres in October than in September.",
        [],
    ),
    (
        NOV20,
        "Moscow's army has not gained more than 1,000 square miles in any single "
        "month.",
        [],
    ),
    (
        NOV20,
        "That is 300 square kilometres less land than Russia took over the same "
        "period last year.",
        [],
    ),
    (
        NOV20,
        "Ukraine's losses were some 40 km2 smaller than in the previous week, "
        "DeepState said.",
        [],
    ),
    (
        NOV20,
        "The gap between the two estimates is roughly 250 square kilometres.",
        [],
    ),
    (
        NOV20,
        "Russian gains fell by about 90 square kilometres compared with August.",
        [],
    ),
    (
        NOV20,
        "ISW's figure for October exceeds DeepState's by 120 km\u00b2.",
        [],
    ),
    (
        NOV20,
        "Ukraine's gains last week were 12 square kilometres short of the week before.",
        [],
    ),
    (
        NOV20,
        "Ukraine lost twice as much territory in October as in September, some "
        "200 km\u00b2 more.",
        [],
    ),
    (
        NOV20,
        "Russia's gains in October exceeded September's by 120 square kilometres.",
        [],
    ),
    (
        NOV20,
        "Ukraine now loses about as much land in a week \u2014 roughly 100 "
        "km\u00b2 \u2014 as it did in a month last year.",
        [],
    ),
    # near misses: a gain, then how it compares; a gain up from an earlier one
    (
        NOV20,
        "Russia captured 610 square kilometres in October, about 100 more than in "
        "September.",
        [("change", "russia", "ukraine", *OCT, 610, "exact")],
    ),
    (
        NOV20,
        "Russian forces took 380 square kilometres in October, down from 480 in "
        "September.",
        [
            ("change", "russia", "ukraine", *OCT, 380, "exact"),
            ("change", "russia", "ukraine", *SEP, 480, "exact"),
        ],
    ),
]

PERCENTAGES: list[Case] = [
    (
        NOV20,
        "Ukrainian forces have liberated 54% of the territory Russia seized after "
        "February 2022.",
        [],
    ),
    (
        NOV20,
        "Russia increased the area it holds by 0.5 percent in October.",
        [],
    ),
    (
        NOV20,
        "Kyiv still holds about 30 per cent of the Donetsk region, or roughly a third.",
        [],
    ),
    (
        NOV20,
        "Russia controls 19.3% of Ukraine's 603,550 km2 territory, up from 18.2% "
        "a year ago.",
        [],
    ),
    (
        NOV20,
        "Russian troops occupy 99% of the Luhansk region and 75% of Donetsk, the "
        "governor said.",
        [],
    ),
    # near miss: a share told with its area
    (
        NOV20,
        "Russian forces hold about 75% of the Donetsk region, some 20,000 square "
        "kilometres, the governor said.",
        [("holding", "russia", "donetsk", *NOW, 20000, "approx")],
    ),
]

LENGTHS: list[Case] = [
    (
        NOV20,
        "Ukrainian troops advanced up to 7 kilometres deep near Robotyne this week.",
        [],
    ),
    (
        NOV20,
        "The front line now stretches for more than 1,200 km from Kharkiv to Kherson.",
        [],
    ),
    (
        NOV20,
        "Russian forces moved forward about 2 miles west of Avdiivka over the "
        "past week.",
        [],
    ),
    (
        NOV20,
        "On average the Russians pushed the line 1.5 km per month in 2024.",
        [],
    ),
    (
        NOV20,
        "Russia seized more than 1,000 kilometres of territory in the east, the "
        "minister said.",
        [],
    ),
    (
        NOV20,
        "Ukrainian troops broke through on a 10-kilometre stretch and pushed 5 km "
        "deep.",
        [],
    ),
    # near misses: a depth and an area in one sentence
    (
        NOV20,
        "Ukrainian troops advanced 7 kilometres and retook 40 square kilometres "
        "near Kupiansk over the past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 40, "exact")],
    ),
    (
        NOV20,
        "Along a 30-km front, Russian troops captured about 100 sq km in October.",
        [("change", "russia", "ukraine", *OCT, 100, "approx")],
    ),
]

NOT_MADE: list[Case] = [
    (
        NOV20,
        "Under the 28-point plan, Kyiv would have to cede about 5,000 square "
        "kilometres of Donbas.",
        [],
    ),
    (
        NOV20,
        "Analysts estimate Russia could capture another 3,000 square kilometres "
        "by the end of the year.",
        [],
    ),
    (
        NOV20,
        "The Kremlin aims to take a further 1,500 square miles before winter sets in.",
        [],
    ),
    (
        NOV20,
        "Russian forces are projected to seize some 4,500 square kilometres in "
        "2026, the report says.",
        [],
    ),
    (
        NOV20,
        "Moscow demanded that Ukraine withdraw from roughly 6,000 sq km in the "
        "east as a condition of any ceasefire.",
        [],
    ),
    (
        NOV20,
        "If the offensive succeeds, Russia might gain up to 2,000 km2 of the "
        "Dnipropetrovsk region.",
        [],
    ),
    (
        NOV20,
        "Putin has set his generals the task of seizing 10,000 square kilometres "
        "by March.",
        [],
    ),
    (
        NOV20,
        "At this rate, Russian forces could capture the 1,600 square kilometres "
        "around Kramatorsk by mid-2026, ISW warned.",
        [],
    ),
    (
        NOV20,
        "Russia's plan for 2026 calls for capturing 15,000 km\u00b2.",
        [],
    ),
    (
        NOV20,
        "Russia has been unable to take the 30 km2 around Chasiv Yar for a year.",
        [],
    ),
    (
        NOV20,
        "Some 6,000 km\u00b2 of the Donetsk region would be handed to Russia under "
        "the US proposal.",
        [],
    ),
    (
        NOV20,
        "About 2,000 square kilometres near Pokrovsk could fall to Russian troops "
        "by spring, analysts warn.",
        [],
    ),
    (
        NOV20,
        "Another 1,500 km\u00b2 are expected to be captured before the end of the "
        "year.",
        [],
    ),
    (
        NOV20,
        "The ceasefire line proposed by Washington would leave Russia with about "
        "20% of Ukraine, around 120,000 km\u00b2.",
        [],
    ),
    (
        NOV20,
        "Putin ordered the army to create a buffer zone of 1,500 km\u00b2 in the "
        "Kharkiv region.",
        [],
    ),
    (
        NOV20,
        "Trump's envoy suggested Kyiv hand over some 5,000 square kilometres in "
        "exchange for security guarantees.",
        [],
    ),
    (
        NOV20,
        "Russia gained 3,000 sq km in 2024. Analysts expect it to take another "
        "3,000 sq km in 2026.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 3000, "exact")],
    ),
    (
        NOV20,
        "Russia could have captured 1,000 km\u00b2 near Pokrovsk if its reserves "
        "had arrived in time.",
        [],
    ),
    # near miss: "might have" hedges a gain reported, as "may have" does
    (
        NOV20,
        "Ukraine might have lost up to 100 km\u00b2 near Pokrovsk last week, "
        "analysts said.",
        [("change", "russia", "donetsk", *LAST_WEEK, 100, "at_most")],
    ),
    (
        NOV20,
        "Ukraine denied that Russia had captured 40 km\u00b2 near Kostiantynivka.",
        [],
    ),
    (
        NOV20,
        "Russia falsely claimed the capture of 100 km\u00b2 near Siversk, the "
        "General Staff said.",
        [],
    ),
    # peace-plan and negotiation figures
    (
        NOV20,
        "A territorial swap of about 500 km\u00b2 was discussed in Istanbul.",
        [],
    ),
    (
        NOV20,
        "In exchange, Russia would return some 1,000 square kilometres in the "
        "Sumy and Kharkiv regions.",
        [],
    ),
    (
        NOV20,
        "The draft deal envisages a demilitarised zone of 1,000 km\u00b2 in Donetsk.",
        [],
    ),
    (
        NOV20,
        "At this rate Russia will have captured 6,000 km\u00b2 by the end of the year.",
        [],
    ),
    (
        NOV20,
        "Putin reportedly told Witkoff that Russia would give up 440 km\u00b2 in "
        "Sumy in exchange.",
        [],
    ),
    (
        NOV20,
        "The US plan would recognise as Russian some 45,000 km\u00b2 of Luhansk "
        "and Donetsk.",
        [],
    ),
    # near misses: a gain made, then a forecast; a present holding in a supposed gain
    (
        NOV20,
        "Russia captured 505 square kilometres in October and could take even "
        "more this month, analysts said.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "The 5,000 sq km still held by Kyiv in Donetsk would have to be "
        "surrendered under the plan.",
        [("holding", "ukraine", "donetsk", *NOW, 5000, "exact")],
    ),
    (
        NOV20,
        "Moscow's maximalist demands include the roughly 6,000 km\u00b2 of Donetsk "
        "that Ukraine still holds.",
        [("holding", "ukraine", "donetsk", *NOW, 6000, "approx")],
    ),
    (
        NOV20,
        "Kyiv could offer to swap the 1,000 km\u00b2 it holds in Kursk for "
        "Russian-occupied land.",
        [("holding", "ukraine", "kursk", *NOW, 1000, "exact")],
    ),
    (
        NOV20,
        "Russia's 505 km\u00b2 gain in October would be the largest since 2022.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "The plan would give Moscow the 6,000 square kilometres of Donetsk still "
        "held by Kyiv.",
        [("holding", "ukraine", "donetsk", *NOW, 6000, "exact")],
    ),
]

CHANGED_HANDS: list[Case] = [
    (
        NOV20,
        "Less than 500 square miles of territory have changed hands since the "
        "start of the year.",
        [],
    ),
    (
        NOV20,
        "Only some 600 km\u00b2 changed hands along the whole front in 2023.",
        [],
    ),
    (
        NOV20,
        "Roughly 1,000 square kilometres swapped hands in the Kursk region over "
        "the summer.",
        [],
    ),
    (
        NOV20,
        "The ISW counted some 300 square kilometres changing hands in the past month.",
        [],
    ),
    (
        NOV20,
        "Across the entire front, about 2,000 sq km passed back and forth "
        "between the armies this year.",
        [],
    ),
    (
        SEP12,
        "Territory that changed hands over the summer totalled about 250 km2, "
        "according to the Times analysis.",
        [],
    ),
    (
        NOV20,
        "A total of 1,500 km\u00b2 has changed control in 2025, the ISW says.",
        [],
    ),
    (
        NOV20,
        "Russian and Ukrainian forces have traded about 300 km\u00b2 near Kupiansk "
        "since summer.",
        [],
    ),
    (
        NOV20,
        "Control of roughly 400 km\u00b2 shifted between the armies in the past month.",
        [],
    ),
    (
        NOV20,
        "Russia and Ukraine exchanged control over about 100 km\u00b2 near Robotyne "
        "over the summer.",
        [],
    ),
    # near miss: a gain, then the land that changed hands in a clause of its own
    (
        NOV20,
        "The front barely moved: Russia took 38 square kilometres in the past "
        "week, while little changed hands around Russian positions.",
        [("change", "russia", "ukraine", *PAST_WEEK, 38, "exact")],
    ),
]

SETTLEMENTS: list[Case] = [
    (
        NOV20,
        "Russian forces have captured four villages in the Donetsk region this week.",
        [],
    ),
    (
        NOV20,
        "Since the start of the counteroffensive, Ukraine has liberated 22 "
        "settlements, the ministry said.",
        [],
    ),
    (
        NOV20,
        "Moscow claims to have taken over 300 localities in 2025.",
        [],
    ),
    (
        NOV20,
        "Russian troops have retaken 74 settlements in the Kursk region, the "
        "Russian defence ministry said.",
        [],
    ),
    (
        NOV20,
        "The ministry said its forces had 'liberated' five more villages over "
        "the past week.",
        [],
    ),
    (
        NOV20,
        "Between them, the two armies have traded about 300 km\u00b2 near Kupiansk "
        "since summer.",
        [],
    ),
    # near misses: a count of villages with the area taken
    (
        NOV20,
        "Russia captured 12 villages and about 450 square kilometres in October, "
        "DeepState said.",
        [("change", "russia", "ukraine", *OCT, 450, "approx")],
    ),
    (
        NOV20,
        "Ukraine liberated 41 settlements with a combined area of 1,170 square "
        "kilometres in the Kherson region.",
        [("change", "ukraine", "kherson", "", "", 1170, "exact")],
    ),
]

ANNEXED: list[Case] = [
    (
        NOV20,
        "Putin signed decrees annexing four regions with a total area of more "
        "than 100,000 square kilometres.",
        [],
    ),
    (
        NOV20,
        "Moscow claims about 109,000 square kilometres of Ukrainian territory as "
        "its own, although its troops do not occupy all of it.",
        [],
    ),
    (
        NOV20,
        "The four oblasts Russia proclaimed part of its territory in 2022 cover "
        "some 90,000 sq mi.",
        [],
    ),
    (
        NOV20,
        "Russia's constitution now lists 'new regions' spanning roughly 108,000 km2.",
        [],
    ),
    (
        NOV20,
        "Russia formally annexed roughly 15% of Ukraine, an area of about 90,000 "
        "square kilometres, in September 2022.",
        [],
    ),
    (
        NOV20,
        "The Kremlin claims some 27,000 square kilometres of the Zaporizhzhia "
        "region, though its forces control only three-quarters of it.",
        [],
    ),
    (
        NOV20,
        "Moscow considers the whole Donetsk region, 26,500 km\u00b2, Russian "
        "territory.",
        [],
    ),
    (
        NOV20,
        "Russia lays claim to 109,000 square kilometres of Ukraine.",
        [],
    ),
    (
        NOV20,
        "Moscow illegally annexed the four regions, which together span about "
        "109,000 km2, in 2022.",
        [],
    ),
    (
        NOV20,
        "The Kremlin considers the four annexed regions, with a combined area of "
        "about 108,000 km\u00b2, part of Russia.",
        [],
    ),
    # near misses: a claim of a gain is a gain
    (
        NOV20,
        "Russia claims to have captured 57 settlements and 1,800 km\u00b2 this year.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 1800, "exact")],
    ),
    (
        NOV20,
        "Moscow claims 1,800 km\u00b2 captured since January.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 1800, "exact")],
    ),
    # near miss: a holding beside the annexation of a place within it
    (
        NOV20,
        "Russia occupies about 116,000 square kilometres of Ukraine, including "
        "Crimea, which it annexed in 2014.",
        [("holding", "russia", "ukraine", *NOW, 116000, "approx")],
    ),
]

CASES: list[Case] = [
    *RATES,
    *SIZES,
    *CLEARED,
    *MINED,
    *BURNED,
    *RATIOS,
    *COMPARISONS,
    *PERCENTAGES,
    *LENGTHS,
    *NOT_MADE,
    *CHANGED_HANDS,
    *SETTLEMENTS,
    *ANNEXED,
    # Read right once "N of them" after land that changed hands repeats its
    # unit and takes its period: the sides' shares of what changed hands.
    (
        NOV20,
        "Some 400 square miles changed hands in October \u2014 Russia gained 330 "
        "of them and Ukraine 70.",
        [
            ("change", "russia", "ukraine", *OCT, _mi2(330), "exact"),
            ("change", "ukraine", "ukraine", *OCT, _mi2(70), "exact"),
        ],
    ),
    # Read right once a "while" clause's place stayed its own: the figure names
    # no place, so `ukraine`.
    (
        NOV20,
        "The front barely moved: Russia took 38 square kilometres in the past "
        "week, while little changed hands near Kupiansk.",
        [("change", "russia", "ukraine", *PAST_WEEK, 38, "exact")],
    ),
]

NOT_YET: list[Case] = []


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
