"""Figures that are no record, told by the shape of the words around them.

`measures` and `cues` know the trap words that earlier passages used ("per
day", "covers", "grey zone"). New text says the same things in other words: a
rate by its noun or its distributive ("the monthly rate of gains fell to N",
"weekly gains hovered around N", "on average N", "N weekly", "Each week, …"),
a place's size by the noun that measures it ("the national park occupies N",
"the four oblasts … cover N", "a little smaller than Staten Island (58 mi2)",
"19% of Ukraine's 603,550 km2", "most of Pokrovsk's 29 km2"), a ratio by its
unit ("1,200 dead for every 10 km2"), a comparison by its frame ("as much … as"),
burnt land by its fire, land counted by what covers it ("2,000 hectares of
forest were lost"), land acted on rather than taken ("fortified", "encircled",
"forces concentrated on"), a transfer a clause only supposes ("N km2 would be
handed to Russia"), and a territorial claim by its verb ("Moscow claims about
109,000 km2 of Ukrainian territory as its own"). Each shape is written for the
kind of words (the noun the figure measures, the verb class, the modality, the
frame around it), not for one sentence, and every look is bounded so that a
text of bare figures stays linear.
"""

from __future__ import annotations

import re

from frontline.extract.measures import GAIN_COVERING, OF_LAND, held_area_is
from frontline.extract.trap_scope import own_words
from frontline.extract.trap_words import NOT_CONTROL

# The hedge words that may stand between a frame and its figure.
_HEDGE = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|just|only|"
    r"more\s+than|less\s+than|up\s+to|at\s+least|an\s+estimated|close\s+to|"
    r"a\s+further|another)\s+)*"
)

# --- rates -------------------------------------------------------------------

# "300 sq km monthly", "100 km2 weekly", "450 km2 in each month of 2024": a
# distributive after the figure (not "…, weekly data show": a source's name).
_RATE_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?"
    + OF_LAND
    + r"(?:(?:daily|weekly|monthly|nightly)\b(?!\s+(?:reports?|data|"
    r"figures?|updates?|summar(?:y|ies)|maps?|assessments?|briefings?|bulletins?|"
    r"reviews?|analys[ie]s|records?|high|low|peak|total))"
    r"|(?:in|for|during|over|on)\s+(?:each|every|an?\s+average)\s+(?:single\s+|given\s+)?"
    r"(?:day|week|month|24)"
    r"|a\s+(?:day|week|month)\s+on\s+average)",
    re.IGNORECASE,
)
# "the monthly rate of Russian gains fell to about 350", "the pace of the
# advance slowed to 9": a rate's noun, the subject of a verb of level.
_RATE_LEVEL_BEFORE = re.compile(
    r"(?:\b(?P<unit>daily|weekly|monthly|average|mean)\s+(?:[\w'-]+\s+)?)?"
    r"\b(?:rate|pace|speed|tempo|velocity)\s+(?:of\s+(?:[\w'-]+\s+){1,4}?)?"
    r"(?:(?:has|have|had)\s+)?(?:now\s+)?"
    r"(?:fell|fallen|dropped|slowed|rose|risen|increased|climbed|reached|hit|was|is|"
    r"stood|stands|averaged|hovered|accelerated|grew|jumped|remained|held)"
    r"(?:\s+(?:to|at|around|about|by|near))?\s+" + _HEDGE + "$",
    re.IGNORECASE,
)
# "Weekly Russian gains hovered around 90", "average monthly losses of 200": a
# flow told per unit of time. Not a superlative ("the largest monthly gain of
# 700 km2", "a weekly record"): that is one period's gain. Nor a flow told for
# one such unit ("monthly gains rose to 600 in October", "weekly gains dropped
# to 85 last week"): that is the gain of the period (`_ONE_UNIT`).
_PER_TIME_FLOW_BEFORE = re.compile(
    r"(?<!largest\s)(?<!biggest\s)(?<!smallest\s)(?<!highest\s)(?<!lowest\s)"
    r"(?<!fastest\s)(?<!slowest\s)(?<!swiftest\s)(?<!record\s)(?<!greatest\s)"
    r"(?<!significant\s)(?<!previous\s)(?<!all\s)"
    r"(?<!-)\b(?:(?P<unit>daily|weekly|monthly)|per-day|per-week|per-month|average|mean)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:gains?|advances?|losses|progress|captures?|increments?)\b"
    r"(?:\s+(?!(?:in|since|during|last|this)\b)[\w'-]+){0,3}\s+" + _HEDGE + "$",
    re.IGNORECASE,
)
# "Russian forces averaged 16 mi2 of gains per week", "gains averaging 20
# km2": the figure is the object of a verb of averaging, a mean.
_AVERAGED_BEFORE = re.compile(
    r"\baverag(?:ed|es|ing)\s+(?:out\s+)?(?:at\s+)?" + _HEDGE + "$", re.IGNORECASE
)
# "16 mi2 of gains per week", "20 km2 of ground a day": the distributive
# after what the figure measures.
_RATE_AFTER_NOUN = re.compile(
    r"\s*of\s+(?:[\w'-]+\s+){0,2}?(?:gains?|ground|territory|land|advances?)\s+"
    r"(?:per|a|an|each|every)\s+(?:day|week|month|24\s+hours)\b"
    r"(?!\s+(?:earlier|before|ago|later|after)\b)",
    re.IGNORECASE,
)
# "Russia gained on average 450 km2", "on average, some 20 km2".
_ON_AVERAGE_BEFORE = re.compile(
    r"\bon\s+(?:an?\s+)?average\b,?\s+(?:[\w'-]+\s+){0,2}?" + _HEDGE + "$",
    re.IGNORECASE,
)


