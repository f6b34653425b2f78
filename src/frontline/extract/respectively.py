"""Figures paired with their periods, places or sides by "respectively", written out.

"Russia took 400 and 520 km2 in May and June, respectively" holds two records,
each with its own month; read as it stands, the first number has no unit and the
second takes both months. Writing the pairs out ("400 km2 in May, and 520 km2 in
June") lets every later rule read each figure with its own clause, so the pairing
is settled once, here, rather than taught to each rule. A list whose length does
not match the figures' is left as it is.
"""

from __future__ import annotations

import re

from frontline.extract.numbers import HEDGE, NUMBER, UNIT

_FIGURE = rf"{HEDGE}(?:{NUMBER.pattern})(?:\s*(?:{UNIT.pattern}))?"
_ONE = re.compile(
    rf"(?P<number>{HEDGE}(?:{NUMBER.pattern}))(?P<unit>\s*(?:{UNIT.pattern}))?",
    re.IGNORECASE,
)
# the figures: "400 and 520", "350, 420 and 510 km2" (the last one has the unit)
_FIGURES = (
    rf"(?P<figures>{_FIGURE}(?:,\s*{_FIGURE})*,?\s+and\s+"
    rf"{HEDGE}(?:{NUMBER.pattern}))(?P<unit>\s*(?:{UNIT.pattern}))"
)
_ITEM = r"[^,;.\d]+?"
_YEAR = r"(?:\s+(?:19|20)\d{2})?"  # "in May and June 2024": the last item's year
_PREP = r"in|during|over|near|around|across|on|at"
_RESPECTIVELY = r"(?:,\s*|\s+)respectively\b(?P<tail>(?:,|\s+in\b)[^.;\d]*)?"
# figures, words with no figure, a preposition, as many items, "respectively"
_BY_ITEM = re.compile(
    rf"{_FIGURES}(?P<mid>[^,;.\d]{{0,60}}?)\s(?P<prep>{_PREP})\s+"
    rf"(?P<items>{_ITEM}(?:,\s*{_ITEM})*,?\s+and\s+(?:(?:{_PREP})\s+)?{_ITEM}{_YEAR})"
    rf"{_RESPECTIVELY}",
    re.IGNORECASE,
)
# "gains in October and November amounted to 450 and 610 km2, respectively":
# the items come first, each a name (capitalised) such as a month or a place
# ("Sept. 2024": a short month name keeps its dot)
_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'-]*\.?(?:\s+(?-i:[A-Z])[\w'-]*\.?)*"
_NAMES = (
    rf"(?P<items>{_NAME}(?:,\s*{_NAME})*,?\s+and\s+(?:(?:{_PREP})\s+)?{_NAME}"
    r"(?:\s+(?:regions|oblasts|provinces|districts)|\s+(?:19|20)\d{2})?)"
)
_ITEMS_FIRST = re.compile(
    rf"\b(?P<prep>{_PREP})\s+{_NAMES}(?P<between>,?\s[^;.\d]{{1,60}}?\s)"
    rf"{_FIGURES}(?P<mid>[^,;.\d]{{0,60}}?){_RESPECTIVELY}",
    re.IGNORECASE,
)
# "400 and 520 km2 of territory, respectively, in May and June": the word
# before the items (the empty `tail` group keeps the shape `_each` reads)
_RESPECTIVELY_BEFORE = re.compile(
    rf"{_FIGURES}(?P<mid>[^,;.\d]{{0,60}}?)(?:,\s*|\s+)respectively,?\s+"
    rf"(?P<prep>{_PREP})\s+"
    rf"(?P<items>{_ITEM}(?:,\s*{_ITEM})*,?\s+and\s+(?:(?:{_PREP})\s+)?{_ITEM}{_YEAR})"
    r"(?P<tail>)(?=\s*(?:[.,;]|$))",
    re.IGNORECASE,
)
# "more than in August and September (477 and 459 sq km, respectively)": the
# figures in brackets after the items they pair with
_BRACKETED = re.compile(
    rf"\b(?P<prep>{_PREP})\s+{_NAMES}(?P<between>\s*\(\s*)"
    rf"{_FIGURES}(?P<mid>[^,;.\d()]{{0,60}}?)(?:,\s*|\s+)respectively(?P<tail>)\s*\)",
    re.IGNORECASE,
)
_SIDE = r"(?:russian|ukrainian|russia|ukraine)(?:'s)?"
# "Russian and Ukrainian forces took 400 and 30 km2 last month, respectively"
_BY_SIDE = re.compile(
    rf"\b(?P<sides>{_SIDE}\s+and\s+{_SIDE})"
    r"(?P<noun>\s+(?:forces|troops|armies|militaries|army|military))?"
    rf"(?P<verb>\s[^,;.\d]{{1,40}}?\s){_FIGURES}(?P<mid>[^,;.\d]{{0,60}}?)"
    rf"{_RESPECTIVELY}",
    re.IGNORECASE,
)
_SPLIT = re.compile(rf",\s*(?:and\s+)?(?:(?:{_PREP})\s+)?|\s+and\s+(?:(?:{_PREP})\s+)?")
# "Donetsk and Kharkiv regions": the shared plural word goes to every item.
_SHARED = re.compile(r"\s+(regions|oblasts|provinces|districts)$", re.IGNORECASE)

