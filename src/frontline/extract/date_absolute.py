"""Date phrases that name the calendar: a day, a month, a year, a season, a quarter.

"between 1 and 15 September", "since May 10", "in 2024", "the first half of
2023", "by the end of March": each entry is (pattern, rule, sets_start). The
order in which phrases are tried, longer first, is set in `dates`; what each
means in days is in `date_rules` and `date_spans`.
"""

from __future__ import annotations

from frontline.extract import date_rules as rules
from frontline.extract import date_spans as spans
from frontline.extract.date_words import (
    DAY_A,
    DAY_B,
    EVENT_NOUNS,
    IN_,
    LAUNCHED,
    LAUNCHING,
    MONTH_A,
    MONTH_B,
    NOT_AN_AREA,
    NUMBER_OF,
    PART_OF_DAY,
    WEEKDAY,
    YEAR,
    Entry,
)
from frontline.extract.text import MONTH_NAME

# already matched is not matched again by a later, shorter rule.
_RANGE = (
    rf"(?:\b(?:from|between|of)\s+)?(?P<r_month>{MONTH_NAME})\s+(?P<r_d1>\d{{1,2}})"
    # "between September 1st and 12th", "from September 1 to the 12th"
    r"(?:st|nd|rd|th)?\s*(?:-|to|until|through|and)\s*(?:the\s+)?(?P<r_d2>\d{1,2})"
    r"(?:st|nd|rd|th)?\b(?!\s*(?:%|km|sq|square))"
    r"(?:,?\s+(?P<r_year>(?:19|20)\d{2})" + NOT_AN_AREA + ")?"
)
_RANGE_OF = (
    r"\bbetween\s+(?P<r_d1>\d{1,2})\s*(?:-|and)\s*(?P<r_d2>\d{1,2})\s+(?:of\s+)?"
    rf"(?P<r_month>{MONTH_NAME})(?:,?\s+(?P<r_year>(?:19|20)\d{{2}}){NOT_AN_AREA})?"
)
_DAYS_OF = (
    r"\b(?:from\s+)?(?P<r_d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|until|through)\s*"
    rf"(?P<r_d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<r_month>{MONTH_NAME})"
    r"(?:,?\s+(?P<r_year>(?:19|20)\d{2})" + NOT_AN_AREA + ")?"
)


SINCE_YEAR_END: Entry = (
    rf"\bsince\s+the\s+end\s+of\s+(?:(?P<last>last|the\s+previous)\s+year|{YEAR})\b",
    spans.since_year_end,
    True,
)

SINCE_EVENT_ON_DAY: Entry = (
    # "since they launched an offensive in the Kharkiv region on May 10", "since
    # the Armed Forces of Ukraine (AFU) launched their surprise incursion into
    # Russia's southwestern Kursk region on 6 August": one clause, no comma.
    r"\bsince\s+(?:(?!(?:as|by|until|through|to)\b)[\w'\u2019()-]+\s+){1,16}?"
    rf"(?:on\s+)?{DAY_A}",
    rules.since_day,
    True,
)

# "… 1,150 km2 in the region after it launched a major cross-border attack on
# Aug. 6", "after launching its attack on 6 August": the launch's day starts
# a total that runs to today (`timing` keeps it for a perfect or a total word
# only: a simple past after the launch is a finished gain, LABELS).
AFTER_LAUNCH_ON_DAY: Entry = (
    r"\bafter\s+(?:(?:it|they|we|kyiv|moscow|ukraine|russia|the\s+(?:[\w-]+\s+){0,2}?"
    rf"[\w-]+|[\w-]+\s+(?:forces|troops))\s+{LAUNCHED}|{LAUNCHING})\s+"
    r"(?:(?!(?:as|by|until|through|to)\b)"
    rf"[\w'\u2019()-]+\s+){{1,10}}?(?:on\s+)?{DAY_A}",
    rules.since_day,
    True,
)

BETWEEN_DAYS: Entry = (
    rf"\bbetween\s+{PART_OF_DAY}{DAY_A},?\s+and\s+{PART_OF_DAY}{DAY_B}",
    rules.between_days,
    True,
)

