"""Passages of two to six sentences whose area figures are not territorial-control
records, and near misses beside them. The traps: rates per day, week or month
and averages, casualties per square kilometre, the size of a country, an
oblast, a Russian region or a city, land demined, contaminated, flooded,
burnt, farmed, searched or "cleared of saboteurs", the grey zone and contested
land, land that "changed hands", zones demanded or planned in talks, forecasts
and hypotheticals, negated gains, comparisons and differences, percentages,
depths, distances and front lengths, square metres and "kilometres of
territory", and settlement counts. The near misses put one of those next to a
real change or holding, which is recorded while the trap is not, or state a
present holding inside a hypothetical.

Every passage was written for this file, before the extractor was read, in the
manner of the wires, Ukrainian and Russian outlets, mapping groups' summaries,
humanitarian agencies and war blogs; its records were written by hand from
tests/fixtures/prose/real/LABELS.md, and each case checks every field of every
record."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, parameters

C, H = "change", "holding"
RU, UA = "russia", "ukraine"
EX, AP, AL, AM = "exact", "approx", "at_least", "at_most"
MI = 2.589988110336  # km² in a square mile

TRAPS = [
    # 000 a rate per day, then a hypothetical with no figure
    (
        "2024-11-28",
        "Russian forces are advancing at roughly 15 square kilometres per day, according to the Institute for the Study of War, the fastest pace since the spring of 2022. At that rate, analysts say, capturing the rest of the Donetsk region would still take well over a year.",
        [],
    ),
    # 001 an average per month over a season
    (
        "2025-09-05",
        "Over the summer, Russia gained an average of 400 sq km per month, DeepState said. The group warned that the autumn mud would slow the assaults but not stop them.",
        [],
    ),
    # 002 square miles per week on average
    (
        "2025-07-15",
        "Russian forces have been taking about 16 square miles per week on average since the spring, a pace that military analysts describe as grinding. Ukraine's commanders say their drone lines make every metre costly.",
        [],
    ),
    # 003 the size of a country, and the length of the front
    (
        "2023-02-24",
        "Ukraine, a country of 603,500 square kilometres, is the largest nation entirely in Europe. A year after the invasion, its front line with Russia stretches for some 1,200 km.",
        [],
    ),
    # 004 the size of an oblast
    (
        "2025-05-15",
        "The Donetsk region covers about 26,500 square kilometres. Before 2014 it was home to more than four million people, and its mines and steel mills were the heart of Ukraine's industry.",
        [],
    ),
    # 005 the size of a Russian region
    (
        "2024-08-11",
        "Kursk Oblast covers nearly 30,000 square kilometres, roughly the size of Belgium, and borders Ukraine's Sumy region. Its nuclear power plant lies about 60 kilometres from the border.",
        [],
    ),
    # 006 land demined, and land that may be contaminated
    (
        "2025-04-04",
        "Since the start of the year, sappers have demined more than 1,200 square kilometres of farmland in the Kharkiv region, the State Emergency Service said. About 139,000 square kilometres of Ukraine is still potentially contaminated with mines and unexploded ordnance.",
        [],
    ),
    # 007 hectares surveyed and cleared of ordnance
    (
        "2023-05-22",
        "In the past week, pyrotechnicians surveyed 2,300 hectares and cleared 1,100 hectares of explosive objects near Izium, the Interior Ministry said. Two deminers were injured.",
        [],
    ),
    # 008 land flooded after the dam
    (
        "2023-06-09",
        "The destruction of the Kakhovka dam flooded some 600 square kilometres of the Kherson region, two-thirds of it on the Russian-occupied left bank, regional officials said. Thousands of residents were evacuated by boat.",
        [],
    ),
    # 009 forest burnt by shelling
    (
        "2024-09-10",
        "Wildfires sparked by shelling have burnt more than 10,000 hectares of forest in the Luhansk and Kharkiv regions this summer, ecologists said. Firefighters cannot reach most of the blazes near the front.",
        [],
    ),
    # 010 land sown by farmers
    (
        "2024-05-30",
        "Farmers in the Zaporizhzhia region planted 350,000 hectares this spring, about half of the pre-war area, the regional administration said. Much of the rest is mined or under occupation.",
        [],
    ),
    # 011 a buffer zone demanded in talks
    (
        "2025-06-03",
        "Russia's negotiators in Istanbul want a buffer zone covering some 2,000 square kilometres of the Sumy and Kharkiv regions, a source familiar with the talks said. Ukraine rejected the demand.",
        [],
    ),
    # 012 a demilitarised zone in a leaked plan
    (
        "2025-11-21",
        "Under the leaked 28-point plan, a demilitarised zone would cover an area of about 5,000 square kilometres, which neither army would be allowed to enter. European officials were not consulted.",
        [],
    ),
    # 013 a forecast
    (
        "2025-01-15",
        "At the current pace, Russia could capture a further 10,000 square kilometres by the end of the year, a Finnish military analyst forecast. Others expect the offensive to run out of steam by the summer.",
        [],
    ),
    # 014 a hypothetical lament
    (
        "2024-07-02",
        "Had the offensive kept its pace, our troops would have taken 3,000 square kilometres by June, a pro-Kremlin blogger lamented on Telegram. Instead, he wrote, the army is stuck in the fields near Chasiv Yar.",
        [],
    ),
    # 015 distances to cities
    (
        "2025-11-18",
        "Russian troops are now about 15 km from the outskirts of Zaporizhzhia city and some 25 km from Kramatorsk, Ukrainian officials said. Both cities are under daily drone attack.",
        [],
    ),
    # 016 a depth and a front width
    (
        "2024-08-09",
        "Ukrainian forces advanced up to 10 kilometres deep into the Kursk region along a 40-kilometre front, Russian officials acknowledged. Moscow declared a federal emergency.",
        [],
    ),
    # 017 a difference with no monthly totals
    (
        "2025-04-02",
        "Russia captured almost 100 more square kilometres in March than in February, DeepState said, without giving the monthly totals. The analysts blamed a shortage of Ukrainian infantry.",
        [],
    ),
    # 018 a negated upper bound over a week
    (
        "2024-10-18",
        "Russia has not gained more than 200 square miles in a single week since the spring of 2022, according to ISW data. Even its best weeks are measured in villages, not cities.",
        [],
    ),
    # 019 not a single square kilometre
    (
        "2025-10-27",
        "Russian troops failed to gain a single square kilometre near Kupiansk in the past week, the Ukrainian command said. Their assault groups were destroyed before they reached the city.",
        [],
    ),
    # 020 casualties per square kilometre
    (
        "2024-06-20",
        "Russia loses an estimated 100 soldiers for every square kilometre it takes, Ukrainian commanders say. Near Avdiivka the ratio was even higher, according to British intelligence.",
        [],
    ),
    # 021 losses and a ratio per square kilometre
    (
        "2024-12-05",
        "Western officials say Russia lost some 45,000 soldiers killed and wounded in November, or about 62 for each square kilometre gained. It was the deadliest month of the war for Moscow.",
        [],
    ),
    # 022 land that changed hands
    (
        "2023-12-29",
        "Less than 500 square miles of territory have changed hands since the start of the year, a sign of how static the front has become. Neither side has the strength for a breakthrough.",
        [],
    ),
    # 023 the grey zone
    (
        "2025-10-13",
        "The grey zone between the two armies now covers around 1,000 square kilometres along the Pokrovsk axis, DeepState said. Soldiers on both sides can move there only at night.",
        [],
    ),
    # 024 contested land
    (
        "2025-12-02",
        "About 300 square kilometres of the Kupiansk direction remain contested, the analysts said, with neither side in firm control. Small Russian groups have infiltrated the city.",
        [],
    ),
    # 025 cleared of saboteurs
    (
        "2025-11-20",
        "Ukrainian troops have cleared 5 square kilometres of Kupiansk of Russian sabotage groups, the 2nd Corps said. The operation continues in the northern districts.",
        [],
    ),
    # 026 search and strike operations on an area
    (
        "2025-11-11",
        "Units of the Dnipro group carried out search and strike operations on 3 square kilometres of Pokrovsk on Tuesday. Russian infiltrators were found hiding in basements.",
        [],
    ),
    # 027 settlements with no area
    (
        "2025-03-30",
        "The Russian Defence Ministry said its forces had liberated 18 settlements in the past week. Since the start of the year, it said, more than 120 settlements had come under Russian control.",
        [],
    ),
    # 028 the area of annexed regions
    (
        "2022-10-05",
        "Putin signed laws annexing four Ukrainian regions with a total area of more than 100,000 square kilometres, even though Russian forces do not fully control any of them except Luhansk.",
        [],
    ),
    # 029 percentages with no area
    (
        "2025-02-21",
        "Russia occupies about 19% of Ukraine's territory, up from 7% before the full-scale invasion. In the Luhansk region the figure is close to 99%.",
        [],
    ),
    # 030 the size of a city
    (
        "2025-08-25",
        "Pokrovsk, a city of about 30 square kilometres, had 60,000 residents before the war. Fewer than 1,500 remain, the city's military administration said.",
        [],
    ),
    # 031 square metres
    (
        "2024-05-27",
        "Ukrainian troops recaptured a 500-square-metre strip of trenches near Toretsk on Monday, a brigade spokesman said. The fighting there is measured in tree lines.",
        [],
    ),
    # 032 "kilometres" of a region with no "square"
    (
        "2023-03-03",
        "Russian forces have taken control of at least 450 kilometres of the Donetsk region since the start of the winter offensive, a Russian-installed official claimed. He did not give details.",
        [],
    ),
    # 033 "miles of territory"
    (
        "2024-08-08",
        "Ukraine's forces seized more than six miles of territory in the first days of the cross-border raid, a US official said, calling it a bold move.",
        [],
    ),
    # 034 two rates, the second borrowing the unit
    (
        "2024-12-03",
        "Russian advances reached 27 square kilometres a day in November, up from 20 a day in October, according to Ukrainian open-source analysts. Kurakhove is almost surrounded.",
        [],
    ),
    # 035 a plan of the Russian General Staff
    (
        "2025-03-18",
        "The Russian General Staff plans to capture 4,000 square kilometres of the Zaporizhzhia region by the autumn, according to Ukrainian military intelligence. The plan depends on fresh reserves.",
        [],
    ),
    # 036 a region's size in a comparison
    (
        "2025-02-25",
        "Three years on, all of Russia's gains since 2022 would fit inside the Moscow region, which covers 44,300 square kilometres. The war has become one of attrition.",
        [],
    ),
    # 037 land returned to cultivation after demining
    (
        "2024-04-18",
        "Since the liberation of the right bank, farmers in the Kherson region have returned 120,000 hectares to cultivation after demining, the agriculture ministry said.",
        [],
    ),
    # 038 contamination estimate with a percentage
    (
        "2023-10-11",
        "About 30% of Ukraine, some 174,000 square kilometres, may be contaminated by mines and unexploded ordnance, the government estimates. Clearing it could take decades.",
        [],
    ),
    # 039 an exclusion zone's width
    (
        "2024-03-22",
        "Authorities in Belgorod declared a 15-kilometre exclusion zone along the border after cross-border raids by pro-Ukrainian fighters. Schools in the city were closed.",
        [],
    ),
    # 040 an evacuation zone
    (
        "2025-08-07",
        "The mandatory evacuation zone in the Sumy region was expanded to cover 200 square kilometres along the border, the regional administration said. About 9,000 people live there.",
        [],
    ),
    # 041 a rate in square miles a month
    (
        "2024-10-30",
        "Russia is now gaining close to 200 square miles a month, the fastest since 2022, a Western official said. Ukraine's manpower shortage is the main reason.",
        [],
    ),
    # 042 a difference with the previous month
    (
        "2026-05-04",
        "Russian gains slowed again in April, DeepState said. That was 150 square kilometres less than in March, the group added, without publishing the total.",
        [],
    ),
    # 043 the depth of a buffer zone ordered by Putin
    (
        "2025-05-23",
        "Putin ordered the army to create a security buffer zone along the border with Ukraine, which the Defence Ministry says should extend at least 10 kilometres into the Sumy region.",
        [],
    ),
    # 044 the size of a city, and its cost in lives
    (
        "2023-05-25",
        "Bakhmut, a city of 42 square kilometres with a pre-war population of 70,000, cost Russia an estimated 20,000 lives, many of them Wagner convicts.",
        [],
    ),
    # 045 not a single square kilometre in talks
    (
        "2025-08-13",
        "Zelenskiy said Ukraine would not give up a single square kilometre of the Donbas, and that any ceasefire must start from the current line. Russia's envoy dismissed the remark.",
        [],
    ),
    # 046 a region's size in apposition
    (
        "2024-08-22",
        "Ukraine's incursion into Kursk, a region of 29,997 square kilometres, took Moscow by surprise. Russian commanders had stripped the border of troops.",
        [],
    ),
    # 047 a percentage of Ukraine gained this year
    (
        "2025-10-01",
        "Russia has gained 0.6 per cent of Ukraine's territory this year, a figure that has changed little despite its summer offensive, analysts at CSIS said.",
        [],
    ),
    # 048 an average per week during a counteroffensive
    (
        "2023-12-20",
        "On average, Ukrainian forces liberated 30 square kilometres a week during the counteroffensive, far slower than the planners had hoped. The Russian lines held.",
        [],
    ),
    # 049 the area of a military exercise
    (
        "2025-09-16",
        "The Zapad-2025 exercises in Belarus were held on ranges covering some 300 square kilometres near the Polish border, the Belarusian defence ministry said.",
        [],
    ),
    # 050 a fall in the grey zone
    (
        "2025-09-22",
        "According to the General Staff, the area of the grey zone near Kupiansk decreased by 12 square kilometres over the past day. Ukrainian units are consolidating.",
        [],
    ),
    # 051 a negated rate in a long wire paragraph
    (
        "2025-12-22",
        "The front has barely moved in the south. Russian troops near Stepnohirsk have not advanced more than 1 square kilometre a week since the summer, Ukrainian officers say. Their assaults are mostly on motorcycles. Both sides are digging in for the winter.",
        [],
    ),
    # 052 land offered in an exchange of territory
    (
        "2025-08-09",
        "Trump suggested some swapping of territories, and officials in Washington floated an exchange in which Ukraine would receive about 1,000 square kilometres of the Sumy and Kharkiv regions. Kyiv said it had not been consulted.",
        [],
    ),
]

NEAR_MISSES = [
    # 053 a month's total and a daily average
    (
        "2024-12-02",
        "Russian forces captured 725 square kilometres in November, advancing by an average of 24 square kilometres a day, DeepState said. It was the largest monthly gain since the spring of 2022.",
        [(C, RU, UA, "2024-11-01", "2024-11-30", 725, EX)],
    ),
    # 054 a holding, and the size of the oblast
    (
        "2025-06-20",
        "Russia controls about 20,500 square kilometres of the Donetsk region, which covers 26,500 square kilometres in all, according to DeepState.",
        [(H, RU, "donetsk", "2025-06-20", "2025-06-20", 20500, AP)],
    ),
    # 055 what Russia would still need to conquer: Ukraine's holding
    (
        "2025-08-18",
        "To take the whole of the Donetsk region, Russian forces would still need to conquer approximately 6,500 square kilometres, a task that at the current pace could take until 2027.",
        [(H, UA, "donetsk", "2025-08-18", "2025-08-18", 6500, AP)],
    ),
    # 056 a hypothetical offer and the present holding it states
    (
        "2025-08-16",
        "Putin's reported offer would give Moscow control over the remaining 2,500 square miles of Donetsk still held by Kyiv. In exchange, Russia would freeze the front in Kherson and Zaporizhzhia.",
        [(H, UA, "donetsk", "2025-08-16", "2025-08-16", round(2500 * MI, 6), EX)],
    ),
    # 057 a gain last week and land demined behind it
    (
        "2023-08-21",
        "Ukrainian forces liberated 9 square kilometres near Robotyne last week, the General Staff said. Sappers then demined another 12 square kilometres behind the new line.",
        [(C, UA, "zaporizhzhia", "2023-08-14", "2023-08-20", 9, EX)],
    ),
    # 058 casualties paid for a winter's gain
    (
        "2024-03-15",
        "Russian forces paid with some 30,000 casualties for the 250 square kilometres they took around Avdiivka in the winter, Ukrainian officials estimate.",
        [(C, RU, "donetsk", "2023-12-01", "2024-02-29", 250, EX)],
    ),
    # 059 a month's gain and a difference
    (
        "2025-11-02",
        "Russia captured 505 square kilometres in October, 100 square kilometres more than in September, according to an AFP analysis.",
        [(C, RU, UA, "2025-10-01", "2025-10-31", 505, EX)],
    ),
    # 060 a gain and the grey zone around it
    (
        "2026-01-14",
        "Russian forces advanced 40 square kilometres near Kostiantynivka in the past week, DeepState said, while the grey zone around the town grew to about 150 square kilometres.",
        [(C, RU, "donetsk", "2026-01-08", "2026-01-14", 40, EX)],
    ),
    # 061 land that changed hands, and one side's share
    (
        "2024-10-03",
        "About 600 square kilometres changed hands in the Kursk region in September. Russian troops retook about 450 square kilometres of it, mostly on the western flank of the salient.",
        [(C, RU, "kursk", "2024-09-01", "2024-09-30", 450, AP)],
    ),
    # 062 a holding, and the region's size
    (
        "2024-09-20",
        "Ukraine's forces control about 1,000 square kilometres of the Kursk region, which covers nearly 30,000, the General Staff said.",
        [(H, UA, "kursk", "2024-09-20", "2024-09-20", 1000, AP)],
    ),
    # 063 a past year's gain and a forecast
    (
        "2025-01-10",
        "Russia took 4,168 square kilometres in 2024, and at that pace could seize another 4,000 or more in 2025, analysts forecast.",
        [(C, RU, UA, "2024-01-01", "2024-12-31", 4168, EX)],
    ),
    # 064 a depth and an area between two days
    (
        "2024-08-14",
        "Between Aug. 6 and Aug. 12, Ukrainian troops pushed up to 30 kilometres into Russia's Kursk region and captured about 1,000 square kilometres, the Ukrainian command said.",
        [(C, UA, "kursk", "2024-08-06", "2024-08-12", 1000, AP)],
    ),
    # 065 a percentage and the area it stands for
    (
        "2025-11-10",
        "Russia now occupies 19.2% of Ukraine, or 116,000 square kilometres, including Crimea, according to DeepState.",
        [(H, RU, UA, "2025-11-10", "2025-11-10", 116000, EX)],
    ),
    # 066 settlements and an area in one claim
    (
        "2025-11-01",
        "The Russian Defence Ministry said its forces had liberated 17 settlements and 1,270 square kilometres in October. Ukraine said the figures were exaggerated.",
        [(C, RU, UA, "2025-10-01", "2025-10-31", 1270, EX)],
    ),
    # 067 the area of annexed regions and the part Russia controls
    (
        "2024-02-24",
        "Russia claims four Ukrainian regions with a total area of more than 100,000 square kilometres, but controls only about 75,000 square kilometres of them.",
        [(H, RU, UA, "2024-02-24", "2024-02-24", 75000, AP)],
    ),
    # 068 a week's gain and the daily rate it makes
    (
        "2025-04-07",
        "Russian forces advanced 130 square kilometres in the past week, roughly 18 square kilometres a day, ISW data show.",
        [(C, RU, UA, "2025-04-01", "2025-04-07", 130, EX)],
    ),
    # 069 liberated land beside land cleared of sabotage groups
    (
        "2025-12-20",
        "In the Kupiansk direction our units liberated 8 square kilometres over the past day and cleared a further 3 square kilometres of sabotage groups, the General Staff reported.",
        [(C, UA, "kharkiv", "2025-12-20", "2025-12-20", 8, EX)],
    ),
    # 070 a demand in talks, and what Kyiv still holds
    (
        "2025-11-25",
        "Moscow wants Kyiv to withdraw from the roughly 6,000 square kilometres of the Donetsk region it still holds, a demand Ukraine has repeatedly rejected.",
        [(H, UA, "donetsk", "2025-11-25", "2025-11-25", 6000, AP)],
    ),
    # 071 hectares recovered this week, said on a Friday
    (
        "2023-03-10",
        "Ukrainian marines recovered 300 hectares near Vuhledar this week, the brigade said on Friday. Russian losses in the failed assaults on the town were heavy.",
        [(C, UA, "donetsk", "2023-03-06", "2023-03-10", 3, EX)],
    ),
    # 072 a day's gain and a month's average per day
    (
        "2025-07-02",
        "Over the past day, Russian forces advanced 12 square kilometres, well above their average of 8 square kilometres per day in June, a Ukrainian analyst wrote.",
        [(C, RU, UA, "2025-07-02", "2025-07-02", 12, EX)],
    ),
    # 073 casualties and a holding said on a Monday
    (
        "2024-11-26",
        "Russian losses in Kursk exceed 38,000, Syrskyi said on Monday, adding that Ukrainian troops still hold 800 square kilometres there.",
        [(H, UA, "kursk", "2024-11-25", "2024-11-25", 800, EX)],
    ),
    # 074 a front length and a month's gain
    (
        "2026-04-02",
        "Along a 1,200-kilometre front, Russian forces gained just 250 square kilometres in March, the slowest month for them in two years.",
        [(C, RU, UA, "2026-03-01", "2026-03-31", 250, EX)],
    ),
]

# Read right once the shape was handled, moved here from NOT_YET.
READ_SINCE = [
    # liberated and cleared land added together
    (
        "2025-09-15",
        "Together, liberated and cleared of enemy groups, the area near Dobropillia amounts to 160 square kilometres, the Ukrainian command said.",
        [],
    ),
    # 075 land searched for infiltrators
    (
        "2025-12-10",
        "Ukrainian soldiers searched 6 square kilometres of forest near Kupiansk for Russian infiltrators over the past day, a brigade spokesman said.",
        [],
    ),
    # 077 a comparison that gives both months
    (
        "2023-09-04",
        "Ukraine regained 76 square kilometres in August, nearly double July's 40, according to the analysts. Most of it was in the south.",
        [
            (C, UA, UA, "2023-08-01", "2023-08-31", 76, EX),
            (C, UA, UA, "2023-07-01", "2023-07-31", 40, EX),
        ],
    ),
]

CASES = TRAPS + NEAR_MISSES + READ_SINCE

NOT_YET: list = []


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    parameters(CASES, NOT_YET),
    ids=case_ids(len(CASES) + len(NOT_YET)),
)
def test_reads_as_labelled(published: str, sentence: str, expected: list) -> None:
    assert_reads_as_labelled(published, sentence, expected)
