"""One figure's fields, read from the clause it stands in.

A sentence is cut into one clause per figure (`candidates`); a figure takes its
kind, actor and region from its own clause first, then from the sentence's
words outside every other figure's clause, then from the figure before it in
the sentence, then from the previous sentence (and its days likewise, in
`timing`), and never from a clause that has a figure of its own. A field the
words do not settle is left empty with a problem, so `--add` holds the
candidate back; a field taken from a neighbour says so in `why`.
"""

from __future__ import annotations

import re
from datetime import date

from frontline.extract import cues, kind_words, levels, measures
from frontline.extract.actor_reading import FIRST_PERSON, NO_SIDE, read_actor
from frontline.extract.clauses import FROM_PEAK
from frontline.extract.dates import PeriodPhrase
from frontline.extract.figure import NO_VERB, Context, Reading, Sentence
from frontline.extract.hypothetical import (
    not_a_record,
    remaining_holder,
    restates_land_not_held,
)
from frontline.extract.period_clauses import HAVING_HELD
from frontline.extract.period_days import apply_periods
from frontline.extract.period_results import read_left_state
from frontline.extract.period_speaker import backshifted
from frontline.extract.region import read_region
from frontline.extract.source import read_source
from frontline.extract.timing import read_periods
from frontline.extract.trap_words import TROOPS_CLEARED, troops_cleared


def read_figure(
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
    published: date | None,
) -> Reading:
    """The record fields of the figure at `span`, the `number`-th of the sentence."""
    low, high = sentence.clauses[number]
    folded = sentence.folded
    reading = Reading()
    clause = folded[low:high]
    if not_a_record(reading, folded, clause, span, low):
        return reading
    if number == 0 and restates_land_not_held(folded, span[0], context.last_sentence):
        reading.not_recorded = "not control"
        return reading
    read_periods(reading, sentence, number, span, context, previous)
    _read_kind(reading, folded, low, high, span, previous, context)
    if reading.not_recorded:
        return reading
    read_left_state(reading, folded, low, span[0])  # "…, leaving Ukraine with N"
    read_actor(reading, sentence, number, span, context, previous)
    if NO_VERB in reading.problems and (
        not reading.actor or cues.ATTACK.search(folded, low, high)
    ):
        # No verb and no side: a figure about something else ("30% of Ukraine's
        # territory (174,000 km2) has been exposed to combat"); no verb of
        # control but one of attack: "Russia shelled a 40 km2 area".
        reading.not_recorded = "no side or verb"
        return reading
    if reading.kind == "holding" and reading.held_by is None:
        reading.held_by = remaining_holder(folded, span[1])
    if reading.held_by is not None:
        reading.kind, (reading.actor, reading.actor_words) = "holding", reading.held_by
        reading.problems = [p for p in reading.problems if p != NO_SIDE]
        reading.why.append(f"held now by '{reading.held_by[1]}', in a supposed gain")
    read_region(reading, sentence, number, span, context, previous)
    _held_abroad(reading, folded[low:high])
    apply_periods(reading, span, published, sentence.stated)
    read_source(reading, sentence, low, high, context)
    return reading


def _held_abroad(reading: Reading, clause: str) -> None:
    """ "Today we control over 1,300 km2 in the Kursk region": land a speaker
    holds in a Russian region is Ukraine's; no one counts the land they hold
    in their own country."""
    if (
        not reading.actor
        and reading.kind == "holding"
        and reading.region in cues.RUSSIAN_REGIONS
        and FIRST_PERSON.search(clause)
    ):
        reading.actor, reading.actor_words = "ukraine", "we"
        reading.problems = [p for p in reading.problems if p != NO_SIDE]
        reading.why.append(f"actor 'ukraine' ('we' holding land in {reading.region})")


def _past_relative_dropped(
    found: list[tuple[int, str, str]], before: str, start: int
) -> list[tuple[int, str, str]]:
    """The verbs before a figure without the one of a relative clause on the
    land a share is of ("lost 40% of the land they seized …, or 500 km2"),
    when a verb stands before that clause."""
    if "of" not in before:
        return found
    relative = cues.last(kind_words.LAND_TAKEN_BEFORE.finditer(before))
    if relative is None:
        return found
    at = start - len(before)  # where `before` starts in the sentence
    low, high = at + relative.start("verb"), at + relative.end("verb")
    earlier = [f for f in found if start - f[0] <= at + relative.start()]
    if not earlier:
        return found
    return [f for f in found if not low <= start - f[0] <= high]


