"""Where a figure lies and whose it is, in shapes new text keeps bringing: the
place a statement was made, set off by commas after the speaker ("Syrskyi, in
Kharkiv, said …"), which is not the figure's; land taken back with no agent
named ("60 km2 of the Kursk region were retaken"), which is the gain of the side
whose land it is. Every sentence was written for this file (none is taken from
any corpus), with places from across the front and the border oblasts, and its
records were written by hand from tests/fixtures/prose/real/LABELS.md before any
rule was written. Each case checks every field of every record; near misses,
where the rule must not fire, are marked."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, pending

NOV20 = "2025-11-20"  # a Thursday
OCT = ("2025-10-01", "2025-10-31")
PAST_WEEK = ("2025-11-14", NOV20)
LAST_WEEK = ("2025-11-10", "2025-11-16")
THIS_WEEK = ("2025-11-17", NOV20)

# (published, sentence, [(kind, actor, region, start, end, area_km2, bound), ...])
CASES: list[tuple[str, str, list[tuple[str, str, str, str, str, float, str]]]] = [
    # --- where the words were said, in commas after the speaker ----------------
    (
        NOV20,
        "Syrskyi, in Kharkiv, said Ukraine had retaken 20 square kilometres in the "
        "past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Russia's chief of staff, in Luhansk on Monday, said his troops had captured "
        "150 square kilometres since the start of November.",
        [("change", "russia", "ukraine", "2025-11-01", "2025-11-17", 150, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces have regained 14 square kilometres this week, Syrskyi, in "
        "Zaporizhzhia, told reporters.",
        [("change", "ukraine", "ukraine", *THIS_WEEK, 14, "exact")],
    ),
    (
        NOV20,
        "Pushilin, from Donetsk, claimed Russian forces had taken 50 square "
        "kilometres in October.",
        [("change", "russia", "ukraine", *OCT, 50, "exact")],
    ),
    (
        NOV20,
        "Gerasimov, at a command post in the Zaporizhzhia region, told Putin that "
        "Russian forces had taken 120 square kilometres in October.",
        [("change", "russia", "ukraine", *OCT, 120, "exact")],
    ),
    (
        NOV20,
        "The defence minister, at a briefing in Donetsk, said Russian forces had "
        "taken 90 square kilometres over the past week.",
        [("change", "russia", "ukraine", *PAST_WEEK, 90, "exact")],
    ),
    (
        NOV20,
        "Zelensky, on a visit to troops near Kupiansk, said Ukrainian units had "
        "pushed the Russians out of 8 square kilometres this week.",
        [("change", "ukraine", "ukraine", *THIS_WEEK, 8, "exact")],
    ),
    # near miss: a place in commas after a subject that takes, not speaks
    (
        NOV20,
        "Russian forces, in the Donetsk region, captured 40 square kilometres last "
        "week, Syrskyi said.",
        [("change", "russia", "donetsk", *LAST_WEEK, 40, "exact")],
    ),
    # near misses: troops are where they fight, whoever reports it
    (
        NOV20,
        "Russian troops, in the Donetsk region, reported capturing 30 square "
        "kilometres this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 30, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces, in the Kharkiv region, said they had recaptured 20 "
        "square kilometres this week.",
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 20, "exact")],
    ),
    # near miss: the figure's own place beside the venue
    (
        NOV20,
        "Syrskyi, in Kharkiv, said Ukraine had retaken 20 square kilometres near "
        "Kupiansk in the past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 20, "exact")],
    ),
    # a venue with its own preposition: "at a command post in …"
    (
        NOV20,
        "Gerasimov reported to Putin at a command post in the Kursk region that "
        "Russian forces had taken 150 square kilometres in Ukraine this month.",
        [("change", "russia", "ukraine", "2025-11-01", NOV20, 150, "exact")],
    ),
    # where the words were said, told by a fronted or participle phrase
    (
        NOV20,
        "Speaking to reporters in Kharkiv on Tuesday, Syrskyi said Ukraine had "
        "retaken 20 square kilometres in the past week.",
        [("change", "ukraine", "ukraine", "2025-11-12", "2025-11-18", 20, "exact")],
    ),
    (
        NOV20,
        "In a video address recorded in Zaporizhzhia, Zelensky said Ukrainian "
        "forces had retaken 20 square kilometres in the past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Syrskyi said in a Telegram post from Kramatorsk that Ukraine had retaken "
        "20 square kilometres in the past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Putin, chairing a meeting in the Kursk region, was told Russian troops had "
        "taken 150 square kilometres this month.",
        [("change", "russia", "ukraine", "2025-11-01", NOV20, 150, "exact")],
    ),
    (
        NOV20,
        "Gerasimov, inspecting troops in the Zaporizhzhia region, said Russian "
        "forces had taken 120 square kilometres in October.",
        [("change", "russia", "ukraine", *OCT, 120, "exact")],
    ),
    (
        NOV20,
        "During a trip to the front near Kupiansk, Syrskyi said Ukraine had retaken "
        "20 square kilometres in the past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 20, "exact")],
    ),
    # near misses: a participle of fighting, and a post that is a place
    (
        NOV20,
        "Russian troops, meeting fierce resistance near Pokrovsk, captured 20 "
        "square kilometres this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces recaptured 5 square kilometres near the post office in "
        "Kupiansk this week.",
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 5, "exact")],
    ),
    # --- a place visited, pointed back to by "there": the figure's -------------
    (
        NOV20,
        "Zelensky visited the Kharkiv region on Tuesday. Russian troops have "
        "captured 60 square kilometres there since October, he said.",
        [("change", "russia", "kharkiv", "2025-10-01", NOV20, 60, "exact")],
    ),
    (
        NOV20,
        "Zelensky visited Kharkiv on Tuesday. Russian troops have captured 60 "
        "square kilometres there since October, he said.",
        [("change", "russia", "kharkiv", "2025-10-01", NOV20, 60, "exact")],
    ),
    (
        NOV20,
        "Putin met commanders in the Kursk region on Wednesday. Russian forces have "
        "recaptured 40 square kilometres there in the past week, Gerasimov told "
        "him.",
        [("change", "russia", "kursk", *PAST_WEEK, 40, "exact")],
    ),
    (
        NOV20,
        "Syrskyi, speaking in Sumy, said Russian forces had been pushed back. In "
        "that region, Ukrainian troops regained 15 square kilometres this week.",
        [("change", "ukraine", "sumy", *THIS_WEEK, 15, "exact")],
    ),
    # near miss: nothing points back to the visit
    (
        NOV20,
        "Zelensky visited Kharkiv on Tuesday. Russian troops have captured 60 "
        "square kilometres since October, he said.",
        [("change", "russia", "ukraine", "2025-10-01", NOV20, 60, "exact")],
    ),
    # --- land taken back with no agent: the side whose land it is ---------------
    (
        NOV20,
        "About 200 square kilometres of the Kursk region have been regained since "
        "August, the governor said.",
        [("change", "russia", "kursk", "2025-08-01", NOV20, 200, "approx")],
    ),
    (
        NOV20,
        "Some 60 square kilometres of the Kursk region were taken back last week.",
        [("change", "russia", "kursk", *LAST_WEEK, 60, "approx")],
    ),
    (
        NOV20,
        "More than 100 square kilometres of Russian territory in the Kursk region "
        "were recaptured in October.",
        [("change", "russia", "kursk", *OCT, 100, "at_least")],
    ),
    (
        NOV20,
        "Nearly 40 square kilometres of the Belgorod region have been won back over "
        "the past week, according to the regional governor.",
        [("change", "russia", "belgorod", *PAST_WEEK, 40, "approx")],
    ),
    (
        NOV20,
        "In the Kursk region, 45 square kilometres were liberated in the past week.",
        [("change", "russia", "kursk", *PAST_WEEK, 45, "exact")],
    ),
    (
        NOV20,
        "Another 12 square kilometres of Ukrainian land in the Zaporizhzhia region "
        "were retaken this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "About 15 square kilometres of the Kharkiv region were recaptured in the "
        "past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 15, "approx")],
    ),
    # near miss: captured, not taken back: the other side's gain
    (
        NOV20,
        "About 50 square kilometres of the Kursk region were captured last week.",
        [("change", "ukraine", "kursk", *LAST_WEEK, 50, "approx")],
    ),
    # near miss: the agent is named
    (
        NOV20,
        "Roughly 30 square kilometres of the Kursk region were recaptured by "
        "Russian troops in October.",
        [("change", "russia", "kursk", *OCT, 30, "approx")],
    ),
    # --- a unit of one side named as the one who speaks -------------------------
    (
        NOV20,
        "The Wagner group claimed it had captured 5 square kilometres of Bakhmut.",
        [("change", "russia", "donetsk", "", "", 5, "exact")],
    ),
    (
        NOV20,
        "Akhmat reported on Telegram that its units had taken control of 12 square "
        "kilometres this week.",
        [("change", "russia", "ukraine", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Rosgvardia said its troops had seized 7 square kilometres near Vovchansk "
        "in October.",
        [("change", "russia", "kharkiv", *OCT, 7, "exact")],
    ),
    (
        NOV20,
        "Azov said its fighters had retaken 3 square kilometres near Toretsk over "
        "the past week.",
        [("change", "ukraine", "donetsk", *PAST_WEEK, 3, "exact")],
    ),
    (
        NOV20,
        "The Khortytsia group said 18 square kilometres had been liberated in the "
        "past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 18, "exact")],
    ),
    (
        NOV20,
        "The Kraken unit says it has cleared and retaken 2 square kilometres in the "
        "Kharkiv region this month.",
        [("change", "ukraine", "kharkiv", "2025-11-01", NOV20, 2, "exact")],
    ),
    # near miss: the unit named as the side driven back, not as a speaker
    (
        NOV20,
        "Ukrainian troops pushed Wagner back from 4 square kilometres near Bakhmut "
        "last week.",
        [("change", "ukraine", "donetsk", *LAST_WEEK, 4, "exact")],
    ),
    # --- a speaker introduced by a sided title, quoted in the next sentence ----
    (
        NOV20,
        'A Russian-installed official spoke on state television. "Over the past '
        'month our troops have liberated 70 square kilometres," he said.',
        [("change", "russia", "ukraine", "2025-10-22", NOV20, 70, "exact")],
    ),
    (
        NOV20,
        'The spokesman for the Russian Dnipro group of forces gave an update. "Our '
        'units have taken control of 12 square kilometres this week," he said.',
        [("change", "russia", "ukraine", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        'A Moscow-appointed governor spoke on Thursday. "We have liberated 30 '
        'square kilometres since the start of the month," he said.',
        [("change", "russia", "ukraine", "2025-11-01", NOV20, 30, "exact")],
    ),
    (
        NOV20,
        'An officer with the Ukrainian 47th Brigade was blunt. "In the past week '
        'our guys took back 5 square kilometres," he said.',
        [("change", "ukraine", "ukraine", *PAST_WEEK, 5, "exact")],
    ),
    # near miss: the side named in the quotation's own clause
    (
        NOV20,
        "A Ukrainian officer said Russian troops had taken 40 square kilometres "
        "this week.",
        [("change", "russia", "ukraine", *THIS_WEEK, 40, "exact")],
    ),
    # --- "we liberated" in a quotation: the side the sentence before is about --
    (
        NOV20,
        "Russian paratroopers have pressed toward Kupiansk. \"We've liberated 15 "
        'square kilometres since the start of the month," one of their officers '
        "said.",
        [("change", "russia", "kharkiv", "2025-11-01", NOV20, 15, "exact")],
    ),
    (
        NOV20,
        'Russian marines are advancing near Huliaipole. "We liberated 6 square '
        'kilometres this week," their commander said.',
        [("change", "russia", "zaporizhzhia", *THIS_WEEK, 6, "exact")],
    ),
    (
        NOV20,
        "Moscow's 3rd Army Corps has been attacking near Siversk. \"Over the past "
        'month we have liberated 40 square kilometres," a deputy commander said.',
        [("change", "russia", "donetsk", "2025-10-22", NOV20, 40, "exact")],
    ),
    (
        NOV20,
        'Ukrainian forces are counter-attacking in the Sumy region. "Over the past '
        'week we have liberated 8 square kilometres," their commander said.',
        [("change", "ukraine", "sumy", *PAST_WEEK, 8, "exact")],
    ),
    # near miss: the side the sentence before tells of was driven back
    (
        NOV20,
        'Russian forces have been pushed back near Kupiansk. "We liberated 15 '
        'square kilometres this week," the commander said.',
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 15, "exact")],
    ),
    # --- a unit holding the line near a town places the figure after it -------
    (
        NOV20,
        'A Ukrainian drone unit is holding the line near Siversk. "This week the '
        'enemy took 3 square kilometres from us," its commander said.',
        [("change", "russia", "donetsk", *THIS_WEEK, 3, "exact")],
    ),
    (
        NOV20,
        'Ukrainian drone operators are defending Kupiansk. "Over the past week, '
        'the Russians seized about 5 square kilometres," one of them said.',
        [("change", "russia", "kharkiv", *PAST_WEEK, 5, "approx")],
    ),
    # near miss: a strike places no push
    (
        NOV20,
        "Russian drones struck Kharkiv overnight. Ukrainian forces regained 10 "
        "square kilometres this week, the general staff said.",
        [("change", "ukraine", "ukraine", *THIS_WEEK, 10, "exact")],
    ),
    # --- land that came back under a side's control: a change -----------------
    (
        NOV20,
        "Over the past month, 25 square kilometres have come back under Ukrainian "
        "control.",
        [("change", "ukraine", "ukraine", "2025-10-22", NOV20, 25, "exact")],
    ),
    (
        NOV20,
        "Some 25 square kilometres came back under Kyiv's control last week.",
        [("change", "ukraine", "ukraine", *LAST_WEEK, 25, "approx")],
    ),
    (
        NOV20,
        "About 30 square kilometres were brought back under Ukrainian control in "
        "October.",
        [("change", "ukraine", "ukraine", *OCT, 30, "approx")],
    ),
    (
        NOV20,
        "Nearly 60 square kilometres of the Kursk region have come back under "
        "Russian control since Monday.",
        [("change", "russia", "kursk", "2025-11-17", NOV20, 60, "approx")],
    ),
    (
        NOV20,
        "Ukrainian forces said 14 square kilometres near Kupiansk came back under "
        "their control over the past week.",
        [("change", "ukraine", "kharkiv", *PAST_WEEK, 14, "exact")],
    ),
    # near miss: land that stays under a side's control is held
    (
        NOV20,
        "About 400 square kilometres of the Kursk region remain under Ukrainian "
        "control.",
        [("holding", "ukraine", "kursk", NOV20, NOV20, 400, "approx")],
    ),
    # --- two parts of the front, each with its compass word: Ukraine -----------
    (
        NOV20,
        "Over the past week, in the Bakhmut sector in the east and the Melitopol "
        "direction in the south, Ukrainian forces liberated 37 square kilometres.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 37, "exact")],
    ),
    (
        NOV20,
        "Ukraine regained 90 square kilometres in the past week during operations "
        "on the Donetsk front in the east and the Tavria front in the south.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 90, "exact")],
    ),
    (
        NOV20,
        "Russian forces took 140 square kilometres this week on the Kupiansk axis "
        "in the north-east and the Huliaipole axis in the south.",
        [("change", "russia", "ukraine", *THIS_WEEK, 140, "exact")],
    ),
    (
        NOV20,
        "In the operational areas of Donetsk in the east and Tavria in the south, "
        "the Defense Forces regained 26 square kilometres over the past week.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 26, "exact")],
    ),
    # near misses: one part of the front
    (
        NOV20,
        "Ukraine regained 12 square kilometres near Robotyne in the south this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Russian forces took 40 square kilometres around Pokrovsk in the east this "
        "week, while in the south they made no gains.",
        [("change", "russia", "donetsk", *THIS_WEEK, 40, "exact")],
    ),
    # --- a sentence opening on "particularly in X": X is its figure's place ----
    (
        NOV20,
        "Ukraine has regained 30 square kilometres this week, the general staff "
        "said. Particularly in the Kupiansk area, Ukrainian troops have advanced 2 "
        "km, recapturing 9 square kilometres this week.",
        [
            ("change", "ukraine", "ukraine", *THIS_WEEK, 30, "exact"),
            ("change", "ukraine", "kharkiv", *THIS_WEEK, 9, "exact"),
        ],
    ),
    (
        NOV20,
        "Especially around Vovchansk, Russian troops pushed forward in October, "
        "seizing 14 square kilometres.",
        [("change", "russia", "kharkiv", *OCT, 14, "exact")],
    ),
    (
        NOV20,
        "In particular on the Huliaipole front, Russian forces have taken 60 square "
        "kilometres since the start of November.",
        [("change", "russia", "zaporizhzhia", "2025-11-01", NOV20, 60, "exact")],
    ),
    (
        NOV20,
        "Notably near Siversk the Russian army captured 25 square kilometres in the "
        "past week.",
        [("change", "russia", "donetsk", *PAST_WEEK, 25, "exact")],
    ),
    # near misses: the word after the figure lists a part of it
    (
        NOV20,
        "Russia captured 500 square kilometres in October, particularly near Pokrovsk.",
        [("change", "russia", "ukraine", *OCT, 500, "exact")],
    ),
    (
        NOV20,
        "In October Russia took 500 square kilometres, especially near Pokrovsk and "
        "Kupiansk.",
        [("change", "russia", "ukraine", *OCT, 500, "exact")],
    ),
    # --- an axis between two towns of two oblasts: Ukraine ---------------------
    (
        NOV20,
        "Russian troops took 15 square kilometres in the Lyman-Kupiansk direction "
        "this week.",
        [("change", "russia", "ukraine", *THIS_WEEK, 15, "exact")],
    ),
    (
        NOV20,
        "On the Kupiansk\u2013Lyman axis, Russian forces advanced and captured 20 "
        "square kilometres last week.",
        [("change", "russia", "ukraine", *LAST_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Russian forces gained 45 square kilometres on the Velykomykhailivka\u2013"
        "Huliaipole axis this week.",
        [("change", "russia", "ukraine", *THIS_WEEK, 45, "exact")],
    ),
    # near misses: both towns in one oblast
    (
        NOV20,
        "Ukrainian forces regained 8 square kilometres on the Orikhiv-Huliaipole "
        "front this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 8, "exact")],
    ),
    (
        NOV20,
        "In the Pokrovsk-Myrnohrad area, Russian troops captured 30 square "
        "kilometres this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 30, "exact")],
    ),
    # the southern front's direction, not the Kherson town of the same name: a
    # front over several oblasts, as the real passages with "the southern Tavria
    # sector" and "the Tavria operational-strategic group" are labelled
    (
        "2023-08-20",
        "In the Tavriysk direction, Ukrainian troops liberated 3 square kilometers "
        "over the past week.",
        [("change", "ukraine", "ukraine", "2023-08-14", "2023-08-20", 3, "exact")],
    ),
    # --- a level held now, "from a peak of about" the earlier one --------------
    (
        NOV20,
        "Ukraine now controls about 100 square kilometres in Kursk, from a peak of "
        "about 1,300 square kilometres.",
        [
            ("holding", "ukraine", "kursk", NOV20, NOV20, 100, "approx"),
            ("holding", "ukraine", "kursk", "", "", 1300, "approx"),
        ],
    ),
    (
        NOV20,
        "Russian-held territory in the Kharkiv region has fallen to about 150 "
        "square kilometres, from a peak of roughly 400 square kilometres.",
        [
            ("holding", "russia", "kharkiv", NOV20, NOV20, 150, "approx"),
            ("holding", "russia", "kharkiv", "", "", 400, "approx"),
        ],
    ),
    # near miss: a peak of gains is a change
    (
        NOV20,
        "Russia's gains have reached a peak of 725 square kilometres in November.",
        [("change", "russia", "ukraine", "2025-11-01", NOV20, 725, "exact")],
    ),
    # --- "a foothold of N": land held across the line ------------------------
    (
        NOV20,
        "Russian forces have a foothold of about 90 square kilometres in the Sumy "
        "region.",
        [("holding", "russia", "sumy", NOV20, NOV20, 90, "approx")],
    ),
    (
        NOV20,
        "Ukrainian troops hold a foothold of some 50 square kilometres in the "
        "Belgorod region.",
        [("holding", "ukraine", "belgorod", NOV20, NOV20, 50, "approx")],
    ),
    (
        NOV20,
        "Russia's army has a bridgehead of about 25 square kilometres across the "
        "Oskil river near Kupiansk.",
        [("holding", "russia", "kharkiv", NOV20, NOV20, 25, "approx")],
    ),
    # near miss: a salient carved out this month is a gain
    (
        NOV20,
        "Russian troops carved out a salient of 40 square kilometres near Pokrovsk "
        "this month.",
        [("change", "russia", "donetsk", "2025-11-01", NOV20, 40, "exact")],
    ),
    # --- a held area that grew or shrank by N: the change of control ----------
    (
        NOV20,
        "The Russian-controlled area in the Sumy region has grown by 15 square "
        "kilometres this week.",
        [("change", "russia", "sumy", *THIS_WEEK, 15, "exact")],
    ),
    (
        NOV20,
        "Ukraine's foothold in the Kursk region shrank by 80 square kilometres in "
        "the past week.",
        [("change", "russia", "kursk", *PAST_WEEK, 80, "exact")],
    ),
    (
        NOV20,
        "The Ukrainian-controlled zone around Kupiansk contracted by 12 square "
        "kilometres last week.",
        [("change", "russia", "kharkiv", *LAST_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Russia's bridgehead near Kupiansk has expanded by 20 square kilometres "
        "this month.",
        [("change", "russia", "kharkiv", "2025-11-01", NOV20, 20, "exact")],
    ),
    (
        NOV20,
        "Ukraine has reduced the Russian-held area near Kupiansk by 30 square "
        "kilometres this month.",
        [("change", "ukraine", "kharkiv", "2025-11-01", NOV20, 30, "exact")],
    ),
    # near miss: the area's size now is held
    (
        NOV20,
        "Ukraine's foothold in the Kursk region now covers about 400 square "
        "kilometres.",
        [("holding", "ukraine", "kursk", NOV20, NOV20, 400, "approx")],
    ),
    # --- control won back: a change, whatever verb of taking back --------------
    (
        NOV20,
        "Over the past week, the area of territory Ukrainians reclaimed control "
        "over was 14 square kilometres, the ministry said.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 14, "exact")],
    ),
    (
        NOV20,
        "Ukraine recovered control of 12 square kilometres near Kupiansk this week.",
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Russian troops retook control of 30 square kilometres in the Kursk region "
        "last week.",
        [("change", "russia", "kursk", *LAST_WEEK, 30, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces have reclaimed control over 50 square kilometres since June.",
        [("change", "ukraine", "ukraine", "2025-06-01", NOV20, 50, "exact")],
    ),
    (
        NOV20,
        "Russia recaptured control of about 20 square kilometres near Sudzha in "
        "October.",
        [("change", "russia", "kursk", *OCT, 20, "approx")],
    ),
    # near miss: the area a side controls is held
    (
        NOV20,
        "The area Russia controls in the Donetsk region is about 20,000 square "
        "kilometres.",
        [("holding", "russia", "donetsk", NOV20, NOV20, 20000, "approx")],
    ),
    # --- a place's size in brackets after a comparison: no record of its own ---
    (
        NOV20,
        "Ukraine has retaken 130 square kilometres in the south this month, an "
        "area a little larger than Liechtenstein (160 sq km).",
        [("change", "ukraine", "ukraine", "2025-11-01", NOV20, 130, "exact")],
    ),
    (
        NOV20,
        "Russia seized 505 square kilometres in October, slightly more than "
        "Andorra (468 square kilometres).",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV20,
        "Russian forces took 110 square kilometres last week, an area the same as "
        "Paris (105 square kilometres).",
        [("change", "russia", "ukraine", *LAST_WEEK, 110, "exact")],
    ),
    (
        NOV20,
        "Russian troops captured 2,800 square kilometres this year, roughly as "
        "large as Luxembourg (2,586 square kilometres).",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 2800, "exact")],
    ),
    (
        NOV20,
        "Kyiv's forces liberated 65 square kilometres in June, bigger than the "
        "island of Manhattan (59 sq km).",
        [("change", "ukraine", "ukraine", "2025-06-01", "2025-06-30", 65, "exact")],
    ),
    # near miss: the figure in brackets is another month's gain
    (
        NOV20,
        "Russia seized 505 square kilometres in October, more than in September "
        "(410 square kilometres).",
        [
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
            ("change", "russia", "ukraine", "2025-09-01", "2025-09-30", 410, "exact"),
        ],
    ),
    # near miss: the land compared with is a gain of its own
    (
        NOV20,
        "Russian forces seized 3,000 square kilometres this year, about six times "
        "more than the Ukrainian land (500 square kilometres) they seized last "
        "year.",
        [
            ("change", "russia", "ukraine", "2025-01-01", NOV20, 3000, "exact"),
            ("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 500, "exact"),
        ],
    ),
    # --- a place's own size told with "occupies" or "stretches over" ----------
    (
        NOV20,
        "The park occupies about 300 hectares on the outskirts of Kharkiv.",
        [],
    ),
    (
        NOV20,
        "The Azovstal plant occupied about 11 square kilometres on the shore of "
        "the Sea of Azov.",
        [],
    ),
    (
        NOV20,
        "The lake occupies some 40 hectares in the occupied Luhansk region.",
        [],
    ),
    (NOV20, "The forest stretches over 1,200 hectares north of Kreminna.", []),
    # near miss: troops occupying ground around the place
    (
        NOV20,
        "Russian forces occupied about 11 square kilometres around the Azovstal "
        "plant in May 2022.",
        [("change", "russia", "ukraine", "2022-05-01", "2022-05-31", 11, "approx")],
    ),
    # --- land burnt by fire: no side's gain or holding --------------------------
    (
        NOV20,
        "The blaze covered more than 900 hectares in the occupied part of the "
        "Zaporizhzhia region.",
        [],
    ),
    (
        NOV20,
        "A fire in the occupied Kherson region has spread across 20 square kilometres.",
        [],
    ),
    (
        NOV20,
        "The burnt area in the occupied Kherson region exceeded 1,500 hectares.",
        [],
    ),
    (
        NOV20,
        "Flames swept across 300 hectares of fields in the Russian-occupied "
        "Luhansk region on Sunday.",
        [],
    ),
    (
        NOV20,
        "Wildfires have consumed some 5,000 hectares of forest around Kreminna "
        "since July.",
        [],
    ),
    # near miss: fire as the means of an advance
    (
        NOV20,
        "Russian forces, backed by artillery fire, captured 30 square kilometres "
        "near Pokrovsk last week.",
        [("change", "russia", "donetsk", *LAST_WEEK, 30, "exact")],
    ),
    (
        NOV20,
        "Under heavy fire, Ukrainian troops retook 5 square kilometres near "
        "Robotyne this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 5, "exact")],
    ),
    (
        NOV20,
        "Some 300 hectares of forest caught fire after shelling near Lyman on Monday.",
        [],
    ),
    (
        NOV20,
        "Officials said 4,000 hectares of fields in the Kherson region had caught "
        "fire or burned down because of Russian shelling.",
        [],
    ),
    # near misses: land taken, burnt or not
    (
        NOV20,
        "Russian troops captured 20 square kilometres near Lyman this week, where "
        "forests caught fire during the fighting.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Russian troops captured 20 square kilometres of burnt forest near Lyman "
        "this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    # --- land that must still be cleared: a task, no gain -----------------------
    (
        "2022-04-05",
        "If about 16,000 square kilometres of the Luhansk and Donetsk regions had "
        "to be cleared after 2014, now the figure is about 80,000 square kilometres "
        "of Ukraine, the emergency service said.",
        [],
    ),
    (
        NOV20,
        "About 16,000 square kilometres of the Donetsk region still need to be "
        "cleared, the emergency service said.",
        [],
    ),
    (
        NOV20,
        "Around 80,000 square kilometres of Ukraine remain to be cleared, "
        "officials said.",
        [],
    ),
    (
        NOV20,
        "Sappers say some 2,500 square kilometres of the Kharkiv region have to be "
        "cleared before farmers can return.",
        [],
    ),
    (
        NOV20,
        "Some 30,000 square kilometres of the Kherson region had to be checked "
        "after the Russian withdrawal.",
        [],
    ),
    (
        "2022-04-05",
        "If about 16,000 square kilometres of Donbas had to be demined after 2014, "
        "today we are talking about 80,000 square kilometres of Ukraine, the "
        "emergency service said.",
        [],
    ),
    # --- farmland taken: the land taken, told by what it is --------------------
    (
        NOV20,
        "Russian forces seized 90 square kilometres of farmland around Pokrovsk "
        "last week.",
        [("change", "russia", "donetsk", *LAST_WEEK, 90, "exact")],
    ),
    (
        NOV20,
        "In October, Russia took 460 square kilometres, mostly farmland and small "
        "villages.",
        [("change", "russia", "ukraine", *OCT, 460, "exact")],
    ),
    (
        NOV20,
        "Russian troops captured 200 square kilometres of agricultural land in the "
        "Zaporizhzhia region in October.",
        [("change", "russia", "zaporizhzhia", *OCT, 200, "exact")],
    ),
    (
        NOV20,
        "Moscow's troops gained about 300 square kilometres of open farmland in the "
        "Dnipropetrovsk region over the past month.",
        [("change", "russia", "dnipropetrovsk", "2025-10-22", NOV20, 300, "approx")],
    ),
    (
        NOV20,
        "Ukraine has retaken roughly 40 square kilometres of fields and tree lines "
        "near Robotyne since June.",
        [("change", "ukraine", "zaporizhzhia", "2025-06-01", NOV20, 40, "approx")],
    ),
    # near misses: land counted by its use
    (NOV20, "About 2 million hectares of farmland remain mined.", []),
    (
        NOV20,
        "A third of the country's farmland, some 100,000 square kilometres, is out "
        "of production.",
        [],
    ),
    (
        NOV20,
        "Russian forces have occupied about 5 million hectares of arable land.",
        [],
    ),
    # --- land a demand would hand over: the holding it states ------------------
    (
        NOV20,
        "Putin wants Ukraine to withdraw from the last 6,000 square kilometres of "
        "Donetsk still under Kyiv's control, Zelensky said.",
        [("holding", "ukraine", "donetsk", NOV20, NOV20, 6000, "exact")],
    ),
    (
        NOV20,
        "Moscow's ultimatum that Kyiv cede the final 5,000 square kilometres of "
        "Donetsk it still controls has stalled the talks.",
        [("holding", "ukraine", "donetsk", NOV20, NOV20, 5000, "exact")],
    ),
    (
        NOV20,
        "The Kremlin demands that Ukraine give up roughly 6,500 square kilometres "
        "of the Donetsk region, the last Ukrainian-held part of the province.",
        [("holding", "ukraine", "donetsk", NOV20, NOV20, 6500, "approx")],
    ),
    (
        NOV20,
        "Russia's proposal would have Kyiv hand over some 200 square kilometres of "
        "the Zaporizhzhia region under Ukrainian control.",
        [("holding", "ukraine", "zaporizhzhia", NOV20, NOV20, 200, "approx")],
    ),
    (
        NOV20,
        "Under the plan, Ukraine would pull out of about 6,600 square kilometres of "
        "Donetsk that remain in Ukrainian hands.",
        [("holding", "ukraine", "donetsk", NOV20, NOV20, 6600, "approx")],
    ),
    # near miss: a demand, then a gain of its own
    (
        NOV20,
        "Putin demanded that Kyiv withdraw its troops; Russian forces then captured "
        "100 square kilometres in the Donetsk region in October.",
        [("change", "russia", "donetsk", *OCT, 100, "exact")],
    ),
    # --- land a side claims as its own: no gain and no holding -----------------
    (
        NOV20,
        "Moscow claims about 109,000 square kilometres of Ukrainian territory, but "
        "much of it is not occupied by its troops.",
        [],
    ),
    (
        NOV20,
        "Russia lays claim to some 110,000 square kilometres of Ukraine, including "
        "areas its army has never held.",
        [],
    ),
    (
        NOV20,
        "The Kremlin now claims as its own roughly 100,000 square kilometres in four "
        "Ukrainian regions.",
        [],
    ),
    (
        NOV20,
        "Russia's constitution claims about 108,000 square kilometres of Ukrainian "
        "land as Russian.",
        [],
    ),
    # near misses: a gain the side says it made
    (
        NOV20,
        "Russia claims to have captured 500 square kilometres in October.",
        [("change", "russia", "ukraine", *OCT, 500, "exact")],
    ),
    (
        NOV20,
        "Russia claimed about 400 square kilometres in the past month, according to "
        "its defence ministry.",
        [("change", "russia", "ukraine", "2025-10-22", NOV20, 400, "approx")],
    ),
    (
        NOV20,
        "Russia claims 30 square kilometres were captured near Pokrovsk this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 30, "exact")],
    ),
    # --- the side of a thing taken lost it -------------------------------------
    (
        NOV20,
        "Russian forces captured a Ukrainian command post near Pokrovsk this week, "
        "and 20 square kilometres around it.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Ukrainian troops stormed a Russian stronghold near Robotyne and retook 4 "
        "square kilometres this week.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 4, "exact")],
    ),
    (
        NOV20,
        "Moscow's forces overran two Ukrainian strongpoints near Kupiansk, seizing "
        "9 square kilometres in the past week.",
        [("change", "russia", "kharkiv", *PAST_WEEK, 9, "exact")],
    ),
    # near miss: the positions' side was already read as the object
    (
        NOV20,
        "Russian forces captured several Ukrainian positions near Pokrovsk and 20 "
        "square kilometres this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    # --- a side the fighting was against is not the one that gained -------------
    (
        NOV20,
        "Ukraine said its troops had pushed forward in the past week in fierce "
        "battles with Russian forces, retaking 12 square kilometres.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Kyiv said its forces had advanced along the southern front in the past "
        "week amid clashes with the Russian army, recapturing 9 square kilometres.",
        [("change", "ukraine", "ukraine", *PAST_WEEK, 9, "exact")],
    ),
    (
        NOV20,
        "Moscow said its units had moved forward this week in heavy fighting with "
        "Ukrainian troops, taking 30 square kilometres.",
        [("change", "russia", "ukraine", *THIS_WEEK, 30, "exact")],
    ),
    # near miss: the subject before the figure is the gainer already
    (
        NOV20,
        "Russian forces gained 25 square kilometres this week in fighting with "
        "Ukraine's 3rd Brigade.",
        [("change", "russia", "ukraine", *THIS_WEEK, 25, "exact")],
    ),
    # --- a side withstood, or whose attack failed, is not the gainer ----------
    (
        NOV20,
        "Kyiv's forces faced heavy Russian shelling but managed to recapture 4 "
        "square kilometres near Toretsk this week.",
        [("change", "ukraine", "donetsk", *THIS_WEEK, 4, "exact")],
    ),
    (
        NOV20,
        "Moscow's troops endured Ukrainian drone strikes yet seized 25 square "
        "kilometres near Huliaipole this week.",
        [("change", "russia", "zaporizhzhia", *THIS_WEEK, 25, "exact")],
    ),
    (
        NOV20,
        "Russian counterattacks failed to stop the advance, and 12 square "
        "kilometres were liberated near Robotyne this week, Maliar said.",
        [("change", "ukraine", "zaporizhzhia", *THIS_WEEK, 12, "exact")],
    ),
    (
        NOV20,
        "Ukrainian units, withstanding relentless Russian assaults, regained 3 "
        "square kilometres near Pokrovsk over the past week.",
        [("change", "ukraine", "donetsk", *PAST_WEEK, 3, "exact")],
    ),
    (
        NOV20,
        "Under constant Russian drone attacks, Ukrainian troops took back 2 square "
        "kilometres near Kupiansk this week.",
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 2, "exact")],
    ),
    # near misses: the side named as the attacker is not the subject
    (
        NOV20,
        "Ukrainian counterattacks slowed them down, but Russian troops still "
        "captured 40 square kilometres near Pokrovsk last week.",
        [("change", "russia", "donetsk", *LAST_WEEK, 40, "exact")],
    ),
    (
        NOV20,
        "Under Russian pressure, Ukraine lost 20 square kilometres near Pokrovsk "
        "this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 20, "exact")],
    ),
    (
        NOV20,
        "Russia's offensive stalled in October after it captured 400 square "
        "kilometres.",
        [("change", "russia", "ukraine", *OCT, 400, "exact")],
    ),
    # --- "half a square kilometre", "one and a half thousand" ----------------
    (
        NOV20,
        "Ukrainian forces regained half a square kilometre near Kupiansk this week.",
        [("change", "ukraine", "kharkiv", *THIS_WEEK, 0.5, "exact")],
    ),
    (
        NOV20,
        "Russian troops captured one and a half thousand square kilometres this year.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 1500, "exact")],
    ),
    (
        NOV20,
        "Over the past day, the Defense Forces liberated about half a square "
        "kilometre near Bakhmut.",
        [("change", "ukraine", "donetsk", NOV20, NOV20, 0.5, "approx")],
    ),
    (
        NOV20,
        "Russia seized two and a half thousand square kilometres in 2024.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 2500, "exact")],
    ),
    # near misses: "half a dozen" villages; half of a region, no figure
    (
        NOV20,
        "Half a dozen villages and 30 square kilometres were taken this week.",
        [("change", "russia", "ukraine", *THIS_WEEK, 30, "exact")],
    ),
    (NOV20, "Russia holds half of the Kharkiv region.", []),
    # --- "kilometres square": the unit turned round ----------------------------
    (
        NOV20,
        "The area liberated in the south now amounts to 160 kilometres square in "
        "total, the general staff said.",
        [("change", "ukraine", "ukraine", "", NOV20, 160, "exact")],
    ),
    (
        NOV20,
        "Russian troops have taken 45 kilometers square near Pokrovsk this week.",
        [("change", "russia", "donetsk", *THIS_WEEK, 45, "exact")],
    ),
    # a claim of land taken, not of land owned, with its own month
    (
        NOV20,
        "Russia claims 500 square kilometres of Ukrainian territory were captured "
        "in October.",
        [("change", "russia", "ukraine", *OCT, 500, "exact")],
    ),
    # an earlier level "from a peak / high of" N, in the unit of the level
    # reached (LABELS: a peak held is an earlier holding, on no day)
    (
        NOV20,
        "The area held by Ukraine in Kursk has shrunk to about 100 square "
        "kilometres, from a peak of 1,376.",
        [
            ("holding", "ukraine", "kursk", NOV20, NOV20, 100, "approx"),
            ("holding", "ukraine", "kursk", "", "", 1376, "exact"),
        ],
    ),
    (
        NOV20,
        "Ukraine now controls about 100 square kilometres in Kursk, from a peak of "
        "about 1,300.",
        [
            ("holding", "ukraine", "kursk", NOV20, NOV20, 100, "approx"),
            ("holding", "ukraine", "kursk", "", "", 1300, "approx"),
        ],
    ),
    (
        NOV20,
        "Ukraine's foothold in the Kursk region has shrunk to 50 square kilometres "
        "from a high of 1,300 in August 2024.",
        [
            ("holding", "ukraine", "kursk", NOV20, NOV20, 50, "exact"),
            ("holding", "ukraine", "kursk", "", "", 1300, "exact"),
        ],
    ),
    (
        NOV20,
        "Russian-held territory in the Kharkiv region has fallen to about 150 "
        "square kilometres, from a peak of roughly 400.",
        [
            ("holding", "russia", "kharkiv", NOV20, NOV20, 150, "approx"),
            ("holding", "russia", "kharkiv", "", "", 400, "approx"),
        ],
    ),
]

NOT_YET: list[tuple[str, str, list[tuple[str, str, str, str, str, float, str]]]] = [
    # "compared with a peak of" takes no unit from the level before it
    (
        NOV20,
        "Ukraine now controls about 100 square kilometres in Kursk, compared with a "
        "peak of about 1,300.",
        [
            ("holding", "ukraine", "kursk", NOV20, NOV20, 100, "approx"),
            ("holding", "ukraine", "kursk", "", "", 1300, "approx"),
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
