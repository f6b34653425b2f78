"""The period a list's heading names, for the figures of its items.

A military report on Telegram often gives its figures as a list under one
heading that names their period and front ("Over the past week, in the course
of the offensive in the Donetsk and Tavria directions:" then "- the area taken
under control amounted to 90 km2"). Each item stands on a line of its own, so
`candidates` reads it as a paragraph with no period; the heading's period is
every item's until a line that is no item ends the list, and so is the
place it names: one oblast, or the whole front when it names two areas ("the
Donetsk and Tavria operational areas") that are not in one oblast. Kept apart
from `timing`, which reads the periods a sentence and the sentences before name.

A daily report written as sentences has items too: "Over the past day, in the
direction of A, … 107 km2. In the direction of B, … 157 km2." The second opens
with a direction of its own and is a parallel item, not a sentence that goes
on with the first: only the first is dated (LABELS), unless a word points
back ("they also regained …").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from frontline.extract.actors import find_regions
from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.figure import Context

# A list item's mark at the head of its line: "- ", "– ", "• ", "* ".
_ITEM = re.compile(r"\s*[-\u2013\u2014\u2022*\u00b7]\s")
# A heading: a line that ends with a colon.
_HEADING = re.compile(r":\s*$")
# An item that is a running total, not the heading period's figure.
_TOTAL = re.compile(r"\b(?:in\s+total|altogether|overall|in\s+all)\b", re.IGNORECASE)


def note_heading(
    context: Context, folded: str, published: date | None, events: Mapping[str, date]
) -> None:
    """Keep the period of a heading line for the items below it; drop it at the
    first line that is neither the heading nor an item."""
    if _ITEM.match(folded):
        return
    context.heading, context.heading_place = [], None
    if _HEADING.search(folded):
        spans = [
            p
            for p in find_periods(folded, published, events)
            if p.start and p.end and not p.comparison
        ]
        if len(spans) == 1:
            context.heading = spans
            context.heading_place = _place(folded)


# "the Donetsk and Tavria operational areas", "the Kupiansk and Lyman directions":
# two areas of the front named together.
_TWO_AREAS = re.compile(
    r"\b(?P<a>[A-Z][\w'-]+)\s+and\s+(?P<b>[A-Z][\w'-]+)\s+(?:operational\s+)?"
    r"(?:areas|directions|axes|sectors|fronts)\b"
)


def _place(folded: str) -> tuple[str, str] | None:
    """The oblast a heading names (the one its places all lie in), the whole
    front for two areas in different or unknown oblasts, else None."""
    mentions = [m for m in find_regions(folded) if m.specific and m.region]
    two = _TWO_AREAS.search(folded)
    if two:
        inside = {m.region for m in mentions if two.start() <= m.start < two.end()}
        named = sum(two.start() <= m.start < two.end() for m in mentions)
        if len(inside) != 1 or named < 2:
            return ("ukraine", two.group(0))
    regions = {m.region for m in mentions}
    if len(regions) == 1:
        return (mentions[0].region, mentions[0].text)
    return None


def listed_place(context: Context, folded: str) -> tuple[str, str] | None:
    """The place of a list's heading, for an item below it."""
    return context.heading_place if _ITEM.match(folded) else None


def heading_period(context: Context, folded: str, clause: str) -> list[PeriodPhrase]:
    """The heading's period for a list item's figure that names none of its own
    ("- 9 km2 came under our control"); none for a running total."""
    if not context.heading or not _ITEM.match(folded) or _TOTAL.search(clause):
        return []
    return list(context.heading)


# A sentence that opens with a direction, axis or sector of its own.
_DIRECTION_FRAME = re.compile(
    r"\W*(?:in|on)\s+the\s+(?:direction\s+of\s+\S+"
    r"|[\w'\u2019-]+\s+(?:direction|axis|sector))\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(r"\b(?:direction|axis|sector)\b", re.IGNORECASE)


def parallel_item(folded: str, before: str) -> bool:
    """True when `folded` opens with a direction of its own after a sentence
    that named one: another item of the same report."""
    return bool(_DIRECTION_FRAME.match(folded)) and bool(_DIRECTION.search(before))
