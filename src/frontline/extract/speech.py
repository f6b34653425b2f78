"""Day phrases that date a statement or another event, not a figure.

"Zelensky said on Tuesday that …", "In a Tuesday evening address, …", "according
to Maliar on Monday": the day is when the words were said. It is no period of
the figure, but a total that runs "so far" ends on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from frontline.extract.date_words import DAY_A, EVENT_NOUNS
from frontline.extract.dates import PeriodPhrase, find_periods
from frontline.extract.numbers import parse_number

_EVENT_VERB = re.compile(
    r"\b(?:began|begun|started|launched|commenced|crossed|entered)\s+$", re.IGNORECASE
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SPEECH = re.compile(
    r"\b(?:said|says|told|announced|announces|reported|reports|stated|confirmed|"
    r"according\s+to|address|speech|statement|briefing|interview|remarks|"
    r"claimed|claims|wrote|added|published|released|posted|showed|declared|asserted|"
    r"noted|revealed|briefed|informed|informs|estimated|assessed|calculated|analy[sz]ed|"
    # "on May 31, Putin's henchman lied that …", "boasted on Monday that …"
    r"boasted|bragged|lied|admitted|acknowledged|conceded|argued|insisted|alleged|"
    r"assured|stressed|emphasi[sz]ed|explained|reiterated|pointed\s+out|"
    # "issued its report on Sunday", "spoke to reporters on Tuesday"
    r"issued|issues|spoke|speaks|addressed|report|update|summary|bulletin|"
    r"communiqu[eé]|"
    r"(?:press|news)\s+conference|message|aired|broadcast)\b",
    re.IGNORECASE,
)
# "… gains on Saturday, estimating that Kyiv has seized …": between a day and
# the figure, a participle of saying makes the day the statement's too. (Before
# a day it is another statement's: "…, Syrsky adds, after saying Monday that …")
_SPEECH_THEN = re.compile(
    _SPEECH.pattern
    + r"|\b(?:saying|telling|announcing|reporting|stating|claiming|estimating|"
    r"noting|adding|writing)\b",
    re.IGNORECASE,
)


# "on Monday", "yesterday", "last Tuesday": a day a statement may be dated by.
_A_DAY = re.compile(
    rf"(?:on|yesterday|today)\b|(?!by\b|as\b)(?:\w+\s+){{0,2}}?{_WEEKDAY}"
    r"|(?:earlier|later)\s+(?:in|on)\s+the\s+day\b",
    re.IGNORECASE,
)
# "Earlier in the day, Sirski claimed …", "on the day": the day of the
# statement the passage already reports, not one of its own.
_SAME_DAY = re.compile(
    r"(?:(?:earlier|later)\s+(?:in|on)|on)\s+the\s+day", re.IGNORECASE
)
# A figure, comma or semicolon between a speech verb and the day.
_FIGURE_OR_BREAK = re.compile(r"[\d,;]")
_LAST_SAID = re.compile(r"last\s+(?:week|month)$", re.IGNORECASE)
_WEEK_SAID = re.compile(r"(?:last|this)\s+(?:week|month)$", re.IGNORECASE)
_SAID_BEFORE = re.compile(
    r"\b(?:said|told\s+[\w-]+|announced|stated|claimed|reported|wrote|informed)\s+"
    r"(?:(?:late|early|earlier|later)\s+)?$",
    re.IGNORECASE,
)
_SAID_THAT = re.compile(
    r"\b(?:said|told|announced|stated|claimed|reported|informed)\b(?:\s+\w+){0,4}\s+that\b",
    re.IGNORECASE,
)


_EVENT_TIME = re.compile(
    r"\b(?:began|begun|started|launched|launching|beginning|starting|commenced|opened"
    r"|opening|mounted|mounting|initiated"
    # "since the start of offensive operations in October 2023"
    r"|(?:start|beginning|launch|outset)\s+of"
    # "in the first month since advancing into Russia's Kursk region in August"
    r"|since\s+[a-z]+ing)"
    r"(?:\s+[a-z'\u2019-]+){0,8}\s+$",
    re.IGNORECASE,
)


# "following the unexpected incursion into Russia last month", "after the
# offensive in May": a time told of the event the figure followed.
_AFTER_EVENT = re.compile(
    r"\b(?:following|after|before)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    rf"(?:{EVENT_NOUNS})\b(?:\s+[\w'\u2019-]+){{0,5}}\s+$",
    re.IGNORECASE,
)


def event_time(folded: str, phrase: PeriodPhrase) -> bool:
    """ "after launching an offensive in August": the month dates the event, not
    a figure (unless it owns one: "the slowdown that began in August (594 km2)")."""
    if folded[phrase.end_at : phrase.end_at + 2].strip().startswith("("):
        return False
    before = folded[max(0, phrase.start_at - 90) : phrase.start_at]
    if not phrase.text.lower().startswith(("since", "from")) and _AFTER_EVENT.search(
        before
    ):
        return True
    if _IN_OR_DURING.match(phrase.text) and _ANNEXED.search(before):
        return True  # "Crimea, annexed in 2014": a place's history, no figure's
    return bool(_IN_OR_DURING.match(phrase.text) and _EVENT_TIME.search(before))


# "in August", "during August": a month told as when something else happened
_IN_OR_DURING = re.compile(r"(?:in|during)\s", re.IGNORECASE)
_ANNEXED = re.compile(
    r"\b(?:annexed|annexation)(?:\s+[\w'\u2019-]+){0,2}\s+$", re.IGNORECASE
)


# "… 200 km2 added to significant gains made over summer": a participle that
# ties the period to other gains, not to the figure before it.
_OTHER_GAINS = re.compile(
    r"\b(?:gains|advances|progress|captures|successes|territory|ground)\s+"
    r"(?:[\w-]+\s+)?(?:made|achieved|seen|recorded|won|secured|posted|registered|"
    r"taken|seized|captured)\s+$",
    re.IGNORECASE,
)


def other_gains_time(folded: str, phrase: PeriodPhrase, figures: list[int]) -> bool:
    """A period told of other gains after every figure ("… 200 km2, adding to
    gains made in the spring"); before a figure it is the figure's own ("gains
    made in May reached 450 km2")."""
    if not figures or phrase.start_at < max(figures):
        return False
    return bool(
        _OTHER_GAINS.search(folded[max(0, phrase.start_at - 50) : phrase.start_at])
    )


def event_day(folded: str, phrase: PeriodPhrase) -> bool:
    """A day another event happened on ("began on 6 August"): dropped, not an anchor."""
    return bool(
        _EVENT_VERB.search(folded[max(0, phrase.start_at - 40) : phrase.start_at])
    )


def speech_dates(
    folded: str, periods: list[PeriodPhrase], figures: list[int]
) -> list[PeriodPhrase]:
    """Day phrases that date a statement, not a figure: "said on Tuesday", "On
    December 17, Syrskyi confirmed that ...". A speech verb just before the
    day, or between the day and the first figure after it, makes it one."""
    spoken = []
    for phrase in periods:
        if phrase.start_at < 3 and _LAST_SAID.match(phrase.text):
            # "Last week, Syrsky said that ... controlled 500 km2": the week
            # dates the statement, and the day it was made is not known.
            following = [f for f in figures if f > phrase.end_at]
            if following and _SAID_THAT.search(folded[phrase.end_at : min(following)]):
                spoken.append(phrase)
            continue
        if (
            _WEEK_SAID.match(phrase.text)
            and _SAID_BEFORE.search(
                folded[max(0, phrase.start_at - 30) : phrase.start_at]
            )
            and folded[phrase.end_at : phrase.end_at + 2] not in ("'s", "\u2019s")
        ):
            # "Syrsky said last week Kyiv controlled 500 km2", "the military said
            # this week it had recaptured 1,200 km2": when it was said
            spoken.append(phrase)
            continue
        if _IN_OR_DURING.match(phrase.text) and _SAID_BEFORE.search(
            folded[max(0, phrase.start_at - 30) : phrase.start_at]
        ):
            # "Zelensky reported in September that … liberated 160 km2": the
            # month the words were said in, not the gain's.
            spoken.append(phrase)
            continue
        if phrase.start != phrase.end or phrase.start is None:
            continue
        if not _A_DAY.match(phrase.text):
            continue
        before = folded[max(0, phrase.start_at - 60) : phrase.start_at]
        said = max(_SPEECH.finditer(before), key=lambda m: m.start(), default=None)
        if (
            said is not None and not _FIGURE_OR_BREAK.search(before, said.end())
        ) or _EVENT_VERB.search(before):
            spoken.append(phrase)  # "said on Monday", "began on 6 August"
            continue
        if _attribution_tail(folded, phrase):
            spoken.append(phrase)
            continue
        following = [f for f in figures if f > phrase.end_at]
        if (
            following
            and _SPEECH_THEN.search(folded[phrase.end_at : min(following)])
            and not (
                _event_of_clause(before)
                and _ATTRIBUTION_AFTER.match(folded, phrase.end_at)
            )
        ):
            spoken.append(phrase)
    return spoken


# "Russian forces completed their withdrawal from the areas around Kyiv on
# March 31, Pentagon officials said": a day right after a past verb of its
# clause, with only an attribution after it, dates that event, not the saying.
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|took|began|fell|entered|withdrew|broke|won|lost|left|came)\b",
    re.IGNORECASE,
)


