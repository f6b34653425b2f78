"""The words around a figure that decide how it is read.

Which verbs make a figure a holding, a loss or a change; the words that make it
a rate or a size rather than an area taken; where one figure's words stop and
the next figure's begin; and whose side a speaker ("its troops" in a ministry's
claim, "taken by Russia") puts a figure on. `candidates` assembles records from
these cues; keeping the word lists here lets a reviewer read and extend them
without the assembly around them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from frontline.extract.actors import ActorMention, RegionMention

# The verbs of holding and of a gain of control, long lists of their own.
from frontline.extract.kind_words import CONTROL_CHANGE as CONTROL_CHANGE
from frontline.extract.kind_words import HOLDING as HOLDING
from frontline.extract.literals import gated
from frontline.extract.numbers import HEDGE
from frontline.extract.text import MONTH_NAME

# The words that make a figure no one's ground (NOT_CONTROL) or a gain not made
# (NEGATED) live with the other trap shapes in `trap_words`.
from frontline.extract.trap_words import NEGATED as NEGATED
from frontline.extract.trap_words import NOT_CONTROL as NOT_CONTROL

_T = TypeVar("_T")

# --- words that set the kind ---------------------------------------------------

# A level that moved ("fell to", "rose to"): of a stock it is a holding ("the area
# under Russian control rose to N"), of a flow a change ("monthly gains fell to N").
# "Russia's gains in March stood at N" is a flow's level too.
LEVEL = re.compile(
    r"\b(?:rose|risen|grew|grown|increased|climbed|expanded|reduced|shr[au]nk|drop"
    r"(?:ped|s)?|decreased|declined|fell|falling|fallen|slowed)\s+to$"
    r"|\b(?:stood|stands|peaked)\s+at$",
    re.IGNORECASE,
)
FLOW = re.compile(
    r"\b(?:gains|advances?|captures|pace|tempo)\b(?![^,;]{0,40}\b(?:area|territory)\b)",
    re.IGNORECASE,
)
# Verbs of change that read as a state beside an 'as of' day: "As of September
# 1, Russia occupied 66,266 km2" is what it held that day.
STATE_VERB = re.compile(r"occupied|controlled|held", re.IGNORECASE)
# "bringing 200 km2 under their control": a change, though "under control" follows.
BRINGING = re.compile(
    r"\b(?:bring|bringing|brought|come|came|coming|fallen|fell|passed|returned)\b",
    re.IGNORECASE,
)
# "up 943 km2", "an increase of 943 km2": a change stated as a difference of levels.
# "gave up 300 km2" is a loss (LOSS), not a rise.
CHANGE_BEFORE = re.compile(
    r"(?:^|[,(]\s*|(?<!\bgive)(?<!\bgave)(?<!\bgiven)(?<!\bgives)(?<!\bgiving)\s)"
    r"(?:up|an\s+increase\s+of|a\s+rise\s+of|a\s+gain\s+of|"
    # "managed to advance the equivalent of 233.94 km2 in its control"
    r"(?:advanc|gain|captur|seiz|conquer)\w*\s+the\s+equivalent\s+of|"
    r"a\s+net\s+gain\s+of|grew\s+by|increased\s+by|rose\s+by)\s+"
    r"(?:(?:of|by|nearly|almost|about|around|some|over|more\s+than)\s+)*$",
    re.IGNORECASE,
)
CHANGE_BEFORE = gated(CHANGE_BEFORE)  # asked before every figure (`literals`)
# Words of HOLDING that only count a total: with a verb of change and a period
# they describe how much changed ("a total of 282 km2 since January 1").
TOTAL_WORDS = re.compile(r"in\s+total|a\s+total\s+of|altogether", re.IGNORECASE)
# "another 16.2 km2", "a further 40": land added, so a change, whatever the verb.
FURTHER_BEFORE = re.compile(
    rf"\b(?:another|an\s+additional|a\s+further|additional|further)\s+{HEDGE}$",
    re.IGNORECASE,
)
# Russia's regions the war reached: land held there is counted as taken.
RUSSIAN_REGIONS = frozenset(("kursk", "belgorod", "bryansk"))
CONTROL_LOSS = re.compile(
    # "lost net control of 116 km2": the net figure is still a loss of control
    r"\blost\s+(?:(?:full|complete|the|its|their|net)\s+){0,2}control\b",
    re.IGNORECASE,
)
LOSS = re.compile(
    # (not "retook 6,000 km2 of lost territory": land lost before, now regained)
    r"\b(?:(?<!\bof\s)(?<!\bpreviously\s)(?<!\bonce\s)lost|loses|losing|ceded|cedes|ceding|cede|gave\s+up|giving\s+up|give[sn]?\s+up|surrendered|"
    # "Kyiv's territorial losses … amounted to 460 km2", "conceded 50 km2"
    r"(?:territorial\s+)?losses|conced(?:ed|es|ing|e)|"
    r"surrendering|withdrew\s+from|withdrawing\s+from|retreating\s+from|"
    r"abandon(?:ed|s|ing)?|(?:were|was|been|being)\s+(?:driven|forced|pushed|pushed\s+back|"
    r"thrown\s+back|expelled|ousted|knocked|dislodged|evicted|cleared|routed|"
    r"squeezed|beaten\s+back)\s+(?:out\s+of|from)|"
    r"(?:suffered|sustained|posted|recorded)\s+(?:an?\s+)?(?:net\s+)?(?:territorial\s+)?"
    r"loss(?:es)?\s+of|"
    r"(?:forced|compelled)\s+to\s+(?:withdraw|retreat|pull\s+back)\s+from|"
    r"retreated\s+from|withdrawn\s+from|fled\s+from|fleeing\s+from|pull(?:ed|s|ing)?\s+(?:out|back)\s+(?:of|from)|"
    r"vacat(?:ed|es|ing|e)|yield(?:ed|s|ing)?|"
    # "put Russia's April balance at minus 116 km2": a balance below zero is a loss
    r"balance(?:\s+[\w'-]+){0,3}?\s+(?:at|of|was|is|stood\s+at|came\s+to)\s+"
    r"(?:a\s+)?(?:minus|negative))\b",
    re.IGNORECASE,
)
CHANGE = re.compile(
    r"\b(?:gain(?:ed|s|ing)?|captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|took|taken|"
    r"taking|takes|advanc(?:ed|es|ing)|occupied|recaptur(?:ed|es|ing|e)|"
    r"liberat(?:ed|es|ing|e)|regain(?:ed|s|ing)?|retak(?:en|es|ing)|retook|"
    r"reclaim(?:ed|s|ing)?|(?:re)?conquer(?:ed|s|ing)?|won|wins|grabbed|overran|"
    r"clawed\s+back|pushed\s+(?:forward|through)|expanded|added|de-?occup\w*|freed|"
    # "The East grouping has secured … over 230 km2", "secured a fortified zone
    # …, controlling 76 km2" (not "secured the 1,200 km2 border zone with new
    # fortifications", a zone made safe)
    r"secured(?!\s+(?:the|its|their|our)\s+\d)|"
    r"returned|recover(?:ed|ing)|recollected|released|purged|cleansed|carv(?:ed|ing)\s+out|eaten\s+up|freeing|"
    r"(?<=to\s)return|"  # "has helped to return 210.5 km2"
    r"(?:managed|able)\s+to\s+(?:take|seize|capture|gain|grab|occupy)|"
    # "a total of 700 km2 had been restored": land given back, a gain
    r"restored|"
    # "3,000 square miles of land are back under Ukrainian control": regained
    r"back\s+(?:under|in|into)\s+(?:[\w'-]+\s+){0,2}(?:control|hands)|"
    # "resulted in the recovery of 285.6 km2", "a total reclamation of 400 km2"
    r"(?:recovery|reclamation|recapture|liberation|de-?occupation)\s+of|"
    r"cleared\s+of\s+(?:the\s+)?(?:enemy|occupiers?|invaders?|russian\s+(?:troops|forces))|"
    r"net\s+(?:gain|advance)|level(?:l)?ing\s+(?:of\s+)?the\s+front(?:\s*line)?|"
    r"f[ae]ll(?:en|s)?\s+(?:to|into|under)|"
    r"(?:pushed|drove|driven|forced|knocked)\s+(?:[\w'-]+\s+){1,3}(?:out\s+of|back\s+from)|"
    # "cleared the enemy from 3 km2", "ousted Ukrainian units from 12 km2"
    r"(?:cleared|ousted|expelled|evicted|dislodged)\s+(?:[\w'-]+\s+){1,3}(?:from|out\s+of)|"
    r"progress(?:ed)?|advance|increase[ds]?|rose|rise|grew|growth)\b",
    re.IGNORECASE,
)
# Verbs that say the land was freed, without saying by whom: the side is the
# speaker's, and in Ukraine's own words it is Ukraine.
LIBERATION = re.compile(
    r"\b(?:liberat\w*|de-?occup\w*|freed|released|marked\s+as\s+exempt|taken\s+back|took\s+back|won\s+back|"
    r"retak\w+|retook|recaptur\w+|regain\w*|reclaim\w*|returned|(?<=to\s)return|"
    r"recover(?:ed|ing)|restored|"
    r"(?:recovery|reclamation)\s+of|"
    # Kyiv's ministry's word for ground won back: "the leveling of the front line"
    r"level(?:l)?ing\s+(?:of\s+)?the\s+front(?:\s*line)?|"
    r"recollected|(?:clear|purg|cleans)(?:ed|ing)(?=[^;]{0,80}\b(?:from|of)\s+(?:the\s+)?(?:occupant|"
    r"occupier|invader|enemy|russian)))\b",
    re.IGNORECASE,
)
# "would have captured some 4,562 km2" with no condition in its clause: the
# conditional of a reported figure (translated wires), not a supposed one.
# So is "might have lost up to 100 km2 … last week, analysts said": a hedge on
# a gain reported, like "may have captured" (with no condition in its clause).
REPORTED_WOULD = re.compile(
    r"(?:would|might)\s+have\s+(?:\w+ed|taken|won|seized|retaken|lost)\b",
    re.IGNORECASE,
)
CONDITION = re.compile(
    r"\b(?:if|unless|had\s+it|without|otherwise|but\s+for|were\s+it"
    r"|had\s+(?:[\w'-]+\s+){1,3}not)\b"
    # "Had Ukraine held the line, Russia would have gained …": an inverted if
    r"|^\W*had\s+(?!\d)[a-z]",
    re.IGNORECASE,
)
# "almost 2,000 km2 more than ...": a difference between two figures.
DIFFERENCE_AFTER = re.compile(
    # "three thousand sq. kilometers much less land than it did": a degree word
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:much|far|significantly|considerably|substantially)\s+)?"
    r"(?:more|less|fewer|larger|smaller|bigger|short\s+of|"
    r"shy\s+of)\b"
    r"(?![\"'\u201d\u2019]?\s*(?:[,.;)]|$|,?\s+(?:he|she|they|it|the\s+\w+)\s+(?:said|added)))"
    # "have taken 230 sq mi more since January 1": land added, when no "than"
    # follows in the sentence ("100 km2 more since May than in all of 2023")
    r"(?!\s+(?:since|so\s+far|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\b"
    r"(?![^.;]*\bthan\b))",
    re.IGNORECASE,
)
# "… 20% more territory in November than in October, or about 100 km2 more":
# a bare "more" after the figure, once the sentence has compared two amounts.
_MORE_AFTER = re.compile(r"\s*(?:more|less|fewer)\b", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(
    # words between, so "more than 500 km2" (a bound) is no comparison
    r"\b(?:more|less|fewer|larger|smaller|bigger)\s+(?:[^.;\s]+\s+){1,12}?than\b"
    # "twice as much territory in October as in September, some 200 km2 more"
    r"|\bas\s+(?:much|many|large|big)\s+(?:[^.;\s]+\s+){0,12}?as\b",
    re.IGNORECASE,
)


# "Russia's gains shrank by 100 km2 compared with September": gains that moved
# by an amount, a difference between two periods, no area taken.
_GAINS_MOVED_BY = re.compile(
    r"\b(?:gains?|advances?|captures?|progress|pace|losses)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:shr[au]nk|fell|fallen|decreased|declined|dropped|contracted|grew|grown|rose|"
    r"risen|increased|expanded|jumped|slowed)\s+by\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|only|just|roughly|"
    r"approximately|close\s+to|less\s+than|under|an\s+estimated)\s+)?$"
    # "the reduction in captured territory by approximately 100 km2": a noun of
    # change, what changed, then the amount
    r"|\b(?:decrease|drop|fall|decline|increase|rise|jump|reduction|growth)\s+in\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:gains?|advances?|captures?|progress|pace|territory|land)"
    r"\s+by\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|only|just|"
    r"roughly|approximately|close\s+to|less\s+than|under|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
# "the 150-km2 fall in Russian advances", "a drop of about 90 km2 in Russia's
# gains": an amount by which gains changed, named by a noun of change.
_CHANGE_NOUN_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:decrease|drop|fall|decline|increase|rise|jump|reduction|"
    r"slowdown|difference|gap|shortfall)\s+(?:in|of)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:gains?|advances?|captures?|progress|pace)\b",
    re.IGNORECASE,
)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:decrease|drop|fall|decline|increase|rise|jump|reduction|difference|"
    r"shortfall)\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|"
    r"over|more\s+than|less\s+than|just)\s+)?$",
    re.IGNORECASE,
)
_GAINS_LATER = re.compile(
    r"[^.;]{0,25}?\b(?:in|of)\s+(?:[\w'-]+\s+){0,3}?(?:gains?|advances?|captures?|"
    r"progress|pace)\b",
    re.IGNORECASE,
)


# "Russia's gains in October exceeded September's by 120 km2": the margin.
_EXCEEDED_BY = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|outpac(?:es|ed|ing|e)|surpass(?:es|ed|ing)?|topp(?:ed|ing)|"
    r"beat|outstrip(?:s|ped|ping)?|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+behind)?)\b"
    r"[^.;]{0,50}?\bby\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|only|"
    r"just|roughly|approximately|close\s+to|less\s+than|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


def is_difference(folded: str, start: int, end: int) -> bool:
    """True when the figure at start..end is a difference between two amounts."""
    after = folded[end : end + AFTER_WIDTH]
    if DIFFERENCE_AFTER.match(after):
        return True
    near = window(folded, start, 80)
    if " by " in near and (_GAINS_MOVED_BY.search(near) or _EXCEEDED_BY.search(near)):
        return True
    if _CHANGE_NOUN_AFTER.match(folded, end):
        return True
    if (
        " of " in near[-30:]
        and _CHANGE_NOUN_BEFORE.search(near)
        and _GAINS_LATER.match(folded, end)
    ):
        return True  # "a drop of about 90 km2 in Russia's gains"
    return bool(
        _MORE_AFTER.match(after)
        and _COMPARED_BEFORE.search(folded, max(0, start - 160), start)
    )


# A figure of "the same period last year" (or "… in 2024") is the baseline of a
# comparison, no record of its own: "… double the 659 km2 seized in the same
# timeframe in 2024".
SAME_PERIOD_BEFORE = re.compile(
    r"[^;.]{0,80}?\bthe\s+same\s+(?:period|time\s*frame|months?|weeks?|time)\s+"
    r"(?:of\s+|in\s+|during\s+)?(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|"
    r"a\s+year\s+(?:earlier|before|ago)|(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# Where one figure's words stop and the next figure's begin: the first strong
# break between two figures ("…, while", " — up from", "compared with"), else the
# last plain one (a comma, an "and").
STRONG_SEPARATOR = re.compile(
    r";|,\s*(?:and|but|while|whereas|although|then|up|down)\b|\s-\s|\s-(?=\s*\w)"
    r"|\bcompared\s+(?:to|with)\b|\b(?:up|down)\s+from\b|\bagainst\b|\bversus\b"
    r"|\bvs\b\.?|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b",
    re.IGNORECASE,
)
SEPARATOR = re.compile(
    # not ", at 199 sq mi": an amount set after its clause, which it belongs to
    r";|,(?!\s*at\s+(?:(?:about|around|some|roughly|nearly|almost|over|just|"
    r"more\s+than|less\s+than)\s+)*$)|\band\b|\bafter\b|\bbefore\b|\bcompared\s+(?:to|with)\b|\bagainst\b|\bversus\b|\bvs\b\.?|"
    r"\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b|\bthen\b",
    re.IGNORECASE,
)
# A sentence about a part of what was said before ("Most of the advances were
# near Pokrovsk", "Half of them came in Donetsk"): its place is the part's, not
# the place of a whole figure in the sentence before. Not "Most of the Belgorod
# border area is freed": a part of a place.
PART_SENTENCE = re.compile(
    r"^\W*(?:most|much|the\s+bulk|the\s+majority|the\s+lion's\s+share|(?:about\s+|"
    r"around\s+|nearly\s+|more\s+than\s+|over\s+)?(?:half|a\s+third|two-thirds|"
    r"a\s+quarter|three-quarters))\s+of\s+(?:these|those|them|this|that|it\b|(?:the|its|"
    r"their)\s+(?:[\w-]+\s+)?(?:gains?|advances?|losses|captures?|progress))\b"
    # "Its biggest advances were near Pokrovsk", "The largest gains came around …"
    r"|^\W*(?:the|its|their)\s+(?:biggest|largest|greatest|main|heaviest|fastest|"
    r"deepest|most\s+significant)\s+(?:[\w-]+\s+)?(?:gains?|advances?|losses|"
    r"captures?|progress|push(?:es)?|breakthroughs?)\b",
    re.IGNORECASE,
)

# Taking land back: the land of the figure before, at a later time than its own.
RETAKEN = re.compile(
    r"\b(?:recaptur(?:ed|es|ing)|retak(?:en|es|ing)|retook|won\s+back|took\s+back|"
    r"taken\s+back|wrested\s+back|reclaimed)\b",
    re.IGNORECASE,
)


# How far past a figure a cue reads ("… km2 or more", "… more than a year
# before"): the rest of its clause, and a fixed width keeps each look linear.
AFTER_WIDTH = 80


def window(text: str, end: int, width: int = 100) -> str:
    """The words just before `end`: what a cue anchored on a figure looks at.

    Starting at a space keeps a cut word from reading as another word, and the
    fixed width keeps every look linear in the length of the sentence.
    """
    start = max(0, end - width)
    if start:
        space = text.find(" ", start, end)
        start = space + 1 if space >= 0 else end
    return text[start:end]


def last(items: Iterable[_T]) -> _T | None:
    """The last of the items, or None: the nearest mention before a figure."""
    result = None
    for item in items:
        result = item
    return result


# The words that may stand between a verb and its figure ("cleared about 12",
# "grew by 480 to some 116,000", "all but roughly 1,000"): one list for the
# cues below, so a qualifier one of them knows the others know too.
NUMBER_WORDS = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than|"
    r"another|a\s+further)\s+)*"
)
# "556 km2 were lost to the Russians": the side named after "to" gained.
LOST_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# "leaving 1,100 sq mi back in the hands of Ukraine": the side named after gained.
HANDS_OF = re.compile(
    r"\b(?:in|into|under)\s+the\s+(?:hands|control)\s+of\s+(?:the\s+)?"
    r"(?P<side>ukrain\w*|russia\w*|kyiv|kiev|moscow)\b",
    re.IGNORECASE,
)
# "cleared 12 km2 of Russian troops": land freed of the enemy, not of mines.
CLEARED_BEFORE = re.compile(
    r"\b(?:cleared|cleansed|purged)\s+" + NUMBER_WORDS + "$", re.IGNORECASE
)
ENEMY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:russian|occupant|occupier|invader|enemy)", re.IGNORECASE
)
LEVEL_TO = re.compile(
    r"\b(?P<verb>grew|rose|increased|expanded|climbed|jumped|reached)\s+by\s+[^;]{0,60}?"
    r"\bto\s+" + NUMBER_WORDS + "$",
    re.IGNORECASE,
)
LEVEL_TO = gated(LEVEL_TO)  # asked before every figure (`literals`)
ALL_BUT = re.compile(
    r"\b(?:all|everything)\s+(?:but|except)\s+(?:(?:the\s+last|a\s+few)\s+)?"
    + NUMBER_WORDS
    + "$",
    re.IGNORECASE,
)


_PASSIVE = re.compile(
    r"^[^,;()]{0,60}?\b(?:taken|captured|seized|occupied|retaken|liberated|recaptured|"
    r"reclaimed|gained|won|lost|controlled|held)\s+(?:\w+\s+){0,2}?by\s+$"
    r"|^[^,;()]{0,40}?\b(?:fell|falls|went)\s+to\s+$"
    r"|^[^,;()]{0,40}?\bunder\s+(?:the\s+)?(?:\w+\s+)?control\s+of\s+$",
    re.IGNORECASE,
)


def passive_agent(
    folded: str, start: int, end: int, actors: list[ActorMention]
) -> ActorMention | None:
    """The side after 'taken by' / 'fell to' / 'under the control of' that follows
    the figure in its own words ('… 20 km2 taken by Russia'), not a side named in
    a clause about something else ('…, a city captured by Russian forces')."""
    for mention in actors:
        if start <= mention.start < end and _PASSIVE.search(
            folded[start : mention.start]
        ):
            if _OF_THE_LAND.search(
                folded, start, mention.start
            ) and MAIN_PASSIVE.search(folded, mention.end, end):
                # "500 km2 of the land captured by Ukrainian troops … had been
                # liberated": the participle names the land; the main verb's
                # agent is another.
                return None
            return mention
    return None


_OF_THE_LAND = re.compile(
    r"\bof\s+(?:(?:the|its|their)\s+)?(?:land|lands|territory|territories|area|areas|"
    r"ground)\s+(?:(?:previously|earlier|once|formerly|long)\s+)?\w+\s+by\s+$",
    re.IGNORECASE,
)
# "… had been liberated", "… were recovered": the passive the land is subject of
MAIN_PASSIVE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+)?been\s+\w+|(?:were|was)\s+(?:\w+\s+)?"
    r"(?:recovered|liberated|freed|retaken|recaptured|regained|returned|reclaimed"
    r"|de-?occupied|lost|captured|seized|taken))\b",
    re.I,
)


def best_place(mentions: Iterable[RegionMention]) -> RegionMention | None:
    """The first oblast among the mentions, else the first country."""
    listed = list(mentions)
    specific = next((m for m in listed if m.specific), None)
    return specific or next(iter(listed), None)


# "… carved out 200 km2 of the Sumy region and first entered the Dnipropetrovsk
# region last month": a second verb joined by "and" starts a predicate of its
# own, whose place and days are not the figure's.
_COORDINATED_PREDICATE = re.compile(
    r"\band\s+(?:(?:first|then|also|later|since|have|has|had)\s+)?"
    r"(?:entered|entering|advanced|advancing|pushed|pushing|moved|moving|crossed|"
    r"crossing|reached|reaching|launched|launching|approached|approaching|"
    # "… near Bakhmut and made no reported gains in the south"
    r"broke|breaking|made\s+no|made\s+(?:little|further|more))\b",
    re.IGNORECASE,
)


def predicate_end(folded: str, end: int, high: int) -> int:
    """Where the figure's own predicate stops within its clause (see above)."""
    found = _COORDINATED_PREDICATE.search(folded, end, high)
    return found.start() if found else high


