"""What the variant-sentence files (tests/test_extract_variants_r29.py and
…_r30_*.py) share: a case is (published, sentence, records), each record
(kind, actor, region, start, end, area_km2, bound) written by hand, and the
case holds when the extractor's candidates are exactly those records. A case
not read right yet is a strict expected failure, so a rule that fixes it shows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from frontline.extract.candidates import extract

Row = tuple[str, str, str, str, str, float, str]
Case = tuple[str, str, list[Row]]


def pending(reason: str, case: Case):
    """A case the extractor does not read yet, with why."""
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def parameters(cases: Sequence, not_yet: Sequence[Case] = ()) -> list:
    """The cases, then those not read yet as strict expected failures."""
    return [
        *cases,
        *(
            pytest.param(*case, marks=pytest.mark.xfail(strict=True))
            for case in not_yet
        ),
    ]


def case_ids(count: int) -> list[str]:
    return [f"{n:03d}" for n in range(count)]


def _row(candidate) -> tuple:
    start = candidate.start.isoformat() if candidate.start else ""
    end = candidate.end.isoformat() if candidate.end else ""
    return (
        candidate.kind,
        candidate.actor or "",
        candidate.region or "",
        start,
        end,
        round(candidate.area_km2, 6),
        candidate.bound,
    )


def assert_reads_as_labelled(published: str, sentence: str, expected: list) -> None:
    """Every field of every record, in any order, and no other record."""
    result = extract(sentence, published=date.fromisoformat(published))
    got = sorted(_row(c) for c in result.candidates)
    want = sorted((*r[:5], float(r[5]), r[6]) for r in expected)
    assert got == want, sentence
