"""Every sentence of the hand-written corpus gives exactly its expected records.

tests/fixtures/prose/corpus.jsonl holds sentences in the styles of ISW, BBC,
Reuters, AFP, the Kyiv Independent, the General Staff and DeepState, one JSON
object a line: the sentence, its published date, optional known event dates,
the expected records and how many figures are not recorded.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontline.extract.candidates import extract

CORPUS = Path(__file__).resolve().parent / "fixtures" / "prose" / "corpus.jsonl"
FIELDS = ("kind", "actor", "region", "start", "end", "area_km2", "bound", "source")
ROWS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_corpus_is_large_enough() -> None:
    assert len(ROWS) >= 60


@pytest.mark.parametrize("row", ROWS, ids=[f"line{n}" for n in range(1, len(ROWS) + 1)])
def test_sentence_gives_its_records(row: dict) -> None:
    events = {
        name: date.fromisoformat(day) for name, day in row.get("events", {}).items()
    }
    result = extract(
        row["sentence"], published=date.fromisoformat(row["published"]), events=events
    )
    got = [{name: getattr(c, name) for name in FIELDS} for c in result.candidates]
    for values in got:
        values["start"] = values["start"] and values["start"].isoformat()
        values["end"] = values["end"] and values["end"].isoformat()
        values["area_km2"] = round(values["area_km2"], 6)
    want = [
        {name: record[name] for name in FIELDS}
        | {"area_km2": round(float(record["area_km2"]), 6)}
        for record in row["records"]
    ]
    assert got == want
    assert len(result.not_recorded) == row["not_recorded"]
