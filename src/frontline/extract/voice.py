"""Whose voice a sentence carries on, when it names no one.

A new paragraph clears the speaker of the one before, but "Since March, he
disclosed, …", "…, the source said" or a paragraph that is only a quotation
still speaks for the person the earlier paragraph named: a Russian general's
unsubjected "liberated" is Russia's gain, a Kyiv source's "we" Ukraine's.
"""

from __future__ import annotations

import re

from frontline.extract.figure import Context

_SAID = (
    r"(?:said|says|added|adds|disclosed|revealed|noted|notes|stated|states|told|tells"
    r"|claimed|claims|announced|reported|stressed|explained|continued|wrote|writes"
    r"|insisted|emphasi[sz]ed|declared|boasted|confirmed|went\s+on"
    # "The president was told that …": told by his own side's officers
    r"|(?:was|were)\s+(?:told|informed|briefed))"
)
# "he said", "it added", "the source said", "the ministry reported": words that
# point back to a speaker named before, not a new one.
_BACK_SAID = re.compile(
    r"\b(?:he|she|it|they|the\s+(?:source|official|officer|commander|general|minister"
    r"|ministry|spokes(?:man|woman|person)|president|chief|military|general\s+staff))"
    rf"\s+(?:also\s+|then\s+|later\s+)?{_SAID}\b",
    re.IGNORECASE,
)
_QUOTE_OPENS = re.compile(r"^\W{0,3}?[\"\u201c]")
# A quotation whose speaker is told after it ("…,” a soldier told Reuters):
# another voice than the earlier one.
_NAMED_SAID = re.compile(
    rf"[\"\u201d],?\s+(?:[\w'.-]+\s+){{1,5}}?{_SAID}\b", re.IGNORECASE
)


def carried_voice(folded: str, context: Context) -> tuple[str, str] | None:
    """The earlier paragraph's speaker, when this sentence points back to it."""
    if context.speaker is not None or context.earlier_speaker is None:
        return None
    if _BACK_SAID.search(folded):
        return context.earlier_speaker
    if _QUOTE_OPENS.match(folded) and not _NAMED_SAID.search(folded):
        return context.earlier_speaker
    return None
