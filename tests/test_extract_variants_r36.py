"""Two shapes: each side's part of land that "changed hands" (its period is
that of the land that changed hands, the total is no record, and "a
difference of N ... net gain" is a side's net change over the same period);
and a bound word before a coordination of counts ("over 500 settlements and
12,000 square kilometres"), which bounds the area too.
Every sentence was written for this file (none is taken from any corpus), and
its records were written by hand from tests/fixtures/prose/real/LABELS.md.
They were written before any rule was changed (9 read right, 9 not); those
the rules then read right were moved into CASES, marked by the comment above
them, and those still not read are in NOT_YET, each with why. Near misses, where the bound must not spread, are
among the cases: a comma or a new clause between the conjuncts, "or" for
"and", a bound word standing before a period rather than the first count, and
a bound on the second conjunct only."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids, pending

Row = tuple[str, str, str, str, str, float, str]

CASES: list[tuple[str, str, list[Row]]] = [
    # the parts of land that changed hands, each in its own unit
    (
        "2024-12-30",
        "Some 1,000 square kilometres changed hands in December. Russia gained "
        "800 square kilometres and Ukraine 200.",
        [
            ("change", "russia", "ukraine", "2024-12-01", "2024-12-30", 800, "exact"),
            ("change", "ukraine", "ukraine", "2024-12-01", "2024-12-30", 200, "exact"),
        ],
    ),
    # near miss: a new clause after the comma, so the bound stays with the count
    (
        "2023-02-21",
        "Ukraine had retaken over 500 settlements, and it had retaken 12,000 "
        "square kilometres in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "exact")],
    ),
    # near miss: "over" opens the period, the area comes first
    (
        "2023-02-21",
        "Ukraine had retaken over the past week 12,000 square kilometres and 500 "
        "settlements in the Kharkiv region.",
        [
            (
                "change",
                "ukraine",
                "kharkiv",
                "2023-02-15",
                "2023-02-21",
                12000,
                "exact",
            )
        ],
    ),
    # near miss: "over" opens the period, not the count
    (
        "2023-02-21",
        "Ukraine had retaken over the past week 500 settlements and 12,000 "
        "square kilometres in the Kharkiv region.",
        [
            (
                "change",
                "ukraine",
                "kharkiv",
                "2023-02-15",
                "2023-02-21",
                12000,
                "exact",
            )
        ],
    ),
    # the area's own bound word
    (
        "2023-02-21",
        "Ukraine had retaken 500 settlements and over 12,000 square kilometres "
        "in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "at_least")],
    ),
    # near miss: "or" is no coordination of what was taken
    (
        "2023-02-21",
        "Ukraine had retaken over 500 settlements or 12,000 square kilometres in "
        "the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "exact")],
    ),
    # near miss: the bound word is on the count after the area
    (
        "2023-02-21",
        "Ukraine had retaken 12,000 square kilometres and over 500 settlements "
        "in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "exact")],
    ),
    # near miss: a comma, not "and", joins them
    (
        "2023-02-21",
        "Ukraine had retaken over 500 settlements, 12,000 square kilometres in "
        "the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "exact")],
    ),
    # near miss: a span of days, then a verb, before the area
    (
        "2023-02-21",
        "Ukraine held out for over 200 days and retook 1,000 square kilometres "
        "in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 1000, "exact")],
    ),
    # read right once the coordination rule was made: a bound word before a
    # coordination of counts bounds the area too
    (
        "2023-02-21",
        "Ukraine had retaken over 500 settlements and 12,000 square kilometers of "
        "territory in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "at_least")],
    ),
    (
        "2023-02-21",
        "Ukraine had retaken more than 500 settlements and 12,000 square "
        "kilometres in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "at_least")],
    ),
    (
        "2023-02-21",
        "Ukraine had retaken at least 500 settlements and 12,000 square "
        "kilometres in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "at_least")],
    ),
    (
        "2023-02-21",
        "Ukraine had retaken nearly 500 settlements and 12,000 square kilometres "
        "in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "approx")],
    ),
    (
        "2023-02-21",
        "Ukraine had retaken about 500 settlements and 12,000 square kilometres "
        "in the Kharkiv region.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "approx")],
    ),
    (
        "2023-02-21",
        "Over 500 settlements and 12,000 square kilometres in the Kharkiv region "
        "have been liberated by Ukraine.",
        [("change", "ukraine", "kharkiv", "", "", 12000, "at_least")],
    ),
    # read right once the rule for parts of land that changed hands was made:
    # each side's part takes the period of the land that changed hands
    (
        "2023-09-28",
        "Only about 500 square miles of territory have changed hands this year. "
        "Russia has gained 331 square miles while Ukraine has gained 143.",
        [
            (
                "change",
                "russia",
                "ukraine",
                "2023-01-01",
                "2023-09-28",
                857.286065,
                "exact",
            ),
            (
                "change",
                "ukraine",
                "ukraine",
                "2023-01-01",
                "2023-09-28",
                370.3683,
                "exact",
            ),
        ],
    ),
    # near miss, written with the rule: a figure's own period wins
    (
        "2023-09-28",
        "Only about 500 square miles have changed hands this year. Since "
        "February 2022, Russia has taken 40,000 square miles.",
        [
            (
                "change",
                "russia",
                "ukraine",
                "2022-02-01",
                "2023-09-28",
                103599.524413,
                "exact",
            )
        ],
    ),
    (
        "2023-09-28",
        "Only about 500 square miles have changed hands this year. Russia has "
        "taken 331 square miles in Donetsk since May 1.",
        [
            (
                "change",
                "russia",
                "donetsk",
                "2023-05-01",
                "2023-09-28",
                857.286065,
                "exact",
            )
        ],
    ),
]

NOT_YET: list[tuple[str, str, list[Row]]] = [
    # and the difference that is a side's net gain is its net change
    (
        "2023-09-28",
        "Only about 500 square miles of territory have changed hands this year. "
        "Russia has gained 331 square miles while Ukraine has gained 143, a "
        "difference of 188, which amounts to Russia's net gain in territory so "
        "far this year.",
        [
            (
                "change",
                "russia",
                "ukraine",
                "2023-01-01",
                "2023-09-28",
                857.286065,
                "exact",
            ),
            (
                "change",
                "ukraine",
                "ukraine",
                "2023-01-01",
                "2023-09-28",
                370.3683,
                "exact",
            ),
            (
                "change",
                "russia",
                "ukraine",
                "2023-01-01",
                "2023-09-28",
                486.917765,
                "exact",
            ),
        ],
    ),
    # "3,600 of them": a part of the land that changed hands, in its unit and period
    (
        "2024-12-30",
        "About 4,000 square kilometres changed hands this year: Russian forces "
        "took 3,600 of them, while Ukrainian forces retook 400.",
        [
            (
                "change",
                "russia",
                "ukraine",
                "2024-01-01",
                "2024-12-30",
                3600,
                "exact",
            ),
            ("change", "ukraine", "ukraine", "2024-01-01", "2024-12-30", 400, "exact"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        *CASES,
        *(pending("not read yet: see the comment above the case", c) for c in NOT_YET),
    ],
    ids=case_ids(len(CASES) + len(NOT_YET)),
)
def test_variant_reads_as_labelled(
    published: str, sentence: str, expected: list
) -> None:
    assert_reads_as_labelled(published, sentence, expected)
