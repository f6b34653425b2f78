"""Figures a clause does not state as fact.

Cleared, contested or grey land is no one's ground, and land counted by its use
(farmland, arable land) is no side's gain or holding; a negated, planned, demanded
or supposed gain ("would take 70 years to capture", "Moscow demands that Kyiv
withdraw from 6,600 km2") was not made.
"""

from __future__ import annotations

import re

from frontline.extract import cues
from frontline.extract.actors import find_actors, other_side, speaker_of
from frontline.extract.figure import Reading
from frontline.extract.numbers import HEDGE
from frontline.extract.plan_outcome import planned_outcome
from frontline.extract.trap_elsewhere import elsewhere
from frontline.extract.trap_scope import own_words
from frontline.extract.trap_shapes import supposed_after
from frontline.extract.trap_task import left_holder, task_kind
from frontline.extract.trap_words import FUTURE, cleared_by_troops

# A demand or pressure on one side to give land up: what follows is not a gain.
_DEMAND = re.compile(
    r"\b(?:wants?|wanted|demands?|demanded|demanding|insists?|insisted|insisting|"
    r"urges?|urged|urging|calls?\s+on|called\s+on|require[sd]?|requiring|"
    r"press(?:es|ed|ing)?|pressur(?:es|ed|ing)"
    # "Moscow's ultimatum that Kyiv cede …", "a proposal for Ukraine to hand over"
    r"|ultimatum|proposal|demands?|condition)\b[^.;]{0,60}?\b(?:to|that|the\s+withdrawal)\s",
    re.IGNORECASE,
)

# Land counted by what it grows: "30 million hectares of arable land", "a third
# of the country's farmland has been knocked out of production".
_LAND_USE = re.compile(
    r"\b(?:arable|farm\s?lands?|agricultural\s+lands?|crop\s?lands?|"
    r"out\s+of\s+(?:agricultural\s+)?production|sown\s+(?:area|land)s?"
    # land a verb of farming acts on: "can no longer sow 600,000 hectares"
    r"|sow(?:s|n|ing)?|plant(?:ed|ing)|cultivat\w*|harvest\w*|till(?:ed|ing)|graz(?:e|ed|ing)"
    # "lost access to more than 100,000 hectares, out of a land bank of …"
    r"|lost\s+access\s+to|land\s+bank|(?:no\s+longer|could\s+not)\s+farm)\b",
    re.IGNORECASE,
)


# Land a fire went over: "the blaze covered 900 hectares", "a fire in the
# occupied Kherson region has spread across 20 km2", "the burnt area exceeded
# 1,500 hectares". Fire as a means ("backed by artillery fire", "under heavy
# fire") is no subject of a verb of spreading, so it stays out.
_BURNT = re.compile(
    r"(?<![\w-])(?:(?:wild|forest|bush|grass|steppe|field)\s?)?(?:fires?|blazes?|flames)\s+"
    r"(?:(?!\d)[\w'-]+\s+){0,6}?(?:covered|covers|covering|spread|spreads|spreading"
    r"|engulfed|consumed|ravaged|swept|raged|burned|burnt|destroyed)\b"
    # "6,500 hectares of forest catching fire or burning down"
    r"|\b(?:catch(?:es|ing)?|caught|set\s+on|set)\s+fire\b|\bburn(?:s|ing|ed|t)?\s+down\b"
    r"|\b(?:burn(?:t|ed)(?:[\s-]out)?|scorched|charred|fire-hit)\s+(?:area|land|territor\w+"
    r"|forests?|fields?|steppe)\b",
    re.IGNORECASE,
)
_BURNT_HINTS = ("fire", "burn", "blaze", "flame", "scorch", "charred")
# Land a side harmed, not land it took: "Russians have destroyed more than
# 60,000 hectares of forests", "have damaged 40 km2 of fields", "the invaders
# ruined 2,500 hectares of vineyards". The verb stands right before the figure
# (only hedge words between), so "destroyed positions and liberated 20 km2"
# keeps its gain.
_DAMAGED = re.compile(
    r"\b(?:destroy(?:ed|s|ing)?|damag(?:ed|es|ing|e)|ruin(?:ed|s|ing)?|devastat(?:ed|es|ing|e)"
    r"|wip(?:ed|es|ing|e)\s+out|burn(?:ed|t|s|ing)?(?:\s+down)?|scorch(?:ed|es|ing)?"
    r"|raz(?:ed|es|ing|e)|flood(?:ed|s|ing)?|inundat(?:ed|es|ing|e)|poison(?:ed|s|ing)?"
    r"|pollut(?:ed|es|ing|e)|contaminat(?:ed|es|ing|e)|ravag(?:ed|es|ing|e))\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than"
    r"|up\s+to|at\s+least|an\s+estimated|a\s+total\s+of|another|a\s+further|close\s+to"
    r"|less\s+than|as\s+much\s+as|well\s+over|just\s+over)\s+)*$",
    re.IGNORECASE,
)
_DAMAGE_HINTS = (
    "destr", "damag", "ruin", "devast", "wip", "burn", "scorch", "raz", "flood",
    "inund", "poison", "pollut", "contamin", "ravag",
)  # fmt: skip
# Land still to be made safe: "16,000 km2 had to be cleared", "must be checked
# for explosives", "awaits demining": a task, not ground that changed hands.
_TO_CLEAR = re.compile(
    r"\b(?:to\s+be|must\s+be|should\s+be|awaits?|awaiting|requir\w+|needs?)\s+"
    r"(?:(?:fully|thoroughly|still|urgently)\s+)?(?:cleared|demined|checked|surveyed"
    r"|inspected|clearing|demining|clearance)\b",
    re.IGNORECASE,
)


