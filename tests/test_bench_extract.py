"""The extraction benchmark runs and prints its Markdown table."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_extract.py"
CORPUS = Path(__file__).resolve().parent / "fixtures" / "prose" / "corpus.jsonl"


def test_bench_scores_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    module = runpy.run_path(str(BENCH))
    assert module["main"]([str(CORPUS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "| field | predicted | expected | correct | precision | recall |" in lines
    overall = next(line for line in lines if line.startswith("| **overall"))
    assert overall.endswith("| 1.000 | 1.000 |")


REWRITES = Path(__file__).resolve().parent.parent / "bench" / "extract_rewrites.py"


def test_rewrites_leave_a_development_file_read_as_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every rewrite of dev4's passages read right reads the same records: the
    table has a row per rewrite and none reads differently."""
    module = runpy.run_path(str(REWRITES))
    dev4 = Path(__file__).resolve().parent / "fixtures/prose/real/dev4.jsonl"
    assert module["main"]([str(dev4)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [line for line in lines if line.startswith("| ") and "---" not in line]
    assert rows[0] == "| rewrite | passages rewritten | read differently |"
    assert len(rows) == 1 + len(module["REWRITES"]) + len(module["DATED"])
    assert all(row.endswith("| 0 |") for row in rows[1:])
    assert any(row.startswith("| a conversion in brackets | ") for row in rows)


def test_a_rewrite_that_changes_the_records_is_counted_and_shown() -> None:
    """A rewrite is a failure when the records change: here the unit rewritten to
    one the extractor does not read loses the record."""
    module = runpy.run_path(str(REWRITES))
    module["REWRITES"]["furlongs"] = lambda text: text.replace("km2", "furlongs")
    row = {
        "sentence": "Russia captured 40 km2 of Ukraine in October.",
        "published": "2025-11-03",
        "records": [
            {
                "kind": "change",
                "actor": "russia",
                "region": "ukraine",
                "start": "2025-10-01",
                "end": "2025-10-31",
                "area_km2": 40,
                "bound": "exact",
            }
        ],
    }
    counts = module["rewrite_counts"]([row], ["furlongs", "km2"])
    tried, failed = counts["furlongs"]
    assert tried == 1 and len(failed) == 1
    assert failed[0][2] == []
    assert counts["km2"] == (0, [])  # already "km2": nothing rewritten
