"""The place a paragraph offers a sentence whose figure names none.

"Ukrainian forces have seized an additional 40 km2" followed by "… 72
settlements in the Kursk region": the oblast named nearest in the same
paragraph, or the one the sentence before the paragraph says land was taken
in. Read once per article, in one pass each way over every paragraph, so it
stays linear in the length of the text; `region` uses it only when a figure's
own clause and the figures before it name no place.
"""

from __future__ import annotations

import re

from frontline.extract import cues
from frontline.extract.actors import RegionMention, find_actors
from frontline.extract.place_clauses import aimed_at, speech_venue


def paragraph_oblasts(
    paragraph_of: dict[int, list[int]],
    oblasts: list[list[RegionMention]],
    with_area: list[bool],
    texts: list[str] | None = None,
) -> list[tuple[str, str] | None]:
    """For each sentence, the oblast named nearest to it in its own paragraph.

    Used only when a figure's sentence names no place and no earlier figure gave
    one: "Ukrainian forces have seized an additional 40 square kilometers" is
    followed by "... 72 settlements in the Kursk region". The sentence before
    that names places wins over the one after; a later sentence with an area of
    its own places that area, not this one ("… 198 km2. Three-quarters, or 155
    km2, are in Donetsk"); a sentence naming several oblasts gives none. One
    pass each way over every paragraph keeps it linear.

    With `texts`, a paragraph whose sentences name no place before the figure
    takes the place of the sentence just before the paragraph when that one
    tells of land taken in one oblast ("… 30 towns in the eastern Kharkiv
    region retaken by Kyiv's army." / "… Ukraine captured about 2,000 sq km in
    recent days"): the same push, unless the two sentences lead with other sides.
    """
    result: list[tuple[str, str] | None] = [None] * len(oblasts)
    if texts is not None:
        # "In the south, the military continues its offensive in the Melitopol
        # and Berdyansk directions": a sentence led by a part of the country
        # places the paragraph there; its towns only detail that part.
        # "SUMY, Ukraine — Sirens sounded overnight": where a report was filed
        # or a statement made places no figure of the paragraph either.
        # "Russian drones struck Kharkiv overnight", "Zelensky met troops in
        # Kramatorsk": a sentence with no figure that tells of a strike, a
        # casualty or a visit, and of no fighting on the ground, places no push.
        # "Zelensky visited the Kharkiv region. Russia took 60 km2 there": a
        # sentence that points back with "there" takes the visit's place.
        pointed = {
            members[k]
            for members in paragraph_of.values()
            for k in range(len(members) - 1)
            if _POINTS_BACK.search(texts[members[k + 1]])
        } | {
            members[0] - 1
            for members in paragraph_of.values()
            if members[0] > 0 and _points_to_city(texts[members[0]])
        }
        oblasts = [
            _offered(text, mentions, area, i in pointed) if mentions else mentions
            for i, (text, mentions, area) in enumerate(
                zip(texts, oblasts, with_area, strict=True)
            )
        ]
    for members in paragraph_of.values():
        if texts is not None and _PART_LEAD.match(texts[members[0]]):
            # "In the south, the military continues its offensive …": the
            # paragraph is about that part; its towns only detail it.
            continue
        pushed = (
            _pushed_place(texts, oblasts, with_area, members[0])
            if texts is not None
            else None
        )
        tally = texts is not None and bool(_TALLY_LINE.match(texts[members[0]]))
        if pushed is None and tally:
            # "… the Toretsk House of Culture." / "+ ~1.05km2 in favour of
            # Ukraine" / "+ ~0.05km2 in favour of Russia": a tally's lines
            # count the ground the paragraph above tells of.
            pushed = _tallied_place(texts, oblasts, with_area, members[0])
        back = False  # the paragraph points back to the place ("of the city")
        pronoun = (  # "they recaptured …": the subject is the side told before
            _BACK_REFERENCE.search(texts[members[0]]) if texts is not None else None
        )
        if (
            pushed is None
            and texts is not None
            and (pronoun or _points_to_city(texts[members[0]]))
        ):
            back = True
            # "Ukraine's marines hold a foothold near Krynky." / "In October
            # they lost 3 km2 there": a figure that points back with "they" or
            # "there" takes the place the paragraph before ended on.
            pushed = _pushed_place(texts, oblasts, with_area, members[0], push=False)
        before: dict[int, list[RegionMention]] = {}
        last: list[RegionMention] = []
        for i in members:
            before[i] = last
            last = oblasts[i][::-1] or last
        after: list[RegionMention] = []
        for i in reversed(members):
            mentions = before[i] or after
            if mentions and len({m.region for m in mentions}) == 1:
                result[i] = (mentions[0].region, mentions[0].text)
            if oblasts[i] and not with_area[i]:
                # "Around Kharkiv, we have begun to advance …": a sentence led
                # by a place turns to that place; it does not detail the figure
                # before it.
                led = texts is not None and (
                    _PLACE_LEAD.match(texts[i]) or _led_by(texts[i], oblasts[i])
                )
                # "… 160 km2 in the final week of October." / "They are closing
                # in on Kurakhove": a town aimed at after the figure is no place
                # of it (a push toward a town before it sets the scene).
                after = (
                    []
                    if led
                    else [
                        m
                        for m in oblasts[i]
                        if texts is None or not aimed_at(texts[i], m)
                    ]
                )
        for i in members:
            if oblasts[i] or pushed is None:
                break
            if (
                with_area[i]
                and result[i] is None
                and texts is not None
                and (
                    tally
                    or (back and not pushed[2])
                    or _side(texts[i]) in ("", pushed[2])
                    # "… they recaptured 183 km2, pushing Russian forces out":
                    # a side named after the pronoun subject is its object
                    or (i == members[0] and _subject_pronoun(texts[i], pronoun))
                )
            ):
                result[i] = pushed[:2]
    return result


