"""A figure dated by the sentence after it.

"Ukraine says it has retaken over 1,000 km2 in the south and east. Zelensky said
the land had been liberated since September 1." The second sentence names no
figure; it points back to the first one's gain ("the land", "the push") and
says when it was made. A gain whose own words give no period takes that one;
a figure that has a period, or a following sentence with a figure of its own
or no word pointing back, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from frontline.extract.dates import find_periods
from frontline.extract.period_each import one_per_unit
from frontline.extract.results import NO_PERIOD, NO_START, Candidate
from frontline.extract.speech import event_time
from frontline.extract.text import UNIT_HINT, Sentence

# "the land had been liberated since …", "The push came on August 12", "these
# gains were made in March": the gain before, and the verb that dates it.
_POINTS_BACK = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:land|territory|territories|"
    r"areas?|gains?|advances?|push|breakthrough|surge|progress)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:liberated|captured|taken|seized|retaken|recaptured|"
    r"regained|gained|freed|won|de-?occupied|reclaimed|returned|made|came|happened|"
    r"occurred|took\s+place|"
    # "The advance was recorded on August 12", "These gains were achieved …"
    r"recorded|achieved|registered|secured)\b",
    re.IGNORECASE,
)
# A heading between the two: a short line with no closing stop.
_HEADING = re.compile(r"^[^.!?;:]{1,60}$")


def next_sentence(sentences: Sequence[Sentence], index: int) -> str | None:
    """The sentence after `index`, across a heading line between them."""
    for after in sentences[index + 1 : index + 3]:
        if after.paragraph - sentences[index].paragraph > 2:
            return None
        if after.paragraph != sentences[index].paragraph and _HEADING.match(
            after.text.strip()
        ):
            continue
        return after.folded
    return None


def dated_by_next(
    candidates: list[Candidate],
    following: str | None,
    published: date | None,
    events: Mapping[str, date],
) -> list[Candidate]:
    """The sentence's candidates, a gain with no period dated by the next one
    (and one given "in each of the past two weeks" cut into one per week)."""
    candidates = one_per_unit(candidates)
    undated = [c for c in candidates if c.kind == "change" and NO_PERIOD in c.problems]
    if len(undated) != 1 or not following or UNIT_HINT.search(following):
        return candidates
    back = _POINTS_BACK.search(following)
    if back is None:
        return candidates
    clause = re.split(r"[;.]", following[back.end() :], maxsplit=1)[0]
    end_at = back.end() + len(clause)
    phrases = [
        p
        for p in find_periods(following, published, events)
        if back.start() <= p.start_at < end_at
        and not p.comparison
        and not event_time(following, p)
        and p.end is not None
    ]
    if not phrases:
        return candidates
    phrase = phrases[0]
    start = phrase.start if phrase.sets_start else None
    problems = [p for p in undated[0].problems if p != NO_PERIOD]
    problems += list(phrase.problems)
    if start is None:
        problems.append(NO_START)
    dated = replace(
        undated[0],
        start=start,
        end=phrase.end,
        why=f"{undated[0].why}; period '{phrase.text}' of the next sentence",
        problems=problems,
    )
    return [dated if c is undated[0] else c for c in candidates]