_MONTHS = r"jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec"
_ONE_UNIT = {
    "daily": re.compile(
        r"[^.;]{0,60}?\b(?:(?:on|over|in)\s+the\s+(?:past|last)\s+day|yesterday|today|"
        r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|"
        rf"(?:{_MONTHS})\w*\s+\d))",
        re.IGNORECASE,
    ),
    "weekly": re.compile(
        r"[^.;]{0,60}?\b(?:(?:last|this|past|previous|the)\s+(?:[\w-]+\s+)?week\b|"
        r"in\s+the\s+week|week\s+of\b)",
        re.IGNORECASE,
    ),
    "monthly": re.compile(
        r"[^.;]{0,60}?\b(?:(?:in|during|for|throughout)\s+(?:" + _MONTHS + r")|"
        r"(?:last|this|past|previous|the)\s+month\b|in\s+the\s+month)",
        re.IGNORECASE,
    ),
}


# "averaged 14 km2 per day in 2025, compared with 11 km2 in 2024": the figure
# a rate is compared with is the same measure, whatever period stands between.
_COMPARED_WITH_RATE = re.compile(
    r"[^.;]{0,50}?(?:,\s*|\s+)(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|"
    r"versus|vs\.?|from|than)\s+" + _HEDGE,
    re.IGNORECASE,
)


# "Each week, Russian forces capture an area roughly the size of Manhattan —
# about 59 km2": a distributive that opens the clause makes its figure a rate
# (up to a clause of its own: "…, but", "while").
_EACH_PERIOD = re.compile(
    r"\b(?:each|every)\s+(?:single\s+)?(?:day|week|month|24\s+hours)\b"
    r"(?![^.;:]*?(?:,\s*(?:and|but)\b|\bwhile\b|\bwhereas\b|\bbut\b|\bthan\b))[^.;:]*$",
    re.IGNORECASE,
)


