"""A figure's days: which period phrases are its own.

`reading` finds a figure's clause; this module chooses among the date phrases
(`dates`) the ones that clause owns, or borrows them where the words point back
(the figure before, the sentence before, "a year earlier", and through
`period_anaphora` a period an anaphor takes up sentences later); `period_days`
turns them into a start and an end, leaving either empty with a problem when
the text does not say it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract import cues
from frontline.extract.date_links import (
    data_cut_off,
    launch_start,
    said_ago,
    stated_end,
)
from frontline.extract.date_shift import previous_weeks_told, shifted_back
from frontline.extract.date_spans import SINCE_THEN
from frontline.extract.date_words import LAUNCHED, LAUNCHING
from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.figure import Context, Reading, Sentence
from frontline.extract.period_anaphora import (
    as_anaphor,
    launch_within,
    named_before,
    says_same,
)
from frontline.extract.period_clauses import (
    clause_phrases,
    compared_period,
    dated_apposition,
    opens_sentence,
    own_length,
    own_participle,
    retaken,
    shared_period,
    subordinate,
    whole_period,
)
from frontline.extract.period_days import BORROWED, NOW
from frontline.extract.period_events import WENT_ON
from frontline.extract.period_launch import launched_in_aside
from frontline.extract.period_lists import heading_period, parallel_item
from frontline.extract.period_month_ended import month_just_ended
from frontline.extract.period_paragraphs import points_across
from frontline.extract.period_results import held_at_end, state_day_before
from frontline.extract.period_speaker import counted_from_speaker, speaker_day
from frontline.extract.period_totals import REACHED_TOTAL, present_total
from frontline.extract.results import NO_PERIOD
from frontline.extract.speech import event_time

# Words of a clause that point back to the sentence before.
_ANAPHORA = re.compile(
    r"\b(?:they|it|its|their\s+(?:gains?|advances?|losses)|this|these|those|there|here|"
    r"the\s+same|that\s+month|aforementioned|above-mentioned|"
    r"of\s+them|of\s+which|of\s+that|including|this\s+includes|most\s+of|in\s+total|"
    # "In Avdiivka alone, 72 km2 came under control": a part of the total before
    r"(?<=\w\s)alone|"
    # "ISW estimated the figure at 3,434 km2": the figure of the sentence before
    # "… assessed the real figure to be closer to 3,434 km2"
    r"the\s+(?:same\s+|real\s+|actual\s+|true\s+)?(?:figure|gain|gains)\s+"
    r"(?:at|as|to\s+be)|put\s+(?:it|that)\s+at)\b",
    re.IGNORECASE,
)

# "… pushed forward over the past week. The latest fighting has returned 12
# km2": a sentence whose subject names the action told before is about its
# result, over its period.
_ACTION_SUBJECT = re.compile(
    r"\W*(?:the|this|that|these)\s+(?:(?:latest|recent|renewed|new|fresh|ongoing)\s+)?"
    r"(?:[\w-]+\s+)?(?:fighting|push|assault|attack|advance|offensive|"
    r"counter-?offensive|counter-?attacks?|operation|battles?|conflict|clashes|thrust)\b",
    re.IGNORECASE,
)

# "Despite this, 5,000 km2 still remain under Kyiv's control": 'this' is the
# fact before, not its period.
_CONCEDED = re.compile(
    r"\b(?:despite|in\s+spite\s+of|because\s+of|due\s+to|regardless\s+of)\s+$",
    re.IGNORECASE,
)

# "In April, the region was liberated. Moreover, Russian forces took 200 km2":
# a further fact added, not the story of the period before going on.
_ANOTHER_FACT = re.compile(
    r"\W*(?:moreover|furthermore|in\s+addition|additionally|besides|separately|"
    r"elsewhere)\b",
    re.IGNORECASE,
)

_TOTAL_WORD = re.compile(r"\b(?:in\s+total|altogether|in\s+all)\b", re.IGNORECASE)
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:been\s+|now\s+|already\s+)?[\w-]+(?:ed|en)\b", re.I
)
# A figure told in the simple past right after a dated sentence ("Russia in
# November made its largest gains. Kremlin forces advanced over 725 km2 …")
# continues that story; a perfect ("has been liberated") is a running total.
_NARRATIVE = re.compile(
    r"^(?!.*\b(?:has|have|had|will|would)\b).*\b(?:advanced|captured|seized|took|"
    r"gained|occupied|liberated|recaptured|retook|regained|lost|taken|conquered)\b",
    re.IGNORECASE,
)

# "500 square miles have changed hands this year. Russia has gained 331 …":
# each side's part of the land that changed hands is of its period, a perfect too.
_CHANGED_HANDS = re.compile(r"\bchang(?:ed|es)\s+hands\b", re.IGNORECASE)


# "over the past day", "in the last 24 hours", a daily statement's "during the
# day": a span one day long, not a statement's day ("on Monday").
_ONE_DAY_SPAN = re.compile(
    r"\b(?:past|last)\s+(?:\d+|twenty-four)\s+hours\b|\b(?:past|last)\s+day\b"
    r"|\b(?:during|over|throughout|course\s+of)\s+the\s+day\b"
    r"|\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+day\b",
    re.I,
)


def complete_period(periods: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The one span a sentence without figures names ("Russia in November made
    its largest gains …"), for a figure in the next sentence; none if several."""
    complete = [
        p
        for p in periods
        if p.start
        and p.end
        and (p.start != p.end or _ONE_DAY_SPAN.search(p.text))
        and not p.comparison
    ]
    return complete if len(complete) == 1 else []


