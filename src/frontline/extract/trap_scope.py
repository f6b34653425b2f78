"""The words of a figure's clause that can make it a trap.

A clause (`clauses.stretches`) runs from one figure's separator to the next;
with one figure in a sentence it is the whole sentence. A trap word in a
clause of its own ("Russia took 38 km2 in the past week, while little changed
hands near Kupiansk"; "…, while another 25 remain contested"; "Despite forest
fires nearby, Russia's troops seized 22 km2") says nothing of the figure, so
the trap words are looked for only from the last such break before the figure
to the first one after it.
"""

from __future__ import annotations

import re

# ", cleared of sabotage groups - about 182": a comma, words with no figure,
# and a dash before a figure: the words are that figure's label.
LABEL_THEN_FIGURE = r"|,(?=\s*[^,;.\d]{1,60}?\s[-\u2013\u2014]\s*(?:[a-z]+\s+){0,2}\d)"
# A second finite clause joined by a contrast word, or a semicolon.
_BREAK = re.compile(
    r",?\s*\b(?:while|whereas|although|though|even\s+though)\b"
    # (not a dash: "while the rest \u2014 about 27 km2 \u2014 is a grey zone" sets
    # the figure inside its clause)
    r"|,\s*(?:but|yet)\b|;"
    # "… in Pokrovsk, where the grey zone still covers the centre": a
    # relative clause on the place, with a subject and verb of its own
    r"|,\s*where\b"
    # "holding about 660 km2, with 360 km2 more in a grey zone": a figure of
    # its own, its words its own
    r"|,\s*with\b(?=\s+(?:[a-z]+\s+){0,2}\d)" + LABEL_THEN_FIGURE,
    # "liberated is 168 km2, cleared of sabotage groups - about 182 km2": a
    # label and, after its dash, a figure of its own
    re.IGNORECASE,
)
# "Despite forest fires nearby, …", "After the fields were cleared of mines, …":
# a fronted phrase or clause, closed by its comma.
_FRONTED = re.compile(
    r"^\W*(?:despite|in\s+spite\s+of|after|before|although|though|while|once|"
    r"because|as)\b[^,;]{0,120},",
    re.IGNORECASE,
)


# "Although contested, some 60 km2 … are held by Russia": a reduced clause (a
# participle, no subject of its own) describes the figure's own subject.
_REDUCED = re.compile(
    r"^\W*(?:although|though|while|once)\s+(?:[a-z]+ly\s+|still\s+|partly\s+|now\s+)?"
    r"[a-z]+(?:ed|en)\s*,",
    re.IGNORECASE,
)


_AND_DOING = re.compile(r"\band\s+(?:were|was|are|is)\s+(?:now\s+)?[a-z]+ing\b", re.I)
_DIGIT = re.compile(r"\d")


def own_words(clause: str, at: int, lookahead: str = "") -> str:
    """The part of `clause` that belongs to the figure starting at `at`;
    `lookahead` is the text after the clause, where a break may be told by
    what follows it (a dash and the next figure)."""
    low, high = 0, len(clause)
    fronted = _FRONTED.match(clause)
    if fronted and fronted.end() <= at and not _REDUCED.match(clause):
        low = fronted.end()
    for found in _BREAK.finditer(clause + lookahead, low):
        if found.start() >= len(clause):
            break
        if found.end() <= at:
            low = found.end()
        elif found.start() >= at:
            high = found.start()
            break
    # "… liberated 16 km2 over the past week and were completing the clearance
    # of the city's northern districts": a second predicate after the figure
    # (its words stay its own, and a figure after it keeps them: "… and is
    # stabilising another 4,000 km2")
    after = _AND_DOING.search(clause, at, high)
    if after is not None and not _DIGIT.search(clause, after.end(), high):
        high = after.start()
    return clause[low:high]