# "lost five km2 but regained control of 26 km2 in the Pokrovsk sector in
# August", "lost five km2 in August, they regained 26": a second verb with no
# subject of its own (or only a pronoun for it) shares the first one's
# subject, and the place and days that close the sentence are both figures'.
# "According to the ISW, in the south, …": a source named first, before the
# words that lead the sentence (optional).
SOURCE_FIRST = r"(?:according\s+to\s+[^,;.:\d]{1,60},\s*)?"
_SHARED_PREDICATE = re.compile(
    # (a month's year may stand between: "… on the Pokrovsk front in August
    # 2025, they")
    r"^(?:[^,;()\d]|" + MONTH_NAME + r"\s+(?:19|20)\d\d\b){0,60}?"
    r"(?:,?\s*\b(?:but|and|yet)|,\s*(?:they|it|we))\s+"
    r"(?:(?:also|then|later|reportedly|allegedly|subsequently|eventually|again)\s+)*"
    r"(?:were\s+able\s+to\s+|managed\s+to\s+)?"
    r"(?:[a-z]+ed|took|won|lost|retook|regain|recapture|liberate|take|win)\b[^,;()]*$",
    re.IGNORECASE,
)


def shares_predicate(folded: str, end: int, start: int) -> bool:
    """True when the words between two figures join a second subjectless verb."""
    return bool(_SHARED_PREDICATE.match(folded[end:start]))