def _near_or_same(context: Context, anaphor: PeriodPhrase) -> bool:
    """True when the period before is the anaphor's: the sentence just
    before's, one no figure owns, or any when the anaphor says "same"."""
    return bool(context_periods(context)) and (
        context.periods_back < 1 or says_same(anaphor)
    )


def context_periods(context: Context) -> list[PeriodPhrase]:
    """The previous sentence's period, reading a figure-less one only now."""
    while context.pending:  # the nearest figure-less sentence that names one
        folded, anchor, events = context.pending.pop()
        found = complete_period(
            [
                p
                for p in previous_weeks_told(
                    find_periods(folded, anchor, events), anchor
                )
                if not event_time(folded, p)  # "launched its offensive in June"
                # "October saw Russia's biggest advance this year": the year
                # only ranks the month's advance
                and not (
                    _RANKED_YEAR.fullmatch(p.text)
                    and _RANKED_IN.search(folded, max(0, p.start_at - 50), p.start_at)
                )
            ]
        )
        if found:
            context.periods, context.periods_back = found, -1
            context.period_words = found[0].text
            context.announced = bool(
                _ANNOUNCES.search(
                    folded, max(0, found[0].start_at - 80), found[0].start_at
                )
                or _ANNOUNCES_AFTER.match(folded, found[0].end_at)
            )
            context.pending.clear()
    return context.periods


_RANKED_YEAR = re.compile(r"(?:so\s+far\s+)?this\s+year", re.IGNORECASE)
_RANKED_IN = re.compile(
    r"\b(?:biggest|largest|fastest|slowest|smallest|highest|lowest|greatest)\b"
    r"[^.;:,]{0,40}$",
    re.IGNORECASE,
)


# A figure-less sentence that announces what changed in a period: "… inflating
# data about the capture of Ukrainian territories in 2024."
_ANNOUNCES = re.compile(
    r"\b(?:(?:re)?captur\w*|seiz\w*|gains|advanc\w*|liberat\w*|occupation\s+of|"
    r"regain\w*|retak\w*|retook)\b[^.;:,]{0,70}$"
    # "DeepState has published its October figures.": a tally announced
    r"|\b(?:published|released|issued|posted|updated|unveiled|presented)\s+"
    r"(?:its|their|the|new|latest)\s+(?:new\s+|latest\s+)?$",
    re.IGNORECASE,
)
# "… its October figures", "October saw Russia's biggest advance": the period
# named with the tally or the gains it is the period of.
_ANNOUNCES_AFTER = re.compile(
    # "put the previous week's fighting into context", "last week's battles":
    # the period named as the fighting's, which the figures after recount
    r"\s*(?:(?:['\u2019]s\s+)?(?:figures|data|tally|numbers|results|statistics"
    r"|fighting|battles|combat|clashes|gains|advances)\b"
    r"|(?:saw|brought|marked)\s+[^.;:]{0,50}?\b(?:advance|advances|gains|"
    r"captures?|offensive)\b)",
    re.IGNORECASE,
)