DAY_DASH_DAY: Entry = (rf"\b{DAY_A}\s*-\s*{DAY_B}", rules.between_days, True)

INVASION_TO_DAY: Entry = (
    r"\bfrom\s+the\s+(?:start|beginning|outset)\s+of\s+(?:the\s+|russia's\s+)?"
    r"(?:full[\s-]scale\s+)?(?:invasion|aggression|war)(?:\s+(?:in|during)\s+feb(?:ruary)?\.?\s+2022)?"
    rf"\s+(?:to|until|till|through)\s+{DAY_B}",
    rules.invasion_to_day,
    True,
)

# "From 2014 to February 24, 2022, Russia controlled 43,000 km2"
YEAR_TO_DAY: Entry = (
    r"\b(?:from|between)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|until|till|through|and)\s+"
    rf"{PART_OF_DAY}{DAY_B}",
    rules.year_to_day,
    True,
)

FROM_DAY_TO_DAY: Entry = (
    # "from Oct. 1 to Nov. 15", and without "from": "October 1 through November 15"
    rf"\b(?:from\s+)?{PART_OF_DAY}{DAY_A},?\s+(?:to|until|till|through|-)\s+"
    rf"{PART_OF_DAY}{DAY_B}",
    rules.between_days,
    True,
)

# "between August 6 and the end of September", "from 1 January until
# mid-June": a day, then a month's middle or end; and the other way round,
# "between the start of June and September 30".
DAY_TO_MONTH_PART: Entry = (
    rf"\b(?:between|from)\s+{PART_OF_DAY}{DAY_A},?\s+(?:and|to|until|till|through|up\s+to)\s+"
    rf"(?:the\s+end\s+of\s+|(?P<b_mid>mid-?\s*))(?:{MONTH_B}|the\s+month)\b",
    spans.day_to_month_part,
    True,
)
MONTH_START_TO_DAY: Entry = (
    rf"\b(?:between|from)\s+the\s+(?:beginning|start)\s+of\s+{MONTH_A},?\s+"
    rf"(?:and|to|until|till|through|up\s+to)\s+{PART_OF_DAY}{DAY_B}",
    spans.month_start_to_day,
    True,
)

# "from early September to October 15", "between the end of July and
# September 30": a month's rough part, then a day that ends the span.
ROUGH_MONTH_TO_DAY: Entry = (
    r"\b(?:between|from)\s+(?:(?P<part>early|late|mid)\s*-?\s*|the\s+(?P<part2>end|"
    rf"middle)\s+of\s+){MONTH_A},?\s+(?:and|to|until|till|through|up\s+to)\s+"
    rf"{PART_OF_DAY}{DAY_B}",
    spans.rough_month_to_day,
    True,
)

MONTH_DAY_RANGE: Entry = (_RANGE, rules.day_range, True)

BY_DAY_RANGE: Entry = (
    rf"\b(?:by|as\s+of)\s+(?P<r_month>{MONTH_NAME})\s+(?P<r_d1>\d{{1,2}})\s*[-\u2013]\s*"
    r"(?P<r_d2>\d{1,2})\b(?!\s*(?:%|km|sq|square))(?:,?\s+(?P<r_year>(?:19|20)\d{2})"
    + NOT_AN_AREA
    + ")?",
    spans.by_day_range,
    False,
)
# "by 20-21 August": the same, the day first
BY_DAYS_OF_MONTH: Entry = (
    r"\b(?:by|as\s+of)\s+(?P<r_d1>\d{1,2})\s*[-\u2013]\s*(?P<r_d2>\d{1,2})\s+"
    rf"(?P<r_month>{MONTH_NAME})(?:,?\s+(?P<r_year>(?:19|20)\d{{2}}){NOT_AN_AREA})?",
    spans.by_day_range,
    False,
)

BETWEEN_DAYS_OF_MONTH: Entry = (_RANGE_OF, rules.day_range, True)

DAYS_OF_MONTH: Entry = (_DAYS_OF, rules.day_range, True)

