"""The state a change over a period leaves: a holding on the period's last day.

"Russian forces have recaptured 1,100 km2 since the start of the year, leaving
Ukraine with about 110 km2", "won back 42 km2 in January, bringing the area
under Russian occupation down to 116,900 km2": the second figure is what one
side holds once the change is over, so it is a holding (not a change over the
period it shares), held on the day that period ends (LABELS: "a holding that a
month's change leads to is the state at the end of that month"). Kept apart
from `reading` and `timing` because both the kind and the day follow from the
same words before the figure.

Also the day a figure-less sentence just before dates a state on ("the map was
updated on November 18. It shows …"), for a figure that names no day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.figure import Reading

_HEDGE = (
    r"(?:(?:a\s+total\s+of|just|only|about|around|some|roughly|nearly|almost|over|"
    r"more\s+than|less\s+than|under|approximately|an\s+estimated)\s+)*"
)
_RESULT = re.compile(
    # "leaving Ukraine with about 110", "leaving them with a total of 9"
    rf"\b(?:leaving|left)\s+(?:[\w'\u2019-]+\s+){{1,4}}?with\s+{_HEDGE}$"
    # "leaving Ukraine's army holding about 660", "… in control of about 660"
    r"|\b(?:leaving|left)\s+(?:[\w'\u2019-]+\s+){1,4}?(?:holding|controlling|"
    rf"occupying|in\s+control\s+of|in\s+possession\s+of)\s+{_HEDGE}$"
    # "bringing the area under Russian occupation down to 116,900", "raising the
    # territory it controls to", "cutting the land held by Kyiv to"
    r"|\b(?:bringing|brought|taking|pushing|pushed|raising|raised|lowering|lowered|"
    r"cutting|reducing|reduced|increasing|increased|expanding|expanded)\s+"
    r"(?:the|its|their|our|[\w'\u2019-]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:area|territory|territories|land|lands)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:under|held|controlled|occupied|it\s+(?:holds|controls|occupies)|they\s+"
    r"(?:hold|control|occupy))\b[^.;]{0,60}?\s(?:down\s+|up\s+)?to\s+"
    rf"{_HEDGE}$",
    re.IGNORECASE,
)


def left_state(folded: str, low: int, start: int) -> str:
    """The words that make the figure at `start` (its clause opening at `low`)
    the state a change leaves; empty when there are none."""
    found = _RESULT.search(folded, max(low, start - 160), start)
    return found.group(0).strip() if found else ""


def read_left_state(reading: Reading, folded: str, low: int, start: int) -> None:
    """A holding, when the words before the figure make it the state left."""
    words = left_state(folded, low, start)
    if words and reading.kind == "change" and not reading.lost:
        reading.kind = "holding"
        reading.why.append(f"kind holding: '{words}' (the state the change leaves)")


def held_at_end(
    periods: list[PeriodPhrase], folded: str, low: int, start: int
) -> list[PeriodPhrase]:
    """The periods, each held on its last day when the figure is the state a
    change over it leaves."""
    if not left_state(folded, low, start):
        return periods
    return [replace(p, held=p.end) if p.end and p.sets_start else p for p in periods]


# "DeepState's map was last updated on November 18. It shows …": the day the
# map or assessment was brought up to date is the day of the state it shows.
_UPDATED = re.compile(
    r"\b(?:updated|dated|revised|refreshed)\s+(?:(?:on|as\s+of)\s+)?$", re.IGNORECASE
)
_AS_OF = re.compile(r"as\s+(?:of|at)\b", re.IGNORECASE)


def state_day_before(
    pending: tuple[str, date | None, Mapping[str, date]] | None,
) -> list[PeriodPhrase]:
    """ "DeepState's map shows the front as of June 1. North of Sumy, Russian
    forces have occupied 121 km2": the day a figure-less sentence just before
    dates the state on, for a figure that names no period of its own."""
    if pending is None:
        return []
    folded, anchor, events = pending
    days = [
        p
        for p in find_periods(folded, anchor, events)
        if p.end
        and not p.comparison
        and (
            (_AS_OF.match(p.text) and not p.sets_start)
            or (
                p.start == p.end
                and _UPDATED.search(folded, max(0, p.start_at - 40), p.start_at)
            )
        )
    ]
    if len(days) != 1:
        return []
    return [replace(days[0], start_at=0, end_at=0)]
