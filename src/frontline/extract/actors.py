"""Who, where and according to whom: actor, region and source words in a sentence.

Each finder returns mentions with their position, because which mention belongs
to which figure depends on where it stands (the actor is normally the nearest one
before the figure; the region the nearest one after it). The finders only read
the sentence; `candidates` decides.

Slugs follow the record model: `russia`, `ukraine`, and oblast slugs such as
`kursk`, `donetsk`, `kharkiv`, `zaporizhzhia`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontline.extract.literals import gated
from frontline.extract.places import QUALIFIED_ONLY, REGION_NAMES, TOWNS
from frontline.extract.speakers import (
    COMMON_PHRASE_NAMES,
    RUSSIAN_UNIT_SPEAKER,
    SPEAKER_SIDES,
    SYRSKYI_SPELLINGS,
    TITLE_WORDS,
    UKRAINIAN_UNIT_SPEAKER,
    acted_on,
)
from frontline.extract.text import POPULATED_PLACES, any_of

# Capitals and governments speak for a side; "Kyiv says" names no source.
_SIDE_NAMES = {"russia", "ukraine", "kyiv", "kiev", "moscow", "the kremlin", "kremlin"}

_PLACE_NOUN = r"(?:region|oblast|province|border\s+region|direction|axis|sector|front)"
_NOT_ACTOR_AFTER = re.compile(
    r"^(?:'s)?[\s-]*(?:territory|territories|land|lands|soil|border|borders|side of the"
    # "some 100 Russian towns and villages": places of a country, not its side
    r"|(?:towns?|villages?|settlements?|cities|localities|hamlets|communities|"
    rf"{POPULATED_PLACES})\b"
    r"|-held|-occupied|-controlled|region|oblast|osint|open[\s-]source|project|"
    r"monitoring|analysts?|sources?|media|news|outlet|portal|military portal|"
    # "the Ukrainian analytical project DeepState", "a Russian mapping group"
    r"analytic(?:al)?|mapping|research|volunteer|"
    r"think[\s-]tank|group|government|authorities|official|channel|telegram|"
    r"general staff|defen[cs]e ministry|ministry|mod\b|president|officials?|"
    + r"(?:"
    + "|".join(REGION_NAMES)
    # "Ukraine's Kursk foothold" is Ukraine's; "Russia's Kursk region" a place.
    + r")(?!\s+(?:foothold|salient|bridgehead|incursion|operation|offensive|gains|"
    r"advances?|troops|forces|positions)\b))",
    re.IGNORECASE,
)
# "Ukraine's second-largest city", "Russia's southern regions": a place.
_PLACE_OF_SIDE = re.compile(
    r"\s+(?:(?!(?:forces|troops|army|military|units|soldiers|the|a|an|and|or|of|in"
    r"|since|to|from|for|with|by|on|at|as)\b)[\w-]+\s+){1,2}"
    # "Ukraine's northern Sumy region": a place named with its country
    r"(?:city|cities|town|capital|port|villages?|regions?|provinces?|oblasts?)\b",
    re.IGNORECASE,
)
_COUNTRY_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|of|into|inside|within|across|throughout|from)\s+(?:eastern\s+|southern\s+"
    r"|northern\s+|western\s+|north-eastern\s+|north-western\s+)?$",
    re.IGNORECASE,
)
_TOWARD = re.compile(r"\b(?:toward|towards|near|around|outside|into)\s+$", re.I)
# "an area twice the size of Kyiv", "larger than Moscow": a place compared by
# size, not a side.
_SIZE_COMPARED = re.compile(
    r"\b(?:size\s+of|as\s+(?:big|large)\s+as|(?:larger|bigger|smaller)"
    r"\s+than)\s+(?:the\s+(?:city|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACE_SIDES = {"russia", "ukraine", "kyiv", "kiev", "moscow"}
_ACTOR_WORDS = re.compile(
    r"\b(?:the\s+)?(?:pro-russian\s+forces|putin's|russia|russians?|moscow|the\s+kremlin|kremlin"
    # "Putin has lost 166 square miles": the leader as the subject of a gain or loss
    r"|putin(?=\s+(?:has\s+|had\s+)?(?:now\s+|already\s+)?(?:lost|gained|captured|seized"
    r"|taken|took|won|grabbed|conquered)\b)"
    r"|the\s+aggressor|aggressor|(?:pro-russian\s+)?separatists|zsu|rf"
    r"|ukraine|ukrainians?|kyiv|kiev|armed\s+forces\s+of\s+ukraine|afu|vsu"
    r"|(?<=\bour\s)defenders"  # "Our defenders still control …": Ukraine's word
    r"|the\s+enemy|enemy|occupiers|occupying\s+forces|occupation\s+forces|invaders"
    # "the adversary", "the opponent": the enemy, named as each side names it
    r"|the\s+adversary|the\s+opponent"
    # Russia's private and Chechen formations: "Wagner has captured …"
    r"|(?:the\s+)?wagner(?:\s+(?:group|pmc|mercenaries|fighters))?|akhmat"
    # "DPR forces" (not "in the DPR", a place)
    r"|(?:dpr|lpr|dnr|lnr)(?=\s+(?:forces|troops|militia|fighters|units|army)\b)"
    r"|(?:the\s+)?defen[cs]e\s+forces(?:\s+of\s+ukraine)?)"
    r"(?:'s)?(?:\s+(?:armed\s+forces|forces|troops|army|military|units|soldiers|"
    r"group\s+of\s+forces|grouping|"
    r"counterattacks?|counter-attacks?|counteroffensive|counter-offensive|offensive|"
    r"assault|advances?|defenders|defence\s+forces|defense\s+forces|invaders|"
    r"occupiers|aggressors?))?\b"
    # "according to Russian military bloggers": a source, not a side
    r"(?!\s+(?:military\s+|war\s+|pro-war\s+|state\s+)?(?:bloggers|milbloggers|analysts"
    r"|media|channels|commentators|outlets))",
    re.IGNORECASE,
)
# The side each first word of an actor names (also how `actor_reading` reads
# the side word its own patterns capture).
SIDE_OF_WORD = {
    "russia": "russia",
    "russian": "russia",
    "russians": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "the": "russia",  # "the kremlin" / "the enemy": decided below
    "enemy": "russia",
    "occupiers": "russia",
    "occupying": "russia",
    "occupation": "russia",
    "invaders": "russia",
    "adversary": "russia",  # decided as "the enemy"
    "wagner": "russia",
    "akhmat": "russia",
    "dpr": "russia",
    "lpr": "russia",
    "dnr": "russia",
    "lnr": "russia",
    "opponent": "russia",
    "pro-russian": "russia",
    "putin's": "russia",
    "putin": "russia",
    "aggressor": "russia",
    "separatists": "russia",
    "rf": "russia",  # "the RF": the Russian Federation
    "zsu": "ukraine",
    "defenders": "ukraine",
    "ukraine": "ukraine",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "armed": "ukraine",
    "afu": "ukraine",
    "vsu": "ukraine",  # the Armed Forces of Ukraine, transliterated from Russian
    "defense": "ukraine",  # "the Defense Forces": Ukraine's own name for its army
    "defence": "ukraine",
}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Words naming a side ("Moscow's forces"), where they stand, and the slug."""

    start: int
    end: int
    text: str
    actor: str
    enemy: bool = False  # "the enemy": whose enemy depends on who speaks


