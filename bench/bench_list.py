"""`frontline list` on a large database, against its own CSV and sqlite3's table.

A listing is streamed from one database cursor (two passes for a table: widths,
then rows), so its time grows with the records and its memory does not. A full
table of plain ASCII takes its widths from two aggregate queries and has SQLite
pad every cell but the area (`store.listing.Listing.table_lines`). This
builds databases of daily holdings (many series, one record a day each), then
times whole processes writing to a pipe, side by side:

- `frontline list` (a table with every row, as in a pipe),
- `frontline list -f csv`,
- `frontline list --limit 50` (what a terminal shows by default: a screenful),
- `sqlite3 -table` of the same columns and order, the floor of a table writer,

and reports the median time, its ratio to sqlite3, and the peak memory (the
child's maximum resident set size), then the machine's load. Run it from the
repository root with the project's virtual environment active:

    python bench/bench_list.py [--records 200000] [--runs 3]
"""

from __future__ import annotations

import argparse
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

ORDER = 'actor, region, layer, source, start, "end", kind, id'


def build(path: Path, records: int) -> None:
    """`records` daily holdings over as many series as it takes (1,000 days each)."""
    frontline = str(Path(sys.executable).with_name("frontline"))
    subprocess.run(
        [frontline, "--db", str(path), "db"], check=True, capture_output=True
    )
    subprocess.run(
        [frontline, "--db", str(path), "seed"], check=True, capture_output=True
    )
    conn = sqlite3.connect(path)
    first = date(2020, 1, 1)
    rows = []
    for n in range(records):
        series, day = divmod(n, 1000)
        when = (first + timedelta(days=day)).isoformat()
        rows.append(
            (
                "holding",
                f"actor{series % 7}",
                f"region{series}",
                "control",
                when,
                when,
                1000.0 + series + day * 0.37,
                "approx" if n % 3 else "exact",
                "bench",
            )
        )
    with conn:
        conn.executemany(
            'INSERT INTO records (kind, actor, region, layer, start, "end", area_km2, '
            "bound, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()


def run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and bytes written, for one process writing to a pipe."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE)
    written = 0
    assert process.stdout is not None
    while chunk := process.stdout.read(1 << 20):
        written += len(chunk)
    if process.wait():
        raise SystemExit(f"{command} failed with {process.returncode}")
    return time.perf_counter() - start, written


def peak_memory(command: list[str], env: dict[str, str]) -> int:
    """The child's maximum resident set, measured alone by GNU time when there."""
    time_binary = shutil.which("time") or "/usr/bin/time"
    if not Path(time_binary).exists():
        return 0
    result = subprocess.run(
        [time_binary, "-f", "%M", *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return int(result.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, nargs="+", default=[20_000, 200_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    frontline = str(Path(sys.executable).with_name("frontline"))
    sqlite = shutil.which("sqlite3")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    print("| command | records | median s | × sqlite3 | peak MiB | output MiB |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.records:
            path = Path(tmp) / f"list-{count}.db"
            build(path, count)
            cases = [
                ("frontline list", [frontline, "--db", str(path), "list"]),
                (
                    "frontline list -f csv",
                    [frontline, "--db", str(path), "list", "-f", "csv"],
                ),
                (
                    "frontline list --limit 50",
                    [frontline, "--db", str(path), "list", "--limit", "50"],
                ),
            ]
            if sqlite:
                query = (
                    'SELECT id, kind, actor, region, layer, start, "end", area_km2, '
                    f"source FROM records ORDER BY {ORDER}"
                )
                cases.append(("sqlite3 -table", [sqlite, "-table", str(path), query]))
            times: dict[str, list[float]] = {label: [] for label, _ in cases}
            sizes: dict[str, int] = {}
            for _ in range(args.runs):  # round-robin: the machine is noisy
                for label, command in cases:
                    elapsed, written = run(command, env)
                    times[label].append(elapsed)
                    sizes[label] = written
            floor = statistics.median(times["sqlite3 -table"]) if sqlite else None
            for label, command in cases:
                median = statistics.median(times[label])
                ratio = f"{median / floor:.2f}" if floor else "—"
                peak = peak_memory(command, env) / 1024
                print(
                    f"| `{label}` | {count:,} | {median:.2f} | {ratio} | "
                    f"{peak:.0f} | {sizes[label] / 2**20:.1f} |"
                )
    one, five, _ = os.getloadavg()
    print(f"\nload {one:.2f} (5 min: {five:.2f}), {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
