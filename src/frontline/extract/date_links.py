"""Where a figure's days lean on another sentence's: the 'as of' day a
restating sentence runs to ("As of the end of April, Russia occupies 17.5%.
This represents a net gain of 86 km2 since the end of March"), and the day a
statement was made ("A week ago, the ministry said …"), from which its
"previous two weeks" count back. Kept apart from `timing`, which chooses.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract.date_words import EVENT_NOUNS
from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.figure import Context, Sentence
from frontline.extract.period_days import PRESENT

# "A week ago, Maliar said that …", "Two days ago the army reported …"
_AGO = re.compile(r"\bago$", re.IGNORECASE)
_SAID_AFTER = re.compile(
    r",?\s+(?:[\w'-]+\s+){0,4}?(?:said|says|reported|announced|claimed|stated|told)\b",
    re.IGNORECASE,
)


def said_ago(folded: str, phrase: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True for 'N days ago' opening a statement the figure is part of."""
    return (
        phrase.end is not None
        and phrase.end_at <= span[0]
        and bool(_AGO.search(phrase.text))
        and _SAID_AFTER.match(folded, phrase.end_at, span[0]) is not None
    )


# A sentence that restates the one before: "This represents a net gain of …".
_RESTATES = re.compile(
    r"^\W*(?:this|that|it)\s+(?:represents|represented|is|was|means|amounts|marks)\b",
    re.IGNORECASE,
)


def stated_end(
    own: list[PeriodPhrase], sentence: Sentence, context: Context
) -> list[PeriodPhrase]:
    """ "As of the end of February, Russia occupies 17.51%. This represents a
    net gain of 138 km2 since the end of January": a total 'since' a day, in a
    sentence restating one dated 'as of' a day, runs to that day (across a
    sentence between that names no period)."""
    if (
        not context.pending
        or not _RESTATES.match(sentence.folded)
        or not all(p.so_far and p.sets_start for p in own)
    ):
        return []
    for folded, anchor, events in reversed(context.pending):
        # The nearest sentence that names a period: one between that names
        # none ("This figure includes Crimea …") is passed over.
        found = find_periods(folded, anchor, events)
        if not found:
            continue
        ends = [
            p
            for p in found
            if not p.sets_start and p.end and not PRESENT.fullmatch(p.text)
        ]
        return ends if len(ends) == 1 else []
    return []


# "… launched an offensive operation in the Kursk sector on August 6", "The
# offensive in the north began on May 10": the day an operation began, named
# before a total of it.
LAUNCHED = re.compile(
    r"\b(?:launched|began|started|opened|mounted|initiated)\s+(?:an?|its|their|the|"
    rf"our)\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS})s?\b[^.;,]{{0,60}}$"
    # the noun the subject of the verb: no clause ("the offensive stalled,
    # talks began") and no other verb ("after the offensive stalled talks
    # began") between them
    rf"|\b(?:{EVENT_NOUNS})s?\b(?:\s+(?![\w-]+ed\b)[\w'\u2019-]+){{0,6}}?\s+"
    r"(?:began|started|was\s+launched|got\s+under\s*way)\s*$",
    re.IGNORECASE,
)
# A total up to now: a perfect ("have taken control of 1,294 km2"), or up to
# a day named ("By the end of August it had captured 1,650 km2").
_TOTAL_NOW = re.compile(
    r"\b(?:has|have|had)\s+(?:been\s+|now\s+|already\s+)?\w+(?:ed|en)\b", re.IGNORECASE
)


def launch_start(
    own: list[PeriodPhrase], clause: str, context: Context
) -> list[PeriodPhrase]:
    """ "The Defense Forces launched an offensive operation … on August 6. … As
    of today, we have taken control of 1,294 km2": a total up to now with no
    start of its own starts on the day the paragraph's operation began."""
    if (
        not own
        or not context.pending
        or any(p.sets_start for p in own)
        or not all(p.end for p in own)
        or not _TOTAL_NOW.search(clause)
    ):
        return []
    days = []
    for folded, anchor, events in context.pending:
        for phrase in find_periods(folded, anchor, events):
            before = folded[max(0, phrase.start_at - 100) : phrase.start_at]
            if (
                LAUNCHED.search(before)
                and phrase.start is not None
                and phrase.start == phrase.end
            ):
                days.append(phrase)
    if len(days) != 1:
        return []
    day = days[0]
    return [replace(day, end=own[0].end, so_far=True, problems=())]


# "according to an AFP analysis of ISW data as of December 30", "based on
# DeepState maps up to November 18": the day the data a figure is read from run
# to.
_DATA_BEFORE = re.compile(
    r"\b(?:according\s+to|based\s+on|data|maps?|analysis|figures|estimates?|"
    r"assessments?)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
_CUT_OFF = re.compile(r"(?:as\s+of|through|up\s+to|until)\b", re.IGNORECASE)


def data_cut_off(
    periods: list[PeriodPhrase], sentence: Sentence, span: tuple[int, int]
) -> list[PeriodPhrase]:
    """ "Around 3,985 km2 … in 2024, nearly 7 times the 584 km2 in 2023,
    according to an analysis of ISW data as of December 30": the day the data
    run to ends every figure of the sentence that runs to now, not only the one
    whose clause it stands in. Empty when the figure has an end of its own."""
    if not any(p.so_far and p.sets_start for p in periods) or any(
        not p.sets_start for p in periods
    ):
        return []
    folded = sentence.folded
    days = [
        p
        for p in sentence.periods
        if not p.sets_start
        and p.end is not None
        and p.start_at >= span[1]
        and _CUT_OFF.match(p.text)
        and _DATA_BEFORE.search(folded, max(0, p.start_at - 120), p.start_at)
    ]
    return days[-1:]