# "The 505 km2 Russia seized were mostly farmland", "…, much of it farmland":
# what the land taken was, not land counted by its use.
_WAS_OF_USE = re.compile(
    r"\b(?:were|was|is|are|consisted\s+of|(?:much|most|some|part|half)\s+of\s+"
    r"(?:it|which|them)(?:\s+(?:is|was|were|are))?)\s+(?:(?:mostly|largely|mainly|"
    r"primarily|predominantly|chiefly|partly|often)\s+)?$",
    re.IGNORECASE,
)


# "…, excluding 'grey zone' areas not controlled by either side": what the
# figure leaves out says nothing of the figure itself.
_EXCLUDED = re.compile(
    r"\b(?:excluding|not\s+including|except(?:\s+for)?|leaving\s+out)\b[^;]*",
    re.IGNORECASE,
)


# "If Ukraine gave up the rest of Donetsk, some 6,000 km2, …": a supposed gain
# (not "if confirmed", a hedge on a gain made).
_IF_CLAUSE = re.compile(
    r"\b(?:if|unless)\s+(?!(?:confirmed|true|accurate|verified|correct)\b)",
    re.IGNORECASE,
)
_MODAL = re.compile(r"\b(?:would|could|might|will|won't)\b|'d\b", re.IGNORECASE)
# "Moscow has yet to capture 6,000 km2": a gain not made.
_YET_TO = re.compile(r"\b(?:has|have|had|is|are)\s+yet\s+to\b", re.IGNORECASE)


# Land a side claims as its own, not land it took or holds: "Moscow claims about
# 109,000 km2 of Ukrainian territory", "lays claim to 110,000 km2 of Ukraine",
# "claims as its own 100,000 km2" (not "claimed 400 km2 in the past month", a
# gain it says it made, nor "claims to have captured").
_LAID_CLAIM = re.compile(
    r"\b(?:lays?|laid|laying)\s+claim\s+to\s+(?:[\w-]+\s+){0,3}$"
    r"|\bclaims?\s+as\s+(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAIMS = re.compile(r"\bclaims\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AS_OWN_LAND = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:ukrain\w+\s+(?:territor\w+|lands?|soil)|ukraine\b)"
    r"|as\s+(?:its|their)\s+own|as\s+(?:russian|part\s+of\s+russia)\b)",
    re.IGNORECASE,
)


def _claimed_as_own(folded: str, span: tuple[int, int]) -> bool:
    """True when the figure at `span` is land a side claims as its own."""
    before = folded[max(0, span[0] - 60) : span[0]]
    if "claim" not in before.lower():
        return False
    own = _AS_OWN_LAND.match(folded, span[1])
    return bool(
        _LAID_CLAIM.search(before)
        or (
            _CLAIMS.search(before)
            and own
            # not "claims 500 km2 of Ukrainian territory were captured"
            and not _TOLD_TAKEN.match(folded, own.end())
        )
    )


_TOLD_TAKEN = re.compile(
    r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:now\s+)?"
    r"(?:captured|seized|taken|liberated|occupied|lost|conquered|gained)\b",
    re.IGNORECASE,
)


