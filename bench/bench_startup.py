"""Start-up cost of frontline commands against a bare Python that imports typer.

A CLI used in shell loops pays its start-up on every call, so this measures whole
processes on a small seeded database. The machine is shared and noisy, so the
cases run round-robin (one run of each, N times over) and the table reports each
median beside its ratio to `python -c 'import typer'`, Typer's own floor, in
wall time and in CPU time (user + system of the process): the CPU time moves
less when other work on the machine delays a process without slowing it.

`--other PATH` times a second installation's `frontline` (another checkout's
virtual environment) in the same rounds, for a before/after comparison.

Run it from the repository root with the project's virtual environment active:

    python bench/bench_startup.py [--runs 30] [--other ../old/.venv/bin/frontline]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ADD = ["add", "--actor", "russia", "--region", "ukraine", "--source", "bench", "--on"]


def cases(frontline: str, other: str | None) -> list[tuple[str, list[str]]]:
    result = [
        ("python -c 'import sqlite3'", [sys.executable, "-c", "import sqlite3"]),
        ("python -c 'import typer'", [sys.executable, "-c", "import typer"]),
    ]
    commands = [
        ("--version", ["--version"]),
        ("--help", ["--help"]),
        ("add --help", ["add", "--help"]),
        ("list -f csv", ["list", "-f", "csv"]),
        ("add (a new holding)", None),
        ("report --year 2024 -f csv", ["report", "--year", "2024", "-f", "csv"]),
        ("report --year 2024 (table)", ["report", "--year", "2024"]),
    ]
    for who, executable in (("frontline", frontline), ("other", other)):
        if executable is None:
            continue
        for label, args in commands:
            result.append((f"{who} {label}", [executable, *(args or ADD)]))
    return result


def _children_cpu() -> float:
    """Seconds of CPU (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--other", help="another installation's frontline executable")
    args = parser.parse_args()

    frontline = str(Path(sys.executable).with_name("frontline"))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        # Measure what a user gets: bytecode cached after the first run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("NO_COLOR", None)
        table = cases(frontline, args.other)
        envs = {}
        for label, command in table:
            db = Path(tmp) / f"{len(envs)}.db"
            envs[label] = dict(env, FRONTLINE_DB=str(db))
            if command[0] != sys.executable:
                subprocess.run(
                    [command[0], "seed"], env=envs[label], capture_output=True
                )
        times: dict[str, list[float]] = {label: [] for label, _ in table}
        cpu: dict[str, list[float]] = {label: [] for label, _ in table}
        serial = 0
        for round_number in range(args.runs + 3):
            for label, command in table:
                if "add" in label:  # a new figure each time, as a loop adds them
                    serial += 1
                    day = str(date(2000, 1, 1) + timedelta(days=serial))
                    command = [*command, day, str(serial)]
                used = _children_cpu()
                started = time.perf_counter()
                subprocess.run(command, env=envs[label], capture_output=True)
                if round_number >= 3:  # the first rounds warm caches and .pyc files
                    times[label].append((time.perf_counter() - started) * 1000)
                    cpu[label].append((_children_cpu() - used) * 1000)
    medians = {label: statistics.median(values) for label, values in times.items()}
    cpu_medians = {label: statistics.median(values) for label, values in cpu.items()}
    floor = medians["python -c 'import typer'"]
    cpu_floor = cpu_medians["python -c 'import typer'"]
    heading = "| command | median ms | × import typer | CPU ms | CPU × |"
    print(f"{heading}  ({args.runs} rounds)")
    print("|---|---:|---:|---:|---:|")
    for label, _ in table:
        print(
            f"| `{label}` | {medians[label]:.1f} | {medians[label] / floor:.2f} "
            f"| {cpu_medians[label]:.1f} | {cpu_medians[label] / cpu_floor:.2f} |"
        )
    for who in ("frontline", "other"):
        add, listing = (
            medians.get(f"{who} add (a new holding)"),
            medians.get(f"{who} list -f csv"),
        )
        if add and listing:
            print(f"\n{who}: add ÷ list -f csv = {add / listing:.2f}")


if __name__ == "__main__":
    main()
