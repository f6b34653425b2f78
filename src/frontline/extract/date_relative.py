"""Date phrases counted from something else: the published day, a statement's
day, an event, or a period named before.

"in the past seven days", "last week", "so far this year", "since the start of
the incursion", "on Monday", "in the same period": each entry is (pattern,
rule, sets_start). The order in which phrases are tried is set in `dates`; what
each means in days is in `date_rules` and `date_spans`.
"""

from __future__ import annotations

from frontline.extract import date_rules as rules
from frontline.extract import date_spans as spans
from frontline.extract.date_words import (
    DAY_B,
    EVENT_NOUNS,
    MONTH_A,
    MONTH_B,
    NOT_ANCHORED,
    NUMBER_OF,
    PAST_UNITS,
    POSSESSIVE,
    WEEKDAY_NAMES,
    Entry,
)
from frontline.extract.text import MONTH_NAME

# "At the end of last year, Russia held 112,000 km2": held on December 31; a
# change so placed is placed only roughly (as "at the end of August").
AT_END_OF_LAST_YEAR: Entry = (
    r"\bat\s+the\s+end\s+of\s+(?P<last>last|the\s+previous)\s+year(?P<year>)\b",
    spans.end_of_year_held,
    True,
)

BY_END_OF_LAST_YEAR: Entry = (
    # before "last year": "by the end of last year" is its December 31
    r"\b(?:as\s+of|by)\s+the\s+end\s+of\s+(?P<last>last|the\s+previous)\s+year"
    r"(?P<year>)\b",
    rules.end_of_year,
    False,
)

SINCE_WEEKDAY: Entry = (
    rf"\b(?:since|from)\s+(?:last\s+)?(?P<weekday>{WEEKDAY_NAMES})\b"
    r"(?!\s*,?\s*(?:\d|" + MONTH_NAME + r"))",
    spans.since_weekday,
    True,
)

# "Since Ukrainian forces launched their counteroffensive in the Kharkiv
# province last Tuesday, …": a clause of its own after "since", dated by a
# weekday, starts the total that day.
SINCE_CLAUSE_WEEKDAY: Entry = (
    r"\bsince\s+(?:(?!since\b|and\b|but\b)[\w'\u2019-]+\s+){2,14}?"
    rf"(?:on\s+|last\s+)(?P<weekday>{WEEKDAY_NAMES})\b"
    r"(?!\s*,?\s*(?:\d|" + MONTH_NAME + r"))",
    spans.since_weekday,
    True,
)

WEEKEND: Entry = (
    # "this past weekend", "over the past weekend": the latest one, as "last"
    r"\b(?P<which>last|this|over\s+the|at\s+the|during\s+the)\s+(?:past\s+)?weekend\b",
    spans.weekend,
    True,
)

# "over the year", "in total for the year", "for the year as a whole": the
# year of the published day (the year just ended, in a review said in January).
THROUGHOUT_THE_YEAR: Entry = (
    r"\b(?:throughout|over|during|for)\s+(?:the\s+course\s+of\s+)?the\s+"
    r"(?:whole\s+|entire\s+)?year\b"
    # ("over the year of 6,640 km2" is that year's, "the year of the war" not;
    # "the total for the year to 4,700 km2" is, "the year to October" not;
    # "for the year 2024" is that year's)
    r"(?!\s+(?:since|to(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|"
    r"over\s+|more\s+than\s+)?\d)|before|after|ending|ended|"
    r"of(?!\s+(?:about\s+|some\s+)?\d)|that|when|ahead)\b|\s+(?:19|20)\d\d\b)"
    r"(?:\s+as\s+a\s+whole\b)?",
    spans.the_year,
    True,
)

PAST_TO_MONTH_END: Entry = (
    rf"\b(?:over|in|during)\s+the\s+(?:past\s+|last\s+)?(?:{NUMBER_OF}\s+)?"
    # "the quarter to the end of September", "the half year to October"
    r"(?P<unit>weeks?|months?|years?|quarters?|half[\s-]year)\s+"
    r"(?:to|through|ending|until)\s+(?:the\s+end\s+of\s+)?"
    rf"{MONTH_B}\b(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    spans.past_to_month_end,
    True,
)