# "Russian forces seized 90 km2 of farmland", "took 460 km2, mostly farmland":
# a verb of taking right before the figure makes the farmland the land taken,
# not land counted by its use ("have occupied 5 million hectares of arable
# land" is a count of farmland, a state).
_TAKEN_OF_USE = re.compile(
    r"\b(?:captured|seized|took|taken|recaptured|retook|retaken|liberated|gained"
    r"|won|regained|grabbed|conquered)\s+(?:(?:about|around|some|roughly|nearly"
    r"|almost|approximately|over|more\s+than|another|a\s+further|an\s+additional)\s+)*$",
    re.IGNORECASE,
)


# "… took 505 km2 in October and may take more next month": a future period
# after the figure's phrase belongs to the next verb.
_PHRASE_ENDS = re.compile(r",|;|\s(?:and|but|while|as)\s", re.IGNORECASE)


def _future_of_figure(own: str, figure: str) -> bool:
    """True when a future period stands before the figure or in its phrase."""
    at = own.find(figure)
    if at < 0:
        return True
    end = at + len(figure)
    cut = _PHRASE_ENDS.search(own, end)
    return bool(FUTURE.search(own, 0, cut.start() if cut else len(own)))


# The label of a figure set after a dash: back to the comma before it.
_DASH_LABEL = re.compile(r"(?:^|[,;:])([^,;:.\d]{1,60})$")
_DASH_OPEN = re.compile(r"\s*[-\u2013\u2014]")
# "360 km2 have been liberated and cleared of the enemy": freed land and land
# swept, summed into one figure, which is neither (LABELS: no record).
_SUMMED = re.compile(
    r"\b(?:liberat(?:ed|ing)|freed|de-?occupied)\s+and\s+(?:then\s+)?cleared\b"
    r"|\bcleared\s+and\s+(?:then\s+)?(?:liberat(?:ed|ing)|freed)\b",
    re.IGNORECASE,
)
# Land cleared, and land freed: told side by side, two different counts.
_CLEARED = re.compile(r"\b(?:cleared|cleansed|purged|mopped\s+up)\b", re.IGNORECASE)
_FREED = re.compile(
    r"\b(?:liberat(?:ed|ing)|freed|recaptured|retaken|regained|returned\s+to)\b",
    re.IGNORECASE,
)


# "Sappers … cleared almost half of the region. This is more than 335,000
# hectares": a figure that only restates the land of the sentence before, land
# cleared or searched, is no one's ground either.
_RESTATES = re.compile(
    r"\W*(?:this|that|it)\s+(?:is|was|amounts?\s+to|amounted\s+to|equals|means"
    r"|covers|covered)\s+(?:at\s+least\s+)?" + HEDGE,
    re.IGNORECASE,
)


def restates_land_not_held(folded: str, start: int, before: str) -> bool:
    """True when the sentence opens on "This is" and the figure at `start`,
    restating the land of the sentence `before`, which was no one's ground."""
    return bool(
        before
        and _RESTATES.fullmatch(folded, 0, start)
        and cues.NOT_CONTROL.search(before)
    )


