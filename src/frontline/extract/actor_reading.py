"""Whose gain or holding a figure is, read from its clause and around it.

The side is the clause's own subject; else a passive agent ("taken by
Russia"); else the figure before; else a side named outside every other
figure's clause; else the side a loser named after "from" is not; else the
speaker's ("we", an unsubjected "liberated" in a Russian or Ukrainian
statement); else the sentence before's. A loss ("lost", "ceded") turns the
side round. Kept apart from `reading`, which reads the kind and calls this.
"""

from __future__ import annotations

import re

from frontline.extract import cues, levels
from frontline.extract.actors import (
    SIDE_OF_WORD,
    ActorMention,
    other_side,
    speaker_of,
)
from frontline.extract.asides import in_aside
from frontline.extract.figure import NO_VERB, Context, Reading, Sentence
from frontline.extract.kind_words import FAVOUR_AFTER
from frontline.extract.period_clauses import event_clause_at
from frontline.extract.places import REGION_NAMES
from frontline.extract.sides import (
    DRIVEN_OUT,
    THIRD_PERSON,
    antecedent_side,
    definite_taker,
    fronted_subject,
    is_object,
    leading_side,
    one_side,
    possessor_side,
    relative_taker,
    russian_voice,
)
from frontline.extract.voice import carried_voice

NO_SIDE = "actor unknown: no side named"