PAST_TO_DAY: Entry = (
    rf"\b(?:over|in|during)\s+the\s+(?:past\s+|last\s+)?(?:{NUMBER_OF}\s+)?"
    rf"(?P<unit>weeks?|months?|days?|years?)\s+(?:to|through|ending|until|up\s+to)\s+{DAY_B}",
    rules.past_to,
    True,
)

FIRST_OF_EVENT: Entry = (
    rf"\b(?:during|in|over)\s+(?:the\s+)?first\s+{NUMBER_OF}?\s*"
    rf"(?P<unit>months?|weeks?|days?)\s+of\s+{POSSESSIVE}\s+(?P<event>{EVENT_NOUNS})",
    rules.first_of_event,
    True,
)

# A few days, weeks or months, as a length is written: a word ("under ten
# days", "eleven weeks"), else digits. Shared by the spans counted from an
# event and the hedged lengths.
_FEW_UNITS = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fourteen|fifteen|twenty|thirty|\d+)\s+(?:days?|weeks?|months?|hours)|a\s+fortnight"
)

# "within a week of the initial incursion", "two months into the offensive",
# "ten days after its counteroffensive began": a time counted from an event
# the text does not date, so no day (a holding so placed is not held today).
AFTER_EVENT_BY: Entry = (
    # (not "over the past seven days of its counteroffensive": the past week)
    rf"\b(?<!past\s)(?<!last\s)(?<!previous\s)(?:(?:with)?in\s+)?(?:{_FEW_UNITS})\s+"
    r"(?:of|after|into)\s+"
    rf"{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS})\b",
    spans.event_span,
    True,
)

# "since launching offensive operations in October 2023", "since initiating
# its counteroffensive last month", "after the counter-offensive launch in
# June": an event placed in a month or year, not on a day, starts a total that
# runs to today from a day the text does not give (LABELS: "since the start of
# offensive operations in October 2023"; "after the launch" only for a total
# that runs up to now, which `timing` checks).
_EVENT = (
    r"(?:(?:its|their|the|his|our)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{EVENT_NOUNS}|operations)"
)
_IN_A_MONTH = (
    rf"\s+(?:(?:in|during|at\s+the\s+(?:end|start|beginning)\s+of)\s+"
    rf"(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAME}"
    r"(?:\s+(?:19|20)\d{2})?|(?:19|20)\d{2})|(?:early\s+|late\s+)?last\s+month"
    r"|(?:earlier\s+)?this\s+(?:month|year)|last\s+year)\b"
)
SINCE_EVENT_IN_MONTH: Entry = (
    r"\b(?:since|after)\s+(?:(?:launching|initiating|starting|beginning|opening|mounting)\s+"
    rf"{_EVENT}|the\s+(?:start|beginning|launch|outset)\s+of\s+{_EVENT}"
    rf"|(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS})\s+"
    r"(?:launch|start|began|started|was\s+launched))" + _IN_A_MONTH,
    spans.since_vague,
    True,
)

# "since its initial invasion in February 2022": the invasion named with its
# month is still the invasion (LABELS), not the whole of February.
SINCE_INVASION_IN_MONTH: Entry = (
    r"\bsince\s+(?:the|its|russia's|moscow's)\s+(?:initial\s+|full[\s-]scale\s+|"
    r"large[\s-]scale\s+)?(?:invasion|aggression)\s+(?:of\s+ukraine\s+)?in\s+"
    r"(?:late\s+)?(?:february\s+)?2022\b",
    spans.since_vague,
    True,
)

# "since it crossed the border in May 2024", "since Russian troops entered the
# region in June": a clause of its own after "since", whose event the words
# place in a month or year but on no day: the total runs to today from a start
# the text does not give (a day named, "on June 8", is read as the start).
SINCE_CLAUSE_IN_MONTH: Entry = (
    r"\bsince\s+(?:[a-z'-]+\s+){1,5}?(?:[a-z]+ed|began|begun|took|went|broke|struck|"
    r"made|won|fell|swept|drove)\b(?:\s+(?!since\b|and\b|but\b)[a-z'-]+){0,5}?"
    + _IN_A_MONTH,
    spans.since_vague,
    True,
)

