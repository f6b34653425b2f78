"""A period carried across a paragraph break.

Wire copy often sets each sentence in a paragraph of its own, so the figure
that gives a period ("In October, Russian troops captured 505 km2.") and the
one that goes on with it ("\n\nMost of the gains, about 300 km2, …", "Ukraine,
meanwhile, liberated 40 km2") stand in different paragraphs. A new paragraph
otherwise starts with no period (`candidates`); its first sentence takes the
period of the paragraph before only when its words point back to it. Kept
apart from `timing`, which reads the periods within a paragraph.
"""

from __future__ import annotations

import re

from frontline.extract.figure import Context, Sentence

# A paragraph that opens by giving examples or parts of the figure before it:
# "In August, Ukraine regained 58 km2. \nFor example, in the Dobropillia
# direction …", "\nOf these, 40 km2 were in Donetsk".
_ELABORATES = re.compile(
    r"\W*(?:for\s+(?:example|instance)|in\s+particular|particularly|specifically|"
    r"notably|of\s+(?:these|them|this|that|which)|among\s+them|most\s+of\s+"
    r"(?:it|them|these|this|that))\b",
    re.IGNORECASE,
)

# "Ukraine, meanwhile, liberated 40 km2", "At the same time, …": the time of
# the figure before, across a paragraph break too.
_SAME_TIME = re.compile(
    r"\b(?:meanwhile|in\s+the\s+meantime|at\s+the\s+same\s+time|in\s+that\s+time|"
    r"(?:in|during|over)\s+(?:the\s+same|that)\s+(?:period|time|span))\b",
    re.IGNORECASE,
)


def points_across(
    context: Context, sentence: Sentence, span: tuple[int, int], points_back: bool
) -> bool:
    """True when the paragraph's first sentence goes on with the figure that
    ended the paragraph before (`context.paragraph_before` holds its period):
    a word pointing back (`points_back`, as within a paragraph), an example or
    part ("For example", "Of these"), or the same time ("meanwhile"), also as
    the linking word the folded sentence reads as blank (`Sentence.opener`)."""
    return bool(
        context.paragraph_before
        # the paragraph's first sentence, right after the one that dated it
        and not context.last_sentence
        and (
            points_back
            or _ELABORATES.match(sentence.opener)
            or _ELABORATES.match(sentence.folded)
            or _SAME_TIME.match(sentence.opener)
            or _SAME_TIME.search(sentence.folded, 0, span[0])
        )
    )