def _total_so_far(phrase: PeriodPhrase) -> bool:
    """ "already", "so far": a total's end with no start, told of its verb."""
    return (
        not phrase.sets_start
        and phrase.end is not None
        and bool(_SO_FAR_WORD.fullmatch(phrase.text))
    )


_SO_FAR_WORD = re.compile(r"already|so\s+far|thus\s+far|to\s+date", re.I)


# "after the launch in June" runs to today only for a total up to now: a
# perfect, a total word, or a level raised to N.
_AFTER_EVENT = re.compile(r"after\b", re.I)
_AFTER_LAUNCH = re.compile(
    rf"after\s+(?:\S+\s+){{0,3}}?(?:{LAUNCHED}|{LAUNCHING})\b", re.IGNORECASE
)
_UP_TO_NOW = re.compile(
    _PERFECT.pattern + r"|\b(?:so\s+far|already|in\s+total|to\s+date|totall?ing)\b"
    r"|\b(?:increased|raised|brought|expanded|took)\b[^.;]{0,120}\bto\s+"
    r"(?:(?:about|over|some|nearly|almost|more\s+than)\s+)?\d",
    re.IGNORECASE,
)
_HELD_NOW = re.compile(
    r"\b(?:controls|holds|occupies|(?:is|are|remains?)\s+(?:still\s+)?under)\b", re.I
)
# A figure that is part of the sentence before's, and another item listed.
_PART_OF = re.compile(r"\W*(?:this|that|these|those|which|it)\s+includ\w*\b", re.I)
_AND_ITEM = re.compile(r"\s(?:and|as\s+well\s+as)\s+(?!\d)[a-z]", re.I)
# A running total beside a figure of a period: "… and 37 km2 in total".
# "…, and together - more than 204 km2" too (not "together with 10.9 km2").
_RUNNING_TOTAL = re.compile(
    r"\bin\s+total\b|\bthe\s+total\s+(?:is|was|stands|has|had|now|reached)\b"
    r"|(?:[,;]\s*|\band\s+)together\b(?!\s+with\b)",
    re.I,
)
# A figure in brackets right after a date phrase: "both August (477 sq km)".
_BRACKET = re.compile(
    r"\s*\(\s*(?:(?:about|around|some|nearly|almost|roughly|approximately|over|"
    r"more\s+than|at\s+least|just|only)\s+)?",
    re.IGNORECASE,
)


def _usable(phrase: PeriodPhrase) -> bool:
    return not phrase.comparison


# A state told, not a gain: "have liberated 4,500 km2" after "as of December
# 31" is a running total, not the state on that day.
_STATE_WORDS = re.compile(
    r"\b(?:holds?|held|holding|controls?|controlled|controlling|(?<!-)occup(?:y|ies|ied|ying))\b",
    re.IGNORECASE,
)


