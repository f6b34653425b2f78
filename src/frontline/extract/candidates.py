"""Sentences -> candidate records: which words of a sentence belong to which figure.

A sentence may hold several figures ("around 2,700 km2 … so far this year,
compared to just 465 km2 in all of 2023"). It is cut into one clause per figure
at the last conjunction, comma or dash before the next figure, and each figure
takes its fields from its own clause first (`reading` says in which order it
looks further: the sentence outside other clauses, the figure before, the
sentence before). A date that says when something was said ("Syrskyi said on
Tuesday") is not a period: it is the day a "so far" period runs to. Every choice
is written into the candidate's `why`, and every guess or gap into its
`problems`, so a reviewer sees what to check and `--add` holds it back.

Numbers that are not areas (rates, shares, distances, settlements, casualties,
troops, people, durations) and areas that are no record (a country's size,
cleared land, a difference) are listed as `NotRecorded`, so nothing is dropped
silently.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from frontline.extract import cues, measures
from frontline.extract.actors import (
    RegionMention,
    enemy_voice,
    find_actors,
    find_regions,
    find_sources,
    speaker_of,
)
from frontline.extract.asides import (
    in_relative_clause,
    outside_asides,
    when_periods,
)
from frontline.extract.comparison import compared_to_same_period
from frontline.extract.dates import (
    PeriodPhrase,
    data_to_yesterday,
    find_periods,
)
from frontline.extract.figure import Context, Reading, Sentence
from frontline.extract.followup import dated_by_next, next_sentence
from frontline.extract.fragments import join_fragments
from frontline.extract.net import net_side
from frontline.extract.numbers import (
    KM2_PER_UNIT,
    UNIT,
    AreaFigure,
    find_areas,
    find_numbers,
    original_unit,
    parse_number,
)
from frontline.extract.others import Spans, other_figures
from frontline.extract.paragraph_places import (
    paragraph_oblasts as oblasts_by_paragraph,
)
from frontline.extract.place_lists import included
from frontline.extract.precision import Precision, bound_of
from frontline.extract.ranges import from_low_end, range_low
from frontline.extract.reading import read_figure
from frontline.extract.region import unknown_axis
from frontline.extract.respectively import distribute
from frontline.extract.restated import Restated, named_again
from frontline.extract.results import (
    LAYER,
    RECORD_FIELDS,
    Candidate,
    Extraction,
    NotRecorded,
)
from frontline.extract.speech import (
    event_time,
    other_gains_time,
    statement_periods,
)
from frontline.extract.text import (
    DATED_LOOK,
    FOLD,
    UNIT_HINT,
    UNIT_LOOK,
    find_dateline,
    html_to_text,
    looks_like_html,
    split_sentences,
    unglue,
)
from frontline.extract.text import Sentence as TextSentence
from frontline.extract.timing import (
    complete_period,
    occupied_total,
    since_then,
)

__all__ = [
    "LAYER",
    "RECORD_FIELDS",
    "Candidate",
    "Extraction",
    "NotRecorded",
    "extract",
]


@dataclass(frozen=True, slots=True)
class _Figure:
    area: AreaFigure
    unit_from: str | None = None  # words of the figure whose unit a bare number took


def extract(
    text: str,
    *,
    published: date | None,
    source: str | None = None,
    url: str | None = None,
    is_html: bool | None = None,
    events: Mapping[str, date] | None = None,
) -> Extraction:
    """Candidate records and not-recorded figures from an article.

    `published` anchors relative periods; when None, a date in the page's markup
    or a dateline in the first lines is used, and without either the relative
    periods stay empty and each candidate says so. `source` replaces every
    attribution found; `events` gives the start days of named events
    ("kursk incursion") for phrases such as "the first month of their incursion".
    """
    notes: list[str] = []
    if is_html is None:
        is_html = looks_like_html(text)
    page_published = None
    if is_html:
        page = html_to_text(text)
        text = page.text
        page_published = page.published
    if published is None and page_published is not None:
        published = page_published
        notes.append(f"published {published.isoformat()} from the page's metadata")
    if published is None:
        dateline = find_dateline(text)
        if dateline is not None:
            published = dateline.published
            notes.append(
                f"published {published.isoformat()} from the dateline {dateline.line!r}"
            )
    if published is None:
        notes.append(
            "no published date given or found: relative periods are left empty"
        )
    context = Context(published=published)
    candidates: list[Candidate] = []
    not_recorded: list[NotRecorded] = []
    sentences = join_fragments(split_sentences(distribute(unglue(text))))
    regions_of = [find_regions(sentence.folded) for sentence in sentences]
    oblasts = [
        [
            m
            for m in mentions
            if m.specific
            and not m.reference
            and not _HEDGED.search(sentence.folded, max(0, m.start - 45), m.start)
            and not in_relative_clause(sentence.folded, m.start)
            and not cues.PART_SENTENCE.match(sentence.folded)
            and not included(sentence.folded, m.start)
        ]
        for sentence, mentions in zip(sentences, regions_of, strict=True)
    ]
    paragraph_of = _paragraph_index(sentences)
    # A cheap look first: most sentences of an article name no unit at all.
    with_area = [
        bool(UNIT_LOOK.search(sentence.folded) and UNIT.search(sentence.folded))
        for sentence in sentences
    ]
    paragraph_oblasts = oblasts_by_paragraph(
        paragraph_of, oblasts, with_area, [sentence.folded for sentence in sentences]
    )
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != context.paragraph:
            context.periods, context.speaker, context.pending = [], None, []
            context.named_side, context.said_on, context.last_dates = "", None, None
            context.last_sentence, context.axis = "", ""
            context.paragraph = sentence.paragraph
        context.paragraph_oblast = paragraph_oblasts[index]
        found, others = _read_sentence(
            sentence, _following(sentences, index), regions_of[index], published,
            events or {}, context, source, url,
        )  # fmt: skip
        if found:
            following = next_sentence(sentences, index)
            found = dated_by_next(found, following, published, events or {})
        candidates.extend(found)
        not_recorded.extend(others)
        context.last_sentence = sentence.folded
        context.axis = unknown_axis(sentence.folded, regions_of[index]) or context.axis
    return Extraction(candidates, not_recorded, published, notes)


def _following(sentences: list[TextSentence], index: int) -> str | None:
    """The next sentence of the same paragraph: a quote's speaker may follow it
    ("… Currently, we control 1,000 km2. …," Sirskyi said)."""
    if index + 1 < len(sentences):
        after = sentences[index + 1]
        if after.paragraph == sentences[index].paragraph:
            return after.folded
    return None


def _paragraph_index(sentences: list[TextSentence]) -> dict[int, list[int]]:
    """The indexes of each paragraph's sentences, built once per article."""
    index: dict[int, list[int]] = {}
    for number, sentence in enumerate(sentences):
        index.setdefault(sentence.paragraph, []).append(number)
    return index


