"""Totals and their days: a total told as a present fact has no period, a
total that "reached" N stands at N on the day.

Kept apart from `timing`, which chooses a figure's period phrases, because a
total is recognised by its own words (a total word, a present "is", a verb of
reaching), whatever period phrases stand around it.
"""

from __future__ import annotations

import re

# A total as a present fact: "is 37 km2 in total", "there are 204.7 km2 …
# overall" (not "overall, Russia took 540 km2", which tells the period before).
_TOTAL_OR_OVERALL = r"\b(?:in\s+total|overall|altogether|in\s+all)\b"
_IS = r"\b(?:is|are)\b(?!\s+(?:being\s+)?\w+ed\b)"
_PRESENT_TOTAL = re.compile(
    rf"{_IS}[^;]{{0,100}}?{_TOTAL_OR_OVERALL}|{_TOTAL_OR_OVERALL}[^;]{{0,100}}?{_IS}",
    re.IGNORECASE,
)
# "Last week, … liberated 4 km2. The total area liberated in the sector is 24
# km2": the total beside a figure of its own period is the total to date, with
# no period the text names; after a sentence with no area ("since October 1,
# … advanced 36.5 km deep. The total area of the conquered territory is up to
# 1,381 km2") it is the area of the advance announced, over its period (LABELS).
_THE_TOTAL_IS = re.compile(rf"\bthe\s+total\b[^;]{{0,100}}?{_IS}", re.IGNORECASE)
# "Overall, the area they captured is more than 540 km2": a subject with a
# verb in the past inside the total, a gain told, which takes the period the
# sentence before announces (LABELS, "In December alone … Overall, …").
_TOLD_GAIN = re.compile(
    r"\b(?:they|it|we|he|she|which|that|russia|ukraine|troops|forces)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:[\w-]+ed|took|won|retook|seized|lost)\b",
    re.IGNORECASE,
)
# "In total, the increase in four days is only 5.73 km2": a time word the
# total is counted over, which points to the period named before.
_SPAN_WORD = re.compile(
    r"\b(?:in|over|within|during|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)


def present_total(folded: str, low: int, high: int, *, beside_part: bool) -> bool:
    """True when the clause `low`..`high` tells a total as a present fact ("The
    liberated area is 37 km2 in total"), which has no period; "the total …
    is N" only beside a figure of its own period (`beside_part`)."""
    return bool(
        (
            _PRESENT_TOTAL.search(folded, low, high)
            or (beside_part and _THE_TOTAL_IS.search(folded, low, high))
        )
        and not _SPAN_WORD.search(folded, low, high)
        and not _TOLD_GAIN.search(folded, low, high)
    )


# "The total area of the territory liberated … reached 3,800 km2", "the area
# of the liberated territory amounts to N": a total that "reached" N stands at
# N on the day, "now" or not (LABELS).
REACHED_TOTAL = re.compile(
    r"\b(?:total|area)\b[^.;]{0,150}?\b(?P<verb>reached|amounts\s+to|stands\s+at|totals)\s+"
    # "Russia's gains near Huliaipole now total more than 300 km2": gains
    # that total N are a total to date too
    r"(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|"
    r"at\s+least)\s+)?$"
    r"|\b(?:gains|advances|territory|land)\b[^.;]{0,100}?\b(?P<plural>(?:now\s+)?totals?)\s+"
    r"(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|"
    r"at\s+least)\s+)?$",
    re.IGNORECASE,
)
