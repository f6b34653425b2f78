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


def join_fragments(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each bare figure joined to the sentence before it in
    its paragraph, when that one has no area of its own."""
    joined: list[Sentence] = []
    for sentence in sentences:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.paragraph == sentence.paragraph
            # A longer sentence has words of its own to read.
            and len(sentence.text) < 80
            and _FRAGMENT.fullmatch(sentence.folded)
            and not UNIT.search(before.folded)
        ):
            joined[-1] = Sentence(f"{before.text} {sentence.text}", sentence.paragraph)
        else:
            joined.append(sentence)
    return joined
