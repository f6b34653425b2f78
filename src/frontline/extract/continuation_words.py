"""Words around a bare number that make it an area in the unit of the figure
before it: "477 sq km in August and 459 in September", "…, bringing the total
to 37", "300 of them in Donetsk". `clauses.continuations` reads them; kept
apart from `cues` (which reads the kind, side and extent of a figure) so that
the continuation words can be read, and grown, whole.
"""

from __future__ import annotations

import re

from frontline.extract.text import POPULATED_PLACES

# A bare number after an area figure that repeats its unit: "477 sq km in August
# and 459 in September", "593 km2 in December; in January it gained 326".
_RUNNING_TOTAL = (
    r"\b(?:bringing|brought|brings|raising|raised|raises|pushing|pushed|lifting|"
    r"lifted)\s+(?:the|their|its|this|that)\s+(?:[\w-]+\s+){0,2}?(?:total|tally)"
)
_TOTAL_TAKEN = (
    r"(?:\s*(?:re)?(?:captured|taken|gained|liberated|seized|won|freed)(?:\s+there)?)?"
)
CONTINUATION_BEFORE = re.compile(
    # "… in October and Ukraine 40", "…, Ukraine just 40": a second side, its
    # verb left out
    r"(?:\band|,)\s+(?:the\s+)?(?:russia|ukraine|kyiv|kiev|moscow|russians|ukrainians"
    r"|(?:russian|ukrainian)\s+(?:forces|troops|army|units))\s+"
    r"(?:(?:just|only|about|around|nearly|almost|roughly|some|more\s+than|less\s+than"
    r"|over|under)\s+)*$"
    # "505 km2 in October: 300 in Donetsk, 120 in Dnipropetrovsk"
    r"|:\s*$|"
    r"(?:\band|,|\bcompared\s+(?:to|with)|\bagainst|\bversus|\bvs\b\.?|\bwhile|\bthen"
    r"|\bfrom|^\s*to|\bafter|\bincluding|"
    # "followed by the Dnipropetrovsk region with 96": a place's own figure
    r"\b(?:regions?|oblasts?|directions?|axis|sectors?|fronts?)\s+with|"
    # "nearly double July's 40", "compared with September's 480": another
    # period's figure, named by its possessive (blanked when read as a period)
    r"\b(?:double|triple|twice|thrice|half|than|with|from|against|over|below|above)"
    r"\s+(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:19|20)\d\d"
    r"|(?:last|the\s+previous|the\s+prior)\s+(?:week|month|year))['\u2019]s|\s{3,})|"
    # "600 km2 in October, a figure DeepState puts at 450"
    r"\b(?:puts?|putting|estimates?|estimated|places?|placed|pegs?|pegged)\s+"
    r"(?:(?:it|them|the\s+figure|the\s+gains?|the\s+total)\s+)?at|\bof\s+(?:which|them|those|these|that)|,\s*up|"
    r"\bon\s+top\s+of|\bin\s+addition\s+to|\bleaving\s+(?:[\w'-]+\s+){1,3}?with|\bnet\s+(?:gain|loss)\s+of"
    # "…, bringing their total for the year to nearly 4,000": the running total
    r"|"
    + _RUNNING_TOTAL
    # "… the total recaptured there since the counteroffensive began to 37"
    + _TOTAL_TAKEN
    + r"(?:\s+(?:for|in|of|since|so)\s+(?:[\w'-]+\s+){0,3}?|\s+)to"
    # (the same with "bringing the total" read as a period and blanked out)
    r"|,\s+"
    + _TOTAL_TAKEN
    + r"(?:\s+(?:for|in|of|since|so)\s+(?:[\w'-]+\s+){0,3}?|\s*)to"
    r"|\b(?:won\s+back|took\s+back|gained|took|captured|seized|occupied|liberated|"
    # "…, after gaining just 500 in August"
    r"gaining|taking|capturing|seizing|losing|"
    r"recaptured|retook|regained|retaken|taken|reclaimed|won|grabbed|lost|ceded|"
    # "…, and the Ukrainians recovered 40", "… and gave up 120"
    r"recovered|restored|freed|added|gave\s+up|surrendered|"
    # "…, now control roughly 200", "while Ukraine holds 210 in Kursk"
    r"controls?|holds?|"
    # "but ISW could confirm only 3,900", "analysts counted 35"
    r"confirm(?:ed|s)?|verified|counted|"
    r"(?:dropped|fell|rose|grew|slowed|jumped|climbed)\s+to)"
    r")\s+(?:(?:just|only|another|a\s+further|about|around|nearly|almost|"
    r"roughly|some|more\s+than|less\s+than|no\s+more\s+than|up\s+to|at\s+least"
    r"|over|under|the)\s+)*$",
    re.IGNORECASE,
)
CONTINUATION_AFTER = re.compile(
    r"^\s*(?:$|[,.;)]|(?:in|during|throughout|on|over|between|since|from|by|last"
    r"|this|the|a|at|now|today|currently|so\s+far"
    r"|(?:it|they)\s+(?:had\s+)?(?:held|controlled|occupied))\b"
    # "nearly 5,000 km2, 4,900 to be specific": the same figure, said exactly
    r"|to\s+be\s+(?:exact|precise|specific)\b"
    # "24 sq km near Siversk, 18 near Lyman and 30 around Huliaipole": a place
    r"|(?:near|around|outside|along|close\s+to)\b"
    # "Of the 725 km2 Russia took in November, 270 were near Kurakhove"
    r"|(?:were|was|are|is|came|lay|lie)\s+(?:in|near|around|on|along|at|close\s+to)\b"
    # "450 km2 in March, 300 of them in Donetsk", "300 of which were near Pokrovsk"
    r"|of\s+(?:them|which|those|these|it)\s+(?:(?:were|was|are|is|came|lay|lie)\s+)?"
    r"(?:in|near|around|on|along|at|close\s+to|over|during|last|this|since|within)\b"
    # "400 km2 changed hands: Russia took 300 of them, and Ukraine 100"
    r"|of\s+(?:them|those|these)(?=\s*(?:$|[,.;)]|and\b|while\b)))",
    re.IGNORECASE,
)

# "… 300 of them in Donetsk": a part of the figure before, unless the sentence
# counts something else it could be a part of ("30 villages …, 12 of them").
PART_OF = re.compile(r"\bof\s+(?:which|them|those|these|that|it)\b", re.IGNORECASE)
COUNTED_THINGS = re.compile(
    r"\b(?:settlements?|villages?|towns?|localities|cities|hamlets|civilians|"
    r"prisoners|casualties|" + POPULATED_PLACES + r")\b",
    re.IGNORECASE,
)
# "…, Maliar said, lifting the total recaptured there since the
# counteroffensive began to 37": a running total, however long its words
RUNNING_TOTAL_TO = re.compile(_RUNNING_TOTAL + r"\b[^.;]*\bto\s*$", re.IGNORECASE)
