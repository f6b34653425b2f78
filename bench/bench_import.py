"""Bulk import speed: `frontline import` beside SQLite's own `.import`.

Generates a realistic CSV (daily holdings of many series, in the layout `export`
writes), then times whole processes on it, the cases interleaved round by round
(the machine is shared and noisy), each into a fresh copy of an empty frontline
database:

- `sqlite3 .import` into a plain table, copied into frontline's `records` (same
  schema, same constraints and indexes): SQLite's own floor, validating nothing;
- the same with the named indexes dropped first and built after the copy;
- `frontline import FILE` (validation, staging, merge);
- the same import again into the full database (every row already present);
- with `--sqlite-utils`, `sqlite-utils insert --csv` (about 90 s a million rows).

Ratios are the median of each round's ratio. Peak memory is each process's
maximum resident set size (GNU time). `--profile` runs one import in-process,
through the library (`frontline.open(path).import_result`), and splits it at
the moment the import says it begins writing: reading + validating + staging
(no lock), then the merge (under the write lock). Run from the repository root
with the project's virtual environment active:

    python bench/bench_import.py [--rows 1000000] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import frontline

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


def export_header(base: Path | None = None) -> list[str]:
    """The columns `export` writes (read from an export of the empty database
    at `base`, or of a throwaway one), without `id`: the layout a newsroom's
    file arrives in."""
    if base is None:
        with tempfile.TemporaryDirectory() as folder:
            empty = Path(folder) / "empty.db"
            create_empty(empty)
            return export_header(empty)
    with frontline.open(base) as tracker:
        out = io.StringIO()
        tracker.export(out, format="csv")
    return [name for name in next(csv.reader([out.getvalue()])) if name != "id"]


def create_empty(base: Path) -> None:
    """An empty frontline database at `base`, as the first write creates it."""
    with frontline.open(base) as tracker:
        tracker.writer()


def write_csv(path: Path, rows: int, header: list[str] | None = None) -> None:
    """Daily holdings for 400 series (2 actors x 10 regions x 5 layers x 4
    sources), under `header` (default: `export_header()`)."""
    header = header or export_header()
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
        out.writerow(header)
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


def run(command: list[str], stdin: str | None = None) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of one process.

    The peak comes from GNU time when installed: `os.wait4` on Linux reports the
    forked child's size before its exec, i.e. this benchmark's own."""
    gnu_time = Path("/usr/bin/time")
    if gnu_time.exists():
        command = [str(gnu_time), "-f", "peak-kib %M", *command]
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            text=True,
        )
        if stdin is not None and process.stdin is not None:
            process.stdin.write(stdin)
            process.stdin.close()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        text = errors.read()
        if process.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{text}")
    peak_kib = usage.ru_maxrss
    for line in text.splitlines():
        if line.startswith("peak-kib "):
            peak_kib = int(line.split()[1])
    return elapsed, peak_kib / 1024


SQLITE_COPY = (
    'INSERT INTO records (kind, actor, region, layer, start, "end", area_km2, '
    "bound, source, url, published, note) SELECT kind, actor, region, layer, start, "
    "\"end\", area_km2, bound, source, NULLIF(url, ''), NULLIF(published, ''), "
    "NULLIF(note, '') FROM csvin;\nDROP TABLE csvin;\n"
)


def sqlite_script(data: Path) -> str:
    """`.import` the CSV into a plain table, then copy it into frontline's
    `records` as frontline stores it (empty cells as NULL): SQLite's own floor
    for loading this file into this schema."""
    return f".import --csv {data} csvin\n" + SQLITE_COPY


def indexes_after_script(data: Path, base: Path) -> str:
    """The same with the named indexes dropped first and built after the copy."""
    with sqlite3.connect(base) as conn:
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'records' AND sql IS NOT NULL"
        ).fetchall()
    drops = "".join(f'DROP INDEX "{name}";\n' for name, _ in indexes)
    creates = "".join(f"{sql};\n" for _, sql in indexes)
    return (
        "BEGIN;\n" + drops + f".import --csv {data} csvin\n" + SQLITE_COPY
        + creates + "COMMIT;\n"
    )  # fmt: skip


def ratio(times: list[float], floors: list[float]) -> float:
    """The median of each round's ratio: runs of one round are seconds apart,
    so a burst of load on the shared machine hits both sides of a ratio."""
    return statistics.median(a / b for a, b in zip(times, floors, strict=True))


