"""A length of no stated days that ends on the day the sentence names.

"On Wednesday, Russian forces pushed further into Sumy … after capturing over
150 km2 in under two weeks": "in under two weeks" gives no start (a length
hedged is no count of days), and alone it gives no end either; with a weekday
named for the push or the report, the gain runs up to that day, from a start
the text does not give (LABELS: "within five days" counts back from the
statement day; with no exact length, the start is unknown).

Only a weekday, "today" or "yesterday" ends it: a calendar day in the same
sentence ("crossed into Russia on August 6 and seized … in under two weeks") is
more often the launch the length counts from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from frontline.extract.date_words import WEEKDAY
from frontline.extract.dates import PeriodPhrase

_HEDGED_LENGTH = re.compile(
    r"(?:in|within|over)\s+(?:(?:just|only|a\s+little|slightly|well)\s+)?"
    r"(?:over|under|less\s+than|more\s+than|about|around|nearly|almost)\s",
    re.IGNORECASE,
)
_DAY_OF_REPORT = re.compile(
    rf"(?:on\s+|last\s+)?{WEEKDAY}|today|yesterday", re.IGNORECASE
)


def ended_on_day(
    starts: list[PeriodPhrase], undated: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """The figure's dated phrases, with a single reported day turned into the
    end of a hedged length the figure also names ("in under two weeks")."""
    if not any(_HEDGED_LENGTH.match(p.text) for p in undated):
        return starts
    return [
        replace(p, start=None)
        if p.start is not None and p.start == p.end and _DAY_OF_REPORT.fullmatch(p.text)
        else p
        for p in starts
    ]
