"""Which words of a sentence belong to which figure.

A bare number after an area figure may repeat its unit ("450 km2 in July and 300
in August"), and each figure owns the clause from the last separator before it
to the last separator before the next figure, so a figure takes its fields from
its own words first.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from frontline.extract import cues
from frontline.extract.continuation_words import (
    CONTINUATION_AFTER,
    CONTINUATION_BEFORE,
    COUNTED_THINGS,
    PART_OF,
    RUNNING_TOTAL_TO,
)
from frontline.extract.dates import PeriodPhrase
from frontline.extract.numbers import (
    KM2_PER_UNIT,
    AreaFigure,
    find_numbers,
    original_unit,
    parse_number,
)
from frontline.extract.others import Spans


@dataclass(frozen=True, slots=True)
class SentenceFigure:
    area: AreaFigure
    unit_from: str | None = None  # words of the figure whose unit a bare number took
    whole_at: int | None = None  # where the whole a part is counted of starts
    place_size: bool = False  # a place's whole area a part is counted of


_DIGIT = re.compile(r"\d")
# "shrunk to 450 km2 from a high of nearly 1,400": the earlier level, in the
# first figure's unit.
FROM_PEAK = re.compile(
    r"\bfrom\s+(?:a|an|its|their|the)\s+(?:peak|high|maximum|height)\s+of\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over"
    r"|approximately|close\s+to)\s+)?$",
    re.IGNORECASE,
)


def continuations(
    folded: str, areas: list[AreaFigure], periods: list[PeriodPhrase]
) -> list[SentenceFigure]:
    """Area figures plus the bare numbers that repeat the previous figure's unit."""
    figures = [SentenceFigure(area) for area in areas]
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
        between = blank(folded, last.area.end, number.start, period_spans)
        # Close by, with no other number between: "and 300 in August", not a
        # number a clause or two later that counts something else.
        if _DIGIT.search(between) or (
            len(between) > 80
            # "…, Maliar said, lifting the total recaptured there since the
            # counteroffensive began to 37": a running total may be told long
            and not (len(between) <= 140 and RUNNING_TOTAL_TO.search(between))
        ):
            continue
        if not (CONTINUATION_BEFORE.search(between) or FROM_PEAK.search(between)):
            continue
        if not CONTINUATION_AFTER.match(folded[number.end :]):
            continue
        part = PART_OF.search(between) or PART_OF.match(folded, number.end + 1)
        if part and COUNTED_THINGS.search(folded):
            continue  # "30 villages and 450 km2, 12 of them in Donetsk"
        if 1900 <= number.value <= 2100 and "," not in number.text:
            continue  # a year (no thousands comma), not an area
        unit = (  # a bare number's own unit is already the one before it
            last.area.unit
            if last.area.original is None or last.unit_from
            else original_unit(last.area)
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
        figures.append(SentenceFigure(area, unit_from=last.area.text))
        taken.add(number.start, number.end)
        index = bisect.bisect_right(ends, number.end)
        ends.insert(index, number.end)
        owners.insert(index, figures[-1])
    sizes: set[int] = set()  # "of the region's 27,180 km2": the place's size
    figures.extend(_parts_of(folded, areas, taken, sizes))
    if sizes:
        figures = [
            replace(f, place_size=True) if f.area.start in sizes else f for f in figures
        ]
    figures.sort(key=lambda figure: figure.area.start)
    return figures


# "800 of the 1,200 km2 captured by the AFU", "about 500 of its 1,300 km2": a
# part told before its whole, in the whole's unit.
# "about 20,000 of the Zaporozhye region's 27,180 km2", "21 of Krasnoarmeysk's
# 29 km2": a part of a place's whole area, which is the place's size.
_PART_BEFORE = re.compile(
    r"(?<![\w.,%])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+of\s+"
    r"(?:the|its|their|his|our|(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['\u2019]s))"
    r"\s+(?:estimated\s+|total\s+)?" + cues.NUMBER_WORDS + "$",
    re.IGNORECASE,
)


def _parts_of(
    folded: str, areas: list[AreaFigure], taken: Spans, sizes: set[int]
) -> list[SentenceFigure]:
    """The bare numbers that count a part of the area figure after them; the
    starts of the wholes that are a place's own area go into `sizes`."""
    parts: list[SentenceFigure] = []
    for area in areas:
        found = _PART_BEFORE.search(folded, max(0, area.start - 40), area.start)
        if found is None or taken.overlaps(found.start(), found.end("number")):
            continue
        value = parse_number(found["number"])
        if value is None or value * KM2_PER_UNIT[area.unit] >= area.km2:
            continue
        text = found["number"]
        part = AreaFigure(
            start=found.start("number"),
            end=found.end("number"),
            text=text,
            number_text=text,
            unit=area.unit,
            km2=value * KM2_PER_UNIT[area.unit],
            original=None if area.unit == "km2" else f"{text} (unit as after)",
        )
        parts.append(SentenceFigure(part, unit_from=area.text, whole_at=area.start))
        taken.add(part.start, part.end)
        if found["owner"]:
            sizes.add(area.start)
    return parts


# ", cleared of sabotage groups - ", ", liberated \u2013 ": a participle led
# label, then a dash before the next figure.
_LABEL = re.compile(
    r",\s*(?:[a-z]+ed|freed|taken|retaken|won|lost)\b[^,;\d]{0,50}?\s-\s*"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|another|roughly)\s+)*$",
    re.IGNORECASE,
)