# "since capturing Ocheretyne in April", "since storming into Avdiivka in
# October": the same clause told with a gerund, no subject. Not a span counted
# from the event ("in the first month since advancing into Kursk in August").
SINCE_GERUND_IN_MONTH: Entry = (
    r"(?<!month\s)(?<!months\s)(?<!week\s)(?<!weeks\s)(?<!days\s)(?<!year\s)"
    r"\bsince\s+(?!during\b|morning\b|evening\b)[a-z]{3,}ing\b"
    r"(?:\s+(?!since\b|and\b|but\b)[a-z'-]+){0,6}?" + _IN_A_MONTH,
    spans.since_vague,
    True,
)

SINCE_START_OF_EVENT: Entry = (
    rf"\bsince\s+(?:the\s+(?:beginning|start|launch|outset)\s+of\s+)"
    # "since the start of its surprise assault": a word or two may qualify it
    rf"{POSSESSIVE}\s+(?:(?!since\b)[\w'\u2019-]+\s+){{0,2}}?(?P<event>{EVENT_NOUNS})\b",
    rules.since_event,
    True,
)

SINCE_UNKNOWN: Entry = (
    # "since a counter-offensive started", "since an assault began"
    r"\bsince\s+(?:it|they|we|the\s+(?!(?:month|week|year)\b)[\w-]+|its\s+[\w-]+"
    r"|their\s+[\w-]+|an?\s+[\w-]+|"
    r"[\w-]+ing\s+(?:its|their|the)\s+[\w-]+)(?:\s+[\w-]+)?\s+"
    r"(?:began|begun|started|was\s+launched|launched)\b"
    # "since launching their operation there", "since mounting the incursion"
    r"|\bsince\s+(?:launching|starting|beginning|mounting|opening)\s+(?:its|their|the"
    r"|our|an?)\s+(?:[\w-]+\s+){0,2}?(?:offensive|counter-?offensive|operations?"
    r"|incursion|campaign|assault|push)\b"
    r"|\bsince\s+(?:the\s+(?:start|beginning|outset)\s+of\s+)?(?:russia's\s+|the\s+)"
    r"(?:full[\s-]scale\s+)?(?:invasion|aggression|war)\b(?!\s+(?:on|in)\s)"
    # a headline's "since beginning of full-scale invasion", with no article
    r"|\bsince\s+(?:start|beginning|outset)\s+of\s+(?:russia's\s+)?full[\s-]scale\s+"
    r"(?:invasion|aggression|war)\b"
    r"|\b(?:since\s+the\s+(?:start|beginning|outset|launch|inception)|over\s+the\s+period)\s+of\s+"
    # "since the beginning of active operations": the article may be missing
    r"(?:(?:the|its|their|this)\s+)?(?:(?!" + MONTH_NAME + r"\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:offensive|counteroffensive|"
    r"counter-offensive|operations?|actions|campaign|incursion|hostilities|measures)\b",
    rules.since_unknown,
    True,
)

SINCE_THEN: Entry = (spans.SINCE_THEN, spans.since_then, True)

# "in recent days", "since the fall of Avdiivka": to the day, from no day named.
RECENT: Entry = (
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|last\s+few|past\s+few)\s+"
    r"(?:days|weeks|months)\b|\bsince\s+the\s+(?:fall|capture|seizure|loss)\s+of\b",
    spans.since_vague,
    True,
)

# "in late August", "earlier this month": days the words place only roughly.
ROUGHLY_PLACED: Entry = (
    rf"\b(?:in|during)\s+(?:early|mid|late)\s*-?\s*{MONTH_A}\b"
    r"|\b(?:earlier|later|early|late|mid-?)\s*(?:this|last|in\s+the)\s+(?:week|month|year)\b"
    rf"|\bat\s+the\s+(?:end|start|beginning)\s+of\s+{MONTH_NAME}\b"
    # "seized in early 2022", "captured in mid-2024": a part of a year, no days
    r"|\b(?:in|during)\s+(?:early|mid|late)\s*-?\s*(?:19|20)\d{2}\b"
    # "in the early weeks of the war": a stretch whose length is not given
    r"|\b(?:in|during)\s+the\s+(?:early|opening)\s+(?:days|weeks|months|stages?)\s+"
    r"of\s+the\s+(?:full-scale\s+)?(?:war|invasion)\b"
    # "Until recently, Ukrainian forces maintained control over 100 km2": a
    # state of the past, ended on a day not given (LABELS: no day)
    r"|\b(?:up\s+)?until\s+(?:recently|lately)\b"
    # "Russia's first huge push … allowed it to seize one fifth of Ukraine":
    # the war's opening push, whose days the text does not give
    r"|(?<=['\u2019]s\s)(?:first|initial|opening)\s+(?:[\w-]+\s+)?(?:push|offensive|"
    r"assault|onslaught|invasion|thrust)\b"
    r"|(?<!since\s)\bthe\s+(?:first|initial|opening)\s+(?:[\w-]+\s+)?(?:push|"
    r"offensive|assault|onslaught|invasion|thrust)\b(?!\s+(?:of|in|on|since)\b)",
    spans.event_span,
    True,
)

