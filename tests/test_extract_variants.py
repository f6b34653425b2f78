"""Phrasings an outside writer uses for the kinds the rules already read, each
pinned on a sentence written for it (none is taken from any corpus): another
verb of loss, another date form, another hedge. Each test names the kind."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract

P = date(2025, 11, 20)


def one(sentence: str, published: date = P):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


# --- actor: land a side gives up is the other side's gain ---------------------------


def test_land_given_up_is_the_other_sides_gain_in_every_tense() -> None:
    found = one(
        "Ukrainian troops were forced to give up around 200 sq km near Pokrovsk "
        "in October."
    )
    assert (found.kind, found.actor, found.region) == ("change", "russia", "donetsk")
    assert (found.start, found.end) == (date(2025, 10, 1), date(2025, 10, 31))
    assert (found.area_km2, found.bound) == (200.0, "approx")
    found = one("Ukraine has given up 300 sq km in the Sumy region since June.")
    assert (found.actor, found.region) == ("russia", "sumy")
    assert (found.start, found.end) == (date(2025, 6, 1), P)


def test_a_demand_to_give_up_land_is_still_no_record() -> None:
    result = extract(
        "Moscow wants Ukraine to give up 6,600 km2 of the Donetsk region.", published=P
    )
    assert result.candidates == []