def read_periods(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
) -> None:
    """The figure's period phrases (`_read_periods`), and the day a total that
    "reached" N stands on when none of them gives a day."""
    # the figure-less sentence just before (reading pops what it looks back at)
    pending = context.pending[-1] if context.pending else None
    earlier = list(context.pending)
    _read_periods(reading, sentence, number, span, context, previous)
    reading.periods = month_just_ended(  # "in September … during the last month"
        reading.periods, [sentence.folded, *(text for text, _, _ in earlier)]
    )
    if context.said_on is None:
        # "Syrskyi on Tuesday visited … Syrskyi said … over the past week"
        reading.periods = counted_from_speaker(
            reading.periods, sentence.folded, span, earlier
        )
    reading.periods += data_cut_off(reading.periods, sentence, span)
    low = sentence.clauses[number][0]
    reading.periods = held_at_end(reading.periods, sentence.folded, low, span[0])
    if (
        not reading.periods
        and not reading.problems
        and number == 0
        and _STATE_WORDS.search(sentence.folded, low, span[0])
    ):
        reading.periods = state_day_before(pending)
    if not reading.periods and not reading.problems and context.said_on is None:
        # "Zelensky on Tuesday rejected … Zelensky said Ukraine still controls"
        reading.periods = speaker_day(sentence.folded, span, earlier)
    if any((p.start or p.end) and not NOW.fullmatch(p.text) for p in reading.periods):
        return  # ("now amounts to N": 'now' alone dates no change)
    reached = REACHED_TOTAL.search(sentence.folded, max(low, span[0] - 200), span[0])
    day = context.said_on or context.published
    if reached and day is not None:
        verb = "verb" if reached["verb"] else "plural"
        words, at = reached[verb], reached.start(verb)
        reading.periods = [
            *reading.periods,
            PeriodPhrase(at, at + len(words), words, None, day, (), False, so_far=True),
        ]


def _read_periods(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
) -> None:
    """The figure's period phrases: its clause's, else the sentence's outside other
    clauses, else the previous figure's, else the previous sentence's."""
    low, high = sentence.clauses[number]
    bracketed = [
        p
        for p in sentence.periods
        if p.end_at <= span[0]
        and _BRACKET.fullmatch(sentence.folded, p.end_at, span[0])
    ]
    close = sentence.folded.find(")", span[1])
    if bracketed and not any(span[1] <= p.start_at < close for p in sentence.periods):
        # "more land than during the month of October (610 km2)": the period
        # the bracket follows is the figure's, even one compared with (unless
        # the bracket dates it itself: "(2,300 km2 between May and June)").
        reading.periods = [replace(bracketed[-1], comparison=False)]
        return
    phrases = [p for p in sentence.periods if _usable(p)]
    said = next((p for p in phrases if said_ago(sentence.folded, p, span)), None)
    if said is not None:
        # "A week ago, the ministry said that …": the day of the statement, from
        # which "the previous two weeks" count back; no period of the figure.
        phrases = [p for p in phrases if p is not said]
        context.said_on = context.said_on or said.end
    if not _UP_TO_NOW.search(sentence.folded, low, high):
        # "recaptured 100 km2 after launching its offensive in June": a
        # finished gain, not a total that runs to today (LABELS).
        phrases = [
            p
            for p in phrases
            if not _AFTER_EVENT.match(p.text)
            or (p.start is not None and not _AFTER_LAUNCH.match(p.text))
        ]
    phrases, own = clause_phrases(sentence, span, low, high, phrases)
    part = _PART_OF.match(sentence.folded, low)
    if part and own and context_periods(context):
        # "This includes a 200 km2 area in Sumy and fresh movements into
        # Dnipropetrovsk in June": the part shares the whole's period; a phrase
        # past another item of the list is that item's.
        own = [
            p for p in own if not _AND_ITEM.search(sentence.folded, span[1], p.start_at)
        ]
        if not own:
            reading.periods = list(context.periods)
            reading.why.append(
                f"period '{context.period_words}' of the whole it is part of"
            )
            return
    own = dated_apposition(sentence.folded, own)
    told = [
        p
        for p in own
        if ((p.start and p.end) or (p.problems and not p.anaphora))
        and own_participle(sentence, span, p)
    ]
    if len(own) > 1 and len(told) == 1:
        # "… the 60,000 km2 seized in 2022": the figure's own words, even when
        # they name no days ("seized in early 2022" is undated, not this year's)
        own = told
    if any(p.anaphora for p in own):
        # "in the month", "during the same period": the period named before.
        named = [p for p in own if not p.anaphora]
        anaphor = next(p for p in own if p.anaphora)
        pending = list(context.pending)  # `context_periods` uses them up
        if previous is not None and previous.periods:
            reading.periods = as_anaphor(
                anaphor, list(previous.periods), context.published, named
            )
            reading.why.append("period as the previous figure ('the same period')")
        elif _near_or_same(context, anaphor):
            reading.periods = as_anaphor(
                anaphor, list(context.periods), context.published, named
            )
            reading.why.append(
                f"period '{context.period_words}' of the previous sentence"
            )
        elif before := named_before(
            [
                *pending,
                # "After seizing Avdiivka in February 2024, … that year"
                (sentence.folded[: anaphor.start_at], context.published, {}),
            ],
            anaphor,
        ):
            # "… launched a push in August 2024. … That month, …"
            reading.periods = as_anaphor(anaphor, before, context.published, named)
            reading.why.append(f"period '{before[0].text}' named before")
        elif context.paragraph_before and not context.last_sentence:
            # "… had captured 4,500 km2 in 2024." / "However, ISW has confirmed
            # … 3,306 km2 during this period": the paragraph before's period
            reading.periods = as_anaphor(
                anaphor, list(context.paragraph_before), context.published, named
            )
            reading.why.append("period of the paragraph before ('this period')")
        else:
            reading.periods = named
            reading.problems.append(
                f"'{own[0].text}' refers to a period the text does not name"
            )
        return
    shifted = [p for p in own if p.shift]
    if shifted:
        # "150 km2 the month before", "500 km2 a year earlier": the previous
        # figure's period moved back; with no figure before, "the previous
        # week" is the week before the published day and "a week earlier" unknown.
        reading.periods = shifted_back(shifted[0], previous, own, context)
        return
    own = launch_within(own, sentence.folded[low:high], context.pending)
    own = launched_in_aside(own, sentence.folded, span, high, context.published)
    if own:
        reading.periods = (
            own
            + stated_end(own, sentence, context)
            + launch_start(own, sentence.folded[low:high], context)
        )
        if previous is not None and not any(p.start or p.end for p in own):
            # "have already liberated 260 km2 in the south and 51 km2 … during
            # the offensive": the total word of the verb they share dates both.
            reading.periods += [p for p in previous.periods if _total_so_far(p)]
        return
    _periods_from_elsewhere(reading, sentence, number, span, context, previous, phrases)


