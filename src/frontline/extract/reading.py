"""One figure's fields, read from the clause it stands in.

A sentence is cut into one clause per figure (`candidates`); a figure takes its
kind, period, actor and region from its own clause first, then from the
sentence's words outside every other figure's clause, then from the figure
before it in the sentence, then from the previous sentence's figure (for
anaphora: "in the month", "during the same period", "this includes"), and
never from a clause that has a figure of its own. A field the words do not
settle is left empty with a problem, so `--add` holds the candidate back;
a field taken from a neighbour says so in `why`, and in `problems` when no word
of the clause points back to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract import cues
from frontline.extract.actors import (
    ActorMention,
    RegionMention,
    SourceMention,
    other_side,
)
from frontline.extract.dates import PeriodPhrase, complete_period, find_periods

# Words after which a named place is part of a list or an aside, not where the
# figure lies: "… of Ukrainian territory, mainly near Pokrovsk", "including Crimea".
_HEDGE = re.compile(
    r"\b(?:mainly|mostly|largely|primarily|chiefly|notably|especially|particularly|"
    r"including|such\s+as|among\s+them|in\s+particular|together\s+with|along\s+with"
    r"|as\s+well\s+as)\b",
    re.IGNORECASE,
)
# A side named as the loser or target: "took 701 km2 from the Ukrainians",
# "pushed Russian forces out of", "its counterattack against Russia".
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|against|out\s+of|pushed|pushing|push|drove|driven|drive|"
    r"dislodge|expelled|repelled|targeting|invaded|invade|invading|attacked|attack"
    r"|attacking)\s+$",
    re.IGNORECASE,
)
_OCCUPIED = re.compile(r"\boccupied\s+territor\w*|\boccupation\b", re.IGNORECASE)
_HELD_BY = re.compile(
    r"\b(?P<side>ukrainian|russian)-(?:occupied|held|controlled)\b", re.IGNORECASE
)
_FROM_SIDE = re.compile(
    r"\b(?:from|against|out\s+of)\s+(?:the\s+)?(?P<side>russia(?:n\s+(?:forces|troops|army))?"
    r"|russians|ukraine|ukrainian\s+(?:forces|troops|army)|ukrainians|moscow|kyiv|kiev)\b",
    re.IGNORECASE,
)
_SEVERAL = re.compile(
    r"^\s+and\s+[\w-]+\s+(?:regions|directions|oblasts|provinces|fronts|axes)\b",
    re.IGNORECASE,
)
_RUSSIAN_OBLASTS = {"kursk", "belgorod", "bryansk"}
_OBJECT_AFTER = re.compile(r"^\s+(?:out\s+of|back\b)", re.IGNORECASE)
# Words of a clause that point back to the sentence before.
_ANAPHORA = re.compile(
    r"\b(?:they|it|its|this|these|those|there|here|the\s+same|that\s+month|"
    r"of\s+them|of\s+which|including|this\s+includes|most\s+of)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:we|our|us)\b|\b(?:his|her|its)\s+(?:troops|forces|army|units|soldiers)\b",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|it|we)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_WHOLE_FRONT = re.compile(
    r"\b(?:across|along)\s+the\s+(?:entire|whole)\s+front(?:line|\s+line)?\b",
    re.IGNORECASE,
)


NO_VERB = "no verb says the land changed hands or is held"


@dataclass(slots=True)
class Reading:
    """The fields read for one figure, with the words that set them."""

    kind: str = "change"
    actor: str = ""
    actor_words: str = ""
    region: str = ""
    region_words: str = ""
    start: date | None = None
    end: date | None = None
    source: str | None = None
    not_recorded: str = ""  # "size", "not control", ...: why it is no record
    lost: bool = False  # the verb is a loss: the side named is the loser
    subject: str = ""  # the side the clause names, before a loss turns it over
    why: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    periods: list[PeriodPhrase] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """What earlier sentences of the article leave for a figure that needs it."""

    actor: tuple[str, str] | None = None  # (slug, words): main figure's side
    region: tuple[str, str] | None = None
    oblast: tuple[str, str] | None = None  # the last oblast named, for "the region"
    paragraph_oblast: tuple[str, str] | None = None
    data_source: tuple[str, str] | None = None  # ISW or DeepState named earlier
    periods: list[PeriodPhrase] = field(default_factory=list)  # previous sentence
    period_words: str = ""  # what `periods` were read from, for `why`
    # A figure-less sentence whose dates are read only if a figure asks for them:
    # (its folded text, the day its relative phrases count from, known events).
    pending: list[tuple[str, date | None, Mapping[str, date]]] = field(
        default_factory=list
    )
    paragraph: int = -1  # the paragraph `periods` and `speaker` belong to
    speaker: tuple[str, str] | None = None  # who the paragraph quotes


def _context_periods(context: Context) -> list[PeriodPhrase]:
    """The previous sentence's period, reading a figure-less one only now."""
    while context.pending:  # the nearest figure-less sentence that names one
        folded, anchor, events = context.pending.pop()
        found = complete_period(find_periods(folded, anchor, events))
        if found:
            context.periods = found
            context.period_words = found[0].text
            context.pending.clear()
    return context.periods


