"""Which side a mention of a side stands for, around a figure.

"took 701 km2 from the Ukrainians": the side named after "from" is the loser,
not the one that gained; "the enemy has been pushed back and 12 km2 liberated":
the side driven out lost. `reading` asks these questions of every mention
before it chooses a figure's actor.
"""

from __future__ import annotations

import re

from frontline.extract import cues
from frontline.extract.actors import ActorMention, find_actors
from frontline.extract.figure import Sentence
from frontline.extract.share_whole import share_of

# A side named as the loser or target: "took 701 km2 from the Ukrainians",
# "pushed Russian forces out of", "its counterattack against Russia".
OBJECT_BEFORE = re.compile(
    r"\b(?:from|against|out\s+of|(?:pushed|pushing|push|drove|driven|drive|driving|"
    r"forced|forcing|threw|thrown)(?:\s+back)?|"
    r"dislodge|dislodged|expelled|repelled|ousted|evicted|cleared|cleansed|"
    # "Ukrainian counter-attacks cost Russia 20 km2": the side that paid lost
    r"cost|costs|costing|"
    r"targeting|invaded|invade|invading|attacked|attack"
    r"|attacking|(?:purged|cleared|cleansed|freed|rid|km2|km²|kilomet(?:re|er)s?)\s+of"
    # "1,000 km2 of the territory of the Russian Federation": the land's country
    r"|(?:territory|territories|land|lands|soil)\s+of"
    # "captured a Ukrainian command post", "stormed a Russian stronghold": the
    # side of the thing taken lost it
    # (not "it took Russian troops three months to …": the time it took them)
    r"|(?:captur\w*|seiz\w*|(?<!\bit\s)took|overr[au]n|storm\w*)(?:\s+(?:a|an|several|some|many"
    r"|two|three|four|five|\d+))?"
    # "destroyed a Russian column and liberated 12 km2", "ambushed a Ukrainian
    # unit": the side of what was hit lost it, not the side that gained
    r"|(?:destroy(?:ed|ing|s)?|defeat(?:ed|ing|s)?|ambush(?:ed|ing|es)?|rout(?:ed|ing)"
    r"|struck|hit|shot\s+down|downed|eliminat(?:ed|ing|es)|wip(?:ed|ing)\s+out)"
    r"\s+(?:a|an|the|several|some|many|two|three|four|five|\d+)"
    # "faced heavy Russian shelling but recaptured 4 km2", "endured Ukrainian
    # drone strikes yet seized 25": the side withstood is not the one that gained
    r"|(?:faced|facing|faces|endured|enduring|endures|withstood|withstanding"
    r"|weathered|weathering|repelled|repelling|repels|resisted|resisting)(?:\s+(?:heavy|fierce|intense|constant|relentless|mounting"
    r"|continuous|renewed|massive|repeated|daily|sustained|the|a))*"
    # "in fierce battles with Russian forces", "amid clashes with the Russian
    # army": the side fought is the other one
    r"|(?:fight(?:s|ing)?|battles?|clash(?:es)?|engagements?|combat|skirmish(?:es)?"
    r"|duels?)\s+with"
    # "retreat … to 800 km2 amid continuous Russian advances": the setting
    r"|amid(?:st)?(?:\s+(?:continuous|constant|mounting|relentless|heavy|intense|"
    r"repeated|renewed|fierce|ongoing))?)"
    r"(?:\s+(?:the|occupying|invading|attacking))?\s+$",
    re.IGNORECASE,
)
# "out of", "back", or a side's lines, land or defences: the place fought over,
# not the side that gained ("penetrated Russian lines and captured 3,000 km2").
OBJECT_AFTER = re.compile(
    r"^\s+(?:out\s+of|back\b|(?:front\s+)?lines?\b|positions?\b|defen[cs]es?\b|"
    r"defensive\b|fortifications?\b|trenches\b|border\b|soil\b|land\b)",
    re.IGNORECASE,
)
# "… liberated after Ukrainian troops were driven out of the town": a side named
# after the figure as the one driven out lost it.
DRIVEN_OUT = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:driven|forced|pushed|"
    r"thrown|knocked|expelled|ousted|repelled|repulsed|dislodged|routed)\b",
    re.IGNORECASE,
)