def is_rate(folded: str, start: int, end: int, near: str, last_rate: int = 0) -> bool:
    """True when the figure at start..end is an amount per unit of time;
    `last_rate` is where the sentence's last rate ended (0 if none)."""
    if last_rate and _COMPARED_WITH_RATE.fullmatch(folded, last_rate, start):
        return True
    if _EACH_PERIOD.search(near):
        return True
    if _RATE_AFTER.match(folded, end, end + 80) or _ON_AVERAGE_BEFORE.search(near):
        return True
    if ("verag" in near and _AVERAGED_BEFORE.search(near)) or _RATE_AFTER_NOUN.match(
        folded, end, end + 80
    ):
        return True
    level = _RATE_LEVEL_BEFORE.search(near)
    if level is not None:
        # "the pace of the advance slowed to 465 km2 in December": a month's
        # gain, told as a pace; "the daily rate … fell to 9": a rate
        unit = (level["unit"] or "").lower()
        if unit in _ONE_UNIT:
            return not _ONE_UNIT[unit].match(folded, end)
        return bool(unit) or not _TIME_WORD.match(folded, end, end + 60)
    flow = _PER_TIME_FLOW_BEFORE.search(near)
    if flow is None:
        return False
    unit = (flow["unit"] or "").lower()
    return not (unit and _ONE_UNIT[unit].match(folded, end))


# --- sizes of places ------------------------------------------------------------

_PLACE_NOUN = (
    r"(?:park|reserve|forest|woods?|woodland|island|lake|reservoir|zone|city|town|"
    r"village|region|oblast|province|country|nation|peninsula|spit|delta|estuary|"
    r"district|raion|municipality|farm|estate|oblasts|regions|provinces)"
)
# "The Dnipro delta national park occupies 800 km2", "the four oblasts … cover
# some 90,000 sq mi", "…, which together span about 109,000 km2": a place, the
# subject of a verb of extent (in any number).
_PLACE_EXTENT_BEFORE = re.compile(
    rf"\b(?:{_PLACE_NOUN}|territor(?:y|ies)|lands?|land\s*mass|area)\b['\u2019]?"
    r"(?:\s+(?:[a-z'-]+|\d{4})){0,8}?(?:,?\s+(?:which|that))?\s+"
    r"(?:together\s+|jointly\s+"
    r"|combined\s+)?(?:(?P<holds>occupies|occupy|takes\s+up|take\s+up)|covers?|spans?|measures?|"
    r"extends?\s+(?:over|across)|stretch(?:es)?\s+(?:over|across|for)|encompass(?:es)?|"
    r"comprises?|amounts?\s+to|total)\s+(?:a\s+)?(?:combined\s+|total\s+(?:of\s+)?)?"
    + _HEDGE
    + "$",
    re.IGNORECASE,
)
# Words that make the subject land taken or held, not a place: "the occupied
# zone covers …", "Russia's gains in the region cover …".
_TAKEN_SUBJECT = re.compile(
    r"\b(?:occupied|held|controlled|captured|seized|taken|liberated|freed|gains?|"
    r"advances?|foothold|bridgehead|salient|control|occupation|carv\w*|pushed|"
    r"advanced|won|gained|retaken|recaptured|regained|conquered|lost|losses|taking|"
    r"grey|gray|contested|mined|demined|cleared)\b",
    re.IGNORECASE,
)
# A side before "occupies": "In the Donetsk region, Russia occupies …" is land
# held, not a place's extent (a place "covers" and "spans"; a side does not).
_SIDE = re.compile(
    r"\b(?:russia|ukraine|kyiv|kiev|moscow|forces|troops|army|units|we|they|it)\b",
    re.IGNORECASE,
)
# "a little smaller than Staten Island in New York (58 mi2)", "as large as
# Luxembourg (2,586 km2)": the size of the place compared with, in brackets.
_COMPARED_PLACE = re.compile(
    r"\b(?:(?:larger|bigger|smaller|greater)\s+than|as\s+(?:large|big|small)\s+as|"
    r"the\s+same\s+(?:size\s+)?as|comparable\s+(?:in\s+size\s+)?(?:to|with)|"
    r"the\s+(?:size|area)\s+of|equivalent\s+to|equal\s+to|akin\s+to|similar\s+(?:in\s+size\s+)?to)"
    r"\b[^()\d;.]{0,80}\(\s*" + _HEDGE + "$",
    re.IGNORECASE,
)
_GAINS_OR_TIME = re.compile(
    r"\b(?:gains?|advances?|captures?|losses|progress|taken|captured|seized|occupied|"
    r"liberated|year|month|week|day|control|controlled|held|holds?|foothold)(?:'s)?\b",
    re.IGNORECASE,
)
# "19.3% of Ukraine's 603,550 km2", "a fifth of the region's 26,500 km2": the
# whole a share is taken of.
_SHARE_OF = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|\b(?:a|one)\s+(?:fifth|quarter|"
    r"third|sixth|tenth)|\bhalf|\btwo-thirds|\bthree-quarters)\s+of\s+(?:the\s+|its\s+|"
    # (not "half of August's 455 km2": a share of a period's gain)
    r"their\s+)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|last|this|that|"
    r"previous|same|next|its\s+gains?|the\s+gains?)\w*)"
    # the figure inside the "of" phrase ("of Ukraine's 603,550"), not set after
    # it ("19 percent of Ukraine \u2014 about 116,000 km2": the share's own area)
    r"(?:[a-z]+(?:'s)?\s+){0,3}?" + _HEDGE + "$",
    re.IGNORECASE,
)
# "most of Pokrovsk's 29 km2", "nearly all of the city's 34 km2", "roughly 4
# km2 of its 12 km2": a part of a place's whole area, named by its possessor.
_PART_OF_WHOLE = re.compile(
    r"(?:\b(?:most|much|all|nearly\s+all|almost\s+all|part|parts|the\s+rest|the\s+bulk)"
    r"\s+of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?'s"
    r"|(?:^|(?:km\S*|kilomet\w*|miles?|mi\S*|hectares?|ha))\s*of\s+(?:its|their|"
    r"the\s+[a-z-]+'s))\s+(?:entire\s+|whole\s+|total\s+)?" + _HEDGE + "$",
    re.IGNORECASE,
)
# "most of Russia's 505 km2 gains": a part of a gain, not of a place.
_FLOW_AFTER = re.compile(
    r"[^.;,]{0,20}?\b(?:gains?|advances?|captures?|losses|progress)\b", re.IGNORECASE
)
# "the whole Donetsk region, 26,500 km2," "the entire oblast (26,700 km2)": a
# whole place and its size in apposition.
_WHOLE_PLACE = re.compile(
    r"\b(?:whole|entire|all)\s+(?:of\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:region|oblast|province|country|peninsula)\s*(?:\(|,|\u2014|\u2013|-)\s*"
    + _HEDGE
    + "$",
    re.IGNORECASE,
)
# A verb of change just after a figure: "20% of the 500 km2 Russia took in
# October" is a share of a gain, and the gain is a record.
_GAIN_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:took|taken|captured|seized|gained|won|occupied|liberated|"
    r"retook|retaken|recaptured|regained|lost|ceded|freed)\b",
    re.IGNORECASE,
)


