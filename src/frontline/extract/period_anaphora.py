"""A period taken up by an anaphor: which period "that month" means.

"Ukraine launched a cross-border push in August 2024. Its troops met little
resistance. That month, Ukrainian forces captured 1,000 km2." The anaphor
points back past a sentence that names no period, to one that does, even when
that period dates an event ("launched … in August 2024") rather than a figure:
the anaphor says the figure shares it. A period that another figure's own
clause uses, two or more sentences back, is that figure's; an anaphor takes
it only when it says "same" ("In the same month, …"). An end anaphor ("by the
end of that month", "by then") takes the period's last day and no start.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from frontline.extract.date_calendar import _month_span
from frontline.extract.date_links import LAUNCHED
from frontline.extract.dates import PeriodPhrase, find_periods

_SAME = re.compile(r"\bsame\b", re.IGNORECASE)


def says_same(anaphor: PeriodPhrase) -> bool:
    """True for "in the same period", "during the same month"."""
    return bool(_SAME.search(anaphor.text))


# The longest span each unit an anaphor names may point to.
_UNIT_DAYS = {"week": 7, "month": 31, "year": 366}
_UNIT = re.compile(r"\b(week|month|year)\b", re.IGNORECASE)


def _fits(anaphor: PeriodPhrase, period: PeriodPhrase) -> bool:
    """True when the period is no longer than the unit the anaphor names
    ("that month" is not "June and July")."""
    unit = _UNIT.search(anaphor.text)
    if unit is None or period.start is None or period.end is None:
        return True
    return (period.end - period.start).days < _UNIT_DAYS[unit[1].lower()]


_LATER = re.compile(r"\b(?:following|next|subsequent|later)\b", re.IGNORECASE)


def _next_unit(
    unit: str, period: PeriodPhrase, days: tuple[date, date], published: date | None
) -> PeriodPhrase:
    """The month, week or year after a period named before (its `days`: "in
    November … the following month": December); no days when the period is
    not one."""
    first, last = days
    if unit == "month" and (first.year, first.month) == (last.year, last.month):
        after = last + timedelta(days=1)
        start, end = _month_span(after.month, after.year)
    elif unit == "week" and (last - first).days == 6:
        start, end = last + timedelta(days=1), last + timedelta(days=7)
    elif unit == "year" and first.year == last.year:
        start, end = date(first.year + 1, 1, 1), date(first.year + 1, 12, 31)
    else:
        return replace(period, start=None, end=None, problems=("no days given",))
    if published is not None and end > published:
        end = published
    return replace(period, start=start, end=end, problems=())


def _widened(
    anaphor: PeriodPhrase, period: PeriodPhrase, published: date | None
) -> PeriodPhrase:
    """ "Russia seized Avdiivka in February 2024. That year, …": the year (or
    month) the anaphor names, around the shorter period it points to."""
    unit = _UNIT.search(anaphor.text)
    if unit is None or period.start is None or period.end is None:
        return period
    first, last = period.start, period.end
    if _LATER.search(anaphor.text):
        return _next_unit(unit[1].lower(), period, (first, last), published)
    if unit[1].lower() == "year" and first.year == last.year:
        start, end = date(first.year, 1, 1), date(first.year, 12, 31)
    elif unit[1].lower() == "month" and (first.year, first.month) == (
        last.year,
        last.month,
    ):
        start, end = _month_span(first.month, first.year)
    elif unit[1].lower() == "month" and first.day == 1 and period.so_far:
        # "slowed month by month since November. That month, …": the month
        # the span opens on
        start, end = _month_span(first.month, first.year)
    else:
        return period
    if published is not None and end > published:
        end = published
    return replace(period, start=start, end=end, problems=())


def named_before(
    pending: list[tuple[str, date | None, Mapping[str, date]]],
    anaphor: PeriodPhrase,
) -> list[PeriodPhrase]:
    """The one complete period the nearest figure-less sentence before names,
    event times included ("launched its push in August 2024"), widened to the
    unit the anaphor names ("on June 8 … that month": June); none when it
    names several or none of them, or one longer than the anaphor's unit."""
    unit = _UNIT.search(anaphor.text)
    # "on June 8 … that month", "on October 20. By then, …": a day too
    days_too = not anaphor.sets_start or (
        unit is not None and unit[1].lower() in ("month", "year")
    )
    for folded, anchor, events in reversed(pending):
        found = [
            p
            for p in find_periods(folded, anchor, events)
            if p.start and p.end and not p.comparison and not p.anaphora
        ]
        spans = [p for p in found if p.start != p.end or days_too]
        if len(spans) == 1 and _fits(anaphor, spans[0]):
            period = _widened(anaphor, spans[0], anchor)
            return [replace(period, start_at=0, end_at=0)]
        if found:
            return []
    return []


def as_anaphor(
    anaphor: PeriodPhrase,
    periods: list[PeriodPhrase],
    published: date | None,
    named: list[PeriodPhrase],
) -> list[PeriodPhrase]:
    """The figure's periods from an anaphor and the periods it points to: the
    clause's own named phrases first; the year or month the anaphor names
    around them ("in February 2024. That year, …"); an end anaphor ("by the
    end of that month", "by then") ends where they end, from no start, or
    ends a total the clause starts itself ("By then, they had taken 2,500 km2
    since January")."""
    periods = [_widened(anaphor, p, published) for p in periods]
    if anaphor.sets_start:
        return named or periods
    ends = [p.end for p in periods if p.end is not None]
    if not ends:
        return named
    end = [replace(anaphor, end=ends[-1], anaphora=False)]
    if named and not all(p.so_far and p.sets_start for p in named):
        return named
    return named + end


# "within a week", "within two months": a length with no anchor of its own
# (LABELS: "in five days" alone names no days).
_WITHIN = re.compile(
    r"\bwithin\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|\d+)"
    r"\s+(?:days?|weeks?|months?)\b"
    r"(?!\s+(?:of|after|into|before|ago|earlier|later|since|from)\b)",
    re.IGNORECASE,
)


_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.IGNORECASE
)


def launch_within(
    own: list[PeriodPhrase],
    clause: str,
    pending: list[tuple[str, date | None, Mapping[str, date]]],
) -> list[PeriodPhrase]:
    """ "The incursion began on August 6, 2024. … Within a week, they had
    captured 800 km2": a span counted from a launch on a day a sentence just
    before names starts on that day and has no end day (LABELS: "within a
    month" of a launch on a named day)."""
    within = _WITHIN.search(clause) if not own and pending else None
    if within is None or _PRESENT_PERFECT.search(clause):
        # "… have captured 500 km2 within a month": a total up to now, not the
        # story of the launch's first weeks
        return own
    # Only the sentence just before, and only when the launch is the last day
    # it names ("launched … on October 1. Fighting grew on October 10. Within
    # a week, …" counts from neither).
    folded, anchor, events = pending[-1]
    days = [
        p
        for p in find_periods(folded, anchor, events)
        if p.start is not None and p.start == p.end
    ]
    if not days or not LAUNCHED.search(
        folded, max(0, days[-1].start_at - 120), days[-1].start_at
    ):
        return own
    days = days[-1:]
    words = within.group(0)
    problem = f"end unknown: '{words}' of a launch on a day named before"
    return [PeriodPhrase(0, 0, words, days[0].start, None, (problem,), so_far=False)]