def not_a_record(
    reading: Reading, folded: str, clause: str, span: tuple[int, int], low: int
) -> bool:
    """True when the figure at `span` is no record (`reading.not_recorded` says
    why)."""
    start = span[0]
    high = low + len(clause)
    own = own_words(clause, start - low, folded[high : high + 40])
    if (
        label := _DASH_LABEL.search(folded, max(0, low - 80), low)
    ) and _DASH_OPEN.match(clause):
        # "…, cleared of sabotage groups - about 182 km2": the clause opens at
        # the dash; the label before it is the figure's own words too.
        own = label.group(1) + own
    own_kept = _EXCLUDED.sub("", own)  # without what "excluding …" leaves out
    if (
        cues.NOT_CONTROL.search(own_kept) and not cleared_by_troops(own_kept, folded)
    ) or _SUMMED.search(own):
        reading.not_recorded = "not control"
        return True
    if FUTURE.search(own) and _future_of_figure(own, folded[start : span[1]]):
        reading.not_recorded = "forecast"
        return True
    if elsewhere(own):
        reading.not_recorded = "another war"
        return True
    lowered = clause.lower()
    taken = _TAKEN_OF_USE.search(folded, max(0, start - 40), start)
    if not taken and (
        (any(hint in lowered for hint in _BURNT_HINTS) and _BURNT.search(clause))
        or _TO_CLEAR.search(clause)
    ):
        # (not "captured 20 km2 of burnt forest": the land taken, as it is)
        reading.not_recorded = "not control"
        return True
    near = folded[max(0, start - 60) : start]
    if (
        near[-2:-1].isalpha()  # a word right before the figure, as a verb or hedge is
        and any(hint in near.lower() for hint in _DAMAGE_HINTS)
        and _DAMAGED.search(near)
    ):
        reading.not_recorded = "not control"
        return True
    if _claimed_as_own(folded, span):
        reading.not_recorded = "claimed"
        return True
    use = _LAND_USE.search(clause) or (
        # hectares in a sentence about farming: "… and 6,500 in Luhansk, land
        # too dangerous to sow"
        "hectare" in clause.lower() and _LAND_USE.search(folded)
    )
    if (
        use
        and not _WAS_OF_USE.search(clause, 0, use.start())
        and not _TAKEN_OF_USE.search(folded, max(0, start - 40), start)
    ):
        reading.not_recorded = "land use"
        return True
    if _CLEARED.search(clause) and not _FREED.search(clause):
        rest = folded[:low] + " " + folded[low + len(clause) :]
        if _FREED.search(rest):
            # "160 km2 have been liberated, 170 km2 cleared of the occupiers":
            # set beside a liberation, the land cleared is another count.
            reading.not_recorded = "not control"
            return True
    if planned_outcome(folded, start):  # "the plan calls for …, leading to N"
        reading.not_recorded = "planned"
        return True
    before = _after_break(folded, max(low, start - 80), start)
    denied = _not_held_by(before, folded, start) or _not_taken_by(
        folded, start, span[1]
    )
    if denied is not None:
        reading.held_by = denied  # "Russia does not control 5,000 km2 of Donetsk"
        return False
    negated = (
        cues.NEGATED.search(before)
        or _DEMAND.search(before)
        or ("yet" in before and _YET_TO.search(before))
        # a condition whose consequence is a supposition: "…, Russia would halt"
        # (not "if we talk about Bakhmut, 2 km2 have been liberated")
        or (
            ("if" in before.lower() or "unless" in before.lower())
            and _IF_CLAUSE.search(before)
            and _MODAL.search(folded, span[1])
        )
    )
    stated = not negated or (
        cues.REPORTED_WOULD.match(before, negated.start())
        and not cues.CONDITION.search(clause)
    )
    task = task_kind(folded, before, start, span[1])
    if task == "more" or (task == "left" and not left_holder(folded, start)):
        reading.not_recorded = "a task"  # "must liberate just 50 km2 more"
        return True
    if task == "left":
        reading.held_by = left_holder(folded, start)  # "50 km2 are left to free"
        return False
    to_take = _still_to_take(before, folded, start)
    obliged = bool(to_take and _OBLIGED.search(before))
    if (
        stated
        and not obliged
        and not supposed_after(folded, span[1], low + len(clause))
    ):
        return False
    # a duty stated as fact names its taker; the words after the figure may
    # belong to another clause ("…, adding that 75% is under Russian control")
    held = (
        (to_take if obliged else None) or _still_held(folded, start, span[1]) or to_take
    )
    if held is not None:
        # The supposed gain yields no record; the holding it states does (LABELS).
        reading.held_by = held
        return False
    reading.not_recorded = "negated"
    return True


# "the remaining 3,500 sq mi of Donetsk still held by Kyiv", "… that Ukraine
# still controls": the land's holder now, named after the figure.
_STILL_HELD = re.compile(
    r"[^.;]{0,60}?\b(?:still\s+(?:held|controlled|occupied)\s+by\s+(?P<by>[\w'-]+(?:\s+[\w'-]+)?)"
    r"|(?:that|which)\s+(?P<subject>[\w'-]+(?:\s+[\w'-]+)?)\s+still\s+(?:holds|controls|occupies)\b"
    # "… of Donetsk still under Kyiv's control", "the region's last
    # Ukrainian-held areas", "that remain in Ukrainian hands"
    r"|(?:still\s+|remains?\s+|remaining\s+)?(?:under|in)\s+(?:the\s+)?(?P<under>[\w'-]+)"
    r"\s+(?:control|hands)\b"
    r"|\b(?P<adjective>ukrainian|russian|kyiv|moscow)-(?:held|controlled)\b)",
    re.IGNORECASE,
)
# "… withdraw from the 6,600 km2 of Donetsk it still holds", "… recapture the
# 116,000 km2 Russia occupies": a relative clause with no "that", right after
# the figure (and its "of <place>"), saying who holds the land now.
_HELD_NOW = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+(?:region|oblast|province))?)?\s+"
    r"(?:that\s+|which\s+)?(?P<subject>it|they|[\w'-]+(?:\s+(?:forces|troops))?)\s+"
    r"(?:still\s+|now\s+|currently\s+)?(?:holds|hold|controls|control|occupies|occupy)\b",
    re.IGNORECASE,
)


