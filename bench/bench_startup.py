"""Start-up cost of frontline commands against a bare Python that imports sqlite3.

A CLI used in shell loops pays its start-up on every call, so this measures whole
processes: the median wall time of N runs of each command on a small seeded
database, printed as a Markdown table. Run it from the repository root with the
project's virtual environment active:

    python bench/bench_startup.py [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def median_ms(command: list[str], env: dict[str, str], runs: int) -> float:
    for _ in range(3):  # warm the file cache and .pyc files
        subprocess.run(command, env=env, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    frontline = str(Path(sys.executable).with_name("frontline"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, FRONTLINE_DB=str(Path(tmp) / "bench.db"))
        # Measure what a user gets: bytecode cached after the first run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([frontline, "seed"], env=env, capture_output=True, check=True)
        cases = [
            ("python -c 'import sqlite3'", [sys.executable, "-c", "import sqlite3"]),
            ("python -c 'import typer'", [sys.executable, "-c", "import typer"]),
            ("frontline list -f csv", [frontline, "list", "-f", "csv"]),
            (
                "frontline report --year 2024 -f csv",
                [frontline, "report", "--year", "2024", "-f", "csv"],
            ),
            (
                "frontline report --year 2024 (table)",
                [frontline, "report", "--year", "2024"],
            ),
        ]
        print("| command | median ms |")
        print("|---|---:|")
        for label, command in cases:
            try:
                print(f"| `{label}` | {median_ms(command, env, args.runs):.1f} |")
            except subprocess.CalledProcessError as error:
                print(f"| `{label}` | failed (exit {error.returncode}) |")


if __name__ == "__main__":
    main()
