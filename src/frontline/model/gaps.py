"""Gaps: runs of days on which a series has no figure of its own.

A day has a figure when a change record spans it or a snapshot is dated on it.
Between two snapshots the model interpolates (the change h₂ − h₁ spread over
the days between), so those days are covered, but a week without a snapshot in
a daily series is a gap all the same: numbers there are prorated estimates
(`~`), and the warning says so. Days that no figure spans at all are not
covered.

What counts as a gap depends on how often the series publishes: a run of N or
more missing days, where N is 3 for a series whose typical (median) spacing
between figures is a day, else 3× that spacing (a weekly series is not missing
the six days between its snapshots). `--gap N` sets N for every series.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import compress, islice, repeat
from math import ceil
from operator import add, ne

from frontline.model.figures import Issue, SeriesKey

DAILY_GAP = 3
SPACINGS_GAP = 3


def median_spacing(larger: Sequence[int], count: int) -> float:
    """The median of `count` spacings between consecutive figures (days from the
    last day reached so far to the next figure's first), of which `larger` are
    those above one day and the rest are a day or less (counted as one)."""
    if count <= 0:
        return 1.0
    # The spacings in order are `ones` ones, then `larger` sorted: the middle
    # ones are read from there, without a list of `count` (a daily series
    # has ~3,650 spacings and a few larger).
    ones = max(count - len(larger), 0)
    ordered = sorted(larger)
    middle = count // 2

    def at(k: int) -> int:
        return 1 if k < ones else ordered[k - ones]

    if count % 2:
        return float(at(middle))
    return (at(middle - 1) + at(middle)) / 2


def gap_threshold(median: float) -> int:
    """The fewest missing days that make a gap, by the typical spacing."""
    if median <= 1:
        return DAILY_GAP
    return ceil(SPACINGS_GAP * median)


def gap_issue(key: SeriesKey, first: date, last: date, bridged: bool) -> Issue:
    """A gap of `first..last`; `bridged` when snapshots on either side are
    interpolated across it (covered, but every number there is prorated)."""
    days = (last - first).days + 1
    plural = "s" if days != 1 else ""
    if bridged:
        message = (
            f"no figure on {first}..{last} ({days} day{plural}): the snapshots on "
            "either side are interpolated across it, so numbers there are "
            "prorated estimates (~)"
        )
    else:
        message = f"no figure covers {first}..{last} ({days} day{plural})"
    return Issue(key, "gap", message, (), first, last)


def touching_runs(firsts: Sequence[int], lasts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of days given as ordinals (in day order, none overlapping), those
    that touch merged: a run breaks where a span does not start the day after
    the one before ends, found in C (a series of ~10^3 figures with gaps, a
    daily series' snapshot days as spans of one day)."""
    count = len(firsts)
    if len(lasts) != count:
        raise ValueError("as many first days as last days")
    if not count:
        return []
    apart = map(ne, islice(firsts, 1, None), map(add, lasts, repeat(1)))
    breaks = list(compress(range(1, count), apart))
    starts = map(firsts.__getitem__, [0, *breaks])
    ends = map(lasts.__getitem__, [*(k - 1 for k in breaks), count - 1])
    return list(zip(starts, ends, strict=True))