_ATTRIBUTION_AFTER = re.compile(
    r",\s*(?:[\w'\u2019-]+\s+){1,5}?(?:said|says|told|reported|added|claimed|stated)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)


def _event_of_clause(before: str) -> bool:
    """True when the clause the day ends on tells an event in a past verb (not
    one of saying)."""
    clause = re.split(r"[,;:]", before)[-1]
    return bool(_PAST_VERB.search(clause)) and not _SPEECH.search(clause)


# Between a speech verb and the day that ends the sentence: no figure, quote or
# clause of another event.
_OTHER_EVENT = re.compile(
    r"[\d;\"\u201c\u201d]|\b(?:while|whereas|after|when|before|because|since)\b",
    re.IGNORECASE,
)


# "… held late Tuesday in St. Petersburg.": where the words were said
_TRAILING_PLACE = re.compile(r"^,?\s+in\s+(?:[A-Z][\w.'\u2019-]*\s*){1,3}[.!]?\s*$")
_TRAILING_SOURCE = re.compile(r",?\s*according\s+to\s+[^,;.]{1,60}[.!]?\s*$", re.I)


def _attribution_tail(folded: str, phrase: PeriodPhrase) -> bool:
    """ "…," Putin told a meeting with top officials, including the defence
    minister, in St. Petersburg late Tuesday.": a day that ends the sentence's
    attribution dates the statement, however long the attribution runs."""
    rest = _TRAILING_PLACE.sub("", _TRAILING_SOURCE.sub("", folded[phrase.end_at :]))
    if rest.strip(" .!\"'\u201d\u2019)"):
        return False  # ("…, late Tuesday, according to TASS." ends it too)
    before = folded[max(0, phrase.start_at - 200) : phrase.start_at]
    said = max(_SPEECH.finditer(before), key=lambda m: m.start(), default=None)
    return said is not None and not _OTHER_EVENT.search(before[said.end() :])


# A sentence that goes on with what was said: "He said …", "…, he added", or
# a summing-up that opens it ("In total, 2,400 km2 have been liberated").
_GOES_ON = re.compile(
    r"\b(?:said|says|added|adds|noted|continued|went\s+on|stressed|explained|"
    r"claimed|claims|stated|states|according\s+to|wrote|writes|told|tells)\b"
    r"|^\W*(?:in\s+total|overall|altogether|in\s+all)\b",
    re.IGNORECASE,
)


def said_day(
    folded: str, periods: list[PeriodPhrase], spoken: list[PeriodPhrase]
) -> date | None:
    """The day a sentence's statement was made, from its spoken day phrases."""
    return min(
        (
            p.end
            for p in spoken
            if p.end and p.start == p.end and not event_day(folded, p)
        ),
        default=None,
    )


def carried_day(
    folded: str,
    said_on: date | None,
    pending: list[tuple[str, date | None, Mapping[str, date]]],
    last: str = "",
) -> date | None:
    """The day of the statement the sentence before reports, when this one goes
    on with it ("Syrskyi said on Sunday … He said … since the start of the year").
    `last` is the sentence just before ("" at a paragraph's start): when it is
    not the last one kept in `pending` (it names no date), it passes the day on
    only if it goes on with the same speaker."""
    if not _GOES_ON.search(folded) or _PERFECT_SAID.match(folded):
        return None
    source = _NEW_SOURCE.search(folded)
    if (
        source is not None
        and not _GOES_ON.search(folded[: source.start()])
        and not any(
            _named_in(source["who"], earlier)
            for earlier in (last, *(p[0] for p in pending[-1:]))
        )
    ):
        # "…, Gerasimov claimed on December 18. ISW has confirmed only 3,306 km2,
        # according to the Institute": a trailing source of its own, not the
        # statement before going on (unless named there: "Syrskyi said …").
        return None
    if said_on is not None:
        return said_on
    if (
        last
        and pending
        and pending[-1][0] != last
        and not _same_speaker(last, pending[-1][0])
    ):
        return None  # "Analysts said Russian attacks had grown.": another speaker
    for number in range(len(pending) - 1, -1, -1):
        before, anchor, events = pending[number]
        periods = find_periods(before, anchor, events)
        # No figure in it: a speech verb anywhere after the day ("On Sunday, the
        # ministry released its summary") makes the day the statement's.
        day = said_day(before, periods, speech_dates(before, periods, [len(before)]))
        if (
            day is not None
            or not number
            or not _same_speaker(before, pending[number - 1][0])
        ):
            return day
        # "Zelensky noted Tuesday that … He claimed that … According to his
        # commander, …": a sentence that goes on with the statement, undated,
        # passes the day on from the one before it.
    return None


# "Ukraine has said it has taken …" after "Syrskyi said on Friday …": a
# sentence that opens on a statement in the perfect, of a subject not a
# pronoun, is of no day told before (not "He has said", nor a reported
# clause further on: "He added that the brigade has reported …").
_PERFECT_SAID = re.compile(
    r"^\W*(?!(?:he|she|it|they|we|i)\b)(?:[\w'\u2019-]+\s+){1,4}?(?:has|have)\s+"
    r"(?:also\s+)?(?:said|claimed|stated|announced|reported)\b",
    re.IGNORECASE,
)


def _named_in(who: str, earlier: str) -> bool:
    """True when the source `who` ("AFP's analysis", "Syrskyi") is named in the
    earlier sentence (its first word, without a possessive, spelt either way)."""
    word = re.split(r"['\u2019\s]", who, maxsplit=1)[0][:5].lower()
    return len(word) >= 3 and word in earlier.lower()


# "…, according to the Institute for the Study of War." closing a sentence: a
# source by name (not "according to the analysis", the report told before).
_NEW_SOURCE = re.compile(
    r",\s*[Aa]ccording\s+to\s+(?:the\s+)?(?P<who>[A-Z][^,;]*?)[.!]?\s*$"
)


# A sentence whose speaker is the one before's, told by a pronoun: "He claimed
# that …", "According to him, …", "…, she added" (not "Analysts said …").
_SAME_SPEAKER = re.compile(
    r"^\W*(?:he|she)\s+(?:also\s+|further\s+)?(?:said|says|claimed|claims|added|"
    r"adds|noted|notes|stressed|stated|explained|continued|went\s+on)\b"
    r"|\baccording\s+to\s+(?:him|her)\b"
    r"|,\s*(?:he|she)\s+(?:said|added|noted|claimed|stressed)\b",
    re.IGNORECASE,
)


_SPEAKER_SAYS = re.compile(
    r"\b([A-Z][\w'\u2019-]{3,})\s+(?:also\s+)?(?:said|says|claimed|claims|added|"
    r"noted|stressed|stated|explained|told|wrote|reported)\b"
)


def _same_speaker(sentence: str, earlier: str) -> bool:
    """True when `sentence` goes on with the statement of `earlier`: its speaker
    is a pronoun ("He claimed …") or a name the earlier sentence already gave
    ("Zelensky noted Tuesday … Zelenski claimed …", spelt either way)."""
    if _SAME_SPEAKER.search(sentence):
        return True
    if _OPEN_QUOTE.search(earlier):
        # 'Zelenskiy said: “Our heroes have liberated dozens of settlements. And
        # today …': the quotation the earlier sentence opened goes on
        return True
    named = _SPEAKER_SAYS.search(sentence)
    return named is not None and named[1][:5].lower() in earlier.lower()


# A quotation opened in the sentence and not closed in it.
_OPEN_QUOTE = re.compile(r"^[^\u201d]*\u201c[^\u201d]*$|^[^\"]*\"[^\"]*$")
_SINCE = re.compile(r"since|from", re.IGNORECASE)
_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.IGNORECASE)