# "the four annexed regions, with a combined area of about 108,000 km2",
# "Ukraine's territory, at 603,628 km2": a place and its own area.
_PLACE_AREA = re.compile(
    r"\b(?:with|having)\s+(?:a\s+|an\s+|the\s+)?(?:total\s+|combined\s+|overall\s+|"
    r"joint\s+)?(?:area|size|surface(?:\s+area)?)\s+of\s+" + _HEDGE + "$"
    r"|\b(?:[\w-]+'s|its|their)\s+(?:total\s+|entire\s+|whole\s+)?(?:territory|area|"
    r"land\s*mass|land\s+area|surface\s+area)\s*,\s*(?:at|of|some|about)\s+"
    + _HEDGE
    + "$",
    re.IGNORECASE,
)


# "The Askania-Nova reserve, 33,000 hectares of virgin steppe, remains under
# occupation": a figure set in apposition to the place that opens the
# sentence (not "In the Donetsk region, 500 km2 were captured": a place after
# a preposition, and no comma closing the figure's phrase).
_PLACE_OPENS = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:the\s+)?(?:(?!(?:in|on|at|near|across|around|within|"
    r"throughout|inside|for|from|of|to|over|along|by|since|during)\b)[a-z'-]+\s+){0,3}"
    + _PLACE_NOUN
    + r"\s*,\s*(?:an?\s+)?"
    + _HEDGE
    + "$",
    re.IGNORECASE,
)
_APPOSITION_CLOSES = re.compile(
    r"(?:(?!\b(?:is|are|was|were|remains?|remained|have|has|had|been|being|now|still)\b)"
    r"[^,;.()\d]){0,50},",
    re.IGNORECASE,
)


# "… 119,000 km2 of the full 603,500 km2 Ukraine claims", "of the 603,550 km2
# that Ukraine considers its own": the whole country a share is taken of.
_OF_THE_WHOLE = re.compile(
    r"\bof\s+the\s+(?:full\s+|entire\s+|whole\s+|total\s+)?" + _HEDGE + "$",
    re.IGNORECASE,
)
_CLAIMED_AFTER = re.compile(
    r"\s*(?:that\s+|which\s+)?(?:ukraine|kyiv|russia|moscow)\s+(?:claims|considers|"
    r"regards)\b",
    re.IGNORECASE,
)


def _is_size(folded: str, start: int, end: int, near: str) -> bool:
    """True when the figure gives the size of a place (see the shapes above)."""
    if _OF_THE_WHOLE.search(near) and _CLAIMED_AFTER.match(folded, end):
        return True
    if _PLACE_OPENS.search(folded, max(0, start - 120), start) and (
        _APPOSITION_CLOSES.match(folded, end)
    ):
        return True
    place_area = _PLACE_AREA.search(near)
    if place_area and not _TAKING.search(near, 0, place_area.start()):
        # (not "liberated a forest massif … with an area of more than 200
        # hectares": the area of a place taken is the land taken)
        return not _GAIN_AFTER.match(folded, end)
    compared = _COMPARED_PLACE.search(near)
    if compared and _GAINS_OR_TIME.search(compared.group(0)):
        # "four times larger than all of last year's gains (500 km2)": land
        # taken, compared with land taken
        compared = None
    whole = (
        compared
        or _WHOLE_PLACE.search(near)
        or _SHARE_OF.search(near)
        or (_PART_OF_WHOLE.search(near) and not _FLOW_AFTER.match(folded, end))
    )
    if whole:
        # "larger than all of Ukraine's territory (465 km2) occupied by Russian
        # forces last year": the land compared with was taken, a record.
        return not _GAIN_AFTER.match(folded, end)
    extent = _PLACE_EXTENT_BEFORE.search(near)
    # the whole subject, back to the clause's start: "Russian advances in the
    # Sumy region now total roughly 200 km2" is land taken
    subject = near[max(near.rfind("."), near.rfind(";"), near.rfind(":")) + 1 :]
    return bool(
        extent
        and not _TAKEN_SUBJECT.search(subject)
        and not (extent["holds"] and _SIDE.search(extent.group(0)))
        and not GAIN_COVERING.search(near)
        and not held_area_is(near)
    )


# "a narrow 60-square-kilometre strip of sand", "a 30-km2 island": a figure
# written as the modifier of a landform or place noun is that place's size
# (not "a 13-square-kilometer area" Ukraine controls: "area" is land held).
_COMPOUND_PLACE_AFTER = re.compile(
    r"\s*(?:[a-z'-]+\s+){0,1}?(?:strip|spit|island|islet|peninsula|sandbank|sandbar|"
    r"park|reserve|forest|woodland|lake|reservoir|delta|estuary|plain|valley|marsh|"
    r"swamp|steppe|city|town|village|district|raion|province|country)\b",
    re.IGNORECASE,
)


def _is_compound_size(folded: str, start: int, end: int, near: str) -> bool:
    return (
        "-" in folded[start:end]
        and bool(_COMPOUND_PLACE_AFTER.match(folded, end))
        and not _TAKING.search(near[-80:])
        and not _HELD_WORD.search(near[-80:])
    )


# "The difference between the two claims amounts to about 2,000 km2", "the
# gap stood at 300 km2": a margin noun, the subject of a verb of level.
_MARGIN_SUBJECT = re.compile(
    r"\b(?:difference|gap|discrepancy|margin|shortfall)\b[^.;\d]{0,70}?\b(?:amounts?\s+to|"
    r"amounted\s+to|is|was|are|were|stands?\s+at|stood\s+at|totals?|totall?ed|"
    r"reached|comes?\s+to|came\s+to)\s+" + _HEDGE + "$",
    re.IGNORECASE,
)

_MARGIN_WORDS = re.compile(r"differen|gap|discrepan|margin|shortfall", re.IGNORECASE)

# "giving up any of the 30,000 km2 Russia is demanding", "the 6,000 km2
# Moscow wants": a relative clause after the figure whose verb wants the land.
_WANTED_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+(?:region|oblast|province))?)?\s+"
    r"(?:that\s+|which\s+)?(?:[\w'-]+\s+){1,2}?(?:is\s+|are\s+|has\s+been\s+|"
    r"have\s+been\s+|still\s+)?(?:demand|want|seek|covet|insist(?:s|ed|ing)?\s+on)"
    r"(?:s|ed|ing)?\b",
    re.IGNORECASE,
)

