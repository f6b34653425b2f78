"""A figure's start and end from the period phrases `timing` chose for it.

The nearest complete period wins; an 'as of' day ends a period that runs "so
far"; a holding is held on one day, or on none with a problem when the words
name a span; a change with no phrase is left undated with a problem.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from frontline.extract.dates import PeriodPhrase
from frontline.extract.figure import Reading
from frontline.extract.period_lengths import ended_on_day
from frontline.extract.period_speaker import SPOKEN_DAY
from frontline.extract.results import NO_PERIOD, NO_START

# The why of a figure whose period is the figure's before it.
BORROWED = "period as the previous figure"
# A level reached at the end of a period: the kind's words of a holding.
_LEVEL = re.compile(
    r"kind '[^']*(?:drop|reduced|decreased|declined|fell|fallen|falling|shr[au]nk|"
    r"down\s+to|stood|stands|peaked|(?:rose|grew|increased|expanded|climbed|jumped|reached)\s+to)",
    re.IGNORECASE,
)
NOW = re.compile(r"now", re.IGNORECASE)
# The words of a holding told in the present tense.
_PRESENT_STATE = re.compile(
    r"\bkind '(?:still\s+|now\s+)?(?:controls|holds|occupies|control|hold|occupy|"
    r"(?:is|are|remains?)\s+(?:still\s+)?under\b[^']*)'"
    # "… cede the final 5,000 km2 of Donetsk it still controls": held now
    r"|\bheld now by\b",
    re.IGNORECASE,
)
PRESENT = re.compile(r"now|currently|at\s+present|today", re.IGNORECASE)


def _nearest(phrases: list[PeriodPhrase], span: tuple[int, int]) -> PeriodPhrase:
    start, end = span
    return min(
        phrases,
        key=lambda p: start - p.end_at if p.end_at <= start else p.start_at - end,
    )


_UNDATED_BY = re.compile(r"(?:by|as\s+of|until|till|through)\s", re.IGNORECASE)


def apply_periods(
    reading: Reading, span: tuple[int, int], published: date | None, stated: str = ""
) -> None:
    """Start and end from the phrases read: the nearest complete period wins; an
    'as of' day ends a period that runs 'so far'; a holding is held on a day."""
    own = reading.periods
    for phrase in own:
        reading.problems.extend(phrase.problems)
    starts = [p for p in own if p.sets_start and (p.start or p.end)]
    undated = [p for p in own if p.sets_start and not (p.start or p.end)]
    # "in the past week troops advanced …, and overall during their
    # counteroffensive they have liberated 31 km2": a period of no days between
    # a dated one and the figure is the figure's; the dated one is another verb's.
    starts = [p for p in starts if not any(_between(u, p, span) for u in undated)]
    ends = [p for p in own if not p.sets_start and p.end]
    undated_ends = [p for p in own if not p.sets_start and p.end is None]
    if own:
        reading.why.append(
            "period "
            + " + ".join(
                f"'{p.text}'" + (f" ({p.basis})" if p.basis else "") for p in own
            )
        )
    if reading.kind == "holding":
        _apply_held_day(reading, span, published, stated, starts, ends)
        return
    starts = ended_on_day(starts, undated)  # "on Monday … in under two weeks"
    # "Russian forces have now recaptured 593 km2": 'now' dates a state, not
    # the end of a change, whose period the text leaves open.
    ends = [p for p in ends if not NOW.fullmatch(p.text)]
    if starts:
        chosen = _nearest(starts, span)
        reading.start, reading.end = chosen.start, chosen.end
        named = _named_start(chosen, starts)
        if named is not None:
            # "in the past five days since September 6": the day named is the start.
            reading.start = named
        if chosen.so_far and ends:
            reading.end = _nearest(ends, span).end
        elif chosen.so_far and any(_UNDATED_BY.match(p.text) for p in undated_ends):
            # "by early December, Russia had seized 2,700 km2 this year": it ran
            # to a day the text does not give, not to the published day
            reading.end = None
        elif chosen.so_far and stated:
            reading.end = None
            reading.problems.append(
                f"end unknown: runs to a statement made '{stated}', on a day not stated"
            )
        if reading.start is None:
            reading.problems.append(NO_START)
    elif ends:
        reading.end = _nearest(ends, span).end
        reading.problems.append(NO_START)
    elif not own:
        reading.problems.append(NO_PERIOD)


def _apply_held_day(
    reading: Reading,
    span: tuple[int, int],
    published: date | None,
    stated: str,
    starts: list[PeriodPhrase],
    ends: list[PeriodPhrase],
) -> None:
    """The one day a holding is held on: an 'as of' or single day, the end of a
    level reached, the published day; or none, with the problem that says why."""
    own = reading.periods
    if reading.past_state:
        # "we controlled 540 sq mi, and now that territory is smaller": a
        # past state is not held 'now'.
        ends = [p for p in ends if not PRESENT.fullmatch(p.text)]
    held = [
        p for p in own if p.held and not (reading.past_state and p.basis == SPOKEN_DAY)
    ]
    if held and not ends:
        # "At the end of August, Kyiv controlled …": held on its last day.
        ends = [replace(p, start=p.held, end=p.held) for p in held]
        vague = {f"{p.text!r} names no days" for p in held}
        reading.problems = [m for m in reading.problems if m not in vague]
    # "currently occupies 114,000 km2, as of 6 October": the day named is
    # the day 'currently' means.
    ends = [p for p in ends if not PRESENT.fullmatch(p.text)] or ends
    # Held on a day: an 'as of' day, a single day, or the end of 'since ...'.
    days = [p for p in starts if p.start == p.end or p.so_far] or [
        p
        for p in starts
        # a month held at its end, when a level reached says so ("dropped
        # to 118,917 km2 last month"), not "the 482 sq mi it claimed in August"
        if p.end and _LEVEL.search(" ".join(reading.why))
    ]
    # "From November 10 to 16, Russian troops pressed on …; Ukraine still
    # controls 9,000 km2": a present state, which a span dates no day of (the
    # span is the other verb's), is held on the day it is told.
    present = bool(
        starts
        and not days
        and not ends
        and not reading.past_state
        and _PRESENT_STATE.search(" ".join(reading.why))
    )
    if starts and not days and not ends and not present:
        reading.problems.append(
            f"day held unknown: '{starts[0].text}' names a span, not a day"
        )
        return
    day = _nearest(ends, span) if ends else (_nearest(days, span) if days else None)
    if reading.past_state and BORROWED in reading.why:
        day = None  # "holds 450 km2 now, down from a peak of 1,400": not now
    if day is not None:
        reading.start = reading.end = day.end
    elif stated:
        reading.problems.append(
            f"day held unknown: said '{stated}', on a day not stated"
        )
    elif reading.past_state:
        reading.problems.append(
            f"day held unknown: '{reading.past_state}' names no day"
        )
    elif own and not starts and not ends and not present and not _elapsed(own):
        # "from 1,171 km2 in late August": the words date it, but to no day.
        reading.problems.append(f"day held unknown: '{own[0].text}' names no day")
    elif published is not None:
        if _elapsed(own):
            # "still held roughly 500 sq km …, five months after the incursion
            # began": the time since an event, no day of its own
            vague = {f"{p.text!r} names no days" for p in own}
            reading.problems = [m for m in reading.problems if m not in vague]
        reading.start = reading.end = published
        reading.why.append("held on the published day")
    else:
        reading.problems.append("no published date: the day held is unknown")


def _named_start(chosen: PeriodPhrase, starts: list[PeriodPhrase]) -> date | None:
    """The day of a "since <day>" that directly follows a counted span."""
    if not re.match(
        r"(?:in|over|during|within)?\s*the\s+(?:past|last)\b", chosen.text, re.I
    ):
        return None
    for phrase in starts:
        gap = phrase.start_at - chosen.end_at
        # Three characters at most (" — ", ", "): no word between the phrases.
        if 0 <= gap <= 3 and phrase.text.lower().startswith("since") and phrase.start:
            return phrase.start
    return None


def _between(inner: PeriodPhrase, outer: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when `inner` stands between `outer` and the figure at `span`, and
    is not part of the same adverbial ("over the past week during the
    offensive": the week of the offensive)."""
    if outer.end_at <= inner.start_at <= outer.end_at + 2 or (
        inner.end_at <= outer.start_at <= inner.end_at + 2
    ):
        return False
    if outer.end_at <= inner.start_at and inner.end_at <= span[0]:
        return True
    return span[1] <= inner.start_at and inner.end_at <= outer.start_at


# "five months after the incursion", "a year into the war": the time since an
# event, told of a state on the day it is told.
_ELAPSED = re.compile(
    r"(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|into|since)\b",
    re.IGNORECASE,
)


def _elapsed(own: list[PeriodPhrase]) -> bool:
    """True when every phrase of the figure only tells the time since an event."""
    return bool(own) and all(
        p.start is None and p.end is None and _ELAPSED.match(p.text) for p in own
    )