@dataclass(slots=True)
class Sentence:
    """One sentence's words, found once and shared by its figures."""

    folded: str
    periods: list[PeriodPhrase]
    actors: list[ActorMention]
    regions: list[RegionMention]
    sources: list[SourceMention]
    clauses: list[tuple[int, int]]  # the clause of each figure, in order
    spans: list[tuple[int, int]]  # each figure's own words
    speaker: tuple[str, str] | None


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
    start, end = span
    reading = Reading()
    clause = folded[low:high]
    near = cues.window(folded, start)
    if _not_a_record(reading, folded, clause, near, start, end, low, high):
        return reading
    _read_periods(reading, sentence, number, span, context, previous)
    _read_kind(reading, folded, low, high, span, previous)
    if reading.not_recorded:
        return reading
    _read_actor(reading, sentence, number, span, context, previous)
    if not reading.actor and NO_VERB in reading.problems:
        # No verb and no side: a figure about something else ("30% of Ukraine's
        # territory (174,000 km2) has been exposed to combat").
        reading.not_recorded = "no side or verb"
        return reading
    _read_region(reading, sentence, number, span, context, previous)
    _apply_periods(reading, span, published)
    _read_source(reading, sentence, low, high, context)
    return reading


def _not_a_record(
    reading: Reading,
    folded: str,
    clause: str,
    near: str,
    start: int,
    end: int,
    low: int,
    high: int,
) -> bool:
    """Sizes, differences, cleared land, negations: figures that are no record."""
    if cues.SIZE_STRONG.search(near):
        reading.not_recorded = "size"
    elif cues.DIFFERENCE_AFTER.match(folded[end : end + 40]):
        reading.not_recorded = "difference"
    elif cues.NOT_CONTROL.search(clause):
        reading.not_recorded = "not control"
    elif cues.NEGATED.search(_after_break(folded, max(low, start - 80), start)):
        reading.not_recorded = "negated"
    return bool(reading.not_recorded)


def _after_break(folded: str, low: int, start: int) -> str:
    """The words before a figure back to the last colon or semicolon."""
    text = folded[low:start]
    cut = max(text.rfind(":"), text.rfind(";"))
    return text[cut + 1 :]


def _usable(phrase: PeriodPhrase) -> bool:
    return not phrase.comparison


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
    phrases = [p for p in sentence.periods if _usable(p)]
    own = [p for p in phrases if low <= p.start_at < high]
    if any(p.anaphora for p in own):
        # "in the month", "during the same period": the period named before.
        named = [p for p in own if not p.anaphora]
        if previous is not None and previous.periods:
            reading.periods = named or list(previous.periods)
            reading.why.append("period as the previous figure ('the same period')")
        elif _context_periods(context):
            reading.periods = named or list(context.periods)
            reading.why.append(
                f"period '{context.period_words}' of the previous sentence"
            )
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
        reading.periods = _shifted(shifted[0], previous, own, context)
        return
    if own:
        reading.periods = own
        return
    taken = [
        p
        for p in phrases
        if not any(lo <= p.start_at < hi for lo, hi in sentence.clauses)
    ]
    if taken:
        reading.periods = taken
        return
    if previous is not None and previous.periods:
        reading.periods = list(previous.periods)
        reading.why.append("period as the previous figure")
        return
    following = _shared_period(sentence, number, phrases)
    if following:
        reading.periods = following
        reading.why.append("period shared with the figure it is listed with")
        return
    clause = sentence.folded[low:high]
    if _ANAPHORA.search(clause) and _context_periods(context):
        reading.periods = list(context.periods)
        reading.why.append(f"period '{context.period_words}' of the previous sentence")


