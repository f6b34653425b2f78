"""The words a pattern cannot match without: a cheap test before a search.

Most sentences of an article hold none of the words a given phrase needs
("half … of", "the past … weeks", "… oblast"), yet a search tries the pattern
at each of their characters. `needed` reads a pattern's parse tree once and
returns strings of which every match contains at least one; `gated` wraps a
pattern so that a search of a text holding none of them (in any case) is not
made: it would have found nothing.

The strings are necessary, never sufficient: what the tree makes optional,
repeats zero times or spells with a class of characters adds no requirement,
and a pattern the reading cannot bound gets None and is always searched.
Reading a tree costs about as much as compiling the pattern, so only small
patterns asked of every sentence are worth wrapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as _ops  # the parser `re.compile` itself uses
from re import _parser

# Characters a case-blind pattern takes for an ASCII letter that `str.lower`
# does not make that letter (the Kelvin sign it does): folded first, so that a
# letter matched case-blind is that letter in the comparable text.
_CASE_BLIND = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_REPEATS = {_ops.MAX_REPEAT, _ops.MIN_REPEAT, _ops.POSSESSIVE_REPEAT}


def comparable(text: str) -> str:
    """The text as `needed`'s strings are looked for in it: lowercased, with
    the letters a case-blind match equates folded (ASCII text has none, and
    Python knows a string is ASCII without reading it)."""
    if text.isascii():
        return text.lower()
    return text.translate(_CASE_BLIND).lower()


def needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (lowercased) one of which every match of `pattern` contains."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled, so it parses
        return None
    found = _sequence(list(tree))
    if not found:
        return None
    # "third" already asks what "thirds" asks: the shorter is enough.
    shortest = sorted(found, key=lambda word: (len(word), word))
    return tuple(
        word
        for index, word in enumerate(shortest)
        if not any(other in word for other in shortest[:index])
    )


class Gated:
    """A compiled pattern whose searches skip a text without the words it needs.

    Only the searching methods are gated; anything else (`pattern`, `sub`, …)
    is the pattern's own.
    """

    __slots__ = ("_needs", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._needs: tuple[str, ...] | bool | None = False  # read on first use

    def __getattr__(self, name: str) -> object:
        return getattr(self.regex, name)

    @property
    def needs(self) -> tuple[str, ...] | None:
        """The pattern's `needed` strings, read at its first search, not at
        import: a command that never extracts pays nothing for them."""
        if self._needs is False:
            self._needs = needed(self.regex)
        return self._needs  # type: ignore[return-value]

    def may_match(self, text: str) -> bool:
        """False only when no match can be in `text`."""
        needs = self.needs
        if needs is None:
            return True
        return any(map(comparable(text).__contains__, needs))

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.search(text, *span) if self.may_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.match(text, *span) if self.may_match(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.regex.fullmatch(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, *span) if self.may_match(text) else iter(())


def gated(regex: re.Pattern[str]) -> Gated:
    """`regex`, searched only in texts that hold a word each of its matches needs."""
    return Gated(regex)


def _sharper(
    best: frozenset[str] | None, other: frozenset[str] | None
) -> frozenset[str] | None:
    """The sharper of two requirements: the longer shortest string, then fewer."""
    if not other:
        return best
    if best is None:
        return other
    rank = min(map(len, other)), -len(other)
    return other if rank > (min(map(len, best)), -len(best)) else best


def _sequence(items: list) -> frozenset[str] | None:
    """What one of a sequence's parts needs (the sharpest), or None.

    A run of ASCII literals is a string the match holds; a group, a branch
    whose every alternative needs something, and a repeat made at least once
    need what their insides need. Anything else (a class, an optional part, a
    look-around, a non-ASCII letter) ends a run and needs nothing.
    """
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, value in items:
        if op is _ops.LITERAL and value < 128:
            run.append(chr(value).lower())
            continue
        if run:
            best = _sharper(best, frozenset({"".join(run)}))
            run = []
        if op is _ops.SUBPATTERN:
            best = _sharper(best, _sequence(list(value[-1])))
        elif op is _ops.ATOMIC_GROUP:
            best = _sharper(best, _sequence(list(value)))
        elif op is _ops.BRANCH:
            branches = [_sequence(list(branch)) for branch in value[1]]
            if branches and all(branches):
                best = _sharper(best, frozenset().union(*branches))
        elif op in _REPEATS and value[0] >= 1:
            best = _sharper(best, _sequence(list(value[2])))
    if run:
        best = _sharper(best, frozenset({"".join(run)}))
    return best