def fresh_copy(base: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, target)
    return target


class PhaseClock:
    """Told by the import how it goes (`frontline.ingest.pipeline.Progress`):
    notes the moment everything is read and the write begins."""

    def __init__(self) -> None:
        self.saving_at = 0.0

    def start(self, total_bytes: int | None) -> None:
        pass

    def advance(self, rows: int, done_bytes: int) -> None:
        pass

    def saving(self) -> None:
        self.saving_at = time.perf_counter()

    def waiting(self) -> None:
        pass


def profile(path: Path, work: Path) -> None:
    """One in-process import through the library, its phases timed: validating
    and staging (no lock), then the merge under the write lock."""
    target = fresh_copy(work / "empty.db", work / "profile.db")
    with frontline.open(target) as tracker:
        for attempt in ("empty database", "again"):
            clock = PhaseClock()
            started = time.perf_counter()
            result = tracker.import_result([path], progress=clock)
            done = time.perf_counter()
            staged, summary = clock.saving_at, result.summary
            print(
                f"profile ({attempt}): read, validate and stage "
                f"{staged - started:.1f} s; "
                f"merge under the write lock {done - staged:.1f} s "
                f"({summary.added:,} added, {summary.unchanged:,} already present)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--sqlite-utils",
        action="store_true",
        help="Also time sqlite-utils insert --csv (slow: ~90 s a million rows).",
    )
    parser.add_argument("--keep", type=Path, help="Work in this folder and keep it.")
    args = parser.parse_args()

    bin_dir = Path(sys.executable).parent
    frontline = str(bin_dir / "frontline")
    sqlite_utils = str(bin_dir / "sqlite-utils")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        data = work / "holdings.csv"
        base = work / "empty.db"
        create_empty(base)
        started = time.perf_counter()
        write_csv(data, args.rows, export_header(base))
        size = data.stat().st_size / 1024 / 1024
        print(
            f"{args.rows:,} rows, {size:,.0f} MiB CSV "
            f"(written in {time.perf_counter() - started:.1f} s); "
            f"median of {args.runs} rounds, the cases interleaved in each round, "
            "each into a fresh copy of an empty frontline database\n"
        )
        same = sqlite_script(data)
        after = indexes_after_script(data, base)
        cases = [
            ("sqlite3 .import, same schema", "sqlite"),
            ("sqlite3 .import, indexes built after", "sqlite-after"),
            ("frontline import (empty database)", "import"),
            ("frontline import again (all already present)", "again"),
        ]
        if args.sqlite_utils:
            cases.append(("sqlite-utils insert --csv (no validation)", "sqlite-utils"))
        times: dict[str, list[float]] = {key: [] for _, key in cases}
        peaks: dict[str, float] = {key: 0.0 for _, key in cases}
        for round_number in range(args.runs):
            for _, key in cases:
                target = work / f"{key}.db"
                if key != "again":
                    fresh_copy(base, target)
                if key == "sqlite":
                    elapsed, peak = run(["sqlite3", str(target)], same)
                elif key == "sqlite-after":
                    elapsed, peak = run(["sqlite3", str(target)], after)
                elif key in ("import", "again"):
                    into = work / "import.db"
                    elapsed, peak = run(
                        [frontline, "--db", str(into), "import", str(data)]
                    )
                else:
                    target.unlink()
                    elapsed, peak = run(
                        [sqlite_utils, "insert", str(target), "records", str(data),
                         "--csv"]
                    )  # fmt: skip
                times[key].append(elapsed)
                peaks[key] = max(peaks[key], peak)
            print(
                f"round {round_number + 1}: "
                + ", ".join(f"{key} {times[key][-1]:.1f} s" for _, key in cases),
                file=sys.stderr,
            )
        print(
            "| command | seconds | rows/s | peak RSS (MiB) | × sqlite3 same schema "
            "(median of the rounds' ratios) |"
        )
        print("|---|---:|---:|---:|---:|")
        for label, key in cases:
            seconds = statistics.median(times[key])
            print(
                f"| {label} | {seconds:.1f} | {args.rows / seconds:,.0f} | "
                f"{peaks[key]:,.0f} | {ratio(times[key], times['sqlite']):.2f} |"
            )
        again = ratio(times["again"], times["import"])
        print(f"\nre-import ÷ first import = {again:.2f}")
        if args.profile:
            print()
            profile(data, work)


if __name__ == "__main__":
    main()
