"""A sentence as the rules match it: folded, with words that say nothing of a
figure read as blank.

Every rule matches the folded sentence, never the text as written, so that none
need allow for curly quotes, a wire dateline, "reportedly" before a verb or
"approx." for "about". Each change keeps the sentence's length, so offsets
found in the folded text are offsets in the original sentence too.
"""

from __future__ import annotations

import re

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
# (Reuters) - ", "DONETSK (AFP) - ". Where the report was filed is no place, side or
# date of its figures; it is read as blank (offsets kept) like the adverbs.
_WIRE_DATELINE = re.compile(
    r"\A[A-Z][A-Z'.-]{2,}(?:\s[A-Z][A-Z'.-]+){0,2}"
    # a country, a day or an agency after the place ("NATO - …" is no dateline)
    r"(?=,|\s*\(|\s+[A-Z][a-z]{2,8}\.?\s+\d)"
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
    "closer to": "    about",
    "in excess of": "   more than",
    "upwards of": " more than",
}
_HEDGE_SYNONYM = re.compile(
    r"\b(?:approx\.?|closer? to|in excess of|upwards of)(?=\s+\d)", re.IGNORECASE
)


def _common_hedge(found: re.Match[str]) -> str:
    words = found.group(0)
    common = _HEDGE_SYNONYMS.get(words.lower())
    if common is None or len(common) != len(words):
        return words  # "İn excess of": a letter that lowers to two, as written
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
# Federation" Russia's invasion, not of Russia; but after a figure's unit,
# "1,000 km2 of the Russian Federation" is the country's land, "of Russia".
_FULL_NAME = re.compile(r"\b(?:[Tt]he\s+)?Russian\s+Federation\b(?!['\u2019])")
_OF_BEFORE = re.compile(r"\b[Oo]f\s$|\b[Oo]f\sthe\s$")
_UNIT_OF_BEFORE = re.compile(
    r"\b(?:km2|km\u00b2|miles|sq\s?km|sq\.\s?km|kilometers|kilometres)\sof\s$"
)


def _short_name(found: re.Match[str]) -> str:
    before = found.string[max(0, found.start() - 20) : found.start()]
    if _OF_BEFORE.search(before) and not _UNIT_OF_BEFORE.search(before):
        return found.group(0)
    return "Russia".ljust(len(found.group(0)))


# "in the month of June": the words before the month's name read as blank, so
# that every look that knows "in June" reads it (offsets kept).
_MONTH_OF = re.compile(
    r"\bthe\s+month\s+of\s+(?=(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)",
    re.IGNORECASE,
)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group(0))


# "during the entire current year": read as "this year" (offsets kept),
# which every look knows.
_CURRENT = re.compile(
    r"\bthe\s+(?:(?:entire|whole)\s+)?current\s+(?P<unit>year)\b",
    re.IGNORECASE,
)


def _this_unit(found: re.Match[str]) -> str:
    return f"this {found['unit']}".ljust(len(found.group(0)))


# "from the first day of September", "Between New Year's Day and April 29":
# a day named in words, read as the date every look knows (offsets kept).
_DAY_IN_WORDS = re.compile(
    r"\bthe\s+first\s+day\s+of\s+(?P<month>January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
    r"|\bNew\s+Year['\u2019]s\s+Day\b",
    re.IGNORECASE,
)


def _day_in_figures(found: re.Match[str]) -> str:
    day = f"{found['month']} 1" if found["month"] else "January 1"
    return day.ljust(len(found.group(0)))


# "2,300 square miles\u2014far more than …": a dash set close between words
# breaks the clause as a comma does (the hyphen it folds to would join them).
# Two in a sentence around a number ("100 square kilometers\u2014almost 40
# square miles\u2014of territory") set it apart as brackets do; around words
# only ("stunned the world\u2014and Russia in particular\u2014by launching …")
# they are left to fold as before.
_CLOSED_DASH = re.compile(r"(?<=[^\W\d_])[\u2014\u2015](?=[^\W\d_])")


_UNIT_END = re.compile(r"(?:km|metres|meters|miles|hectares)$", re.IGNORECASE)


def _closed_dashes(text: str) -> str:
    closed = list(_CLOSED_DASH.finditer(text))
    if len(closed) == 1:
        return text[: closed[0].start()] + "," + text[closed[0].end() :]
    if len(closed) == 2 and any(
        c.isdigit() for c in text[closed[0].end() : closed[1].start()]
    ):
        first, second = closed[0].start(), closed[1].start()
        # after a unit, the figure again in another unit: a conversion, as in
        # brackets; else an aside set off as commas would ("returned a piece
        # of land\u2014roughly 5 km2\u2014to our control")
        opening, closing = (
            ("(", ")") if _UNIT_END.search(text, 0, first) else (",", ",")
        )
        return (
            text[:first]
            + opening
            + text[first + 1 : second]
            + closing
            + text[second + 1 :]
        )
    return text


def fold(text: str) -> tuple[str, str]:
    """The sentence folded for matching, and the linking word that opened it
    ("Meanwhile,"), read as blank there, or ""."""
    if "\u2014" in text or "\u2015" in text:
        text = _closed_dashes(text)
    folded = text.translate(FOLD)
    opener = ""
    if folded[:3].isupper():
        folded = _WIRE_DATELINE.sub(_blank, folded, count=1)
    if "," in folded[:20]:
        found = _LINKING_OPENER.match(folded)
        if found is not None:
            opener = found.group(0).strip()
            folded = _blank(found) + folded[found.end() :]
    if "ly " in folded:
        folded = _HEDGE_ADVERB.sub(_blank, folded)
    if ". " in folded:
        folded = _MONTH_DOT.sub(r"\g<month> ", folded)
    if "month of" in folded:
        folded = _MONTH_OF.sub(_blank, folded)
    if "current" in folded:
        folded = _CURRENT.sub(_this_unit, folded)
    if "first day" in folded or "Year" in folded:
        folded = _DAY_IN_WORDS.sub(_day_in_figures, folded)
    if "Federation" in folded:
        folded = _FULL_NAME.sub(_short_name, folded)
    if (
        "pprox" in folded
        or " of " in folded
        or "ose to" in folded
        or "oser to" in folded
    ):
        folded = _HEDGE_SYNONYM.sub(_common_hedge, folded)
    return folded, opener
