"""Bulk import speed: `frontline import` against `sqlite-utils insert --csv`.

Generates a realistic CSV (daily holdings of many series, in the layout `export`
writes), then times whole processes on it, each into a fresh database:

- `frontline import FILE` into an empty database (validation, staging, merge);
- the same import again into the full database (every row already present);
- `sqlite-utils insert DB records FILE --csv`, which parses and inserts without
  validating anything: the floor a Python CSV loader can reach.

Peak memory is each process's maximum resident set size (from `os.wait4`). With
`--profile` it also runs one import in-process and splits the time between the
reader (CSV parsing + `record_from_fields`), staging (`executemany` into the temp
table) and the merge into `records`. Run from the repository root with the
project's virtual environment active:

    python bench/bench_import.py [--rows 1000000] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from frontline.model.records import FIELD_NAMES

ACTORS = ("russia", "ukraine")
REGIONS = [
    "ukraine",
    "donetsk",
    "luhansk",
    "zaporizhzhia",
    "kherson",
    "kharkiv",
    "kursk",
    "sumy",
    "dnipropetrovsk",
    "mykolaiv",
]
LAYERS = ("control", "advances", "claimed", "contested", "partisan")
SOURCES = ("ISW", "DeepState", "Suriyak", "BBC Verify")
HEADER = [name for name in FIELD_NAMES if name != "id"]  # the export layout


def write_csv(path: Path, rows: int) -> None:
    """Daily holdings for 400 series (2 actors x 10 regions x 5 layers x 4 sources)."""
    series = [
        (actor, region, layer, source)
        for actor in ACTORS
        for region in REGIONS
        for layer in LAYERS
        for source in SOURCES
    ]
    days = -(-rows // len(series))
    first = date(2018, 1, 1)
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(HEADER)
        for number, (actor, region, layer, source) in enumerate(series):
            base = 1_000 + 997.3 * number
            for day in range(days):
                if written == rows:
                    return
                when = first + timedelta(days=day)
                text = when.isoformat()
                area = round(base + 0.37 * day + (day * 7919 % 13) * 0.1, 1)
                published = (when + timedelta(days=1)).isoformat()
                note = "revised" if day % 97 == 0 else ""
                out.writerow(
                    ("holding", actor, region, layer, text, text, area, "exact",
                     source, "", published, note)
                )  # fmt: skip
                written += 1


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{error}")
    return elapsed, usage.ru_maxrss / 1024


def measure(label, make_command, runs, env, rows, prepare=None) -> tuple[str, ...]:
    times, peaks = [], []
    for attempt in range(runs):
        command = make_command(attempt)
        if prepare:
            prepare(attempt)
        elapsed, peak = run(command, env)
        times.append(elapsed)
        peaks.append(peak)
    best = statistics.median(times)
    return (
        label,
        f"{best:.1f}",
        f"{rows / best:,.0f}",
        f"{max(peaks):,.0f}",
    )


def profile(path: Path, workdir: Path) -> None:
    """One in-process import with the store's phases timed separately."""
    from frontline import io
    from frontline.store import db
    from frontline.store import records as store

    timings: dict[str, float] = {}
    stage, merge = store._stage, store._merge_staged

    def timed_stage(conn, records, progress):
        started = time.perf_counter()
        stage(conn, records, progress)
        timings["reader + staging"] = time.perf_counter() - started

    def timed_merge(conn, on_conflict):
        started = time.perf_counter()
        try:
            return merge(conn, on_conflict)
        finally:
            timings["merge"] = time.perf_counter() - started

    reading = 0.0

    def timed_reader(records):
        nonlocal reading
        iterator = iter(records)
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                reading += time.perf_counter() - started
                return
            reading += time.perf_counter() - started
            yield item

    store._stage, store._merge_staged = timed_stage, timed_merge
    try:
        target = workdir / "profile.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        conn = db.open_for_write(db.Location(target, "--db"))
        sources = io.resolve_sources([str(path)], None)
        started = time.perf_counter()
        records = timed_reader(io.read_records(sources, io.FieldPlan()))
        summary = store.write_records(conn, records)
        total = time.perf_counter() - started
        conn.close()
    finally:
        store._stage, store._merge_staged = stage, merge
    staging = timings["reader + staging"] - reading
    print(f"\nprofile of one import ({summary.added:,} rows added, {total:.1f} s):\n")
    print("| phase | seconds | share |")
    print("|---|---:|---:|")
    for name, seconds in (
        ("reader: CSV parsing + record_from_fields", reading),
        ("store._stage: to_row + executemany into temp.staged", staging),
        ("store._merge_staged: INSERT … SELECT into records", timings["merge"]),
    ):
        print(f"| {name} | {seconds:.1f} | {seconds / total:.0%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--no-sqlite-utils", action="store_true", help="Time frontline only."
    )
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it.")
    args = parser.parse_args()

    bin_dir = Path(sys.executable).parent
    frontline = str(bin_dir / "frontline")
    sqlite_utils = str(bin_dir / "sqlite-utils")
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        data = work / "holdings.csv"
        started = time.perf_counter()
        write_csv(data, args.rows)
        size = data.stat().st_size / 1024 / 1024
        print(
            f"{args.rows:,} rows, {size:,.0f} MiB CSV "
            f"(written in {time.perf_counter() - started:.1f} s); "
            f"median of {args.runs} runs, each into a fresh database\n"
        )

        def fresh(name: str):
            def prepare(attempt: int) -> None:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{work / name}{attempt}.db{suffix}").unlink(missing_ok=True)

            return prepare

        table = [
            measure(
                "frontline import (empty database)",
                lambda n: [frontline, "--db", f"{work}/fl{n}.db", "import", str(data)],
                args.runs,
                env,
                args.rows,
                fresh("fl"),
            ),
            measure(
                "frontline import again (all already present)",
                lambda n: [frontline, "--db", f"{work}/fl{n}.db", "import", str(data)],
                args.runs,
                env,
                args.rows,
            ),
        ]
        if not args.no_sqlite_utils:
            table.append(measure(
                "sqlite-utils insert --csv (no validation)",
                lambda n: [sqlite_utils, "insert", f"{work}/su{n}.db", "records",
                           str(data), "--csv"],
                args.runs,
                env,
                args.rows,
                fresh("su"),
            ))  # fmt: skip
        print("| command | seconds | rows/s | peak RSS (MiB) |")
        print("|---|---:|---:|---:|")
        for row in table:
            print("| " + " | ".join(row) + " |")
        if args.profile:
            profile(data, work)


if __name__ == "__main__":
    main()
