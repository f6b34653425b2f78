"""Figures paired with their periods or places by "respectively", written out.

"Russia took 400 and 520 km2 in May and June, respectively" holds two records,
each with its own month; read as it stands, the first number has no unit and the
second takes both months. Writing the pair out ("400 km2 in May, and 520 km2 in
June") lets every later rule read each figure with its own clause, so the pairing
is settled once, here, rather than taught to each rule.
"""

from __future__ import annotations

import re

from frontline.extract.numbers import NUMBER, UNIT

_HEDGE = (
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|"
    r"approximately)\s+)?"
)
_ITEM = r"[^,;.\d]+?"
# two figures (the first may borrow the second's unit), words with no figure,
# a preposition, two items joined by "and", then "respectively"
_PAIR = re.compile(
    rf"(?P<a>{_HEDGE}(?:{NUMBER.pattern}))(?P<ua>\s*(?:{UNIT.pattern}))?"
    rf"(?P<and>,?\s+and\s+)"
    rf"(?P<b>{_HEDGE}(?:{NUMBER.pattern}))(?P<ub>\s*(?:{UNIT.pattern}))"
    r"(?P<mid>[^,;.\d]{0,60}?)\s"
    r"(?P<prep>in|during|over|near|around|across|on|at)\s+"
    rf"(?P<x>{_ITEM}),?\s+and\s+(?:(?P=prep)\s+)?(?P<y>{_ITEM})"
    r"(?:,\s*|\s+)respectively\b(?P<tail>,[^.;\d]*)?",
    re.IGNORECASE,
)
# "Donetsk and Kharkiv regions": the shared plural word goes to both items.
_SHARED = re.compile(r"\s+(regions|oblasts|provinces|districts)$", re.IGNORECASE)


def _written_out(found: re.Match[str]) -> str:
    """The pair as two figures, each followed by its own item."""
    unit = found.group("ub")
    first_unit = found.group("ua") or unit
    mid, prep = found.group("mid"), found.group("prep")
    x, y = found.group("x"), found.group("y")
    shared = _SHARED.search(y)
    if shared:
        word = shared.group(1)[:-1]
        y = y[: shared.start()] + " " + word
        x = x + " " + word
    # words after "respectively," ("…, in June") belong to both figures
    tail = (found.group("tail") or "").rstrip()
    first, second = found.group("a"), found.group("b")
    hedge = re.match(_HEDGE, first, re.IGNORECASE)
    own = re.match(_HEDGE, second, re.IGNORECASE)
    if hedge and hedge.group(0) and own and not own.group(0):
        second = hedge.group(0) + second
    return (
        f"{first}{first_unit}{mid} {prep} {x}{tail}, and "
        f"{second}{unit}{mid} {prep} {y}{tail}"
    )


def distribute(text: str) -> str:
    """The text with every "N and M … in A and B, respectively" written out."""
    if "respectively" not in text.lower():
        return text
    return _PAIR.sub(_written_out, text)
