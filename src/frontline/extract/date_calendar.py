"""The calendar arithmetic every date rule shares: which year a day or month
named without one falls in, a month's days, the "so far" day a running span
ends on, and the `Context` a rule reads.

Kept apart from `date_rules` (what each phrase means) so that table of rules
stays readable whole, and so the other rule tables (`date_spans`,
`date_parts`) take these helpers from one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from frontline.extract.numbers import parse_number
from frontline.extract.text import MONTHS


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule needs besides the match: the anchor day and the sentence."""

    published: date | None
    events: Mapping[str, date]
    to_yesterday: bool
    sentence: str


# "as of September 30": a day a count is made up to, which a page may name
# ahead of its own day in the same month.
_AS_OF_HEAD = re.compile(r"\s*as\s+of\b", re.IGNORECASE)


def _year_for(
    month: int, day: int, published: date | None, ahead: bool = False
) -> int | None:
    """The year of the latest `month`/`day` not after the published day; with
    `ahead`, of the published month too ("as of September 30" on a map of 21
    September, dev19.jsonl), as a month that has begun is that month (LABELS).
    A day an event happened on ("captured … on November 27" on a page of 20
    November) is never ahead: it is last year's."""
    if published is None:
        return None
    year = published.year
    try:
        if date(year, month, day) > published and not (
            ahead and month == published.month
        ):
            year -= 1
    except ValueError:
        return year - 1 if (month, day) > (published.month, published.day) else year
    return year


def _day_from(
    found: re.Match[str], prefix: str, published: date | None
) -> tuple[date | None, str | None]:
    """The day a `_day_pattern` match names, or (None, problem)."""
    if found[f"{prefix}iso"]:
        year, month, day = (int(part) for part in found[f"{prefix}iso"].split("-"))
        try:
            return date(year, month, day), None
        except ValueError:
            return None, f"no such day: {found[f'{prefix}iso']!r}"
    if found[f"{prefix}dot"]:
        day, month, year = (int(part) for part in found[f"{prefix}dot"].split("."))
        try:
            return date(year, month, day), None
        except ValueError:
            return None, f"no such day: {found[f'{prefix}dot']!r}"
    if found[f"{prefix}m1"]:
        month = MONTHS[found[f"{prefix}m1"].lower().rstrip(".")]
        day = int(found[f"{prefix}day"])
        year_text = found[f"{prefix}year"]
    else:
        month = MONTHS[found[f"{prefix}m2"].lower().rstrip(".")]
        day = int(found[f"{prefix}d2"])
        year_text = found[f"{prefix}y2year"]
    ahead = bool(_AS_OF_HEAD.match(found.group(0)))
    year = int(year_text) if year_text else _year_for(month, day, published, ahead)
    if year is None:
        return None, f"no published date to give {found.group(0).strip()!r} a year"
    try:
        return date(year, month, day), None
    except ValueError:
        return None, f"no such day: {found.group(0).strip()!r}"


def _month_span(month: int, year: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, first + relativedelta(months=1) - timedelta(days=1)


def _so_far_end(context: Context) -> date | None:
    if context.published is None:
        return None
    if context.to_yesterday:
        return context.published - timedelta(days=1)
    return context.published


def _capped(end: date, context: Context) -> tuple[date, bool]:
    """A span's end, cut at the 'so far' day when the span is still running."""
    so_far = _so_far_end(context)
    if so_far is not None and end > so_far:
        return so_far, True
    return end, False


Rule = Callable[[re.Match[str], Context], tuple[date | None, date | None, list[str]]]


def _named_month(found: re.Match[str], context) -> tuple[int, int] | None:
    """The month a phrase names and its year: the one stated, else the latest
    such month not after the published day; None without either."""
    month = MONTHS[found["a_month"].lower().rstrip(".")]
    if found["a_myear"]:
        return month, int(found["a_myear"])
    if context.published is None:
        return None
    published = context.published
    return month, published.year if month <= published.month else published.year - 1


def _no_published(found: re.Match[str]) -> list[str]:
    return [f"no published date for {found.group(0).strip()!r}"]


def _count(text: str | None) -> int | None:
    if text is None:
        return 1
    if text.lower() == "dozen":
        return 12  # "over the last dozen weeks"
    value = parse_number(text)
    return int(value) if value is not None and value.is_integer() else None
