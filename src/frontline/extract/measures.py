"""Words that make a figure a size or a rate rather than an area taken.

"a country of 595,000 km2", "Luhansk, covering 26,700 km2" give the size of a
place; "15 km2 a day", "the average daily advance was 20" a rate. Neither is a
record (`candidates` files them as other figures). Kept apart from `cues` so the
trap words can be read, and grown, whole.
"""

from __future__ import annotations

import re

from frontline.extract.literals import gated
from frontline.extract.text import POPULATED_PLACES

# Not right after a verb of taking and its article ("captured a total area of").
_NOT_TAKEN_A = "".join(
    rf"(?<!{verb}\sa\s)"
    for verb in (
        "captured", "seized", "liberated", "occupied", "regained", "recaptured",
        "retaken", "taken", "took", "gained", "freed", "controls", "lost",
    )
)  # fmt: skip
# The size of a place, not land taken: "a country of 595,000 km2", "Luhansk,
# covering 26,700 km2", "its area is about 27,000 km2", "the city's total 29".
SIZE_STRONG = re.compile(
    # "liberated territory spanning 30 km2" is the land taken, not a size.
    r"(?<!territory\s)(?<!land\s)(?<!ground\s)(?<!fields\s)(?<!villages\s)"
    # "Russian-occupied territory now covers 116,000 km2": the land held
    r"(?<!territory\snow\s)(?<!area\snow\s)"
    r"\b(?:covers|covering|measures|measuring|spans|spanning|which\s+has\s+an\s+area\s+of"
    # "the liberated area is 31 km2": the land taken, told as an area
    r"|(?<!freed\s)(?<!liberated\s)(?<!captured\s)(?<!occupied\s)(?<!controlled\s)"
    r"(?<!de-occupied\s)(?<!deoccupied\s)(?<!recaptured\s)(?<!retaken\s)"
    # "this area was reduced to 482 km2": an area held, that moved
    r"area\s+(?:(?:is|was)(?!\s+(?:now\s+)?(?:reduced|cut|shrunk|down|up|expanded|increased|"
    r"decreased|enlarged)\b)|of\s+(?![\w\s'-]{0,40}?\b(?:freed|liberated|captured|seized|occupied|"
    r"recaptured|regained|retaken|returned|de-?occupied|lost|conquered|taken|won|"
    r"gained)\b)[\w\s'-]{1,40}?\s+is)|a\s+(?:country|nation|region|oblast|"
    r"province|city|town|village|settlement|peninsula|state)\s+of|(?:city|country|region|oblast|town)'s\s+"
    r"total|total\s+(?:area|territory|landmass)\s+of\s+"
    # ("the total area of the conquered territory is N": the land taken)
    r"(?![\w\s]{0,30}?\b(?:freed|liberated|captured|seized|occupied|conquered|"
    r"recaptured|retaken|regained|de-?occupied|taken|won|gained)\b)(?:\w+\s+){1,3}(?:of|is)|"
    r"landmass,?\s+which\s+covers|"
    # "of Ukraine's total area of 603,548 km2": a named place's own size
    r"[\w-]+'s\s+(?:entire\s+|whole\s+)?total\s+(?:land\s+)?(?:area|territory|landmass|"
    r"surface)\s+(?:of|is|was)|comparable\s+in\s+size)\s+(?:\w+\s+){0,2}$"
    # "comparable to Luxembourg's total landmass (2,586 km2)": a place's size
    r"|\b(?:landmass|land\s+area|surface\s+area)\s*\(\s*$"
    # "an area a little larger than Liechtenstein (160 km2)", "the same as Paris
    # (105 km2)": a place compared by size, its own size in brackets (not "more
    # than in September (410 km2)", another period's gain)
    r"|\b(?:comparable\s+to|the\s+size\s+of|the\s+same\s+(?:size\s+)?as"
    r"|as\s+(?:big|large|small)\s+as|equivalent\s+to"
    r"|(?:larger|bigger|smaller|greater|more|less)\s+than(?!\s+(?:in|during|over|a|the\s+(?:previous|prior|same)"
    r"|last|that|those|its|their)\b))\b"
    # (not "larger than all of Ukraine's territory (465 km2) occupied last year")
    r"(?![^()\d]{0,80}?\b(?:territor\w*|lands?|gains?|advances?|ground|captur\w*|seiz\w*"
    r"|occup\w*|taken|took|liberat\w*)\b)[^()\d]{0,80}\(\s*$"
    # "The Donetsk region's 26,500 km2 are Moscow's main target": its size
    r"|\b(?:region|oblast|province|country|peninsula)'s\s+(?:entire\s+|whole\s+|total\s+)?$"
    # "larger than Portugal's 92,000 km2": the size of the place compared with
    r"|\b(?:larger|bigger|smaller|greater)\s+than\s+(?:the\s+)?[\w-]+'s\s+(?:[\w-]+\s+){0,2}$"
    # "With a land area of approximately 603,628 km2", "its total land mass,
    # which comes to 600,000", "Ukraine sprawls across 233,000 square miles":
    # how big a place is, told with a land noun or a verb of extent.
    # (not "captured a total area of 880 km2": the land taken, told as an area)
    r"|" + _NOT_TAKEN_A + r"\b(?:land\s*mass|land\s+area|surface\s+area|total\s+area)\b"
    r",?\s+(?:which\s+|that\s+)?"
    r"(?:is|was|of|comes\s+to|amounts\s+to|totals|stands\s+at|measures)\s+(?:\w+\s+){0,2}$"
    # ("advances … extending over some 1,320 km2" is land taken: a place sprawls.)
    r"|\bsprawl(?:s|ed|ing)?\s+(?:across|over)\s+(?:\w+\s+){0,2}$"
    # "The park occupies about 300 hectares", "the reserve stretches over 120":
    # a place that is no front line, and how much ground it takes up
    r"|\b(?:park|reserve|forest|plant|factory|site|airfield|airport|lake|reservoir"
    r"|island|spit|estate|farm|cemetery|campus|complex)\s+(?:(?:now|still|itself)\s+)?"
    r"(?:occupies|occupied|stretches\s+(?:over|across)|extends\s+over)\s+(?:\w+\s+){0,2}$"
    # "the Kharkiv region's area of 31,400 km2", "covering a geographical area
    # of about 600,000 km2": a place's own size, named as its area
    r"|\b(?:region|oblast|province|country|city|peninsula)['\u2019]s\s+(?:entire\s+|whole\s+"
    r"|total\s+)?(?:land\s+)?(?:area|size)\s+(?:of|is|was)\s+(?:\w+\s+){0,2}$"
    r"|\bgeographic(?:al)?\s+area\s+of\s+(?:\w+\s+){0,2}$"
    # "the Azovstal industrial zone, which covers an area of more than 11 km2"
    # (not "Moscow, which occupies roughly 108,000 km2": a side's holding)
    r"|\bwhich\s+(?:covers|spans|measures)\s+(?:an\s+area\s+of\s+)?"
    r"(?:\w+\s+){0,2}$"
    # "the four regions it annexed in 2022 - an area of more than 100,000 km2":
    # places set beside their size
    r"|\b(?:regions|oblasts|provinces)\b[^.;]{0,60}?\s[-,]\s*an\s+area\s+of\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# All of Ukraine (603,550-603,700 km2) was never taken or held in this war:
# "Russia is the world's largest country, at 17 million km2" is a size.
LARGEST_TAKEN = 600_000.0
# "… landmass (2,586 km2) or Germany's Saarland (2,569 km2)": another size listed.
SIZE_LISTED = re.compile(r"\s*\)?\s*,?\s*(?:or|and)\b[^()\d;.]{0,80}\(\s*$")
SIZE = re.compile(
    r"\b(?:covers|covering|measures|measuring|spans|spanning|(?:an|a\s+total|total|"
    r"whose)\s+area\s+of|(?:is|are|was)\s+(?:roughly\s+|about\s+)?the\s+size\s+of)\s+"
    r"(?:\w+\s+){0,2}$"
    r"|\b(?:is|are|was|were)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
    r"almost\s+|approximately\s+|over\s+|more\s+than\s+|just\s+over\s+)?$",
    re.IGNORECASE,
)
SIZE = gated(SIZE)  # asked before every figure, found before few (`literals`)
# "603,000 square kilometres in size", "... in area": a size, not a record.
# "Ukraine, at 603,628 km2, is Europe's second-biggest country", "At 603,628
# km2, Ukraine is the largest …": a place ranked by its size.
SIZE_AFTER = re.compile(
    r"\s*(?:in\s+(?:size|area)|large|big)\b"
    r"|\s*\)?\s*,\s*(?:[\w'\u2019-]+\s+){0,2}?(?:is|was|remains)\s+(?:[\w'\u2019-]+\s+)"
    r"{0,3}?[\w-]*(?:largest|biggest|smallest)\s+(?:countr|nation|state|region|oblast"
    r"|province|city)",
    re.IGNORECASE,
)
# "22 km2 of Ukrainian land a day": the land's words stand between the figure
# and its distributive (not "50 km2 of land in a day", one day's gain).
OF_LAND = (
    r"(?:of\s+(?:the\s+)?(?:(?!(?:in|on|during|over|within|at|for|since|by|from|to"
    r"|last|this|past|and|or|but|the)\b)[\w'\u2019]+\s+){1,3}?)?"
)
_RATE_UNIT = r"(?:day|week|month|hour|24\s+hours|24-hour\s+period)\b"
RATE_AFTER = re.compile(
    r"^\s*"
    + OF_LAND
    + r"(?:(?:per|each|every)\s+"
    + _RATE_UNIT
    + r"(?!\s+(?:earlier|before|ago|later|after)\b)"
    # (not "held 640 km2 of Kharkiv region a month into its assault": a time)
    r"|(?:a|an)\s+"
    + _RATE_UNIT
    + r"(?!\s+(?:earlier|before|ago|later|after|into|of)\b)"
    r"|/\s*(?:day|d|week)\b"
    r"|daily\b|on\s+(?:a\s+|an\s+)?(?:daily|weekly|monthly|average)\b"
    r"|(?:were\s+|was\s+)?averaged\b)",
    re.IGNORECASE,
)
RATE_COMPARED = re.compile(
    r"[^.;\d]{0,30}?(?:,\s*|\s+)(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|"
    r"versus|vs\.?|from)\s+(?:(?:about|around|some|roughly|nearly|almost|over|just)\s+)*",
    re.IGNORECASE,
)
RATE_BEFORE = re.compile(
    # "the weekly average of Russian gains was 110 km2"
    r"\b(?:daily|average|rate|pace|speed)\s+(?:\w+\s+){0,2}of\s+(?:\w+\s+){0,2}"
    r"(?:(?:was|were|is|are|stood\s+at)\s+)?$"
    # "daily gains reached 35", "the average daily advance was 20": a rate's noun.
    r"|\b(?:daily|average|per-day)\s+(?:\w+\s+)?(?:gains?|advances?|rates?|pace|"
    r"losses|progress|increments?)\s+(?:\w+\s+){0,3}$"
    # "Each day, Russian troops advance 10 to 15 km2": a distributive, a rate.
    r"|\b(?:each|every)\s+(?:single\s+)?(?:day|week|month)\b,?\s+(?:[\w'-]+\s+){0,6}$",
    re.IGNORECASE,
)
# "capturing over 80 settlements and covering more than 1,150 km2": what a gain
# covered is the land taken, not the size of a place.
# So is what an advance covered: "Russia's progress slowed in December,
# covering only 465 km2".
# "Russian-held territory now totals 116,000 km2", "Russia's foothold in Sumy
# covers about 90 km2": an area named as held, the subject of a verb of size,
# is the land held, not a place's size.
HELD_AREA_IS = re.compile(
    r"\b(?:foothold|bridgehead|salient|(?:[\w'-]+-)?(?:held|occupied|controlled)\s+"
    r"(?:territory|territories|area|land|part|zone)|(?:area|territory|land)\s+under\s+"
    r"(?:the\s+)?(?:[\w'-]+\s+)?control)\b[^.;]{0,50}?\b(?:now\s+|currently\s+|still\s+)?"
    r"(?:covers|covered|covering|spans|spanning|measures|totals?|totalled|totaled|"
    r"(?:stretch(?:es|ed)?|extends?|extended)\s+(?:over|across)|"
    r"amounts?\s+to|amounted\s+to|stands?\s+at|stood\s+at|comes?\s+to|is|was)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than|"
    r"just|only)\s+)?$"
    # "Russian forces have a foothold of about 90 km2 in the Sumy region"
    r"|\b(?:foothold|bridgehead|salient)\s+of\s+(?:(?:about|around|some|roughly"
    r"|nearly|almost|approximately|over|more\s+than|just|only)\s+)?$",
    re.IGNORECASE,
)
_HELD_HINTS = ("held", "occup", "control", "foothold", "bridgehead", "salient")


def held_area_is(near: str) -> re.Match[str] | None:
    """`HELD_AREA_IS` in the words before a figure, looked for only when one of
    its nouns is there (a text of bare figures stays cheap)."""
    lowered = near.lower()
    if not any(hint in lowered for hint in _HELD_HINTS):
        return None
    return HELD_AREA_IS.search(near)


GAIN_COVERING = re.compile(
    r"\b(?:captur|seiz|tak|liberat|retak|occupy|gain|expand|free)\w*\b[^.;]{0,80}?"
    r"\band\s+(?:covering|spanning)\s+(?:\w+\s+){0,2}$"
    # "liberated 189 settlements with a total area of 4,500 km2": the area of
    # the places taken, which is the land taken.
    r"|\b(?:captur|seiz|tak|took|liberat|retak|retook|occup|gain|free|recaptur)\w*\b"
    r"[^.;]{0,60}?"
    r"\b(?:settlements|villages|towns|localities|hamlets|communities|"
    + POPULATED_PLACES
    + r")\b,?\s+"
    r"(?:(?:with|having)\s+(?:a\s+(?:total\s+|combined\s+)?|an\s+|the\s+)?"
    r"(?:total\s+|combined\s+)?area\s+of|covering|spanning)\s+(?:\w+\s+){0,2}$"
    r"|\b(?:progress|advances?|gains|offensive|push)\b[^.;]{0,60}?,\s*"
    r"(?:covering|spanning)\s+(?:\w+\s+){0,2}$"
    # "now are only holding onto a narrow strip along the border, covering
    # around 30 square miles": the land held
    r"|\b(?:hold(?:s|ing)?|held|control(?:s|ling|led)?|occup(?:y|ies|ying|ied))\b"
    r"[^.;]{0,60}?,\s*(?:covering|spanning)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# "Ukraine stretches over 233,000 square miles", "Stretching across 603,000
# km2, Ukraine …": how far a place extends, told by a verb of extent whose
# subject is no land taken or held (not "the occupied zone stretches over
# 116,000 km2", nor "gains extending over 1,320 km2").
_EXTENT = re.compile(
    r"\b(?:stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?)\s+(?:over|across)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than"
    r"|just\s+over)\s+)?$",
    re.IGNORECASE,
)
_EXTENT_OF_LAND = re.compile(
    r"\b(?:occup\w*|held|controlled|control|captur\w*|seiz\w*|taken|liberat\w*|freed"
    r"|gains?|advances?|front|frontline|zone|salient|bridgehead|foothold|pocket"
    r"|incursion|offensive|push|grey|gray|contested|mined|minefields?)\b",
    re.IGNORECASE,
)


def _place_extent(near: str) -> bool:
    """True when a verb of extent right before the figure has a place, not
    land taken or held, for its subject (back to the clause's start)."""
    found = _EXTENT.search(near)
    if found is None:
        return False
    subject = near[: found.start()]
    subject = subject[
        max(subject.rfind("."), subject.rfind(";"), subject.rfind(":")) + 1 :
    ]
    return not _EXTENT_OF_LAND.search(subject)


def is_size(near: str, km2: float) -> bool:
    """True when the words before a figure (`near`) make it a place's size, or
    when it is larger than anything taken or held in this war."""
    if km2 > LARGEST_TAKEN:
        return True
    if ("stretch" in near or "extend" in near or "Stretch" in near) and _place_extent(
        near
    ):
        return True
    return (
        bool(SIZE_STRONG.search(near))
        and not GAIN_COVERING.search(near)
        and not held_area_is(near)
    )


# An area set against lives: "0.038 km2 of territory per killed soldier",
# "0.1 km2 for each casualty" (after the figure), or one unit of area priced in
# them: "When capturing 1 km2, Russia loses 400 soldiers", "pays with 300 lives
# for one square kilometre". A ratio, no land taken (LABELS: casualties per km2).
_LIVES = (
    r"(?:soldiers?|troops?|casualt(?:y|ies)|servicem[ae]n|deaths?|lives|life|men|man|"
    r"fighters?|personnel|killed|dead|wounded|losses)"
)
RATIO_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:of\s+(?:[\w'-]+\s+){0,3}?)?"
    rf"(?:per|for\s+(?:each|every))\s+(?:[\w-]+\s+){{0,2}}?{_LIVES}\b",
    re.IGNORECASE,
)
_PRICED = re.compile(
    r"\b(?:loses|lose|losing|costs?|pays?|paying|sacrific\w+|spends?)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:\d[\d,.]*|hundreds|thousands|dozens)\s+"
    rf"(?:[\w-]+\s+)?{_LIVES}\b",
    re.IGNORECASE,
)


# The most a unit priced in lives measures ("1 km2", "0.5 km2"), and how far
# either side of it the price is looked for.
_PRICED_UNIT_KM2 = 1
_PRICE_REACH = 150


def is_ratio(folded: str, start: int, end: int, km2: float) -> bool:
    """True when the figure at start..end is land set against lives: per
    soldier after it, or one square kilometre (or less) priced in losses by its
    sentence."""
    if RATIO_AFTER.match(folded, end):
        return True
    if km2 > _PRICED_UNIT_KM2:
        return False
    # (within the figure's reach, and only when a price word is there, so that
    # a text of bare figures stays within its cost)
    near = folded[max(0, start - _PRICE_REACH) : end + _PRICE_REACH]
    lowered = near.lower()  # "Paying 300 lives for 1 km2" opens a sentence
    return any(word in lowered for word in _PRICE_WORDS) and bool(_PRICED.search(near))


_PRICE_WORDS = ("los", "cost", "pay", "sacrific", "spend", "per ", "each", "every")
