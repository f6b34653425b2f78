"""The verbs that make a figure a holding, and those that tell a gain of
control ("regained control of", "came under our control"): the two longest
word lists `cues` reads the kind with, kept here so each stays readable whole.
"""

from __future__ import annotations

import re

HOLDING = re.compile(
    r"\b(?:holds?|holding|held\s+in\s+total|controls?|retain(?:s|ed|ing)?|"
    # "they dominated 1,000 km2 of Russian territory": held, in translation
    r"dominat(?:es?|ed|ing)(?=\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+"
    r"|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?(?:\d|$))|"
    # "62.6 km2 are occupied", a state in the present passive (not "were
    # occupied in May", a gain); "the area marked as freed is N", a map's key
    r"(?:is|are|remains?)\s+(?:now\s+|still\s+|currently\s+)?occupied"
    r"(?!\s+(?:since|during|over|from|between|last|this|on)\b|\s+in\s+(?:\d|early\b|"
    r"late\b|mid|recent|the\s+(?:past|last|first|same)\b|jan|feb|mar|apr|may\b|jun|"
    r"jul|aug|sep|oct|nov|dec))|"
    r"marked\s+(?:as\s+)?(?:exempt|freed|liberated|de-?occupied|occupied|controlled|"
    r"under\s+(?:\w+\s+)?control)|"
    # "15% of the region is held by the occupiers": a state, told in the passive
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+|now\s+)?held\s+by|"
    r"held(?=\s+(?:approximately|an\s+estimated)\s+(?:\d|$))|"
    r"held(?=\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+|up\s+to\s+)?(?:\d|$))|controlled|controlling|occupies"
    r"|occupy|occupying|ha(?:s|ve)\s+now\s+(?:captured|taken|seized|occupied)|now\s+"
    r"(?:holds?|controls?|occupies)|in\s+total|a\s+total\s+of|altogether|under\s+"
    r"(?:its|their|our|russian|ukrainian|the|russia's|ukraine's|kyiv's|moscow's|"
    # "under VSU control", "under the enemy's control": a side's own letters
    r"vsu|afu|zsu|(?:the\s+)?enemy(?:'s)?)?\s*"
    # "… still remain under Ukrainian jurisdiction": held, as "under control"
    r"(?:control|occupation|jurisdiction)|remains?\s+in\s+(?:\w+\s+)?hands|sovereignty|reduced\s+to|shr[au]nk\s+to|"
    r"drop(?:ped|s)?\s+to|decreased\s+to|declined\s+to|stood\s+at|stands\s+at|peaked|"
    r"(?:a\s+)?(?:firm\s+|tight\s+)?(?:grip|foothold)\s+(?:on|over|in)|"
    r"decreased\s+from|fell\s+from|falling\s+to|fallen\s+to|fell\s+to|"
    # "…, leaving them with a total of 9 square miles", "which leaves it with
    # some 500": what the side that lost ground still holds
    r"(?:(?:leaving|leaves|left)\s+(?:[\w'-]+\s+){1,3}?|(?:is|are|was|were|been)"
    r"\s+(?:now\s+)?left\s+)with(?:\s+a\s+total\s+of)?"
    r"(?:\s+(?:about|around|some|roughly|only|just))?|"
    r"(?:is|are|was|now)\s+down\s+to|(?:rose|risen|grew|grown|increased|climbed|"
    r"expanded)\s+to|reduced\s+(?:the\s+)?(?:area|territory|land|foothold)\s+"
    r"(?:[a-z'-]+\s+){0,9}?to)\b",
    re.IGNORECASE,
)
# "control" inside a verb of change: "regained control of", "came under our
# control", "lost control of", "returned to Ukraine's control".
CONTROL_CHANGE = re.compile(
    r"\b(?:(?:re)?gain(?:ed|s|ing)?|took|take[ns]?|taking|seiz(?:ed|es|ing|e)|"
    r"secur(?:ed|es|ing|e)|won|wins?|wrest(?:ed|s|ing)?|"
    # "returned control over 7 km2": control given back to the side that took it
    r"return(?:ed|s|ing)?|"
    # "reclaimed control over 90 km2", "retook control of": a gain told again
    r"reclaim(?:ed|s|ing)?|recover(?:ed|s|ing)?|retook|retak(?:en|es|e|ing)|"
    r"recaptur(?:ed|es|e|ing)|"
    r"(?:expand|extend|widen)(?:ed|s|ing)?|"
    r"establish(?:ed|es|ing)?|assum(?:ed|es|ing|e)|consolidat(?:ed|es|ing|e)|"
    r"(?:came|come|comes|coming|became|become|becomes|brought|"
    r"fallen|fell|falls?|passed|been)(?:\s+back)?\s+under|returned\s+to|restor(?:ed|es|ing|e))\s+"
    r"(?:(?:full|complete|the|our|their|its|\w+'s|russian|ukrainian|firm|under|"
    r"territorial)\s+){0,2}"
    r"control\b|\bback\s+(?:in|into)\s+the\s+hands\s+of\b"
    # a tally line, "+ ~1.05km2 in favour of Ukraine": ground that side gained
    r"|^\s*(?:\([^)]*\)\s*)?(?:net\s+)?in\s+(?:(?:the\s+)?favou?r\s+of\s+(?:the\s+)?"
    r"(?:ukrain|russia|kyiv|kiev|moscow)|(?:ukraine|russia|kyiv|kiev|moscow)['\u2019]s\s+favou?r)"
    # "came under Russian military control", "has taken back under its
    # control": more words between the verb and "control" than the list above
    r"|\b(?:came|come|comes|coming|passed|fell|fallen|brought|taken|took)\s+"
    r"(?:back\s+)?under\s+(?:(?!to\b)[\w'-]+\s+){0,3}?control\b"
    # "wrested 50 km2 from Russian control", "freed from the occupiers'
    # control": control lost by one side, so a gain of the other
    r"|\bfrom\s+(?:the\s+)?(?:russian|ukrainian|russia's|ukraine's|moscow's|kyiv's|"
    r"enemy|enemy's|occupiers'|occupation|invaders')\s+control\b"
    # "returned a piece of land, roughly 5 km2, to our control": the end of a
    # verb of return told after its object
    r"|(?<=[\s,-])to\s+(?:our|their|its|\w+'s|ukrainian|russian)\s+control\b"
    # "expanded the territory they control by …": the territory grew.
    # "managed to increase its control by 0.01%, … about 85 km2": a rise
    r"|\b(?:expand|extend|widen|increas)\w*\s+(?:its|their|our)\s+control\b"
    r"|\b(?:expand|extend|widen|increas)\w*\s+(?:the\s+)?(?:territory|area|land|zone)\s+"
    r"(?:that\s+|which\s+)?[\w']+\s+controls?\b"
    # "control over 400 km2 … has been restored": the passive of a gain of control.
    r"|\bcontrol\s+(?:over|of)\b(?=[^;]{0,80}?\b(?:has|have|had|was|were)\s+been\s+"
    r"(?:restored|regained|re-?established|established|returned|taken|seized|gained)\b)",
    re.IGNORECASE,
)