# "…, with less than 60 km2 remaining under Ukrainian control": the figure's
# own holder, named right after it, whoever took the rest.
_REMAINING_UNDER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?[\w'-]+(?:\s+(?:region|oblast|province))?\s+)?"
    r"(?:still\s+)?(?:remaining|remains?|left|still)\s+(?:under|in)\s+(?:the\s+)?"
    r"(?P<under>[\w'-]+)\s+(?:control|hands)\b",
    re.IGNORECASE,
)


def remaining_holder(folded: str, end: int) -> tuple[str, str] | None:
    """The side a held figure is said to remain under, right after it."""
    found = _REMAINING_UNDER.match(folded, end)
    return _side_named(found["under"]) if found else None


def _side_named(words: str) -> tuple[str, str] | None:
    """The side `words` name ("Ukrainian", "Kyiv"), with the words."""
    sides = find_actors(words)
    return (sides[0].actor, words) if sides else None


def _still_held(folded: str, start: int, end: int) -> tuple[str, str] | None:
    """The side that still holds the land of a supposed gain, if named; "it"
    and "they" stand for the side named last before the figure."""
    if (found := _STILL_HELD.match(folded, end)) is not None:
        words = found["by"] or found["subject"] or found["under"] or found["adjective"]
    elif (found := _HELD_NOW.match(folded, end)) is not None:
        words = found["subject"]
        if words.lower() in ("it", "they"):
            sides = find_actors(folded[:start])
            return (sides[-1].actor, sides[-1].text) if sides else None
    else:
        return None
    return _side_named(words)


# What is left to take, before the figure: "the remaining", "only the last",
# "just about the last 20 km2".
_STILL_LEFT = (
    r"(?:(?:the|remaining|rest\s+of\s+the|another|only|just|last|final|about|around"
    r"|some|roughly|nearly|almost|approximately|over|more\s+than)\s+){0,5}$"
)


# "Russia would still need to conquer approximately 8,000 km2 to take the
# entire Donetsk region", "… needs years to capture the remaining 6,600 km2 of
# Donetsk": what one side has yet to take, the other side holds now (LABELS).
_STILL_TO_TAKE = re.compile(
    r"(?<!not\s)(?<!n't\s)\b(?:(?:need|needs|needed)\s+(?:[\w'-]+\s+){0,3}?"
    # "would still have to conquer", "has yet to capture"
    r"|(?:have|has|had)\s+(?:still\s+|yet\s+)?|(?:has|have|had|is|are)\s+yet\s+)"
    # "need to be conquered" / "to be taking": the passive and the progressive too
    r"to\s+(?:be\s+)?(?:(?:re)?(?:captur|conquer|tak|seiz|occup|gain|claim)|liberat|free)"
    r"[a-z]*\s+"
    + _STILL_LEFT
    # "must still liberate roughly 1,000 km2 of the region"
    + r"|\b(?:must|should)\s+(?:still\s+|now\s+)?(?:(?:re)?(?:captur|conquer|tak|seiz"
    r"|gain|claim)|liberat|free)[a-z]*\s+" + _STILL_LEFT,
    re.IGNORECASE,
)
# A duty stated as a present fact: "has to liberate the last 20 km2", "must
# still take …" (not "would need to", a supposition the negation words read).
_OBLIGED = re.compile(
    r"\b(?<!would\s)(?<!will\s)(?:has|have|must|needs|need)\s+(?:still\s+)?to\b"
    r"|\b(?<!would\s)(?<!will\s)must\b|\b(?:has|have|is|are)\s+yet\s+to\b",
    re.IGNORECASE,
)


# "Putin wants to seize the remaining 6,000 km2 of Donetsk", "Moscow aims to
# capture the rest of the Donetsk region, some 6,000 km2": what is wanted is not
# taken, and the rest of a region is held by the other side now.
_WANTS_REST = re.compile(
    r"\b(?:wants?|wanted|aims?|aimed|plans?|planned|seeks?|sought|hopes?|intends?"
    r"|(?:goal|aim|objective|target)\s+is)\s+to\s+(?:captur|conquer|tak|seiz|occup)"
    r"[a-z]*\s+(?:the\s+remaining\s+|the\s+rest\s+of\s+[^,;.]{0,40}?,\s*(?:or\s+)?)"
    + HEDGE
    + "$",
    re.IGNORECASE,
)