# "between mid-August and October", "between the beginning of August and the
# end of October": the ends may be written as a month's start, middle or end.
BETWEEN_MONTHS: Entry = (
    r"\bbetween\s+(?:the\s+(?:beginning|start)\s+of\s+|(?P<a_mid>mid-?\s*))?"
    rf"{MONTH_A}\s+and\s+(?:the\s+end\s+of\s+|(?P<b_mid>mid-?\s*))?{MONTH_B}\b",
    rules.between_months,
    True,
)

# "between the start of October and the end of the month", "from the start of
# September to the end of that month": the one month, whole.
MONTH_START_TO_END: Entry = (
    r"\b(?:between|from)\s+the\s+(?:beginning|start)\s+of\s+"
    rf"{MONTH_A}\s+(?:and|to|until|till|through)\s+the\s+end\s+of\s+"
    r"(?:the|that)\s+month\b",
    rules.in_month,
    True,
)

# "in January, February, March and April 2025": one span over the months.
MONTH_LIST: Entry = (
    rf"\b(?:in|during|over|throughout)\s+{MONTH_A},\s*(?:{MONTH_NAME}\s*,\s*){{0,9}}"
    rf"{MONTH_NAME},?\s+and\s+{MONTH_B}\b",
    rules.between_months,
    True,
)

IN_MONTH_AND_MONTH: Entry = (
    rf"\b(?:in|during|over|throughout)\s+{MONTH_A}\s+and\s+{MONTH_B}\b",
    rules.between_months,
    True,
)

# "August and September brought the fastest advance": two months as the
# subject, the span "over those two months" then points to
MONTHS_AS_SUBJECT: Entry = (
    rf"(?:^|(?<=[.;]\s)){MONTH_A}\s+and\s+{MONTH_B}(?=\s+(?:brought|saw|were|have\s+been))",
    rules.between_months,
    True,
)

FROM_MONTH_TO_MONTH: Entry = (
    # "from mid-October to mid-November": the 15th of each
    rf"\bfrom\s+(?:the\s+(?:beginning|start)\s+of\s+|(?P<a_mid>mid-?\s*))?{MONTH_A}\s+"
    r"(?:to|until|till|through)"
    rf"\s+(?:the\s+end\s+of\s+|(?P<b_mid>mid-?\s*))?{MONTH_B}\b",
    rules.between_months,
    True,
)

# "April 2023 to March 2024", "(April 2023-March 2024)": two months, each with
# its year, need no "from" to be one span.
MONTH_YEAR_TO_MONTH_YEAR: Entry = (
    rf"\b(?:(?:in|during|over|throughout)\s+)?(?P<a_month>{MONTH_NAME})\s+"
    r"(?P<a_myear>(?:19|20)\d{2})\s*(?:to|until|till|through|-|\u2013)\s*"
    rf"(?P<b_month>{MONTH_NAME})\s+(?P<b_myear>(?:19|20)\d{{2}})\b",
    rules.between_months,
    True,
)

# "in 2024 and 2025 combined", "between 2023 and 2025", "from 2022 to 2024":
# one span over both years (not the first year alone).
BETWEEN_YEARS: Entry = (
    r"\b(?:(?:in|during|over|throughout|across|for)\s+(?:both\s+)?|between\s+|from\s+)"
    r"(?P<y1>(?:19|20)\d{2})\s*(?:and|to|until|through|-|\u2013)\s*(?P<y2>(?:19|20)\d{2})\b"
    r"(?![-/]\d)(?:\s+(?:combined|together|taken\s+together))?",
    spans.between_years,
    True,
)

FIRST_DAYS_OF_MONTH: Entry = (
    r"\b(?:(?:in|during|over)\s+)?the\s+first\s+"
    rf"{NUMBER_OF}\s+(?P<unit>days?|weeks?)\s+of\s+(?:the\s+month|{MONTH_A})",
    rules.first_days_of_month,
    True,
)

# "in the last 10 days of November", "the final two weeks of October"
LAST_DAYS_OF_MONTH: Entry = (
    r"\b(?:(?:in|during|over)\s+)?the\s+(?:last|final)\s+"
    rf"{NUMBER_OF}\s+(?P<unit>days?|weeks?)\s+of\s+{MONTH_A}",
    spans.last_days_of_month,
    True,
)

