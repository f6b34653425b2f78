"""Which of a sentence's period phrases stand in a figure's own clause.

Split from `timing` (which borrows periods from elsewhere when a figure has
none) so that each stays readable: this module only draws the clause's
bounds — where the figure's predicate ends, a comparison or a list begins, an
adverbial clause with its own figure stands apart, a span restates the
operation beside it — and says which phrases fall inside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from frontline.extract import cues
from frontline.extract.date_words import LAUNCHING
from frontline.extract.dates import PeriodPhrase
from frontline.extract.figure import Sentence
from frontline.extract.period_events import other_event
from frontline.extract.period_launch import counted_from_launch, operation_dated
from frontline.extract.share_whole import whole_gain_clause

# Punctuation that closes a clause, and a digit (a figure of the clause's own).
_CLAUSE_BREAK = re.compile(r"[,;:]")
_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_DIGIT = re.compile(r"\d")

_PARTICIPLE = re.compile(r"\s*(?:which\s+was\s+|that\s+was\s+)?[a-z]+(?:ed|en)\b", re.I)
# A list or aside after the figure: its dates are of what it lists.
_INCLUDING = re.compile(
    r"\b(?:including|such\s+as|among\s+them|not\s+counting|excluding)\b", re.I
)
# What the figure is compared with: "holds 400 km2, down from a peak of 1,300
# in August". The words after it, and their period, are the other figure's,
# whether or not that figure carries a unit of its own.
_COMPARED = re.compile(
    r"(?:,|\s-|\u2014|\u2013)\s*(?:(?:up|down)\s+from|compared\s+(?:to|with)|versus|vs\.?)\s"
    r"|\s(?:compared\s+(?:to|with)|as\s+against|versus|vs\.)\s",
    re.IGNORECASE,
)
_SET_OFF_COMPARISON = re.compile(
    # "…, far less than they seized in 2022", "…, a fraction of what it took in
    # 2022", "…, six times what they took in 2023": set off after the figure
    r",\s*(?:(?:far|much|well|slightly|about|roughly|nearly|almost|some|just|only)\s+)?"
    r"(?:(?:more|less|fewer|greater|smaller|higher|lower|bigger)\s+than\s+(?!in\b|during\b|over\b|\d)"
    r"|(?:a\s+fraction|half|a\s+third|a\s+quarter|double|twice|triple|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:of\s+)?what\b)"
    # (an aside closed before the figure's own period is no comparison's end:
    # "500 km2, more than they had ever taken, in November")
    r"(?![^,;]*,\s*(?:in|during|over|throughout|since|last|this)\b)",
    re.IGNORECASE,
)
# "shrank to 800 km2 from 1,376 in August": a level reached, then the level it
# came from, whose period is its own.
_LEVEL_TO = re.compile(
    r"\bto\s+(?:(?:about|around|roughly|approximately|some|nearly|almost|"
    r"just\s+(?:over|under)|less\s+than|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_FROM_EARLIER = re.compile(
    r",?\s+from\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?of\s+)?(?:about\s+|some\s+)?\d",
    re.IGNORECASE,
)

# "lost 600 km2 of the Kursk region it had seized in August 2024", "won back
# 500 km2 of the land that Ukrainian forces seized in August": a relative
# clause on the noun the figure measures tells an earlier event, whose period
# is its own, not the figure's.
_OF_RELATIVE = re.compile(
    r"\s*(?:\([^)]*\)\s*)?of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[a-z'-]+\s+){0,4}?"
    r"(?P<rel>(?:that|which|it|they|we)\s+(?:[a-z'-]+\s+){0,2}?(?:had\s+|has\s+|have\s+)?"
    r"(?:[a-z]+ed|took|won|seized|held|taken|captured|lost)\b)",
    re.IGNORECASE,
)
# "was 130 km2 in three weeks of counter-offensive": a span told only by its
# length, with no day to count from; the figure's period is that unanchored
# span, so not the period of the sentence before.
_LENGTH_ONLY = re.compile(
    r"\b(?:in|over|within)\s+(?:just\s+|only\s+)?(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+few|several)\s+(?:days|weeks|months)\s+of\b",
    re.IGNORECASE,
)


def own_length(folded: str, low: int) -> bool:
    """True when the words of `folded` from `low` on name a span of their own
    by its length only. Where such spans stand is found once per sentence, not
    once per figure: a sentence of many figures would search its rest for each."""
    if _LENGTHS[0] is not folded:
        starts, found = [], _LENGTH_ONLY.search(folded)
        while found:
            starts.append(found.start())
            found = _LENGTH_ONLY.search(folded, found.start() + 1)
        _LENGTHS[:] = [folded, starts]
    starts = _LENGTHS[1]
    return bool(starts) and starts[-1] >= low


# The sentence last asked about and where its spans told by length start.
_LENGTHS: list = [None, []]


# A second thing reported after the figure: its dates are its own.
_AND_THAT = re.compile(r",?\s+and\s+that\s", re.IGNORECASE)


# An adverbial clause after the figure that tells another event: "…, after
# reporting gains in the east over the weekend", "days after Moscow announced
# the capture of Avdiivka in February", "before Russian troops broke through
# earlier this month". A subordinator followed by a verb (a gerund, or a
# subject and a past tense) opens it; its time words date that event.
_EVENT_CLAUSE = re.compile(
    # (not "after launching its attack on Aug. 6": the start of the figure's
    # own total, `timing` decides)
    rf"\s(?:after|before)\s+(?!{LAUNCHING}\b)[a-z]{{3,}}ing\b"
    r"|(?:,\s*(?:(?:just|shortly|soon|only|days|hours|weeks|a\s+day|a\s+week)\s+)?"
    r"|\s(?:just|shortly|soon|days|hours|weeks)\s+)"
    r"(?:after|before|while|as)\s+"
    r"(?:[a-z]{3,}ing\b|(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:had\s+|has\s+|have\s+|was\s+|were\s+)?"
    r"(?:[a-z]{3,}ed|broke|took|began|won|said|made|fell|saw|gave|struck|hit)\b)"
    # "…, pushing the occupied share up by 0.9 points for the year": a result
    # told of another measure, with a period of its own
    r"|,\s*(?:pushing|raising|lifting)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:share|percentage|proportion)\b"
    # "…, most of the Ukrainian gains coming in the south during the summer":
    # where and when parts of the figures came
    r"|,\s*(?:most|much|the\s+bulk)\s+of\s+(?:(?:the\s+)?[\w'\u2019-]+\s+"
    r"(?:gains|advances|losses)\s+(?:coming|came|were|was|made)|(?:it|them)\s+"
    r"(?:during|in|came|coming)\b)",
    re.IGNORECASE,
)


def event_clause_at(folded: str, end: int, high: int) -> int | None:
    """Where an adverbial clause of another event opens after the figure
    ("…, before Russian troops broke through"), if one does."""
    found = _EVENT_CLAUSE.search(folded, end, high)
    return found.start() if found else None


# The start of an incursion or an offensive, dated in its own verb phrase and
# joined to the gain that followed it: "stormed into Russia last August and
# seized 1,400 km2", "launched a counteroffensive in September and liberated
# 6,000", "pushed into Kursk in August 2024, seizing 1,300". The date is the
# launch's; the land taken after it has no period of its own (LABELS: "gained
# … following the incursion last month" is undated).
_LAUNCH_VERB = re.compile(
    r"\b(?:launch(?:ed|es)?|storm(?:ed|s)?|cross(?:ed|es)?|invad(?:ed|es)|"
    r"push(?:ed|es)\s+(?:in|into|across)|broke\s+(?:through|into)|"
    r"(?:burst|swept|poured|stormed|charged|rolled)\s+(?:in|into|across)|"
    r"enter(?:ed|s)|began|started|opened)\b[^.;]*$",
    re.IGNORECASE,
)
_THEN_GAIN = re.compile(
    r"[^.;:]{0,40}?(?:,\s*|\s+and\s+(?:(?:then|later|quickly|soon|went\s+on\s+to"
    r"|reportedly|allegedly|also|eventually|subsequently)\s+)*)"
    r"(?:[a-z]+ing|[a-z]+ed|took|take|won|retook|seized|captured)\b[^.;]*$",
    re.IGNORECASE,
)


def _launch_dated(folded: str, p: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when phrase `p`, before the figure, dates the launch of an
    incursion or offensive in a verb phrase joined to the figure's gain."""
    if p.end_at > span[0] or "since" in folded[p.end_at : span[0]]:
        return False
    if not _after_launch(folded, p.start_at):
        return False
    return bool(_THEN_GAIN.fullmatch(folded, p.end_at, span[0]))