def _still_to_take(before: str, folded: str, start: int) -> tuple[str, str] | None:
    """The side that holds the land another side still needs to take: the
    other side of the last one named before the verb, in the sentence up to
    it ("The Russian army … controls the territory of the Lugansk People's
    Republic and has to liberate …")."""
    if "to" not in before and "still" not in before:
        # a cheap look first ("must still capture" has no "to"; "must capture
        # another 2,000 km2 to reach the city" is a goal, its land no holding)
        return None
    found = _STILL_TO_TAKE.search(before) or _WANTS_REST.search(before)
    if found is None:
        return None
    return _other_of_last(folded, start - len(before) + found.start(), 200, voice=True)


def _other_of_last(
    folded: str, at: int, width: int, voice: bool = False
) -> tuple[str, str] | None:
    """The other side of the last side named in the `width` characters before
    `at` (or, with `voice`, of the speaker there when none is named), with
    the words that named it."""
    words = folded[max(0, at - width) : at]
    sides = [(m.actor, m.text) for m in find_actors(words)]
    side = sides[-1] if sides else (speaker_of(words) if voice else None)
    holder = other_side(side[0]) if side else None
    return (holder, side[1]) if holder and side else None


# "Russia does not (yet) control about 5,000 km2 of Donetsk": land a side is
# said not to hold is held by the other side now (LABELS), as the relative
# "… of Donetsk that Russia does not control" is.
_NOT_HELD = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn't|don't)\s+(?:yet\s+|still\s+)?"
    r"(?:control|hold|occupy)\s+" + HEDGE + "$",
    re.IGNORECASE,
)


def _not_held_by(before: str, folded: str, start: int) -> tuple[str, str] | None:
    """The side holding land the side named before the verb does not."""
    if "n't" not in before and "not" not in before:
        return None
    found = _NOT_HELD.search(before)
    if found is None:
        return None
    return _other_of_last(folded, start - len(before) + found.start(), 120)


# "about 6,000 km2 that they have not yet conquered": land a side has not
# taken, told in a relative clause after it, is held by the other side now.
_NOT_TAKEN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+(?:region|oblast|province))?)?\s+"
    r"(?:that|which)\s+(?P<side>[\w'-]+(?:\s+(?:forces|troops))?)\s+"
    r"(?:has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?"
    r"(?:conquer|captur|seiz|tak|occup|overr[au]n)\w*",
    re.IGNORECASE,
)


def _not_taken_by(folded: str, start: int, end: int) -> tuple[str, str] | None:
    """The side holding land the side named in the relative clause after the
    figure has not taken ("it" and "they" stand for the side named before)."""
    found = _NOT_TAKEN.match(folded, end)
    if found is None:
        return None
    if found["side"].lower() in ("it", "they"):
        return _other_of_last(folded, start, 200)
    return _other_of_last(found["side"], len(found["side"]), len(found["side"]))


def _after_break(folded: str, low: int, start: int) -> str:
    """The words before a figure back to the last colon or semicolon."""
    text = folded[low:start]
    cut = max(text.rfind(":"), text.rfind(";"))
    # "Ukraine tried and failed to hold the town, and Russia took 20 km2": the
    # clause after ", and" / ", but" is a statement of its own.
    joined = list(_NEXT_CLAUSE.finditer(text, cut + 1))
    if joined:
        cut = joined[-1].end() - 1
    # "… projected to take 4,500 km2 in 2025, up from 4,168 in 2024": the other
    # term of a comparison is a fact, whatever the forecast before it.
    compared = list(_COMPARED_TERM.finditer(text, cut + 1))
    if compared:
        cut = compared[-1].end() - 1
    return text[cut + 1 :]


_COMPARED_TERM = re.compile(
    r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s",
    re.IGNORECASE,
)


_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s(?!(?:that|to|also)\b)"
    # "We cannot specify the axes but 400 km2 were liberated": what follows a
    # bare "but" is stated (not "but also", "but to")
    r"|\sbut\s(?!(?:that|to|also|not)\b)"
    # "Kyiv's troops had failed to advance and had lost control of 2 km2": a
    # second finite verb is stated, whatever the first one's negation
    r"|\sand\s(?=(?:had|has|have)\s+(?!(?:not|never|yet|to|no)\b)"
    r"(?:[a-z]+ed|lost|won|taken|held|given\s+up)\b)",
    re.IGNORECASE,
)