# The words between two figures each set in brackets after its own words.
_BRACKETED_PAIR = re.compile(r"[^()]{0,30}?(?P<close>\))[^()]{3,120}\(\s*[^()]{0,30}")


def blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans replaced by spaces."""
    chars = list(text[start:end])
    for span_start, span_end in spans:
        for index in range(max(span_start, start), min(span_end, end)):
            chars[index - start] = " "
    return "".join(chars)


def stretches(
    folded: str,
    figures: list[SentenceFigure],
    periods: list[PeriodPhrase],
    text: str = "",
) -> list[tuple[int, int]]:
    """For each figure, its clause: the words from the last separator before it
    to the last separator before the next figure ("725 km2, mainly near
    Pokrovsk — up from 610 in October" gives "in October" to 610 alone)."""
    period_spans = [(phrase.start_at, phrase.end_at) for phrase in periods]
    cuts = [0]
    for left, right in itertools.pairwise(figures):
        between = blank(folded, left.area.end, right.area.start, period_spans)
        dash = text.find("\u2014", left.area.end, right.area.start)  # an em dash
        found = cues.STRONG_SEPARATOR.search(between) or cues.last(
            cues.SEPARATOR.finditer(between)
        )
        cut = left.area.end + found.start() if found else right.area.start
        if found is None and (paired := _BRACKETED_PAIR.fullmatch(between)):
            # "reclaiming more territory (1,373 km2) than they lost to the
            # Russians (1,300 km2)": each figure in brackets after its own
            # words; those between the brackets are the second's.
            cut = left.area.end + paired.end("close")
        if label := _LABEL.search(between):
            # "…, liberated - about 60 km2": the label before the dash is the
            # next figure's, from its comma on.
            cut = left.area.end + label.start()
        if dash >= 0 and (found is None or not cues.STRONG_SEPARATOR.match(found[0])):
            cut = dash
        cuts.append(cut)
    end = len(folded)
    if figures and (said := _NEW_STATEMENT.search(folded, figures[-1].area.end)):
        # "… were recovered, which moved the front line by 7 km – the deputy
        # minister, however, pointed out that the situation on the eastern front
        # is difficult": another statement, no part of the last figure's clause
        end = said.start()
    cuts.append(end)
    return [(cuts[index], cuts[index + 1]) for index in range(len(figures))]


# A dash or a semicolon, then a subject and a verb of saying: a new statement.
_NEW_STATEMENT = re.compile(
    r"(?:\s[-\u2013\u2014]\s|;\s)(?=(?:the|he|she|they|but|however)\b[^.;\d]{0,60}?"
    r"\b(?:said|says|pointed\s+out|noted|added|stressed|warned|explained|admitted)\b)",
    re.IGNORECASE,
)
