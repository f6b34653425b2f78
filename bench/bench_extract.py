"""Extraction accuracy: precision and recall per field on a JSONL corpus.

Each line of the corpus is one JSON object:

    {"sentence": "...", "published": "YYYY-MM-DD",
     "events": {"kursk incursion": "2024-08-06"},      (optional)
     "records": [{"kind": ..., "actor": ..., "region": ..., "start": ...,
                  "end": ..., "area_km2": ..., "bound": ..., "source": ...}],
     "not_recorded": N}                                  (optional)

Predicted candidates are paired with expected records of the same sentence by
area first (equal to 6 decimals), then in order. For each field, precision is
the share of predicted non-empty values that equal the paired expected value,
and recall the share of expected non-empty values that were predicted equal. A
"record" is right when all eight fields agree (empty ones included). Run from
the repository root with the project's virtual environment active:

    python bench/bench_extract.py [CORPUS ...]

Without arguments it scores the corpus of real published sentences in
tests/fixtures/prose/real/: dev.jsonl to dev37.jsonl (what the rules were
developed on; each batch was scored once on arrival, then worked on; dev10 to
dev14, dev17, dev18, dev21 to dev24, dev28 and dev29 were the held-out files
heldout.jsonl to heldout5.jsonl and heldout7.jsonl to heldout14.jsonl until
their scores were recorded) and heldout6.jsonl and heldout15.jsonl to
heldout24.jsonl (outlets, and articles, in no development file, never read or
tuned on: the fair estimate). Rows of that
corpus carry their source URL and outlet and no `source` field, so records are
compared on kind, actor, region, start, end, area and bound. The older
hand-written corpus (tests/fixtures/prose/corpus.jsonl) is scored with `source`
as well. "traps" counts passages whose analyst wrote no record, and how many
records were extracted from them anyway.

`--speed` times the extractor instead (CPU seconds of this process) on the seed
articles repeated to 100 KB, 1 MB and 10 MB, and on 100 KB runs of numbers and
of "1 km2": the time must grow with the text, not faster.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from frontline.extract.candidates import extract

FIELDS = ("kind", "actor", "region", "start", "end", "area_km2", "bound", "source")
RECORD_FIELDS = FIELDS[:-1]
DEFAULT_CORPORA = (
    Path("tests/fixtures/prose/real/dev.jsonl"),
    Path("tests/fixtures/prose/real/dev2.jsonl"),
    Path("tests/fixtures/prose/real/dev3.jsonl"),
    Path("tests/fixtures/prose/real/dev4.jsonl"),
    Path("tests/fixtures/prose/real/dev5.jsonl"),
    Path("tests/fixtures/prose/real/dev6.jsonl"),
    Path("tests/fixtures/prose/real/dev7.jsonl"),
    Path("tests/fixtures/prose/real/dev8.jsonl"),
    Path("tests/fixtures/prose/real/dev9.jsonl"),
    Path("tests/fixtures/prose/real/dev10.jsonl"),
    Path("tests/fixtures/prose/real/dev11.jsonl"),
    Path("tests/fixtures/prose/real/dev12.jsonl"),
    Path("tests/fixtures/prose/real/dev13.jsonl"),
    Path("tests/fixtures/prose/real/dev14.jsonl"),
    Path("tests/fixtures/prose/real/dev15.jsonl"),
    Path("tests/fixtures/prose/real/dev16.jsonl"),
    Path("tests/fixtures/prose/real/dev17.jsonl"),
    Path("tests/fixtures/prose/real/dev18.jsonl"),
    Path("tests/fixtures/prose/real/dev19.jsonl"),
    Path("tests/fixtures/prose/real/dev20.jsonl"),
    Path("tests/fixtures/prose/real/dev21.jsonl"),
    Path("tests/fixtures/prose/real/dev22.jsonl"),
    Path("tests/fixtures/prose/real/dev23.jsonl"),
    Path("tests/fixtures/prose/real/dev24.jsonl"),
    Path("tests/fixtures/prose/real/dev25.jsonl"),
    Path("tests/fixtures/prose/real/dev26.jsonl"),
    Path("tests/fixtures/prose/real/dev27.jsonl"),
    Path("tests/fixtures/prose/real/dev28.jsonl"),
    Path("tests/fixtures/prose/real/dev29.jsonl"),
    Path("tests/fixtures/prose/real/dev30.jsonl"),
    Path("tests/fixtures/prose/real/dev31.jsonl"),
    Path("tests/fixtures/prose/real/dev32.jsonl"),
    Path("tests/fixtures/prose/real/dev33.jsonl"),
    Path("tests/fixtures/prose/real/dev34.jsonl"),
    Path("tests/fixtures/prose/real/dev35.jsonl"),
    Path("tests/fixtures/prose/real/dev36.jsonl"),
    Path("tests/fixtures/prose/real/dev37.jsonl"),
    Path("tests/fixtures/prose/real/heldout6.jsonl"),
    Path("tests/fixtures/prose/real/heldout15.jsonl"),
    Path("tests/fixtures/prose/real/heldout16.jsonl"),
    Path("tests/fixtures/prose/real/heldout17.jsonl"),
    Path("tests/fixtures/prose/real/heldout18.jsonl"),
    Path("tests/fixtures/prose/real/heldout19.jsonl"),
    Path("tests/fixtures/prose/real/heldout20.jsonl"),
    Path("tests/fixtures/prose/real/heldout21.jsonl"),
    Path("tests/fixtures/prose/real/heldout22.jsonl"),
    Path("tests/fixtures/prose/real/heldout23.jsonl"),
    Path("tests/fixtures/prose/real/heldout24.jsonl"),
)


def _value(field: str, value: object) -> str:
    """A field as a comparable string: ISO dates, areas to 6 decimals, "" if empty."""
    if value is None or value == "":
        return ""
    if field == "area_km2":
        return repr(round(float(value), 6))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _pairs(
    predicted: list[dict], expected: list[dict]
) -> list[tuple[dict | None, dict | None]]:
    """Predicted and expected records paired by area, then in order."""
    left = list(predicted)
    right = list(expected)
    pairs: list[tuple[dict | None, dict | None]] = []
    for want in list(right):
        match = next((got for got in left if got["area_km2"] == want["area_km2"]), None)
        if match is not None:
            pairs.append((match, want))
            left.remove(match)
            right.remove(want)
    for got, want in zip(left, right, strict=False):
        pairs.append((got, want))
    pairs += [(got, None) for got in left[len(right) :]]
    pairs += [(None, want) for want in right[len(left) :]]
    return pairs


def _index(predicted: list[dict], got: dict) -> int:
    """The position of a paired candidate among the sentence's predictions."""
    return next(i for i, item in enumerate(predicted) if item is got)


