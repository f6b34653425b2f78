"""The words that make a figure no one's ground, or a gain not made.

NOT_CONTROL is looked for in a figure's own words (`trap_scope.own_words`):
land cleared of mines or of saboteurs, grey or contested land, land searched,
surveyed, flooded or farmed again. NEGATED is looked for in the words before a
figure: a gain negated, supposed, planned, forecast, refused or set as a task.
Kept apart from `cues` (which reads the kind, side and extent of a figure) so
that the trap words can be read, and grown, whole.
"""

from __future__ import annotations

import re

# A figure that is not ground held by a side: mines cleared, saboteurs hunted,
# grey zones, land surveyed. Looked for in the figure's own clause.
NOT_CONTROL = re.compile(
    r"\b(?:clear(?:ed|ing)?\s+(?:(?!\d|square\b|sq\b|kilomet|km)\w+\s+){0,3}?of"
    r"(?!\s+(?:the\s+)?(?:enemy|occupiers?|"
    r"invaders?|russian\s+(?:troops|forces|units)))|clearance|demin\w*|mines?\b|(?:remains?|are|is)\s+(?:still\s+)?(?:potentially\s+)?mined\b|"
    r"explosive|contaminat\w*|saboteurs?|sabotage|DRGs?\b|\bof\s+(?:enemy\s+|russian\s+)?infiltrat\w*|gr[ae]y\s+(?:zones?|areas?|land|territor\w*|strip)|"
    # land swept or checked, not held: "clearing operations over 5 km2", "checked
    # by sappers", "deminers have returned …"
    r"(?:clearing|clearance|mop(?:ping)?[\s-]?up|sweep(?:ing)?|filtration)\s+operations?|"
    r"sappers?|deminers?|pyrotechnic\w*|unexploded|ordnance|"
    # "efforts to clear landmines", "cut the affected area to 137,000 km2":
    # land a hazard lies on, whoever holds it
    r"land-?mines?\b|(?<![\w-])affected\s+(?:areas?|territor\w*|lands?)\b|"
    r"(?:checked|inspected|examined)\s+(?:for|by)\b|"
    # "examined and cleared 5,308 km2", "38 km2 were cleared": cleared of no
    # enemy named is land made safe ("cleared 3 km2 … from the occupants" and
    # "cleared the enemy from" are gains)
    # (a sentence's own dots, "3 sq.km", "2.5 km2", are no end to look past)
    r"clear(?:ed|ing)\b(?![^;]{0,80}?\b(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:enemy|"
    r"occupants?|occupiers?|invaders?|russians?|ukrainians?|russian\s+\w+|ukrainian\s+\w+|"
    r"hostile|armed\s+forces))"
    # "cleared the Russians from …", "cleared and control about 54 km2"
    r"(?!\s+(?:out\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:enemy|occupants?|occupiers?|"
    r"invaders?|russians?|ukrainians?|troops|forces|units)\b)"
    r"(?!\s+and\s+(?:now\s+)?(?:control|hold|held|liberat|took|captur|secur|retook|"
    r"retak|regain|recaptur|seiz|freed|occup))"
    # "…, controlling more than 76 km2 and clearing over 7,000 buildings":
    # what was cleared is counted in things, not the figure's land
    r"(?!\s+(?:(?:over|more\s+than|about|some|nearly|almost|around)\s+)?\d[\d,.]*\s+"
    r"(?!square\b|sq\b|km|kilomet|hectares?\b|acres?\b|thousand\b|million\b|mln\b)"
    r"[a-z])|"
    # not "the long-contested city of Bakhmut": a place fought over, named
    r"contested(?!\s+(?:[\w'-]+\s+){0,2}(?:city|town|village|settlement|region|oblast)\b)|"
    # "disputed land", not "Kyiv disputed the figure" (a denial of a claim)
    # (nor "The figures are disputed, with reports ranging from 300 to 1,000":
    # a claim doubted, not land)
    r"(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)"
    r"disputed(?!\s+(?:the|this|that|these|those|its?|his|her|their|such|a|any|"
    r"claims?|figures?|reports?)\b)|"
    # "400 km2 … were 'infiltrated' by Russian troops but not yet under their
    # control": land entered, not held
    r"(?:were|was|been|being|are|is)\s+[\"'\u201c\u2018]?(?:infiltrat|penetrat)\w*|"
    r"not\s+(?:yet\s+|fully\s+)*under\s+(?:\w+\s+){0,2}control|"
    r"undefined|search(?:\s+and\s+(?:strike|destroy))?\s+operations|"
    # "… and is stabilising another 4,000 km2": land being made secure, not
    # yet held (the figure its object: not "the front is stabilising and …")
    r"stabili[sz](?:ing|es|e)\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?\d|"
    # "classed by DeepState as of 'unknown' control", "of unclear status": land
    # no map gives to either side
    r"(?:unknown|unclear|undetermined|uncertain)[\"'\u201d\u2019]?\s+(?:control|status)|"
    # "searched 6 km2 of forest for infiltrators", "swept some 15 km2": land
    # gone over for the enemy, not taken (the verb's object is the figure)
    r"(?:search(?:ed|es|ing)|comb(?:ed|s|ing)|swept|sweeps|checked|inspected|scoured)\s+"
    r"(?:(?:about|some|around|roughly|nearly|almost|over|more\s+than|up\s+to)\s+)?\d|"
    r"(?:were|was|been|being)\s+(?:searched|combed|swept|scoured)\b|"
    # "present in 300 km2 … but do not control them": there, not holding
    # ("… of Donetsk that Russia does not control but wants" is Ukraine's, and
    # so are "localities … announced to annex but did not fully control")
    r"\b(?:present|operat(?:e|es|ing)|active)\s+in\b[^.;]{0,80}?"
    r"(?:\bbut\s+(?:(?:they|it|we)\s+)?(?:(?:do|does|did)\s+not|don't|doesn't|didn't"
    r"|no\s+longer)|\bwithout)\s+(?:yet\s+|fully\s+)?(?:control|controlling|hold"
    r"|holding)\b|"
    # "remain under threat of Russian attack", "within range of artillery",
    # "under Russian fire control": land struck or threatened, not held; a
    # singular "which is/remains" tells of the place before it ("… around the
    # town, which remains within range"), not of the figure's land
    r"(?:(?<!which\s)(?:is|was|remains|lies)|are|were|remain|remained|lie)\s+"
    r"(?:still\s+|now\s+)?"
    r"(?:under\s+(?:[\w'-]+\s+){0,2}?(?:threat|fire|shelling|bombardment|attack)"
    r"|within\s+(?:[\w'-]+\s+){0,2}?range)\b|"
    r"search[\s-]+and[\s-]+(?:destruction|destroy|strike|clearing)|survey(?:ed|s)?\b|declared\s+safe|exclusion\s+zone|changed\s+hands|"
    # land both sides traded, with no single side that gained: "has changed
    # control", "switched hands", "Russian and Ukrainian forces have traded …"
    r"chang(?:ed|es|ing)\s+(?:hands|control|owners?|sides)|"
    r"(?:swapp|switch|trad|exchang)(?:ed|es|ing)\s+(?:hands|control|sides)|"
    r"shift(?:ed|s|ing)\s+between|back\s+and\s+forth|"
    r"\b(?:russia\w*\s+and\s+ukrain\w*|ukrain\w*\s+and\s+russia\w*|both\s+(?:sides|armies)|"
    r"the\s+two\s+(?:sides|armies))\b[^.;]{0,40}?\b(?:traded|exchanged|swapped)\b|"
    r"conflict\s+area|under\s*water|submerged|flood(?:ed|ing|s)?|inundat\w*|no[-\s]man'?s[-\s]land|neutral\s+zone|"
    r"demilitari[sz]ed|"
    # an ongoing sweep, not land taken: "units are clearing some 12 km2 of …"
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:clearing|mopping\s+up|sweeping)\b|"
    r"no[-\s]fly\s+zones?|ongoing\s+advances?|"
    # "infiltrated roughly 25 km2", "were infiltrating a 30 km2 area": land
    # entered, not held (not "after weeks of infiltration, … captured 20 km2")
    r"(?:infiltrat|penetrat)\w*\s+(?:(?!\d)[\w'-]+\s+){0,3}?(?=\d)|"
    # land made safe or farmed again: "returned to use", "remain hazardous"
    r"hazardous|potentially\s+dangerous|"
    # (with the land between: "returned 1.2 million hectares of land to
    # agricultural use", "handed 3,000 km2 back to farmers")
    r"(?:returned|restored|given|gave|handed)\b(?:[^;]{0,60}?\bback)?(?:[^;]{0,60}?\s)?"
    r"to\s+(?:[\w']+\s+){0,2}(?:use|farmers?|farming|"
    r"cultivation|owners|agricultur\w*|economic)|"
    r"mine\s+action|(?:regained|restored)\s+access|"
    # "has mined about 400 km2 of the land it took": land sown with mines
    r"(?:has|have|had|were|was|been)\s+(?:heavily\s+)?mined\b|"
    # "its forces were fighting for 12 km2", "fighting to hold another 10 km2":
    # land fought over, held by no one yet
    r"(?:fight(?:s|ing)?|battl(?:e|es|ing)|struggl(?:e|es|ing))\s+(?:for|over|to\s+"
    r"(?:hold|keep|retain|defend))\s+(?:(?:about|some|around|roughly|nearly|almost|over"
    r"|more\s+than|up\s+to|another|a\s+further|the\s+(?:remaining|last))\s+)*\d)",
    re.IGNORECASE,
)
# A period still to come: "Analysts estimate Russia's gains next year at
# around 5,000 km2", "… in the coming months": a forecast, looked for in the
# figure's own words.
FUTURE = re.compile(
    # (not "the next month, it took 590 km2": the month after one told before)
    r"\b(?<!\bthe\s)(?:next\s+(?:year|month|week|spring|summer|autumn|fall|winter|few\s+(?:weeks|"
    r"months))|(?:in|over|during)\s+the\s+(?:coming|next)\s+(?:days|weeks|months|"
    r"years?)|in\s+the\s+(?:weeks|months|year)\s+ahead)\b",
    re.IGNORECASE,
)
NEGATED = re.compile(
    r"\b(?:hasn't|has\s+not|haven't|have\s+not|hadn't|had\s+not|didn't|did\s+not|"
    r"never|failed\s+to|not\s+yet|unable\s+to|cannot|can't|incapable\s+of|"
    # "the task of seizing 10,000 km2", "a plan that calls for capturing …"
    r"(?:task|goal|aim|objective|mission|order|ambition|intention|hope|dream)s?\s+of\s+"
    r"[a-z]+ing\b"
    # "far short of its goal of 2,000 km2": the goal's own figure
    r"|\b(?:goal|target|aim|objective|ambition)s?\s+of(?=\s+(?:(?:about|around|some"
    r"|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)*$)|calls?\s+for\s+(?:[a-z]+ing|the\s+(?:capture|seizure|taking))\b|"
    # A gain not made: hypothetical, planned or forecast.
    r"(?:would|could|might)(?!\s+not\s+(?:be\s+)?(?:independently\s+)?"
    r"(?:verif|confirm))"
    # "ISW could confirm only 3,900": a count confirmed, not a gain supposed
    r"(?!\s+(?:only\s+)?(?:confirm|verify|geolocate|count)\b)|(?-i:may)\s+(?!have\b|not\b|be\s+\w+ing\b)\w+"
    # "Ukraine denied that Russia had captured 40 km2", "falsely claimed": a
    # claim refuted
    r"|(?:den(?:y|ies|ied|ying)|refut(?:es|ed|ing|e)|dismiss(?:es|ed|ing)?)\s+"
    r"(?:(?:the\s+)?(?:claims?|reports?)\s+)?that|falsely\s+claim\w*|false\s+claims?"
    # "Moscow's demands include the 6,000 km2 …", "a demand for 5,000 km2"
    r"|demands?\s+(?:include[sd]?|including|for|covers?|cover(?:ed|ing)|extends?\s+to)\b"
    # "Trump's envoy suggested Kyiv hand over some 5,000 km2": a proposal
    r"|(?:suggest(?:s|ed|ing)?|propos(?:es|ed|ing|e)|recommend(?:s|ed|ing)?|"
    r"advis(?:es|ed|ing|e))\s+(?:that\s+)?(?:[\w'-]+\s+){0,3}?(?:hand(?:ing)?|give|"
    r"giving|cede|ceding|withdraw(?:ing)?|surrender(?:ing)?|pull(?:ing)?|yield(?:ing)?|"
    r"swap(?:ping)?|trade|trading|exchange|exchanging)"
    # "Putin ordered the army to create a buffer zone of 1,500 km2": a command
    r"|(?:order(?:s|ed)?|instruct(?:s|ed)?|tell|tells|told|task(?:s|ed)?|"
    r"command(?:s|ed)?)\s+(?:[\w'-]+\s+){0,3}?to"
    r"|(?:plans?|planned|aims?|aimed|intends?|wants?|seeks?|hopes?|"
    r"expected|expects?|needs?|going)\s+to"
    # "Analysts expect Russia to take …", "The plan envisages taking …"
    r"|expect(?:s|ed)?\s+(?:[\w'-]+\s+){1,3}?to"
    r"|(?:envisag|envision|foresee|anticipat)[a-z]*\s+(?:[\w'-]+\s+){0,3}?[a-z]+ing"
    # A forecast: "is unlikely to capture", "on track to seize" (but "likely to
    # have captured" is a hedged fact).
    r"|will|won't|shall"
    # "should take", "must capture"; not "To these should be added the 201 km2"
    r"|(?:should|must)(?!\s+(?:also\s+)?be\s+(?:added|noted|said|stressed|recalled|"
    r"mentioned|counted|included|remembered)\b)"
    # "Moscow's goal is to take the remaining 6,000 km2", "the goal for the
    # spring is to seize …"
    r"|(?:goal|aim|objective|target|intention|plan|task|ambition)s?\s+"
    r"(?:(?:for|in|of)\s+(?:[\w'-]+\s+){1,3}?)?(?:is|was|are)\s+to"
    # "Putin has called for a buffer zone of about 1,000 km2": a zone asked for
    r"|(?:call(?:s|ed|ing)?\s+for|wants?|wanted|demand(?:s|ed|ing)?|seek(?:s|ing)?|"
    r"sought|propos(?:es|ed|ing|e))\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:buffer|security|sanitary|demilitari[sz]ed)\s+zone"
    # (the zone's own size, not a gain told after it: "After Putin called for a
    # buffer zone, Russian forces took 150 km2")
    r"(?=\s+(?:[\w'-]+\s+){0,4}?(?:of|covering|spanning|measuring|encompassing)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|up\s+to|over|more"
    r"\s+than|at\s+least)\s+)?$)"
    # refused, offered, tried or agreed: not (yet) done
    r"|(?:refus(?:e|es|ed|ing)|offer(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?"
    r"|agree(?:s|d|ing)?|reject(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?to|willing\s+to"
    r"|(?:(?:un)?likely|set|poised|on\s+(?:track|course)|forecast|projected|"
    r"predicted|threaten(?:s|ed|ing)?|ready|prepared)\s+to(?!\s+have\b))\b",
    re.IGNORECASE,
)