def one_side(folded: str) -> tuple[str, str] | None:
    """The side a sentence names, if it names one only ("when the Russian
    military launched ..."), for a bare "the army" in the next sentence."""
    return _only_side([m for m in find_actors(folded) if not m.enemy])


def _only_side(mentions: list[ActorMention]) -> tuple[str, str] | None:
    sides = {m.actor for m in mentions}
    return (mentions[0].actor, mentions[0].text) if len(sides) == 1 else None


_FIGURE_LAND_THAT = re.compile(
    r"(?:km2|km²|kilomet(?:re|er)s?|miles?)\s+of\s+(?:[\w-]+\s+)?(?:territory"
    r"|territories|land|lands|ground)\s+(?:that|which)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def is_object(folded: str, mention: ActorMention) -> bool:
    """A side named as the loser or target, not the one that gained."""
    return bool(
        OBJECT_BEFORE.search(folded[max(0, mention.start - 24) : mention.start])
        or OBJECT_AFTER.match(folded[mention.end : mention.end + 12])
        # "Ukraine stunned the world—and Russia in particular—by …": a side
        # named in an aside between dashes is not the clause's subject.
        or (
            _DASH_OPEN.search(folded, max(0, mention.start - 16), mention.start)
            and _DASH_CLOSE.match(folded, mention.end, mention.end + 50)
        )
        # "took back 1,000 km2 of land that Russia had claimed": the holder
        # before, in a relative clause on the figure's land (not "the area that
        # Ukraine controls is 600 km2", the holder of a holding)
        or _FIGURE_LAND_THAT.search(folded, max(0, mention.start - 60), mention.start)
        # "the enemy has been pushed back and 12 km2 liberated": the one driven
        # out is the side that lost.
        or _DRIVEN_BACK.match(folded, mention.end, mention.end + 80)
        # "Russian counterattacks failed to stop the advance, and 12 km2 were
        # liberated": the side whose attack failed is not the gainer.
        or _failed(folded, mention)
    )


def _failed(folded: str, mention: ActorMention) -> bool:
    """True when the side's attack failed or was repelled right after the
    mention; a side's troops that 'failed' to do one thing are still the
    subject of what follows."""
    found = _FAILED.match(folded, mention.end, mention.end + 60)
    if found is None:
        return False
    return not found["failed"] or bool(
        found["noun"] or _ATTACK_END.search(mention.text)
    )


_ATTACKS = (
    r"(?:attacks?|assaults?|counter-?attacks?|counter-?offensives?"
    r"|offensives?|attempts?|efforts?|advances?)"
)
_ATTACK_NOUN = (
    rf"(?:[\w-]+\s+)?{_ATTACKS}\s+"
    # "Russian assaults near Lyman failed"
    r"(?:(?:near|around|on|at|in)\s+(?:the\s+)?[\w'-]+\s+)?"
)
# An attack noun the side's mention itself may end on ("Russian counterattacks").
_ATTACK_END = re.compile(rf"{_ATTACKS}$", re.IGNORECASE)
_FAILED = re.compile(
    # an attack that failed; not "Russian troops failed to take Kupiansk but
    # seized 40 km2": the troops themselves failing at one aim (see `_failed`)
    rf"\s+(?:(?P<noun>{_ATTACK_NOUN})?(?:(?:have|had|has)\s+)?(?P<failed>failed)"
    rf"|(?:{_ATTACK_NOUN})?(?:(?:have|had|has)\s+been\s+|(?:were|was)\s+)"
    # (not "Russia's offensive stalled after it captured 400 km2": a push that
    # slowed after gains of its own)
    r"(?:repelled|repulsed|beaten\s+back|thwarted))\b",
    re.IGNORECASE,
)


# (Dashes are folded to "-": "world—and Russia" reads "world-and Russia".)
_DASH_OPEN = re.compile(
    r"(?:\s-\s*(?:and\s+|or\s+)?|-(?:and|or|especially|notably)\s+)$", re.IGNORECASE
)
_DASH_CLOSE = re.compile(r"\s*[^.;,\d-]{0,25}-")


# "the enemy has been pushed back and …", "the Russians were driven out of the
# village, and …": a finished passive of defeat, not the figure's own verb
# ("Ukrainian forces were driven out of 500 km2" is a loss told of its subject).
_DRIVEN_BACK = re.compile(
    DRIVEN_OUT.pattern + r"(?:\s+(?:back|out))?(?:\s+(?:of|from)(?:\s+[a-z'-]+){1,4})?"
    r"\s*(?:,|;|\band\b)",
    re.IGNORECASE,
)


def russian_voice(sentence: Sentence) -> bool:
    """True when a Russian speaker or source tells the sentence, so a bare
    "liberated" is Russia's gain."""
    return bool(sentence.speaker and sentence.speaker[0] == "russia") or any(
        s.source.startswith("Russian") for s in sentence.sources
    )


# "After losing 5 km2 in August, Ukrainian units regained 26 km2", "In the
# Pokrovsk sector, having captured 80 km2, Russian forces …": a participle with
# no subject of its own, fronted before the main clause, whose subject it shares.
_FRONTED_PARTICIPLE = re.compile(
    r"(?:^|,)\W*(?:(?:after|having|despite|while|before|since|upon|by|following)\s+"
    r"(?:having\s+)?[a-z]+ing"
    # "Having held some 1,376 km2 in August, Ukrainian troops today control …"
    r"|having\s+(?:already\s+)?(?:[a-z]+ed|held|lost|won|taken|retaken|seized|made"
    r"|overrun|ground\s+out))\b[^,;]*$",
    re.IGNORECASE,
)


def fronted_subject(
    folded: str, start: int, end: int, sentence: Sentence
) -> tuple[tuple[str, str], str] | None:
    """The side of the main clause after a fronted clause the figure stands in
    ("Together with 10 km2 retaken on Monday, Ukraine has …", "After losing
    5 km2, Ukrainian units …"), with the words that say why; None otherwise."""
    main = cues.FRONTED.match(folded, 0, start) or _FRONTED_PARTICIPLE.search(
        folded, 0, start
    )
    if main is None:
        return None
    comma = folded.find(",", end)
    later = [m for m in sentence.actors if m.start > comma >= 0]
    if not later or is_object(folded, later[0]):
        return None
    words = main.group(0).strip(" ,")
    return (
        (later[0].actor, later[0].text),
        f"actor '{later[0].text}' of the main clause after '{words}'",
    )


# "Its forces have retaken 120 km2", "By September 6, its forces held …": a
# subject owned by a pronoun, whose owner an earlier clause or sentence names.
_POSSESSED_FORCE = re.compile(
    r"\b(?:its|their|his)\s+(?:own\s+)?(?:army|military|troops|forces|armed\s+forces"
    # "its gains in May came to about 449 km2": the owner's gains
    r"|units|soldiers|fighters|gains|advances)\s+(?:[\w'-]+\s+){0,6}$",
    re.IGNORECASE,
)


# The words of a statement: its speaker owns a pronoun's forces, and the sides
# it names may be what was done to.
_SAID = re.compile(
    r"\b(?:said|says|say|reported|reports|claimed|claims|stated|announced|told"
    r"|according\s+to)\b",
    re.IGNORECASE,
)


def possessor_side(
    folded: str,
    low: int,
    start: int,
    sentence: Sentence,
    named_side: str,
    speaker: tuple[str, str] | None,
) -> tuple[str, str] | None:
    """The side whose forces a possessive pronoun names as the figure's subject:
    the last side named before it in the sentence, else the speaker of a
    reported clause ("According to him, its troops …"), else the subject the
    sentence before opens on."""
    found = _POSSESSED_FORCE.search(folded, low, start)
    if found is None:
        return None
    before = [
        m
        for m in sentence.actors
        if m.end <= found.start() and not m.enemy and not is_object(folded, m)
    ]
    if before:
        return before[-1].actor, before[-1].text
    if _SAID.search(folded, 0, found.start()):
        # "The brigade said that its forces advanced", "According to him, its
        # troops …": the speaker's own
        return speaker
    mentions = [m for m in find_actors(named_side) if not m.enemy]
    subjects = [m for m in mentions if not is_object(named_side, m)]
    if subjects and subjects[0].start < 60:
        return subjects[0].actor, subjects[0].text
    return None


def leading_side(folded: str) -> tuple[str, str] | None:
    """The side a sentence opens on as its subject ("Russian paratroopers have
    pressed …"), when it names no other side but as an object."""
    return _leading(folded, [m for m in find_actors(folded) if not m.enemy])


def _leading(folded: str, mentions: list[ActorMention]) -> tuple[str, str] | None:
    subjects = [m for m in mentions if not is_object(folded, m)]
    if not subjects or subjects[0].start > 40:
        return None
    if DRIVEN_OUT.match(folded, subjects[0].end):
        return None  # "Russian forces have been pushed back …": the loser
    if len({m.actor for m in subjects}) > 1:
        return None
    return subjects[0].actor, subjects[0].text


# "In the Kursk region, it regained 600 km2": a pronoun subject just before
# the figure
THIRD_PERSON = re.compile(r"\b(?:it|they)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# "they liberated 24 settlements …, some 470 km2": the pronoun subject of the
# figure's verb, the figure told after its first object
_THEY_DID = re.compile(
    r"(?:^|[,;]\s*|\b(?:month|week|year|day|time|period),?\s+)(?:they|it)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|took|won)\b",
    re.IGNORECASE,
)
# "They control no more than 5 km2 there": a clause that opens on its pronoun
_THEY_OPEN = re.compile(r"\W*(?:they|it)\s+(?!is\b|was\b|has\s+been\b)", re.IGNORECASE)
# "Moscow's forces are pressing on … The army has so far reclaimed …"
_THE_ARMY = re.compile(
    r"\W*the\s+(?:army|military|troops|forces)\s+(?:has|have|had)\b", re.IGNORECASE
)


def antecedent_side(
    folded: str, low: int, start: int, named_side: str
) -> tuple[str, str] | None:
    """The side "they", "it" or "the army" opening the figure's clause stands
    for: the side the sentence before (`named_side`) opens on, or the one side
    it names when it is no statement; "the army" takes the side that opens it."""
    army = _THE_ARMY.match(folded, low, start)
    if not (
        army
        or THIRD_PERSON.search(folded, low, start)
        or _THEY_DID.search(folded, low, start)
        or _THEY_OPEN.match(folded, low, start)
    ):
        return None
    mentions = [m for m in find_actors(named_side) if not m.enemy]
    if named := _leading(named_side, mentions):
        return named
    if not _SAID.search(named_side) and (named := _only_side(mentions)):
        return named
    # the side the sentence opens on as its subject, whatever it names later
    # ("Ukrainian units crossed into Russia's Belgorod region …, Moscow
    # acknowledged. They control …")
    first = [m for m in mentions if m.start < 3]
    return (first[0].actor, first[0].text) if first else None


# "the 440 square miles Russia has gained in Ukraine since January": a side
# right after the figure, as the subject of a relative clause that took it
_TOOK_IT = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?P<side>\S+(?:\s+\S+)??)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:now\s+|since\s+)?(?:gained|captured|taken|seized|occupied|won|took|grabbed"
    # "the 450 square miles the Kremlin has managed to take"
    r"|(?:managed|been\s+able)\s+to\s+(?:take|seize|capture|gain|grab|occupy))\b",
    re.IGNORECASE,
)


def relative_taker(folded: str, end: int, sentence: Sentence) -> ActorMention | None:
    """The side named as the subject of a relative clause right after the
    figure that says who took it."""
    if not any(0 < m.start - end <= 20 for m in sentence.actors):
        return None  # most figures: no side right after them
    found = _TOOK_IT.match(folded, end)
    if found is None:
        return None
    return next(
        (m for m in sentence.actors if m.start == found.start("side") and not m.enemy),
        None,
    )


# "the 450 square miles": a figure told as a definite thing, which a relative
# clause after it may say who took
_THE_FIGURE = re.compile(
    r"\bthe\s+(?:(?:about|some|nearly|almost|roughly|over)\s+)?$", re.IGNORECASE
)


def definite_taker(
    folded: str, span: tuple[int, int], sentence: Sentence
) -> ActorMention | None:
    """ "… gives Kyiv nearly as much ground as the 450 square miles the Kremlin
    has managed to take": the side of the clause on a definite figure, whatever
    the main clause's subject (a share's whole is read by `share_whole`)."""
    start, end = span
    if not _THE_FIGURE.search(folded, max(0, start - 16), start) or share_of(
        folded, start
    ):
        return None
    return relative_taker(folded, end, sentence)
