"""Places a sentence names in clauses that are not about where the figure lies.

"…, pressing on towards Kramatorsk": a town a push aims at; "…, days after
Russia claimed the capture of Kupiansk": a place of another event told after
the figure; "Speaking in Kharkiv, Zelensky said …", "…, Syrskyi said during a
visit to Kramatorsk": where the words were said. `region` asks these questions
of a figure's clause; they are kept here, apart from its choice among the places
left, so that each module stays of one job and of a size to read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontline.extract import cues
from frontline.extract.actors import ActorMention, RegionMention
from frontline.extract.date_words import EVENT_NOUNS
from frontline.extract.figure import Sentence

# ", days after …", ", shortly before …", ", following …": a clause after the
# figure about another event.
_TRAILING_EVENT = re.compile(
    r",\s*(?:(?:just|shortly|soon|only|days|weeks|months|a\s+(?:day|week|month))\s+)?"
    r"(?:after|before|following)\s",
    re.IGNORECASE,
)
# What such a clause tells of when it names no side: an operation, or a
# town's fall, capture or loss ("shortly after the fall of Pokrovsk").
_OTHER_EVENT = re.compile(
    rf"\b(?:{EVENT_NOUNS}|launch\w*|fall|capture|loss|withdrawal|retreat|battle"
    r"|storming|liberation|collapse|encirclement)\b",
    re.IGNORECASE,
)
# ", leaving 1,500 civilians in Kurakhove without water", "leaving its troops
# 5 km from Pokrovsk": what the change left others with, told of people or of
# a distance, not the land left to a side ("leaving Ukraine with N").
_LEFT_FOR_OTHERS = re.compile(r",\s*leaving\s+(?![^,.;:]*\bwith\b)", re.IGNORECASE)
# A town named as the aim of a push ("towards Tokmak", "closer to Melitopol",
# "trying to encircle Pokrovsk"), with the towns listed after it.
_GOAL = re.compile(
    r"\b(?:towards?|closer\s+to|nearer\s+to|on\s+to|encircl\w*|surround\w*"
    # "are closing in on Kurakhove", "advancing on Pokrovsk"
    r"|closing\s+in\s+on|bearing\s+down\s+on|advancing\s+on|pressing\s+on)\s+"
    r"(?:the\s+(?:cities|towns|villages|city|town|village)\s+of\s+)?"
    r"(?:(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))*(?:the\s+)?$",
    re.IGNORECASE,
)


def before_trailing_event(
    folded: str, end: int, limit: int, actors: Sequence[ActorMention]
) -> int:
    """Where the figure's clause ends when a clause about another event follows
    it: one with a side of its own, or one telling of an operation or a town's
    fall, or one telling what the change left others in; else `limit`."""
    trailing = _TRAILING_EVENT.search(folded, end, limit)
    if trailing and (
        any(trailing.end() <= m.start < limit for m in actors)
        or _OTHER_EVENT.search(folded, trailing.end(), limit)
    ):
        return trailing.start()
    left = _LEFT_FOR_OTHERS.search(folded, end, limit)
    return left.start() if left else limit


def aimed_at(folded: str, mention: RegionMention) -> bool:
    """True when `mention` is a town a push aims at ("closing in on Kurakhove")."""
    return bool(_GOAL.search(folded, max(0, mention.start - 60), mention.start))


def only_aimed_at(
    folded: str, mention: RegionMention, in_clause: Sequence[RegionMention]
) -> bool:
    """True when `mention` and every other named place of the clause is a
    town a push aims at ("towards Kramatorsk and Sloviansk")."""
    return all(
        _GOAL.search(folded, max(0, m.start - 60), m.start)
        for m in [mention, *in_clause]
        if m.specific
    )


# Where a statement was made: "Speaking in Kharkiv, …", "at a briefing in
# Zaporizhzhia", "during a visit to Kramatorsk", "told reporters in Sumy".
_VENUE = re.compile(
    r"\b(?:(?:speaking|addressing\s+[\w\s'-]{1,30}?|at\s+(?:a|an|the|his|her)\s+"
    r"(?:[\w-]+\s+)?(?:briefing|press\s+conference|news\s+conference|meeting|forum"
    r"|summit|rally|ceremony|event|command\s+post|headquarters)"
    # "during a trip to the front near Kupiansk"
    r"|(?:during|on)\s+(?:a|an|his|her|their|the)\s+"
    r"(?:[\w-]+\s+)?(?:visit|trip|tour)(?:\s+to\s+(?:the\s+)?front(?:\s+line)?)?"
    r"|(?:told|addressed)\s+(?:reporters|journalists|troops|soldiers|officials)"
    r"|(?:said|says|spoke|speaks|told\s+\w+)(?:\s+on\s+\w+)?"
    # "speaking to reporters in Kharkiv", "chairing a meeting in the Kursk
    # region", "inspecting troops in Zaporizhzhia"
    r"|(?:speaking|talking)\s+(?:to|with)(?:\s+[\w'-]+){1,3}?"
    r"|(?:chairing|inspecting|touring|visiting)(?:\s+[\w'-]+){0,4}?"
    # "in a video address recorded in Zaporizhzhia", "said in a Telegram post
    # from Kramatorsk": the words said, and where
    r"|(?:address|interview|statement|(?:telegram|facebook|social\s+media|online|blog)"
    r"\s+post|video\s+(?:address|message|statement|appeal)|speech|message"
    # (not "geolocated video near Pokrovsk": footage shows the fighting there)
    r"|broadcast|remarks)"
    r"(?:\s+(?:recorded|filmed|made|given|delivered|published))?"
    r")\s+(?:in|to|at|from|near)"
    r"|(?:while\s+)?visiting)\s+(?:the\s+(?:city|town)\s+of\s+|the\s+)?$",
    re.IGNORECASE,
)


_VENUE_WORD = re.compile(
    r"speak|spoke|brief|conferen|meeting|forum|summit|rally|ceremon|event|visit|trip"
    r"|tour|told|said|says|address|command|headquarters|talking|chairing|inspecting"
    r"|interview|statement|post|video|speech|message|broadcast|remarks",
    re.IGNORECASE,
)
# A dateline: "DONETSK, November 20 (RIA Novosti) -", "KHARKIV, Ukraine (AP) —".
_DATELINE = re.compile(
    r"[A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+)?,\s+(?:Ukraine|Russia|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b"
)


# "Syrskyi, in Kharkiv, said …", "Gerasimov, at a command post in Donetsk, told
# Putin": a place in commas between a speaker and the verb of speech. The comma
# that opens it follows a word (the speaker), and a preposition of place or
# visit opens the aside; the verb of speech follows the comma that closes it.
_ASIDE_VENUE_OPEN = re.compile(
    r"[a-z'\u2019)],\s*(?:(?:while\s+)?speaking\s+)?(?:in|at|from|visiting|during|on\s+"
    r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip|tour))\b[^,.;:\d]*$",
    re.IGNORECASE,
)
_ASIDE_VENUE_CLOSE = re.compile(
    r"[^,.;:\d\"\u201c\u201d]{0,40},\s*(?:has\s+|had\s+)?(?:said|says|told|tells|claimed"
    r"|claims|announced|announces|reported|reports|stated|states|added|wrote|declared"
    r"|insisted|noted|confirmed)\b",
    re.IGNORECASE,
)


# Troops are where they fight: a place in commas after them is theirs.
_FORCES_BEFORE = re.compile(
    r"\b(?:forces|troops|army|units?|soldiers|military|brigades?|battalions?"
    r"|defenders|fighters|marines|paratroopers)$",
    re.IGNORECASE,
)


# A figure's unit in the phrase right before the aside: the aside closes the
# reported clause ("… 40 km2 near a village, in the X region, said Syrskyi"),
# where a speaker's name alone stands before a venue ("…, Syrskyi, in Kharkiv,").
_AREA_BEFORE = re.compile(
    r"\d|square|\bkm|kilomet|hectare|\bsq\b|\bmiles?\b", re.IGNORECASE
)
_QUOTE_OR_BREAK = re.compile(r"[\"\u201c\u201d;:,]")


def _venue_aside(folded: str, start: int) -> bool:
    """True when the place at `start` stands in a comma aside between a
    speaker and the verb of speech."""
    comma = folded.rfind(",", max(0, start - 70), start)
    if comma < 1 or _FORCES_BEFORE.search(folded, max(0, comma - 30), comma):
        return False  # "Russian troops, in the Donetsk region, reported …"
    breaks = [b.end() for b in _QUOTE_OR_BREAK.finditer(folded, 0, comma)]
    if _AREA_BEFORE.search(folded, breaks[-1] if breaks else 0, comma):
        return False  # the figure's own clause, closed by the aside
    return bool(
        _ASIDE_VENUE_OPEN.search(folded, comma - 1, start)
        and _ASIDE_VENUE_CLOSE.match(folded, start)
    )


def speech_venue(folded: str, start: int) -> bool:
    """True when the place at `start` is where a statement was made, or the
    dateline a report was filed under."""
    if (start == 0 or folded[start - 1] == "\n") and _DATELINE.match(folded, start):
        return True
    if _venue_aside(folded, start):
        return True
    window = folded[max(0, start - 60) : start]
    if not _VENUE_WORD.search(window):
        return False  # most places: no word of speech or visit before them
    found = _VENUE.search(window)
    if found is not None and _POST.search(found.group(0)):
        # "after an attack at a Ukrainian command post in X": a post fought
        # over is where the fighting was, not where words were said.
        return not _FIGHT_BEFORE.search(window, 0, found.start())
    return found is not None


_POST = re.compile(r"command\s+post|headquarters", re.IGNORECASE)
_FIGHT_BEFORE = re.compile(
    r"\b(?:attack\w*|strik\w*|struck|shell\w*|hit|raid\w*|storm\w*|assault\w*"
    r"|captur\w*|seiz\w*|overr[au]n\w*|destroy\w*|fight\w*|battle\w*)\b",
    re.IGNORECASE,
)


# "near Novomykolaivka", "around the village of Zelene Pole": a settlement named
# as the figure's place.
_NEAR_TOWN = re.compile(
    r"\b(?:near|around|outside|close\s+to|(?:village|town|settlement|city)\s+of)\s+"
    r"(?:the\s+(?:village|town|settlement|city)\s+of\s+)?"
    r"(?P<name>[A-Z][a-z'\u2019]+(?:[\s-][A-Z][a-z'\u2019]+)?)"
)
# Capitalised words after "near" that are not settlements.
_NOT_TOWNS = frozenset(
    (
        *("russia", "ukraine", "russian", "ukrainian", "moscow", "kyiv", "kiev"),
        *("belarus", "europe", "the", "this", "that"),
        *("january", "february", "march", "april", "may", "june", "july"),
        *("august", "september", "october", "november", "december"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
        "sunday",
    )
)


def unknown_town(
    folded: str, clause: tuple[int, int], regions: Sequence[RegionMention]
) -> str:
    """The name of a settlement the figure's clause places it near that no
    oblast list knows ("" when there is none)."""
    low, high = clause
    for found in _NEAR_TOWN.finditer(folded, low, high):
        first = found["name"].split()[0].split("-")[0].lower()
        if first in _NOT_TOWNS:
            continue
        if any(m.start <= found.start("name") < m.end for m in regions):
            continue
        return found["name"]
    return ""


# A concessive or temporal clause that opens the sentence ("Even as Ukrainian
# forces have occupied …, the Russian military …"), not "As of Monday," or
# "As expected,".
_OPENING_CLAUSE = re.compile(
    r"\W*(?:even\s+(?:as|though|if)|as(?!\s+(?:of|expected|such|well|usual)\b)|while"
    r"|although|though|whereas)\s",
    re.IGNORECASE,
)


def opening_clause_end(
    folded: str, low: int, span: tuple[int, int], limit: int
) -> int | None:
    """Where the clause that opens the sentence, with the figure at `span` in
    it, ends (its comma after the figure); None when the sentence does not
    open on such a clause or the figure is past its comma."""
    opening = _OPENING_CLAUSE.match(folded, low)
    if opening is None or _CLAUSE_COMMA.search(folded, opening.end(), span[0]):
        return None
    comma = _CLAUSE_COMMA.search(folded, span[1], limit)
    return comma.start() if comma else None


# A comma between clauses, not one inside a number ("1,000").
_CLAUSE_COMMA = re.compile(r",(?!\d)")


# A subordinate clause with a subject of its own, before the figure: "…, state
# media said on Monday, after Russia took 950 km2", "…, who claimed that Russian
# troops had captured 880 km2". A place before it is of the main clause's event.
_SUBORDINATE = re.compile(
    r",\s*(?:after|while|whereas|as|who\s+(?:\w+\s+)?(?:said|says|claimed|claims|"
    r"stated|added|noted|reported)(?:\s+that)?)\s",
    re.IGNORECASE,
)


def own_subclause(sentence: Sentence, low: int, start: int) -> int:
    """Where the figure's own clause begins: after the last subordinator before
    it that a side names the subject of."""
    last = cues.last(_SUBORDINATE.finditer(sentence.folded, low, start))
    if last is None:
        return low
    if any(last.end() <= m.start < start for m in sentence.actors):
        return last.end()
    return low
