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

from frontline.extract import cues, measures
from frontline.extract.actors import (
    ActorMention,
    other_side,
    speaker_of,
)
from frontline.extract.asides import in_aside
from frontline.extract.figure import NO_VERB, Context, Reading, Sentence
from frontline.extract.hypothetical import not_a_record
from frontline.extract.period_days import apply_periods
from frontline.extract.region import read_region
from frontline.extract.sides import (
    DRIVEN_OUT,
    fronted_subject,
    is_object,
    one_side,
    russian_voice,
)
from frontline.extract.source import read_source
from frontline.extract.timing import read_periods
from frontline.extract.voice import carried_voice

_OCCUPIED = re.compile(
    r"\boccupied\s+(?:territor\w*|areas?|lands?)|\boccupation\b", re.IGNORECASE
)
_HELD_BY = re.compile(
    r"\b(?P<side>ukrainian|russian)-(?:occupied|held|controlled)\b", re.IGNORECASE
)
_FROM_SIDE = re.compile(
    r"\b(?:from|against|out\s+of|cleared|ousted|expelled|evicted|dislodged|drove|pushed"
    r"|knocked)\s+(?:the\s+)?(?P<side>russia(?:n\s+(?:forces|troops|army))?"
    r"|russians|ukraine|ukrainian\s+(?:forces|troops|army)|ukrainians|moscow|kyiv|kiev"
    # "pushed the occupiers back from 30 km2": Ukraine's word for Russia's forces
    r"|occupiers|invaders)\b",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_PERSON = re.compile(
    r"\b(?:we|our|us)\b|\b(?:his|her|its)\s+(?:troops|forces|army|units|soldiers)\b",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(r"\b(?:it|they)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:they|it|we)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


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
    read_periods(reading, sentence, number, span, context, previous)
    _read_kind(reading, folded, low, high, span, previous, context)
    if reading.not_recorded:
        return reading
    _read_actor(reading, sentence, number, span, context, previous)
    if NO_VERB in reading.problems and (
        not reading.actor or cues.ATTACK.search(folded, low, high)
    ):
        # No verb and no side: a figure about something else ("30% of Ukraine's
        # territory (174,000 km2) has been exposed to combat"); no verb of
        # control but one of attack: "Russia shelled a 40 km2 area".
        reading.not_recorded = "no side or verb"
        return reading
    if reading.held_by is not None:
        reading.kind, (reading.actor, reading.actor_words) = "holding", reading.held_by
        reading.problems = [p for p in reading.problems if p != _NO_SIDE]
        reading.why.append(f"held now by '{reading.held_by[1]}', in a supposed gain")
    read_region(reading, sentence, number, span, context, previous)
    _held_abroad(reading, folded[low:high])
    apply_periods(reading, span, published, sentence.stated)
    read_source(reading, sentence, low, high, context)
    return reading


_NO_SIDE = "actor unknown: no side named"


def _held_abroad(reading: Reading, clause: str) -> None:
    """ "Today we control over 1,300 km2 in the Kursk region": land a speaker
    holds in a Russian region is Ukraine's; no one counts the land they hold
    in their own country."""
    if (
        not reading.actor
        and reading.kind == "holding"
        and reading.region in cues.RUSSIAN_REGIONS
        and _FIRST_PERSON.search(clause)
    ):
        reading.actor, reading.actor_words = "ukraine", "we"
        reading.problems = [p for p in reading.problems if p != _NO_SIDE]
        reading.why.append(f"actor 'ukraine' ('we' holding land in {reading.region})")


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
    if level := cues.LEVEL_TO.search(folded, max(0, start - 120), start):
        # "grew by 3,000 km2 this year to 116,000 km2": the level reached is held.
        found.append((0, "holding", f"{level['verb']} to"))
    if cues.CLEARED_BEFORE.search(before) and cues.ENEMY_AFTER.match(folded, end):
        found.append((0, "change", "cleared … of the enemy"))
    fall = cues.FALL_BY.search(cues.window(folded, start, 40))
    if fall and cues.CONTROL_AREA.search(folded, 0, start):
        found.append((0, "loss", fall.group(0).strip()))  # the area one side holds
    rise = cues.RISE_BY.search(cues.window(folded, start, 120))
    if rise and cues.CONTROL_AREA.search(rise.group(0)):
        # "increased the territory under its control by 4,168 km2": a change
        found.append((0, "change", rise.group(0).strip()))
    level = cues.level_of_held_area(folded, start)
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
    if not found:
        if previous is not None:
            reading.kind = previous.kind
            reading.why.append(f"kind '{previous.kind}' as the previous figure")
            peak = cues.PEAK.search(folded, low, start) or cues.PEAK_AFTER.match(
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
        and cues.LEVEL.search(words)
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
    # "over the past 24 hours" is a span that happens to be one day long.
    spans = [
        p for p in starts if p.start != p.end or p.so_far or _COUNTED.search(p.text)
    ]
    since = any(p.text.lower().startswith("since") for p in reading.periods)
    # "have controlled N since …": the ground gained since then (LABELS)
    perfect = since and cues.PERFECT_CONTROL.search(folded, low, start)
    if kind == "holding" and (perfect or (spans and not _is_state(words))):
        reading.kind = "change"
        reading.why.append(f"kind '{words}' with a period")
        return
    single = starts and all(p.start == p.end and not p.so_far for p in starts)
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
    peak = cues.PEAK.search(folded, low, start) or cues.PEAK_AFTER.match(folded, end)
    past = _PAST_STATE.fullmatch(words) and _FINITE_PAST.search(folded, low, start)
    # "Ukraine had around 1,300 km2 under its control": a state of the past too.
    past = past or (
        words.lower().startswith("under") and _HAD.search(folded, low, start)
    )
    if past and cues.REPORTED.search(folded) and not _quoted(folded, start):
        # "ISW said Russia controlled 18%": the tense of reported speech, a
        # state at the time of saying, unless the words set it earlier.
        past = cues.PAST_MARKER.search(folded, low, high)
    # "after occupying some 132,000 km2, Russia has lost a fifth": held before
    past = past or (kind == "holding" and _HELD_BEFORE.search(folded, low, start))
    if peak or (kind == "holding" and past):
        # a change at a peak is read as a holding later, if it is one
        reading.past_state = peak.group(0) if peak else words
    if level.endswith("from"):
        reading.past_state = level  # the earlier level: held on no day given
    reading.lost = kind == "loss"
    reading.why.append(f"kind '{words}'")


_STATE_OR_SEIZED = re.compile(r"occup|control|held|seiz", re.IGNORECASE)
_RELATIVE = re.compile(
    r",\s*(?:(?:parts?|most|much|some|all|half)\s+of\s+)?(?:which|whom|whose)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?:past|last)\s+(?:\d+|twenty-four)\s+hours\b|\bpast\s+day\b", re.I
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


_HELD_BEFORE = re.compile(
    r"\b(?:after|before)\s+(?:having\s+)?(?:occupying|controlling|holding|occupied|"
    r"controlled|held)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly)\s+)?$",
    re.IGNORECASE,
)


def _is_state(words: str) -> bool:
    """'holds', 'now controls', 'under Russian control': a state even beside a
    period phrase."""
    return bool(
        re.match(
            r"(?:now\s+)?(?:holds?|held|controls?|controlled|occupies)\b|under\b|drop|reduced|shr[au]nk"
            r"|peaked|stood|stands|decreased|declined|sovereignty"
            r"|(?:rose|grew|increased|climbed|expanded)\s+to",
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
        if low <= m.start < start and not is_object(folded, m)
    ]
    # "Russian troops, according to Kyiv, have taken 60 km2": the side named
    # as the source is the subject only when no other side is.
    named = [
        m
        for m in subjects
        if not _ACCORDING_TO.search(folded, max(0, m.start - 24), m.start)
    ]
    subjects = named or subjects
    agent = cues.passive_agent(folded, end, high, sentence.actors)
    if holder := cues.HANDS_OF.search(folded, end, high):
        # "… back in the hands of Ukraine": that side, whatever the subject
        side = "russia" if holder["side"].lower()[0] in "rm" else "ukraine"
        subjects, agent = [], ActorMention(holder.start(), holder.end(), "", side)
    how = ""
    chosen: tuple[str, str] | None = None
    speaker = sentence.speaker or carried_voice(folded, context)
    if subjects and not _PRONOUN_SUBJECT.search(folded[subjects[-1].end : start]):
        mention = subjects[-1]
        chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        reading.own_subject = True
        if mention.enemy and speaker and speaker[0] == "russia":
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
            if not is_object(folded, m)
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
            if end <= m.start < high
            and not is_object(folded, m)
            and not DRIVEN_OUT.match(folded, m.end, m.end + 30)
            # "…, which amounts to 64% of the territory occupied by Ukraine"
            and not in_aside(folded, m.start, m.end, [lo for lo, _ in sentence.spans])
        ]
        losers = list(_FROM_SIDE.finditer(folded, low, high))
        first_person = _FIRST_PERSON.search(folded[low:high])
        liberated = (
            cues.LIBERATION.search(folded[low:high])
            or cues.LIBERATION.search(reading.points_back)
            # "came under control", "taken under control": no side but the voice's
            or cues.CONTROL_CHANGE.search(folded, low, high)
        )
        if outside:
            mention = outside[0]
            chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        elif after:
            mention = after[0]
            chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
            if loss and cues.LOST_TO.search(
                folded, max(0, mention.start - 12), mention.start
            ):
                # "556 km2 were lost to the Russians": the side after "to" gained.
                loss = False
        elif losers:
            loser = losers[0]["side"].lower()
            side = (
                "russia"
                if loser.startswith(("russia", "moscow", "occupiers", "invaders"))
                else "ukraine"
            )
            chosen = (other_side(side) or "", loser)
            how = f"actor '{chosen[0]}' (took it from '{loser}')"
        elif context.actor is not None and _THIRD_PERSON.search(folded, low, start):
            # "In the Kursk region, it regained 600 km2": the side of the
            # sentence before, not the voice's default for "regained".
            chosen = context.actor
            how = f"actor '{context.actor[1]}' ('it'/'they' of the sentence before)"
        elif (body := speaker_of(folded[low:start])) is not None and not (
            _MAPPERS.search(body[1])  # "According to DeepState, the occupied area …"
        ):
            # "Russian General Staff generals were able to take control of …"
            chosen, how = body, f"actor '{body[1]}'"
        elif (
            speaker is not None
            and (first_person or liberated)
            # "Its forces seized 505 km2, DeepState said": a mapper's "its" is
            # the side of the sentence before, not the mapper's own.
            and not (
                first_person
                and not liberated
                and first_person.group(0)[0].lower() in "ih"
                and _MAPPERS.search(speaker[1])
                and context.named_side
            )
        ):
            chosen = speaker
            cue = (first_person or liberated).group(0)
            how = f"actor '{speaker[1]}' speaking ('{cue}')"
        elif (
            liberated
            and cues.LIBERATION.search(context.named_side)
            and (named := one_side(context.named_side))
        ):
            # "In December the Russian Armed Forces liberated 34 settlements.
            # Overall, more than 540 km2 were liberated": the same side's.
            chosen = named
            how = f"actor '{named[1]}' liberating in the sentence before"
        elif liberated and not russian_voice(sentence):
            chosen = ("ukraine", liberated.group(0))
            how = f"actor 'ukraine' ('{liberated.group(0)}' of Ukrainian land)"
        elif liberated:
            # "… has been liberated, the Russian Ministry of Defense reported".
            chosen = ("russia", liberated.group(0))
            how = f"actor 'russia' ('{liberated.group(0)}' in a Russian source)"
        elif _HELD_BY.search(folded, low, high):
            held = _HELD_BY.search(folded, low, high)
            side = "ukraine" if held["side"].lower() == "ukrainian" else "russia"
            chosen, how = (side, held.group(0)), f"actor '{held.group(0)}'"
        elif _OCCUPIED.search(folded, low, high):
            occupied = _OCCUPIED.search(folded, low, high)
            chosen = ("russia", occupied.group(0))
            how = f"actor 'russia' ('{occupied.group(0)}')"
        elif (
            context.named_side
            and (
                _BARE_FORCE.search(folded, low, start)
                or first_person
                or reading.points_back
            )
            and (named := one_side(context.named_side))
        ):
            chosen = named
            how = f"actor '{named[1]}' of the sentence before ('the army')"
        elif context.actor is not None:
            chosen = context.actor
            how = f"actor '{context.actor[1]}' from an earlier sentence"
        elif (
            context.named_side
            and NO_VERB not in reading.problems
            and (named := one_side(context.named_side))
        ):
            # "Russian troops made gains in the past week. Most of the advances
            # - roughly 80 km2 - came near Pokrovsk."
            chosen = named
            how = f"actor '{named[1]}' of the sentence before"
    if chosen is None and (main := fronted_subject(folded, start, end, sentence)):
        chosen, how = main
    if chosen is None:
        reading.problems.append(_NO_SIDE)
        return
    actor, words = chosen
    reading.subject = actor
    if loss or cues.ALL_BUT.search(folded, max(low, start - 40), start):
        # "Moscow controls all but 5,000 km2 of Donetsk": the rest is the other's.
        actor = other_side(actor) or actor
        how += f" lost it: gain of {actor}" if loss else f" holds the rest: {actor}'s"
    reading.actor, reading.actor_words = actor, words
    reading.why.append(how)


_MAPPERS = re.compile(r"deep\s?state|\bisw\b|institute\s+for", re.IGNORECASE)
_BARE_FORCE = re.compile(
    r"\b(?:the|its|their)\s+(?:army|military|troops|forces|armed\s+forces)\b",
    re.IGNORECASE,
)