def find_actors(sentence: str) -> list[ActorMention]:
    """Every mention of a side in a (folded) sentence, in order.

    Country names used as places ("of Ukrainian territory", "in Ukraine",
    "Russia's Kursk region") are regions, not actors, and are skipped.
    """
    mentions = []
    for found in _ACTOR_WORDS.finditer(sentence):
        text = found.group(0)
        after = sentence[found.end() :]
        bare = re.sub(r"'s$", "", text)
        if bare == text and _NOT_ACTOR_AFTER.match(after):
            continue
        if text.endswith("'s") and (
            _NOT_ACTOR_AFTER.match(after.lstrip()) or _PLACE_OF_SIDE.match(after)
        ):
            continue
        lowered = text.lower()
        if lowered in _PLACE_SIDES and _SIZE_COMPARED.search(
            sentence, 0, found.start()
        ):
            continue
        if lowered in ("ukraine", "russia") and _COUNTRY_AFTER_PREPOSITION.search(
            sentence[: found.start()]
        ):
            continue
        if lowered in ("kyiv", "kiev") and re.match(
            rf"\s+{_PLACE_NOUN}", after, re.IGNORECASE
        ):
            continue
        if lowered in ("kyiv", "kiev", "moscow") and _TOWARD.search(
            sentence, max(0, found.start() - 12), found.start()
        ):
            continue  # "when they advanced toward Kyiv": the city, a place
        first = lowered.split()[0]
        if first == "the":
            first = lowered.split()[1]
        if first.endswith("'s") and first != "putin's":
            first = first[:-2]
        side = SIDE_OF_WORD.get(first)
        if side is None:
            continue
        enemy = "enemy" in lowered or "adversary" in lowered or "opponent" in lowered
        mentions.append(ActorMention(found.start(), found.end(), text, side, enemy))
    return mentions