# --- comparisons -------------------------------------------------------------------

# "Ukraine now loses about as much land in a week \u2014 roughly 100 km2 \u2014 as it
# did in a month last year": a figure inside an "as much … as" frame.
_AS_MUCH_BEFORE = re.compile(
    r"\bas\s+(?:much|many|large|big|little|few)\b(?:(?!\bas\b)[^.;]){0,60}$",
    re.IGNORECASE,
)
_AS_AFTER = re.compile(r"[^.;\d]{0,40}?\bas\b(?!\s+(?:of|well|part)\b)", re.IGNORECASE)


# --- ratios ---------------------------------------------------------------------

# "1,200 dead for every 10 km2", "40 shells per 10 square kilometres": the
# figure is the unit of a ratio.
_RATIO_UNIT_BEFORE = re.compile(
    r"(?:\bper|\bfor\s+(?:every|each)|\bevery|\beach)\s+(?:single\s+)?$"
    r"|\bper\s+" + _HEDGE + "$",
    re.IGNORECASE,
)

# --- burnt land -------------------------------------------------------------------

# "the fire covered 1,587 hectares", "6,500 hectares of forest catching fire or
# burning down": land that burnt, no side's ground. Not "under fire",
# "artillery fire", "ceasefire".
_FIRE = re.compile(
    r"\b(?:(?<!cease)(?<!cease-)fires?(?!\s+(?:control|support|power|positions?))|"
    r"wildfires?|blazes?|flames|burn(?:ed|t|ing|s)?|scorch\w*|ablaze|"
    r"caught\s+fire|catching\s+fire|set\s+(?:on\s+)?fire)\b",
    re.IGNORECASE,
)
_NOT_FIRE = re.compile(
    r"\b(?:under\s+(?:[\w-]+\s+){0,2}fire|(?:artillery|enemy|heavy|intense|russian|"
    r"ukrainian|mortar|drone|friendly|direct|tank|sniper|small-arms|rocket)\s+fire|"
    r"open(?:ed|s|ing)?\s+fire|fire[ds]?\s+(?:on|at|upon)|gunfire|crossfire|"
    r"burn(?:ed|t|ing)?-?\s*out)\b",
    re.IGNORECASE,
)
# A verb of taking that governs the figure: "captured 15 km2 of burnt forest".
_TAKING = re.compile(
    r"\b(?:captur|seiz|took|taken|tak(?:es|ing)|liberat|freed|regain|retak|retook|"
    r"recaptur|gained|advanc|conquer|won\b|wrest|reclaim|overran|occup(?:y|ies)\b)\w*",
    re.IGNORECASE,
)

