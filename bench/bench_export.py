"""Bulk export speed: `frontline export -f csv` against `sqlite3 -csv`.

Imports the holdings CSV of `bench_import.py` into a fresh database, then times
whole processes writing every record as CSV to a file, interleaved round by
round (the machine is shared and noisy):

- `frontline export -f csv -o FILE`;
- `sqlite3 -csv -header DB 'SELECT … ORDER BY …'` with the same columns, the
  same order and the same empty-cell rules, its output asserted byte-identical
  to frontline's.

Run from the repository root with the project's virtual environment active:

    python bench/bench_export.py [--rows 1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_import import ratio, run, write_csv

SQLITE_QUERY = (
    'SELECT id, kind, actor, region, layer, start, "end", area_km2, bound, '
    "coalesce(source, '') AS source, nullif(url, '') AS url, published, "
    "nullif(note, '') AS note FROM records "
    'ORDER BY actor, region, layer, source, start, "end", kind, id'
)


def same_cells(ours: Path, theirs: Path) -> bool:
    """Cell for cell, line for line. Not byte for byte: sqlite3 quotes every
    cell holding a space (`"BBC Verify"`), the csv module only those that need
    it (both read back the same)."""
    with ours.open(newline="") as mine, theirs.open(newline="") as other:
        return all(
            a == b
            for a, b in itertools.zip_longest(csv.reader(mine), csv.reader(other))
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    frontline = str(Path(sys.executable).with_name("frontline"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data, database = work / "holdings.csv", work / "records.db"
        write_csv(data, args.rows)
        subprocess.run(
            [frontline, "--db", str(database), "import", str(data)],
            check=True,
            capture_output=True,
        )
        ours, theirs = work / "frontline.csv", work / "sqlite.csv"
        header = ".headers on\n.mode csv\n"
        script = f"{header}.output {theirs}\n{SQLITE_QUERY};\n"
        cases = {
            "frontline export -f csv": lambda: run(
                [
                    frontline,
                    "--db",
                    str(database),
                    "export",
                    "-f",
                    "csv",
                    "-o",
                    str(ours),
                ]
            ),
            "sqlite3 -csv, same columns and order": lambda: run(
                ["sqlite3", str(database)], script
            ),
        }
        times: dict[str, list[float]] = {label: [] for label in cases}
        peaks: dict[str, float] = {label: 0.0 for label in cases}
        for round_number in range(args.runs):
            for label, timed in cases.items():
                started = time.perf_counter()
                _, peak = timed()
                times[label].append(time.perf_counter() - started)
                peaks[label] = max(peaks[label], peak)
            print(
                f"round {round_number + 1}: "
                + ", ".join(f"{label} {t[-1]:.1f} s" for label, t in times.items()),
                file=sys.stderr,
            )
            if not same_cells(ours, theirs):
                raise SystemExit("the two exports differ")
        size = ours.stat().st_size / 1024 / 1024
        print(
            f"{args.rows:,} records, {size:,.0f} MiB of CSV, identical cells; "
            f"median of {args.runs} interleaved rounds\n"
        )
        floor = times["sqlite3 -csv, same columns and order"]
        print(
            "| command | seconds | peak RSS (MiB) | × sqlite3 -csv "
            "(median of the rounds' ratios) |"
        )
        print("|---|---:|---:|---:|")
        for label, values in times.items():
            seconds = statistics.median(values)
            print(
                f"| {label} | {seconds:.1f} | {peaks[label]:,.0f} | "
                f"{ratio(values, floor):.2f} |"
            )


if __name__ == "__main__":
    main()
