"""A figure whose clause names no place: where it is, from what came before.

`region` reads the place a figure's own clause names; when it names none, the
figure takes the place of the figure before it in the sentence, of an earlier
sentence or of its paragraph, of the incursion the passage is about, else the
whole front, and a holding of no named place stays open (LABELS.md, Region).
Kept apart from `region` so each module does one job.
"""

from __future__ import annotations

import re
from datetime import date

from frontline.extract import cues
from frontline.extract.actors import find_regions
from frontline.extract.figure import Context, Reading

# "Elsewhere, …", "On other sections of the front, …" before the figure.
_ELSEWHERE_FIRST = re.compile(
    r"\b(?:elsewhere|(?:in|on|along)\s+other\s+(?:areas|sections|sectors|parts|"
    r"directions|fronts|axes)(?:\s+of\s+the\s+front(?:line)?)?)\b",
    re.IGNORECASE,
)
NOT_NAMED = "region not named: 'ukraine' assumed"
NO_PLACE_HELD = "region unknown: the holding names no place"
# How a figure's `why` says it took the place of the figure before it.
AS_BEFORE = "region as the previous figure"
# Land said to be in Russia by the words of the figure's clause.
_IN_RUSSIA = re.compile(
    r"\bRussian\s+(?:settlements|villages|towns)\b"
    r"|\b(?:inside|into|in)\s+Russia\b(?![-'\u2019])|\bparts?\s+of\s+Russia\b"
)


_STOP = re.compile(r"[.;]\s")


def _clause_end(folded: str, start: int) -> int:
    """Where the figure's sentence part ends: the next full stop or semicolon."""
    stop = _STOP.search(folded, start)
    return stop.start() if stop else len(folded)


# A sum the sentence says is of everything: "Overall", "all told", "in all".
_OVERALL = re.compile(
    r"\b(?:overall|all\s+told|in\s+all|across\s+all\s+(?:fronts|directions|sectors))\b",
    re.IGNORECASE,
)
# "Overall, they captured 150 km2 there", "… near the town", "… in that
# direction": the sum is of the place the sentence before named, not of every
# front ("there were" only says that something was).
_PLACE_BACK = re.compile(
    r"\b(?:there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could"
    r"|remain\w*|seem\w*)\b)|nearby|(?:near|around|outside|in|on)\s+(?:the|that|this)"
    r"\s+(?:town|city|village|area|direction|sector|axis|front|stretch))\b",
    re.IGNORECASE,
)
_ALL_IN = re.compile(r"\ball\s+(?:of\s+(?:them|it|which)\s+)?(?:were\s+)?in\b", re.I)
# Ukraine's incursion into Kursk oblast: from its first day to its last months.
_KURSK_INCURSION = (date(2024, 8, 6), date(2025, 5, 31))


def during_incursion(published: date | None) -> bool:
    """True when a text published on `published` was written while the Kursk
    incursion lasted, when "Russian territory" in its story is Kursk's."""
    first, last = _KURSK_INCURSION
    return published is not None and first <= published <= last