# --- land acted on, not taken ------------------------------------------------------

# "The enemy has concentrated forces on a 40 km2 area", "Russia has fortified
# some 1,000 km2", "drones struck targets across 500 km2", "has encircled some
# 60 km2", "units are surrounded in a pocket of roughly 20 km2": a verb that
# acts on the land (fire, forces, works, a ring) governs the figure, and no
# verb of taking stands between.
_HELD_WORD = re.compile(
    r"\b(?:hold|holds|held|holding|control|controls|controlled|controlling|occup\w+)\b",
    re.IGNORECASE,
)
_ACTED_ON = re.compile(
    r"\b(?:shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|struck|strik(?:es|ing)|pound(?:ed|ing)|"
    r"target(?:ed|ing|s)?|concentrat(?:ed|ing|es?)|mass(?:ed|ing)|amass(?:ed|ing)|"
    r"deploy(?:ed|ing|s)?|fortif(?:ied|ies|y|ying)|entrench(?:ed|ing)|"
    r"encircl(?:ed|ing|es?)|surround(?:ed|ing|s)?|besieg(?:ed|ing|es?)|blockad(?:ed|ing|es?)|"
    r"trapped|evacuat(?:ed|ing|es?))\b[^.;]{0,50}$",
    re.IGNORECASE,
)