def _read_kind(
    reading: Reading,
    folded: str,
    low: int,
    high: int,
    span: tuple[int, int],
    previous: Reading | None,
    context: Context,
) -> None:
    """Holding or change, from the verb nearest the figure in its clause."""
    start, end = span
    before = folded[low:start]
    after = folded[end:high]
    relative = _RELATIVE.search(after)
    if relative:
        # "… 155 km2, are in Donetsk, parts of which have been controlled by
        # separatists since 2014": the relative clause's verb is its own.
        after = after[: relative.start()]
    found: list[tuple[int, str, str]] = []  # (distance, kind, words)
    for pattern, kind in (
        (cues.CONTROL_LOSS, "loss"),
        (cues.CONTROL_CHANGE, "change"),
        (cues.LOSS, "loss"),
        (cues.CHANGE, "change"),
        (cues.HOLDING, "holding"),
    ):
        for match in pattern.finditer(before):
            found.append((start - match.end(), kind, match.group(0)))
        if pattern is cues.CONTROL_CHANGE:
            # A gain of control told by a passive after the figure ("control
            # over 400 km2 … has been restored") is seen only past the figure.
            for passive in pattern.finditer(folded[low:high]):
                if passive.end() <= start - low and passive.group(0).startswith(
                    "control"
                ):
                    found.append((start - passive.end(), kind, passive.group(0)))
        match = pattern.search(after)
        if match and not _LIVES_LOST.match(after, match.end()):
            # a verb after the figure counts, at twice its distance (not
            # "…, losing thousands of men": what was lost is no land)
            found.append((2 * match.start() + 1, kind, match.group(0)))
    found = _past_relative_dropped(found, before, start)
    # "control" that belongs to a verb of change is not a holding.
    verbs = [f for f in found if f[1] != "holding"]
    found = [
        f
        for f in found
        if f[1] != "holding"
        or not any(
            "control" in f[2].lower() and "control" in v[2].lower() for v in verbs
        )
    ]
    starts = [
        p for p in reading.periods if p.sets_start and (p.start is not None or p.so_far)
    ]
    ends = [p for p in reading.periods if not p.sets_start]
    if level := cues.LEVEL_TO.search(folded, max(0, start - 120), start):
        # "grew by 3,000 km2 this year to 116,000 km2": the level reached is held.
        found.append((0, "holding", f"{level['verb']} to"))
    if cues.CLEARED_BEFORE.search(before) and cues.ENEMY_AFTER.match(folded, end):
        found.append((0, "change", "cleared … of the enemy"))
    if (cleared := TROOPS_CLEARED.search(before)) and troops_cleared(folded):
        # "The Ukrainian army cleared nearly 3,000 km2 in southern Ukraine"
        found.append((start - cleared.end(), "change", cleared.group(0)))
    fall = levels.FALL_BY.search(cues.window(folded, start, 40))
    if fall and levels.CONTROL_AREA.search(folded, 0, start):
        found.append((0, "loss", fall.group(0).strip()))  # the area one side holds
    rise = levels.RISE_BY.search(cues.window(folded, start, 120))
    if rise and levels.CONTROL_AREA.search(rise.group(0)):
        # "increased the territory under its control by 4,168 km2": a change
        found.append((0, "change", rise.group(0).strip()))
    if held := measures.held_area_is(cues.window(folded, start, 100)):
        found.append((0, "holding", held.group(0).strip()))  # "foothold … covers"
    level = levels.level_of_held_area(folded, start)
    if level:
        found.append((0, "holding", level))  # "has fallen from 1,300 km2 to 500"
    difference = cues.CHANGE_BEFORE.search(cues.window(folded, start, 30))
    if difference:
        found.append((0, "change", difference.group(0).strip()))
    if not found and previous is None and context.last_sentence:
        back = _POINTS_BACK.search(before)
        verb = _last_verb(context.last_sentence) if back else None
        if verb is not None:
            # "Ukraine still controls 22% of the Donetsk region. This is more
            # than 6,000 km2": the figure restates the sentence before.
            found.append((0, *verb))
            reading.points_back = context.last_sentence
    if not found and (held := _HELD_THEN.match(folded, end)):
        # "on top of the 43,000 km2 it held before 2022": a state of the past
        reading.kind, reading.past_state = "holding", held.group(0).strip()
        reading.why.append(f"kind 'holding' ('{reading.past_state}')")
        return
    if not found:
        if previous is not None:
            reading.kind = previous.kind
            reading.why.append(f"kind '{previous.kind}' as the previous figure")
            peak = _peak_before(folded, low, start) or cues.PEAK_AFTER.match(
                folded, end
            )
            if reading.kind == "holding" and peak:
                reading.past_state = peak.group(0)
        elif measures.SIZE.search(
            cues.window(folded, start)
        ) or measures.SIZE_AFTER.match(folded, span[1]):
            reading.not_recorded = "size"
        else:
            reading.why.append("kind 'change' (no verb)")
            reading.problems.append(NO_VERB)
        return
    # Nearest first; of two ending together, the longer words ("has now captured").
    # A level ("has fallen to 400 km2") is a holding unless a flow's (below).
    found.sort(
        key=lambda f: (
            f[0],
            -len(f[2]),
            not (f[1] == "holding" and cues.LEVEL.search(f[2])),
        )
    )
    _, kind, words = found[0]
    if kind == "holding" and cues.TOTAL_WORDS.fullmatch(words.strip()):
        # "a total of 180.8 km2 have been liberated": the verb says what it is.
        others = [f for f in found[1:] if f[1] != "holding"]
        if others:
            _, kind, words = others[0]
    if (
        kind == "holding"
        and (
            cues.LEVEL.search(words)
            # "their advance peaked at about 601 km2 in March" (not "advances
            # peaked on August 20, extending over 1,320 km2": the ground held)
            or (words.lower() == "peaked" and _PEAKED_AT.search(folded, low, start))
        )
        and (
            cues.FLOW.search(folded, low, start)
            # "Russia gained 1,900 km2; in December, the figure dropped to 476"
            or (
                previous is not None
                and previous.kind == "change"
                and cues.THE_FIGURE.search(folded, low, start)
            )
        )
    ):
        kind = "change"  # "Russia's monthly gains dropped to 300 km2 in December"
    if (
        kind == "holding"
        and "control" in words.lower()
        and cues.BRINGING.search(folded, low, start)
    ):
        kind = "change"  # "bringing over 200 km2 under their control"
    held = _HOLDING_AFTER_GAIN.search(folded, low, start) if kind == "holding" else None
    # since the last break before it: not "advanced in August but have since
    # been pushed back, now holding about 500 km2"
    since = (
        cues.last(cues.STRONG_SEPARATOR.finditer(folded, low, held.start()))
        if held
        else None
    )
    if held and cues.CHANGE.search(folded, since.end() if since else low, held.start()):
        # "troops secured a large fortified zone around the town, controlling
        # more than 76 km2": the ground the gain brought, a change
        kind = "change"
    # "over the past 24 hours" is a span that happens to be one day long.
    spans = [p for p in starts if p.start != p.end or p.so_far or _day_span(p, folded)]
    since = any(p.text.lower().startswith("since") for p in reading.periods)
    # "have controlled N since …": the ground gained since then (LABELS)
    perfect = since and cues.PERFECT_CONTROL.search(folded, low, start)
    if kind == "holding" and (perfect or (spans and not _is_state(words))):
        reading.kind = "change"
        reading.why.append(f"kind '{words}' with a period")
        return
    single = starts and all(
        p.start == p.end and not p.so_far and not _day_span(p, folded) for p in starts
    )
    if ((ends and not starts) or single) and cues.STATE_VERB.fullmatch(words):
        # "As of September 1, Russia occupied 66,266 km2", "on March 26, 2022,
        # Russia occupied around 133,137 sq km": a state on a day.
        kind = "holding" if kind == "change" else kind
    if (
        kind == "change"
        and not starts
        and not ends
        and cues.SHARE_OF_WHOLE.search(folded, low, high)
        and _STATE_OR_SEIZED.search(words)
    ):
        # "Russia has occupied 99% of the Luhansk region, an area of 26,000 km2":
        # a total that is a share of the whole is what is held (LABELS).
        kind = "holding"
    if kind == "holding" and cues.FURTHER_BEFORE.search(cues.window(folded, start, 40)):
        kind = "change"  # "occupied another 16.2 km2": an addition, not a state
    if (
        kind == "holding"
        and cues.TOTAL_WORDS.fullmatch(words)
        and previous is not None
        and previous.kind == "change"
    ):
        kind = "change"  # "2 km2 liberated there, and 37 km2 in total": all gained
    reading.kind = "holding" if kind == "holding" else "change"
    peak = _peak_before(folded, low, start) or cues.PEAK_AFTER.match(folded, end)
    past = _PAST_STATE.fullmatch(words) and _FINITE_PAST.search(folded, low, start)
    # "Ukraine had around 1,300 km2 under its control": a state of the past too.
    past = past or (
        words.lower().startswith("under") and _HAD.search(folded, low, start)
    )
    if past and backshifted(folded) and not _quoted(folded, start):
        # "ISW said Russia controlled 18%": the tense of reported speech, a
        # state at the time of saying, unless the words set it earlier.
        # "From 2014 to February 24, 2022, Russia controlled 43,000 km2,
        # according to ISW": a span named for the state sets it earlier too.
        past = cues.PAST_MARKER.search(folded, low, high) or any(
            p.start is not None
            and p.end is not None
            and p.start < p.end
            and not p.so_far
            for p in reading.periods
        )
    # "after occupying some 132,000 km2, Russia has lost a fifth": held before
    # "Having held some 1,376 km2 at the height of their push, Ukrainian troops
    # today control …": a perfect participle sets the state before the main verb
    past = past or (
        kind == "holding"
        and (
            _HELD_BEFORE.search(folded, low, start)
            or HAVING_HELD.search(folded, low, start)
        )
    )
    if peak or (kind == "holding" and past):
        # a change at a peak is read as a holding later, if it is one
        reading.past_state = peak.group(0) if peak else words
    if level.endswith("from"):
        reading.past_state = level  # the earlier level: held on no day given
    reading.lost = kind == "loss"
    reading.why.append(f"kind '{words}'")