# No verb of control but one of attack: "Russia shelled a 40 km2 area".
ATTACK = re.compile(
    r"\b(?:shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|struck|strikes?|striking|pounded|"
    r"mined|burn(?:ed|t)|destroyed|devastated|flooded|"
    # "Russian forces are attacking along a 200-square-kilometre stretch" (not
    # the noun: "counter-attacks … cost it 20 km2")
    r"(?<!-)attacking|(?<!-)assaulting)\b",
    re.IGNORECASE,
)
# "the figure" told again for another period.
THE_FIGURE = re.compile(r"\bthe\s+(?:figure|tally|number)\b", re.IGNORECASE)
# A share of a whole region or country: "99% of the Luhansk region", "a fifth
# of Ukraine's territory".
SHARE_OF_WHOLE = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\b(?:a|one)\s+(?:fifth|quarter|"
    r"third|sixth)|\b(?:(?:almost|nearly|virtually|practically)\s+)?(?:all|most|half))"
    r"\s+of\s+(?:the\s+)?(?:ukraine\b|(?!the\b)[\w'-]+\s+(?:region|oblast)"
    r"|ukraine's\s+territory|ukrainian\s+territory|the\s+country)",
    re.IGNORECASE,
)
# Reported speech: its past tense may be the time of saying.
REPORTED = re.compile(
    r"\b(?:said|says|told|reported|estimated|claimed|stated|according\s+to|noted|"
    r"added|showed|wrote)\b",
    re.IGNORECASE,
)
PAST_MARKER = re.compile(
    r"\bbefore\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:invasion|war|offensive|incursion|"
    r"counteroffensive|counter-offensive)\b|\b(?:at\s+the\s+time|previously|once|"
    r"at\s+most|a\s+maximum\s+of|at\s+one\s+point|originally|initially|at\s+first)\b"
    # "…, when they had 900 km2 under their control": the time of the 'when'
    # clause is an earlier one, whatever the tense of the report around it.
    r"|\bwhen\s+(?:[\w'-]+\s+){1,3}?(?:had|held|controlled|occupied)\b",
    re.IGNORECASE,
)


