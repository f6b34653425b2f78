"""Numbers and area units as articles write them, converted to km².

An area figure is a number ("2,700", "1.2 thousand", "a thousand", "two") followed
by an area unit ("km2", "km²", "sq km", "square kilometres", "square miles",
"hectares"). Miles and hectares are converted to km² and the original words are
kept, so the note can show what the article said. A conversion in parentheses or
after "or" ("259 square kilometers (100 square miles)") restates the same figure
and is read as one figure, never two.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

KM2_PER_UNIT = {
    "km2": 1.0,
    "mi2": 2.589988110336,  # international mile squared, exact by definition
    "ha": 0.01,
}

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_SMALL_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
_NUMBER_WORD = rf"(?:{_SMALL_WORD}|hundred|thousand|million)"
# "two", "twenty-five", "a thousand", "two thousand five hundred", "half a".
# "half a square kilometre" (before a unit only), "one and a half thousand".
_WORDS = (
    rf"(?:(?:\bhalf\s+)?\ba\s+(?:hundred|thousand|million|dozen)\b"
    r"|\bhalf\s+an?(?=\s+(?:square|sq\b))"
    rf"|\b{_NUMBER_WORD}\b)"
    rf"(?:(?:\s+and\s+|[\s-]+)\b{_NUMBER_WORD}\b|\s+and\s+a\s+half\b)*"
)
# "4,5 thousand", "12,6 sq km": a decimal comma, as translations from Ukrainian
# and Russian write it, read only before a scale word or an area's unit
# (elsewhere "4,500" is four thousand).
# "about 4, 500 km2": a space typed after the thousands comma, read only after a
# hedge or "of" (elsewhere "on June 8, 300 km2 …" is a date and a figure).
_SPACED = (
    "".join(
        f"(?<=\\b{word}\\s)|"
        for word in ("about", "around", "nearly", "almost", "over", "than")
    )
    + r"(?<=\bof\s)|(?<=\bsome\s)|(?<=\bleast\s)|(?<=\broughly\s)"
    + r"|(?<=\bapproximately\s)|(?<=~)|(?<=\bcirca\s)"
)
_DIGITS = (
    rf"(?=\d)(?:{_SPACED})\d{{1,3}}(?:,\s\d{{3}})+(?![\d,])|"
    r"(?<![\w.,])(?:\d{1,3},\d{1,2}(?=\s+(?:thousand|million)\b|\s*(?:km|sq\b|sq\.|square))"
    r"|\d{1,3}(?:,\d{3})+"
    # "74'661": an apostrophe for the thousands, as Swiss usage writes it
    r"|\d{1,3}(?:[ \u00a0\u202f'\u2019]\d{3})+(?!\d)|\d+)"
    r"(?:\.\d+)?(?!\.?\d)"
)
_SCALE_AFTER = r"(?:\s+(?:thousand|million)\b|\s?k\b)?"
# Every number starts a word, with a digit or the first letter of one of the
# words above ("a", "half", "two", "thousand"): the look ahead says so once, so
# that a search fails at most characters after one test instead of trying each
# branch there (find_numbers on 1 MB of articles, 0.45 s -> 0.15 s).
_STARTS = "".join(sorted({word[0] for word in (*_SMALL, *_SCALES, "a", "half")}))
NUMBER = re.compile(
    rf"\b(?=[\d{_STARTS}])(?:{_DIGITS}{_SCALE_AFTER}|{_WORDS})", re.IGNORECASE
)
# A hedge a figure may carry before its number ("about", "more than"), optional:
# one list for the patterns that look past it to the number ("approx.", "close
# to" and "in excess of" are read as these by `folding`).
HEDGE = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|circa|over"
    r"|more\s+than)\s+|~\s*)?"
)

_UNIT_PATTERNS = (
    (
        "km2",
        # "square meters. km": a garbled translation of "sq. km".
        r"square[\s-]+met(?:re|er)s?\.\s*kms?\b|"
        r"square[\s-]+kilomet(?:re|er)s?|square[\s-]+kms?\b|sq\.?[\s-]*kms?\b|sqkms?\b"
        # an editor's insertion into a quote: "300 (square) kilometers"
        r"|[(\[]\s*square\s*[)\]]\s*kilomet(?:re|er)s?"
        # and the whole unit, with or without the editor's mark:
        # "12 (square kilometers - ed.)"
        r"|[(\[]\s*(?:square[\s-]+kilomet(?:re|er)s?|sq\.?[\s-]*kms?|km\s?[2\u00b2])\s*"
        r"(?:[-,\u2013\u2014]\s*(?:eds?\.?|editor(?:'s\s+note)?|note)\s*)?[)\]]"
        r"|sq\.?[\s-]*kilomet(?:re|er)s?",
    ),
    # "3,000 km sq", "40 kms sq.": the abbreviation turned round
    # "158.4 kilometers square total": the same, in words
    (
        "km2",
        r"km\s?(?:2|²|\^2)|kilomet(?:re|er)s?\s+squared?\b|kms?²|kms?\.?\s+sq\b\.?",
    ),
    ("mi2", r"square[\s-]+miles?|sq\.?[\s-]*mi(?:les?)?\b|mi\s?(?:2|²|\^2)"),
    ("ha", r"hectares?\b|ha\b"),
)
_UNIT_TEXT = "|".join(pattern for _, pattern in _UNIT_PATTERNS)
UNIT = re.compile(_UNIT_TEXT, re.IGNORECASE)
# A share told in words ("half", "two-thirds", "three quarters") of a figure.
FRACTION = r"(?:half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?)"
# A figure and nothing else ("Nearly 125,000 square kilometers"): the start of
# the patterns that find a sentence made of one figure, to join it to another.
BARE_FIGURE = rf"\W*{HEDGE}(?:{NUMBER.pattern})\s*(?:{UNIT.pattern})"


# "another square kilometre", "a single square kilometre": one, with no numeral
# (only before a unit: elsewhere "another" counts nothing).
_ONE_MORE = r"\banother(?=\s)|\ba\s+single(?=\s)"


def _area_pattern(prefix: str) -> str:
    """Number then unit, with group names that can appear twice in one regex."""
    return (
        rf"(?P<{prefix}number>{NUMBER.pattern}|{_ONE_MORE})"
        # "liberate 1.5 more square kilometres": land added; not "100 more km2
        # than" (a difference, which `cues` reads from the word after the figure)
        rf"(?:\s+(?:more|additional|further|extra)(?=\s+(?:{_UNIT_TEXT})"
        r"(?![^.;]{0,60}?\bthan\b)))?"
        # "500 or so sq km", "500-odd sq km": a round figure, hedged (building)
        r"(?:\s+or\s+so(?=\s)|-odd(?=\s))?"
        r"(?:(?:\+|-plus)?\s*-\s*|(?:\+|-plus)?\s*)"
        rf"(?P<{prefix}unit>{_UNIT_TEXT})"
    )


AREA = re.compile(_area_pattern(""), re.IGNORECASE)
# "several hundred", "a few thousand", "many thousands of": an amount, no figure.
_VAGUE_BEFORE = re.compile(
    r"\b(?:several|a\s+few|few|many|multiple)\s+$", re.IGNORECASE
)
# "more than 450 sq km (over 170 sq mi)": a bound word in the brackets too.
_QUALIFIER = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|~|≈|over|just\s+over"
    r"|more\s+than|at\s+least|under|less\s+than|up\s+to)"
)
_CONVERSION = re.compile(
    rf"\.?\s*(?:[(\[]\s*(?P<p_q>{_QUALIFIER}\s*)?(?P<paren>{_area_pattern('p_')})\s*[)\]]"
    rf"|(?:\s+of\s+(?:[\w-]+\s+)?(?:territory|land))?,?\s+or\s+(?P<a_q>{_QUALIFIER}\s+)?"
    rf"(?P<alt>{_area_pattern('a_')})"
    rf"|(?:\s+-\s*|\s*[\u2014\u2013]\s*)(?:or\s+)?(?P<d_q>{_QUALIFIER}\s+)?(?P<dash>{_area_pattern('d_')})"
    # "8,000 square kilometers, which is over 3,000 square miles"
    rf"|,?\s+which\s+is\s+(?P<w_q>{_QUALIFIER}\s+)?(?P<which>{_area_pattern('w_')}))",
    re.IGNORECASE,
)


# A dot before three digits ending in "00", or several such groups: thousands
# ("1.200", "4.500", "1.234.567"); no decimal is written with two trailing zeros.
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d00|(?:\.\d{3}){2,})")
_APOSTROPHE_THOUSANDS = re.compile(r"(?<=\d)['\u2019](?=\d{3}\b)")
_SCALED = re.compile(r"(\d[\d, ]*(?:\.\d+)?)\s*(thousand|million|k)?")


def parse_number(text: str) -> float | None:
    """The value of a number as written: `2,700`, `1.2 thousand`, `a thousand`, `two`.

    Returns None for text that is not a number, so callers can skip it.
    """
    cleaned = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if "'" in cleaned or "\u2019" in cleaned:
        cleaned = _APOSTROPHE_THOUSANDS.sub("", cleaned)  # "74'661"
    if _DOT_THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")  # "1.200 km2", as translations write it
    scaled = _SCALED.fullmatch(cleaned)
    if scaled:
        digits = re.sub(r"[, ]", "", scaled[1])
        if re.fullmatch(r"\d{1,3},\d{1,2}", scaled[1].strip()):
            # "4,5 thousand", "12,6 square kilometres": a decimal comma (never
            # thousands, which take three digits)
            digits = scaled[1].strip().replace(",", ".")
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = {"thousand": 1_000, "million": 1_000_000, "k": 1_000}.get(
            scaled[2] or "", 1
        )
        value *= scale
        # A number too large for a float ("9" written 400 times) is no figure.
        return value if math.isfinite(value) else None
    words = re.split(r"[\s-]+", cleaned)
    words = [word for word in words if word != "and"]
    if not words:
        return None
    if words in (["half", "a"], ["half", "an"]):
        return 0.5  # "half a square kilometre"
    if words[:2] == ["half", "a"] and len(words) > 2:
        whole = parse_number(" ".join(words[1:]))  # "half a thousand"
        return whole / 2 if whole is not None else None
    if words[:2] == ["a", "dozen"] and len(words) == 2:
        return 12.0  # "a dozen square kilometres"
    if words[0] == "a":
        if len(words) < 2 or words[1] not in _SCALES:
            return None
        words[0] = "one"
    total = 0
    current = 0
    seen = False
    for index, word in enumerate(words):
        if word == "a" and words[index + 1 : index + 2] == ["half"]:
            continue  # "one and a half thousand"
        if word == "half" and index and words[index - 1] == "a":
            current += 0.5
            seen = True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in ("thousand", "million"):
            total += (current or 1) * _SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


@dataclass(frozen=True, slots=True)
class AreaFigure:
    """One area as written in a sentence: its span, words and value in km².

    `start`..`end` cover the number and unit (and a restating conversion, when
    there is one); `original` holds the non-km² wording, e.g. "100 square miles",
    or None when the article gave km² only.
    """

    start: int
    end: int
    text: str
    number_text: str
    unit: str
    km2: float
    original: str | None = None
    hedge: str = ""  # "… 489 sq mi, or around 1,263 km2": the km2 figure's own word


def unit_of(unit_text: str) -> str | None:
    """`km2`, `mi2` or `ha` for a unit as written, or None if it is no area unit."""
    for name, pattern in _UNIT_PATTERNS:
        if re.fullmatch(pattern, unit_text.strip(), re.IGNORECASE):
            return name
    return None


def _area_value(number_text: str, unit_text: str) -> tuple[float, str] | None:
    one_more = re.fullmatch(r"another|a\s+single", number_text, re.IGNORECASE)
    value = 1.0 if one_more else parse_number(number_text)
    unit = unit_of(unit_text)
    if value is None or unit is None:
        return None
    return value * KM2_PER_UNIT[unit], unit


def find_areas(sentence: str) -> list[AreaFigure]:
    """Every area figure in a sentence, in order; conversions merged into one."""
    figures: list[AreaFigure] = []
    position = 0
    while True:
        found = AREA.search(sentence, position)
        if not found:
            return figures
        parsed = _area_value(found["number"], found["unit"])
        if parsed is None:
            position = found.end()
            continue
        km2, unit = parsed
        end = found.end()
        if _VAGUE_BEFORE.search(sentence, max(0, found.start() - 20), found.start()):
            position = end  # "several hundred km2": no figure to record
            continue
        original = None if unit == "km2" else found.group(0)
        hedge = ""
        conversion = _CONVERSION.match(sentence, end)
        if conversion:
            form = next(
                name for name in ("paren", "alt", "dash", "which") if conversion[name]
            )
            prefix, other_text = f"{form[0]}_", conversion[form]
            other = _area_value(
                conversion[f"{prefix}number"], conversion[f"{prefix}unit"]
            )
            if other is not None and other[1] == unit and prefix == "p_":
                # "420 square kilometers (261 square kilometers)": a conversion
                # misprinted in the figure's own unit is no second figure
                end = conversion.end()
            elif other is not None and other[1] != unit:
                end = conversion.end()
                if unit != "km2" and other[1] == "km2":
                    km2 = other[0]
                    unit = "km2"
                    hedge = (conversion[f"{prefix}q"] or "").strip()
                elif unit == "km2":
                    original = other_text.strip()
        figures.append(
            AreaFigure(
                start=found.start(),
                end=end,
                text=sentence[found.start() : end],
                number_text=found["number"],
                unit=unit,
                km2=km2,
                original=original,
                hedge=hedge,
            )
        )
        position = end


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in a sentence that is not part of an area figure."""

    start: int
    end: int
    text: str
    value: float
    in_words: bool


def find_numbers(sentence: str) -> list[NumberMention]:
    """Every number in a sentence (digits or words), in order."""
    mentions = []
    for found in NUMBER.finditer(sentence):
        value = parse_number(found.group(0))
        if value is None:
            continue
        mentions.append(
            NumberMention(
                found.start(),
                found.end(),
                found.group(0),
                value,
                not found.group(0)[:1].isdigit(),
            )
        )
    return mentions


def original_unit(area: AreaFigure) -> str:
    """The unit an area was first written in, which a bare number after it repeats:
    the one before any conversion in brackets ("5,000 km2 (1,931 square miles),
    4,900 to be specific" repeats km2)."""
    written = area.text.split("(")[0].lower()
    if "mile" in written or re.search(r"\bmi\b|mi[2\u00b2]", written):
        return "mi2"
    if "hectare" in written or re.search(r"\bha\b", written):
        return "ha"
    return "km2"
