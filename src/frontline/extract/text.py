"""Articles as the extractor reads them: plain sentences, and the date they carry.

Analysts paste text, save web pages or pipe HTML, so the same reader must turn
all of them into sentences: tags, scripts and styles go, entities are unescaped,
block elements become line breaks. The publication date anchors every relative
phrase ("so far this year"), so it is looked for where articles put it: a
dateline in the first lines, or a page's `article:published_time`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from frontline.extract.folding import FOLD, fold
from frontline.extract.places import REGION_NAMES

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)

# A cheap test for a sentence that may hold an area figure: every area unit
# `numbers` reads has one of these stems.
UNIT_HINT = re.compile(r"km|sq|square|hectare|\bha\b|mi\s?(?:2|²|\^2)", re.IGNORECASE)
# Text every unit numbers.UNIT reads contains (its "ha" needs no word before it).
UNIT_LOOK = re.compile(r"km|sq|square|hectare|ha\b|mi\s?(?:2|²|\^2)", re.IGNORECASE)
# The two on lowercased ASCII text ("square" is found by its "sq"; "\bha\b"
# as "h" not after a word character, so every branch opens with a letter).
_UNIT_HINT_LOWER = re.compile(r"km|sq|hectare|h(?<!\w.)a\b|mi\s?(?:2|\^2)")
_UNIT_LOOK_LOWER = re.compile(r"km|sq|hectare|ha\b|mi\s?(?:2|\^2)")
# A sentence without an area unit is read for dates only when it may hold one.
# Matched on the lowercased sentence (faster than IGNORECASE): it is asked of
# nearly every sentence.
DATED_LOOK = re.compile(
    r"\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|"
    r"year|month|week|day|hour|since|today|now|spring|summer|autumn|fall|winter"
)

_BLOCK_TAGS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title"}
_HTML_HINT = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(p|div|br|span|article)[\s/>]",
    re.IGNORECASE,
)
# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = {
    "ca",
    "dr",
    "mr",
    "mrs",
    "ms",
    "gen",
    "col",
    "lt",
    "maj",
    "capt",
    "sgt",
    "st",
    "no",
    "vs",
    "approx",
    "sq",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "etc",
    "u.s",
    "u.k",
    "prof",
    "sen",
    "rep",
    "gov",
    "pres",
}
# Units written with a full stop, before a conversion in brackets.
_UNIT_WORDS = {"km", "kms", "mi", "miles", "kilometers", "kilometres"}
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'”’»)]*(?=\s+[\"'“‘«„(]?[A-Z0-9•\-])|\n")
_LINE_END = re.compile(r"[.!?\u2026:;\"'”’»)]\s*$")


# Settlements as translations name them ("populated areas", "population
# centres"), for the lists of settlement words that count places, not land.
POPULATED_PLACES = r"populated\s+(?:areas|places|points)|population\s+cent(?:er|re)s"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence as written, with the paragraph it belongs to (0-based)."""

    text: str
    paragraph: int
    # The sentence with quotes, dashes and spaces folded for matching (made
    # once: every reader of the sentence asks for it).
    folded: str = field(init=False, repr=False, compare=False)
    # The folded sentence in lower case, for the looks asked of every sentence.
    lowered: str = field(init=False, repr=False, compare=False)
    # A linking word that opened the sentence, read as blank ("Meanwhile,").
    opener: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        folded, opener = fold(self.text)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "lowered", folded.lower())
        object.__setattr__(self, "opener", opener)


def unit_hint(sentence: Sentence) -> bool:
    """`UNIT_HINT` found in the sentence. In ASCII text lower case is exact,
    and a pattern without IGNORECASE whose branches all open with a letter is
    searched by the engine's own scan for those letters: several times faster
    on the many sentences with no unit."""
    if sentence.folded.isascii():
        return bool(_UNIT_HINT_LOWER.search(sentence.lowered))
    return bool(UNIT_HINT.search(sentence.folded))