def _offered(
    folded: str, mentions: list[RegionMention], with_area: bool, pointed: bool
) -> list[RegionMention]:
    """The places of a sentence that may place a figure of its paragraph: none
    when it opens on a part of the country or tells of no push, and never a
    dateline or the place a statement was made in, unless the next sentence
    points back to it (`pointed`). Asked only of sentences that name a place,
    a few in an article."""
    if _PART_LEAD.match(folded) or (
        not with_area
        and " and " in folded
        and _COMPASS_WORD.search(folded)
        and _AND_A_PART.search(folded)
    ):
        return []
    if pointed:
        return mentions
    if not with_area and _not_a_push(folded):
        return []
    return [m for m in mentions if not speech_venue(folded, m.start)]


# "a counter-offensive in the Kharkiv region and sustained pressure on Russian
# forces in the south": an oblast and a part of the country, several places.
_AND_A_PART = re.compile(
    r"\band\s+[^.;]{0,60}?\b(?:in|on|along)\s+the\s+(?:south|north|east|west"
    r"|(?:southern|northern|eastern|western)\s+(?:front|flank|direction))\b",
    re.IGNORECASE,
)
# "… 60 km2 there", "in that region": a sentence that points back to a place.
_POINTS_BACK = re.compile(
    r"\b(?:there(?!['\u2019]|\s+(?:is|are|was|were|has|have|had|will|would|may|might|could"
    r"|remain\w*|seem\w*)\b)|(?:in|on)\s+(?:that|this)\s+(?:region|oblast|area"
    r"|province|direction|sector))\b",
    re.IGNORECASE,
)


# ("According to the ISW, in the south, …": led by what follows the source)
_SOURCE_FIRST = r"\W*" + cues.SOURCE_FIRST
_PLACE_LEAD = re.compile(
    _SOURCE_FIRST
    + r"(?:around|near|outside|close\s+to)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s*,",
    re.IGNORECASE,
)
# "In the Donetsk region, the pace slowed": a sentence that opens on a place.
_IN_LEAD = re.compile(
    _SOURCE_FIRST + r"(?:in|on|along|at)\s+[^,;.]{1,50}?,", re.IGNORECASE
)


def _led_by(folded: str, mentions: list[RegionMention]) -> bool:
    """True when the sentence opens with "in <place>," naming one of `mentions`."""
    lead = _IN_LEAD.match(folded)
    return bool(lead and any(m.start < lead.end() for m in mentions))


