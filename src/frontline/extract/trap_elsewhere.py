"""Figures of land in another war or another country.

A newsroom sets a gain in Ukraine beside the ground of other wars ("the Red
Army retook 500,000 km2 in 1944", "Israel captured 70,000 km2 in 1967") and
the occupation zones of other countries ("Turkey-backed forces control 8,800
km2 of northern Syria"). Those figures have the verbs of a record but no side
of this war: their clause names a year before the war began, or a state,
army or land of another conflict and neither side of this one. Kept apart
from `hypothetical` (what a clause does not state as fact) because this is
about whose war a stated fact belongs to.
"""

from __future__ import annotations

import re

from frontline.extract.actors import find_actors

# A year before 2014: no gain or holding of this war is dated by it.
_OLD_YEAR = re.compile(
    r"(?<![\d,.])\b(?:1[89]\d\d|200\d|201[0-3])s?\b(?![,.]\d)(?!\s*(?:km|kilomet|sq\b|square|"
    r"hectares?|ha\b|met(?:re|er)s?|m\b|mi\b|miles?|people|troops|soldiers|settlements|"
    r"villages|[a-z]+\s+(?:km|kilomet|sq\b|square|miles?)))",
    re.IGNORECASE,
)
_WAR_YEAR = re.compile(r"\b(?:201[4-9]|20[2-9]\d)\b")

# States, armies and lands of other conflicts (not this war's two sides or
# its allies' troops fighting beside one of them, who come with a side named).
_ELSEWHERE = re.compile(
    r"\b(?:israel\w*|idf|gaza|west\s+bank|golan|sinai|lebanon|lebanese|hezbollah|hamas|"
    r"syria\w*|turk(?:ey|ish|iye)\w*|kurd\w*|iraq\w*|iran\w*|afghan\w*|taliban|"
    r"azerbaijan\w*|armenia\w*|karabakh|artsakh|georgia(?:n|'s)?|abkhaz\w*|ossetia\w*|"
    r"transnistria\w*|moldova\w*|serbia\w*|kosovo\w*|bosnia\w*|croatia\w*|cyprus|"
    r"china|chinese|taiwan\w*|tibet|kashmir|india\w*|pakistan\w*|korean?\s+war|"
    r"vietnam\w*|yemen\w*|houthis?|libya\w*|sudan\w*|ethiopia\w*|tigray|eritrea\w*|"
    r"somali\w*|mali\b|malian|sahel|congo\w*|m23|rwanda\w*|myanmar|sahara\w*|"
    r"red\s+army|wehrmacht|nazis?|soviet\s+union|world\s+war|six-day\s+war|"
    r"yom\s+kippur|falklands?)\b",
    re.IGNORECASE,
)
# Any word of this war: a side, its capitals, leaders, or its land.
_THIS_WAR = re.compile(
    r"\b(?:ukrain\w*|russia\w*|kyiv|kiev|moscow|kremlin|putin\w*|zelensk\w*|donbas+|"
    r"crimea\w*|oblast|kursk|belgorod|donetsk|luhansk|kharkiv|kherson|zaporizh\w*|"
    r"sumy|dnipro\w*)\b",
    re.IGNORECASE,
)


# Foreigners who fight in this war ("a Somali fighter said", "the Georgian
# Legion took …") and a speaker's "we": a party of this war.
_IN_THIS_WAR = re.compile(
    r"\b(?:we|our|us|legion\w*|battalions?|brigades?|volunteers?|mercenar\w*|"
    r"fighters?|recruits?|contract\s+soldiers?)\b",
    re.IGNORECASE,
)


# The names above are proper nouns: a clause with no capital names none.
_CAPITAL = re.compile(r"[A-Z]")


def elsewhere(own: str) -> bool:
    """True when the figure's own words (`trap_scope.own_words`) set it in
    another war: a year before 2014 and none after, or another conflict's
    state or land with no side or land of this war."""
    if _OLD_YEAR.search(own) and not _WAR_YEAR.search(own):
        return True
    return bool(
        _CAPITAL.search(own)
        and _ELSEWHERE.search(own)
        and not _THIS_WAR.search(own)
        and not _IN_THIS_WAR.search(own)
        and not find_actors(own)
    )
