"""A figure's region: the place of its own clause, not the first place named.

A place in an aside or a list ("including Crimea", "most of it in Donetsk"), in
a clause about something else, or in the subject that caused a total is not
the figure's; several places listed together mean Ukraine; with no place of its
own a figure takes the one of the figure or sentence before.
"""

from __future__ import annotations

import re
from itertools import pairwise

from frontline.extract import cues
from frontline.extract.actors import RegionMention
from frontline.extract.asides import in_aside
from frontline.extract.figure import Context, Reading, Sentence
from frontline.extract.numbers import FRACTION
from frontline.extract.place_axes import unknown_axis
from frontline.extract.place_bounds import (
    after_semicolon,
    border_locator,
    in_event,
    on_boundary,
    own_land,
    restated_part,
)
from frontline.extract.place_clauses import (
    before_trailing_event,
    only_aimed_at,
    opening_clause_end,
    own_subclause,
    speech_venue,
    unknown_town,
)
from frontline.extract.place_lists import LIST_WORDS, hedged, listed, two_parts
from frontline.extract.region_inherited import NOT_NAMED, inherited_place

_SEVERAL = re.compile(
    # ("Kharkiv and South Buh directions": a name of two words too)
    r"^\s+and\s+[\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:regions|directions|oblasts|provinces"
    r"|fronts|axes)\b",
    re.IGNORECASE,
)
# "in the direction of Kharkiv and the Yuzhny Bukh River": a second place by a
# name no oblast list knows (a river, another front), so several.
_SEVERAL_NAMED = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+"
    r"(?i:river|direction|axis|front|sector|bridgehead)\b"
)
_AND_ELSEWHERE = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:in\s+|on\s+|along\s+)?"
    # "in Zaporizhzhia and parts of the south", "… and much of eastern Ukraine"
    r"(?:(?:parts?|most|much|some)\s+of\s+)?(?:elsewhere\b"
    r"|(?:several\s+|many\s+|some\s+)?other\s+(?:regions|oblasts|areas|parts|"
    r"directions|fronts|sectors|axes)\b"
    r"|the\s+(?:(?:north|south)(?:east|west)?|east|west)\b(?!\s+of\b)"
    r"|(?:the\s+)?(?:(?:north|south)(?:ern|-?east(?:ern)?|-?west(?:ern)?)|eastern|"
    r"western)\s+(?:front(?:line)?|flank|direction|axis|sector|ukraine)\b)",
    re.IGNORECASE,
)
# "in the south", "on the southern front", "in the east of Ukraine": a part of
# the country no one oblast names (LABELS.md: → ukraine).
_COMPASS = re.compile(
    # not "the North-Slobozhansk direction": an axis named by a compound name
    # "If we talk about the south, …", "regarding the southern front": the topic
    r"\b(?:in|on|along|across|at|as\s+for|about|regarding|concerning|comes\s+to)"
    r"\s+the\s+(?:(?:(?:north|south)(?:-?(?:east|west))?"
    # (nor "the South Donetsk direction", written without the hyphen)
    r"|east|west)(?![-\u2010\u2011]\w|\s+[\w'-]+\s+(?:direction|axis|front|sector)\b)"
    r"|(?:(?:north|south)(?:ern|-?east(?:ern)?|-?west(?:ern)?)|eastern|western)\s+"
    r"(?:front(?:line)?|flank|direction|axis|sector|theatre|theater|part\s+of\s+ukraine)"
    # "in the Tavria direction": the southern front's name (the Tavria group
    # of forces, in Zaporizhzhia, Kherson and Donetsk), not a town's
    r"|(?:southern\s+)?tavri(?:a|ia|isk|ysk|yskyi|iskyi)\s+(?:direction|axis|sector|front))"
    r"\b(?!\s+(?:of|around|near|outside)\s+(?!ukraine\b|the\s+country\b))",
    re.IGNORECASE,
)
# "… a push in the Kharkiv region and sustained pressure on Russian forces in
# the south": an oblast and, joined by "and", a part of the country: several.
_AND_COMPASS = re.compile(
    r"[^.;]{0,12}?\s+and\s+[^.;]{0,60}?" + _COMPASS.pattern, re.IGNORECASE
)
# "another 170 km2 elsewhere on the front", "… in other sectors": not the place
# of the figure before, and no one place: the front's (LABELS: → ukraine).
# "in the south and in the eastern Kharkiv region", "on the southern front and
# near Kupiansk": a part of the country, then an oblast or a town joined by
# "and": several places, so the front's (LABELS: → ukraine).
_PART_AND = re.compile(
    _COMPASS.pattern + r"\s*,?\s*(?:and|as\s+well\s+as|&)\s+"
    r"(?:(?:in|on|near|around|along|at|outside)\s+)?(?:the\s+)?(?:[\w'-]+\s+)?$",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(
    r"[^,;.]{0,30}?\b(?:elsewhere|(?:in|on|along)\s+other\s+(?:areas|regions|parts|"
    r"sectors|directions|fronts|axes|sections)(?!\s+of\b))\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    r"[\s,(\u2013\u2014-]*(?:or\s+)?(?:(?:about|roughly|some|around|approximately|nearly|"
    r"almost|over|more\s+than|just\s+over|close\s+to)\s+)*",
    re.IGNORECASE,
)
# A figure in brackets right after a place: "near Pokrovsk (163 km2)".
_PAREN_FIGURE = re.compile(
    r"\s*(?:(?:direction|axis|sector|front|region|oblast|area)\s*)?\(\s*"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)\s+)?",
    re.IGNORECASE,
)
_WHERE = re.compile(r",\s*where\s", re.IGNORECASE)
_PART_OF_THE = re.compile(
    rf"\b(?:most|much|the\s+bulk|the\s+majority|{FRACTION})\s+of\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_PART_LAY = re.compile(
    r"\b(?:lay|lie|lies|was|were|is|are|came)\s+(?:[\w-]+\s+)?(?:in|near|around|on)\b",
    re.IGNORECASE,
)
_THIS_AXIS = re.compile(
    r"[^,;.]{0,30}?\bin\s+this\s+(?:direction|sector|axis|area)\s*,\s*with\b", re.I
)
_BREAK = re.compile('[:;"\u201c]')
# Also a contrast of the two sides on one front: "captured 5 km2 in the Pokrovsk
# direction, but Ukrainian units recaptured 26 km2 of Ukrainian land".
_COMPARED = re.compile(
    r"\b(?:against|compared\s+(?:to|with)|versus|vs\.?|(?:up|down)\s+from)\b"
    r"|^[^;.]{0,60},\s*(?:but|while|whereas)\b[^;.]*$",
    re.I,
)
_WHOLE_FRONT = re.compile(
    r"\b(?:across|along)\s+the\s+(?:entire|whole)\s+front(?:line|\s+line)?\b"
    # "across the front", "on all fronts": not "along the front near Pokrovsk"
    r"|\b(?:across\s+the\s+front(?:line|\s+line)?|on\s+all\s+fronts|across\s+all\s+fronts"
    # (not "pushed the enemy back by up to 2 km along the front": a depth)
    r"|(?<!km\s)(?<!kilometres\s)(?<!kilometers\s)(?<!miles\s)"
    r"along\s+the\s+(?:entire\s+)?front(?:line|\s+line)?)\b"
    # "across the front in October" is the whole front in a month; "along the
    # front in the Donetsk region" is a part of it
    r"(?!\s+(?:near|at|around|of|outside|close)\b)"
    r"(?!\s+in\b(?!\s+(?:the\s+(?:past|last|first|previous|same)\b|recent\b|\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:this|that)\s+)))",
    re.IGNORECASE,
)


_UA_LAND = re.compile(
    r"\b(?:ukrainian|ukraine's)\s+(?:territor|land)|\bits\s+own\s+(?:territor|land)",
    re.I,
)
_CONTRAST = re.compile(r",\s*(?:while|whereas)\b", re.IGNORECASE)
_SUPPOSED = re.compile(r"\b(?:would|could|might)\s+(?:[\w'-]+\s+){0,3}?\w+\s", re.I)
_BRACKET_CLOSE = re.compile(r"[^()]{0,40}\)")
_SHARE_IN_BRACKETS = re.compile(
    r"(?:%|\bper\s*cent|\bpercent)\s*\(\s*(?:[a-z]+\s+)?$", re.I
)
_OWN_UA_LAND = re.compile(
    r"\s*(?:\([^)]*\)\s*)?of\s+(?:the\s+)?(?:ukrainian|ukraine's)\s+(?:territor|land)",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"\b(?:in|near|around|outside|at|on|along|towards?|inside|within|across|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    r"(?:front|sector|direction|axis|areas?|regions?|oblast)\s+(?:of|near|around))"
    r"\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "all of Luhansk and 80% of Donetsk, a total of about 60,000 km2"
_TOTAL_BEFORE = re.compile(
    r",\s*(?:a\s+total\s+of|in\s+total|altogether|a\s+combined|combined|together)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|approximately)\s+)*$",
    re.IGNORECASE,
)
_IN_ALL = re.compile(r"\s*(?:in\s+all|in\s+total|combined|altogether)\b", re.I)


def read_region(
    reading: Reading,
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    context: Context,
    previous: Reading | None,
) -> None:
    """Where: a place in the clause (not in an aside or a list), several oblasts
    or the whole front meaning Ukraine, else the figure or sentence before."""
    folded = sentence.folded
    low, high = sentence.clauses[number]
    start, end = span
    hedge = LIST_WORDS.search(folded, end, high)
    limit = min(hedge.start() if hedge else high, cues.predicate_end(folded, end, high))
    part = _PART_OF_THE.search(folded, max(0, start - 40), start)
    lay = _PART_LAY.search(folded, end, limit) if part else None
    if lay:
        # "Most of the 480 km2 Russia captured in April lay in Donetsk": the
        # place the part lay in is not the whole figure's.
        limit = lay.start()
    limit = before_trailing_event(folded, end, limit, sentence.actors)
    if (comma := opening_clause_end(folded, low, span, limit)) is not None:
        # "Even as Ukrainian forces have occupied over 1,000 km2 of Russia, the
        # Russian military has been advancing along the front line": the
        # opening clause's place is the figure's, not the main clause's front.
        limit = high = comma
    if contrast := _CONTRAST.search(folded, end, limit):
        limit = contrast.start()  # "…, while in the Melitopol direction they …"
    if (
        (close := _BRACKET_CLOSE.match(folded, end))
        and "(" in folded[low:start]
        and not _SHARE_IN_BRACKETS.search(folded, max(low, start - 30), start)
    ):
        # "99.7% of the LPR (less than 60 km2 remains) and 79% of the DPR": a
        # figure in brackets is placed before them, not by what follows (but
        # "63.2% (801 km2) of the Kursk Region": a share's area, set right
        # after it, is of the place the share is of)
        limit = min(limit, close.end())
    total = _BROUGHT_TOTAL.search(folded, low, start)
    if total:
        low = total.start()  # "The liberation of Kherson brought the total to …"
    low = own_subclause(sentence, low, start)
    in_clause = [
        m
        for m in sentence.regions
        if low <= m.start < limit
        # A hedge before the figure puts the figure itself in the list
        # ("…, including 500 km2 in Kharkiv"): only one after it hedges a place.
        and (
            not hedged(folded, max(low, start) if m.start >= end else low, m.start)
            # "mostly in the Pokrovsk direction (163 km2)": the part's own figure
            or bool(_PAREN_FIGURE.fullmatch(folded, m.end, start))
            # "half of the territory held … in the Kursk region, about 600
            # km2": the figure restates the part, whose whole is placed there
            or restated_part(folded, low, m.start, m.end, start)
        )
        and not in_aside(folded, m.start, m.end, [lo for lo, _ in sentence.spans])
        and not speech_venue(folded, m.start)
        and not border_locator(folded, m)
        # "…, a pace that would hand Moscow the rest of the Donetsk region"
        and not (m.start >= end and _SUPPOSED.search(folded, end, m.start))
    ]
    in_clause = after_semicolon(folded, in_clause, low, start)
    if in_clause and (joined := _joined_across(folded, low, in_clause[0], sentence)):
        in_clause = [joined, *in_clause]
    if not any(m.specific for m in in_clause) and _THIS_AXIS.match(folded, end):
        # "about 4 km2 in this direction, with the main battles around the
        # villages … south-west of Bakhmut": the battles name the direction.
        in_clause = [
            m for m in sentence.regions if end <= m.start < high and m.specific
        ]
    if _OWN_UA_LAND.match(folded, end):
        # "While Russia has captured one town - Avdiivka - …, it has captured
        # 500 km2 of Ukrainian territory": a town taken, fallen or passed
        # before the figure is another event's object; a place the figure
        # stands in is told with a preposition ("Near Pokrovsk, … took 50 km2").
        in_clause = [
            m
            for m in in_clause
            if m.start > end or _LOCATIVE.search(folded, max(0, m.start - 40), m.start)
        ]
    if _UA_LAND.search(folded):
        # "lost 1,146 km2 of its own territory since the launch of the Kursk
        # Oblast incursion": the place of the event that dates the figure.
        in_clause = [m for m in in_clause if not in_event(sentence, m.start)]
    front = _WHOLE_FRONT.search(folded, low, high)
    specific = {m.region for m in listed(folded, in_clause, end) if m.specific}
    if _with_country(folded, in_clause):
        # "in Ukraine and the Kursk region": a front over both is the wider whole.
        specific.update(("ukraine", ""))
    if any(
        m.specific
        and (
            (
                _SEVERAL.match(folded[m.end : m.end + 40])
                and not any(o.start > m.end and o.start - m.end < 8 for o in in_clause)
            )
            or two_parts(folded, m.end)
        )
        for m in in_clause
    ):
        # "in Kharkiv and Pivdenno-Buzke directions": several, one not known;
        # "Donetsk in the east and Tavria in the south": two parts of the front.
        specific.add("")
    if any(
        m.specific
        and (
            _AND_ELSEWHERE.match(folded, m.end)
            or _joined_part(folded, m.end, limit, sentence.regions)
        )
        for m in in_clause
    ):
        # "in the Kharkiv region and the east", "in Donetsk and elsewhere".
        specific.add("")
    if any(
        m.specific and _PART_AND.search(folded, max(low, m.start - 90), m.start)
        for m in in_clause
    ):
        specific.add("")  # "in the south and in the Kharkiv region"
    for m in in_clause:
        named = _SEVERAL_NAMED.match(folded, m.end, m.end + 60) if m.specific else None
        if named and not any(m.end < o.start < named.end() for o in sentence.regions):
            specific.add("")
    summed = {m.region for m in in_clause if m.specific and m.start < start}
    if len(summed) > 1 and (
        _IN_ALL.match(folded, end) or _TOTAL_BEFORE.search(folded, low, start)
    ):
        # "all of Luhansk and 80% of Donetsk, or some 116,000 km2 in all"
        specific.update(summed)
    boundary, apposed = on_boundary(folded, in_clause)
    if boundary and (apposed or unknown_axis(folded, sentence.regions)):
        # "… on the boundary between the Dnipropetrovsk and Zaporizhzhia
        # regions": an axis between two oblasts, placed in neither (LABELS).
        reading.region = ""
        reading.problems.append(f"region unknown: {boundary!r} is between oblasts")
        return
    place, how = _named_place(
        sentence, number, span, low, limit, in_clause, specific, front
    )
    # "Ukraine has lost 1,146 km2 of its own territory": the loser's land
    owner = {"russia": "ukraine", "ukraine": "russia"}.get(reading.actor, "")
    place, how = own_land(
        folded, end, owner if reading.lost else reading.actor, place, how
    )
    # A clause with a subject of its own after a strong break ("…, while Russia
    # took 200 km2") is a new statement: it takes no place from the figure before.
    independent = (
        reading.own_subject
        and cues.STRONG_SEPARATOR.search(folded, sentence.spans[number - 1][1], start)
        if number
        else False
    )
    if (
        independent
        and previous is not None
        and previous.region not in ("", "ukraine", "russia")
        and reading.actor
        and previous.actor
        and reading.actor != previous.actor
        and _RETAKEN.search(folded, sentence.spans[number - 1][1], start)
    ):
        # "Ukraine captured 1,171 km2 in the Kursk region, but Russian forces
        # have now recaptured 593": land taken back is of the place taken.
        independent = False
    if (
        place is not None
        and place[0] in ("ukraine", "russia")
        and not front
        # "…; regarding the southern front, they regained 6 km2": a part of
        # the front of the figure's own, not a country saying whose land
        and not _COMPASS.search(place[1])
        and previous is not None
        and previous.region not in ("", "ukraine", "russia")
        # "In the Kursk region, Russia recaptured 600 km2, while in Ukraine it
        # took 700": a country other than the one the place is in is no front's.
        and (place[0] == "russia") == (previous.region in cues.RUSSIAN_REGIONS)
        and (
            cues.shares_predicate(folded, sentence.spans[number - 1][1], start)
            # "10 km2 near Pokrovsk, against 73 km2 of Ukrainian territory a
            # week earlier": the figure compared with is of the same place.
            or _COMPARED.search(folded[sentence.spans[number - 1][1] : start])
            # "In the Pokrovsk sector, after losing 5 km2, … regained 26 km2 of
            # Ukrainian land": a place fronted before every clause is all of theirs.
            or _fronted_place(folded, previous.region_words, sentence.spans[0][0])
        )
    ):
        # "lost 5 km2 on the Pokrovsk front, but regained 26 km2 of Ukrainian
        # territory": the same front; the country only says whose land it is.
        place, how = (
            (previous.region, previous.region_words),
            "region as the first verb's",
        )
    axis = unknown_axis(folded, sentence.regions)
    if place is None and axis:
        reading.region = ""
        reading.problems.append(f"region unknown: {axis!r} names no one oblast we know")
        return
    place, how = inherited_place(
        reading, folded, (low, start), (place, how), previous, independent, context
    )
    if place is None:
        town = unknown_town(folded, (low, limit), sentence.regions)
        if town and reading.region == "ukraine" and NOT_NAMED in reading.problems:
            # "captured 5 km2 near Novomykolaivka": a place of the figure's own
            # that no oblast list knows is one oblast, not the whole front.
            reading.region = ""
            reading.problems.remove(NOT_NAMED)
            reading.problems.append(f"region unknown: {town!r} names no oblast we know")
        return
    reading.region, reading.region_words = place
    reading.why.append(how)
    if not place[0]:
        reading.problems.append(f"region unknown: {place[1]!r} names several regions")


def _named_place(
    sentence: Sentence,
    number: int,
    span: tuple[int, int],
    low: int,
    limit: int,
    in_clause: list[RegionMention],
    specific: set[str],
    front: re.Match[str] | None,
) -> tuple[tuple[str, str] | None, str]:
    """The place the sentence names for the figure, and the why: the whole front
    or several oblasts (Ukraine), else the best mention (the one a 'where'
    hangs on, a share's, the clause's, the main clause's, the next figure's),
    else a part of the front; None when the sentence names none."""
    folded = sentence.folded
    start, end = span
    place: tuple[str, str] | None = None
    how = ""
    if front:
        place, how = ("ukraine", front.group(0)), f"region '{front.group(0)}'"
    elif len(specific) > 1 and specific <= cues.RUSSIAN_REGIONS:
        # "in Russia's Kursk and Belgorod regions": no one region, and not
        # Ukraine's front either (LABELS).
        place = ("", ", ".join(m.text for m in in_clause if m.specific))
        how = f"region '' (several of Russia's regions: {place[1]})"
    elif len(specific) > 1:
        place = ("ukraine", ", ".join(m.text for m in in_clause if m.specific))
        how = f"region 'ukraine' (several regions: {place[1]})"
    else:
        # "… in the Donetsk region, where Russia captured 13 km2": the place
        # the 'where' clause hangs on.
        where = cues.last(_WHERE.finditer(folded, low, start))
        antecedent = [
            m
            for m in sentence.regions
            if where and m.specific and where.start() - 2 <= m.end <= where.start()
        ]
        specific_after = [m for m in in_clause if m.specific and m.start >= end]
        specific_before = [m for m in in_clause if m.specific and m.start < start]
        share = cues.SHARE_OF_WHOLE.search(folded, max(low, start - 80), start)
        if share and not _APPOSITION.fullmatch(folded, share.end(), start):
            share = None
        # "78% of the Donetsk region, roughly 20,800 km2, and all of Luhansk":
        # the figure restates the share, whose place it is.
        shared = [m for m in specific_before if share and m.start >= share.start()]
        mention = (
            cues.best_place(antecedent)
            or cues.best_place(shared)
            or cues.best_place(specific_after + specific_before)
            or cues.best_place(in_clause)
        )
        outside = [
            m
            for m in sentence.regions
            if not any(lo <= m.start < hi for lo, hi in sentence.clauses)
            and not speech_venue(folded, m.start)
            and not border_locator(folded, m)
        ]
        if (
            mention is None
            and len({m.region for m in listed(folded, outside, end) if m.specific}) > 1
        ):
            # "liberated 80 settlements in the Sumy, Kharkiv and Donetsk regions,
            # taking control of 1,400 km2": the main clause's places are several.
            words = ", ".join(m.text for m in outside if m.specific)
            place, how = (
                ("ukraine", words),
                f"region 'ukraine' (several regions: {words})",
            )
        elif mention is None:
            mention = cues.best_place(outside)
        if mention is None and number + 1 < len(sentence.spans):
            following = sentence.spans[number + 1][0]
            if cues.shares_predicate(folded, end, following):
                lo, hi = sentence.clauses[number + 1]
                mention = cues.best_place(
                    m for m in sentence.regions if lo <= m.start < hi and m.specific
                )
        compass = _COMPASS.search(folded, low, limit) or _ELSEWHERE.match(folded, end)
        if (
            mention is not None
            and compass
            and end <= compass.start() < mention.start
            and _BREAK.search(folded, compass.end(), mention.start)
        ):
            # "5.2 km2 were liberated on the southern front: 'South of Robotyne,
            # we had successes …'": the figure's own part of the front; the
            # place after the break is the quotation's.
            mention = None
        if (
            mention is not None
            and compass
            and only_aimed_at(folded, mention, in_clause)
        ):
            # "gained 95 km2 in the east, pressing on towards Kramatorsk": a town
            # the push aims at is not where the land was won; the part of the
            # front the sentence names is.
            mention = None
        if mention is None and compass:
            words = compass.group(0).strip()
            place, how = ("ukraine", words), f"region '{words}'"
        if mention is not None:
            place, how = (mention.region, mention.text), f"region '{mention.text}'"
    return place, how


# Taking back what the other side took: the land of the figure before.
_RETAKEN = re.compile(
    r"\b(?:recaptur\w+|retook|retak(?:en|es|ing)|regain\w*|won\s+back|"
    r"tak(?:en|es|ing)\s+back|took\s+back|reclaim\w*|clawed\s+back|liberat\w*)\b",
    re.IGNORECASE,
)
# The place in the subject of "brought the total … to N" caused the total; the
# total is of everything taken.
_BROUGHT_TOTAL = re.compile(
    r"\b(?:brings|brought|bringing)\s+(?:the\s+|its\s+|their\s+)?(?:total|overall)\b",
    re.IGNORECASE,
)
# "Ukraine and the Kursk region", "the Kursk region and in Ukraine": a
# country and an oblast joined by a conjunction, not "territory in Donetsk".
_AND_JOIN = re.compile(
    r"^\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:in\s+|inside\s+)?"
    # "Crimea and parts of the Donbas": an oblast and a part of the country
    r"(?:(?:parts?|most|much|all|some)\s+of\s+)?(?:the\s+)?"
    r"(?:(?:russia's|russian|ukraine's|ukrainian)\s+)?$",
    re.IGNORECASE,
)
# "in the Kursk region and Ukraine": the country after "and" needs no "in".
_AND_UKRAINE = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as|&)\s+(?:in\s+)?ukraine\b"
    # not "… of the Kursk region and Ukraine says": a clause of its own
    r"(?=\s*(?:[,.;:)\u2013\u2014]|$)|\s+(?:in|since|during|over|between|from|this|"
    r"last|so|throughout|on|by|the\s+(?:past|last|previous))\b)",
    re.IGNORECASE,
)