SINCE_DAY: Entry = (
    rf"\b(?:since|after)\s+(?:the\s+)?{PART_OF_DAY}{DAY_A}",
    rules.since_day,
    True,
)

FROM_DAY: Entry = (
    rf"\bfrom\s+{PART_OF_DAY}{DAY_A}(?:\s+(?:to|until|till|up\s+to)\s+(?:date|today|now)\b)?"
    r"(?!,?\s*(?:to|until|till|through|-|and)\b)",
    rules.since_day,
    True,
)

SINCE_BEGAN_IN_YEAR: Entry = (
    rf"\bsince\s+(?:[\w'-]+\s+){{1,5}}?(?:began|started|launched)\s+in\s+{YEAR}\b",
    rules.since_year,
    True,
)

SINCE_MONTH: Entry = (
    rf"\bsince\s+(?:last\s+)?"
    r"(?P<part>the\s+(?:beginning|start|end|middle|first\s+days)\s+of\s+|early\s+|"
    r"mid-?\s*|late\s+)?"
    # "since the end of January this year": the year words are the month's
    rf"{MONTH_A}(?:\s+(?:of\s+)?this\s+year)?\b",
    rules.since_month,
    True,
)

# "from the start of November", "from early May" with no end named: open, as
# "since" (not "from May to June", "from May's 600 km2", "down from May")
FROM_MONTH_OPEN: Entry = (
    r"(?<!up\s)(?<!down\s)\bfrom\s+"
    r"(?P<part>the\s+(?:beginning|start|middle)\s+of\s+|early\s+|mid-?\s*)?"
    rf"{MONTH_A}\b(?!['\u2019]s|\s+\d|\s*(?:-|\u2013|\u2014|to|until|till|through|and|up)\b)",
    rules.since_month,
    True,
)

FROM_MONTH_TO_NOW: Entry = (
    rf"\bfrom\s+(?:the\s+(?:beginning|start)\s+of\s+)?{MONTH_A}\s+(?:until|till|to|up\s+to)"
    r"\s+(?:today|now)\b(?P<part>)",
    rules.since_month,
    True,
)

SINCE_YEAR: Entry = (
    rf"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?{YEAR}\b",
    rules.since_year,
    True,
)

MONTH_OF_YEAR_WORD: Entry = (
    rf"\b(?:in\s+)?(?P<a_month>{MONTH_NAME})\s+(?:of\s+)?(?P<rel>this|last)\s+year\b"
    rf"|\b(?P<rel2>this)\s+(?P<b_month>{MONTH_NAME})\b(?!\.?\s+\d)",
    spans.month_of_year_word,
    True,
)

# "4,336 km2 in 2025 through November", "so far this year to October".
YEAR_THROUGH_MONTH: Entry = (
    rf"\b(?:(?:so\s+far\s+)?this\s+year|(?:in|during)\s+{YEAR})(?:\s+so\s+far)?,?\s+"
    rf"(?:through|to|until|up\s+to|thru)\s+(?:the\s+end\s+of\s+)?{MONTH_B}\b"
    r"(?!\.?\s+\d)",
    spans.year_through_month,
    True,
)

# "Russia's 2024 gains amounted to 4,168 km2": a year naming the gains it owns.
YEAR_AS_OWNER: Entry = (
    rf"(?:\b(?:[a-z]+'s|the|its|their)\s+){YEAR}(?=\s+(?:gains?|advances?|haul|tally|"
    r"captures?|territorial)\b)",
    rules.whole_year,
    True,
)

# "2024 was Moscow's most successful year", "2023 saw …": a year opening a
# sentence as its subject, the period "over those 12 months" then points to.
YEAR_AS_SUBJECT: Entry = (
    rf"(?:^|(?<=[.;]\s)|(?<=\n)){YEAR}(?=\s+(?:was|has\s+been|had\s+been|saw|brought"
    r"|proved|became|marked|ended|closed|cost)\b)",
    rules.whole_year,
    True,
)

# "so far in 2024": the year to the published day, as "so far this year"
SO_FAR_IN_YEAR: Entry = (rf"\bso\s+far\s+in\s+{YEAR}\b", rules.whole_year, True)