def statement_periods(
    folded: str,
    following: str | None,
    periods: list[PeriodPhrase],
    figures: list[int],
    said_before: date | None,
    pending: list[tuple[str, date | None, Mapping[str, date]]],
    published: date | None,
    events: Mapping[str, date],
    to_yesterday: bool,
    last: str = "",
) -> tuple[list[PeriodPhrase], list[PeriodPhrase], date | None]:
    """A sentence's periods counted from the day its statement was made, the
    phrases that only date the statement, and that day (None if not told)."""
    spoken = speech_dates(folded, periods, figures)
    same = [p for p in spoken if _SAME_DAY.fullmatch(p.text)]
    anchor = said_day(folded, periods, [p for p in spoken if p not in same])
    # "…, analysts revealed on Monday. According to ISW, … within a week": the
    # day of the statement this sentence goes on with ends its spans too.
    carried = anchor is None
    anchor = anchor or carried_day(folded, said_before, pending, last)
    carried = carried and anchor is not None
    if carried and _names_later_day(periods, anchor):
        # "Ukraine confirmed it on August 12. As of September 6, 1,300 km2 …,
        # according to ISW": the sentence names a day after the one carried,
        # so it is no longer that statement (and September 6 is not last year's).
        anchor, carried = None, False
    anchor = anchor or said_day(folded, periods, same)
    if anchor is None and following and _OPEN_QUOTE.search(folded):
        # "“… until today, our soldiers have liberated 6,000 km2. …,” Zelenskyy
        # said on Monday, 12 September": the quote's day is told after it.
        later = find_periods(following, published, events)
        anchor = said_day(following, later, speech_dates(following, later, []))
    if anchor is not None and published is not None and anchor < published:
        # "Belousov said on May 31 that ... in 2024": 'so far' runs to May 31.
        # A named weekday stays the one before the published day ("by Sunday").
        # But "said on Friday … since Monday" counts back from the Friday.
        same = {
            (p.start_at, p.text): p
            for p in periods
            if _WEEKDAY_END.search(p.text) and not _SINCE.match(p.text)
        }
        periods = [
            same.get((p.start_at, p.text), p)
            for p in find_periods(folded, anchor, events, to_yesterday=to_yesterday)
        ]
        spoken = speech_dates(folded, periods, figures)
    if anchor is not None and (spoken or carried):
        periods = sorted(
            [*periods, *_spans_to(folded, anchor, periods)], key=lambda p: p.start_at
        )
    return periods, spoken, anchor


