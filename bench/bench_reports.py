"""Benchmark for `frontline report`: builds databases of about 10k, 100k and 1M records
and times the report commands a user runs most (see bench/README-reports.md).

Run from the repository root with the project's venv active:

    python bench/bench_reports.py                # 10k, 100k and 1M records
    python bench/bench_reports.py --sizes 100000 # one size
    python bench/bench_reports.py --keep DIR     # keep the databases in DIR

The data: for each (actor, region) pair, one series of daily holdings with a monthly
change record nested over each month's days (source "DeepState"), and one series of
change records only (source "ISW"): years containing quarters containing months, with
gaps so that parents keep a remainder. The figures are consistent, so reports print
no warnings. Databases are cached by size in the chosen folder.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2024, 12, 31)
ACTORS = ("russia", "ukraine")
COLUMNS = '(kind, actor, region, layer, start, "end", area_km2, bound, source)'


def month_spans(first: date, last: date) -> list[tuple[date, date]]:
    spans = []
    day = first
    while day <= last:
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        spans.append((day, min(nxt - timedelta(1), last)))
        day = nxt
    return spans


def holding_rows(actor: str, region: str, rng: random.Random) -> list[tuple]:
    """Daily holdings (a non-decreasing walk) and a change record for each month."""
    rows = []
    held = {}
    area = rng.uniform(1000, 20000)
    day = FIRST_DAY - timedelta(1)
    while day <= LAST_DAY:
        area += rng.choice((0.0, 0.0, rng.uniform(0, 5)))
        held[day] = round(area, 2)
        rows.append(("holding", actor, region, "control", day, day, held[day]))
        day += timedelta(1)
    for first, last in month_spans(FIRST_DAY, LAST_DAY):
        gained = round(held[last] - held[first - timedelta(1)], 2)
        rows.append(("change", actor, region, "control", first, last, gained))
    return [
        (*row[:4], row[4].isoformat(), row[5].isoformat(), row[6], "exact", "DeepState")
        for row in rows
    ]


def month_end(year: int, month: int) -> date:
    return month_spans(date(year, month, 1), date(year, month, 28) + timedelta(7))[0][1]


def change_rows(actor: str, region: str, rng: random.Random) -> list[tuple]:
    """Years holding three quarters, each holding two months: every parent keeps a
    remainder (the fourth quarter, the third month) for its rate to fill."""
    rows = []
    for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
        year_total = 0.0
        for quarter in range(3):
            first_month = 3 * quarter + 1
            quarter_total = 0.0
            for month in (first_month, first_month + 1):
                area = round(rng.uniform(0, 300), 1)
                quarter_total += area
                rows.append(
                    (date(year, month, 1), month_end(year, month), area, "exact")
                )
            quarter_total = round(quarter_total * 1.5, 1)
            year_total += quarter_total
            quarter_span = (
                date(year, first_month, 1),
                month_end(year, first_month + 2),
            )
            rows.append((*quarter_span, quarter_total, "approx"))
        year_span = (date(year, 1, 1), date(year, 12, 31))
        rows.append((*year_span, round(year_total * 1.4, 1), "approx"))
    return [
        ("change", actor, region, "control", first.isoformat(), last.isoformat(),
         area, bound, "ISW")
        for first, last, area, bound in rows
    ]  # fmt: skip


def build(path: Path, target: int) -> int:
    """Create a database of about `target` records; returns the count."""
    from frontline.store import db

    if path.exists():
        path.unlink()
    conn = db.open_for_write(db.Location(path, "--db"))
    rng = random.Random(target)
    count = 0
    region = 0
    while count < target:
        for actor in ACTORS:
            rows = holding_rows(actor, f"r{region:03d}", rng)
            rows += change_rows(actor, f"r{region:03d}", rng)
            with conn:
                conn.executemany(
                    f"INSERT INTO records {COLUMNS} VALUES (?,?,?,?,?,?,?,?,?)", rows
                )
            count += len(rows)
            if count >= target:
                break
        region += 1
    conn.close()
    return count


# The reports a user runs most (2024 is the last year of the data).
COMMANDS = (
    ("report --year 2024", ("report", "--year", "2024")),
    ("report --year 2024 -f csv", ("report", "--year", "2024", "-f", "csv")),
    ("report --year 2024 --by month", ("report", "--year", "2024", "--by", "month")),
    (
        "report --year 2024 --by month -f csv",
        ("report", "--year", "2024", "--by", "month", "-f", "csv"),
    ),
    ("report --period 2024-06", ("report", "--period", "2024-06")),
    ("report --by year (all 10 years)", ("report", "--by", "year")),
    ("report --by month (all 10 years)", ("report", "--by", "month")),
    (
        "report --by month -f csv (all 10 years)",
        ("report", "--by", "month", "-f", "csv"),
    ),
    (
        "report --by month -f json (all 10 years)",
        ("report", "--by", "month", "-f", "json"),
    ),
    (
        "report --region r001 --by month",
        ("report", "--region", "r001", "--by", "month"),
    ),
)


def timed(path: Path, args: tuple[str, ...], runs: int) -> float:
    """Median wall time of `frontline --db PATH ARGS` as a user runs it: a fresh
    process each time, with bytecode caching on (in a temporary folder)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(
        Path(tempfile.gettempdir()) / "frontline-bench-pyc"
    )
    command = [sys.executable, "-m", "frontline", "--db", str(path), *args]
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def records_read(path: Path, period: str) -> int:
    """How many records the one-period report reads (with its comparison), as
    `frontline report --period PERIOD` builds it."""
    import frontline

    with frontline.open(path) as tracker:
        spec = tracker.spec("report", period=period)
        return spec.report(tracker.reader()).records_read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000]
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Folder for the databases (reused).")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="frontline-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict[int, float]] = {label: {} for label, _ in COMMANDS}
    counts = {}
    reads = {}
    for size in options.sizes:
        path = folder / f"bench-{size}.db"
        if path.exists():
            with sqlite3.connect(path) as conn:
                counts[size] = conn.execute("SELECT count(*) FROM records").fetchone()[
                    0
                ]
        else:
            started = time.perf_counter()
            counts[size] = build(path, size)
            print(
                f"built {path} ({counts[size]:,} records) in "
                f"{time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )
        reads[size] = records_read(path, "2024-06")
        for label, args in COMMANDS:
            results[label][size] = timed(path, args, options.runs)
            print(f"{size:>9,} {label}: {results[label][size]:.2f} s", file=sys.stderr)
    sizes = options.sizes
    print("| command | " + " | ".join(f"{counts[s]:,} records" for s in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for label, _ in COMMANDS:
        cells = " | ".join(f"{results[label][s]:.2f} s" for s in sizes)
        print(f"| `frontline {label}` | {cells} |")
    cells = " | ".join(f"{reads[s]:,}" for s in sizes)
    print(f"| records read by `report --period 2024-06` | {cells} |")
    baseline = timed(folder / f"bench-{sizes[0]}.db", ("--version",), options.runs)
    print(f"\n`frontline --version` (start-up only): {baseline:.2f} s")


if __name__ == "__main__":
    main()