# "about 2,000 hectares of forest near Kreminna were lost": land counted by
# what covers it, with no side in its clause and no verb of taking or
# holding (not "Russian forces captured 15 km2 of burnt-out forest").
_COVER_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?of\s+(?:[\w-]+\s+){0,2}?(?:forests?|woodlands?|woods|"
    r"steppe|marsh\w*|wetlands?|fields?|farmland|crops?|wheat|grain|orchards?|"
    r"vineyards?|pastures?|reeds?)\b",
    re.IGNORECASE,
)
_SIDE_NAMED = re.compile(
    r"\b(?:russia\w*|ukrain\w*|kyiv|kiev|moscow|forces|troops|army|enemy|occupiers?|"
    r"invaders?|units|brigades?|we|our)\b",
    re.IGNORECASE,
)


# A loss told beside a fire: "After Russia's fire on the town, Ukraine withdrew
# from 10 km2" is land lost, not burnt.
_GIVING_UP = re.compile(
    r"\b(?:lost|los(?:es|ing)|withdr[ae]w\w*|retreat\w*|ced(?:ed|es|ing|e)|gave\s+up|"
    r"pull(?:ed|s|ing)?\s+(?:out|back))\b(?!\s+(?:to\s+)?(?:the\s+)?(?:fire|flames|blaze))",
    re.IGNORECASE,
)


# --- claimed land ---------------------------------------------------------------

# "Moscow claims about 109,000 km2 of Ukrainian territory", "Russia lays claim
# to …": a present claim on land (not "claims to have taken", not "the 482
# sq mi it claimed last August", a gain told by the claimant).
_CLAIMS_BEFORE = re.compile(
    r"\b(?:claims|lays?\s+claim\s+to|laid\s+claim\s+to|considers|regards)\s+"
    r"(?:the\s+(?:whole|entire|rest)\s+(?:[\w'-]+\s+){0,3}?)?" + _HEDGE + "$",
    re.IGNORECASE,
)
# "… as its own", "… Russian territory", "… part of Russia": land claimed.
_AS_OWN = re.compile(
    r"\bas\s+(?:its|their)\s+own\b|\bas\s+(?:part\s+of\s+)?(?:russia\b|russian\s+"
    r"(?:territory|land|soil))|\b(?:an\s+)?integral\s+part\b|,\s*(?:\w+\s+){0,2}"
    r"russian\s+territory\b",
    re.IGNORECASE,
)
_TIME_WORD = re.compile(
    r"[^.;]{0,40}?\b(?:in|since|during|over|last|this|past|by|from)\s+(?:the\s+)?(?:(?:past|last|"
    r"first|same)\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|"
    r"month|year|day|spring|summer|autumn|fall|winter)",
    re.IGNORECASE,
)


# --- land a clause supposes will change hands ------------------------------------

