"""Periods said the way other writers say them: a total "up until now" or "to
this day" ends on the published day as "so far" does; "since the new year",
"month-to-date", "since the start of the war", "since last month" and "since
last year" run to the day; "since last Thursday" said on a Thursday starts a
week back. Near misses keep "now" alone and "last year" alone as before. Every
sentence was written for this file (none is taken from any corpus) and its
records were written by hand from tests/fixtures/prose/real/LABELS.md before the
extractor ran on it; each case checks every field of every record."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, parameters

JUL17 = "2023-07-17"  # a Monday
JUL20 = "2023-07-20"  # a Thursday

# (published, sentence, [(kind, actor, region, start, end, area_km2, bound), ...])
CASES: list = [
    # --- a total "up until now" ends on the day (LABELS), as "so far" does ---------
    (
        JUL17,
        "Up until now, Ukraine has liberated 51 square kilometres in the south.",
        [("change", "ukraine", "ukraine", "", JUL17, 51, "exact")],
    ),
    (
        JUL17,
        "Ukrainian troops have retaken about 51 square kilometres near Bakhmut until now.",
        [("change", "ukraine", "donetsk", "", JUL17, 51, "approx")],
    ),
    (
        JUL17,
        "To this day, Russian forces have captured more than 51 square kilometres "
        "of the Kharkiv region.",
        [("change", "russia", "kharkiv", "", JUL17, 51, "at_least")],
    ),
    (  # near miss: "now" alone dates no change (LABELS)
        JUL17,
        "Ukrainian troops have now liberated 51 square kilometres in the south.",
        [("change", "ukraine", "ukraine", "", "", 51, "exact")],
    ),
    # --- "since the new year", "month-to-date", "since the start of the war" --------
    (
        JUL17,
        "Russia has taken 51 square kilometres since the new year, DeepState said.",
        [("change", "russia", "ukraine", "2023-01-01", JUL17, 51, "exact")],
    ),
    (
        JUL17,
        "Russian gains stand at 51 square kilometres month-to-date.",
        [("change", "russia", "ukraine", "2023-07-01", JUL17, 51, "exact")],
    ),
    (
        JUL17,
        "Russia has occupied 51 square kilometres of the Sumy region since the "
        "start of the war.",
        [("change", "russia", "sumy", "2022-02-24", JUL17, 51, "exact")],
    ),
    # --- "since last month / last year" run to the day; "since <weekday>" ----------
    (
        JUL20,
        "Russia has gained 51 square kilometres since last month.",
        [("change", "russia", "ukraine", "2023-06-01", JUL20, 51, "exact")],
    ),
    (
        JUL20,
        "Ukraine has liberated 510 square kilometres since last year.",
        [("change", "ukraine", "ukraine", "2022-01-01", JUL20, 510, "exact")],
    ),
    (  # near miss: "last year" alone is the past calendar year
        JUL20,
        "Ukraine liberated 510 square kilometres last year.",
        [("change", "ukraine", "ukraine", "2022-01-01", "2022-12-31", 510, "exact")],
    ),
    (  # said on a Thursday, "since last Thursday" starts a week back
        JUL20,
        "Russian forces have seized 51 square kilometres since last Thursday.",
        [("change", "russia", "ukraine", "2023-07-13", JUL20, 51, "exact")],
    ),
]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"), parameters(CASES), ids=case_ids(len(CASES))
)
def test_variant_reads_as_labelled(published: str, sentence: str, expected) -> None:
    assert_reads_as_labelled(published, sentence, expected)