# ", controlling more than": a participle of holding set after a clause
_HOLDING_AFTER_GAIN = re.compile(
    r",\s*(?:thereby\s+|now\s+)?(?:controlling|holding)\s+" + cues.NUMBER_WORDS + "$",
    re.IGNORECASE,
)


def _peak_before(folded: str, low: int, start: int) -> re.Match[str] | None:
    """The words of a peak before the figure: in its clause, or, when the
    clause opens at the figure ("shrunk to 200 km2 from a peak of roughly
    1,376", a second figure with no separator before it), the words that end
    right at the figure."""
    peak = cues.PEAK.search(folded, low, start) or FROM_PEAK.search(folded, low, start)
    if peak is None and not folded[low:start].strip():
        head = max(0, start - 60)
        peak = cues.PEAK.search(folded, head, start) or FROM_PEAK.search(
            folded, head, start
        )
        if peak is not None and peak.end() != start:
            peak = None
    return peak


_STATE_OR_SEIZED = re.compile(r"occup|control|held|seiz", re.IGNORECASE)
_RELATIVE = re.compile(
    r",\s*(?:(?:parts?|most|much|some|all|half)\s+of\s+)?(?:which|whom|whose)\b"
    # "…, after a year in which Kyiv's forces pushed them out": another event
    r"|,\s*(?:after|before)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?in\s+which\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?:past|last|previous)\s+(?:\d+|twenty-four)\s+hours\b|\b(?:past|last)\s+day\b"
    # "during the day", "over the course of the day": a daily report's span
    r"|\b(?:during|over|throughout|course\s+of)\s+the\s+day\b"
    r"|\bbeginning\s+of\s+the\s+day\b|\bstart\s+of\s+the\s+day\b",
    re.I,
)
# "by the end of the past day", "as of the end of the day": the day's end, on
# which a state is held, not a span a gain was made over.
_DAY_END = re.compile(
    r"\b(?:by|as\s+of|at)\s+(?:the\s+)?(?:end|close)\s+of\s+$", re.IGNORECASE
)


