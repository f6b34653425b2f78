"""People, bodies and outlets whose words speak for one side, by name.

A quoted "we", "our troops" or a bare "liberated" is the gain of the side of
whoever says it. The side is read from the speaker's name when the sentence
gives no country word ("Syrskyi said", "according to TASS"). The list is a
whole class rather than the names the corpus happened to quote: the
commanders-in-chief, defence ministers, chiefs of the general staff, military
spokesmen and the governors of the front and border oblasts of both sides in
2022-2026, and the state news agencies, military outlets and war bloggers of
each. A surname two sides share, or a common word, is left out, and so are heads
of government and their offices, whose "we" speaks of more than the front ("we
have restored 35,000 km2 to safe use" is demining).

Two looks at voices sit with the names: a voice no one is named for that says
"we" of fighting "the enemy" (`enemy_voice`), and a body named only as acted on
("captured by the Russian military"), which says nothing (`acted_on`).
"""

from __future__ import annotations

import re


def _sided(side: str, names: str) -> dict[str, str]:
    return {name.strip(): side for name in names.split(",") if name.strip()}


# The commander-in-chief's name as outlets spell it: one list for his side here
# and for his figures' series (`actors.PERSON_SOURCES`), so that neither table
# knows a spelling the other lacks.
SYRSKYI_SPELLINGS = ("syrskyi", "syrsky", "sirskyi", "syrskii", "syrskiy")

SPEAKER_SIDES: dict[str, str] = {
    **dict.fromkeys(SYRSKYI_SPELLINGS, "ukraine"),
    **_sided(
        "ukraine",
        """
        zelensky, zelenskyy, zelenskiy, maliar,
        malyar, zaluzhny, zaluzhnyi, zaluzhnyy, humeniuk, hromov, kovalyov, shtupun,
        cherevaty, sarantsev, trehubov, komarenko, voloshyn, deepstate, deepstatemap,
        budanov, umerov, reznikov, naiev, tarnavskyi, pavliuk,
        drapatyi, hnatov, sodol, lykhovyi, lykhovii, dmytrashkivskyi, yevlash,
        syniehubov, synegubov, filashkin, kyrylenko, prokudin, lysak, hryhorov,
        artiukh, pletenchuk, yusov, ukrinform, unian, suspilne, armyinform,
        ukrainska pravda, interfax-ukraine
        """,
    ),
    **_sided(
        "russia",
        """
        putin, shoigu, belousov, gerasimov, rudskoi, rudskoy, konashenkov, peskov,
        pasechnik, khinshtein, ganchev, saldo, rogov, alaudinov, prigozhin, lavrov,
        medvedev, zakharova, pushilin, balitsky, gladkov, bogomaz, surovikin,
        mordvichev, teplinsky, kadyrov, tass, ria novosti, sputnik, interfax,
        izvestia, zvezda, rossiyskaya gazeta, rybar, readovka, wargonzo, two majors
        """,
    ),
}

# Names that are also common phrases, as the name is written: "two majors of
# the brigade said" are two officers, "Two Majors said" is the Russian channel.
COMMON_PHRASE_NAMES: dict[str, str] = {"two majors": "Two Majors"}


# Units and bodies of one side, as the speaker of a statement when a role
# follows them ("an Akhmat commander said", "the Khortytsia group's
# spokesman"): alone, the name is as often the other side's enemy ("we pushed
# Wagner back"), so it speaks for a side only as someone's title.
_ROLE = (
    r"(?:'s\s+)?(?:\s*(?:group|grouping|brigade|battalion|unit|regiment|corps"
    r"|forces|troops))?(?:'s)?\s+(?:commander|chief|head|leader|spokes(?:man|person)"
    r"|officer|fighter|soldier|source|press\s+(?:service|office)|founder|deputy)"
)
# "The Wagner group claimed …", "Akhmat said on Telegram …": the unit itself as
# the one who speaks, its name right before a verb of speech.
_SPEAKS = (
    r"(?:\s+(?:group|grouping|brigade|battalion|unit|regiment|corps))?"
    r"(?=\s+(?:has\s+|have\s+)?(?:said|says|claimed|claims|reported|reports"
    r"|announced|announces|stated|states|wrote|writes|posted|added)\b)"
)
_ROLE_OR_SPEAKS = rf"(?:{_ROLE}|{_SPEAKS})"
# Both start at a word boundary that `actors._SPEAKER` puts before all its
# branches at once.
RUSSIAN_UNIT_SPEAKER = (
    # "Sparta" and "Somalia" name a battalion only with the word: "a Somali
    # fighter" is a man of Somalia, "a Sparta fighter" may be a club's.
    r"(?:akhmat|wagner|rosgvardia|rosgvardiya|(?:sparta|somalia?)\s+battalion|rusich"
    r"|storm[\s-]z"
    r"|africa\s+corps|vostok\s+battalion|dpr\s+(?:militia|people's\s+militia))"
    + _ROLE_OR_SPEAKS
)
UKRAINIAN_UNIT_SPEAKER = (
    r"(?:khortytsia|khortytsya|tavria|tavriia|azov|kraken|(?:third|3rd)\s+assault"
    r"|national\s+guard|afu|zsu|regional\s+military\s+administration|ova)"
    + _ROLE_OR_SPEAKS
)


# Words of a title before a person's name ("Defence Minister", "Gen.",
# "Ukraine's top commander"), stripped to find the name itself.
TITLE_WORDS = frozenset(
    [
        "deputy",
        "chief",
        "staff",
        "commander",
        "commander-in-chief",
        "general",
        "gen",
        "gen.",
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "colonel",
        "col.",
        "major",
        "lieutenant",
        "defence",
        "defense",
        "foreign",
        "governor",
        "head",
        "mayor",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "ms",
        "ms.",
        "mrs",
        "prof",
        "adviser",
        "advisor",
        "secretary",
        "ambassador",
        "analyst",
        "military",
        "top",
        "acting",
        "regional",
        "ukrainian",
        "russian",
        "ukraine's",
        "russia's",
        "kremlin",
        "the",
    ]
)


# A body named as the object or agent of an action ("captured by the Russian
# military", "their counteroffensive against the Russian military"), not as
# the one who speaks.
_ACTED_ON = re.compile(
    r"\b(?:by|against|from|with|split|into|defeat\w*|fight\w*|repel\w*|resist\w*)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def acted_on(sentence: str, found: re.Match[str]) -> bool:
    """True when the body `found` in `sentence` is acted on, not speaking."""
    return bool(_ACTED_ON.search(sentence, max(0, found.start() - 20), found.start()))


_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_THE_ENEMY = re.compile(
    r"\b(?:the\s+enemy|the\s+adversary|occupiers|occupying\s+forces|invaders|orcs)\b",
    re.IGNORECASE,
)


def enemy_voice(sentence: str, around: str) -> tuple[str, str] | None:
    """ "Now we control about 800 km2" next to "The enemy is intensifying
    counterattacks": a voice no one is named for, saying "we" and calling the
    other side "the enemy" or "the occupiers", is Ukraine's (the enemy is
    Russia unless a Russian speaker is named, as `find_actors` reads it). The
    enemy may be named in the sentences `around` it, before or after."""
    if not _WE.search(sentence):
        return None
    found = _THE_ENEMY.search(sentence) or _THE_ENEMY.search(around)
    return ("ukraine", f"we … {found.group(0)}") if found else None
