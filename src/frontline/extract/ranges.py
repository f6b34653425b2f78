"""Ranges: "4,669-4,900 km2", "between 800 and 900 km2", "500 to 550 sq km".

A range is read as its low end (LABELS), and its words start there: the words
before "800" are the range's, not the clause's before it. What looks like a
range and is not: a year then the figure ("captured in 2024 - 4,168 km2"), a
day then the figure ("from 65 km2 on May 23 to 124 km2"), and
two figures joined by "and" without "between" ("2,356 km2 in 2023 and 4,168").
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract import cues
from frontline.extract.numbers import KM2_PER_UNIT, AreaFigure, parse_number

_YEAR_NO_RANGE = re.compile(r"^(?:in|since|of|by|during)?\s*(?:19|20)\d\d\s+-\s+$")
_RANGE_LOW = re.compile(
    # (thousands set apart by a comma or a space: "110 000 to 120 000 km2")
    r"(?:\bbetween\s+)?(?<![\d.,])"
    r"(?P<low>\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?:-|to|and)\s*$",
    re.IGNORECASE,
)


# "the total for 2024 to 3,985 km2", "its gains in 2025 to 4,200": a year
# after a preposition, then the level reached.
_YEAR_TO = re.compile(r"(?:19|20)\d\d\s*(?:-|to)\s*", re.IGNORECASE)
_PERIOD_WORD = re.compile(r"\b(?:for|in|of|during|since|by|throughout)\s+$", re.I)

# "from 65 km2 on May 23 to 124.68 km2": the number before "to" is a day.
_MONTH_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$",
    re.IGNORECASE,
)


def range_low(before: str) -> re.Match[str] | None:
    """The low end of a range the figure closes ("4,669-4,900 km2", "between
    800 and 900 km2"), or None: "captured in 2024 - 4,168 km2" is a year then
    the figure, and "2,356 km2 in 2023 and 4,168 km2" two figures, for a range
    with "and" needs "between"."""
    low = _RANGE_LOW.search(before)
    if low is None or _YEAR_NO_RANGE.search(low.group(0)):
        return None
    if _MONTH_BEFORE.search(before, 0, low.start("low")):
        return None  # a date's day, then the figure: no range
    if _YEAR_TO.fullmatch(low.group(0)) and _PERIOD_WORD.search(
        before, 0, low.start("low")
    ):
        return None  # "bringing the total for 2024 to 3,985 km2": a year

    words = low.group(0).lower()
    if words.rstrip().endswith("and") and not words.startswith("between"):
        return None
    return low


def from_low_end(folded: str, area: AreaFigure) -> AreaFigure:
    """A range read from its low end ("between 800 and 900 km2"), so that the
    words before "800" are the figure's, not the clause's before it."""
    before = folded[max(0, area.start - 60) : area.start].rstrip().lower()
    if not before.endswith(("-", " to", " and")):
        return area  # most figures: no range, and no search
    low = range_low(cues.window(folded, area.start))
    if low is None:
        return area
    value = parse_number(low["low"])
    if value is None or value * KM2_PER_UNIT[area.unit] >= area.km2:
        return area
    return replace(area, start=area.start - len(low.group(0)))