_DIGIT = re.compile(r"\d")


def _continuations(
    folded: str, areas: list[AreaFigure], periods: list[PeriodPhrase]
) -> list[_Figure]:
    """Area figures plus the bare numbers that repeat the previous figure's unit."""
    figures = [_Figure(area) for area in areas]
    if not areas:
        return figures
    period_spans = [(phrase.start_at, phrase.end_at) for phrase in periods]
    taken = Spans([(area.start, area.end) for area in areas] + period_spans)
    ends = [area.end for area in areas]  # sorted: areas come in order
    owners = list(figures)  # the figure ending at each of `ends`
    for number in find_numbers(folded):
        if number.in_words or taken.overlaps(number.start, number.end):
            continue
        index = bisect.bisect_right(ends, number.start) - 1
        if index < 0:
            continue
        last = owners[index]
        between = _blank(folded, last.area.end, number.start, period_spans)
        if len(between) > 80 or _DIGIT.search(between):
            continue
        if not cues.CONTINUATION_BEFORE.search(between):
            continue
        if not cues.CONTINUATION_AFTER.match(folded[number.end :]):
            continue
        part = cues.PART_OF.search(between) or cues.PART_OF.match(
            folded, number.end + 1
        )
        if part and cues.COUNTED_THINGS.search(folded):
            continue  # "30 villages and 450 km2, 12 of them in Donetsk"
        if 1900 <= number.value <= 2100 and "," not in number.text:
            continue
        unit = (
            last.area.unit if last.area.original is None else original_unit(last.area)
        )
        area = AreaFigure(
            start=number.start,
            end=number.end,
            text=number.text,
            number_text=number.text,
            unit=unit,
            km2=number.value * KM2_PER_UNIT[unit],
            original=None if unit == "km2" else f"{number.text} (unit as before)",
        )
        figures.append(_Figure(area, unit_from=last.area.text))
        taken.add(number.start, number.end)
        index = bisect.bisect_right(ends, number.end)
        ends.insert(index, number.end)
        owners.insert(index, figures[-1])
    figures.sort(key=lambda figure: figure.area.start)
    return figures


