"""A reading turned into a candidate record, and what a sentence leaves for the next.

The bound, the low end of a range and the `why` of a candidate are settled
here; `remember` carries a sentence's side, place and data source on to the
sentences after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from frontline.extract import cues
from frontline.extract.actors import RegionMention, SourceMention
from frontline.extract.clauses import SentenceFigure
from frontline.extract.figure import Context, Reading
from frontline.extract.folding import FOLD
from frontline.extract.numbers import KM2_PER_UNIT, parse_number
from frontline.extract.precision import Precision, bound_of
from frontline.extract.ranges import range_low
from frontline.extract.results import Candidate


def resolved_regions(
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


def candidate_of(
    text: str,
    figure: SentenceFigure,
    reading: Reading,
    published: date | None,
    source_override: str | None,
    url: str | None,
) -> Candidate:
    """The record a figure's reading proposes, with the bound its words set and
    the low end of a range it is the high end of; `why` lists every choice so a
    reviewer can see where each field came from."""
    area = figure.area
    folded_before = cues.window(text, area.start).translate(FOLD)
    plus = "+" if re.search(r"\+|-plus", area.text) else ""  # "400+ km2"
    if re.search(r"\bor\s+so\b|-odd\b", area.text):  # "500 or so sq km", "500-odd"
        plus = "or so "
    precision = bound_of(
        folded_before.translate({0x2019: "'"}),
        plus + text[area.end : area.end + cues.AFTER_WIDTH],
    )
    if area.hedge:
        precision = bound_of(area.hedge.lower())
    km2 = area.km2
    why = [f"area '{area.text}'"]
    if figure.unit_from:
        why[0] += f" (unit of '{figure.unit_from}')"
    low = range_low(folded_before)
    low_value = parse_number(low["low"]) if low else None
    scale = re.search(r"\b(thousand|million)\b", area.number_text, re.IGNORECASE)
    if low and low_value is not None and scale and not re.search(r"[a-z]", low["low"]):
        # "1.2-1.3 thousand sq km": the low end shares the high end's word,
        # unless it is written out in full ("1,400 to 1.9 thousand sq km")
        scaled = low_value * (1_000 if scale[1].lower() == "thousand" else 1_000_000)
        if scaled * KM2_PER_UNIT[area.unit] < km2:
            low_value = scaled
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
        why=_GAP.sub(" ", "; ".join(why)),
        problems=list(dict.fromkeys(_GAP.sub(" ", p) for p in reading.problems)),
    )


# Words quoted from the folded sentence keep the blanks folding left where it
# read a word as nothing ("launch in the month of June"); a reader sees one space.
_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def remember(
    context: Context,
    readings: list[Reading],
    regions: list[RegionMention],
    sources: list[SourceMention],
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