_PART_LEAD = re.compile(
    _SOURCE_FIRST
    + r"(?:in|on|along)\s+the\s+(?:(?:north|south)(?:east|west)?|east|west|"
    r"(?:(?:north|south)(?:ern|-?east(?:ern)?|-?west(?:ern)?)|eastern|western)\s+"
    r"(?:front(?:line)?|direction|axis|sector))\s*,",
    re.IGNORECASE,
)
# Land taken or a push made: the verbs of a sentence that places a push without
# a figure.
_TAKEN = re.compile(
    r"\b(?:retaken|retook|recaptured|liberated|captured|seized|took|taken|freed|"
    r"regained|reclaimed|de-?occupied|won\s+back|taken\s+back|advanced|"
    # "have made notable progress in Russia's Kursk region": a push, told whole
    r"made\s+(?:[\w-]+\s+){0,2}(?:progress|gains|advances|headway)|gained\s+ground|"
    # "The Ukrainian army has claimed major gains …": a push, told whole
    r"(?:claimed|reported|achieved)\s+(?:[\w-]+\s+){0,2}(?:gains|advances)|"
    r"pushed\s+(?:deeper|further)\s+into|"
    # "… preventing them from advancing deep into the territory of Sumy region",
    # "Russian troops are pushing into the Sumy region": a push into one oblast
    r"(?:advanc|push)(?:ed|es|ing|e)?\s+(?:deep\s+|deeper\s+|further\s+)?into|"
    # "an operation to liberate a forest near Lyptsi", "launched a counteroffensive
    # near Huliaipole", "which led to the enemy losing several positions"
    r"liberat\w*|recover(?:ed|ing)|restored|(?:counter-?)?offensives?|"
    # "drove the Russians back near Krynky": a side pushed back, not a claim
    r"(?:pushed|drove|driven|forced|threw|thrown)\s+(?:[\w'-]+\s+){1,3}back|los(?:ing|t|es?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:territor\w*|ground|land|positions|areas))\b",
    re.IGNORECASE,
)


def _pushed_place(
    texts: list[str],
    oblasts: list[list[RegionMention]],
    with_area: list[bool],
    first: int,
    push: bool = True,
) -> tuple[str, str, str] | None:
    """The one oblast the sentences before a paragraph say land was taken in,
    with the words and the side the sentence of the push leads with ("" if
    none). "The Russian offensive in the Sumy region continues." / "… the enemy
    was stopped at Yunakivka.": looked for back over the sentences with no
    figure (up to a few), which must all name that one oblast when they name
    any; a sentence with a figure places its own figure, and ends the search."""
    found: list[int] = []
    for index in range(first - 1, max(-1, first - 1 - _BACK), -1):
        if with_area[index]:
            break
        if oblasts[index]:
            found.append(index)
    if len({m.region for index in found for m in oblasts[index]}) != 1:
        return None
    told = next(
        (index for index in found if not push or _takes_land(texts[index])), None
    )
    if told is None:
        return None
    mention = oblasts[told][0]
    return mention.region, mention.text, _side(texts[told])


# A line of a map tally: a bullet, a figure and the side it went to.
_TALLY_LINE = re.compile(
    r"\W{0,3}(?:[+\u2022*\u2013-]\s*)?(?:net\s+)?(?:about\s)?\s*\d[\d.,]*\s*"
    r"(?:km2|km\u00b2|sq\.?\s*km|square\s+kilomet(?:re|er)s?)\s+(?:net\s+)?in\s+"
    r"(?:(?:the\s+)?favou?r\s+of|[\w-]+['\u2019]s\s+favou?r)\b",
    re.IGNORECASE,
)


def _tallied_place(
    texts: list[str],
    oblasts: list[list[RegionMention]],
    with_area: list[bool],
    first: int,
) -> tuple[str, str, str] | None:
    """The place of the paragraph a tally follows, back over the tally's
    earlier lines; its side is none, so either side's line takes it."""
    while first > 0 and _TALLY_LINE.match(texts[first - 1]):
        first -= 1
    found = _pushed_place(texts, oblasts, with_area, first, push=False)
    return (found[0], found[1], "") if found else None


# "captured 30 Russian soldiers", "took 12 prisoners": a verb of taking whose
# object is people, not land.
_PEOPLE = re.compile(
    r"\s+(?:(?:about|some|around|nearly|over|more\s+than|at\s+least)\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|several|two|three|four|five|ten)\s+(?:of\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:soldiers|servicem[ae]n|troops|prisoners|fighters|"
    r"people|men|marines|paratroopers|mercenaries|civilians)\b",
    re.IGNORECASE,
)