def other_side(actor: str) -> str | None:
    """The opposing side of a two-sided war, for losses and 'the enemy'."""
    if actor == "russia":
        return "ukraine"
    if actor == "ukraine":
        return "russia"
    return None


@dataclass(frozen=True, slots=True)
class RegionMention:
    """Words naming a place, where they stand, and the region slug.

    `specific` is True for an oblast (or a town within one) and False for a
    whole country; `reference` is True for "the region" / "the border region",
    whose slug the caller resolves from earlier sentences (slug is then "").
    """

    start: int
    end: int
    text: str
    region: str
    specific: bool
    reference: bool = False


# The place patterns open with "(?<!\w)", not "\b": every name starts with a
# letter, so the two agree, and the look back is the cheaper test at each of a
# sentence's characters (find_regions, a sixth of the reading, 15% faster).
_OBLAST = re.compile(
    r"(?<!\w)(?P<name>"
    + any_of(REGION_NAMES)
    + r")(?:\s+(?:oblast|region|province|direction|axis|border\s+area|area))?\b",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(
    r"\b(?P<name>" + any_of(QUALIFIED_ONLY) + r")\s+(?:oblast|region|province)\b",
    re.IGNORECASE,
)
_TOWN = re.compile(
    r"(?<!\w)(?P<name>" + any_of(TOWNS) + r")\b",
    re.IGNORECASE,
)
# "the Pokrovsky direction", "Bakhmutskyi district": a town's adjective before an axis.
_TOWN_ADJECTIVE = re.compile(
    r"\b(?P<name>" + any_of(TOWNS) + r")"
    r"(?:y|yi|iy|sky|skyi|skiy|s'kyi)(?=\s+(?:direction|district|axis|sector|front|raion))",
    re.IGNORECASE,
)
_AXIS_NOUN = re.compile(r"\b(?:direction|district|axis|sector|front|raion)\b", re.I)
# "of our Ukrainian soil" is a speaker's pride, not the place of the figure.
_COUNTRY = re.compile(
    r"(?<!\w)(?:(?<!\bour\s)(?P<ua_adj>ukrainian|ukraine's)\s+(?:territory|territories|land|lands|soil)"
    # "800 km2 of the Russian border region": Russia's land, an oblast unnamed
    r"|(?P<ru_adj>russian|russia's)\s+(?:territory|territories|land|lands|soil"
    r"|border\s+(?:region|area|oblast|province)\b)"
    r"|(?:in|of|into|inside|within|across|throughout)\s+(?:eastern\s+|southern\s+|"
    r"northern\s+|western\s+)?(?:(?P<ua>ukraine)|(?P<ru>russia))(?!'s))\b",
    re.IGNORECASE,
)
_IN_A_NAME = re.compile(
    r"\b(?:forces|staff|army|ministry|president|commander-in-chief|minister|"
    # "+ ~1.05km2 in favour of Ukraine": the side a tally credits, no place
    r"government|parliament|people|hands|favou?r)\s+of\b",
    re.IGNORECASE,
)
# "the aforementioned regions", "these regions": several oblasts named before,
# a whole-front place like "in the regions of Donetsk and Zaporizhzhia".
_PLURAL_REFERENCE = re.compile(
    r"\b(?:the\s+(?:aforementioned|above[\s-]mentioned|above|said|same)|these|those)\s+"
    r"(?:regions|oblasts|provinces)\b",
    re.IGNORECASE,
)
# "the Tavriia and Donetsk operational areas", "the Donetsk operational-tactical
# group": a military command named after a place; the direction or town the
# same sentence names says where the ground is.
_GROUPING_AFTER = re.compile(
    # "the Donetsk and Tavria operational areas": two commands' names
    r"(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?"
    r"\s+operational(?:[\s-]+(?:strategic|tactical))?[\s-]+"
    r"(?:areas?|zones?|groups?|groupings?)\b",
    re.IGNORECASE,
)
# "the Donetsk People's Republic (DPR)": the short name again, not a second place.
_IN_BRACKETS = re.compile(r"\(\s*$")
_REFERENCE = re.compile(
    r"\b(?:the|this|that)\s+(?:border\s+region|region|oblast|province|border\s+area)\b",
    re.IGNORECASE,
)

# Asked of every sentence and found in few: searched only where the words they
# need are (`literals`).
_QUALIFIED, _COUNTRY, _REFERENCE, _PLURAL_REFERENCE = map(
    gated, (_QUALIFIED, _COUNTRY, _REFERENCE, _PLURAL_REFERENCE)
)


def find_regions(sentence: str) -> list[RegionMention]:
    """Every place named in a (folded) sentence, in order."""
    mentions: list[RegionMention] = []
    taken: list[tuple[int, int]] = []

    def add(found: re.Match[str], region: str, specific: bool, reference: bool = False):
        if any(found.start() < end and start < found.end() for start, end in taken):
            return
        taken.append((found.start(), found.end()))
        mentions.append(
            RegionMention(
                found.start(), found.end(), found.group(0), region, specific, reference
            )
        )

    for found in _QUALIFIED.finditer(sentence):
        add(found, QUALIFIED_ONLY[found["name"].lower()], True)
    for found in _OBLAST.finditer(sentence):
        if _GROUPING_AFTER.match(sentence, found.end()):
            continue  # "the Donetsk operational area": a command's name, not a place
        slug = REGION_NAMES[found["name"].lower()]
        # Donbas is two oblasts: a figure there is a figure of several (ukraine).
        add(found, "ukraine" if slug == "donbas" else slug, slug != "donbas")
    for found in _TOWN.finditer(sentence):
        add(found, TOWNS[found["name"].lower()], True)
    if _AXIS_NOUN.search(sentence):
        for found in _TOWN_ADJECTIVE.finditer(sentence):
            add(found, TOWNS[found["name"].lower()], True)
    for found in _COUNTRY.finditer(sentence):
        if _IN_A_NAME.search(sentence, max(0, found.start() - 30), found.start() + 3):
            continue  # "the Armed Forces of Ukraine" names a body, not a place
        is_ukraine = bool(found["ua_adj"] or found["ua"])
        add(found, "ukraine" if is_ukraine else "russia", False)
    for found in _REFERENCE.finditer(sentence):
        add(found, "", True, reference=True)
    for found in _PLURAL_REFERENCE.finditer(sentence):
        add(found, "ukraine", False)
    mentions.sort(key=lambda mention: mention.start)
    return [
        m
        for i, m in enumerate(mentions)
        if not (
            i
            and m.region == mentions[i - 1].region
            and m.specific
            and _IN_BRACKETS.search(sentence, mentions[i - 1].end, m.start)
        )
    ]


# Sources: who measured or claimed a figure. Data sources first; they win over an
# outlet that repeats them ("an AFP analysis of ISW data" is ISW's figure).
DATA_SOURCES: tuple[tuple[str, str], ...] = (
    (r"\bISW\b|\bInstitute\s+for\s+the\s+Study\s+of\s+War\b", "ISW"),
    (r"\bDeep\s?State(?:Map|UA)?\b", "DeepState"),
    (
        r"\b(?:Russia's|Russian)\s+General\s+Staff\b",
        "Russian General Staff",
    ),
    (
        r"\b(?:(?:Ukraine's|Ukrainian|Kyiv's)\s+(?:military's\s+)?General\s+Staff"
        r"|General\s+Staff\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine"
        r"|(?<!Russian\s)(?<!Russia's\s)\bthe\s+General\s+Staff)\b",
        "Ukrainian General Staff",
    ),
    (
        r"\b(?:(?:Russia's|Russian)\s+(?:Ministry\s+of\s+Defen[cs]e|defen[cs]e\s+ministry"
        r"|MoD)|Moscow's\s+defen[cs]e\s+ministry|Russian\s+Defen[cs]e\s+Ministry)\b",
        "Russian MoD",
    ),
    (
        r"\b(?:(?:UK|British)\s+(?:Ministry\s+of\s+Defen[cs]e|defen[cs]e\s+ministry|MoD)"
        r"|Britain's\s+defen[cs]e\s+ministry)\b",
        "UK MoD",
    ),
)
_SPEAKER = re.compile(
    # One look back for a word start before all the branches (every branch
    # starts with a letter or digit, so it is the word boundary): a boundary
    # per branch, tried at every character of every sentence, was more than
    # half the search.
    r"(?<!\w)(?:"
    # the names as a trie (`any_of`): a hundred names tried at every position
    # would cost more than the rest of the sentence's reading
    r"(?:" + any_of(SPEAKER_SIDES) + r")\b"
    # "A Ukraine General Staff insider": the country's name as an adjective too
    r"|(?P<ua>ukraine's|ukrainian|ukraine|kyiv|kiev)\s+(?:(?:top|military|deputy|senior"
    r"|armed\s+forces'|defen[cs]e|security|army)\s+)*"
    r"(?:commander|chief|general\s+staff|military|army|defen[cs]e\s+minist\w+|president"
    r"|ministry\s+of\s+defen[cs]e"
    r"|brigade|battalion|regiment|corps|official|officer|source|spokes(?:man|person))"
    r"(?!\s+(?:counter-?attacks?|attacks?|offensive|operations?|pressure|losses))"
    # "a Russian-installed official", "the Moscow-appointed governor"
    r"|(?P<ru>russia's|russian|russia|the\s+kremlin|moscow|kremlin)"
    r"(?:-(?:installed|appointed|backed|controlled))?\s+(?:(?:top|deputy|senior"
    r"|defen[cs]e|security|army|regional|local|occupation|war)\s+)*"
    # "the Russian ministry's spokesman", "the Russian army's press officer"
    r"(?:(?:ministry|army|military|command)['\u2019]s\s+(?:press\s+)?"
    r"(?=spokes|officer|official))?"
    r"(?:commander|defen[cs]e\s+minist\w+|ministry\s+of\s+defen[cs]e|general\s+staff"
    # "Russian war bloggers say …": their "enemy" is Ukraine
    r"|(?:mil)?bloggers?|correspondents?"
    r"|president|leader|military"
    r"|official|officer|source|spokes(?:man|person)|governor|head|administrator)"
    r"(?!\s+(?:counter-?attacks?|attacks?|offensive|operations?|pressure|losses))"
    r"|(?P<ru2>kremlin\s+leader|russian\s+mod"
    # "Alexei Smirnov, the acting governor of the Kursk region": the head of a
    # region of Russia speaks for Russia's side
    r"|(?:acting\s+|regional\s+)?(?:governor|head)\s+of\s+(?:the\s+)?(?:kursk|belgorod"
    r"|bryansk)(?:\s+(?:region|oblast))?)\b"
    # "the spokesman for the Russian Dnipro group", "an officer with the
    # Ukrainian 47th Brigade": a role held in a body of one side
    r"|(?:spokes(?:man|person|woman)|commander|officer|official|head|chief|soldier"
    r"|press\s+officer)\s+(?:of|for|with|in)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?P<ru4>russian|russia's)|(?P<ua4>ukrainian|ukraine's))\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:group|grouping|forces|army|brigade|battalion|regiment"
    r"|corps|unit|division|command|military|defen[cs]e\s+ministry|general\s+staff)\b"
    rf"|(?P<ru3>{RUSSIAN_UNIT_SPEAKER})|(?P<ua3>{UKRAINIAN_UNIT_SPEAKER}))",
    re.IGNORECASE,
)


_RUSSIAN_GROUP = re.compile(
    # ("Tsentr", the Centre group's name transliterated)
    r"\b(?:(?:centre|center|tsentr|vostok|zapad|yug|sever|dnepr)\s+(?:battle)?groups?"
    r"|(?:battle)?group(?:\s+of\s+forces)?\s+(?:centre|center|tsentr|vostok|zapad"
    r"|yug|sever|dnepr)"
    # Their English names, as the ministry's bulletins are translated: "the West
    # group of forces", "the East grouping (of troops)", "Battlegroup South".
    r"|(?:west(?:ern)?|east(?:ern)?|south(?:ern)?|north(?:ern)?|central|dnieper)\s+"
    r"(?:group(?:ing)?\s+of\s+(?:forces|troops)|grouping)"
    r"|battle\s?group\s+(?:west|east|south|north|dnieper))\b",
    re.IGNORECASE,
)


# An outlet that quotes or cites someone is not the speaker: "…," Sputnik
# quoted Syrskyi as saying.
_QUOTING = re.compile(r"\s+(?:quoted|cited)\b", re.IGNORECASE)


def _as_common_phrase(words: str) -> bool:
    name = COMMON_PHRASE_NAMES.get(words.lower())
    return name is not None and words != name


def _first_speaker(sentence: str) -> re.Match[str] | None:
    """The first speaker the sentence names, past a name that is also a common
    phrase written as that phrase ("two majors of the brigade", not "Two
    Majors") and past an outlet quoting someone named after it."""
    found = _SPEAKER.search(sentence)
    while found is not None and (
        _as_common_phrase(found.group(0))
        # "captured by the Russian military", "against the Russian military":
        # a body acted on says nothing here
        or (found.group(0).lower().endswith("military") and acted_on(sentence, found))
    ):
        found = _SPEAKER.search(sentence, found.end())
    if found is not None and _QUOTING.match(sentence, found.end()):
        return _first_speaker(sentence[found.end() :]) or found
    return found


def speaker_of(sentence: str) -> tuple[str, str] | None:
    """The side of the first person or body the sentence quotes, and its words."""
    found = _first_speaker(sentence)
    if found is None and "group" in sentence.lower():
        # Russia's groups of forces, as its ministry names them ("the Centre group")
        group = _RUSSIAN_GROUP.search(sentence)
        return ("russia", group.group(0)) if group else None
    if found is None:
        return None
    if found["ua"] or found["ua3"] or found["ua4"]:
        return "ukraine", found.group(0)
    if found["ru"] or found["ru2"] or found["ru3"] or found["ru4"]:
        return "russia", found.group(0)
    return SPEAKER_SIDES[found.group(0).lower()], found.group(0)


PERSON_SOURCES: dict[str, str] = {
    **dict.fromkeys(SYRSKYI_SPELLINGS, "Ukrainian General Staff"),
    "gerasimov": "Russian General Staff",
    "belousov": "Russian MoD",
    "shoigu": "Russian MoD",
}
OUTLETS: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "reuters": "Reuters",
    "bbc": "BBC",
    "bbc verify": "BBC",
    "kyiv independent": "Kyiv Independent",
    "the kyiv independent": "Kyiv Independent",
}
_NAME_RUN = r"(?:[A-Z][\w'.-]+(?:\s+(?:of\s+)?[A-Z][\w'.-]+){0,5})"
_SAID = (
    r"(?:said|says|claimed|claims|stated|states|told|reported|reports|announced|"
    r"announces|wrote|writes|estimated|estimates|added|asserted|assessed|assesses)"
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,;.]+)", re.IGNORECASE)
_PERSON_SAID = re.compile(rf"(?P<who>{_NAME_RUN})\s+{_SAID}\b")
_SAID_PERSON = re.compile(rf"\b{_SAID}\s+(?P<who>{_NAME_RUN})\s*[,.]")
_OUTLET_ANALYSIS = re.compile(
    r"\b(?:an?\s+)?(?P<who>AFP|Agence\s+France-Presse|Reuters|BBC(?:\s+Verify)?|"
    r"(?:the\s+)?Kyiv\s+Independent)(?:'s)?\s+(?:analysis|calculations?|count|tally|"
    r"estimates?|review|mapping)\b"
)