WHOLE_YEAR: Entry = (
    # "caps a 2024 in which Moscow's troops took 1,500 km2"
    rf"\b(?:in\s+all\s+of|in|during|throughout|over|for|across|an?(?=\s+(?:19|20)\d{{2}}\s+in\s+which))\s+"
    rf"(?:the\s+(?:year|entirety\s+of|whole\s+of|course\s+of)\s+|calendar\s+year\s+)?"
    rf"{YEAR}\b"
    r"(?![-/]\d|['\u2019]s\b)",
    rules.whole_year,
    True,
)

HALF_YEAR: Entry = (
    rf"\b(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+{YEAR}",
    rules.half_year,
    True,
)

QUARTER_OF_YEAR: Entry = (
    r"\b(?:in\s+|during\s+)?the\s+(?P<q>first|second|third|fourth|last|final)\s+"
    rf"quarter\s+of\s+(?:{YEAR}|the\s+year|this\s+year)(?P<qn>)",
    spans.quarter,
    True,
)

# "in 2024's final quarter"
YEARS_QUARTER: Entry = (
    rf"\b(?:in\s+|during\s+)?(?:{YEAR}'s|the\s+year's|this\s+year's)\s+"
    r"(?P<q>first|second|third|fourth|last|final)\s+quarter\b(?P<qn>)",
    spans.quarter,
    True,
)

SHORT_QUARTER: Entry = (
    rf"{IN_}(?:Q(?P<qn>[1-4])|H(?P<half>[12]))(?:\s+{YEAR})?\b",
    spans.short,
    True,
)

YEARS_FIRST_MONTHS: Entry = (
    rf"\b(?:in\s+|during\s+)?(?:{YEAR}'s|the\s+year's|this\s+year's)\s+first\s+"
    rf"{NUMBER_OF}\s+months",
    rules.first_months_of_year,
    True,
)

HALF_MONTH: Entry = (
    rf"\b(?:in\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+{MONTH_A}\b",
    rules.half_month,
    True,
)

FIRST_MONTHS_OF_YEAR: Entry = (
    # "the first month of 2026": January
    rf"\b(?:(?:in|during|over)\s+)?the\s+first\s+(?:{NUMBER_OF}\s+months|month)\s+of\s+"
    rf"(?:{YEAR}|the\s+year|this\s+year)",
    rules.first_months_of_year,
    True,
)

# "in the last three months of 2024", "the final two months of the year"
LAST_MONTHS_OF_YEAR: Entry = (
    rf"\b(?:(?:in|during|over)\s+)?the\s+(?:last|final)\s+{NUMBER_OF}\s+months\s+of\s+"
    rf"(?:{YEAR}|the\s+year|this\s+year)",
    spans.last_months_of_year,
    True,
)

# "In the week preceding May 20", "over the two weeks prior to June 1": the
# span that ends the day before the day named.
WEEK_BEFORE_DAY: Entry = (
    r"\b(?:(?:in|during|over|for|throughout)\s+)?the\s+(?:(?P<n>\d+|[a-z]+)\s+"
    r"(?P<unit>days|weeks)|(?P<unit1>week|fortnight))\s+(?:preceding|prior\s+to|"
    rf"before|leading\s+up\s+to)\s+{PART_OF_DAY}{DAY_A}",
    spans.week_before_day,
    True,
)

WEEK_TO_DAY: Entry = (
    rf"\b(?:in\s+)?the\s+week\s+(?:to|ending|ended)\s+{DAY_A}",
    rules.week_to,
    True,
)

# "during the week of May 26", "in the week starting May 26": seven days.
WEEK_FROM_DAY: Entry = (
    r"\b(?:in|during|over)\s+the\s+week\s+(?:of|starting|beginning|from|"
    rf"that\s+(?:started|began))\s+(?:(?:monday|sunday),?\s+)?{DAY_A}"
    r"(?!\s*(?:-|to|until|through|and)\s*\d)",
    spans.week_from,
    True,
)

BY_END_OF_MONTH: Entry = (
    rf"\b(?:as\s+of|by)\s+the\s+end\s+of\s+{MONTH_A}\b",
    rules.end_of_month,
    False,
)

