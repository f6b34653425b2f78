"""One sentence -> its candidates and its figures that are no record.

The periods of the sentence are found and sorted (the day it was said, asides,
events, other gains), each figure is checked for a rate, a size, a difference,
a restatement or a comparison, and the rest are read field by field by
`reading.read_figure` within their own clauses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from frontline.extract import cues, measures, trap_shapes
from frontline.extract.achieved import achieved_gain
from frontline.extract.actors import (
    RegionMention,
    SourceMention,
    find_actors,
    find_sources,
    speaker_of,
)
from frontline.extract.asides import (
    in_aside,
    outside_asides,
    when_periods,
)
from frontline.extract.building import candidate_of, remember, resolved_regions
from frontline.extract.clauses import SentenceFigure, continuations, stretches
from frontline.extract.comparison import compared_to_same_period
from frontline.extract.dates import (
    PeriodPhrase,
    data_to_yesterday,
    find_periods,
)
from frontline.extract.figure import Context, Reading, Sentence
from frontline.extract.literals import gated
from frontline.extract.net import net_side
from frontline.extract.numbers import (
    find_areas,
)
from frontline.extract.others import other_figures
from frontline.extract.ranges import from_low_end
from frontline.extract.reading import read_figure
from frontline.extract.region_inherited import NO_PLACE_HELD, NOT_NAMED
from frontline.extract.remaining import occupied_total, remaining_held, total_held
from frontline.extract.restated import Restated, named_again, quoted_next
from frontline.extract.results import (
    Candidate,
    NotRecorded,
)
from frontline.extract.share_whole import read_as_whole_gain
from frontline.extract.speakers import enemy_voice
from frontline.extract.speech import (
    event_time,
    other_gains_time,
    statement_periods,
)
from frontline.extract.text import (
    DATED_LOOK,
    unit_hint,
)
from frontline.extract.text import Sentence as TextSentence
from frontline.extract.timing import (
    complete_period,
    since_then,
)
from frontline.extract.unheld import unheld_side


def read_sentence(
    sentence: TextSentence,
    following: str | None,
    regions: list[RegionMention],
    published: date | None,
    events: Mapping[str, date],
    context: Context,
    source_override: str | None,
    url: str | None,
) -> tuple[list[Candidate], list[NotRecorded]]:
    """The candidates of one sentence and the figures in it that are no record.

    `context` carries what earlier sentences of the article said (side, place,
    speaker, period) and is updated with this one's, because a later sentence
    often leans on it ("In the same period, it took 30 km2 more").
    """
    folded = sentence.folded
    regions = resolved_regions(regions, context)
    if not unit_hint(sentence):
        return _without_area(sentence, regions, published, events, context)
    to_yesterday = data_to_yesterday(folded)
    periods = find_periods(folded, published, events, to_yesterday=to_yesterday)
    figures = continuations(folded, find_areas(folded), periods)
    # "1,609 sq mi in 2024, according to ISW, or about 4,168 km2": one figure
    # told twice; the km2 one is kept (LABELS). Within 2%: a converted figure
    # is rounded, and no two different figures of a sentence come that close.
    kms = [f.area.km2 for f in figures if f.area.unit == "km2"]
    figures = [
        f
        for f in figures
        if f.area.unit != "mi2" or not any(abs(f.area.km2 - k) <= 0.02 * k for k in kms)
    ]
    starts = [f.area.start for f in figures]
    # "Ukraine, whose troops entered Russia on August 6, said on Sunday …": the
    # aside's day is neither the figure's nor the day of the statement.
    periods = [p for p in periods if not _in_relative_aside(folded, p, starts)]
    periods, spoken, anchor = statement_periods(
        folded, following, periods, starts, context.said_on, context.pending,
        published, events, to_yesterday, context.last_sentence,
    )  # fmt: skip
    context.said_on = anchor
    periods = since_then(periods, context)
    periods = [
        p
        for p in periods
        if p not in spoken
        and not event_time(folded, p)
        and (not other_gains_time(folded, p, starts) or _own_passive(folded, p, starts))
    ]
    periods = outside_asides(folded, periods, starts)
    periods = when_periods(folded, periods, starts, published, events)
    kept, not_recorded, periods = _figures_to_read(
        sentence, figures, periods, following
    )
    sources = find_sources(folded)
    speaker = (
        speaker_of(folded)
        or context.speaker
        or (speaker_of(following) if following else None)
        or enemy_voice(folded, f"{context.last_sentence} {following or ''}")
    )
    words = Sentence(
        folded,
        periods,
        find_actors(folded),
        regions,
        sources,
        stretches(
            folded,
            [replace(f, area=from_low_end(folded, f.area)) for f in kept],
            periods,
            sentence.text,
        ),
        [(f.area.start, f.area.end) for f in kept],
        speaker,
        next((p.text for p in spoken if p.start != p.end), ""),
        sentence.opener,
    )
    # A holding with no day of its own is held on the day it was said.
    said = (
        anchor if anchor is not None and published and anchor < published else published
    )
    candidates: list[Candidate] = []
    candidate_at: dict[int, Candidate] = {}  # each figure's candidate, by its start
    read: list[SentenceFigure] = []  # the figure of each candidate, in order
    readings: list[Reading] = []
    previous: Reading | None = None
    skipped = ""
    for number, figure in enumerate(kept):
        span = (from_low_end(folded, figure.area).start, figure.area.end)
        reading = read_figure(words, number, span, context, previous, said)
        read_as_whole_gain(reading, folded, figure.area, words.actors)
        low = words.clauses[number][0]
        if skipped and _OF_WHICH.match(folded[low : figure.area.start]):
            reading.not_recorded = skipped  # "…, of which 14,000 km2 are water"
        skipped = reading.not_recorded
        if reading.not_recorded:
            not_recorded.append(
                NotRecorded(
                    sentence.text, figure.area.text.strip(), reading.not_recorded
                )
            )
            continue
        clause = folded[slice(*words.clauses[number])]
        occupied_total(reading, figure.area.km2, said, words.stated, clause)
        net_side(
            reading, figure.area.km2, folded[low : figure.area.start], context.recent
        )
        unheld_side(reading, folded, figure.area.end)
        achieved_gain(reading, folded[low : figure.area.start])
        remaining_held(reading, folded, figure.area.end, said)
        total_held(reading, folded[low : figure.area.start], figure.area.km2)
        again = named_again(folded, figure.area, context.recent)
        context.recent = [*context.recent[-3:], (reading.actor, figure.area.km2)]
        previous = reading
        readings.append(reading)
        if again:
            not_recorded.append(NotRecorded(sentence.text, *again))
            continue
        candidates.append(
            candidate_of(
                sentence.text, figure, reading, published, source_override, url
            )
        )
        candidate_at[figure.area.start] = candidates[-1]
        read.append(figure)
    candidates = [
        _placed_as_whole(c, candidate_at.get(f.whole_at) if f.whole_at else None)
        for f, c in zip(read, candidates, strict=True)
    ]
    # Figures that are not areas, and words of this sentence later ones may need.
    taken = [(figure.area.start, figure.area.end) for figure in figures]
    taken += [(phrase.start_at, phrase.end_at) for phrase in periods]
    not_recorded.extend(other_figures(sentence.text, folded, taken))
    _carry_on(context, readings, periods, speaker, regions, sources, folded)
    return candidates, not_recorded


def _placed_as_whole(candidate: Candidate, whole: Candidate | None) -> Candidate:
    """A part with no place of its own ("800 of the 1,200 km2 captured … in
    Kursk") lies where its `whole` does."""
    unplaced = [p for p in candidate.problems if p in (NOT_NAMED, NO_PLACE_HELD)]
    if not unplaced or whole is None or whole.region in ("", "ukraine", "russia"):
        return candidate
    return replace(
        candidate,
        region=whole.region,
        problems=[p for p in candidate.problems if p not in unplaced],
        why=f"{candidate.why}; region as the whole it is part of",
    )


# "460 km2 of Ukrainian territory were captured in October": a finite passive
# whose subject is the figure itself (no relative word or break between them)
# tells the figure's own event, not gains of another time.
_FINITE_PASSIVE = re.compile(r"\b(?:was|were)\s+[a-z]+(?:ed|en)\s+$", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"[,;:()]|\b(?:that|which|who|while|adding)\b", re.I)


def _own_passive(folded: str, phrase: PeriodPhrase, starts: list[int]) -> bool:
    """True when the phrase dates the figure's own passive ("… were captured")."""
    before = [s for s in starts if s < phrase.start_at]
    if not before:
        return False
    between = folded[max(before) : phrase.start_at].lstrip("0123456789.,")
    return bool(_FINITE_PASSIVE.search(between)) and not _SUBJECT_BREAK.search(between)


def _without_area(
    sentence: TextSentence,
    regions: list[RegionMention],
    published: date | None,
    events: Mapping[str, date],
    context: Context,
) -> tuple[list[Candidate], list[NotRecorded]]:
    """A sentence with no area unit: nothing to read but the numbers that are
    not areas, and what later sentences may need from it (a speaker, a place,
    a data source, and the period it names, read only if a later figure asks)."""
    folded = sentence.folded
    if DATED_LOOK.search(sentence.lowered):
        context.pending = [*context.pending[-2:], (folded, published, events)]
    context.speaker = speaker_of(folded) or context.speaker
    context.said_on = None  # the statement now is this sentence's
    if context.periods_back >= 0:  # a figure's period, one more sentence back
        context.periods_back += 1
    sources = find_sources(folded) if _DATA_HINT.search(folded) else []
    remember(context, [], regions, sources, folded)
    context.named_side = folded
    taken = [span.span() for span in _TIME_SPAN.finditer(folded)]
    return [], other_figures(sentence.text, folded, taken)


def _figures_to_read(
    sentence: TextSentence,
    figures: list[SentenceFigure],
    periods: list[PeriodPhrase],
    following: str | None = None,
) -> tuple[list[SentenceFigure], list[NotRecorded], list[PeriodPhrase]]:
    """The figures that may be records, and those that are not (a rate, a size,
    a difference, a restatement, a comparison); a comparison's days are taken
    out of the periods the other figures read."""
    folded = sentence.folded
    not_recorded: list[NotRecorded] = []
    kept: list[SentenceFigure] = []
    previous_end = last_size = last_rate = 0
    told = Restated(folded)
    for index, figure in enumerate(figures):
        area = figure.area
        after = folded[area.end : area.end + cues.AFTER_WIDTH]
        next_start = (
            figures[index + 1].area.start if index + 1 < len(figures) else len(folded)
        )
        # The words back to the figure before: a dense list reads in linear time.
        near = cues.window(
            folded, area.start, max(0, min(100, area.start - previous_end))
        )
        previous_end = area.end
        rate = measures.RATE_AFTER.match(after)
        if (
            rate
            or measures.RATE_BEFORE.search(near)
            or trap_shapes.is_rate(folded, area.start, area.end, near, last_rate)
            # "averaged 16 km2 a day, down from 19 km2 in August": the same rate
            or (
                last_rate
                and measures.RATE_COMPARED.fullmatch(folded, last_rate, area.start)
            )
        ):
            last_rate = area.end + (rate.end() if rate else 0)
            words = sentence.text[area.start : last_rate]
            not_recorded.append(NotRecorded(sentence.text, words.strip(), "rate"))
            continue
        what = ""
        if (
            figure.place_size
            or measures.is_size(near, area.km2)
            or (last_size and measures.SIZE_LISTED.match(folded, last_size, area.start))
        ):
            what = "size"
        elif measures.is_ratio(folded, area.start, area.end, area.km2):
            what = "ratio"
        elif cues.is_difference(folded, area.start, area.end):
            what = "difference"
        elif trap := trap_shapes.trap_kind(
            folded, area.start, area.end, near, next_start
        ):
            what = trap
        elif told.repeats(area) or quoted_next(folded, area, following):
            what = "restated"
        elif (
            same := cues.SAME_PERIOD_BEFORE.match(
                folded, area.end, min(next_start, area.end + 120)
            )
        ) and not compared_to_same_period(folded, area.end, same.end(), periods):
            what = "comparison"
            # Its days are the baseline's: no other figure of the sentence takes them.
            periods = [p for p in periods if not area.end <= p.start_at < same.end()]
        last_size = area.end if what == "size" else 0
        if what:
            text = sentence.text[area.start : area.end].strip()
            not_recorded.append(NotRecorded(sentence.text, text, what))
            continue
        kept.append(figure)
        told.add(area)
    return kept, not_recorded, periods


def _carry_on(
    context: Context,
    readings: list[Reading],
    periods: list[PeriodPhrase],
    speaker: tuple[str, str] | None,
    regions: list[RegionMention],
    sources: list[SourceMention],
    folded: str,
) -> None:
    """What this sentence leaves for the next: its period, speaker, last dates,
    side, place and data source."""
    context.pending, context.announced = [], False
    if readings and readings[0].periods:
        context.periods = list(readings[0].periods)
        context.period_words = " + ".join(p.text for p in readings[0].periods)
        context.periods_back = 0
    elif not readings and complete_period(periods):
        context.periods = complete_period(periods)
        context.period_words = context.periods[0].text
        context.periods_back = -1
    elif context.periods_back >= 0:  # a figure's period, one more sentence back
        context.periods_back += 1
    context.speaker = speaker
    dated = [(r.start, r.end) for r in readings if r.start and r.end]
    context.last_dates = dated[-1] if dated else context.last_dates
    remember(context, readings, regions, sources, folded)
    if not readings:
        # "… the Armed Forces advanced 36.5 km deep in Kherson direction.": a
        # sentence whose only figures are no areas names a side for the next,
        # as one with no figure does.
        context.named_side = folded


_OF_WHICH = re.compile(r"^\W*(?:of\s+which|out\s+of\s+which|of\s+them)\b", re.I)
# Words that a data source's name needs, and the spans of time ("the past 24
# hours") whose numbers are no count, in a sentence without an area figure.
_DATA_HINT = re.compile(r"ISW|Institute\s+for|Deep\s?State", re.IGNORECASE)
_TIME_SPAN = re.compile(
    r"\b(?:past|last|previous|first|next)\s+(?:\d+|[a-z]+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
# Asked of every sentence without an area: searched only where their words are.
_DATA_HINT, _TIME_SPAN = gated(_DATA_HINT), gated(_TIME_SPAN)


_WHO_WHICH = re.compile(r",\s*(?:which|who|whose)\b[^,;]*$", re.IGNORECASE)


def _in_relative_aside(folded: str, phrase: PeriodPhrase, figures: list[int]) -> bool:
    """True when `phrase` stands in a ", which/who/whose …," clause with no
    figure: "Ukraine, whose troops entered Russia on August 6, said on Sunday
    …" dates the entry, neither the figure nor the statement."""
    return bool(
        _WHO_WHICH.search(folded, max(0, phrase.start_at - 120), phrase.start_at)
    ) and in_aside(folded, phrase.start_at, phrase.end_at, figures)
