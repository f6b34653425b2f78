"""The time of a launch or an operation, and the gain told after it.

"Ukrainian troops crossed the border on Aug. 6 and seized 1,000 km2 in under
two weeks", "Ukraine's incursion, launched on August 6, seized 1,150 km2 within
a month": the day dates the launch, and the length counts from it. The gain
starts on that day and has no end day the text gives (LABELS: "within a month"
of a launch on a named day starts on that day and has no end day). Without the
length ("stormed into Russia last August and seized 1,400 km2") the day is the
launch's alone and the gain has no period (`period_clauses`). A launch told in
an aside the figure's clause leaves out ("Ukraine's incursion, launched on
August 6, seized … within a month") is read again from the sentence.

"The counteroffensive in the summer of 2023 allowed Kyiv to recapture 250 km2",
"On August 6, Ukraine initiated an offensive that allowed them to seize …":
the time dates the operation, and the gain it allowed is a gain during the
operation, which has no period (LABELS: a gain "during
the counteroffensive" names neither a start nor a span; dev.jsonl:203).
"""

from __future__ import annotations

import re
from datetime import date

from frontline.extract.date_words import EVENT_NOUNS
from frontline.extract.dates import PeriodPhrase, find_periods

# "the … counteroffensive in the summer of 2023", "Russia's offensive of
# spring 2024": a time right after the operation's noun.
_OPERATION_BEFORE = re.compile(rf"\b(?:{EVENT_NOUNS})s?\s+$", re.IGNORECASE)
# "… allowed Kyiv to recapture", "let its troops retake", "helped Ukraine
# regain": the operation, as the subject, made the gain possible.
_ALLOWED_GAIN = re.compile(
    r"\s*(?:allowed|enabled|let|helped|permitted)\s[^,;.()]*$", re.IGNORECASE
)


# "On August 6, Ukraine initiated a swift offensive that allowed them to seize
# …": the day of a launch whose operation, in a relative clause, allowed the gain.
_LAUNCH_ALLOWED_GAIN = re.compile(
    r"[^.;:]*?\b(?:launched|initiated|began|started|mounted|opened)\s+(?:a|an|its"
    rf"|their|the)\s+(?:[\w-]+\s+){{0,2}}(?:{EVENT_NOUNS})\s+(?:that|which)\s+"
    r"(?:allowed|enabled|let|helped|permitted)\s[^,;.()]*",
    re.IGNORECASE,
)


_LAUNCH_REACH = 200


def operation_dated(folded: str, phrase: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when `phrase`, before the figure at `span`, dates the operation
    that, as the subject or launched in the clause that follows, allowed the
    figure's gain."""
    if phrase.end_at > span[0]:
        return False
    if span[0] - phrase.end_at <= _LAUNCH_REACH and _LAUNCH_ALLOWED_GAIN.fullmatch(
        folded, phrase.end_at, span[0]
    ):
        return True  # (within a clause's reach: a long sentence costs no more)
    return bool(
        _OPERATION_BEFORE.search(folded, max(0, phrase.start_at - 40), phrase.start_at)
    ) and bool(_ALLOWED_GAIN.fullmatch(folded, phrase.end_at, span[0]))


# A length after the launch: "in under two weeks", "within a month", "in just
# ten days", "over less than three weeks"; not "a month after" (anchored).
_LENGTH = re.compile(
    r"\b(?:in|within|over)\s+(?:(?:just|only|a\s+little|slightly|well)\s+)?"
    r"(?:(?:under|less\s+than|about|around|nearly|almost|barely|some)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+few|\d+)\s+(?:days?|weeks?|months?|fortnight)\b"
    r"(?!\s+(?:of|after|into|before|ago|earlier|later|since|from)\b)",
    re.IGNORECASE,
)


# "…, launched on August 6,", "…, which began on August 6,": a launch's day set
# off before the figure.
_LAUNCH_ASIDE = re.compile(
    r",\s*(?:(?:which|that)\s+(?:was\s+)?)?(?:launched|began|begun|started)\s+$",
    re.IGNORECASE,
)


def launched_in_aside(
    own: list[PeriodPhrase],
    folded: str,
    span: tuple[int, int],
    high: int,
    published: date | None,
) -> list[PeriodPhrase]:
    """The figure's phrases, or, when it has none and its clause tells a
    length, the span from the day of a launch set off before it."""
    if any(p.start or p.end for p in own) or not _LENGTH.search(folded, span[1], high):
        return own
    days = [
        p
        for p in find_periods(folded[: span[0]], published)
        if p.start is not None
        and p.start == p.end
        and _LAUNCH_ASIDE.search(folded, max(0, p.start_at - 40), p.start_at)
        and "," in folded[p.end_at : span[0]]
    ]
    return counted_from_launch(own, days[-1:], folded, high)


def counted_from_launch(
    own: list[PeriodPhrase],
    launches: list[PeriodPhrase],
    folded: str,
    high: int,
) -> list[PeriodPhrase]:
    """The figure's phrases, with a length that names no days (or none at all,
    when the clause says "within a month") turned into a span from the one
    day a launch in the sentence is dated by."""
    if len(launches) != 1 or any(p.start or p.end for p in own):
        return own
    day = launches[0]
    if day.start is None or day.start != day.end:
        return own
    length = _LENGTH.search(folded, day.end_at, high)
    if length is None:
        return own
    words = length.group(0)
    problem = f"end unknown: '{words}' after a launch on {day.text!r}"
    kept = [p for p in own if not _LENGTH.fullmatch(p.text)]
    return [
        *kept,
        PeriodPhrase(length.start(), length.end(), words, day.start, None, (problem,)),
    ]