@lru_cache(maxsize=1024)
def _after_launch(folded: str, start_at: int) -> bool:
    """True when a verb of launching, in the same clause, comes just before a
    phrase starting at `start_at`. Each figure of a sentence asks this of every
    phrase before it: kept, so that a sentence of many figures asks it once."""
    head = folded[max(0, start_at - 80) : start_at]
    launch = _LAUNCH_VERB.search(head)
    return launch is not None and not _CLAUSE_BREAK.search(head, launch.start())


# "Russian forces, having seized Kurakhove in January, captured …", "Having
# taken Avdiivka in February, Moscow's army seized …", "While Russia has taken
# one town since February, it has captured …": a participial or concessive
# clause set off before the figure tells another event, whose time is its own.
# (A "while" clause is set off only when it opens the sentence: ", while the
# area occupied since January 1 totals 2,660 km2" is the figure's own clause.)
_ASIDE_OPEN = re.compile(
    r"(?:(?:^|[,;(\u2014])\s*(?:having|after|upon|following|despite)"
    r"|^\W*(?:while|whilst|although|though|whereas))\s+[a-z]+\b[^,;()\u2014\d]*$",
    re.IGNORECASE,
)


def _participial_aside(folded: str, p: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when phrase `p` stands in a participial clause that closes, with a
    comma, before the figure."""
    if p.end_at > span[0] or not _in_aside(folded, p.start_at):
        return False
    between = folded[p.end_at : span[0]]
    return "," in between and not _DIGIT.search(between)


@lru_cache(maxsize=1024)
def _in_aside(folded: str, start_at: int) -> bool:
    """True when a participial or concessive clause is open at `start_at`
    (kept for the sentence's other figures, as `_after_launch`)."""
    low = max(0, start_at - 120)
    opened = _ASIDE_OPEN.search(folded[low:start_at])
    return opened is not None and not (
        low > 0 and opened.start() == 0 and folded[low] not in ",;(\u2014"
    )


def clause_phrases(
    sentence: Sentence,
    span: tuple[int, int],
    low: int,
    high: int,
    phrases: list[PeriodPhrase],
) -> tuple[list[PeriodPhrase], list[PeriodPhrase]]:
    """The sentence's phrases without those of a list after the figure, and
    the figure's own: those of its clause up to where its predicate ends or a
    comparison, a second report or a list begins."""
    cut = cues.predicate_end(sentence.folded, span[1], high)
    compared = _COMPARED.search(
        sentence.folded, span[1], cut
    ) or _SET_OFF_COMPARISON.search(sentence.folded, span[1], cut)
    if compared is None and _LEVEL_TO.search(
        sentence.folded, max(0, span[0] - 40), span[0]
    ):
        compared = _FROM_EARLIER.search(sentence.folded, span[1], cut)
    if compared:
        cut = compared.start()
    reported = _AND_THAT.search(sentence.folded, span[1], cut)
    if reported:  # "… had taken 31 km2, and that Ukraine had lost 1,500 men in a day"
        cut = reported.start()
    listed = _INCLUDING.search(sentence.folded, span[1], cut)
    if listed:  # "113,000 km2, including Crimea and parts of Donbas seized in 2014"
        comma = sentence.folded.find(",", listed.end(), cut)
        if comma >= 0 and _PARTICIPLE.match(sentence.folded, comma + 1):
            # "including Crimea, annexed in 2014": the participle is the list's
            comma = sentence.folded.find(",", comma + 1, cut)
        aside = (listed.start(), comma if comma >= 0 else cut)
        phrases = [p for p in phrases if not aside[0] <= p.start_at < aside[1]]
    related = _OF_RELATIVE.match(sentence.folded, span[1], cut)
    if related and whole_gain_clause(sentence.folded, *span):
        related = None  # "40% of the 984 km2 of Kursk they seized in August"
    if related:  # "600 km2 of the Kursk region it had seized in August 2024"
        cut = related.start("rel")
    event = _EVENT_CLAUSE.search(sentence.folded, span[1], cut)
    if event:  # "… retook 90 km2, after reporting gains over the weekend"
        cut = event.start()
    launches = [p for p in phrases if _launch_dated(sentence.folded, p, span)]
    told_apart = other_event(sentence.folded, span, cut)
    phrases = [
        p
        for p in phrases
        if p not in launches
        and not _participial_aside(sentence.folded, p, span)
        # "the counteroffensive in the summer of 2023 allowed Kyiv to recapture"
        and not operation_dated(sentence.folded, p, span)
        and not told_apart(p)
    ]
    own = _nearer(
        sentence.folded,
        span,
        [
            p
            for p in phrases
            if low <= p.start_at < cut
            and not _dates_when_figure(sentence, p, span)
            and not _labels_number(sentence.folded, p, span)
        ],
    )
    if not own:
        # "…, a slower pace than in August, when they took 480": the figure of
        # the 'when' clause takes the period the clause follows.
        own = [p for p in phrases if _when_clause_of(sentence.folded, p, span)]
    # "crossed the border on Aug. 6 and seized 1,000 km2 in under two weeks"
    own = counted_from_launch(own, launches, sentence.folded, cut)
    return phrases, own


# "210 km2, a slower pace than in August, when they took 480": the period a
# 'when' clause follows is the figure's inside that clause.
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b(?:[^;.,]|[.,](?=\d))*", re.IGNORECASE)


# "In June they took 556 km2, in July 634 and in August 464": a period right
# before a bare number is that number's label, not the figure before it.
_BARE_NUMBER = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|over\s+)?\d")


def _labels_number(folded: str, phrase: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when `phrase`, after the figure at `span`, labels a bare number."""
    return phrase.start_at >= span[1] and bool(
        _BARE_NUMBER.match(folded, phrase.end_at)
    )


def _when_clause_of(folded: str, phrase: PeriodPhrase, span: tuple[int, int]) -> bool:
    """True when `phrase` is followed by the 'when' clause the figure is in."""
    when = (
        _WHEN_AFTER.match(folded, phrase.end_at) if phrase.end_at <= span[0] else None
    )
    return when is not None and when.start() <= span[0] < when.end()


def _dates_when_figure(
    sentence: Sentence, phrase: PeriodPhrase, span: tuple[int, int]
) -> bool:
    """True when `phrase`, after the figure at `span`, opens a 'when' clause
    that holds another figure of the sentence."""
    if phrase.start_at < span[1]:
        return False
    when = _WHEN_AFTER.match(sentence.folded, phrase.end_at)
    return when is not None and any(
        when.start() <= start < when.end() for start, _ in sentence.spans
    )


# "the 60,000 km2 seized in the first year of the war in 2022": a participle
# right after the figure, whose period is the figure's whatever else the
# sentence dates ("While the gain in 2025 exceeds the previous two years, …").
# So is a bare relative clause on it ("the 12,000 km2 it liberated in late
# 2022", "the 4,000 that Russian troops had seized in early 2024").
_PARTICIPLE_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:that|which)\s+)?"
    r"(?:(?!(?:and|but|while|in|on|of|near|since|over|during)\b)[\w'\u2019-]+\s+){0,3}?"
    r"(?:had\s+|has\s+|have\s+)?"
    r"(?:seized|taken|took|captured|gained|lost|occupied|liberated|freed|conquered|"
    r"retaken|retook|recaptured|won|grabbed|regained|overran|overrun)\b[^,;()]{0,60}$",
    re.IGNORECASE,
)


def own_participle(sentence: Sentence, span: tuple[int, int], p: PeriodPhrase) -> bool:
    """True when `p` dates the participle that follows the figure."""
    return p.start_at >= span[1] and bool(
        _PARTICIPLE_AFTER.fullmatch(sentence.folded, span[1], p.start_at)
    )


def _nearer(
    folded: str, span: tuple[int, int], phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """ "In December, Russia gained 593 km2; in January it gained 326": a phrase
    past a strong break from the figure is another statement's, when a phrase
    on the figure's side of every break is there to take."""
    near = [
        p
        for p in phrases
        if not cues.STRONG_SEPARATOR.search(
            folded[span[1] : p.start_at]
            if p.start_at >= span[1]
            else folded[p.end_at : span[0]]
        )
    ]
    return near or phrases


def opens_sentence(folded: str, phrases: list[PeriodPhrase]) -> bool:
    """True when the period phrases open the sentence ("Since January, …")."""
    return bool(phrases) and all(
        not folded[: p.start_at].strip(" \t\n\"'\u201c") for p in phrases
    )


HAVING_HELD = re.compile(
    r"\bhaving\s+(?:once\s+)?(?:occupied|controlled|held)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def shared_period(
    sentence: Sentence, number: int, phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """ "223 km2 in Sumy and 175 km2 in Dnipropetrovsk in 2025": a period that
    closes a plain list of figures is every listed figure's."""
    if not phrases:
        return []
    low = sentence.clauses[number][0]
    if HAVING_HELD.search(sentence.folded, low, sentence.spans[number][0]):
        return []  # "Having held 1,376 km2, they now hold 800": a state before
    # "12 km2, 8 km2 and 5 km2 near three villages in 2024": down the list.
    for index in range(number + 1, min(len(sentence.clauses), number + 9)):
        end = sentence.spans[index - 1][1]
        following = sentence.spans[index][0]
        if cues.STRONG_SEPARATOR.search(
            sentence.folded, end, following
        ) and not cues.shares_predicate(sentence.folded, end, following):
            return []
        if (
            _COMPARED.search(sentence.folded, end, following)
            or _FROM_EARLIER.match(sentence.folded, end)
            # "retook 30 km2 after Russia had seized 12 in October": an
            # adverbial clause with a figure of its own, not a list
            or _SUBORDINATOR.search(sentence.folded, end, following)
            # "reached 204 km2, an increase of 12 over the week": the rise's
            # period, not the total's
            or _RISE_OF.match(sentence.folded, end, following)
            # "reclaimed 1,100 km2, with 259 km2 liberated in the last five
            # days": a part told with its own period, not a list
            or _PART_TOLD.search(sentence.folded, end, following)
        ):
            return []  # "shrank to 800 km2 from 1,376 in August": no list
        low, high = sentence.clauses[index]
        found = [p for p in phrases if low <= p.start_at < high]
        if found:
            dated = [p for p in found if p.start and p.end]
            return dated if len(dated) == 1 else []
    return []


_PART_TOLD = re.compile(
    r"(?:,|\s)\s*(?:with|including|of\s+which|among\s+(?:them|which))\s", re.IGNORECASE
)
# "…, an increase of 12", "…, a rise of 25", "…, up 95": what the figure
# before grew by, set beside it.
_RISE_OF = re.compile(
    r"\s*(?:,|\u2014|\u2013|\s-)\s*"
    r"(?:(?:an?\s+)?(?:increase|rise|growth|jump)\s+(?:of|by)|up)\s",
    re.IGNORECASE,
)


# Words that open an adverbial clause of time or contrast: what it dates is
# its own event ("after losing 5 km2 in August", "having lost 12 in October",
# "compared with the 45 km2 Ukraine retook in September").
_SUBORDINATOR = re.compile(
    r"\b(?:after|having|before|following|prior\s+to|unlike|compared\s+(?:to|with))\b",
    re.IGNORECASE,
)

# (after at most a fronted phrase and a source: "According to analysts, in the
# Pokrovsk sector, after losing …")
_OPENING_SUBORDINATE = re.compile(
    r"\W*" + cues.SOURCE_FIRST + r"(?:[^,;]{0,60},\s*)?" + _SUBORDINATOR.pattern,
    re.IGNORECASE,
)


def subordinate(sentence: Sentence, index: int) -> bool:
    """True when figure `index` stands in a fronted adverbial clause ("After
    Ukraine retook 45 km2 in September, Russian forces seized 160"): a
    subordinator opens its clause, or the sentence, before the figure."""
    if index < 0:
        return False
    low = sentence.clauses[index][0]
    start = sentence.spans[index][0]
    head = sentence.folded[low:start]
    if _SUBORDINATOR.match(head.lstrip(" ,;")):
        return True
    # "In the Pokrovsk sector, after losing five km2 in August, …": the
    # clause opens the sentence, after at most a fronted phrase
    found = _OPENING_SUBORDINATE.match(sentence.folded, 0, start)
    return found is not None and not _COMMA_OR_SEMICOLON.search(
        sentence.folded, found.end(), start
    )


# Only punctuation between two phrases: the second restates the first.
_APPOSED = re.compile(r"\s*(?:,|\(|\u2014|\u2013|\s-)\s*")


def dated_apposition(folded: str, own: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """ "during the counteroffensive, from June 4 to July 2": a span set beside
    an operation that names no days gives the operation's days, so the
    operation's phrase no longer leaves the figure undated; and "the previous
    year—April 2023 to March 2024—": dates with a year set out right after a
    relative phrase are the period it means."""
    dated = [p for p in own if p.start and p.end]
    return [
        p
        for p in own
        if not (
            p.sets_start
            and not (p.start or p.end)
            and any(
                _APPOSED.fullmatch(folded, p.end_at, d.start_at)
                or _APPOSED.fullmatch(folded, d.end_at, p.start_at)
                for d in dated
            )
        )
        and not (
            _RELATIVE_WORD.search(p.text)
            and any(
                d is not p
                and _A_YEAR.search(d.text)
                and _APPOSED.fullmatch(folded, p.end_at, d.start_at)
                for d in dated
            )
        )
    ]


_RELATIVE_WORD = re.compile(
    r"\b(?:previous|last|past|this|that|same|preceding)\b", re.I
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# "500 square miles changed hands this year - Russia gained 331 of them": right
# after the figure, the words that make it a part of the one before.
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)


def whole_period(
    sentence: Sentence, number: int, phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """ "500 square miles have changed hands this year - Russia gained 331 of
    them": a part of a figure that is no record of its own takes the one span
    dated in that figure's clause."""
    if number < 1:
        return []
    # "500 square miles have changed hands this year …: Russia has gained 331
    # and Ukraine 143": the parts told after a colon
    colon = (
        ":"
        in sentence.folded[sentence.spans[number - 1][1] : sentence.spans[number][0]]
    )
    if not colon and not _PART_AFTER.match(sentence.folded, sentence.spans[number][1]):
        return []
    low, high = sentence.clauses[number - 1]
    dated = [p for p in phrases if low <= p.start_at < high and p.start and p.end]
    return dated if len(dated) == 1 else []


# "505 km2 in November, up from 461 km2 in October, while Ukraine regained 23":
# the figure before is a comparison's baseline, so a clause after it with no
# period of its own shares the period of the figure the baseline is set against.
_BASELINE = re.compile(
    r"(?:,\s*|\s+)(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\b"
    r"|\bversus\b|\bvs\b",
    re.IGNORECASE,
)


def compared_period(
    sentence: Sentence, number: int, phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """The periods of the figure two back when the one just before is set
    against it as a baseline; [] otherwise."""
    if number < 2:
        return []
    if not _BASELINE.search(
        sentence.folded, sentence.spans[number - 2][1], sentence.spans[number - 1][0]
    ):
        return []
    low, high = sentence.clauses[number - 2]
    return [p for p in phrases if low <= p.start_at < high and p.start and p.end]


def retaken(sentence: Sentence, number: int, span: tuple[int, int]) -> bool:
    """True when a side named after the figure before takes land back at this
    one ("seized 1,300 km2 in August, but Russia has recaptured 900"): a later
    event, whose period is not the first figure's."""
    since = sentence.spans[number - 1][1] if number else 0
    low = sentence.clauses[number][0]
    return any(since <= m.start < span[0] for m in sentence.actors) and bool(
        _HAVE_RETAKEN.search(sentence.folded, low, span[0])
    )


# A perfect: "have now recaptured" is told from today; "while the Ukrainians
# reclaimed 79 km2" is the same month's other side.
_HAVE_RETAKEN = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:recaptured|retaken|won\s+back|"
    r"taken\s+back|reclaimed|wrested\s+back)\b",
    re.IGNORECASE,
)
