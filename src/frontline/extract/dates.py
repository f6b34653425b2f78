"""Date phrases in a sentence, turned into days anchored on the published date.

Articles rarely give dates; they say "so far this year", "since the beginning of
October", "in the past 24 hours". Each phrase found becomes a `PeriodPhrase`: its
span in the sentence, the start and end days it implies (either may be None when
the phrase gives only one end, like "as of October 27", or when it cannot be
resolved), and the problems a reviewer must know about. Conventions:

- A period that runs "so far" ends on the published day, or the day before when
  the sentence says the data run to yesterday.
- "the past 24 hours" / "over the past day" is the published day alone; "the past
  week" is the seven days ending on it; "the last month" the month ending on it.
- A month or day without a year is the latest one not after the published day.
- "the first month of their incursion" needs the event's start: it is looked up in
  `events` ({"kursk incursion": date(2024, 8, 6)}); without it the start is None
  and a problem says so.

This module holds the order in which phrases are tried and the finder. The
phrases themselves are in two tables by what they rest on: `date_absolute` (the
calendar's own names: "May 10", "in 2024", "the first half of 2023") and
`date_relative` (counted from the published day, a statement's day or an event:
"in the past week", "so far this year", "since the incursion"); what each phrase
means in days is in `date_rules` and `date_spans`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from frontline.extract import date_absolute as absolute
from frontline.extract import date_event_days as event_days
from frontline.extract import date_parts as parts
from frontline.extract import date_relative as relative
from frontline.extract import date_rules as rules
from frontline.extract import date_spans as spans
from frontline.extract.date_calendar import Context
from frontline.extract.date_rules import event_key
from frontline.extract.date_words import Entry


@dataclass(frozen=True, slots=True)
class PeriodPhrase:
    """A date phrase: where it is, the days it implies and what is uncertain."""

    start_at: int
    end_at: int
    text: str
    start: date | None
    end: date | None
    problems: tuple[str, ...] = field(default=())
    sets_start: bool = True  # False for "as of", "now": they give an end only
    basis: str = ""  # what the days rest on besides the words, e.g. an event's start
    so_far: bool = False  # "since D", "this year": runs to the published day
    anaphora: bool = False  # "in the month", "the same period": a period named before
    shift: tuple[str, int] | None = None  # "a year earlier": (unit, count) back
    comparison: bool = False  # "largest since March", "than in 2023": not a period
    # "At the end of August, Kyiv controlled …": the day a holding is held on,
    # from a phrase that dates no change.
    held: date | None = None


_YESTERDAY_DATA = re.compile(
    r"\b(?:as of|through|up to|until|till|to|by)\s+(?:the end of\s+)?yesterday\b"
    r"|\bdata\s+(?:run|runs|running|go|goes)\s+(?:to|until|through)\s+yesterday\b",
    re.IGNORECASE,
)

# Every phrase, in the order it is tried: longer phrases first, and a phrase
# already matched is not matched again by a later, shorter rule.
_RULES: tuple[Entry, ...] = (
    relative.AT_END_OF_LAST_YEAR,
    relative.BY_END_OF_LAST_YEAR,
    parts.BEGAN_ROUGHLY,
    parts.SINCE_PART_START,  # "since the start of the first half of last year"
    parts.PART_OF_LAST_YEAR,
    parts.WINTER_OF_YEARS,
    parts.MONTH_OPENING,
    parts.ROUGH_MONTH_PART,
    parts.SINCE_EARLY_RELATIVE,
    parts.SINCE_MID_MONTH,
    parts.ANAPHORA_END,
    parts.PAST_INEXACT,
    absolute.SINCE_YEAR_END,
    relative.TWO_WEEKDAYS,  # "from Friday to Sunday", before "from Friday"
    relative.SINCE_WEEKDAY,
    relative.SINCE_CLAUSE_WEEKDAY,
    relative.WEEKEND,
    relative.THROUGHOUT_THE_YEAR,
    absolute.SINCE_EVENT_ON_DAY,
    absolute.AFTER_LAUNCH_ON_DAY,
    absolute.BY_DAY_RANGE,
    absolute.BY_DAYS_OF_MONTH,
    absolute.BETWEEN_DAYS,
    absolute.DAY_DASH_DAY,
    relative.PAST_TO_MONTH_END,
    relative.PAST_TO_DAY,
    absolute.INVASION_TO_DAY,
    absolute.YEAR_TO_DAY,
    absolute.FROM_DAY_TO_DAY,
    absolute.WEEK_BEFORE_DAY,
    absolute.DAY_TO_MONTH_PART,
    absolute.MONTH_START_TO_DAY,
    absolute.ROUGH_MONTH_TO_DAY,
    absolute.MONTH_DAY_RANGE,
    absolute.BETWEEN_DAYS_OF_MONTH,
    absolute.DAYS_OF_MONTH,
    absolute.MONTH_START_TO_END,
    absolute.BETWEEN_MONTHS,
    absolute.MONTH_LIST,
    absolute.IN_MONTH_AND_MONTH,
    absolute.MONTHS_AS_SUBJECT,
    absolute.FROM_MONTH_TO_MONTH,
    absolute.MONTH_YEAR_TO_MONTH_YEAR,
    parts.ROUGH_MONTH_SPAN,
    absolute.BETWEEN_YEARS,
    relative.SINCE_INVASION_IN_MONTH,
    relative.SINCE_EVENT_IN_MONTH,
    relative.SINCE_CLAUSE_IN_MONTH,
    relative.SINCE_GERUND_IN_MONTH,
    event_days.FIRST_OF_DATED_EVENT,  # "… of the offensive, which began on D"
    event_days.DAY_MARK,  # "hit its 10-day mark on Aug. 15"
    relative.FIRST_OF_EVENT,
    relative.AFTER_EVENT_BY,
    absolute.FIRST_DAYS_OF_MONTH,
    absolute.LAST_DAYS_OF_MONTH,
    relative.SINCE_START_OF_EVENT,
    absolute.SINCE_DAY,
    absolute.FROM_DAY,
    absolute.SINCE_BEGAN_IN_YEAR,
    relative.N_SINCE,
    relative.SINCE_UNKNOWN,
    relative.SINCE_THEN,
    relative.RECENT,
    parts.A_FEW_DAYS,
    relative.AS_OF_ROUGHLY,
    absolute.AT_END_OF_MONTH,
    absolute.AT_END_OF_YEAR,
    relative.ROUGHLY_PLACED,
    relative.DURING_EVENT,
    relative.SINCE_EVENT,
    relative.WEEK_BEFORE_LAST,
    relative.SINCE_DAY_START,
    relative.SHIFTED,
    relative.AGO,
    absolute.SINCE_MONTH,
    absolute.FROM_MONTH_OPEN,
    absolute.FROM_MONTH_TO_NOW,
    absolute.SINCE_YEAR,
    absolute.MONTH_OF_YEAR_WORD,
    absolute.YEAR_THROUGH_MONTH,
    relative.SINCE_LAST,  # "since last year": before "last year"
    relative.LAST_YEAR,
    absolute.SO_FAR_IN_YEAR,
    absolute.WHOLE_YEAR,
    absolute.YEAR_AS_OWNER,
    absolute.YEAR_AS_SUBJECT,
    absolute.BEFORE_DAY,
    absolute.BEFORE_EVENT,
    absolute.HALF_YEAR,
    relative.HALF_OF_THIS_YEAR,
    absolute.QUARTER_OF_YEAR,
    absolute.YEARS_QUARTER,
    relative.QUARTER,
    absolute.SHORT_QUARTER,
    absolute.YEARS_FIRST_MONTHS,
    absolute.HALF_MONTH,
    parts.BARE_HALF,
    parts.FORTNIGHT_OF_MONTH,
    absolute.FIRST_MONTHS_OF_YEAR,
    absolute.LAST_MONTHS_OF_YEAR,
    # after the parts of a year: "the first half of this year", "the third
    # quarter of this year", "the first 11 months of this year"
    relative.THIS_YEAR,
    relative.HEDGED_SPAN,
    relative.FIRST_SPAN,
    relative.ANAPHORA,
    parts.ANAPHORA_MORE,
    absolute.WEEK_OF_MONTH,
    absolute.WEEK_TO_DAY,
    absolute.WEEK_FROM_DAY,
    relative.WEEK_TO_WEEKDAY,
    relative.PAST_HALF_YEAR,
    relative.PAST_N,
    relative.HEADLINE_PAST,
    relative.DURING_THE_WEEK,
    relative.DURING_THE_DAY,
    parts.THE_SEVEN_DAYS,
    relative.FOR_THE_WEEK,
    relative.N_PAST_YEARS,
    relative.THE_PAST_N,
    absolute.BY_END_OF_MONTH,
    absolute.BY_END_OF_YEAR,
    absolute.BY_YEAR,
    absolute.BY_MONTH,
    absolute.MONTH_DASH_MONTH,
    relative.THIS_MONTH,
    relative.LAST_MONTH,
    absolute.LAST_NAMED_MONTH,
    absolute.SINCE_SEASON,
    absolute.SEASON,
    relative.THIS_WEEK,
    relative.LAST_WEEK,
    absolute.OF_MONTH,
    absolute.IN_MONTH,
    absolute.MONTH_AS_PREDICATE,
    absolute.MONTH_AS_SUBJECT,
    absolute.MONTH_AS_MODIFIER,
    absolute.MONTH_LABEL,
    relative.AS_OF_TODAY,
    absolute.AS_OF_DAY,
    relative.AS_OF_HOUR,
    relative.SO_FAR,
    absolute.ON_DAY,
    relative.ON_WEEKDAY,
    relative.BY_WEEKDAY,
    relative.WEEKDAY,
    relative.YESTERDAY,
    relative.TODAY,
    relative.SAME_DAY,
)
_SO_FAR = {
    spans.since_season,
    spans.since_weekday,
    spans.since_year_end,
    rules.since_unknown,
    spans.since_vague,
    rules.since_day,
    rules.since_month,
    rules.since_year,
    rules.since_event,
    rules.this_year,
    rules.this_month,
    spans.this_week,
    spans.by_year,
    spans.the_year,
    spans.since_then,
    parts.since_part_start,
    parts.since_mid_month,
    parts.few_days,
}
_COMPILED = tuple(
    (re.compile(pattern, re.IGNORECASE), rule, sets_start)
    for pattern, rule, sets_start in _RULES
)


def _long_past(end: date | None, published: date | None) -> bool:
    return end is not None and published is not None and (published - end).days > 300


def data_to_yesterday(sentence: str) -> bool:
    """True when the sentence says its data run to yesterday ("as of yesterday")."""
    return bool(_YESTERDAY_DATA.search(sentence))


# What every date phrase has (a word of three letters or more, a year, or a
# quarter or half such as "Q3", "H1"): a text without it, such as a run of
# bare figures ("1 km2 1 km2 …"), is not searched with each of the patterns.
_DATE_CHANCE = re.compile(r"[a-z]{3}|(?:19|20)\d\d|[qh][1-4]", re.IGNORECASE)


# "for at least the last two months" after a superlative: how far back the
# record reaches, not a period of a figure.
_HORIZON_FOR = re.compile(
    r"\bfor\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


# "its most successful month this year", "the fastest weekly pace this
# year": the year a month, a week or a day is ranked in, not a period.
_RANKED_THIS = re.compile(r"(?:so\s+far\s+)?this\s+year", re.IGNORECASE)
_RANKED_NOUN = re.compile(
    r"\b(?:month|week|day)s?\s+(?:(?:so\s+far|yet)\s+)?$", re.IGNORECASE
)


def find_periods(
    sentence: str,
    published: date | None,
    events: Mapping[str, date] | None = None,
    *,
    to_yesterday: bool | None = None,
) -> list[PeriodPhrase]:
    """Every date phrase in a sentence, in order of position, none overlapping."""
    if not _DATE_CHANCE.search(sentence):
        return []
    context = Context(
        published,
        events or {},
        data_to_yesterday(sentence) if to_yesterday is None else to_yesterday,
        sentence,
    )
    phrases: list[PeriodPhrase] = []
    scanned = _phrase_matches(sentence)
    for index, (_, rule, sets_start) in enumerate(_COMPILED):
        for found in scanned.get(index, ()):
            try:
                start, end, problems = rule(found, context)
            except (OverflowError, ValueError):
                # A day out of the calendar's range (a dateline of year 1 and
                # "last week"): the phrase gives no days, and says why.
                start, end = None, None
                problems = [f"{found.group(0).strip()!r} falls outside the calendar"]
            if start and end and start > end:
                problems = [
                    *problems,
                    f"{found.group(0).strip()!r} ends before it starts",
                ]
            basis = ""
            if rule in (rules.first_of_event, rules.since_event):
                event = event_key(found, context)
                if event is not None:
                    basis = f"{event[0]} began {event[1].isoformat()}"
            text = found.group(0).strip()
            before = sentence[max(0, found.start() - 80) : found.start()]
            comparison = (
                bool(spans.THAN.search(before[-40:]))
                or bool(spans.OUTDOES.search(before[-60:]))
                or (
                    # "its largest daily gain in more than 12 months"
                    (
                        text[:5].lower()
                        in ("since", "for t", "for 1", "for 2", "in a ")
                        or rule is spans.hedged_span
                        # "a record for at least the last two months"
                        or bool(_HORIZON_FOR.search(before[-30:]))
                        # "October was the most successful month this year"
                        or (
                            bool(_RANKED_THIS.fullmatch(text))
                            and bool(_RANKED_NOUN.search(before[-50:]))
                        )
                    )
                    and bool(spans.SUPERLATIVE.search(before))
                )
                or (
                    # "… since the conflict's early days in March 2022": a month
                    # long past; "… since the early weeks of the war in November"
                    # names the month of the gains.
                    text.lower().startswith(("in ", "during "))
                    and bool(spans.SINCE_HORIZON.search(before))
                    and _long_past(end, published)
                )
                or (
                    (
                        text.lower().endswith(" combined")
                        or bool(spans.COMBINED_AFTER.match(sentence, found.end()))
                    )
                    and bool(spans.COMBINED_BEFORE.search(before))
                )
            )
            phrases.append(
                PeriodPhrase(
                    found.start(),
                    found.end(),
                    text,
                    start,
                    end,
                    tuple(problems),
                    sets_start,
                    basis,
                    so_far=rule in _SO_FAR or _this_year_named(rule, found, published),
                    anaphora=rule in (rules.anaphora, parts.anaphora_end),
                    shift=rules.shift_of(found) if rule is rules.relative else None,
                    comparison=comparison,
                    held=spans.held_day(rule, found, context),
                )
            )
    phrases.sort(key=lambda phrase: phrase.start_at)
    return _other_halves(_spans_before(phrases), published)


@lru_cache(maxsize=256)
def _phrase_matches(sentence: str) -> dict[int, list[re.Match[str]]]:
    """Each pattern's matches (by its index in `_COMPILED`) that no match of an
    earlier one overlaps. They rest on the words alone, not on the anchor, and
    a sentence is read with each anchor its figures need (the published day, a
    statement's day): searched once. Callers only read the result."""
    taken: list[tuple[int, int]] = []
    matches: dict[int, list[re.Match[str]]] = {}
    for index, (pattern, _, _) in enumerate(_COMPILED):
        for found in pattern.finditer(sentence):
            if any(found.start() < end and start < found.end() for start, end in taken):
                continue
            taken.append((found.start(), found.end()))
            matches.setdefault(index, []).append(found)
    return matches


def _this_year_named(rule, found: re.Match[str], published: date | None) -> bool:
    """ "in 2025" said in 2025 runs to the day, as "this year" (LABELS), so an
    'as of' day or a statement's day ends it as it ends "this year"."""
    return (
        rule is rules.whole_year
        and published is not None
        and published.year == int(found["year"])
    )


_BARE_HALF = re.compile(parts.BARE_HALF[0], re.IGNORECASE)


def _other_halves(
    phrases: list[PeriodPhrase], published: date | None
) -> list[PeriodPhrase]:
    """The phrases, with "in the first half" (no "of") after "the second half
    of October" read as the other half of October."""
    result: list[PeriodPhrase] = []
    for phrase in phrases:
        bare = _BARE_HALF.fullmatch(phrase.text)
        named = [p for p in result if p.start and p.end and parts.named_half(p.text)]
        if bare and named and named[-1].start and named[-1].end:
            span = parts.other_half(
                bare["half"].lower(), named[-1].start, named[-1].end, published
            )
            if span is not None:
                phrase = replace(phrase, start=span[0], end=span[1], problems=())
        result.append(phrase)
    return result


# "in the past 30 days, up from 450 in the previous 30 days", "over the past
# month, up from 450 the month before": a span called previous (or "before")
# beside a counted span that ends now is the span of the same length just
# before it, not a second span ending now.
_COUNTED_NOW = re.compile(
    r"(?:(?:in|over|during|within)\s+)?the\s+(?:past|last)\s+(?P<n>[\w-]+\s+)?"
    r"(?P<unit>days?|weeks?|months?)",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    r"(?:(?:in|over|during|within)\s+)?the\s+(?:(?:previous|preceding)\s+"
    r"(?P<n>[\w-]+\s+)?(?P<unit>days?|weeks?|months?)"
    r"|(?P<unit2>week|month)\s+before)",
    re.IGNORECASE,
)


def _same_length(now: re.Match[str], before: re.Match[str]) -> bool:
    """True when both phrases count the same number of the same unit."""
    unit = (before["unit"] or before["unit2"]).rstrip("s").lower()
    count = (before["n"] or "").strip().lower()
    return (
        now["unit"].rstrip("s").lower() == unit
        and (now["n"] or "").strip().lower() == count
    )


def _spans_before(phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The phrases, with each "previous N days" that follows a "past N days"
    of the same length moved to the days just before that span."""
    result: list[PeriodPhrase] = []
    for phrase in phrases:
        before = _COUNTED_BEFORE.fullmatch(phrase.text)
        if before is None:
            result.append(phrase)
            continue
        counted = [
            p
            for p in result
            if p.start
            and p.end
            and (now := _COUNTED_NOW.fullmatch(p.text))
            and _same_length(now, before)
        ]
        if counted and counted[-1].start and counted[-1].end:
            first, last = counted[-1].start, counted[-1].end
            end = first - timedelta(days=1)
            phrase = replace(
                phrase, start=end - (last - first), end=end, problems=(), shift=None
            )
        result.append(phrase)
    return result