def _shifted(
    phrase: PeriodPhrase,
    previous: Reading | None,
    own: list[PeriodPhrase],
    context: Context,
) -> list[PeriodPhrase]:
    unit, count = phrase.shift or ("week", 1)
    others = [p for p in own if p is not phrase]
    if previous is not None and previous.start and previous.end:
        back = relativedelta(**{f"{unit}s": count})
        start, end = previous.start - back, previous.end - back
        if unit == "month" and previous.start.day == 1:
            end = start + relativedelta(months=1) - timedelta(days=1)
        if unit == "year" and (previous.start.month, previous.start.day) == (1, 1):
            end = start + relativedelta(years=1) - timedelta(days=1)
        return [replace(phrase, start=start, end=end, problems=()), *others]
    if "previous" in phrase.text.lower() or "preceding" in phrase.text.lower():
        return [*others, phrase]  # left as it is: the problem says what it needs
    return [*others, phrase]


def _shared_period(
    sentence: Sentence, number: int, phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """ "223 km2 in Sumy and 175 km2 in Dnipropetrovsk in 2025": a period that
    closes a plain list of figures is every listed figure's."""
    if number + 1 >= len(sentence.clauses):
        return []
    end = sentence.spans[number][1]
    following = sentence.spans[number + 1][0]
    if cues.STRONG_SEPARATOR.search(sentence.folded, end, following):
        return []
    low, high = sentence.clauses[number + 1]
    found = [p for p in phrases if low <= p.start_at < high and p.start and p.end]
    return found if len(found) == 1 else []


def _read_kind(
    reading: Reading,
    folded: str,
    low: int,
    high: int,
    span: tuple[int, int],
    previous: Reading | None,
) -> None:
    """Holding or change, from the verb nearest the figure in its clause."""
    start, end = span
    before = folded[low:start]
    after = folded[end:high]
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
        match = pattern.search(after)
        if match:
            # a verb after the figure counts, at twice its distance
            found.append((2 * match.start() + 1, kind, match.group(0)))
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
    difference = cues.CHANGE_BEFORE.search(cues.window(folded, start, 30))
    if difference:
        found.append((0, "change", difference.group(0).strip()))
    if not found:
        if previous is not None:
            reading.kind = previous.kind
            reading.why.append(f"kind '{previous.kind}' as the previous figure")
        elif cues.SIZE.search(cues.window(folded, start)):
            reading.not_recorded = "size"
        else:
            reading.why.append("kind 'change' (no verb)")
            reading.problems.append(NO_VERB)
        return
    # Nearest first; of two ending together, the longer words ("has now captured").
    found.sort(key=lambda item: (item[0], -len(item[2])))
    _, kind, words = found[0]
    if kind == "holding" and cues.TOTAL_WORDS.fullmatch(words.strip()):
        # "a total of 180.8 km2 have been liberated": the verb says what it is.
        others = [f for f in found[1:] if f[1] != "holding"]
        if others:
            _, kind, words = others[0]
    if (
        kind == "holding"
        and "control" in words.lower()
        and cues.BRINGING.search(folded, low, start)
    ):
        kind = "change"  # "bringing over 200 km2 under their control"
    spans = [p for p in starts if p.start != p.end or p.so_far]
    if kind == "holding" and spans and not _is_state(words):
        reading.kind = "change"
        reading.why.append(f"kind '{words}' with a period")
        return
    if kind == "change" and ends and not starts and cues.STATE_VERB.fullmatch(words):
        kind = "holding"  # "As of September 1, Russia occupied 66,266 km2"
    reading.kind = "holding" if kind == "holding" else "change"
    reading.lost = kind == "loss"
    reading.why.append(f"kind '{words}'")


def _is_state(words: str) -> bool:
    """'holds', 'now controls', 'under Russian control': a state even beside a
    period phrase."""
    return bool(
        re.match(
            r"(?:now\s+)?(?:holds?|controls?|occupies)\b|under\b|drop|reduced|shr[au]nk"
            r"|peaked|stood|stands|decreased|declined|sovereignty",
            words,
            re.I,
        )
    )


def _read_actor(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
) -> None:
    """The side that gained (or holds): the clause's subject, else a passive
    agent, else the figure before, else the speaker, else the sentence before."""
    folded = sentence.folded
    low, high = sentence.clauses[number]
    start, end = span
    loss = reading.lost
    subjects = [
        m
        for m in sentence.actors
        if low <= m.start < start and not _is_object(folded, m)
    ]
    agent = cues.passive_agent(folded, end, high, sentence.actors)
    how = ""
    chosen: tuple[str, str] | None = None
    if subjects and not _PRONOUN_SUBJECT.search(folded[subjects[-1].end : start]):
        mention = subjects[-1]
        chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        if mention.enemy and sentence.speaker and sentence.speaker[0] == "russia":
            chosen = ("ukraine", mention.text)
    elif agent is not None:
        chosen, how = (agent.actor, agent.text), f"actor '{agent.text}'"
    elif previous is not None and previous.subject:
        chosen = (previous.subject, previous.actor_words)
        how = "actor as the previous figure"
    else:
        outside = [
            m
            for m in sentence.actors
            if not _is_object(folded, m)
            and not any(
                lo <= m.start < hi
                for index, (lo, hi) in enumerate(sentence.clauses)
                if index != number
            )
            and not (low <= m.start < high and m.start >= end)
        ]
        after = [
            m
            for m in sentence.actors
            if end <= m.start < high and not _is_object(folded, m)
        ]
        speaker = sentence.speaker
        losers = list(_FROM_SIDE.finditer(folded, low, high))
        first_person = _FIRST_PERSON.search(folded[low:high])
        liberated = cues.LIBERATION.search(folded[low:high])
        if outside:
            mention = outside[0]
            chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        elif after:
            mention = after[0]
            chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        elif losers:
            loser = losers[0]["side"].lower()
            side = "russia" if loser.startswith(("russia", "moscow")) else "ukraine"
            chosen = (other_side(side) or "", loser)
            how = f"actor '{chosen[0]}' (took it from '{loser}')"
        elif speaker is not None and (first_person or liberated):
            chosen = speaker
            cue = (first_person or liberated).group(0)
            how = f"actor '{speaker[1]}' speaking ('{cue}')"
        elif liberated and not _russian_voice(sentence):
            chosen = ("ukraine", liberated.group(0))
            how = f"actor 'ukraine' ('{liberated.group(0)}' of Ukrainian land)"
        elif _HELD_BY.search(folded, low, high):
            held = _HELD_BY.search(folded, low, high)
            side = "ukraine" if held["side"].lower() == "ukrainian" else "russia"
            chosen, how = (side, held.group(0)), f"actor '{held.group(0)}'"
        elif _OCCUPIED.search(folded, low, high):
            occupied = _OCCUPIED.search(folded, low, high)
            chosen = ("russia", occupied.group(0))
            how = f"actor 'russia' ('{occupied.group(0)}')"
        elif context.actor is not None:
            chosen = context.actor
            how = f"actor '{context.actor[1]}' from an earlier sentence"
    if chosen is None:
        reading.problems.append("actor unknown: no side named")
        return
    actor, words = chosen
    reading.subject = actor
    if loss:
        actor = other_side(actor) or actor
        how += f" lost it: gain of {actor}"
    reading.actor, reading.actor_words = actor, words
    reading.why.append(how)


def _is_object(folded: str, mention: ActorMention) -> bool:
    """A side named as the loser or target, not the one that gained."""
    return bool(
        _OBJECT_BEFORE.search(folded[max(0, mention.start - 12) : mention.start])
        or _OBJECT_AFTER.match(folded[mention.end : mention.end + 12])
    )


def _russian_voice(sentence: Sentence) -> bool:
    return bool(sentence.speaker and sentence.speaker[0] == "russia") or any(
        s.source.startswith("Russian") for s in sentence.sources
    )


def _read_region(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
) -> None:
    """Where: a place in the clause (not in an aside or a list), several oblasts
    or the whole front meaning Ukraine, else the figure or sentence before."""
    folded = sentence.folded
    low, high = sentence.clauses[number]
    start, end = span
    hedge = _HEDGE.search(folded, end, high)
    limit = hedge.start() if hedge else high
    in_clause = [
        m
        for m in sentence.regions
        if low <= m.start < limit and not _hedged(folded, low, m.start)
    ]
    front = _WHOLE_FRONT.search(folded, low, high)
    specific = {m.region for m in in_clause if m.specific}
    if any(
        m.specific and _SEVERAL.match(folded[m.end : m.end + 40]) for m in in_clause
    ):
        specific.add("")  # "in Kharkiv and Pivdenno-Buzke directions": several
    place: tuple[str, str] | None = None
    how = ""
    if front:
        place, how = ("ukraine", front.group(0)), f"region '{front.group(0)}'"
    elif len(specific) > 1:
        place = ("ukraine", ", ".join(m.text for m in in_clause if m.specific))
        how = f"region 'ukraine' (several regions: {place[1]})"
    else:
        specific_after = [m for m in in_clause if m.specific and m.start >= end]
        specific_before = [m for m in in_clause if m.specific and m.start < start]
        mention = cues.best_place(specific_after + specific_before) or cues.best_place(
            in_clause
        )
        if mention is None:
            mention = cues.best_place(
                m
                for m in sentence.regions
                if not any(lo <= m.start < hi for lo, hi in sentence.clauses)
            )
        if mention is not None:
            place, how = (mention.region, mention.text), f"region '{mention.text}'"
    if place is None and previous is not None and previous.region:
        place = (previous.region, previous.region_words)
        how = "region as the previous figure"
    if place is None and context.region is not None:
        place = context.region
        how = f"region '{context.region[1]}' from an earlier sentence"
    if place is None and context.paragraph_oblast is not None:
        place = context.paragraph_oblast
        how = f"region '{place[1]}' named in the same paragraph"
    if place is None:
        reading.region = "ukraine"
        reading.problems.append("region not named: 'ukraine' assumed")
        return
    if (
        place[0] == "russia"
        and context.oblast
        and context.oblast[0] in _RUSSIAN_OBLASTS
    ):
        # "1,000 km2 of Russian territory" after "the Kursk region": that oblast.
        place, how = context.oblast, f"region '{context.oblast[1]}' named before"
    reading.region, reading.region_words = place
    reading.why.append(how)


def _hedged(folded: str, low: int, start: int) -> bool:
    """A place inside an aside or a list: after 'including', 'mainly', 'together
    with' … and before the comma that ends that phrase."""
    last = cues.last(_HEDGE.finditer(folded, low, start))
    return last is not None and "," not in folded[last.end() : start]


def _nearest(phrases: list[PeriodPhrase], span: tuple[int, int]) -> PeriodPhrase:
    start, end = span
    return min(
        phrases,
        key=lambda p: start - p.end_at if p.end_at <= start else p.start_at - end,
    )


def _apply_periods(
    reading: Reading, span: tuple[int, int], published: date | None
) -> None:
    """Start and end from the phrases read: the nearest complete period wins; an
    'as of' day ends a period that runs 'so far'; a holding is held on a day."""
    own = reading.periods
    for phrase in own:
        reading.problems.extend(phrase.problems)
    starts = [p for p in own if p.sets_start and (p.start or p.end)]
    ends = [p for p in own if not p.sets_start and p.end]
    if own:
        reading.why.append(
            "period "
            + " + ".join(
                f"'{p.text}'" + (f" ({p.basis})" if p.basis else "") for p in own
            )
        )
    if reading.kind == "holding":
        # Held on a day: an 'as of' day, a single day, or the end of 'since ...'.
        days = [p for p in starts if p.start == p.end or p.so_far] or [
            p
            for p in starts
            if p.end  # a month held at its end
        ]
        day = _nearest(ends, span) if ends else (_nearest(days, span) if days else None)
        if day is not None:
            reading.start = reading.end = day.end
        elif published is not None:
            reading.start = reading.end = published
            reading.why.append("held on the published day")
        else:
            reading.problems.append("no published date: the day held is unknown")
        return
    if starts:
        chosen = _nearest(starts, span)
        reading.start, reading.end = chosen.start, chosen.end
        if chosen.so_far and ends:
            reading.end = _nearest(ends, span).end
        if reading.start is None:
            reading.problems.append("start unknown: the period's start is not stated")
    elif ends:
        reading.end = _nearest(ends, span).end
        reading.problems.append("start unknown: the period's start is not stated")
    elif not own:
        reading.problems.append("no period stated: start and end unknown")


def _read_source(
    reading: Reading, sentence: Sentence, low: int, high: int, context: Context
) -> None:
    sources = sentence.sources
    nearby = [m for m in sources if low <= m.start < high]
    chosen = (
        next((m for m in nearby if m.kind == "data"), None)
        or next((m for m in sources if m.kind == "data"), None)
        or next(iter(nearby), None)
        or next(iter(sources), None)
    )
    if chosen is not None:
        reading.source = chosen.source
        reading.why.append(f"source '{chosen.text}'")
    elif context.data_source is not None:
        reading.source = context.data_source[0]
        reading.why.append(
            f"source '{context.data_source[1]}' named in an earlier sentence"
        )
