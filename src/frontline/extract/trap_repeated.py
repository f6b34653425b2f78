"""One figure told twice in a passage is one record.

"Russian forces captured 463 km2 in October, DeepState said. The 463 km2 taken
in October were the most since August": the second sentence recalls the gain
the first reported, and read alone it gives the same record again. A recap, an
apposition ("The area, about 1,294 km2, includes 100 settlements") or the
speaker's own words after a paraphrase ("'We have taken 1,000 km2,' he added")
all repeat a figure without adding land.

Two candidates are one figure only when every field a record is keyed and
measured by agrees: kind, side, place, both days and area, and the bound or
one telling exact where the other hedges it (the later telling is kept); or
when one telling gives no days at all and the other dates the same figure. The same
number of another month, side or place ("85 km2 in each of the two weeks")
differs in a field and stays. Of the two, the one a reviewer has less to check
is kept (the recap often names what the first telling left to a default), and
the other is listed as not recorded, so nothing goes silently.
"""

from __future__ import annotations

from frontline.extract.results import Candidate, NotRecorded

_Key = tuple[str, str, str, object, object, float]


def _key(candidate: Candidate) -> _Key:
    return (
        candidate.kind,
        candidate.actor,
        candidate.region,
        candidate.start,
        candidate.end,
        round(candidate.area_km2, 6),
    )


def told_once(
    candidates: list[Candidate],
) -> tuple[list[Candidate], list[NotRecorded]]:
    """The candidates with each figure told again dropped, and the dropped ones
    as not-recorded figures. Linear: one look-up per candidate."""
    first: dict[_Key, int] = {}
    kept: list[Candidate] = []
    dropped: list[NotRecorded] = []
    for candidate in candidates:
        key = _key(candidate)
        at = first.get(key)
        if at is None:
            first[key] = len(kept)
            kept.append(candidate)
            continue
        earlier = kept[at]
        if candidate.bound != earlier.bound and "exact" not in (
            candidate.bound,
            earlier.bound,
        ):
            # "at least 500 km2 …, while the ministry claimed up to 500": two
            # claims, not one told again
            first[key] = len(kept)
            kept.append(candidate)
            continue
        if candidate.bound != earlier.bound or len(candidate.problems) < len(
            earlier.problems
        ):
            # "Russia seized 725 km2 in November" / "… captured about 725 km2
            # in November": told again with another bound, the later telling
            # is the record (a headline drops the hedge its story keeps, and a
            # speaker's exact words follow a hedged paraphrase).
            kept[at], candidate = candidate, earlier
        dropped.append(NotRecorded.of(candidate, "told again"))
    return _undated_told_again(kept, dropped)


def _undated_told_again(
    kept: list[Candidate], dropped: list[NotRecorded]
) -> tuple[list[Candidate], list[NotRecorded]]:
    """A telling with no days at all ("Syrskyi's 670 km2 figure", a headline)
    of a figure another telling dates ("670 km2 … since January") is that
    figure again: the dated telling is the record."""
    dated: set[tuple] = set()
    for candidate in kept:
        if candidate.start is not None or candidate.end is not None:
            dated.add(_undated_key(candidate))
    if not dated:
        return kept, dropped
    result: list[Candidate] = []
    for candidate in kept:
        if (
            candidate.start is None
            and candidate.end is None
            and _undated_key(candidate) in dated
        ):
            dropped.append(NotRecorded.of(candidate, "told again"))
        else:
            result.append(candidate)
    return result, dropped


def _undated_key(candidate: Candidate) -> tuple:
    return (
        candidate.kind,
        candidate.actor,
        candidate.region,
        round(candidate.area_km2, 6),
    )