def unit_look(sentence: Sentence) -> bool:
    """`UNIT_LOOK` found in the sentence, as `unit_hint` looks."""
    if sentence.folded.isascii():
        return bool(_UNIT_LOOK_LOWER.search(sentence.lowered))
    return bool(UNIT_LOOK.search(sentence.folded))


def any_of(words: Iterable[str]) -> str:
    """A pattern matching any of the literal `words`, longest first, built as a
    trie: the engine follows only the branch of the letters it reads instead of
    trying each of a few hundred place names at every position of a document."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [
            re.escape(char) + pattern(child) for char, child in node.items() if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy: a longer name is tried before a shorter one it starts with.
        return "(?:" + body + ")?" if "" in node else body

    return pattern(trie)


def looks_like_html(text: str) -> bool:
    """True when the text is a web page or an HTML fragment, not prose."""
    return bool(_HTML_HINT.search(text[:5000]))


class _TextCollector(HTMLParser):
    """Collects visible text; block elements end a line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.meta_dates: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {
                "article:published_time",
                "og:published_time",
                "date",
                "pubdate",
                "publishdate",
                "dc.date",
                "dcterms.created",
            }:
                self.meta_dates.append(values.get("content", ""))
        if tag == "time" and values.get("datetime"):
            self.meta_dates.append(values["datetime"])
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


@dataclass(frozen=True, slots=True)
class PageText:
    """The visible text of a page and the publication date its markup states."""

    text: str
    published: date | None


def html_to_text(markup: str) -> PageText:
    """Visible text of HTML, one block per line, entities unescaped.

    A second `html.unescape` catches entities that were escaped twice
    (`&amp;nbsp;`), which saved pages from some CMSs contain.
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    raw = html.unescape("".join(collector.parts))
    lines = [
        re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in raw.split("\n")
    ]
    text = "\n\n".join(line for line in lines if line)
    published = None
    for value in collector.meta_dates:
        published = _iso_date(value)
        if published:
            break
    return PageText(text, published)


def _iso_date(value: str) -> date | None:
    found = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not found:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text, with hard-wrapped lines joined back together.

    A line break ends a paragraph unless the line stops mid-sentence and the next
    line starts in lower case (a wrapped line, as in "compliance remains" /
    "inconsistent."). Lines that stop without a full stop and go on in capitals
    (a list of points: "… have been achieved" / "Over 700 km2 …") are sentences of
    one paragraph, kept apart by the line break.
    """
    result: list[str] = []
    current: list[str] = []  # the lines of the paragraph being read, joined once

    def close() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    previous = ""  # the last line read: only its end is looked at
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            close()
            previous = ""
            continue
        open_end = bool(current) and not _LINE_END.search(previous[-4:])
        if open_end and line[:1].islower():
            current.append(line)
        elif open_end and line[:1].isupper():
            current.append("\n" + line)
        else:
            close()
            current.append(line)
        previous = line
    close()
    return result


# No sentence is longer than this: a run of numbers or a page without full stops
# is cut at a space, so the work per sentence (which compares every figure with
# every other) stays bounded and an article of any size reads in linear time.
MAX_SENTENCE = 1200
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*$")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of plain text, in order, each tagged with its paragraph."""
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs(text)):
        start = 0
        for end_mark in _SENTENCE_END.finditer(paragraph):
            stop = end_mark.start() + 1
            word = _LAST_WORD.search(paragraph, max(start, stop - 40), stop)
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1).rstrip(".")):
                continue  # an initial: "Donald J. Trump"
            if (
                word
                and word.group(1).lower().rstrip(".") in _UNIT_WORDS
                and paragraph.startswith("(", end_mark.end() + 1)
            ):
                continue  # "6,000 square km. (2,400 square miles)"
            _add_piece(sentences, paragraph[start : end_mark.end()], number)
            start = end_mark.end()
        _add_piece(sentences, paragraph[start:], number)
    return sentences