_OCCUPIED = re.compile(
    r"\boccupied\s+(?:territor\w*|areas?|lands?)|\boccupation\b"
    # "62.6 km2 are occupied", "is now occupied": Ukraine's and the mappers'
    # word for what Russia holds, told with no agent
    r"|\b(?:is|are|remains?|was|were|ha(?:s|ve)\s+been)\s+(?:now\s+|still\s+|"
    r"currently\s+)?occupied\b"
    r"(?!\s+by\b)"
    # "the occupied part of the Kherson region", "62 km2 of the Kharkiv region
    # occupied as of November 18": the participle names the state, whoever says it
    r"|\b(?<!-)occupied\s+(?:part|parts|portion|share|section|zone)s?\b"
    r"|\b(?:region|oblast|province|territory|land)\s+occupied\b(?!\s+by\b)",
    re.IGNORECASE,
)
# "Some 4,500 km2 of Ukrainian land were captured in 2025": land of one side
# taken with no agent named is the other side's gain. The perfect ("have been
# captured so far") is left to `unheld`, which reads it after the kind, so
# that a running total stays a change.
_HELD_ADJECTIVE = re.compile(r"-(?:held|controlled|occupied)\b", re.IGNORECASE)
_SIDE_HELD_LAND = re.compile(
    r"\bof\s+(?:the\s+)?(?P<side>russian|ukrainian)-(?:held|controlled|occupied)\s+"
    r"(?:territor\w*|land|soil|areas?)",
    re.IGNORECASE,
)
_TAKEN_LAND = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?P<owner>ukrain\w*|russia\w*)\s*(?:territor\w*|land|soil)?"
    # "75 km2 of the Dnipropetrovsk region were seized": whose the oblast is
    r"|(?P<oblast>[\w'-]+)\s+(?:region|oblast|province))\s+"
    r"(?:(?:was|were|is|are)\s+)(?:now\s+|already\s+)?"
    r"(?:captured|seized|taken|conquered|occupied|grabbed|overrun)\b(?!\s+by\b)",
    re.IGNORECASE,
)
# "the 60,000 km2 seized in 2022", "450 km2 were taken in October": land taken
# with no side named anywhere in the sentence is Russia's gain, the one side
# that takes Ukraine's land (Ukraine's own verbs take it back: "retook",
# "liberated"); in Russia's border oblasts either side may have, so no side.
# The perfect ("have been captured so far") is `unheld`'s, read after the kind.
_SEIZED_UNNAMED = re.compile(
    r"[^.;,:]{0,50}?\b(?:(?:was|were|is|are)\s+)?(?<!been\s)(?:captured|seized|taken|conquered"
    r"|grabbed|overrun)\b(?!\s+(?:by|back|under|from)\b)",
    re.IGNORECASE,
)
# Ukraine's own pushes, in the sentence or in the figure-less one before it
# ("Ukraine's troops crossed into Russia in August. The 1,000 km2 seized in the
# first ten days …"): land seized in them is not Russia's gain.
_UKRAINES_PUSH = re.compile(
    r"counter-?\s?offensive|incursion|cross-border"
    r"|\bcross(?:ed|es|ing)?\s+(?:the\s+border\s+)?into\s+russia",
    re.IGNORECASE,
)
_HELD_BY = re.compile(
    r"\b(?P<side>ukrainian|russian)-(?:occupied|held|controlled)\b", re.IGNORECASE
)
_FROM_SIDE = re.compile(
    r"\b(?:from|against|out\s+of|cleared|ousted|expelled|evicted|dislodged|drove|pushed"
    r"|knocked)\s+(?:the\s+)?(?P<side>russia(?:n\s+(?:forces|troops|army))?"
    r"|russians|ukraine|ukrainian\s+(?:forces|troops|army)|ukrainians|moscow|kyiv|kiev"
    # "wrested from Russian control"
    r"|(?:russian|ukrainian)(?=\s+control\b)"
    # "pushed the occupiers back from 30 km2": Ukraine's word for Russia's forces
    r"|occupiers|invaders)\b",
    re.IGNORECASE,
)
# Between a side's possessive and its figure: nothing but a hedge, or a noun of
# taking and "of" ("Russia's 505 km2", "Ukraine's recapture of some 30 km2").
_OWN_FIGURE = re.compile(
    r"\s*(?:(?:(?:re)?captures?|seizures?|liberation|gains?|advances?|conquest|takeover"
    r"|retaking|recovery)\s+of\s+)?(?:(?:about|around|roughly|some|nearly|almost|over"
    r"|more\s+than|just\s+over|up\s+to|approximately|another|a\s+further)\s+)*",
    re.IGNORECASE,
)
_TAKEN_BACK = re.compile(
    r"\b(?:retook|retak\w+|recaptur\w+|regain\w*|reclaim\w*|liberat\w+"
    r"|(?:won|took|taken|clawed|wrested)\s+back)\b",
    re.IGNORECASE,
)
_SIDE_GAINS_AFTER = re.compile(
    r"\s*of\s+(?:the\s+)?(?P<side>russian|ukrainian|russia's|ukraine's)\s+"
    r"(?:(?:territorial|battlefield|military|net)\s+)?(?:gains|advances|conquests"
    r"|(?:forces|troops|army|units)\s+(?:advanced|gained|captured|seized|took))\b",
    re.IGNORECASE,
)
_OF_OWNER = re.compile(r"\s*of\s+(?:the\s+)?", re.IGNORECASE)
_THEIR_GAINS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:territorial\s+)?(?:gains|advances|captures|conquests)"
    r"|losses)\b",
    re.IGNORECASE,
)
# "the land Ukraine seized", "the ground that Russia took": a side that is
# the subject of a clause naming the land, not the figure's.
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(?:land|lands|ground|territory|territories|area|areas)\s+"
    r"(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)