def inherited_place(
    reading: Reading,
    folded: str,
    around: tuple[int, int],
    named: tuple[tuple[str, str] | None, str],
    previous: Reading | None,
    independent: bool,
    context: Context,
) -> tuple[tuple[str, str] | None, str]:
    """The place and why for a figure, `named` being what its own sentence
    says (None: nothing); (None, "") when the region is left open, the
    problem then recorded on `reading`."""
    low, start = around
    place, how = named
    # "Ukraine seized 1,300 km2 of Kursk, but Russian forces have retaken 900":
    # the other side taking it back, in the same place.
    retaken = (
        previous is not None
        and bool(previous.actor and reading.actor)
        and previous.actor != reading.actor
        and cues.RETAKEN.search(folded, low, start) is not None
    )
    back = context.paragraph_oblast or context.region
    if (
        place is not None
        and place[0] in ("ukraine", "russia")
        and back is not None
        and (back[0] in cues.RUSSIAN_REGIONS) == (place[0] == "russia")
        and back[0] not in ("", "ukraine", "russia")
        and _PLACE_BACK.search(folded, start)
    ):
        # "pushed into the Kharkiv region … now hold 181 km2 of Ukrainian land
        # there": the country says whose land, "there" says where
        return back, f"region '{back[1]}' (the place 'there' points to)"
    elsewhere = _ELSEWHERE_FIRST.search(folded, low, start)
    if place is None and elsewhere and reading.kind == "change":
        # "Elsewhere, Russia seized 500 km2": not the place named before, and
        # no one place of its own: the front's (LABELS: → ukraine).
        return ("ukraine", elsewhere.group(0)), f"region 'ukraine' ('{elsewhere[0]}')"
    if (
        place is None
        and previous is not None
        and previous.region
        and (not independent or retaken)
    ):
        place = (previous.region, previous.region_words)
        how = AS_BEFORE
    overall = _OVERALL.search(folded, low, start)
    if (
        place is None
        and overall
        and reading.kind == "change"
        and previous is None
        # "12 villages, all of them in the Luhansk region. Overall …": the
        # sentence before puts the whole of its count in one place.
        and not _ALL_IN.search(context.last_sentence or "")
        and not _PLACE_BACK.search(folded, low)
    ):
        # "… pushed deeper into the Dnipropetrovsk region. Overall they captured
        # 505 km2 that month": the sum over every front, not the place of the
        # push the sentence before tells of.
        return ("ukraine", overall.group(0)), f"region 'ukraine' ('{overall[0]}')"
    if place is None and context.region is not None:
        place = context.region
        how = f"region '{context.region[1]}' from an earlier sentence"
    if place is None and context.paragraph_oblast is not None:
        place = context.paragraph_oblast
        how = f"region '{place[1]}' named in the same paragraph"
    if (
        place is None
        and reading.actor == "ukraine"
        and context.oblast is not None
        and context.oblast[0] in cues.RUSSIAN_REGIONS
        # while the incursion lasted: after it, Ukraine's gains are in Ukraine
        # whatever Russian region the passage recalls ("Russia recaptured most of
        # the Kursk region in the spring. Ukrainian troops liberated 20 km2").
        and during_incursion(context.published)
    ):
        # "Ukrainian forces entered Kursk region … Over the last day, control
        # over 40 km2 has been taken": Ukraine's figure with no place of its
        # own, when the last oblast the passage named is a Russian one, is of
        # that oblast, as "Russian territory" in the incursion's story is.
        place = context.oblast
        how = f"region '{place[1]}', the Russian region named before"
    if (
        place is None
        and reading.actor == "ukraine"
        and context.last_sentence
        and during_incursion(context.published)
    ):
        # "Ukraine's incursion into Russia began on August 6. Kyiv says it now
        # controls 1,250 km2": the land of the sentence before (then Kursk's).
        russia = [
            m for m in find_regions(context.last_sentence) if m.region == "russia"
        ]
        if russia:
            place, how = ("russia", russia[0].text), "region of the sentence before"
    if place is None and context.axis:
        # "We continue the operation in the Oleksandrivka direction. … 285 km2":
        # a local figure whose oblast is not known, not a whole-country one.
        reading.region = ""
        reading.problems.append(
            f"region unknown: {context.axis!r} names no one oblast we know"
        )
        return None, ""
    if place is None and reading.kind == "holding" and reading.actor != "russia":
        # "Now we control approximately 800 km2": a holding of no named place is
        # not the whole front (LABELS); Russia's land in Ukraine is.
        reading.region = ""
        reading.problems.append(NO_PLACE_HELD)
        return None, ""
    if place is None and _IN_RUSSIA.search(folded, low, _clause_end(folded, start)):
        # "taken control of some 100 Russian settlements and almost 1,300 km2":
        # land in Russia, in a region the passage does not name
        reading.region = ""
        reading.problems.append("region unknown: land in Russia, no region named")
        return None, ""
    if place is None:
        reading.region = "ukraine"
        reading.problems.append(NOT_NAMED)
        return None, ""
    if (
        place[0] == "russia"
        and context.oblast
        and context.oblast[0] in cues.RUSSIAN_REGIONS
    ):
        # "1,000 km2 of Russian territory" after "the Kursk region": that oblast.
        place, how = context.oblast, f"region '{context.oblast[1]}' named before"
    elif (
        place[0] == "russia"
        and context.paragraph_oblast
        and context.paragraph_oblast[0] in cues.RUSSIAN_REGIONS
    ):
        # "… 600 km2 of Russian territory. Kyiv does not plan to hold the Kursk
        # region indefinitely": the one Russian oblast its paragraph names.
        place = context.paragraph_oblast
        how = f"region '{place[1]}' named in the same paragraph"
    elif place[0] == "russia":
        # No oblast named: Russian land taken or held while Ukraine's Kursk
        # incursion lasted is Kursk's (LABELS: "Russian territory" in that
        # story), whoever the passage says took it or names no side ("Russia
        # has recaptured 600 km2 of Russian territory"); any other is left
        # open. Either way a reviewer checks it.
        if during_incursion(context.published):
            place, how = ("kursk", place[1]), f"region 'kursk' ('{place[1]}')"
            reading.problems.append(f"region 'kursk' taken for '{place[1]}'")
        elif (
            reading.actor == "ukraine"
            and reading.kind == "change"
            and cues.RETAKEN.search(folded, low, start)
        ):
            # "Ukrainian soldiers have reclaimed 2,500 km2 of the Russian land"
            # with no incursion under way: taken back, so land Russia held in
            # Ukraine (a raid that seized Russian land stays open).
            place, how = ("ukraine", place[1]), f"region 'ukraine' ('{place[1]}')"
        else:
            reading.region = ""
            reading.problems.append(f"region unknown: '{place[1]}' names no oblast")
            return None, ""
    return place, how