# "+ ~1.05km2 in favour of Ukraine", "0.8 km2 net in favor of Russia": a line
# of a map tally, whose side is the one the ground went to.
FAVOUR_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:net\s+)?in\s+(?:(?:the\s+)?favou?r\s+of\s+(?:the\s+)?"
    r"(?P<side>ukrain\w*|russia\w*|kyiv|kiev|moscow)\b"
    # "+ ~0.9 km2 in Russia's favour"
    r"|(?P<owner>ukraine|russia|kyiv|kiev|moscow)['\u2019]s\s+favou?r\b)",
    re.IGNORECASE,
)


# "Ukrainian forces have lost about 40% of the land they seized in the Kursk
# region, or some 500 km2": the verb of a relative clause on the land a share
# is of tells how the land was first taken, not what happened to the figure;
# the verb before it ("lost") does.
LAND_TAKEN_BEFORE = re.compile(
    r"\bof\s+(?:the|its|their)\s+(?:land|lands|territory|territories|area|ground"
    r"|gains?|salient|foothold|bridgehead)\s+(?:that\s+|which\s+)?"
    r"(?:it|they|ukraine|russia|kyiv|moscow|(?:ukrainian|russian|kyiv's|moscow's)"
    r"\s+(?:forces|troops|army))\s+(?:had\s+|has\s+|have\s+)?(?:once\s+|previously"
    r"\s+|earlier\s+|initially\s+)?(?P<verb>seized|captured|took|taken|occupied|held"
    r"|gained|won|controlled|grabbed)\b",
    re.IGNORECASE,
)