# "occupied 116,000 km2 as of late December": the state on a day the words do
# not give (an end, like any "as of").
AS_OF_ROUGHLY: Entry = (
    rf"\b(?:as\s+of|by)\s+(?:early|mid|late)\s*-?\s*{MONTH_NAME}\b",
    spans.event_span,
    False,
)

# "during the counteroffensive": the event's own days, which the text does
# not give; the figure keeps them rather than borrowing a neighbour's.
DURING_EVENT: Entry = (
    r"\b(?:during|throughout|across|over\s+the\s+course\s+of)\s+(?:the|its|their|this|our)\s+"
    # (not "the June-December 2023 counteroffensive": its months are its days)
    r"(?:(?!(?:\w+-)?" + MONTH_NAME + r"(?:\b|-))[\w-]+\s+){0,2}?"
    r"(?:counteroffensive|counter-offensive|offensive|incursion|operation|campaign)\b"
    r"(?!\s+(?:in|on|since|from)\s)",
    spans.event_span,
    True,
)

# "since Ukraine's incursion", "since their summer offensive": the event's
# day if the caller knows it, else a start the text does not give.
SINCE_EVENT: Entry = (
    rf"\bsince\s+{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}?(?P<event>{EVENT_NOUNS})\b"
    r"(?!\s+(?:on|in)\s)",
    rules.since_event,
    True,
)

# "A week ago, the ministry said …": a day counted back from the published one.
AGO: Entry = (
    # only where it dates what follows: opening the sentence or a clause, or
    # after a verb of saying ("since it began about five weeks ago" is no day)
    r"(?:^|(?<=[,;:]\s)|(?<=\bsaid\s)|(?<=\bsays\s)|(?<=\breported\s)"
    r"|(?<=\bannounced\s)|(?<=\bclaimed\s)|(?<=\bstated\s)"
    # or right after a figure's unit: "held 108,000 km2 a year ago"
    r"|(?<=km2\s)|(?<=km\u00b2\s)|(?<=\bkm\s)|(?<=metres\s)|(?<=meters\s)"
    r"|(?<=miles\s))"
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
    spans.ago,
    True,
)

SHIFTED: Entry = (
    r"\b(?:(?:a|one|two|three|\d+)\s+(?:weeks?|months?|years?)\s+(?:earlier|before)"
    r"|(?:(?:in|during|over)\s+)?the\s+same\s+(?:period|months?|weeks?|time)\s+"
    r"(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|before|ago))"
    r"|the\s+(?:week|month|year)\s+before"
    r"|(?:during\s+|in\s+|over\s+)?the\s+(?:\w+\s+)?(?:previous|preceding|prior)\s+"
    # "the previous week's fighting": the possessive kept, as it names a
    # finished calendar week when no week-long figure comes before
    r"(?:(?:two|three|four|\d+)\s+)?(?:weeks?|months?))\b(?:['\u2019]s\b)?"
    r"(?!\s+(?:to|through)\b)",
    rules.relative,
    True,
)

THIS_YEAR: Entry = (
    r"\b(?:so\s+far\s+(?:this\s+year|in\s+the\s+year)|this\s+year\s+so\s+far"
    r"|(?:since|from)\s+(?:the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|january"
    # "since the new year", "since New Year": the calendar year's first day
    r"|the\s+turn\s+of\s+the\s+year|(?:the\s+)?new\s+year(?!['\u2019]s\s+eve))"
    r"|this\s+year|year[\s-]+to[\s-]+date|ytd)\b",
    rules.this_year,
    True,
)

