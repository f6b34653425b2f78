"""Kinds of phrasing met in text written elsewhere, each pinned on a sentence
made up for it (none copied from a corpus): what the kind is, what an analyst
writes for it, and the days, side and place worked out by hand."""

from __future__ import annotations

from datetime import date

from frontline.extract.candidates import extract


def one(sentence: str, published: date):
    result = extract(sentence, published=published)
    assert len(result.candidates) == 1, result.candidates
    return result.candidates[0]


def test_land_recovered_in_a_sides_own_claim_is_that_sides_gain() -> None:
    # "recovered", "recollected": verbs of taking land back, whose side is the
    # speaker's when no subject names one.
    for verb in ("recovered", "recollected"):
        found = one(
            f"Ukraine's officials claimed that some 90 square kilometres of land had "
            f"been {verb} near Kupiansk over the past three days.",
            date(2023, 5, 20),
        )
        assert (found.kind, found.actor, found.region) == (
            "change",
            "ukraine",
            "kharkiv",
        )
        assert (found.start, found.end) == (date(2023, 5, 18), date(2023, 5, 20))
        assert (found.area_km2, found.bound) == (90.0, "approx")
        assert found.problems == []