# "At the end of August 2025, the army controlled …": no days for a change
# (LABELS: "in late August"), the month's last day for a holding.
AT_END_OF_MONTH: Entry = (
    rf"\bat\s+the\s+end\s+of\s+{MONTH_A}\b",
    spans.end_of_month_held,
    True,
)

AT_END_OF_YEAR: Entry = (
    rf"\bat\s+the\s+end\s+of\s+{YEAR}(?P<last>)\b",
    spans.end_of_year_held,
    True,
)

BY_END_OF_YEAR: Entry = (
    rf"\b(?:as\s+of|by)\s+the\s+end\s+of\s+{YEAR}(?P<last>)\b",
    rules.end_of_year,
    False,
)

BY_YEAR: Entry = (rf"\bby\s+{YEAR}\b(?![-/]\d)", spans.by_year, True)

# "Even before February 24, Moscow's forces controlled 43,000 km2", "Before the
# invasion, …", "Before 2022, …": a sentence opening on a time before, whose
# state is of no day given (not "… controlled by Moscow before the war", an
# aside's).
BEFORE_DAY: Entry = (
    rf"(?:^|(?<=[.;:]\s))(?:even\s+|just\s+)?before\s+{DAY_A}",
    spans.event_span,
    True,
)
BEFORE_EVENT: Entry = (
    r"(?:^|(?<=[.;:]\s))(?:even\s+|just\s+)?before\s+(?:(?:19|20)\d\d\b"
    r"(?!\s*(?:km|sq|square))"
    r"|the\s+(?:full[\s-]scale\s+)?(?:invasion|war)\b)",
    spans.event_span,
    True,
)

# "By March 2022, Russian forces had seized …": a month, not a day.
BY_MONTH: Entry = (
    rf"\bby\s+(?:early\s+|late\s+|mid-?)?{MONTH_NAME}\s+{YEAR}\b",
    spans.event_span,
    True,
)

MONTH_DASH_MONTH: Entry = (
    rf"\b(?P<a_month>{MONTH_NAME})\s*-\s*(?P<b_month>{MONTH_NAME})"
    rf"(?:\s+(?P<b_myear>(?:19|20)\d{{2}}))?(?P<a_myear>)",
    rules.between_months,
    True,
)

LAST_NAMED_MONTH: Entry = (
    rf"\b(?:last|this\s+past)\s+{MONTH_A}\b",
    rules.in_month,
    True,
)

# "since the start of the summer", "since the summer": an open period from the
# season's first day; "since late summer", "since the end of the summer": open
# from a day the words do not name.
SINCE_SEASON: Entry = (
    r"\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+)?"
    r"(?P<part>late\s+|the\s+end\s+of\s+)?(?:the\s+|this\s+)?(?P<last>)"
    r"(?P<season>spring|summer|autumn|fall)\b"
    rf"(?:\s+(?:of\s+)?{YEAR})?(?![\w-]*\s+(?:{EVENT_NOUNS}|push)\b)",
    spans.since_season,
    True,
)

SEASON: Entry = (
    r"\b(?:(?:in|during|throughout|over)\s+(?:the\s+)?|(?P<last>last|this)\s+)"
    r"(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+(?!(?:19|20)\d))"
    rf"(?:\s+(?:of\s+)?{YEAR})?",
    spans.season,
    True,
)

WEEK_OF_MONTH: Entry = (
    rf"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<nth>first|second|third|fourth|last|final)\s+"
    r"week\s+"
    rf"of\s+{MONTH_A}\b",
    spans.week_of_month,
    True,
)

IN_MONTH: Entry = (
    rf"\b(?:in|during|throughout|over|for|across)\s+(?:(?:the\s+)?(?:(?:entire\s+|whole\s+)?"
    rf"month|course|whole|entirety)\s+of\s+|all\s+of\s+)?{MONTH_A}\b",
    rules.in_month,
    True,
)

# "The highest rate of advance was November 2024": a month said to be the one
# a ranking names (not "was November 5", a day).
MONTH_AS_PREDICATE: Entry = (
    rf"\b(?:was|were|came\s+in)\s+{MONTH_A}\b(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    rules.in_month,
    True,
)