# "The Ukrainian army cleared nearly 3,000 km2 in southern Ukraine": a side's
# troops clearing land, in a sentence of no mine, sapper or survey, is ground
# freed of the enemy, as "cleared of the occupiers" is. (Folding blanks an
# adverb between them, "reportedly", into spaces.)
TROOPS_CLEARED = re.compile(
    r"\b(?:army|forces|troops|military|soldiers|units|defenders|brigades?|marines"
    r"|paratroopers|fighters)\s+(?:(?:have|has|had)\s+)?(?:(?:also|now|already)\s+)?"
    r"clear(?:ed|ing)\b",
    re.IGNORECASE,
)
_HAZARD = re.compile(
    r"\b(?:(?:land)?mines?|mined|demin\w*|explosiv\w*|sappers?|deminers?|ordnance"
    r"|unexploded|survey\w*|contaminat\w*|hazard\w*|engineers?|pyrotechnic\w*"
    r"|saboteurs?|sabotage|DRGs?|infiltrat\w*|hectares?)\b",
    re.IGNORECASE,
)


def troops_cleared(folded: str) -> bool:
    """True when a side's troops cleared land in a sentence of no hazard."""
    return bool(TROOPS_CLEARED.search(folded)) and not _HAZARD.search(folded)


def cleared_by_troops(own: str, folded: str) -> bool:
    """True when the only no-control words of a figure (`own`) are a side's
    troops clearing land (`troops_cleared` of its sentence)."""
    return troops_cleared(folded) and all(
        found.group(0).lower().startswith("clear")
        for found in NOT_CONTROL.finditer(own)
    )