# Not "since last year's incursion": the year names an event, not a period.
LAST_YEAR: Entry = (
    r"\b(?:(?:the\s+)?last|the\s+previous|the\s+past)\s+year\b(?!s)"
    rf"(?!['\u2019]s\s+(?:[\w-]+\s+)?(?:{EVENT_NOUNS})\b)",
    rules.last_year,
    True,
)

HALF_OF_THIS_YEAR: Entry = (
    r"\b(?:in\s+|during\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+"
    r"(?:the|this)\s+year\b(?P<year>)",
    spans.half_of_year,
    True,
)

QUARTER: Entry = (
    r"\b(?:in\s+|during\s+)?the\s+(?P<q>first|second|third|fourth)\s+quarter\b"
    r"(?!\s+of\b)(?P<qn>)(?P<year>)",
    spans.quarter,
    True,
)

# "in just over a month", "in less than two weeks": a length, not when; the
# figure takes no days from it nor from the sentence before.
HEDGED_SPAN: Entry = (
    r"\b(?:in|within|over)\s+(?:(?:just|only|a\s+little|slightly|well)\s+)?"
    r"(?:over|under|less\s+than|more\s+than|about|around|nearly|almost)\s+"
    rf"(?:{_FEW_UNITS})\b"
    r"(?!\s+(?:of|before|after|ago|earlier|later|from|since)\b)",
    spans.hedged_span,
    True,
)

ANAPHORA: Entry = (
    # not "in just over a month", "a little over a month": a length, no month
    r"\b(?<!just\s)(?<!little\s)(?<!well\s)(?<!slightly\s)"
    r"(?:in|over|during|throughout|for|over\s+the\s+course\s+of)\s+"
    r"(?:the\s+same\s+(?:period|month|week|time|year)"
    r"(?:\s*frame)?|(?:this|that)\s+(?:period|time\s*frame|span)|that\s+(?:time|week)"
    # "during the period", not "during the period from May to June"
    r"|the\s+period(?!\s+(?:from|between|since|to|when|before|after|under|in)\b)"
    # not "in the month since the offensive began": a span up to now
    r"|(?:the|that|this|one|a\s+single|a)\s+month"
    # "Last week was the hardest … During it, the enemy captured …"
    r"|it(?=\s*,))\b(?!\s+(?:of|since)\b)",
    rules.anaphora,
    True,
)

# "in the week to Tuesday", "over the seven days to Sunday", "during the 10
# days ending Monday": a span of a length ending on a weekday.
WEEK_TO_WEEKDAY: Entry = (
    r"\b(?:in|over|during|for)\s+the\s+(?:(?:past|last|previous)\s+)?"
    r"(?:(?P<n>\d+|[a-z]+)\s+(?P<unit>days|weeks)|week)\s+"
    r"(?:to|ending|ended|through|up\s+to)\s+"
    rf"(?:last\s+)?(?P<weekday>{WEEKDAY_NAMES})\b",
    spans.week_to_weekday,
    True,
)

# "over the past half year", "in the last half-year": six months back.
PAST_HALF_YEAR: Entry = (
    r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+"
    r"half(?:[\s-]|\s+a\s+)year\b",
    rules.past_half_year,
    True,
)

# "in the ten days since the assault began": the days ending now, their count
# told, whatever the event they count from
N_SINCE: Entry = (
    rf"\b(?:in|over|during)\s+the\s+{NUMBER_OF}\s+(?P<unit>days|weeks|months)\s+since\b"
    r"(?=\s+(?:the|its|their|it|they)\b)",
    rules.past,
    True,
)

PAST_N: Entry = (
    r"\b(?:(?:in|over|during|within)\s+the|this)\s+(?:past|last|previous|preceding|"
    r"most\s+recent)\s+"
    # "during the past reporting week": the week a report covers
    r"(?:reporting\s+)?"
    rf"{NUMBER_OF}?\s*"
    rf"{PAST_UNITS}",
    rules.past,
    True,
)

