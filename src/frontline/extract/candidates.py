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

import re
from collections.abc import Mapping
from datetime import date

from frontline.extract import cues
from frontline.extract.actors import (
    find_regions,
)
from frontline.extract.asides import (
    in_relative_clause,
)
from frontline.extract.earlier_level import earlier_levels
from frontline.extract.embeds import split_embeds
from frontline.extract.figure import Context
from frontline.extract.followup import dated_by_next, next_sentence
from frontline.extract.fragments import join_fragments
from frontline.extract.heading_places import (
    HeadingPlace,
    heading_place,
    is_heading,
    placed_by_heading,
)
from frontline.extract.numbers import (
    UNIT,
)
from frontline.extract.openers import join_openers
from frontline.extract.paragraph_places import (
    paragraph_oblasts as oblasts_by_paragraph,
)
from frontline.extract.period_lists import listed_place, note_heading
from frontline.extract.place_axes import unknown_axis
from frontline.extract.place_incursion import placed_by_paragraph
from frontline.extract.place_lists import included
from frontline.extract.respectively import distribute
from frontline.extract.results import (
    LAYER,
    RECORD_FIELDS,
    Candidate,
    Extraction,
    NotRecorded,
)
from frontline.extract.sentence_reading import read_sentence
from frontline.extract.text import Sentence as TextSentence
from frontline.extract.text import (
    find_dateline,
    html_to_text,
    looks_like_html,
    split_sentences,
    unglue,
    unit_look,
)
from frontline.extract.trap_part_held import parts_dropped
from frontline.extract.trap_repeated import told_once

__all__ = [
    "LAYER",
    "RECORD_FIELDS",
    "Candidate",
    "Extraction",
    "NotRecorded",
    "extract",
]


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
    # a post quoted with its signature is read on the day it was posted
    text, posts = split_embeds(text, published)
    context = Context(published=published)
    by_paragraph: dict[int, list[Candidate]] = {}
    named_in: dict[int, set[str]] = {}  # the oblasts each paragraph names
    not_recorded: list[NotRecorded] = []
    # a figure the next sentence names is that one's ("400 km2. This is the
    # area ...") before it can be the tail of the sentence before
    sentences = join_fragments(join_openers(split_sentences(distribute(unglue(text)))))
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
        unit_look(sentence) and bool(UNIT.search(sentence.folded))
        for sentence in sentences
    ]
    paragraph_oblasts = oblasts_by_paragraph(
        paragraph_of, oblasts, with_area, [sentence.folded for sentence in sentences]
    )
    heading: HeadingPlace | None = None  # the place a heading line names
    for index, sentence in enumerate(sentences):
        if sentence.paragraph != context.paragraph:
            # the period the paragraph's last figure read, for an elaborating
            # paragraph after it ("For example, …")
            context.paragraph_before = (
                context.periods if not context.periods_back else []
            )
            context.speaker = None
            context.earlier_side = context.named_side
            context.named_side, context.last_dates = "", None
            context.periods, context.periods_back = [], 0
            context.last_sentence, context.axis = "", ""
            context.paragraph = sentence.paragraph
        note_heading(context, sentence.folded, published, events or {})
        context.paragraph_oblast = (
            listed_place(context, sentence.folded) or paragraph_oblasts[index]
        )
        found, others = read_sentence(
            sentence, _following(sentences, index), regions_of[index], published,
            events or {}, context, source, url,
        )  # fmt: skip
        if found:
            following = next_sentence(sentences, index)
            found = dated_by_next(found, following, published, events or {})
            found = placed_by_heading(found, heading, sentence.paragraph)
        if is_heading(sentence.text, with_area[index]):
            heading = heading_place(sentence.text, sentence.paragraph, oblasts[index])
        by_paragraph.setdefault(sentence.paragraph, []).extend(found)
        named_in.setdefault(sentence.paragraph, set()).update(
            m.region for m in regions_of[index] if m.specific
        )
        not_recorded.extend(others)
        context.last_sentence = sentence.folded
        context.axis = unknown_axis(sentence.folded, regions_of[index]) or context.axis
    candidates = [
        c
        for found in placed_by_paragraph([*by_paragraph.values()], [*named_in.values()])
        for c in found
    ]
    candidates = earlier_levels(candidates)  # "controlled 1,376 … now control 800"
    candidates, again = told_once(candidates)  # one figure told twice
    not_recorded.extend(again)
    candidates, parts = parts_dropped(candidates)  # "since 2014, N of the total"
    not_recorded.extend(parts)
    for post in posts:
        read = extract(
            post.text, published=post.posted, source=source, url=url,
            is_html=False, events=events,
        )  # fmt: skip
        candidates.extend(read.candidates)
        not_recorded.extend(read.not_recorded)
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


_HEDGED = re.compile(r"\b(?:especially|mainly|mostly|including|particularly)\b", re.I)
