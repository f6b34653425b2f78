"""Sentences -> candidate records: which words of a sentence belong to which figure.

A sentence may hold several figures ("around 2,700 km2 … so far this year,
compared to just 465 km2 in all of 2023"). It is cut into one stretch per figure
at the conjunction or comma between two figures, and each figure takes its
period, actor, region, kind and source from its own stretch first, then from the
rest of the sentence, then from earlier sentences of the article (an actor or
region carried over from the previous figure, a data source such as ISW named
earlier). Every choice is written into the candidate's `why`, and every guess or
gap into its `problems`, so a reviewer sees what to check.

Numbers that are not areas (rates, shares, distances, settlements, casualties,
troops, people, durations) are listed as `NotRecorded`, so nothing is dropped
silently.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from frontline.extract import cues
from frontline.extract.actors import (
    ActorMention,
    RegionMention,
    SourceMention,
    find_actors,
    find_regions,
    find_sources,
    other_side,
)
from frontline.extract.dates import PeriodPhrase, data_to_yesterday, find_periods
from frontline.extract.numbers import (
    KM2_PER_UNIT,
    AreaFigure,
    find_areas,
    find_numbers,
)
from frontline.extract.others import other_figures, overlaps
from frontline.extract.precision import bound_of
from frontline.extract.results import (
    LAYER,
    RECORD_FIELDS,
    Candidate,
    Extraction,
    NotRecorded,
)
from frontline.extract.text import (
    Sentence,
    find_dateline,
    html_to_text,
    looks_like_html,
    split_sentences,
)

__all__ = [
    "LAYER",
    "RECORD_FIELDS",
    "Candidate",
    "Extraction",
    "NotRecorded",
    "extract",
]


@dataclass(slots=True)
class _Document:
    """What earlier sentences of the article said, for figures that do not."""

    actor: tuple[str, str] | None = None  # (slug, words)
    region: tuple[str, str] | None = None
    oblast: tuple[str, str] | None = None  # the last oblast named, for "the region"
    paragraph_oblast: tuple[str, str] | None = None  # nearest in this paragraph
    data_source: tuple[str, str] | None = None  # ISW or DeepState named earlier


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
    document = _Document()
    candidates: list[Candidate] = []
    not_recorded: list[NotRecorded] = []
    sentences = split_sentences(text)
    oblasts = [
        [m for m in find_regions(sentence.folded) if m.specific and not m.reference]
        for sentence in sentences
    ]
    for index, sentence in enumerate(sentences):
        document.paragraph_oblast = _paragraph_oblast(sentences, oblasts, index)
        found, others = _read_sentence(
            sentence, published, events or {}, document, source, url
        )
        candidates.extend(found)
        not_recorded.extend(others)
    return Extraction(candidates, not_recorded, published, notes)


def _paragraph_oblast(
    sentences: list[Sentence], oblasts: list[list[RegionMention]], index: int
) -> tuple[str, str] | None:
    """The oblast named nearest to a sentence in its own paragraph.

    Used only when a figure's sentence names no place and no earlier figure gave
    one: "Ukrainian forces have seized an additional 40 square kilometers" is
    followed by "... 72 settlements in the Kursk region".
    """
    paragraph = sentences[index].paragraph
    before = [
        i for i in range(index - 1, -1, -1) if sentences[i].paragraph == paragraph
    ]
    after = [
        i
        for i in range(index + 1, len(sentences))
        if sentences[i].paragraph == paragraph
    ]
    for other in before:
        if oblasts[other]:
            mention = oblasts[other][-1]
            return mention.region, mention.text
    for other in after:
        if oblasts[other]:
            mention = oblasts[other][0]
            return mention.region, mention.text
    return None


def _continuations(
    folded: str, areas: list[AreaFigure], periods: list[PeriodPhrase]
) -> list[_Figure]:
    """Area figures plus the bare numbers that repeat the previous figure's unit."""
    figures = [_Figure(area) for area in areas]
    if not areas:
        return figures
    taken = [(area.start, area.end) for area in areas]
    period_spans = [(phrase.start_at, phrase.end_at) for phrase in periods]
    for number in find_numbers(folded):
        if number.in_words or overlaps(number.start, number.end, taken + period_spans):
            continue
        previous = [figure for figure in figures if figure.area.end <= number.start]
        if not previous:
            continue
        last = max(previous, key=lambda figure: figure.area.end)
        between = _blank(folded, last.area.end, number.start, period_spans)
        if len(between) > 60 or re.search(r"\d", between):
            continue
        if not cues.CONTINUATION_BEFORE.search(between):
            continue
        if not cues.CONTINUATION_AFTER.match(folded[number.end :]):
            continue
        if 1900 <= number.value <= 2100 and "," not in number.text:
            continue
        unit = last.area.unit if last.area.original is None else _unit_of(last.area)
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
        taken.append((number.start, number.end))
    figures.sort(key=lambda figure: figure.area.start)
    return figures