def _blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans replaced by spaces."""
    chars = list(text[start:end])
    for span_start, span_end in spans:
        for index in range(max(span_start, start), min(span_end, end)):
            chars[index - start] = " "
    return "".join(chars)


def _stretches(
    folded: str, figures: list[_Figure], periods: list[PeriodPhrase], text: str = ""
) -> list[tuple[int, int]]:
    """For each figure, its clause: the words from the last separator before it
    to the last separator before the next figure ("725 km2, mainly near
    Pokrovsk — up from 610 in October" gives "in October" to 610 alone)."""
    period_spans = [(phrase.start_at, phrase.end_at) for phrase in periods]
    cuts = [0]
    for left, right in itertools.pairwise(figures):
        between = _blank(folded, left.area.end, right.area.start, period_spans)
        dash = text.find("\u2014", left.area.end, right.area.start)  # an em dash
        found = cues.STRONG_SEPARATOR.search(between) or cues.last(
            cues.SEPARATOR.finditer(between)
        )
        cut = left.area.end + found.start() if found else right.area.start
        if dash >= 0 and (found is None or not cues.STRONG_SEPARATOR.match(found[0])):
            cut = dash
        cuts.append(cut)
    cuts.append(len(folded))
    return [(cuts[index], cuts[index + 1]) for index in range(len(figures))]


def _read_sentence(
    sentence: TextSentence,
    following: str | None,
    regions: list[RegionMention],
    published: date | None,
    events: Mapping[str, date],
    context: Context,
    source_override: str | None,
    url: str | None,
) -> tuple[list[Candidate], list[NotRecorded]]:
    folded = sentence.folded
    regions = _resolved_regions(regions, context)
    if not UNIT_HINT.search(folded):
        # No area unit: nothing to read but the numbers that are not areas and
        # what later sentences may need (a speaker, a place, a data source, and
        # the period it names, read only if a later figure asks for it).
        if DATED_LOOK.search(folded.lower()):
            context.pending = [*context.pending[-2:], (folded, published, events)]
        context.speaker = speaker_of(folded) or context.speaker
        context.said_on = None  # the statement now is this sentence's
        sources = find_sources(folded) if _DATA_HINT.search(folded) else []
        _remember(context, [], regions, sources, folded)
        context.named_side = folded
        taken = [span.span() for span in _TIME_SPAN.finditer(folded)]
        return [], other_figures(sentence.text, folded, taken)
    to_yesterday = data_to_yesterday(folded)
    periods = find_periods(folded, published, events, to_yesterday=to_yesterday)
    figures = _continuations(folded, find_areas(folded), periods)
    # "1,609 sq mi in 2024, according to ISW, or about 4,168 km2": one figure
    # told twice; the km2 one is kept (LABELS).
    kms = [f.area.km2 for f in figures if f.area.unit == "km2"]
    figures = [
        f
        for f in figures
        if f.area.unit != "mi2" or not any(abs(f.area.km2 - k) <= 0.02 * k for k in kms)
    ]
    starts = [f.area.start for f in figures]
    periods, spoken, anchor = statement_periods(
        folded, following, periods, starts, context.said_on, context.pending,
        published, events, to_yesterday,
    )  # fmt: skip
    context.said_on = anchor
    periods = since_then(periods, context)
    periods = [
        p
        for p in periods
        if p not in spoken
        and not event_time(folded, p)
        and not other_gains_time(folded, p, starts)
    ]
    periods = outside_asides(folded, periods, starts)
    periods = when_periods(folded, periods, starts, published, events)
    not_recorded: list[NotRecorded] = []
    kept: list[_Figure] = []
    previous_end = last_size = last_rate = 0
    told = Restated(folded)
    for index, figure in enumerate(figures):
        area = figure.area
        after = folded[area.end : area.end + 80]
        next_start = (
            figures[index + 1].area.start if index + 1 < len(figures) else len(folded)
        )
        # The words back to the figure before: a dense list reads in linear time.
        near = cues.window(
            folded, area.start, max(0, min(100, area.start - previous_end))
        )
        previous_end = area.end
        if (
            measures.RATE_AFTER.match(after)
            or measures.RATE_BEFORE.search(near)
            # "averaged 16 km2 a day, down from 19 km2 in August": the same rate
            or (
                last_rate
                and measures.RATE_COMPARED.fullmatch(folded, last_rate, area.start)
            )
        ):
            rate = measures.RATE_AFTER.match(after)
            last_rate = area.end + (rate.end() if rate else 0)
            words = sentence.text[area.start : area.end + (rate.end() if rate else 0)]
            not_recorded.append(NotRecorded(sentence.text, words.strip(), "rate"))
            continue
        what = ""
        if measures.is_size(near, area.km2) or (
            last_size and measures.SIZE_LISTED.match(folded, last_size, area.start)
        ):
            what = "size"
        elif cues.is_difference(folded, area.start, area.end):
            what = "difference"
        elif told.repeats(area):
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
    sources = find_sources(folded)
    speaker = (
        speaker_of(folded)
        or context.speaker
        or (speaker_of(following) if following else None)
        or enemy_voice(folded, following or "")
    )
    words = Sentence(
        folded,
        periods,
        find_actors(folded),
        regions,
        sources,
        _stretches(
            folded,
            [replace(f, area=from_low_end(folded, f.area)) for f in kept],
            periods,
            sentence.text,
        ),
        [(f.area.start, f.area.end) for f in kept],
        speaker,
        next((p.text for p in spoken if p.start != p.end), ""),
    )
    # A holding with no day of its own is held on the day it was said.
    said = (
        anchor if anchor is not None and published and anchor < published else published
    )
    candidates: list[Candidate] = []
    readings: list[Reading] = []
    previous: Reading | None = None
    skipped = ""
    for number, figure in enumerate(kept):
        span = (from_low_end(folded, figure.area).start, figure.area.end)
        reading = read_figure(words, number, span, context, previous, said)
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
        again = named_again(folded, figure.area, context.recent)
        context.recent = [*context.recent[-3:], (reading.actor, figure.area.km2)]
        previous = reading
        readings.append(reading)
        if again:
            not_recorded.append(NotRecorded(sentence.text, *again))
            continue
        candidates.append(
            _candidate(sentence.text, figure, reading, published, source_override, url)
        )
    # Figures that are not areas, and words of this sentence later ones may need.
    taken = [(figure.area.start, figure.area.end) for figure in figures]
    taken += [(phrase.start_at, phrase.end_at) for phrase in periods]
    not_recorded.extend(other_figures(sentence.text, folded, taken))
    context.pending, context.announced = [], False
    if readings and readings[0].periods:
        context.periods = list(readings[0].periods)
        context.period_words = " + ".join(p.text for p in readings[0].periods)
    elif not readings and complete_period(periods):
        context.periods = complete_period(periods)
        context.period_words = context.periods[0].text
    context.speaker = speaker
    dated = [(r.start, r.end) for r in readings if r.start and r.end]
    context.last_dates = dated[-1] if dated else context.last_dates
    _remember(context, readings, regions, sources, folded)
    return candidates, not_recorded


_HEDGED = re.compile(r"\b(?:especially|mainly|mostly|including|particularly)\b", re.I)
_OF_WHICH = re.compile(r"^\W*(?:of\s+which|out\s+of\s+which|of\s+them)\b", re.I)
# Words that a data source's name needs, and the spans of time ("the past 24
# hours") whose numbers are no count, in a sentence without an area figure.
_DATA_HINT = re.compile(r"ISW|Institute\s+for|Deep\s?State", re.IGNORECASE)
_TIME_SPAN = re.compile(
    r"\b(?:past|last|previous|first|next)\s+(?:\d+|[a-z]+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def _resolved_regions(
    mentions: list[RegionMention], context: Context
) -> list[RegionMention]:
    """Mentions with "the region" replaced by the oblast named last before it."""
    resolved = []
    last = context.oblast
    for mention in mentions:
        if mention.reference:
            if last is None:
                continue
            resolved.append(replace(mention, region=last[0]))
        else:
            if mention.specific:
                last = (mention.region, mention.text)
            resolved.append(mention)
    return resolved


def _candidate(
    text: str,
    figure: _Figure,
    reading: Reading,
    published: date | None,
    source_override: str | None,
    url: str | None,
) -> Candidate:
    area = figure.area
    folded_before = cues.window(text, area.start).translate(FOLD)
    plus = "+" if re.search(r"\+|-plus", area.text) else ""  # "400+ km2"
    precision = bound_of(
        folded_before.translate({0x2019: "'"}), plus + text[area.end : area.end + 80]
    )
    if area.hedge:
        precision = bound_of(area.hedge.lower())
    km2 = area.km2
    why = [f"area '{area.text}'"]
    if figure.unit_from:
        why[0] += f" (unit of '{figure.unit_from}')"
    low = range_low(folded_before)
    low_value = parse_number(low["low"]) if low else None
    if low and low_value is not None and low_value * KM2_PER_UNIT[area.unit] < km2:
        # "4,669-4,900 km2", "between 1,150 and 1,300 km2": the low end, approx
        # (the true figure lies anywhere in the range, most often near its ends).
        km2 = low_value * KM2_PER_UNIT[area.unit]
        precision = bound_of(folded_before[: low.start("low")])
        why[0] = f"area '{low.group(0).strip()}{area.text}' (a range: its low end)"
        precision = Precision("approx", precision.words or "a range")
    why.append(f"bound '{precision.words}'" if precision.words else "bound none")
    why.extend(reading.why)
    source = reading.source
    if source_override is not None:
        source = source_override
        why = [part for part in why if not part.startswith("source")]
        why.append("source given")
    note = text if area.original is None else f"{text} ({area.original})"
    return Candidate(
        kind=reading.kind,
        actor=reading.actor,
        region=reading.region,
        start=reading.start,
        end=reading.end,
        area_km2=km2,
        bound=precision.bound,
        source=source,
        url=url,
        published=published,
        note=note,
        why="; ".join(why),
        problems=list(dict.fromkeys(reading.problems)),
    )


def _remember(
    context: Context,
    readings: list[Reading],
    regions: list[RegionMention],
    sources: list,
    folded: str,
) -> None:
    """Carry this sentence's main side and place, and its data source, on."""
    if readings:
        context.named_side = ""
        first = readings[0]  # the main clause's figure speaks for the sentence
        if first.actor:
            context.actor = (first.actor, first.actor_words or first.actor)
        if first.region:
            context.region = (first.region, first.region_words or first.region)
    for mention in regions:
        if mention.specific and mention.region:
            context.oblast = (mention.region, mention.text)
    for mention in sources:
        if mention.source in ("ISW", "DeepState"):
            context.data_source = (mention.source, mention.text)