_SHARED_YEAR = re.compile(r"\s+(?:19|20)\d{2}$")


def _figures(found: re.Match[str]) -> list[str]:
    """Each figure with a unit (its own, or the last one's) and the first's hedge."""
    unit = found.group("unit")
    parts = list(_ONE.finditer(found.group("figures")))
    first_hedge = re.match(HEDGE, parts[0].group("number"), re.IGNORECASE)
    shared_hedge = first_hedge.group(0) if first_hedge else ""
    figures = []
    for part in parts:
        number = part.group("number")
        own = re.match(HEDGE, number, re.IGNORECASE)
        if shared_hedge and own is not None and not own.group(0):
            number = shared_hedge + number
        figures.append(number + (part.group("unit") or unit))
    return figures


def _tail(found: re.Match[str]) -> str:
    """Words after "respectively" ("…, in June"), which belong to every figure."""
    tail = (found.group("tail") or "").rstrip()
    return tail if tail.startswith(",") else ("," + tail if tail else "")


def _items(found: re.Match[str]) -> list[str]:
    """The paired items, a plural word they share ("regions") given to each."""
    items = [item for item in _SPLIT.split(found.group("items")) if item]
    shared = _SHARED.search(items[-1])
    if shared:
        word = shared.group(1)[:-1]
        items = [*items[:-1], items[-1][: shared.start()]]
        items = [f"{item} {word}" for item in items]
    year = _SHARED_YEAR.search(items[-1])
    if year:  # "In August and September 2024": each month of that year
        items = [
            *[i if _SHARED_YEAR.search(i) else i + year[0] for i in items[:-1]],
            items[-1],
        ]
    return items


def _each(found: re.Match[str], figures: list[str], items: list[str]) -> str:
    mid, prep, tail = found.group("mid"), found.group("prep"), _tail(found)
    return ", and ".join(
        f"{figure}{mid} {prep} {item}{tail}"
        for figure, item in zip(figures, items, strict=True)
    )


def _by_item(found: re.Match[str]) -> str:
    figures, items = _figures(found), _items(found)
    if len(items) != len(figures):
        return found.group(0)
    return _each(found, figures, items)


def _items_first(found: re.Match[str]) -> str:
    """The items stay where they are (they also say what the figures are of)."""
    figures, items = _figures(found), _items(found)
    if len(items) != len(figures):
        return found.group(0)
    head = f"{found.group('prep')} {found.group('items')}{found.group('between')}"
    return head + _each(found, figures, items)


def _by_side(found: re.Match[str]) -> str:
    """Each side with its own verb and figure ("Russian forces took 400 km2
    last month, and Ukrainian forces took 30 km2 last month"), so each figure
    is read with the side that is its subject."""
    figures = _figures(found)
    sides = re.split(r"\s+and\s+", found.group("sides"), flags=re.IGNORECASE)
    if len(sides) != len(figures):
        return found.group(0)
    noun, verb = found.group("noun") or "", found.group("verb")
    mid, tail = found.group("mid"), _tail(found)
    return ", and ".join(
        f"{side}{noun}{verb}{figure}{mid}{tail}"
        for side, figure in zip(sides, figures, strict=True)
    )


def distribute(text: str) -> str:
    """The text with every "N and M … in A and B, respectively" written out."""
    if "respectively" not in text.lower():
        return text
    text = _RESPECTIVELY_BEFORE.sub(_by_item, _BY_SIDE.sub(_by_side, text))
    text = _BRACKETED.sub(lambda found: _items_first(found) + ")", text)
    return _ITEMS_FIRST.sub(_items_first, _BY_ITEM.sub(_by_item, text))