# "de-occupy 3 sq. km over past week", "in past 24 hours": a headline's span
# without its article; "last" only with a count ("in last 24 hours"), since
# "last week" alone is the calendar week, and a plural unit only with a count
# ("in past years of fighting" is no span).
HEADLINE_PAST: Entry = (
    r"\b(?:in|over|during|within)\s+(?:past|last(?=\s+(?:\d+|[a-z]+)\s+\w+s\b))\s+"
    r"(?:(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?=\w+s\b)"
    r"|(?=(?:hour|day|week|fortnight|month|year)\b))"
    r"(?P<unit>hours?|days?|weeks?|fortnight|months?|years?)\b",
    rules.past,
    True,
)

# "during the week", "over the week", "in the week" of a weekly report: the
# past week.
DURING_THE_WEEK: Entry = (
    # "in the reporting week": the week a report covers
    r"\b(?:during|over|in|throughout|(?:over|in)\s+the\s+course\s+of)\s+the\s+"
    r"(?:reporting\s+)?"
    r"(?P<n>(?!))?(?P<unit>week)\b" + NOT_ANCHORED,
    rules.past,
    True,
)

# "During the day, our troops … took control of 5 km2", "over the course of
# the day": a daily statement's day (LABELS: "during the day" dates its
# sentence), not "the day of the vote" or "the day before".
DURING_THE_DAY: Entry = (
    # (and a daily report's "Within a day, …" opening a sentence)
    r"\b(?:(?:during|throughout|over|(?:in|over)\s+the\s+course\s+of)\s+the"
    r"|(?<![\w,]\s)within\s+(?:a|one))\s+(?P<n>(?!))?"
    # ("over the day in the Zaporizhzhia direction": a place may follow)
    r"(?P<unit>day)\b(?!\s+(?:of|to|before|after|ending|ended|that|when|earlier|from|"
    r"between|since|through|until|prior|following|which|[\w-]+ing)\b)",
    rules.past,
    True,
)

# "The AFU for a week freed 3 km2", "for the day, … liberated": a report's
# period written as its length ("for a week" translated), the past week or day.
FOR_THE_WEEK: Entry = (
    r"\bfor\s+(?:a|the)\s+(?P<n>(?!))?(?P<unit>week|day)\b"
    r"(?!\s+(?:of|to|before|after|ending|ended|that|when|in|earlier|from|between|"
    r"starting|beginning|since|through|until|prior|following|or|and)\b)",
    rules.past,
    True,
)

N_PAST_YEARS: Entry = (
    # "in the two previous years": the number first
    rf"\b(?:(?:in|over|during)\s+)?the\s+{NUMBER_OF}\s+(?:past|last|previous)\s+"
    r"(?P<unit>years)\b",
    rules.past,
    True,
)

THE_PAST_N: Entry = (
    rf"\bthe\s+(?:past|last|previous|most\s+recent)\s+{NUMBER_OF}?\s*{PAST_UNITS}",
    rules.past,
    True,
)

THIS_MONTH: Entry = (
    r"\b(?:(?:this|the\s+current)\s+month|month[\s-]+to[\s-]+date|"
    r"(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+"
    r"(?:the|this)\s+month|since\s+the\s+month\s+(?:began|started))\b",
    rules.this_month,
    True,
)

SINCE_LAST: Entry = (
    r"\bsince\s+last\s+(?P<unit>week|month|year)\b(?!['\u2019]s)",
    spans.since_last,
    True,
)

LAST_MONTH: Entry = (
    # "last calendar month", "the past calendar month": the month before P's
    r"\b(?:last|the\s+(?:past|previous|last))\s+calendar\s+month\b|\blast\s+month\b",
    rules.last_calendar_month,
    True,
)

THIS_WEEK: Entry = (
    # "for the current week" in a translated report: this week
    r"\b(?:this|the\s+current|"
    r"(?:since|from)\s+the\s+(?:beginning|start)\s+of\s+(?:the|this))\s+week\b"
    r"|\bsince\s+the\s+week\s+(?:began|started)\b",
    spans.this_week,
    True,
)

# "the week before last": before "last week" and "the week before"
WEEK_BEFORE_LAST: Entry = (
    r"\b(?:(?:in|during|over)\s+)?the\s+week\s+before\s+last\b",
    spans.week_before_last,
    True,
)
LAST_WEEK: Entry = (r"\blast\s+week\b", spans.last_week, True)

# "Since the beginning of the day, …" in a daily report: the day itself.
SINCE_DAY_START: Entry = (
    r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+day\b",
    rules.today,
    True,
)