def _add_piece(sentences: list[Sentence], piece: str, paragraph: int) -> None:
    """A sentence, cut at spaces into parts of at most MAX_SENTENCE characters."""
    piece = piece.strip()
    while len(piece) > MAX_SENTENCE:
        cut = piece.rfind(" ", 0, MAX_SENTENCE)
        if cut <= 0:
            cut = MAX_SENTENCE
        sentences.append(Sentence(piece[:cut].strip(), paragraph))
        piece = piece[cut:].strip()
    if piece:
        sentences.append(Sentence(piece, paragraph))


_DATELINE_DATES = (
    re.compile(
        rf"\b(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH_NAME})\s*,?\s+(?P<year>\d{{4}})\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
DATELINE_LINES = 8
_DATELINE_MAX_CHARS = 90


@dataclass(frozen=True, slots=True)
class Dateline:
    """A publication date found near the top of an article, and the line it is on."""

    published: date
    line: str


def find_dateline(text: str) -> Dateline | None:
    """The date of a short dated line among the first non-empty lines, if any.

    Only short lines count ("November 19, 2024", "Published 19 Nov 2024 14:02",
    "KYIV, Nov. 19, 2024 (Reuters) -"), so a date inside the first paragraph of
    prose ("on February 2, 2024 Putin said ...") is not taken for a dateline.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:DATELINE_LINES]:
        folded = line.translate(FOLD)
        for pattern in _DATELINE_DATES:
            found = pattern.search(folded)
            if not found:
                continue
            dateline_start = re.match(r"[A-Z][A-Z .'-]+,\s", folded) is not None
            if len(folded) > _DATELINE_MAX_CHARS and not dateline_start:
                continue
            published = _date_from_parts(found["year"], found["month"], found["day"])
            if published:
                return Dateline(published, line)
    return None


def _date_from_parts(year: str, month: str, day: str) -> date | None:
    month_number = (
        int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    )
    if month_number is None:
        return None
    try:
        return date(int(year), month_number, int(day))
    except ValueError:
        return None


# Words a page's markup glued to the word before ("LondonUkrainian forces",
# "Read moreRussian troops") or a unit glued to the word after ("480 km2of",
# "kilometresin May"): a side or a region the reading needs, or a period's
# first word, lost to a missing space.
# Each pattern run over the whole text opens with a character to read (the
# letter before the name, the full stop), not a look back: the engine then
# scans for that character itself instead of trying every position.
_GLUED_NAME = re.compile(
    r"[a-z](?=[A-Z])(?<=[a-z]{2})(?=(?:Ukrain(?:e|ian)s?|Russian?s?|Kyiv|Moscow|Kremlin|"
    + any_of(name.capitalize() for name in REGION_NAMES)
    + r")\b)"
)
_GLUED_UNIT = re.compile(
    r"(?<=\d)(\s?(?:km2|km\u00b2|sq\.?\s?km))(?=[a-z]{2})"
    r"|(?<=\d\s)(square\s+(?:kilomet(?:re|er)s|miles))(?=(?:in|of|on|near|since|during|"
    r"over|from|last|this|around|across)\b)",
    re.IGNORECASE,
)


# A full stop with no space after it ("occupied before 2022.This represents
# …"): a sentence ends there when a word or a number ends before it and a
# capitalised word begins after (not "U.S.", "17.53" or "site.com").
_GLUED_STOP = re.compile(r"\.(?:(?<=[a-z]{2}\.)|(?<=\d\.))(?=[A-Z][a-z]+\b)")


# "~600,000 km2", "≈ 120 km2": a sign for "about", which every hedge the
# reading knows is written out as.
_ABOUT_SIGN = re.compile(r"(?<![\w~≈])[~≈]\s?(?=\d)")


def unglue(text: str) -> str:
    """The text with a space put back where markup glued two words, and an
    "about" sign written out."""
    if "~" in text or "\u2248" in text:
        text = _ABOUT_SIGN.sub("about ", text)
    text = _GLUED_STOP.sub(". ", text)
    text = _GLUED_NAME.sub(r"\g<0> ", text)  # after the letter it reads
    return _GLUED_UNIT.sub(lambda found: found.group(0) + " ", text)
