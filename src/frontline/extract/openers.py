"""A figure that opens a passage and the sentence that says what it is.

"400 km2. This is the area retaken by Kyiv's forces since June." The figure
stands alone; the next sentence names it ("this is the area …") and gives its
verb, side and period. Joined, the figure is read as "400 km2, the area retaken
by Kyiv's forces since June" would be.
"""

from __future__ import annotations

import re

from frontline.extract.numbers import BARE_FIGURE, UNIT
from frontline.extract.text import Sentence

# Only a hedge, a number and a unit: the figure said first, on its own.
_BARE = re.compile(
    # "(154 square miles)": the same figure converted adds nothing of its own
    BARE_FIGURE + r"(?:\s*\([^()]{1,30}\))?\s*[.!:]?\W*",
    re.IGNORECASE,
)
# "This is the area …", "That is how much land …", "It was the territory …"
_NAMES_IT = re.compile(
    r"\W*(?:this|that|it|such)\s+(?:is|was|are|were|represents|marks)\s+"
    r"(?:the\s+|how\s+much\s+)?(?:total\s+)?(?:area|territory|land|ground)\b",
    re.IGNORECASE,
)

# "1,000 km2. This is the land Moscow wants Kyiv to give up": a demand, a plan
# or a supposition tells of no land taken; the figure stays on its own. ("may"
# is left out: it is also the month.)
_NOT_FACT = re.compile(
    r"\b(?:wants?|wanted|would|could|should|might|demand\w*|insist\w*|if|"
    r"unless|plan\w*|propos\w*|offer\w*|seeks?|hopes?)\b",
    re.IGNORECASE,
)


def join_openers(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each bare figure joined to the next sentence of its
    paragraph when that one says what the figure is and names no area itself."""
    joined: list[Sentence] = []
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        if (
            after is not None
            and after.paragraph == sentence.paragraph
            # A hedge, a number, a unit and its conversion fit in 70
            # characters; more is words the figure carries itself.
            and len(sentence.text) < 70
            and _BARE.fullmatch(sentence.folded)
            and _NAMES_IT.match(after.folded)
            and not UNIT.search(after.folded)
            and not _NOT_FACT.search(after.folded)
        ):
            joined.append(Sentence(f"{sentence.text} {after.text}", after.paragraph))
            index += 2
            continue
        joined.append(sentence)
        index += 1
    return joined