AS_OF_TODAY: Entry = (
    r"\bas\s+of\s+(?:today|now|yesterday|this\s+morning)\b",
    rules.as_of_now,
    False,
)

# "as of 22:00", a daily report's hour with no day (after "as of 22:00 on
# November 19", which names one): the day itself.
AS_OF_HOUR: Entry = (
    r"\bas\s+of\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?",
    rules.as_of_now,
    False,
)

SO_FAR: Entry = (
    # "Up until now, Ukraine has liberated 51 km2" ends on the day (LABELS), as
    # "so far" does: the words run a total up to it, unlike a bare "now".
    r"\b(?:up\s+)?(?:un)?till?\s+now\b|\bup\s+to\s+now\b|\bto\s+this\s+day\b"
    r"|\b(?:now|currently|at\s+present|to\s+date|so\s+far|thus\s+far)\b"
    # "brought the total area of de-occupied territories to 40,000 km2": a
    # running total, as it stands on the day.
    r"|\b(?:bring|brings|bringing|brought|take|takes|taking|took)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:total|overall|cumulative)\b|\btotall?ing\b|\b(?:has|have)\s+now\s+reached\b"
    # "have already taken", "already about 400 km2": a total so far, not
    # "the zones already controlled before the war".
    r"|\b(?<=(?:has|had|ave|ere|was)\s)already\b"
    # "already near Bakhmut, we have 51 km2 … purged": across a comma too
    r"|\balready(?!\s+(?:controlled|held|occupied|under)\b)"
    r"(?=,?\s+(?:[\w-]+,?\s+){0,5}?(?:about|around|approximately|over|more|"
    r"some|nearly|almost|roughly|\d))",
    rules.as_of_now,
    False,
)

TWO_WEEKDAYS: Entry = (
    rf"\b(?:on|between|from)\s+(?P<weekday>{WEEKDAY_NAMES})\s+(?:and|to|until)"
    rf"\s+(?P<weekday2>{WEEKDAY_NAMES})\b",
    spans.two_weekdays,
    True,
)

ON_WEEKDAY: Entry = (rf"\bon\s+(?P<weekday>{WEEKDAY_NAMES})\b", rules.weekday, True)

BY_WEEKDAY: Entry = (
    rf"\b(?:as\s+of|by)\s+(?:last\s+)?(?P<weekday>{WEEKDAY_NAMES})\b",
    rules.weekday,
    False,
)

# "In a Tuesday evening address", "late Thursday", "this Sunday": a day that
# usually dates a statement (the caller tells which).
WEEKDAY: Entry = (
    rf"\b(?:in\s+an?\s+|late\s+|early\s+|this\s+(?:past\s+)?|last\s+)?"
    rf"(?P<weekday>{WEEKDAY_NAMES})\b(?!\s*,?\s*(?:{MONTH_NAME}|\d))",
    rules.weekday,
    True,
)

YESTERDAY: Entry = (r"\byesterday\b", rules.yesterday, True)

TODAY: Entry = (r"\btoday\b", rules.today, True)

# "within the first few weeks", "in the first days", with no event named after
# them: the first part of something told before ("started its incursion last
# August, and within the first few weeks, … took 1,300 km2"). A length that
# names no days, and so keeps the launch's month from the figure.
FIRST_SPAN: Entry = (
    r"\b(?:in|within|during|over)\s+(?:just\s+|only\s+)?the\s+(?:first|opening|initial)"
    r"\s+(?:(?:few|several|couple\s+of|two|three)\s+)?(?:days?|weeks?|months?)\b"
    r"(?!\s+(?:of|after|since|following|into|to|through|until|ending)\b)",
    spans.hedged_span,
    True,
)

# "advanced on the day", "Earlier in the day, Sirski claimed …": the day of the
# statement the passage reports (a statement's day, else the published day),
# not "on the day the offensive began" nor "the day of the vote".
SAME_DAY: Entry = (
    r"\b(?:(?:earlier|later)\s+(?:in|on)\s+the\s+day\b"
    r"(?!\s+(?:of|before|after|when|that|the|it|they)\b)"
    r"|on\s+the\s+day\b(?=\s*[,.;:\"\u201c\u201d)]|\s+(?:by|and|alone|between|up)\b))",
    rules.today,
    True,
)