def _with_country(folded: str, mentions: list[RegionMention]) -> bool:
    """A country listed with an oblast ("in Ukraine and the Kursk region")."""
    return any(
        first.specific != second.specific
        and first.region != second.region
        and _AND_JOIN.match(folded[first.end : second.start])
        for first, second in pairwise(mentions)
    ) or any(
        m.specific
        and m.region in cues.RUSSIAN_REGIONS
        and _AND_UKRAINE.match(folded, m.end)
        for m in mentions
    )


def _joined_part(
    folded: str, end: int, limit: int, regions: list[RegionMention]
) -> bool:
    """A part of the country joined by "and" after a place ("… in the Kharkiv
    region and sustained pressure … in the south"), with no other place between
    ("near Huliaipole and Robotyne in the south" is two towns, placed)."""
    joined = _AND_COMPASS.match(folded, end, limit)
    return joined is not None and not any(end < m.start < joined.end() for m in regions)


_FRONTED_PLACE = re.compile(
    r"\W*"
    + cues.SOURCE_FIRST
    + r"(?:in|on|near|around|along|at|outside)\s+(?:the\s+)?[^,;.:]{1,60}?,",
    re.IGNORECASE,
)


def _fronted_place(folded: str, words: str, first: int) -> bool:
    """True when `words` name a place fronted before the sentence's first figure."""
    fronted = _FRONTED_PLACE.match(folded, 0, first)
    return bool(fronted and words and words.lower() in fronted.group(0).lower())


# "bringing its gains in the Dnipropetrovsk and Sumy regions to 400 km2": the
# clause of the figure was cut at the "and" of a list of places.
_LIST_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?:regions|oblasts|provinces)\b", re.IGNORECASE)


def _joined_across(
    folded: str, low: int, first: RegionMention, sentence: Sentence
) -> RegionMention | None:
    """The place listed with the clause's first place across the cut that
    opened the clause ("the Dnipropetrovsk and Sumy regions"), if any."""
    if not first.specific or not _PLURAL_AFTER.match(folded, first.end):
        return None
    for mention in sentence.regions:
        if (
            mention.specific
            and mention.end <= low <= first.start
            and _LIST_JOIN.fullmatch(folded, mention.end, first.start)
        ):
            return mention
    return None
