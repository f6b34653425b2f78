"""Posts embedded in an article, each read on the day it was posted.

A page that quotes a post carries its text and, on the line after it, the
platform's signature: "— Institute of Emerging Policy Perspectives
(@InstituteOEPP) August 29, 2024". The post's "in the past 24 hours" counts
back from that day, not from the day the page that embeds it was published.
`split_embeds` takes each signed post out of the text, with its day, so that
it is read as a statement of its own made on that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from frontline.extract.text import find_dateline

# "— Name (@handle) August 29, 2024": a dash, a name, a handle in brackets,
# a date, alone on its line.
_SIGNATURE = re.compile(
    r"^[ \t]*[\u2014\u2013-][ \t]*[^\n()@]{1,80}\(@\w{1,30}\)[ \t]+"
    r"(?P<day>[^\n]{6,30}?)[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Embedded:
    """The text of a post quoted in an article, and the day it was posted."""

    text: str
    posted: date


def split_embeds(text: str, published: date | None) -> tuple[str, list[Embedded]]:
    """The text without its signed posts, and the posts. A post runs from the
    blank line before its signature, or is the one line above it when no blank
    line sets it apart; one posted after the page's own day, or whose day
    cannot be read, is left in place."""
    if "(@" not in text:
        return text, []
    posts: list[Embedded] = []
    kept: list[str] = []
    last = 0
    for signature in _SIGNATURE.finditer(text):
        dateline = find_dateline(signature["day"])
        posted = dateline.published if dateline is not None else None
        if posted is None or (published is not None and posted > published):
            continue
        opening = text.rfind("\n\n", last, signature.start())
        if opening >= 0:
            begin = opening + 2
        else:
            # no blank line above it: the post is the one line right above
            above = text.rfind("\n", last, max(last, signature.start() - 1))
            begin = last if above < 0 else above + 1
        body = text[begin : signature.start()].strip()
        if not body:
            continue
        kept.append(text[last:begin])
        posts.append(Embedded(body, posted))
        last = signature.end()
    if not posts:
        return text, []
    kept.append(text[last:])
    return "\n\n".join(part.strip("\n") for part in kept if part.strip()), posts