@dataclass(frozen=True, slots=True)
class SourceMention:
    """Words naming who measured or claimed a figure, and the source name.

    `kind` is "data" for an institution that measures territory (ISW, DeepState,
    General Staff, ministries), "person" for a named speaker and "outlet" for a
    news organisation's own analysis.
    """

    start: int
    end: int
    text: str
    source: str
    kind: str


# Words stripped from the front of a speaker's words to reach the name.
_BEFORE_NAME = TITLE_WORDS | {"of"}


def _person_name(words: str) -> str | None:
    """A speaker's name from 'Ukraine's Chief of Staff Oleksandr Syrskyi'."""
    tokens = words.split()
    while tokens and tokens[0].lower().rstrip(",") in _BEFORE_NAME:
        tokens.pop(0)
    tokens = [token for token in tokens if token[:1].isupper() or token == "of"]
    if not tokens:
        return None
    name = " ".join(tokens).strip(" ,'")
    if name.lower() in {"it", "he", "she", "they", "this", "that"}:
        return None
    return name


def _known_person(name: str) -> str | None:
    for word in name.lower().replace("'s", "").split():
        if word in PERSON_SOURCES:
            return PERSON_SOURCES[word]
    return None


# The data sources' patterns compiled once, not looked up at each sentence; a
# pattern naming ISW keeps its case, as it always has.
_DATA_SOURCE_PATTERNS = tuple(
    (re.compile(pattern, re.IGNORECASE if "ISW" not in pattern else 0), name)
    for pattern, name in DATA_SOURCES
)