def _takes_land(text: str) -> bool:
    """True when a sentence tells of land taken: a verb of taking whose object
    is not a number of people."""
    return any(not _PEOPLE.match(text, m.end()) for m in _TAKEN.finditer(text))


# "… recaptured 20 km2 north and south of the city": the city named before
_CITY_BACK = re.compile(
    r"\b(?:of|near|around|outside|in|into|from|towards?)\s+the\s+(?:city|town)\b"
    r"(?!\s+of\b)",
    re.IGNORECASE,
)


def _points_to_city(text: str) -> bool:
    """ "… north and south of the city": a look for the words first, as most
    sentences have neither."""
    return ("the city" in text or "the town" in text) and bool(_CITY_BACK.search(text))


_COMPASS_WORD = re.compile(r"south|north|east|west", re.IGNORECASE)
# A paragraph that opens by pointing back: "they"/"it" as its subject, or
# "there" (not "there is").
_BACK_REFERENCE = re.compile(
    # (after a fronted phrase: "Between December 11 and 25, they recaptured")
    r"^\W*(?:[^,;.]{1,60},\s*)?(?:[\w'-]+\s+){0,4}?(?P<pronoun>they|it)\s+"
    r"(?:(?:have|has|had|also|now|then|still)\s+)*"
    r"(?:captured|took|taken|lost|seized|gained|won|occupied|liberated|retook|retaken"
    # "They now control about 25 km2 around the town": land held there
    r"|recaptured|advanced|regained|pushed|freed|control|controls|hold|holds)\b|\bthere\b(?!['\u2019]|\s+(?:is|are|was|were|has|have"
    r"|had|will|would|may|might|could|remain\w*|seem\w*)\b)",
    re.IGNORECASE,
)
# How many sentences with no figure the place of a push may lie back.
_BACK = 4


# What happens away from the fighting on the ground: strikes, casualties,
# evacuations, visits and meetings.
_AWAY = re.compile(
    r"\b(?:drones?|missiles?|strikes?|struck|shell(?:ed|ing|s)?|bomb\w*|air\s+raid"
    r"|sirens?|explosions?|blasts?|killed|killing|injur\w*|wounded|casualties"
    r"|evacuat\w*|visit\w*|met|meeting|summit|talks|power\s+(?:cuts|outages?))\b",
    re.IGNORECASE,
)
# What the fighting on the ground is told with.
_GROUND = re.compile(
    r"\b(?:advanc\w*|push\w*|attack\w*|assaults?|offensive|counter-?offensive"
    r"|fight\w*|battles?|clashes|captur\w*|seiz\w*|took|tak(?:e|en|ing)|liberat\w*"
    r"|retak\w*|retook|recaptur\w*|enter\w*|cross\w*|encircl\w*|storm\w*|incursion"
    r"|front(?:line)?|direction|axis|sector|gains?|ground|positions?|occup\w*"
    # "Russian troops met fierce resistance near Pokrovsk": a push, though "met"
    r"|resist\w*|repel\w*|repuls\w*|counter-?attack\w*"
    # "A Ukrainian drone unit is holding the line near Siversk": defence
    r"|(?<!air\s)(?<!missile\s)(?<!of\s)defen[cds]\w*(?!\s+(?:minist\w*|secretar\w*"
    r"|officials?|chiefs?|council|intelligence|industr\w*|spending|budgets?|pacts?"
    r"|department|attach\w*))|the\s+line"
    # "reported on the situation in Kursk Region … at a command post"
    r"|situation|command\s+posts?|grouping|operations?)\b",
    re.IGNORECASE,
)


def _not_a_push(folded: str) -> bool:
    """True when a sentence tells of a strike, a casualty or a visit and of no
    fighting on the ground."""
    return bool(_AWAY.search(folded)) and not _GROUND.search(folded)


def _subject_pronoun(folded: str, pronoun: re.Match[str] | None) -> bool:
    """True when "they" or "it" of `pronoun` comes before any side the
    sentence names: it is the subject, and the sides after it are not."""
    if pronoun is None or not pronoun["pronoun"]:
        return False
    return all(a.start >= pronoun.start("pronoun") for a in find_actors(folded))


def _side(folded: str) -> str:
    """The side a sentence names first ("" if none)."""
    actors = find_actors(folded)
    return actors[0].actor if actors else ""