def _periods_from_elsewhere(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
    phrases: list[PeriodPhrase],
) -> None:
    """A figure whose clause names no period: the sentence's outside every
    clause, the previous figure's, the one it is listed with, or the previous
    sentence's when the words point back to it."""
    low, high = sentence.clauses[number]
    taken = [
        p
        for p in phrases
        if not any(lo <= p.start_at < hi for lo, hi in sentence.clauses)
    ]
    if taken:
        reading.periods = taken
        return
    heading = heading_period(context, sentence.folded, sentence.folded[low:high])
    if heading:
        # "Over the past week, in the Donetsk direction:\n- 9 km2 came under
        # our control": the list's heading dates its items.
        reading.periods = heading
        reading.why.append(f"period '{heading[0].text}' of the list's heading")
        return
    beside_part = previous is not None or (
        context.periods_back == 0 and not context.pending
    )
    if present_total(sentence.folded, low, high, beside_part=beside_part):
        # "The liberated area is 37 km2 in total", "There are 204.7 km2 of
        # liberated area overall, particularly 12.6 … this week": a total told
        # as a present fact has no period, not its part's nor the sentence
        # before's (LABELS).
        return
    whole = [] if previous is not None else whole_period(sentence, number, phrases)
    if whole:  # "… changed hands this year - Russia gained 331 of them"
        reading.periods = whole
        reading.why.append("period of the land it is a part of")
        return
    if (
        previous is not None
        and previous.periods
        # "seized 1,300 km2 in August, but Russia has recaptured 900": later
        # (not "Since January, Russia has taken 857 and Ukraine has won back
        # 370": a period opening the sentence is every clause's)
        and (
            not retaken(sentence, number, span)
            or opens_sentence(sentence.folded, previous.periods)
        )
        # "In addition to the 40 km2 taken last week, … have seized 25 km2"
        and not (
            number > 0
            and cues.FRONTED.match(sentence.folded, 0, sentence.spans[number - 1][0])
        )
        # "After losing 5 km2 in August, they regained 26": the days of an
        # adverbial clause that has its own figure are that clause's
        and not subordinate(sentence, number - 1)
    ):
        if _RUNNING_TOTAL.search(sentence.folded, low, high):
            # "2 km2 over the past week, and 37 km2 in total", "… and the total
            # is 204 km2": the total to date has no period the text names.
            reading.problems.append(NO_PERIOD)
            return
        compared = compared_period(sentence, number, phrases)
        reading.periods = compared or list(previous.periods)
        reading.why.append(BORROWED)
        return
    following = shared_period(sentence, number, phrases)
    if following:
        reading.periods = following
        reading.why.append("period shared with the figure it is listed with")
        return
    clause = sentence.folded[low:high]
    back = next(
        (
            m
            for m in _ANAPHORA.finditer(clause)
            if not _CONCEDED.search(clause, 0, m.start())
        ),
        None,
    )
    if _TOTAL_WORD.search(clause) and _PERFECT.search(clause):
        # "In total, 47 km2 have been liberated", "Ukraine says it has liberated
        # 400 km2 in total": a running total, whatever the pronoun points back to
        return
    # not the period before going on ("Its troops went on to seize …": later)
    further = _ANOTHER_FACT.match(sentence.folded) or WENT_ON.search(clause)
    if own_length(sentence.folded, low):
        return  # "130 km2 in three weeks of counter-offensive": its own span
    told_on = not parallel_item(sentence.folded, context.last_sentence) and (
        _NARRATIVE.search(clause)
        or _ACTION_SUBJECT.match(sentence.folded)
        or (
            "hands" in context.last_sentence
            and _CHANGED_HANDS.search(context.last_sentence)
        )
    )  # not "… in the direction of A. In the direction of B, we advanced …"
    if not further and (back or told_on) and context_periods(context):
        reading.periods = list(context.periods)
        reading.why.append(f"period '{context.period_words}' of the previous sentence")
    elif (
        not context_periods(context)
        and not further
        and points_across(
            context,
            sentence,
            span,
            bool(back or _ACTION_SUBJECT.match(sentence.folded)),
        )
    ):
        reading.periods = list(context.paragraph_before)
        reading.why.append(
            "period of the paragraph before, which the paragraph goes on with"
        )
    elif (
        context_periods(context)
        and context.announced
        # "… retook 20 villages in the past week. Russia controls 110,000 km2":
        # a state now is no gain announced for a period.
        and not _HELD_NOW.search(clause)
    ):
        # "… the capture of Ukrainian territories in 2024. According to …, the
        # Russian forces have captured about 4,500 km2": the figures announced.
        reading.periods = list(context.periods)
        reading.problems.append(
            f"period '{context.period_words}' of the sentence before, which "
            "announces the figure"
        )


_SINCE_THEN = re.compile(SINCE_THEN, re.I)


def since_then(periods: list[PeriodPhrase], context: Context) -> list[PeriodPhrase]:
    """ "launched its offensive on May 10 and has since taken 180 km2": the
    period runs from the day (or the start of the period) named before it in
    the sentence, else in the sentence before; to the day."""
    result: list[PeriodPhrase] = []
    for phrase in periods:
        if _SINCE_THEN.fullmatch(phrase.text):
            before = [p.start for p in result if p.start is not None]
            if not before and context.last_dates is not None:
                before = [context.last_dates[0]]
            if not before and context.pending:  # "… entered Sumy in March."
                folded, anchor, events = context.pending[-1]
                found = find_periods(folded, anchor, events)
                before = [p.start for p in found if p.start and not p.comparison]
            if before:
                phrase = replace(phrase, start=before[-1], problems=())
        result.append(phrase)
    return result
