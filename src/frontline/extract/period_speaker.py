"""The day a named speaker was said to act, for what he states sentences later.

A report names the day once, at its head ("Zelensky on Tuesday rejected …"),
and later quotes the same person with no day ("At a briefing in Kyiv, Zelensky
said Ukraine still controls about 5,500 km2"): the holding he states is held
on that day, not on the published one. Kept apart from `timing`, which
chooses a figure's own phrases, because this looks only at the name of the
speaker and the earlier sentences that give him a day.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from frontline.extract import cues
from frontline.extract.dates import PeriodPhrase, find_periods

# "Zelensky said", "Syrskyi told reporters", "Gerasimov also noted": a speaker
# named by a capitalised name right before a verb of saying.
_NAMED_SAYS = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?)\s+(?:also\s+|further\s+)?"
    r"(?:said|says|told|added|stated|noted|claimed|explained|stressed|"
    r"emphasi[sz]ed|insisted|argued|warned)\b"
)
_NOT_A_NAME = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|he|she|they|"
    r"officials?|analysts?|experts?|reports?|sources?|the|this|that)$",
    re.IGNORECASE,
)
# A day a person acted on: a weekday or a date, not "today" or a span.
_DAY_WORDS = re.compile(
    r"(?:on\s+)?(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|(?:on\s+)?\w+\.?\s+\d{1,2}(?:,?\s+\d{4})?|(?:on\s+)?\d{1,2}\s+\w+"
    r"(?:\s+\d{4})?",
    re.IGNORECASE,
)
# The basis of a day so found: a past state ("the military controlled up to
# 1,300 km2") is held on no day, whatever day the speaker spoke on.
SPOKEN_DAY = "the day the speaker was named acting"
_NEAR = 40  # characters between a name and its day ("Zelensky on Tuesday")


def speaker_day(
    folded: str,
    span: tuple[int, int],
    earlier: list[tuple[str, date | None, Mapping[str, date]]],
) -> list[PeriodPhrase]:
    """A phrase holding the day an earlier sentence gave the speaker of the
    figure's sentence ("Zelensky on Tuesday …" for "Zelensky said …"), for a
    holding he states; none when the speaker is not named by name, or no
    earlier sentence gives him exactly one day."""
    if not earlier:
        return []
    names = [
        m
        # the speaker of the figure's own report, within a clause's reach
        for m in _NAMED_SAYS.finditer(folded, max(0, span[0] - 200), span[0])
        if not _NOT_A_NAME.match(m["name"])
    ]
    if not names:
        return []
    name = names[-1]["name"]
    for before, anchor, events in reversed(earlier):
        if name not in before:
            continue
        days = {
            p.end
            for p in find_periods(before, anchor, events)
            if p.end is not None
            and p.start == p.end
            and _DAY_WORDS.fullmatch(p.text)
            and _named_near(before, name, p)
        }
        if len(days) == 1:
            day = days.pop()
            if anchor is not None and day >= anchor:
                return []  # the published day itself says nothing more
            words = f"{name} on {day.isoformat()}"
            at = names[-1].start()
            return [
                PeriodPhrase(
                    at,
                    at,
                    words,
                    None,
                    None,
                    (f"{words!r} names no days",),
                    basis=SPOKEN_DAY,
                    held=day,
                )
            ]
        return []
    return []


def _named_near(folded: str, name: str, phrase: PeriodPhrase) -> bool:
    """True when `name` stands right before or after the day phrase."""
    around = folded[max(0, phrase.start_at - _NEAR) : phrase.end_at + _NEAR]
    return name in around


# A report in the present or the present perfect: "Syrskyi has said", "the
# commander says", "has told reporters".
_NOT_PAST_REPORT = re.compile(
    r"\b(?:has|have)\s+(?:also\s+)?(?:said|told|reported|stated|noted|claimed|added|"
    r"estimated|written|shown)\b|\b(?:says|tells|reports|states|notes|claims|adds|"
    r"estimates|writes|shows)\b",
    re.IGNORECASE,
)


def backshifted(folded: str) -> bool:
    """True when the sentence reports speech in the past ("ISW said Russia
    controlled 18%"), whose past tense is the time of saying; a report in the
    present or present perfect ("…, Syrskyi has said") backshifts nothing, so a
    past tense in it is a past state."""
    reports = [m for m in cues.REPORTED.finditer(folded)]
    return any(
        not _NOT_PAST_REPORT.search(folded, max(0, m.start() - 12), m.end())
        for m in reports
    )