def _day_span(period: PeriodPhrase, folded: str) -> bool:
    """True when a one-day period is a span counted over the day ("over the
    past 24 hours", "during the day"), not the end of it."""
    return bool(_COUNTED.search(period.text)) and not _DAY_END.search(
        folded, max(0, period.start_at - 24), period.start_at
    )


# A clause that restates the sentence before: "This is more than 6,000 km2",
# "He noted that this refers to 1,260 km2", "That amounts to some 300 km2".
_POINTS_BACK = re.compile(
    r"\b(?:this|that|it)\s+(?:is|was|represents|represented|refers\s+to|referred\s+to|"
    r"amounts\s+to|amounted\s+to|means|meant|equals|corresponds\s+to|comes\s+to|"
    r"came\s+to)\s+(?:[\w'-]+\s+){0,3}$"
    # "In May, the figure was 449 km2": the same measure in another period.
    r"|\bthe\s+(?:figure|tally|number)\s+(?:was|is|stood\s+at|stands\s+at|reached|"
    r"came\s+to)\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _last_verb(folded: str) -> tuple[str, str] | None:
    """The kind and words of the last verb of change or holding in a sentence."""
    found: list[tuple[int, str, str]] = []
    for pattern, kind in (
        (cues.CONTROL_LOSS, "loss"),
        (cues.CONTROL_CHANGE, "change"),
        (cues.LOSS, "loss"),
        (cues.CHANGE, "change"),
        (cues.HOLDING, "holding"),
    ):
        found += [(m.end(), kind, m.group(0)) for m in pattern.finditer(folded)]
    if not found:
        return None
    _, kind, words = max(found, key=lambda item: (item[0], len(item[2])))
    return kind, words


def _quoted(folded: str, start: int) -> bool:
    """True when the words at `start` are inside a quotation."""
    before = folded[:start]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


_HAD = re.compile(
    r"\bhad\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|"
    r"between|only|just)\s+)*$",
    re.IGNORECASE,
)
_PAST_STATE = re.compile(r"held|controlled|occupied", re.IGNORECASE)
# The verb in the simple past with a subject of its own ("we controlled about
# 540 sq mi"), not a participle ("currently occupied by Russia", "Ukrainian-held").
_FINITE_PAST = re.compile(
    r"(?<![-\w])(?<!currently\s)(?<!\bnow\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    r"(?<!\bhas\s)(?<!\bhave\s)"
    r"(?:held|controlled|occupied)\b(?!\s+by\b)(?!\s+territor)",
    re.IGNORECASE,
)


_HELD_THEN = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+)?(?:already\s+)?"
    r"(?:held|controlled|occupied)\b",
    re.IGNORECASE,
)
_LIVES_LOST = re.compile(
    r"\s+(?:(?:thousands|hundreds|dozens|scores|tens\s+of\s+thousands)\s+of\s+"
    r"|[\d,]+\s+|many\s+|heavy\s+)?(?:men|soldiers|troops|personnel|lives|fighters"
    r"|servicemen|equipment|vehicles|tanks|casualties)\b",
    re.IGNORECASE,
)
_PEAKED_AT = re.compile(r"\bpeaked\s+at\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_HELD_BEFORE = re.compile(
    r"\b(?:after|before)\s+(?:having\s+)?(?:occupying|controlling|holding|occupied|"
    r"controlled|held)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly)\s+)?$",
    re.IGNORECASE,
)


_STATE_VERB = re.compile(
    r"(?:now\s+)?(?:holds?|held|controls?|controlled|occupies)\b|under\b|drop|reduced|shr[au]nk"
    r"|peaked|stood|stands|decreased|declined|sovereignty|leaving|leaves|left"
    r"|(?:rose|grew|increased|climbed|expanded)\s+to",
    re.I,
)


def _is_state(words: str) -> bool:
    """'holds', 'now controls', 'under Russian control': a state even beside a
    period phrase."""
    return bool(_STATE_VERB.match(words))