# "those of November 2024", "the gains of October", "the surge of March
# 2022": a month that owns the gains a noun names, after "of". Not a state
# ("after the peak of August" is a horizon, not a period) and not "that of"
# ("the largest advance after that of November 2024" is one compared with).
OF_MONTH: Entry = (
    r"\b(?:those|the\s+(?:[\w-]+\s+)?(?:gains?|advances?|captures?|figures?|"
    r"tally|totals?|surge|results?))\s+of\s+"
    rf"(?:(?:the\s+month\s+of)\s+)?{MONTH_A}\b(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    rules.in_month,
    True,
)

# A month that is the subject or owner of a figure: "November saw ...",
# "August's 455 km2", "October (610 km2)", "May was the slowest month, …".
MONTH_AS_SUBJECT: Entry = (
    # "October: Russia captures 505 sq km", a headline's month
    # (not "Kyiv, 26 June (EFE)": a day's month, in a dateline)
    # "… for August, when it took 184 sq mi, and September, when it took 177"
    rf"(?<!\d\s)\b{MONTH_A}(?:'s\b|(?=\s*\()|(?=:\s)|(?=,\s+when\b)|(?=\s+(?:saw|accounted|brought|marked|gains?|"
    # "Moscow's September advance of 470 km2", "Russia's October haul: 460"
    r"advances?|haul|tally|captures?|territorial|was|became|proved|cost|yielded|"
    r"has\s+been|had\s+been|so\s+far\s+(?:has|had|was)|"
    # "DeepState has published its October figures"
    r"figures|data|numbers|statistics|land\s+grab|grab|"
    # "October results:", "the November summary", a tally's month
    r"results|summary|report|review|balance|losses|overview|roundup|round-up|"
    # "November to date": the month so far
    r"to\s+date)\b))",
    rules.in_month,
    True,
)

# "Russia's April balance", "its October summary", "the October figure for
# Russian advances": a month set before a noun by a possessive or an article
# is the month of what the noun names. Not an operation named by its month
# ("Ukraine's June counteroffensive"), which gives no period (LABELS).
MONTH_AS_MODIFIER: Entry = (
    rf"\b(?:[a-z]+'s|its|their|the)\s+{MONTH_A}(?=\s+(?!(?:{EVENT_NOUNS}|push|drive|"
    r"thrust|breakthrough|counter-?attacks?|of|and|or|to|through|until|in|on|at|with|"
    r"for|from|by|as|is|was|were|had|has|when|that|which|"
    # "Russia's march toward Pokrovsk": the noun, not the month
    r"towards?|into|across|westward|eastward|deeper|forward|be)\b)[a-z][a-z-]*\b)",
    rules.in_month,
    True,
)

# "by month in 2025: January 430 sq km, February 380 sq km", "July – 564 sq
# km; August – 470 sq km": a month that opens a list item and labels the
# figure right after it (whose unit shows the number is no day of the month).
MONTH_LABEL: Entry = (
    rf"(?:^|(?<=[:;,\n]))\s*(?P<a_month>{MONTH_NAME})(?P<a_myear>)(?:\s*[:\u2013\u2014-]\s*|\s+)"
    r"(?=(?:about\s+|some\s+|nearly\s+|over\s+|almost\s+)?\d[\d,.]*\s*"
    r"(?:sq\.?\s*(?:km|mi)|square|km(?:2|\u00b2)|mi(?:2|\u00b2)|hectares))",
    rules.in_month,
    True,
)

AS_OF_DAY: Entry = (
    rf"\b(?:as\s+of|as\s+at|by|up\s+to|until|through)\s+(?:(?:\d{{1,2}}(?::\d\d)?\s*"
    # "as of 08:00 on 19 November": a 24-hour time too
    rf"(?:[ap]\.?m\.?)|\d{{1,2}}[:.]\d\d|noon|midnight),?\s+(?:on\s+)?)?(?:{WEEKDAY},?\s+)?"
    rf"{DAY_A}",
    rules.as_of_day,
    False,
)

ON_DAY: Entry = (rf"\bon\s+(?:{WEEKDAY},?\s+)?{DAY_A}", rules.on_day, True)