# A calendar day: "September 6", "6 September" (not "the past week").
_CALENDAR_DAY = re.compile(DAY_A, re.IGNORECASE)


def _names_later_day(periods: list[PeriodPhrase], carried: date) -> bool:
    """True when a calendar day the sentence names (its year read from the
    published day) is after the statement day carried from the sentence before."""
    return any(
        p.end is not None and p.end > carried and _CALENDAR_DAY.search(p.text)
        for p in periods
        if not p.so_far
    )


# "On 16 February, Kyiv said it had regained 63 km2 within five days": a span
# with no anchor of its own, which a statement day ends (LABELS: like "in the
# past five days" counted from that day). Without a day said, no period.
_SPAN = re.compile(
    r"\b(?:with)?in\s+(?:just\s+|only\s+|the\s+(?:space|course)\s+of\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>days?|weeks?)\b"
    r"(?!\s+(?:of|before|after|ago|earlier|later|from|since)\b)",
    re.IGNORECASE,
)


def _spans_to(
    folded: str, anchor: date, periods: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """Spans of N days or weeks that end on the statement day."""
    found = []
    for span in _SPAN.finditer(folded):
        if any(p.start_at < span.end() and span.start() < p.end_at for p in periods):
            continue
        # "within a week": one week
        count = 1.0 if span["n"].lower() in ("a", "an") else parse_number(span["n"])
        if count is None or not count.is_integer() or not 0 < count < 100:
            continue
        days = int(count) * (7 if span["unit"].lower().startswith("week") else 1)
        found.append(
            PeriodPhrase(
                span.start(),
                span.end(),
                span.group(0),
                anchor - timedelta(days=days - 1),
                anchor,
            )
        )
    return found
