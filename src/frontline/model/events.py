"""Named days and offsets from them: `invasion`, `invasion+3y`, `alaska-30d`.

An event is a name for a day, stored in the database (`store/events.py`) and
given here as a plain mapping. An expression is the name followed by any number
of offsets, each a sign, a count and a unit (d, w, m, y); months and years are
counted on the calendar (dateutil), so `invasion+3y` is 2025-02-24 and
`invasion+4y-1d` the last day of the war's fourth year.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from frontline.errors import InputError

_EXPRESSION = re.compile(
    r"^(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*?)(?P<offsets>(?:\s*[+-]\s*\d+\s*[dwmy])*)$",
    re.ASCII,
)
_OFFSET = re.compile(r"([+-])\s*(\d+)\s*([dwmy])", re.ASCII)
NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", re.ASCII)


def looks_like_event(text: str) -> bool:
    """Whether text reads as an event expression (a name and offsets)."""
    return _EXPRESSION.match(text.strip().lower()) is not None


def parse_event_name(text: object, field: str = "name") -> str:
    """An event's name: lower-case letters, digits and inner hyphens."""
    name = str(text).strip().lower()
    if not NAME.match(name):
        raise InputError(
            field, f"{str(text).strip()!r} is not a name (use letters, digits, '-')"
        )
    if re.match(r"^last-\d+[dwm]$", name) or _EXPRESSION.match(name)["offsets"]:
        # `last-30d` is a period, `alaska-30d` a day before alaska: neither can
        # be a name, or it would never be read as one.
        raise InputError(field, f"{name!r} reads as a period or an offset, not a name")
    return name


def event_day(
    text: str, events: Mapping[str, date], field: str = "date"
) -> date | None:
    """The day an event expression names, or None when text is not one of a
    known event (then it may be a date). Offsets past the calendar's ends are
    refused."""
    raw = text.strip().lower()
    match = _EXPRESSION.match(raw)
    if match is None or match["name"] not in events:
        return None
    day = events[match["name"]]
    try:
        for sign, count, unit in _OFFSET.findall(match["offsets"]):
            day = _shift(day, (1 if sign == "+" else -1) * int(count), unit)
    except (OverflowError, ValueError):
        raise InputError(
            field, f"{text.strip()!r} falls outside the calendar"
        ) from None
    return day


def unknown_event(text: str, events: Mapping[str, date], field: str) -> InputError:
    """The error for a name that is no event: the events there are."""
    match = _EXPRESSION.match(text.strip().lower())
    name = match["name"] if match else text.strip()
    known = ", ".join(sorted(events)) or "none yet (frontline event add NAME DATE)"
    return InputError(
        field, f"{name!r} is neither a date nor an event (events: {known})"
    )


def _shift(day: date, count: int, unit: str) -> date:
    if unit == "d":
        return day + timedelta(days=count)
    if unit == "w":
        return day + timedelta(days=7 * count)
    from dateutil.relativedelta import relativedelta

    if unit == "m":
        return day + relativedelta(months=count)
    return day + relativedelta(years=count)
