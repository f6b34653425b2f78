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
from dataclasses import replace
from datetime import date

from frontline.extract import cues
from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.speech import said_day, speech_dates
from frontline.extract.text import MONTH_NAME

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
_CALENDAR = re.compile(rf"{MONTH_NAME}|\b(?:19|20)\d\d\b", re.IGNORECASE)
_NEAR = 40  # characters between a name and its day ("Zelensky on Tuesday")


def speaker_anchor(
    folded: str,
    span: tuple[int, int],
    earlier: list[tuple[str, date | None, Mapping[str, date]]],
) -> tuple[str, int, date] | None:
    """The name of the figure's speaker, where it stands, and the one day an
    earlier sentence gave him ("Zelensky on Tuesday …" for "Zelensky said …");
    None when the speaker is not named by name, or no earlier sentence that
    names him gives him exactly one day before the published one."""
    if not earlier:
        return None
    names = [
        m
        # the speaker of the figure's own report, within a clause's reach
        for m in _NAMED_SAYS.finditer(folded, max(0, span[0] - 200), span[1] + 200)
        if not _NOT_A_NAME.match(m["name"])
    ]
    if not names:
        return None
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
        if len(days) != 1:
            return None
        day = days.pop()
        if anchor is not None and day >= anchor:
            return None  # the published day itself says nothing more
        return name, names[-1].start(), day
    return None


def speaker_day(
    folded: str,
    span: tuple[int, int],
    earlier: list[tuple[str, date | None, Mapping[str, date]]],
) -> list[PeriodPhrase]:
    """A phrase holding the day an earlier sentence gave the speaker of the
    figure's sentence, for a holding he states with no day of its own."""
    found = speaker_anchor(folded, span, earlier)
    if found is None:
        said = _statement_day(folded, span, earlier)  # "…, he said" after "on Tuesday"
        if said is None:
            return []
        found = ("the statement", span[0], said)
    name, at, day = found
    words = f"{name} on {day.isoformat()}"
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


# "Over the past week, he said, …", "…, it added": a sentence that goes on
# with a statement whose speaker an earlier sentence named.
_GOES_ON = re.compile(
    r"\b(?:he|she|they|it)\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|"
    r"explained|claimed|continued)\b",
    re.IGNORECASE,
)


def _statement_day(
    folded: str,
    span: tuple[int, int],
    earlier: list[tuple[str, date | None, Mapping[str, date]]],
) -> date | None:
    """ "Ukraine's army chief gave an update on Tuesday. Syrskyi said … after
    weeks of fighting. Over the past week, he said, …": the day of the nearest
    earlier sentence that names one, when that day is a statement's and the
    figure's sentence goes on with it (sentences between name no day)."""
    if not earlier or not _GOES_ON.search(folded, max(0, span[0] - 200), span[1] + 200):
        return None
    for before, anchor, events in reversed(earlier):
        periods = find_periods(before, anchor, events)
        if not any(p.start and p.start == p.end for p in periods):
            continue  # "… after weeks of fighting": no day, passed over
        day = said_day(before, periods, speech_dates(before, periods, [len(before)]))
        if day is None or (anchor is not None and day >= anchor):
            return None
        return day
    return None


def counted_from_speaker(
    periods: list[PeriodPhrase],
    folded: str,
    span: tuple[int, int],
    earlier: list[tuple[str, date | None, Mapping[str, date]]],
) -> list[PeriodPhrase]:
    """ "Syrskyi on Tuesday visited brigades … \n\nSyrskyi said his forces had
    liberated 12 km2 over the past week": relative periods counted from the day
    the speaker was named acting, as from a statement's day (LABELS)."""
    if not periods:
        return periods
    found = speaker_anchor(folded, span, earlier)
    day = found[2] if found is not None else _statement_day(folded, span, earlier)
    if day is None:
        return periods
    again = {(p.start_at, p.text): p for p in find_periods(folded, day)}
    result = []
    for phrase in periods:
        other = again.get((phrase.start_at, phrase.text))
        if (
            other is not None
            and not other.problems
            # a day of the calendar ("by August 12") is no count from the day
            and not _CALENDAR.search(phrase.text)
            and (other.start, other.end) != (phrase.start, phrase.end)
        ):
            phrase = replace(other, comparison=phrase.comparison)
        result.append(phrase)
    return result


def _named_near(folded: str, name: str, phrase: PeriodPhrase) -> bool:
    """True when `name` is the subject the day phrase goes with: "Zelensky on
    Tuesday", "Pushilin spoke to reporters on Monday", "On Wednesday, Syrskyi"
    (not "the operation by Ukraine commenced on August 6")."""
    before = folded[max(0, phrase.start_at - _NEAR) : phrase.start_at]
    after = folded[phrase.end_at : phrase.end_at + _NEAR]
    subject = re.search(
        r"(?<!\bby\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bfrom\s)"
        rf"\b{re.escape(name)}\s+(?:[a-z][\w'-]*\s+){{0,4}}$",
        before,
    )
    return bool(subject) or bool(re.match(rf",?\s+{re.escape(name)}\b", after))


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
