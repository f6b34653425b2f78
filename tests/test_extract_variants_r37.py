"""A figure of four digits that looks like a year ("a little over 2000 square
kilometres", "2024 km2") is the area, never the year of its period, wherever
a date phrase could take it as one: after "over", after a month and day,
after a month, or between years.
Every sentence was written for this file (none is taken from any corpus), and
its records were written by hand from tests/fixtures/prose/real/LABELS.md.
The first four were read with a year of 2000 or 2024 before the rule changed."""

from __future__ import annotations

import pytest
from tests.variants import assert_reads_as_labelled, case_ids

Row = tuple[str, str, str, str, str, float, str]

CASES: list[tuple[str, str, list[Row]]] = [
    (
        "2023-01-10",
        "Russia only managed to seize a little over 2000 square kilometres of "
        "territory in Donbas.",
        [("change", "russia", "ukraine", "", "", 2000, "at_least")],
    ),
    (
        "2024-11-05",
        "Since August 6, 2000 square kilometres have been seized by Ukraine in "
        "the Kursk region.",
        [("change", "ukraine", "kursk", "2024-08-06", "2024-11-05", 2000, "exact")],
    ),
    (
        "2024-11-05",
        "In October, 2024 sq km were captured by Russian forces in Ukraine.",
        [("change", "russia", "ukraine", "2024-10-01", "2024-10-31", 2024, "exact")],
    ),
    (
        "2025-01-03",
        "During 2024 Russian forces captured over 2024 square miles in Ukraine.",
        [
            (
                "change",
                "russia",
                "ukraine",
                "2024-01-01",
                "2024-12-31",
                5242.135935,
                "at_least",
            )
        ],
    ),
    # near miss: the year is a year, the figure follows it
    (
        "2024-01-05",
        "In 2023 Russia captured about 1999 sq km of Ukraine.",
        [("change", "russia", "ukraine", "2023-01-01", "2023-12-31", 1999, "approx")],
    ),
    # near miss: a month and its year, then the figure
    (
        "2024-11-05",
        "Since August 2024, 2000 km2 were taken by Ukraine in Kursk.",
        [("change", "ukraine", "kursk", "2024-08-01", "2024-11-05", 2000, "exact")],
    ),
]


@pytest.mark.parametrize(
    ("published", "sentence", "expected"), CASES, ids=case_ids(len(CASES))
)
def test_variant_reads_as_labelled(
    published: str, sentence: str, expected: list
) -> None:
    assert_reads_as_labelled(published, sentence, expected)