def _unit_of(area: AreaFigure) -> str:
    original = (area.original or "").lower()
    if "mile" in original or "mi" in original:
        return "mi2"
    if "ha" in original:
        return "ha"
    return "km2"


def _blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans replaced by spaces."""
    chars = list(text[start:end])
    for span_start, span_end in spans:
        for index in range(max(span_start, start), min(span_end, end)):
            chars[index - start] = " "
    return "".join(chars)


def _stretches(
    folded: str, figures: list[_Figure], periods: list[PeriodPhrase]
) -> list[tuple[int, int]]:
    """For each figure, the part of the sentence its words are looked for in."""
    period_spans = [(phrase.start_at, phrase.end_at) for phrase in periods]
    cuts = [0]
    for left, right in itertools.pairwise(figures):
        between = _blank(folded, left.area.end, right.area.start, period_spans)
        found = cues.SEPARATOR.search(between)
        cuts.append(left.area.end + found.start() if found else right.area.start)
    cuts.append(len(folded))
    return [(cuts[index], cuts[index + 1]) for index in range(len(figures))]


def _read_sentence(
    sentence: Sentence,
    published: date | None,
    events: Mapping[str, date],
    document: _Document,
    source_override: str | None,
    url: str | None,
) -> tuple[list[Candidate], list[NotRecorded]]:
    folded = sentence.folded
    periods = find_periods(
        folded, published, events, to_yesterday=data_to_yesterday(folded)
    )
    actors = find_actors(folded)
    regions = _resolved_regions(find_regions(folded), document)
    sources = find_sources(folded)
    figures = _continuations(folded, find_areas(folded), periods)
    not_recorded: list[NotRecorded] = []
    kept: list[_Figure] = []
    for figure in figures:
        area = figure.area
        if cues.RATE_AFTER.match(folded[area.end :]) or cues.RATE_BEFORE.search(
            folded[: area.start]
        ):
            rate = cues.RATE_AFTER.match(folded[area.end :])
            words = sentence.text[area.start : area.end + (rate.end() if rate else 0)]
            not_recorded.append(NotRecorded(sentence.text, words.strip(), "rate"))
            continue
        kept.append(figure)
    stretches = _stretches(folded, kept, periods)
    candidates: list[Candidate] = []
    readings: list[_Reading] = []
    previous: _Reading | None = None
    for figure, (low, high) in zip(kept, stretches, strict=True):
        reading = _read_figure(
            folded,
            figure,
            low,
            high,
            periods,
            actors,
            regions,
            sources,
            document,
            previous,
            published,
        )
        if reading.size:
            not_recorded.append(
                NotRecorded(sentence.text, figure.area.text.strip(), "size")
            )
            continue
        previous = reading
        readings.append(reading)
        candidates.append(
            _candidate(sentence.text, figure, reading, published, source_override, url)
        )
    # Figures that are not areas, and words of this sentence later ones may need.
    taken = [(figure.area.start, figure.area.end) for figure in figures]
    taken += [(phrase.start_at, phrase.end_at) for phrase in periods]
    not_recorded.extend(other_figures(sentence.text, folded, taken))
    _remember(document, readings, regions, sources)
    return candidates, not_recorded


@dataclass(slots=True)
class _Reading:
    kind: str = "change"
    actor: str = ""
    actor_words: str = ""
    region: str = ""
    region_words: str = ""
    start: date | None = None
    end: date | None = None
    source: str | None = None
    size: bool = False
    why: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    periods: list[PeriodPhrase] = field(default_factory=list)


def _resolved_regions(
    mentions: list[RegionMention], document: _Document
) -> list[RegionMention]:
    """Mentions with "the region" replaced by the oblast named last before it."""
    resolved = []
    last = document.oblast
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


def _read_figure(
    folded: str,
    figure: _Figure,
    low: int,
    high: int,
    periods: list[PeriodPhrase],
    actors: list[ActorMention],
    regions: list[RegionMention],
    sources: list[SourceMention],
    document: _Document,
    previous: _Reading | None,
    published: date | None,
) -> _Reading:
    area = figure.area
    reading = _Reading()
    before = folded[low : area.start]
    after = folded[area.end : high]

    # Periods: the phrases in this figure's stretch, else those of the figure before.
    own = [phrase for phrase in periods if low <= phrase.start_at < high]
    if not own and previous is not None:
        own = previous.periods
        if own:
            reading.why.append("period as the previous figure")
    if not own and previous is None:
        others = [phrase for phrase in periods if phrase.start_at >= high]
        own = others[:1]
    reading.periods = own

    # Kind.
    verb_source = ""
    holding = cues.HOLDING.search(before) or cues.HOLDING.match(after.lstrip())
    loss = cues.last(cues.LOSS.finditer(before)) or cues.LOSS.search(after)
    change = cues.last(cues.CHANGE.finditer(before)) or cues.CHANGE.search(after)
    flipped = False
    starts = [phrase for phrase in own if phrase.sets_start]
    if holding and not starts:
        reading.kind = "holding"
        verb_source = holding.group(0)
    elif loss and (not change or loss.start() > change.start()):
        reading.kind = "change"
        verb_source = loss.group(0)
        flipped = True
    elif change:
        verb_source = change.group(0)
    elif holding:
        verb_source = holding.group(0) + "' with a period"
    elif previous is not None:
        reading.kind = previous.kind
        verb_source = ""
        reading.why.append(f"kind '{previous.kind}' as the previous figure")
    elif cues.SIZE.search(folded[: area.start]):
        reading.size = True
        return reading
    if verb_source:
        reading.why.append(f"kind '{verb_source}'")
    elif previous is None:
        reading.why.append("kind 'change' (no verb)")

    # Actor: a passive agent after the figure, else the nearest side named before.
    agent = cues.passive_agent(folded, area.end, high, actors)
    if agent is None:
        agent = cues.last(m for m in actors if low <= m.start < area.start)
    if agent is None:
        agent = cues.last(m for m in actors if m.start < area.start)
    if agent is None:
        agent = next((m for m in actors if area.end <= m.start < high), None)
    if agent is not None:
        actor = agent.actor
        if agent.enemy and any(
            source.source.startswith("Russian") for source in sources
        ):
            actor = "ukraine"
        if flipped:
            actor = other_side(actor) or actor
            reading.why.append(f"actor '{agent.text}' lost it: gain of {actor}")
        else:
            reading.why.append(f"actor '{agent.text}'")
        reading.actor = actor
        reading.actor_words = agent.text
    elif cues.speaker_side(folded, sources) is not None:
        reading.actor, reading.actor_words = cues.speaker_side(folded, sources)
        reading.why.append(f"actor '{reading.actor_words}'")
    elif previous is not None and previous.actor:
        reading.actor = previous.actor
        reading.actor_words = previous.actor_words
        reading.why.append("actor as the previous figure")
    elif document.actor is not None:
        reading.actor, reading.actor_words = document.actor
        reading.why.append(f"actor '{document.actor[1]}' from an earlier sentence")
    else:
        reading.problems.append("actor unknown: no side named")

    # Region: the place named after the figure, else before it, else anywhere.
    place = (
        cues.best_place(m for m in regions if area.end <= m.start < high)
        or cues.best_place(m for m in regions if low <= m.start < area.start)
        or cues.best_place(regions)
    )
    if place is not None:
        reading.region = place.region
        reading.region_words = place.text
        reading.why.append(f"region '{place.text}'")
    elif previous is not None and previous.region:
        reading.region = previous.region
        reading.region_words = previous.region_words
        reading.why.append("region as the previous figure")
    elif document.region is not None:
        reading.region, reading.region_words = document.region
        reading.why.append(f"region '{document.region[1]}' from an earlier sentence")
    elif document.paragraph_oblast is not None:
        reading.region, reading.region_words = document.paragraph_oblast
        reading.why.append(
            f"region '{document.paragraph_oblast[1]}' named in the same paragraph"
        )
    else:
        reading.region = "ukraine"
        reading.problems.append("region not named: 'ukraine' assumed")

    # Period.
    _apply_periods(reading, own, published)

    # Source.
    nearby = [m for m in sources if low <= m.start < high]
    chosen = (
        next((m for m in nearby if m.kind == "data"), None)
        or next((m for m in sources if m.kind == "data"), None)
        or next(iter(nearby), None)
        or next(iter(sources), None)
    )
    if chosen is not None:
        reading.source = chosen.source
        reading.why.append(f"source '{chosen.text}'")
    elif document.data_source is not None:
        reading.source = document.data_source[0]
        reading.why.append(
            f"source '{document.data_source[1]}' named in an earlier sentence"
        )
    return reading


def _apply_periods(
    reading: _Reading, own: list[PeriodPhrase], published: date | None
) -> None:
    starts = [phrase for phrase in own if phrase.sets_start]
    ends = [phrase for phrase in own if not phrase.sets_start]
    for phrase in own:
        reading.problems.extend(phrase.problems)
    if own:
        reading.why.append(
            "period "
            + " + ".join(
                f"'{p.text}'" + (f" ({p.basis})" if p.basis else "") for p in own
            )
        )
    if reading.kind == "holding":
        day_phrase = ends[-1] if ends else (starts[-1] if starts else None)
        if day_phrase is not None:
            reading.start = reading.end = day_phrase.end
        elif published is not None:
            reading.start = reading.end = published
            reading.why.append("held on the published day")
        else:
            reading.problems.append("no published date: the day held is unknown")
        return
    if starts:
        reading.start = starts[0].start
        reading.end = starts[0].end
        if len(starts) > 1 and starts[-1].end is not None and starts[-1].start is None:
            reading.end = starts[-1].end
    if ends and ends[-1].end is not None:
        reading.end = ends[-1].end
    if not starts:
        if ends:
            reading.problems.append("start unknown: the period's start is not stated")
        else:
            reading.problems.append("no period stated: start and end unknown")


def _candidate(
    text: str,
    figure: _Figure,
    reading: _Reading,
    published: date | None,
    source_override: str | None,
    url: str | None,
) -> Candidate:
    area = figure.area
    folded_before = text[: area.start]
    precision = bound_of(folded_before.translate({0x2019: "'"}), text[area.end :])
    why = [f"area '{area.text}'"]
    if figure.unit_from:
        why[0] += f" (unit of '{figure.unit_from}')"
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
        area_km2=area.km2,
        bound=precision.bound,
        source=source,
        url=url,
        published=published,
        note=note,
        why="; ".join(why),
        problems=list(dict.fromkeys(reading.problems)),
    )


def _remember(
    document: _Document,
    readings: list[_Reading],
    regions: list[RegionMention],
    sources: list[SourceMention],
) -> None:
    """Carry this sentence's actor, region and data source to later sentences."""
    if readings:
        last = readings[-1]
        if last.actor:
            document.actor = (last.actor, last.actor_words or last.actor)
        if last.region:
            document.region = (last.region, last.region_words or last.region)
    for mention in regions:
        if mention.specific and mention.region:
            document.oblast = (mention.region, mention.text)
    for mention in sources:
        if mention.source in ("ISW", "DeepState"):
            document.data_source = (mention.source, mention.text)