def fields_of(rows: list[dict]) -> tuple[str, ...]:
    """The fields a corpus labels: `source` only where its records carry one."""
    labelled = any("source" in record for row in rows for record in row["records"])
    return FIELDS if labelled else RECORD_FIELDS


def score(rows: list[dict]) -> dict[str, dict[str, int]]:
    """Counts per field: predicted non-empty, expected non-empty, correct."""
    fields = fields_of(rows)
    counts = {name: {"predicted": 0, "expected": 0, "correct": 0} for name in fields}
    counts["record"] = {"predicted": 0, "expected": 0, "correct": 0}
    counts["not_recorded"] = {"predicted": 0, "expected": 0, "correct": 0}
    counts["traps"] = {"predicted": 0, "expected": 0, "correct": 0}
    # What `extract --add` does with them: a candidate with no problem is
    # written, one with a problem held back (unless --force). "correct" counts
    # the whole records right among each.
    counts["written"] = {"predicted": 0, "expected": 0, "correct": 0}
    counts["held"] = {"predicted": 0, "expected": 0, "correct": 0}
    for row in rows:
        events = {k: date.fromisoformat(v) for k, v in row.get("events", {}).items()}
        result = extract(
            row["sentence"],
            published=date.fromisoformat(row["published"])
            if row.get("published")
            else None,
            events=events,
        )
        predicted = [
            {name: _value(name, getattr(c, name)) for name in fields}
            for c in result.candidates
        ]
        flagged = [bool(c.problems) for c in result.candidates]
        expected = [
            {name: _value(name, record.get(name)) for name in fields}
            for record in row["records"]
        ]
        if not expected:
            counts["traps"]["expected"] += 1
            counts["traps"]["predicted"] += len(predicted)
            counts["traps"]["correct"] += not predicted
        for got, want in _pairs(predicted, expected):
            for name in fields:
                got_value = got[name] if got else ""
                want_value = want[name] if want else ""
                counts[name]["predicted"] += bool(got_value)
                counts[name]["expected"] += bool(want_value)
                counts[name]["correct"] += bool(got_value) and got_value == want_value
            counts["record"]["predicted"] += got is not None
            counts["record"]["expected"] += want is not None
            counts["record"]["correct"] += got is not None and got == want
            if got is not None:
                which = "held" if flagged[_index(predicted, got)] else "written"
                counts[which]["predicted"] += 1
                counts[which]["correct"] += got == want
        if "not_recorded" in row:
            counts["not_recorded"]["predicted"] += len(result.not_recorded)
            counts["not_recorded"]["expected"] += row["not_recorded"]
            counts["not_recorded"]["correct"] += min(
                len(result.not_recorded), row["not_recorded"]
            )
    return counts


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def table(counts: dict[str, dict[str, int]]) -> str:
    fields = tuple(name for name in FIELDS if name in counts)
    lines = [
        "| field | predicted | expected | correct | precision | recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in (*fields, "overall", "record", "not_recorded"):
        if name == "overall":
            c = {
                key: sum(counts[field][key] for field in fields)
                for key in ("predicted", "expected", "correct")
            }
            label = "**overall (fields)**"
        else:
            c = counts[name]
            label = {
                "record": "whole record",
                "not_recorded": "not recorded (count)",
            }.get(name, name)
        precision = _ratio(c["correct"], c["predicted"])
        recall = _ratio(c["correct"], c["expected"])
        lines.append(
            f"| {label} | {c['predicted']} | {c['expected']} | {c['correct']} | "
            f"{precision} | {recall} |"
        )
    written, held = counts["written"], counts["held"]
    lines.append(
        f"\n`--add` writes the {written['predicted']} candidates with no problem "
        f"({written['correct']} whole records right, "
        f"{_ratio(written['correct'], written['predicted'])}) and holds back the "
        f"{held['predicted']} with one ({held['correct']} right)."
    )
    traps = counts["traps"]
    if traps["expected"]:
        lines.append(
            f"\nTraps (passages with no record): {traps['expected']}, "
            f"left empty {traps['correct']}, records extracted from them "
            f"{traps['predicted']}."
        )
    return "\n".join(lines)


def speed() -> None:
    """CPU seconds per input: articles at three sizes, and adversarial runs."""
    seeds = Path("tests/fixtures/prose/seeds")
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(seeds.iterdir()))
    inputs = {
        f"articles {size // 1000:,} KB": ((text + "\n\n") * (size // len(text) + 1))[
            :size
        ]
        for size in (100_000, 1_000_000, 10_000_000)
    }
    inputs["numbers 100 KB"] = " ".join(str(n) for n in range(30_000))[:100_000]
    inputs["'1 km2' 100 KB"] = ("1 km2 " * 20_000)[:100_000]
    print("| input | CPU seconds |\n|---|---:|")
    for name, sample in inputs.items():
        began = time.process_time()
        extract(sample, published=date(2024, 11, 20))
        print(f"| {name} | {time.process_time() - began:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=list(DEFAULT_CORPORA))
    parser.add_argument("--speed", action="store_true", help="time, do not score")
    args = parser.parse_args(argv)
    if args.speed:
        speed()
        return 0
    for number, corpus in enumerate(args.corpus):
        lines = corpus.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        began = time.perf_counter()
        counts = score(rows)
        elapsed = time.perf_counter() - began
        outlets = len({row["outlet"] for row in rows if "outlet" in row})
        where = f", {outlets} outlets" if outlets else ""
        if number:
            print()
        print(
            f"Extraction on {corpus} ({len(rows)} passages{where}, {elapsed:.2f} s)\n"
        )
        print(table(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
