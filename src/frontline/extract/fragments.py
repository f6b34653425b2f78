"""A figure written as a sentence of its own belongs to the sentence before.

"Zelenskyy says 20 percent of our territory is controlled by occupiers as of
today. Nearly 125,000 square kilometers." The second sentence has no verb, no
side and no day: it gives the area of the share the first one states. Joined to
it, the figure is read with that sentence's verb, side and day, as "…, nearly
125,000 km2" would be.
"""

from __future__ import annotations

import re

from frontline.extract.numbers import BARE_FIGURE, UNIT
from frontline.extract.text import Sentence

# Only a hedge, a number, a unit and "of territory": nothing of its own to read.
# The same figure in another unit ("(48,263 square miles)") and who gives it
# (", according to the ISW", ", he said") add nothing to read either.
_FRAGMENT = re.compile(
    BARE_FIGURE
    + r"(?:\s*\([^()]{1,40}\))?"
    + r"(?:\s+of\s+(?:[\w'-]+\s+)?(?:territory|land))?"
    + r"(?:,\s*(?:according\s+to\s+[^,;.]{1,60}|(?:he|she|they)\s+(?:said|added)))?"
    + r"\s*[.!]?\W*",
    re.IGNORECASE,
)


# "6000 square kilometres. That's how much land the Ukrainian president says
# his soldiers have retaken": the sentence after a bare figure that says what
# it is.
_TOLD_AFTER = re.compile(
    r"\W*(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:how\s+much|the\s+(?:amount"
    r"|area|size|extent)\s+of)\b",
    re.IGNORECASE,
)


def join_fragments(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each bare figure joined to the sentence before it in
    its paragraph, when that one has no area of its own, or to the sentence
    after it that says what the figure is."""
    joined: list[Sentence] = []
    held: Sentence | None = None  # a bare figure waiting for the sentence after
    for sentence in sentences:
        if held is not None:
            if held.paragraph == sentence.paragraph and _TOLD_AFTER.match(
                sentence.folded
            ):
                sentence = Sentence(f"{held.text} {sentence.text}", sentence.paragraph)
            else:
                joined.append(held)
            held = None
        before = joined[-1] if joined else None
        fragment = len(sentence.text) < 80 and _FRAGMENT.fullmatch(sentence.folded)
        if (
            fragment
            and before is not None
            and before.paragraph == sentence.paragraph
            and not UNIT.search(before.folded)
        ):
            joined[-1] = Sentence(f"{before.text} {sentence.text}", sentence.paragraph)
        elif fragment and (before is None or before.paragraph != sentence.paragraph):
            held = sentence  # the paragraph opens on it: the next may tell it
        else:
            joined.append(sentence)
    if held is not None:
        joined.append(held)
    return joined
