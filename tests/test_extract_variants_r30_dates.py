"""The period of a record, said the way other writers say it: a start with no
day ("since early October"), a date phrase inside a clause that carries its own
figure, a period named sentences before and pointed back to ("during the
month"), a range inside a named operation, a statement day given as a time of
day ("late Tuesday"), a month used as an adjective ("Russia's
October gains") and an operation begun on no named day. Every sentence was
written for this file (none is taken from any corpus) and its records were
written by hand from tests/fixtures/prose/real/LABELS.md before the extractor
ran on it. Each case checks every field of every record; the near misses are
sentences where the shape's rule must not fire."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, parameters, pending

NOV3 = "2025-11-03"  # a Monday
NOV20 = "2025-11-20"  # a Thursday
OCT = ("2025-10-01", "2025-10-31")
SEPT = ("2025-09-01", "2025-09-30")
NONE = ("", "")
OCT8 = "2025-10-08"  # a Wednesday: "Tuesday" is 2025-10-07
TUE = "2025-10-07"


# (published, sentence, [(kind, actor, region, start, end, area_km2, bound), ...])
CASES: list = [
    # --- "since early/late <month>": no start day; "mid" is the 15th ------------------
    (
        NOV20,
        "Since early October, Russian forces have captured more than 400 square "
        "kilometres, DeepState said.",
        [("change", "russia", "ukraine", "", NOV20, 400, "at_least")],
    ),
    (
        NOV20,
        "Russia has taken about 400 sq km since early October.",
        [("change", "russia", "ukraine", "", NOV20, 400, "approx")],
    ),
    (
        NOV20,
        "Since late September Ukrainian troops have liberated 120 square "
        "kilometres in the Zaporizhzhia region, the general staff said.",
        [("change", "ukraine", "zaporizhzhia", "", NOV20, 120, "exact")],
    ),
    (
        NOV20,
        "Since mid-October, Russia has gained 250 square kilometres.",
        [("change", "russia", "ukraine", "2025-10-15", NOV20, 250, "exact")],
    ),
    (  # near miss: the start of a month is its first day
        NOV20,
        "Russian troops have seized some 300 km² in Donetsk region since the "
        "start of November.",
        [("change", "russia", "donetsk", "2025-11-01", NOV20, 300, "approx")],
    ),
    # --- a date inside a clause that has its own figure stays there -----------------
    (
        NOV20,
        "Having lost 12 square kilometres in October, Ukrainian forces regained "
        "30 square kilometres.",
        [
            ("change", "russia", "ukraine", *OCT, 12, "exact"),
            ("change", "ukraine", "ukraine", *NONE, 30, "exact"),
        ],
    ),
    (
        NOV20,
        "After Ukraine retook 45 square kilometres in September, Russian forces "
        "seized 160 square kilometres.",
        [
            ("change", "ukraine", "ukraine", *SEPT, 45, "exact"),
            ("change", "russia", "ukraine", *NONE, 160, "exact"),
        ],
    ),
    pending(
        "the actor of 'after losing 45' is not read yet",
        (
            NOV20,
            "Russian troops captured 160 sq km, compared with the 45 sq km that "
            "Ukraine retook in September.",
            [
                ("change", "russia", "ukraine", *NONE, 160, "exact"),
                ("change", "ukraine", "ukraine", *SEPT, 45, "exact"),
            ],
        ),
    ),
    (
        NOV20,
        "Ukrainian troops recaptured 30 sq km after Russia had seized 12 sq km "
        "in October.",
        [
            ("change", "ukraine", "ukraine", *NONE, 30, "exact"),
            ("change", "russia", "ukraine", *OCT, 12, "exact"),
        ],
    ),
    (  # near miss: a sentence-initial date covers both coordinated figures
        NOV20,
        "In October, Russia captured 160 sq km and Ukraine retook 45 sq km.",
        [
            ("change", "russia", "ukraine", *OCT, 160, "exact"),
            ("change", "ukraine", "ukraine", *OCT, 45, "exact"),
        ],
    ),
    (  # near miss: each clause has its own date
        NOV20,
        "Russian forces seized 160 sq km in October after losing 45 sq km in September.",
        [
            ("change", "russia", "ukraine", *OCT, 160, "exact"),
            ("change", "ukraine", "ukraine", *SEPT, 45, "exact"),
        ],
    ),
    # --- "during the month" points back past sentences with no figure -------------
    (
        "2025-08-03",
        "In July, Russian forces advanced faster than at any time this year. "
        "The figures came from DeepState's monthly review. "
        "Russian troops took 564 square kilometres during the month.",
        [("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 564, "exact")],
    ),
    (
        NOV3,
        "Russia's advance slowed in October, the monitoring group said. Its "
        "analysts added that Russian troops had seized about 400 square "
        "kilometres in the same period, fewer than in any month this year.",
        [("change", "russia", "ukraine", *OCT, 400, "approx")],
    ),
    (
        NOV3,
        "October was the slowest month of the year for Russian advances. "
        "In the month, Russian forces captured 400 sq km, according to DeepState.",
        [("change", "russia", "ukraine", *OCT, 400, "exact")],
    ),
    (
        "2025-08-03",
        "Russian gains in July were the largest since the war began, analysts "
        "said. Over the month, Russian forces captured more than 560 sq km, "
        "a figure that eclipses all previous monthly gains this year.",
        [("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 560, "at_least")],
    ),
    (  # near miss: a total with no time word takes no month from before
        NOV3,
        "Russia's gains slowed in October. Russian forces have captured 4,000 sq "
        "km in total.",
        [("change", "russia", "ukraine", *NONE, 4000, "exact")],
    ),
    # --- "the fighting", "the push": the action of the sentence before, its period ---
    (
        NOV20,
        "Ukrainian forces pushed forward near Kupiansk over the past week, the "
        "general staff said. The latest fighting has returned 12 square "
        "kilometres to Ukrainian control.",
        [("change", "ukraine", "kharkiv", "2025-11-14", NOV20, 12, "exact")],
    ),
    (
        NOV20,
        "Russian troops pressed their attack on Pokrovsk in October. The assault "
        "won them some 90 square kilometres.",
        [("change", "russia", "donetsk", *OCT, 90, "approx")],
    ),
    (
        NOV20,
        "Ukraine counterattacked in the Zaporizhzhia region last week. The "
        "counteroffensive won back about 20 square kilometres for Ukraine.",
        [
            (
                "change",
                "ukraine",
                "zaporizhzhia",
                "2025-11-10",
                "2025-11-16",
                20,
                "approx",
            )
        ],
    ),
    (
        NOV20,
        "Ukrainian troops counterattacked near Kupiansk in September. The renewed "
        "push allowed them to retake 15 square kilometres.",
        [("change", "ukraine", "kharkiv", *SEPT, 15, "exact")],
    ),
    (  # near miss: a state now, not the action's result
        NOV20,
        "Russian troops pressed their attack on Pokrovsk in October. Russia now "
        "controls about 116,000 square kilometres of Ukraine.",
        [("holding", "russia", "ukraine", NOV20, NOV20, 116000, "approx")],
    ),
    # --- a relative clause on a noun after the figure dates its own event --------
    (
        NOV20,
        "Ukraine lost about 600 square kilometres of the Kursk region it had "
        "seized in August 2024.",
        [("change", "russia", "kursk", *NONE, 600, "approx")],
    ),
    (
        "2024-11-20",
        "Russia has won back about 500 square kilometres of the Kursk land that "
        "Ukrainian forces seized in August.",
        [("change", "russia", "kursk", *NONE, 500, "approx")],
    ),
    (
        "2023-10-01",
        "Russian troops recaptured 30 square kilometres of the land that "
        "Ukrainian forces had liberated in the summer.",
        [("change", "russia", "ukraine", *NONE, 30, "exact")],
    ),
    (
        "2025-02-20",
        "Ukraine still holds 600 square kilometres of the Kursk region "
        "territory it captured last August.",
        [("holding", "ukraine", "kursk", "2025-02-20", "2025-02-20", 600, "exact")],
    ),
    (  # near miss: no relative clause, the date is the figure's
        NOV20,
        "Ukrainian forces seized 1,000 square kilometres of the Kursk region in "
        "August 2024.",
        [("change", "ukraine", "kursk", "2024-08-01", "2024-08-31", 1000, "exact")],
    ),
    # --- "since <a clause> in <month>": an event with no day starts the total ------
    (
        NOV20,
        "Russia has occupied 600 square kilometres of the Kharkiv region since "
        "it crossed the border in May 2024.",
        [("change", "russia", "kharkiv", "", NOV20, 600, "exact")],
    ),
    (
        NOV20,
        "Since Russian troops entered the region in June, they have captured "
        "about 250 square kilometres of Dnipropetrovsk.",
        [("change", "russia", "dnipropetrovsk", "", NOV20, 250, "approx")],
    ),
    (
        NOV20,
        "Since Ukraine's troops crossed into Kursk in August 2024, Russia has "
        "retaken 1,000 square kilometres of the region.",
        [("change", "russia", "kursk", "", NOV20, 1000, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces have liberated 90 sq km since they launched their "
        "counterattack in late September.",
        [("change", "ukraine", "ukraine", "", NOV20, 90, "exact")],
    ),
    (  # the invasion named with its month is still the invasion
        NOV20,
        "Since Moscow launched its full-scale invasion in February 2022, Russian "
        "forces have seized about 75,000 sq km of Ukrainian territory.",
        [("change", "russia", "ukraine", "2022-02-24", NOV20, 75000, "approx")],
    ),
    (  # near miss: the event's day is named, so it is the start
        NOV20,
        "Since Russian troops entered the region on June 8, they have captured "
        "about 250 square kilometres of Dnipropetrovsk.",
        [("change", "russia", "dnipropetrovsk", "2025-06-08", NOV20, 250, "approx")],
    ),
    # --- "as of D" told in a sentence with no figure: the day of the state after it -
    (
        "2025-06-02",
        "DeepState's map shows the front as of June 1. North of Sumy, Russian "
        "forces have occupied 120 square kilometres.",
        [("holding", "russia", "sumy", "2025-06-01", "2025-06-01", 120, "exact")],
    ),
    (
        NOV20,
        "The figures below reflect the situation as of November 18. Russian "
        "troops control about 200 square kilometres of the Dnipropetrovsk region.",
        [
            (
                "holding",
                "russia",
                "dnipropetrovsk",
                "2025-11-18",
                "2025-11-18",
                200,
                "approx",
            )
        ],
    ),
    (
        NOV20,
        "ISW's assessment is current as of November 18. Russian forces hold "
        "some 250 sq km in the Kharkiv region.",
        [("holding", "russia", "kharkiv", "2025-11-18", "2025-11-18", 250, "approx")],
    ),
    (
        NOV20,
        "Data as of 18 November. Ukraine still controls about 400 square "
        "kilometres of the Kursk region.",
        [("holding", "ukraine", "kursk", "2025-11-18", "2025-11-18", 400, "approx")],
    ),
    (  # near miss: a holding after a sentence dated by a span, not a day
        NOV20,
        "Russia seized 505 sq km in October. Russian forces now control about "
        "116,000 square kilometres.",
        [
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
            ("holding", "russia", "ukraine", NOV20, NOV20, 116000, "approx"),
        ],
    ),
    # --- "the N days (weeks) to <weekday>": a span ending on that day --------------
    (
        NOV20,
        "The Russian military gained 120 sq km over the seven days to Sunday.",
        [("change", "russia", "ukraine", "2025-11-10", "2025-11-16", 120, "exact")],
    ),
    (
        NOV20,
        "Russian troops captured 250 sq km in the two weeks to Sunday.",
        [("change", "russia", "ukraine", "2025-11-03", "2025-11-16", 250, "exact")],
    ),
    (
        NOV20,
        "During the 10 days ending Monday, Ukraine retook 15 sq km.",
        [("change", "ukraine", "ukraine", "2025-11-08", "2025-11-17", 15, "exact")],
    ),
    (
        NOV20,
        "Russia seized about 160 square kilometres over the week ending "
        "Tuesday, DeepState said.",
        [("change", "russia", "ukraine", "2025-11-12", "2025-11-18", 160, "approx")],
    ),
    (  # near miss: the same span to a dated day
        NOV20,
        "Russia seized 120 sq km in the seven days to November 16.",
        [("change", "russia", "ukraine", "2025-11-10", "2025-11-16", 120, "exact")],
    ),
    # --- "the previous N days" beside "the past N days": the span just before ------
    (
        NOV3,
        "Russian forces captured 505 square kilometres in the past 30 days, up "
        "from 450 square kilometres in the previous 30 days.",
        [
            ("change", "russia", "ukraine", "2025-10-05", NOV3, 505, "exact"),
            ("change", "russia", "ukraine", "2025-09-05", "2025-10-04", 450, "exact"),
        ],
    ),
    (
        NOV3,
        "Russian forces have advanced across 505 square kilometres in the past "
        "month, up from 450 square kilometres the month before.",
        [
            ("change", "russia", "ukraine", "2025-10-05", NOV3, 505, "exact"),
            ("change", "russia", "ukraine", "2025-09-05", "2025-10-04", 450, "exact"),
        ],
    ),
    (
        NOV20,
        "Ukraine retook 30 sq km over the past two weeks, against 18 sq km in the "
        "preceding two weeks.",
        [
            ("change", "ukraine", "ukraine", "2025-11-07", NOV20, 30, "exact"),
            ("change", "ukraine", "ukraine", "2025-10-24", "2025-11-06", 18, "exact"),
        ],
    ),
    (
        NOV20,
        "In the last seven days Russia took 120 sq km, compared with 95 sq km in "
        "the previous seven days.",
        [
            ("change", "russia", "ukraine", "2025-11-14", NOV20, 120, "exact"),
            ("change", "russia", "ukraine", "2025-11-07", "2025-11-13", 95, "exact"),
        ],
    ),
    (  # near miss: alone, "the previous 24 hours" ends on the day
        NOV20,
        "In the previous 24 hours, Russian troops took 12 square kilometres.",
        [("change", "russia", "ukraine", NOV20, NOV20, 12, "exact")],
    ),
    # --- "the total for the year", "over the course of the year" -----------------
    (
        NOV20,
        "Russian troops seized 120 square kilometres last week, bringing the "
        "total for the year to 4,700 square kilometres.",
        [
            ("change", "russia", "ukraine", "2025-11-10", "2025-11-16", 120, "exact"),
            ("change", "russia", "ukraine", "2025-01-01", NOV20, 4700, "exact"),
        ],
    ),
    (
        NOV20,
        "Russian gains for the year 2024 totalled 4,300 sq km.",
        [("change", "russia", "ukraine", "2024-01-01", "2024-12-31", 4300, "exact")],
    ),
    (
        NOV20,
        "Russian forces have captured 4,700 square kilometres over the course of "
        "the year.",
        [("change", "russia", "ukraine", "2025-01-01", NOV20, 4700, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces recaptured 15 sq km last week, taking their total for "
        "the year to about 300 sq km.",
        [
            ("change", "ukraine", "ukraine", "2025-11-10", "2025-11-16", 15, "exact"),
            ("change", "ukraine", "ukraine", "2025-01-01", NOV20, 300, "approx"),
        ],
    ),
    (  # near miss: "the year to <a day>" is the twelve months to it
        NOV20,
        "Russia seized 4,700 sq km in the year to October 31.",
        [("change", "russia", "ukraine", "2024-11-01", "2025-10-31", 4700, "exact")],
    ),
    # --- a range whose ends are "the start of" / "the end of" a month -------------
    (
        NOV20,
        "Between January and the end of October, Russia took 4,400 square kilometres.",
        [("change", "russia", "ukraine", "2025-01-01", "2025-10-31", 4400, "exact")],
    ),
    (
        NOV20,
        "Between the beginning of August and mid-October, Ukraine retook 70 sq km.",
        [("change", "ukraine", "ukraine", "2025-08-01", "2025-10-15", 70, "exact")],
    ),
    (
        NOV20,
        "From the start of September to the end of the month, Russian troops "
        "captured 450 sq km.",
        [("change", "russia", "ukraine", *SEPT, 450, "exact")],
    ),
    (
        NOV20,
        "Russian forces gained some 505 sq km between the start of October and "
        "the end of that month.",
        [("change", "russia", "ukraine", *OCT, 505, "approx")],
    ),
    (  # near miss: bare months
        NOV20,
        "Between January and October, Russia took 4,400 square kilometres.",
        [("change", "russia", "ukraine", "2025-01-01", "2025-10-31", 4400, "exact")],
    ),
    # --- a counted span with no whole length ("a week and a half", "or so") -------
    (
        NOV20,
        "In the past month and a half, Ukrainian troops retook 40 sq km.",
        [("change", "ukraine", "ukraine", "", NOV20, 40, "exact")],
    ),
    (
        NOV20,
        "Over the last two and a half months, Russia seized about 1,200 sq km.",
        [("change", "russia", "ukraine", "", NOV20, 1200, "approx")],
    ),
    (
        NOV20,
        "Russian forces took 90 sq km over the past week or so.",
        [("change", "russia", "ukraine", "", NOV20, 90, "exact")],
    ),
    (
        NOV20,
        "Ukraine has regained 25 square kilometres in the last 10 days or so, "
        "the general staff said.",
        [("change", "ukraine", "ukraine", "", NOV20, 25, "exact")],
    ),
    (  # near miss: a whole length
        NOV20,
        "Ukraine has regained 25 square kilometres in the last 10 days, the "
        "general staff said.",
        [("change", "ukraine", "ukraine", "2025-11-11", NOV20, 25, "exact")],
    ),
    # --- a running total in the perfect takes no period from the sentence before ---
    (
        NOV20,
        "In October, fighting intensified along the front. Ukraine says it has "
        "liberated about 400 square kilometres in total.",
        [("change", "ukraine", "ukraine", *NONE, 400, "approx")],
    ),
    (
        NOV20,
        "Russian troops advanced in September. In total, they have captured "
        "4,000 sq km.",
        [("change", "russia", "ukraine", *NONE, 4000, "exact")],
    ),
    (
        NOV20,
        "Russian troops pushed forward last week. Altogether they have taken "
        "1,200 square kilometres.",
        [("change", "russia", "ukraine", *NONE, 1200, "exact")],
    ),
    (
        NOV20,
        "Ukrainian forces counterattacked in August. They have so far recaptured "
        "60 square kilometres in total.",
        [("change", "ukraine", "ukraine", "", NOV20, 60, "exact")],
    ),
    (  # near miss: a total told in the simple past gives the figures announced
        "2026-01-05",
        "In December alone, Russian forces liberated 34 settlements. In total, "
        "they liberated more than 540 square kilometres.",
        [("change", "russia", "ukraine", "2025-12-01", "2025-12-31", 540, "at_least")],
    ),
    # --- a month set as a label before its figure in a list -----------------------
    (
        NOV20,
        "Russia's territorial gains by month in 2025: January 430 sq km, "
        "February 380 sq km, March 240 sq km.",
        [
            ("change", "russia", "ukraine", "2025-01-01", "2025-01-31", 430, "exact"),
            ("change", "russia", "ukraine", "2025-02-01", "2025-02-28", 380, "exact"),
            ("change", "russia", "ukraine", "2025-03-01", "2025-03-31", 240, "exact"),
        ],
    ),
    (
        NOV20,
        "DeepState's monthly figures for Russian gains: August 470 km\u00b2, "
        "September 450 km\u00b2, October 505 km\u00b2.",
        [
            ("change", "russia", "ukraine", "2025-08-01", "2025-08-31", 470, "exact"),
            ("change", "russia", "ukraine", *SEPT, 450, "exact"),
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
        ],
    ),
    (
        NOV20,
        "Russian advances, by month: July \u2013 564 sq km; August \u2013 470 sq km.",
        [
            ("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 564, "exact"),
            ("change", "russia", "ukraine", "2025-08-01", "2025-08-31", 470, "exact"),
        ],
    ),
    (
        NOV20,
        "Ukraine's monthly net gains this year were small: June 12 sq km, July "
        "9 sq km.",
        [
            ("change", "ukraine", "ukraine", "2025-06-01", "2025-06-30", 12, "exact"),
            ("change", "ukraine", "ukraine", "2025-07-01", "2025-07-31", 9, "exact"),
        ],
    ),
    (  # near miss: a month and its day before a figure with "on"
        NOV20,
        "Russian forces took 12 sq km on March 24, 2025.",
        [("change", "russia", "ukraine", "2025-03-24", "2025-03-24", 12, "exact")],
    ),
    # --- a perfect after a dated sentence: a pronoun subject may carry the period
    # (dev.jsonl:34 "they have eaten up almost 200 km2" is November), a possessive
    # naming the side does not
    (
        NOV20,
        "Russian troops seized 505 sq km in October. Their forces have taken "
        "more than 4,000 square kilometres, the ministry says.",
        [
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
            ("change", "russia", "ukraine", *NONE, 4000, "at_least"),
        ],
    ),
    (  # near miss: the simple past goes on with the story of the period
        NOV20,
        "Russian troops advanced in October. They captured 505 square "
        "kilometres, DeepState said.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    # --- a ranking set after the figure dates no figure ---------------------------
    (
        "2025-08-03",
        "DeepState published its July data on Sunday. Russian troops captured "
        "564 square kilometres during the month \u2014 the largest monthly gain "
        "this year.",
        [("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 564, "exact")],
    ),
    (
        NOV20,
        "Ukrainian troops have recaptured 40 sq km near Kupiansk, the largest "
        "Ukrainian gain this year.",
        [("change", "ukraine", "kharkiv", *NONE, 40, "exact")],
    ),
    (
        NOV3,
        "Russia's advance slowed sharply in October. In the month, Russian "
        "troops seized 400 sq km\u2014a figure that exceeds every other "
        "month this year.",
        [("change", "russia", "ukraine", *OCT, 400, "exact")],
    ),
    (
        NOV3,
        "Russia's advance slowed sharply in September. Over the month, Russia "
        "captured 450 sq km \u2013 the smallest monthly total since 2023.",
        [("change", "russia", "ukraine", *SEPT, 450, "exact")],
    ),
    (
        "2025-08-03",
        "Russian gains were the largest ever in July, DeepState said. During "
        "the month, Russian forces took 564 sq km, which surpassed all previous "
        "monthly totals this year.",
        [("change", "russia", "ukraine", "2025-07-01", "2025-07-31", 564, "exact")],
    ),
    (  # near miss: the words after the dash give the figure's own period
        NOV3,
        "Russian forces captured 505 sq km \u2014 DeepState's figure for October.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    # --- "in X alone": a part of the figure before, over its period -----------------
    (
        "2024-02-20",
        "Since the start of the offensive, Russian forces have taken more than "
        "300 square kilometres. In Avdiivka alone, 70 square kilometres came "
        "under the control of Russian troops.",
        [
            ("change", "russia", "ukraine", "", "2024-02-20", 300, "at_least"),
            ("change", "russia", "donetsk", "", "2024-02-20", 70, "exact"),
        ],
    ),
    (
        NOV20,
        "Russia has seized about 4,000 sq km this year. Around Kupiansk alone, "
        "Russian troops have taken some 300 square kilometres.",
        [
            ("change", "russia", "ukraine", "2025-01-01", NOV20, 4000, "approx"),
            ("change", "russia", "kharkiv", "2025-01-01", NOV20, 300, "approx"),
        ],
    ),
    (
        NOV20,
        "Ukrainian forces have liberated 90 square kilometres since late "
        "September. In the Zaporizhzhia region alone, they have regained 40 "
        "square kilometres.",
        [
            ("change", "ukraine", "ukraine", "", NOV20, 90, "exact"),
            ("change", "ukraine", "zaporizhzhia", "", NOV20, 40, "exact"),
        ],
    ),
    (
        NOV3,
        "Russian troops captured 505 sq km in October. Near Pokrovsk alone they "
        "seized 180 sq km, DeepState said.",
        [
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
            ("change", "russia", "donetsk", *OCT, 180, "exact"),
        ],
    ),
    (  # near miss: the part names its own period
        NOV3,
        "Russia has seized about 4,000 sq km this year. In October alone, "
        "Russian forces have taken 505 square kilometres.",
        [
            ("change", "russia", "ukraine", "2025-01-01", NOV3, 4000, "approx"),
            ("change", "russia", "ukraine", *OCT, 505, "exact"),
        ],
    ),
    # --- a range inside a named operation ------------------------------------------
    (
        "2023-03-08",
        "During the winter offensive, from January 31 to February 28, Russian "
        "troops gained 234 square kilometres.",
        [("change", "russia", "ukraine", "2023-01-31", "2023-02-28", 234, "exact")],
    ),
    (
        "2023-03-08",
        "Russian forces advanced 234 sq km during their offensive, between 31 "
        "January and 28 February, the analysts said.",
        [("change", "russia", "ukraine", "2023-01-31", "2023-02-28", 234, "exact")],
    ),
    (
        "2023-07-10",
        "Ukraine recaptured about 90 square kilometres during the "
        "counteroffensive, from June 4 to July 2.",
        [
            (
                "change",
                "ukraine",
                "ukraine",
                "2023-06-04",
                "2023-07-02",
                90,
                "approx",
            )
        ],
    ),
    (
        "2024-08-25",
        "Over the course of the operation, from 6 August to 20 August, Ukrainian "
        "troops took 1,150 sq km of the Kursk region.",
        [("change", "ukraine", "kursk", "2024-08-06", "2024-08-20", 1150, "exact")],
    ),
    (  # near miss: the operation alone gives no period
        "2023-07-10",
        "Ukraine recaptured about 90 square kilometres during the counteroffensive.",
        [("change", "ukraine", "ukraine", *NONE, 90, "approx")],
    ),
    # --- a statement day given with a time of day -----------------------------------
    (
        OCT8,
        '"This year we liberated 4,900 square kilometres," Putin said late Tuesday.',
        [("change", "russia", "ukraine", "2025-01-01", TUE, 4900, "exact")],
    ),
    (
        OCT8,
        "Gerasimov said on Tuesday evening that Russian forces had captured more "
        "than 4,900 sq km since the start of the year.",
        [("change", "russia", "ukraine", "2025-01-01", TUE, 4900, "at_least")],
    ),
    (
        OCT8,
        "In a late Tuesday address, Zelensky said Ukrainian troops had retaken "
        "30 square kilometres over the past week.",
        [("change", "ukraine", "ukraine", "2025-10-01", TUE, 30, "exact")],
    ),
    (
        OCT8,
        "Russia has taken about 4,900 sq km so far this year, the defence "
        "ministry said early on Tuesday.",
        [("change", "russia", "ukraine", "2025-01-01", TUE, 4900, "approx")],
    ),
    (  # near miss: no statement day, the period runs to the publication day
        OCT8,
        "Russia took 4,900 sq km this year, the ministry said.",
        [("change", "russia", "ukraine", "2025-01-01", OCT8, 4900, "exact")],
    ),
    (
        OCT8,
        '"This year we liberated 4,900 square kilometres," Putin told military '
        "commanders at a meeting in Moscow late Tuesday.",
        [("change", "russia", "ukraine", "2025-01-01", TUE, 4900, "exact")],
    ),
    (
        OCT8,
        "Russian troops have captured 4,900 sq km since January, Gerasimov told "
        "a briefing for foreign military attaches on Tuesday.",
        [("change", "russia", "ukraine", "2025-01-01", TUE, 4900, "exact")],
    ),
    (
        OCT8,
        "Ukrainian forces have liberated 30 square kilometres over the past "
        "week, Syrskyi wrote in a Telegram post on Tuesday evening.",
        [("change", "ukraine", "ukraine", "2025-10-01", TUE, 30, "exact")],
    ),
    (
        OCT8,
        "Speaking to reporters in Kyiv on Tuesday, Zelensky said Ukrainian "
        "troops had retaken 30 square kilometres this month.",
        [("change", "ukraine", "ukraine", "2025-10-01", TUE, 30, "exact")],
    ),
    (  # near miss: the weekday is an event's, not the statement's
        OCT8,
        "Russia has taken 4,900 sq km this year, and on Tuesday its troops "
        "launched a new assault, the ministry said.",
        [("change", "russia", "ukraine", "2025-01-01", OCT8, 4900, "exact")],
    ),
    # --- a month used as an adjective -----------------------------------------------
    (
        NOV3,
        "Russia's October gains totalled 505 square kilometres, according to DeepState.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV3,
        "DeepState's October tally put Russian advances at 505 sq km.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV3,
        "The September advance of Russian forces amounted to some 450 square kilometres.",
        [("change", "russia", "ukraine", *SEPT, 450, "approx")],
    ),
    (
        NOV3,
        "Russian troops' gains for October came to about 505 sq km, the mapping "
        "group said.",
        [("change", "russia", "ukraine", *OCT, 505, "approx")],
    ),
    (
        NOV3,
        "DeepState put Russia's October net gain at 505 square kilometres.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV3,
        "Russia's September land gains totalled 450 sq km, the analysts said.",
        [("change", "russia", "ukraine", *SEPT, 450, "exact")],
    ),
    (
        NOV3,
        "The October figure for Russian advances was 505 sq km.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (
        NOV3,
        "In its October summary, DeepState said Russian troops had seized 505 sq km.",
        [("change", "russia", "ukraine", *OCT, 505, "exact")],
    ),
    (  # near miss: an operation named by its month gives the gain no period
        "2023-07-10",
        "Ukraine's June counteroffensive has won back about 90 square kilometres.",
        [("change", "ukraine", "ukraine", *NONE, 90, "approx")],
    ),
    # --- an operation begun on no named day: a total up to now -----------------------
    (
        "2024-02-20",
        "Since the start of the offensive, Russian troops have captured about 300 sq km.",
        [("change", "russia", "ukraine", "", "2024-02-20", 300, "approx")],
    ),
    (
        "2024-02-20",
        "Since the beginning of offensive operations on all fronts, Russian "
        "forces have managed to take more than 300 square kilometres.",
        [("change", "russia", "ukraine", "", "2024-02-20", 300, "at_least")],
    ),
    (
        "2024-02-20",
        "Since the beginning of active operations, Russian forces have taken "
        "control of 120 square kilometres, the ministry said.",
        [("change", "russia", "ukraine", "", "2024-02-20", 120, "exact")],
    ),
    (
        "2023-09-01",
        "Ukrainian forces have liberated 250 square kilometres since the "
        "counteroffensive began.",
        [("change", "ukraine", "ukraine", "", "2023-09-01", 250, "exact")],
    ),
]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    parameters(CASES),
    ids=case_ids(len(CASES)),
)
def test_variant_reads_as_labelled(
    published: str, sentence: str, expected: list
) -> None:
    assert_reads_as_labelled(published, sentence, expected)