# A holding of an earlier, unnamed day: "at its peak", "peak Ukrainian control at
# 900 km2", "holds 450 km2, down from a peak of 1,400".
PEAK = re.compile(
    r"\b(?:at\s+(?:its|their|the)\s+peak|at\s+the\s+height)\b"
    r"|\bpeak\b[^,;.]{0,30}\s(?:at|of)\s+(?:(?:about|around|some|roughly|nearly"
    r"|almost|over|more\s+than)\s+)?$"
    r"|\b(?:down|up)\s+from\s+(?:(?:a|an|its|their|the)\s+)?$",
    re.I,
)


# "compared with 1,300 at the height of the incursion"
# "which Ukraine had held 1,268 km2 of at its peak": a few words may come between.
PEAK_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s*at\s+(?:its|their|the)\s+(?:peak|height)\b",
    re.IGNORECASE,
)
# "the Ukrainian Armed Forces have controlled 1,294 km2 since the beginning of
# the operation": a translated perfect of control with "since" counts the
# ground gained since then, a change (LABELS).
PERFECT_CONTROL = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:controlled|held|occupied)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|approximately)\s+)?$",
    re.IGNORECASE,
)
# "Together with 10.9 km2 re-captured this week, Ukraine has …": a figure in a
# phrase before the main clause has the main clause's subject.
FRONTED = re.compile(
    r"\W*(?:together\s+with|along\s+with|in\s+addition\s+to|besides|on\s+top\s+of|"
    r"apart\s+from|added\s+to)\b[^,;]*$",
    re.IGNORECASE,
)