def find_sources(sentence: str) -> list[SourceMention]:
    """Every attribution in a (folded) sentence, data sources first."""
    mentions: list[SourceMention] = []
    for pattern, name in _DATA_SOURCE_PATTERNS:
        for found in pattern.finditer(sentence):
            mentions.append(
                SourceMention(found.start(), found.end(), found.group(0), name, "data")
            )
    for found in _OUTLET_ANALYSIS.finditer(sentence):
        who = re.sub(r"\s+", " ", found["who"]).lower()
        mentions.append(
            SourceMention(
                found.start(),
                found.end(),
                found.group(0),
                OUTLETS.get(who, found["who"]),
                "outlet",
            )
        )
    for pattern in (_ACCORDING, _PERSON_SAID, _SAID_PERSON):
        for found in pattern.finditer(sentence):
            who = found["who"].strip()
            if any(
                mention.start <= found.start("who") < mention.end
                or found.start("who") <= mention.start < found.end("who")
                for mention in mentions
            ):
                continue
            known = _known_person(who)
            if known:
                mentions.append(
                    SourceMention(found.start(), found.end(), who, known, "data")
                )
                continue
            name = _person_name(who)
            if name is None or name.lower() in _SIDE_NAMES:
                continue
            if name.lower() in OUTLETS:
                continue  # "told the BBC": the outlet heard it, it did not measure
            mentions.append(
                SourceMention(found.start(), found.end(), who, name, "person")
            )
    mentions.sort(key=lambda mention: (mention.kind != "data", mention.start))
    return mentions
