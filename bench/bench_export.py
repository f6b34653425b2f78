"""Bulk export speed: `frontline export -f csv` against `sqlite3 -csv`.

Fills a fresh database, then times whole processes (start-up included) writing
every record as CSV to a file, interleaved round by round (the machine is
shared and noisy):

- `frontline export -f csv -o FILE`;
- `sqlite3 -csv -header DB 'SELECT … ORDER BY …'` with the same columns, the
  same order and the same empty-cell rules.

The records: `--data reports` (the default) those of `bench_reports.py` (series
of daily holdings and nested change records; no text that needs quoting), and
the two files must be byte-identical; `--data holdings` the holdings CSV of
`bench_import.py` imported, whose cells must be equal (sqlite3 quotes every
cell holding a space, the csv module only those that need it). Each ratio is
the median of the rounds' ratios, of wall time and of CPU time (user + system,
which a busy machine disturbs less); the load average is printed beside them.

Run from the repository root with the project's virtual environment active:

    python bench/bench_export.py [--rows 300000] [--runs 5] [--data holdings]
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_import import ratio, run, write_csv
from bench_reports import build, generate

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


def cpu_seconds(command: list[str], script: str | None = None) -> float:
    """User + system CPU seconds of one process."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if script is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    if script is not None:
        assert process.stdin is not None
        process.stdin.write(script)
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    if status:
        raise SystemExit(f"{command[0]} failed")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", choices=("reports", "holdings"), default="reports")
    args = parser.parse_args()
    frontline = str(Path(sys.executable).with_name("frontline"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        database = work / "records.db"
        if args.data == "reports":
            build(sys.executable, database, generate(args.rows))
        else:
            data = work / "holdings.csv"
            write_csv(data, args.rows)
            subprocess.run(
                [frontline, "--db", str(database), "import", str(data)],
                check=True,
                capture_output=True,
            )
        ours, theirs = work / "frontline.csv", work / "sqlite.csv"
        export = [frontline, "--db", str(database), "export", "-f", "csv"]
        # -csv ends lines with LF as frontline does (`.mode csv` in a script: CRLF).
        sqlite = ["sqlite3", "-csv", "-header", "-cmd", f".output {theirs}"]
        cases: dict[str, tuple[list[str], str | None]] = {
            "frontline export -f csv": ([*export, "-o", str(ours)], None),
            "sqlite3 -csv, same columns and order": (
                [*sqlite, str(database), SQLITE_QUERY],
                None,
            ),
        }
        times: dict[str, list[float]] = {label: [] for label in cases}
        cpu: dict[str, list[float]] = {label: [] for label in cases}
        peaks: dict[str, float] = {label: 0.0 for label in cases}
        for round_number in range(args.runs):
            order = list(cases.items())
            if round_number % 2:
                order.reverse()
            for label, (command, stdin) in order:
                started = time.perf_counter()
                _, peak = run(command, stdin)
                times[label].append(time.perf_counter() - started)
                peaks[label] = max(peaks[label], peak)
                cpu[label].append(cpu_seconds(command, stdin))
            print(
                f"round {round_number + 1}: "
                + ", ".join(f"{label} {t[-1]:.2f} s" for label, t in times.items()),
                file=sys.stderr,
            )
            if args.data == "reports":
                if not filecmp.cmp(ours, theirs, shallow=False):
                    raise SystemExit("the two exports are not byte-identical")
            elif not same_cells(ours, theirs):
                raise SystemExit("the two exports differ")
        size = ours.stat().st_size / 1024 / 1024
        load = os.getloadavg()
        same = "byte-identical" if args.data == "reports" else "identical cells"
        print(
            f"{args.rows:,} records ({args.data}), {size:,.0f} MiB of CSV, {same}; "
            f"median of {args.runs} interleaved rounds; load average "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)\n"
        )
        floor = "sqlite3 -csv, same columns and order"
        print(
            "| command | seconds | peak RSS (MiB) | × sqlite3 -csv, wall "
            "| × sqlite3 -csv, CPU |"
        )
        print("|---|---:|---:|---:|---:|")
        for label, values in times.items():
            print(
                f"| {label} | {statistics.median(values):.2f} | "
                f"{peaks[label]:,.0f} | {ratio(values, times[floor]):.2f} | "
                f"{ratio(cpu[label], cpu[floor]):.2f} |"
            )


if __name__ == "__main__":
    main()
