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

from frontline.extract.places import REGION_NAMES

# Characters folded for matching only. Each maps one character to one character,
# so offsets found in the folded text are offsets in the original sentence too.
FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        # guillemets and low quotes, as translations from Ukrainian and Russian
        # print quotations
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2007": " ",
        "\u2002": " ",
        "\u2003": " ",
    }
)

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
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’»)]*(?=\s+[\"'“‘«„(]?[A-Z0-9•\-])|\n")
_LINE_END = re.compile(r"[.!?:;\"'”’»)]\s*$")


# Settlements as translations name them ("populated areas", "population
# centres"), for the lists of settlement words that count places, not land.
POPULATED_PLACES = r"populated\s+(?:areas|places|points)|population\s+cent(?:er|re)s"


# "Russia has reportedly recaptured 683 km2", "they successfully regained 26":
# an adverb that says how sure or how well, not what happened, read as blank
# (the same length, so offsets still hold) so that no rule need allow for it.
_HEDGE_ADVERB = re.compile(
    r"\b(?:reportedly|allegedly|apparently|successfully)\s+(?=[a-z])",
    re.IGNORECASE,
)


# "Aug. 20", "Sept. 2024": the dot of a short month name, read as a space so
# that "Feb. 24 invasion" is words like "February 24 invasion".
_MONTH_DOT = re.compile(
    r"\b(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s+\d)"
)


# A wire dateline opening a story: "KYIV, Ukraine (AP) - ", "MOSCOW, Nov 25
# (Reuters) - ", "DONETSK - ". Where the report was filed is no place, side or
# date of its figures; it is read as blank (offsets kept) like the adverbs.
_WIRE_DATELINE = re.compile(
    r"\A[A-Z][A-Z'.-]{3,}(?:\s[A-Z][A-Z'.-]+){0,2}"
    r"(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"(?:\s*\([A-Z][\w .&-]{1,30}\))?\s*-{1,2}\s+(?=\S)"
)


# "Meanwhile, the analysis suggests …", "However, in the past week …": a word
# that links the sentence to the one before, then a comma. It would stand as
# the sentence's first clause, whose period the figure's clause falls back on,
# and hide the clause it opens ("Meanwhile, in the south, …") from the looks
# at a sentence's head; it is read as blank (offsets kept), and kept apart
# (`Sentence.opener`) for the look that asks for it ("meanwhile": the time of
# the figure before). "Overall," and "Earlier," say something of the period,
# and "Moreover," or "Also," that the figure is another matter than the
# sentence before: they stay.
_LINKING_OPENER = re.compile(
    r"\A\s*(?:Meanwhile|However|Nevertheless|Nonetheless|Notably|Meantime|Indeed"
    r"|Still|Importantly|At the same time|In contrast|By contrast"
    r"|On the other hand),\s+(?=\S)"
)


# Hedges written in other words, read as the common word of the same length,
# padded with spaces before it (offsets kept), so that every look that names "about" or
# "more than" before a number ("an area of about 600,000 km2" is a country's
# size) reads them too.
_HEDGE_SYNONYMS = {
    "approx.": "  about",
    "approx": " about",
    "close to": "  nearly",
    "in excess of": "   more than",
    "upwards of": " more than",
}
_HEDGE_SYNONYM = re.compile(
    r"\b(?:approx\.?|close to|in excess of|upwards of)(?=\s+\d)", re.IGNORECASE
)


def _common_hedge(found: re.Match[str]) -> str:
    words = found.group(0)
    common = _HEDGE_SYNONYMS[words.lower()]
    if words[0].isupper():
        return common.replace(common.strip(), common.strip().capitalize())
    return common


# "the Russian Federation": the country by its full name, read as "Russia"
# padded with spaces (offsets kept), for the looks that know the country by
# its short name ("into the Russian Federation" is land in Russia, "the
# Russian Federation does not control" names the side).
# Not after "of", where the adjective reads as before: "the Armed Forces of the
# Russian Federation" are Russian forces, "the territory of the Russian
# Federation" Russian land, and "the full-scale invasion of the Russian
# Federation" Russia's invasion, not of Russia.
_FULL_NAME = re.compile(
    r"(?<!\bof )(?<!\bof the )\b(?:the\s+)?Russian\s+Federation\b(?!['\u2019])"
)


def _short_name(found: re.Match[str]) -> str:
    return "Russia".ljust(len(found.group(0)))


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


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
        folded = self.text.translate(FOLD)
        opener = ""
        if folded[:3].isupper():
            folded = _WIRE_DATELINE.sub(_blank, folded, count=1)
        if "," in folded[:20]:
            found = _LINKING_OPENER.match(folded)
            if found is not None:
                opener = found.group(0).strip()
                folded = " " * found.end() + folded[found.end() :]
        if "ly " in folded:
            folded = _HEDGE_ADVERB.sub(_blank, folded)
        if ". " in folded:
            folded = _MONTH_DOT.sub(r"\g<month> ", folded)
        if "Federation" in folded:
            folded = _FULL_NAME.sub(_short_name, folded)
        if "pprox" in folded or " of " in folded or "ose to" in folded:
            folded = _HEDGE_SYNONYM.sub(_common_hedge, folded)
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


def unglue(text: str) -> str:
    """The text with a space put back where markup glued two words."""
    text = _GLUED_STOP.sub(". ", text)
    text = _GLUED_NAME.sub(r"\g<0> ", text)  # after the letter it reads
    return _GLUED_UNIT.sub(lambda found: found.group(0) + " ", text)
