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