_OWN_FORCE = re.compile(
    r"(?:^|[,;:\"\u201c]\s*|\bthat\s+|\.\s+)the\s+(?:army|troops|forces|military"
    r"|armed\s+forces)\s+(?:[\w'-]+\s+){0,4}?(?:has|have|had|took|captured|seized"
    r"|gained|regained|retook|advanced|pushed)\b",
    re.IGNORECASE,
)
_PARTICIPLE_BY = re.compile(
    r"\b(?:captured|seized|taken|occupied|held|controlled|liberated|retaken"
    r"|recaptured|won|gained|grabbed)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _agent_of_land(folded: str, mention: ActorMention, high: int) -> bool:
    """True when `mention` is the agent of a participle naming the land that a
    later passive tells what befell ("the territory seized by the Ukrainian
    armed forces … had been liberated, 800 km2"): not the figure's side."""
    return bool(
        _PARTICIPLE_BY.search(folded, max(0, mention.start - 40), mention.start)
        and cues.MAIN_PASSIVE.search(folded, mention.end, max(high, mention.end))
    )


_FROM_CONTROL = re.compile(r".*\bfrom\s+(?:the\s+)?\S+\s+control\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|against|with|at|into|towards?)\s+$", re.IGNORECASE
)
_WE_BEFORE = re.compile(r"\bwe\b", re.IGNORECASE)
_QUOTE_END = re.compile('["\u201d]')
# ", and the enemy is retreating": a clause of its own after the figure.
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s*$|;\s*$", re.I)
# "we took back 4", "while our forces recaptured 6": the speaker's own side
_WE_SUBJECT = re.compile(
    r"\b(?:we|our\s+(?:forces|troops|units|defenders|soldiers|army|fighters"
    r"|servicemen|warriors|guys))\s+(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "…, Ukrainian troops said they retook 15 km2": a pronoun subject after the
# side named; not the object of a verb with a particle ("Ukrainian troops
# pushed it back from 15 km2", "drove them out of").
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:they|it|we)\s+(?!(?:back|out|away|off)\b)(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# "we", "our troops", "its forces": the voice of the statement, not a side
# named; `reading` asks it too, of land held abroad.
FIRST_PERSON = re.compile(
    r"\b(?:we|our|us)\b|\b(?:his|her|its)\s+(?:troops|forces|army|units|soldiers)\b",
    re.IGNORECASE,
)


def read_actor(
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
        if low <= m.start < start
        and not is_object(folded, m)
        and not _agent_of_land(folded, m, high)
        # "… recaptured 40% of the land Ukraine seized, or about 550 km2"
        and not _RELATIVE_SUBJECT.search(folded, max(0, m.start - 30), m.start)
    ]
    # "Russian troops, according to Kyiv, have taken 60 km2": the side named
    # as the source is the subject only when no other side is.
    named = [
        m
        for m in subjects
        if not _ACCORDING_TO.search(folded, max(0, m.start - 24), m.start)
    ]
    subjects = named or subjects
    # "Russian troops, facing stiff Ukrainian resistance, took 12 km2", "Ukraine's
    # army, which lost Avdiivka to Russia, retook 9 km2": a side named in an
    # aside between the subject and its verb is not the subject.
    subjects = [
        m for m in subjects if not _in_subject_aside(folded, m, start)
    ] or subjects
    agent = cues.passive_agent(folded, end, high, sentence.actors)
    if holder := cues.HANDS_OF.search(folded, end, high):
        # "… back in the hands of Ukraine": that side, whatever the subject
        side = "russia" if holder["side"].lower()[0] in "rm" else "ukraine"
        words = holder.group(0).strip()
        subjects, agent = [], ActorMention(holder.start(), holder.end(), words, side)
    elif favoured := FAVOUR_AFTER.match(folded, end, high):
        # "+ ~1.05km2 in favour of Ukraine": the side a tally line credits
        words = favoured["side"] or favoured["owner"]
        side = "russia" if words.lower()[0] in "rm" else "ukraine"
        found = ActorMention(favoured.start(), favoured.end(), words, side)
        subjects, agent = [], found
    how = ""
    chosen: tuple[str, str] | None = None
    speaker = sentence.speaker or carried_voice(folded, context)
    owner = next(
        (
            m
            for m in reversed(sentence.actors)
            if m.end <= start
            and m.text.lower().endswith(("'s", "\u2019s"))
            and _OWN_FIGURE.fullmatch(folded, m.end, start)
        ),
        None,
    )
    # "Ukraine retook 40 km2 of Russia's gains": a subject that takes the
    # figure back takes it from the side whose gains it was.
    taken_back = bool(subjects) and _TAKEN_BACK.search(folded, subjects[-1].end, start)
    if owner is None and not taken_back:
        # "163 km2 of Russia's October gains": the side whose gains the figure
        # is a part of ("of Ukraine's losses": the loss turns it round below).
        owner = next(
            (
                m
                for m in sentence.actors
                if end <= m.start <= end + 12
                and m.text.lower().endswith(("'s", "\u2019s"))
                and _OF_OWNER.fullmatch(folded, end, m.start)
                and _THEIR_GAINS.match(folded, m.end)
            ),
            None,
        )
    gains_of = (
        _SIDE_GAINS_AFTER.match(folded, end)
        if owner is None and not taken_back
        else None
    )
    if gains_of is not None:
        # "some 400 km2 of Russian advances", "3,985 km2 of Russian forces
        # advanced": the side the gains are told of, whatever the subject.
        side = SIDE_OF_WORD[gains_of["side"].lower().removesuffix("'s")]
        words = gains_of.group(0).strip()
        owner = ActorMention(gains_of.start("side"), gains_of.end(), words, side)
    if owner is not None:
        # "against Russia's 505 km2", "offset by Ukraine's recapture of 30 km2":
        # the side whose figure or whose capture it is, whatever the subject.
        chosen, how = (owner.actor, owner.text), f"actor '{owner.text}' (its figure)"
    elif taker := definite_taker(folded, (start, end), sentence):
        # "… gives Kyiv nearly as much territory as the 450 square miles the
        # Kremlin has managed to take": the side of the clause on the figure
        chosen, how = (taker.actor, taker.text), f"actor '{taker.text}' (took it)"
    elif subjects and not _PRONOUN_SUBJECT.search(folded[subjects[-1].end : start]):
        mention = subjects[-1]
        chosen, how = (mention.actor, mention.text), f"actor '{mention.text}'"
        reading.own_subject = True
        if mention.enemy and speaker and speaker[0] == "russia":
            chosen = ("ukraine", mention.text)
        if loss and cues.LOST_TO.search(
            folded, max(0, mention.start - 12), mention.start
        ):
            loss = False  # "than they lost to the Russians (1,300 km2)": the gainer
    elif not subjects and (
        possessor := possessor_side(
            folded,
            low,
            start,
            sentence,
            # the sentence before, or the paragraph's before it
            context.named_side or context.earlier_side,
            speaker,
        )
    ):
        chosen, how = possessor, f"actor '{possessor[1]}' (whose forces)"
    elif taker := relative_taker(folded, end, sentence):
        # "more than the 440 square miles Russia has gained in Ukraine"
        chosen, how = (taker.actor, taker.text), f"actor '{taker.text}' (took it)"
    elif agent is not None:
        chosen, how = (agent.actor, agent.text), f"actor '{agent.text}'"
    elif (
        previous is not None
        and previous.subject
        # "The enemy captured 5 km2, but we took back 3," Konashenkov said:
        # a "we" of its own is the speaker's side, not the figure before's.
        and not (speaker and _WE_SUBJECT.search(folded, low, start))
    ):
        chosen = (previous.subject, previous.actor_words)
        how = "actor as the previous figure"
    else:
        outside = [
            m
            for m in sentence.actors
            if not is_object(folded, m)
            and not _agent_of_land(folded, m, high)
            and not any(
                lo <= m.start < hi
                for index, (lo, hi) in enumerate(sentence.clauses)
                if index != number
            )
            and not (low <= m.start < high and m.start >= end)
            # past the last clause: another statement ("… – the minister noted
            # the Russian invasion")
            and not (number == len(sentence.clauses) - 1 and m.start >= high)
        ]
        # "… said its units had recaptured 40 km2, before Russian troops broke
        # through": the side of another event's clause is not the figure's
        # when the figure has a voice of its own ("peak of 725 km2 made in
        # November, after Russian forces embarked on advances" has none).
        event_at = event_clause_at(folded, end, high)
        if event_at is not None and not FIRST_PERSON.search(folded, low, event_at):
            event_at = None
        after = [
            m
            for m in sentence.actors
            if end <= m.start < (event_at if event_at is not None else high)
            and not is_object(folded, m)
            and not DRIVEN_OUT.match(folded, m.end, m.end + 30)
            # "…, which amounts to 64% of the territory occupied by Ukraine"
            and not in_aside(folded, m.start, m.end, [lo for lo, _ in sentence.spans])
            and not _agent_of_land(folded, m, high)
            # "taken from Ukrainian control": the side that lost it
            and not _FROM_CONTROL.match(folded, max(0, m.start - 9), m.end + 9)
            # "have taken 430 km2 of Russian-held territory": the land's holder
            and not _HELD_ADJECTIVE.match(folded, m.end)
            # "… in a very critical area for the enemy": an object, not the
            # taker ("a net gain of 634 km2 for Russia" names it right after)
            and not (
                m.start - end > 12
                and _PREPOSITION_BEFORE.search(folded, max(0, m.start - 12), m.start)
            )
        ]
        if after and _NEW_CLAUSE.search(folded, end, after[0].start):
            # "We liberated 10 km2 …, and the enemy is retreating": the side
            # after the figure is another clause's.
            after = []
        if _WE_BEFORE.search(folded, low, start):
            # '"We liberated 2 km2 in an area critical for the enemy," the
            # commander said': inside the quotation, the "we" speaks; only a
            # side named after it (the speaker) may say whose "we" it is.
            closing = _QUOTE_END.search(folded, end)
            after = [m for m in after if closing and m.start >= closing.end()]
        losers = list(_FROM_SIDE.finditer(folded, low, high)) + list(
            _SIDE_HELD_LAND.finditer(folded, end, high)
        )
        first_person = FIRST_PERSON.search(folded[low:high])
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
            side = SIDE_OF_WORD[loser.split()[0]]
            chosen = (other_side(side) or "", loser)
            how = f"actor '{chosen[0]}' (took it from '{loser}')"
        elif (
            not context.last_sentence
            and THIRD_PERSON.search(folded, low, start)
            and (named := leading_side(context.earlier_side))
        ):
            # "Russian troops stepped up their assaults near Pokrovsk." / "This
            # week they captured 20 km2": the side the paragraph before ended on.
            chosen = named
            how = f"actor '{named[1]}' ('it'/'they' of the paragraph before)"
        elif context.actor is not None and THIRD_PERSON.search(folded, low, start):
            # "In the Kursk region, it regained 600 km2": the side of the
            # sentence before, not the voice's default for "regained".
            chosen = context.actor
            how = f"actor '{context.actor[1]}' ('it'/'they' of the sentence before)"
        elif named := antecedent_side(folded, low, start, context.named_side):
            # "… brought steady gains for the Russian Armed Forces. During that
            # month they liberated …": the side the sentence before names
            chosen = named
            how = f"actor '{named[1]}' ('it'/'they' of the sentence before)"
        elif (body := speaker_of(folded[low:start])) is not None and not (
            _MAPPERS.search(body[1])  # "According to DeepState, the occupied area …"
        ):
            # "Russian General Staff generals were able to take control of …"
            chosen, how = body, f"actor '{body[1]}'"
        elif (
            liberated
            and not first_person
            and not cues.LIBERATION.search(context.named_side)
            and _russian_land(sentence, low, high)
        ):
            # "60 km2 of the Kursk region were taken back": land won back with
            # no agent is the gain of the side whose land it is.
            chosen = ("russia", liberated.group(0))
            how = f"actor 'russia' ('{liberated.group(0)}' of Russian land)"
        elif (
            speaker is not None
            and (
                first_person
                or liberated
                # "The army has captured 45 km2, the Russian defence ministry
                # said": the side's own army, named by no side
                or _OWN_FORCE.search(folded, low, start)
            )
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
            voiced = first_person or liberated or _OWN_FORCE.search(folded, low, start)
            cue = voiced.group(0).strip() if voiced else ""
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
        elif (
            liberated
            and first_person
            and context.named_side
            and (named := leading_side(context.named_side))
        ):
            # "Russian paratroopers have pressed toward Kupiansk. 'We've
            # liberated 15 km2,' one of their officers said": the "we" of the
            # side the sentence before is about.
            chosen = named
            how = f"actor '{named[1]}' ('we' of the side before)"
        elif liberated and not russian_voice(sentence):
            chosen = ("ukraine", liberated.group(0))
            how = f"actor 'ukraine' ('{liberated.group(0)}' of Ukrainian land)"
        elif liberated:
            # "… has been liberated, the Russian Ministry of Defense reported".
            chosen = ("russia", liberated.group(0))
            how = f"actor 'russia' ('{liberated.group(0)}' in a Russian source)"
        elif moved := levels.OWN_LAND_MOVED.search(folded, low, start):
            # "Ukraine's territory shrank by 505 km2": the side whose land it is
            side = SIDE_OF_WORD[moved["side"].lower()]
            chosen, how = (side, moved.group(0)), f"actor '{side}' (its land moved)"
        elif held := _HELD_BY.search(folded, low, high):
            side = SIDE_OF_WORD[held["side"].lower()]
            chosen, how = (side, held.group(0)), f"actor '{held.group(0)}'"
        elif (taken := _TAKEN_LAND.search(folded, end, high)) and (
            side := _taker(taken)
        ):
            chosen, how = (
                (side, taken.group(0)),
                f"actor '{side}' (took the other's land)",
            )
        elif (
            (seized := _SEIZED_UNNAMED.match(folded, end, high))
            and not sentence.actors
            and not any(m.region in cues.RUSSIAN_REGIONS for m in sentence.regions)
            # "the 6,000 km2 captured in the Kharkiv counteroffensive": Ukraine's
            and not _UKRAINES_PUSH.search(folded)
            and not _UKRAINES_PUSH.search(context.named_side)
        ):
            chosen = ("russia", seized.group(0).strip())
            how = f"actor 'russia' ('{chosen[1]}', no side named)"
        elif occupied := _OCCUPIED.search(folded, low, high):
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
        reading.problems.append(NO_SIDE)
        return
    actor, words = chosen
    reading.subject = actor
    if loss or cues.ALL_BUT.search(folded, max(low, start - 40), start):
        # "Moscow controls all but 5,000 km2 of Donetsk": the rest is the other's.
        actor = other_side(actor) or actor
        how += f" lost it: gain of {actor}" if loss else f" holds the rest: {actor}'s"
    reading.actor, reading.actor_words = actor, words
    reading.why.append(how)


def _russian_land(sentence: Sentence, low: int, high: int) -> bool:
    """True when every place the clause names is Russia's (Kursk, Belgorod,
    "Russian territory"), so land won back there is Russia's own."""
    places = [m.region for m in sentence.regions if low <= m.start < high]
    return bool(places) and all(
        p in cues.RUSSIAN_REGIONS or p == "russia" for p in places
    )


def _taker(taken: re.Match[str]) -> str:
    """The side that takes the land `taken` names the owner of: the other one;
    "" for an oblast name we do not know."""
    if taken["owner"]:
        return "russia" if taken["owner"].lower().startswith("ukrain") else "ukraine"
    slug = REGION_NAMES.get(taken["oblast"].lower(), "")
    if not slug:
        return ""
    return "ukraine" if slug in cues.RUSSIAN_REGIONS else "russia"


_MAPPERS = re.compile(r"deep\s?state|\bisw\b|institute\s+for", re.IGNORECASE)
_BARE_FORCE = re.compile(
    r"\b(?:the|its|their)\s+(?:army|military|troops|forces|armed\s+forces)\b",
    re.IGNORECASE,
)


_ASIDE_OPENS = re.compile(
    r"\s*(?:which|who|whose|where|when|[a-z]{3,}ing|despite|amid|although|though"
    r"|backed|supported|helped|hit)\b",
    re.IGNORECASE,
)


def _in_subject_aside(folded: str, mention: ActorMention, start: int) -> bool:
    """True when `mention` stands in a comma aside that opens with a relative or
    a participle and closes before the figure."""
    comma = folded.rfind(",", 0, mention.start)
    if comma < 0 or not _ASIDE_OPENS.match(folded, comma + 1, mention.start):
        return False
    return folded.find(",", mention.end, start) >= 0