# "Some 6,000 km2 of the Donetsk region would be handed to Russia", "… are
# expected to fall by spring": the figure is the subject of a modal or a
# forecast of transfer, so the change was not made (not "… could not be
# verified", not "may have been taken", a hedge on a fact).
_SUPPOSED_AFTER = re.compile(
    r"[^,;.()]{0,60}?\b(?:would|could|might|will|shall|must|should|(?-i:may)|"
    r"(?:is|are)\s+(?:(?:expected|projected|set|likely|due|going|poised|slated|"
    r"planned)\s+)?to)\s+(?:still\s+|also\s+|then\s+|eventually\s+|soon\s+|now\s+|"
    r"not\s+)?(?:have\s+to\s+|need\s+to\s+)?(?:be\s+(?:ceded|handed|given|transferred|"
    r"surrendered|taken|captured|seized|occupied|lost|annexed|returned|conceded|"
    r"relinquished|abandoned|frozen|recogni[sz]ed|traded|swapped|exchanged|"
    r"liberated|retaken|recaptured)|fall\b|pass\b|go\s+to|change\s+hands)",
    re.IGNORECASE,
)


def supposed_after(folded: str, end: int, high: int) -> bool:
    """True when the figure ending at `end` is the subject of a supposed
    transfer (`_SUPPOSED_AFTER`) within its clause, which ends at `high`."""
    return bool(_SUPPOSED_AFTER.match(folded, end, high))


# "The depth of the advance was almost 4.5 km and the width almost 2.5 km2"
_DIMENSION_BEFORE = re.compile(
    r"\b(?:width|depth|length|breadth)\b(?:\s+of\s+(?:the\s+)?[\w'-]+)?"
    r"(?:\s+(?:was|is|of|reached|amounted\s+to))?\s+(?:(?:almost|about|around|nearly"
    r"|over|some|up\s+to|more\s+than|roughly|approximately)\s+)?$",
    re.IGNORECASE,
)


def trap_kind(folded: str, start: int, end: int, near: str, high: int) -> str:
    """What the figure at start..end is when it is no record ("size", "ratio",
    "burnt", "claimed"), else "". `near` is the words before it back to the
    figure before; `high` is where the next figure starts."""
    after = folded[end : min(high, end + 120)]
    if _is_size(folded, start, end, near):
        return "size"
    if _is_compound_size(folded, start, end, near):
        return "size"
    if _RATIO_UNIT_BEFORE.search(near[-40:]):
        return "ratio"
    if _DIMENSION_BEFORE.search(near[-50:]):
        return "length"  # "the width almost 2.5 km2": a side, misprinted as an area
    if _MARGIN_WORDS.search(near) and _MARGIN_SUBJECT.search(near):
        return "difference"
    if _WANTED_AFTER.match(folded, end, high):
        return "wanted"
    if _AS_MUCH_BEFORE.search(near) and _AS_AFTER.match(folded, end, high):
        return "comparison"
    own = own_words(near[-120:] + after, len(near[-120:]))
    if (
        _FIRE.search(own)
        and not _NOT_FIRE.search(own)
        and not _TAKING.search(near[-80:])
        and not _GIVING_UP.search(own)
    ):
        return "burnt"
    if (
        _COVER_AFTER.match(folded, end)
        and not _SIDE_NAMED.search(own)
        and not _TAKING.search(own)
        and not _HELD_WORD.search(own)
        and not NOT_CONTROL.search(own)  # (read as land no one holds, later)
    ):
        return "land cover"
    acted = _ACTED_ON.search(near)
    if (
        acted
        and not _TAKING.search(acted.group(0))
        and not _HELD_WORD.search(acted.group(0))
    ):
        return "acted on"
    claim = _CLAIMS_BEFORE.search(near)
    if claim and _GAIN_AFTER.match(folded, end):
        claim = None  # "claims about 100 km2 were liberated": a gain reported
    if claim and (not _TIME_WORD.match(after.split(",")[0]) or _AS_OWN.search(after)):
        return "claimed"
    return ""
