"""Benchmark for `frontline report`: today's code against a named older commit on
the same records, in interleaved rounds, with the ratio printed (see
bench/README-reports.md).

Run from the repository root with the project's venv active:

    python bench/bench_reports.py                       # 300k records, vs e500416
    python bench/bench_reports.py --records 1000000 --rounds 7
    python bench/bench_reports.py --against COMMIT      # another older commit
    python bench/bench_reports.py --sizes 10000 100000  # times by size, today only
    python bench/bench_reports.py --instructions        # and instructions (valgrind)
    python bench/bench_reports.py --current HEAD        # a commit as today's code

The older commit is checked out with `git archive` into a temporary folder and
run by a temporary virtual environment that sees that tree and this venv's
packages (the same typer, sqlite-utils and SQLite), so only frontline's code
differs. Each version gets its own database (its own schema) holding the same
generated records. A round runs every case once for each version, alternating
which goes first; the figure is the median over the rounds of the per-round
ratio (today ÷ older), which a shared, busy machine disturbs least; the same
is printed for CPU time (user + system), which it disturbs less still. Before
timing, the CSV of each report is compared: the columns both versions write must
be equal, row for row, so the two compute the same totals. When `hledger` is
installed, its monthly and one-month balance reports on a journal of the same
records are timed once, in the first round (each takes tens of seconds).

The data: for each (actor, region) pair, one series of daily holdings with a
monthly change record nested over each month's days (source "DeepState"), and
one series of change records only (source "ISW"): years containing quarters
containing months, with gaps so that parents keep a remainder. The figures are
consistent, so reports print no warnings. `--shape holdings` keeps only the
daily holdings (no change record), `--shape changes` only the change records
(years, quarters, months: ten times as many series for the same count),
`--shape holes` the daily holdings less about 0.7 % of them in 400 runs of 1-10
days drawn with a fixed seed (holes in every series: reports warn of gaps),
`--shape tiled` change records of 1-9 days laid end to end, none overlapping,
for 400 series of five sources, and `--shape tiled-gaps` the same with one
figure in twenty followed by 2-20 days without any (thousands of warnings).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

FIRST_DAY = date(2015, 1, 1)
LAST_DAY = date(2024, 12, 31)
ACTORS = ("russia", "ukraine")
COLUMNS = '(kind, actor, region, layer, start, "end", area_km2, bound, source)'
ROOT = Path(__file__).resolve().parent.parent


def month_spans(first: date, last: date) -> list[tuple[date, date]]:
    spans = []
    day = first
    while day <= last:
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        spans.append((day, min(nxt - timedelta(1), last)))
        day = nxt
    return spans


def holding_rows(
    actor: str, region: str, rng: random.Random, monthly: bool = True
) -> list[tuple]:
    """Daily holdings (a non-decreasing walk) and, if `monthly`, a change record
    for each month."""
    rows = []
    held = {}
    area = rng.uniform(1000, 20000)
    day = FIRST_DAY - timedelta(1)
    while day <= LAST_DAY:
        area += rng.choice((0.0, 0.0, rng.uniform(0, 5)))
        held[day] = round(area, 2)
        rows.append(("holding", actor, region, "control", day, day, held[day]))
        day += timedelta(1)
    for first, last in month_spans(FIRST_DAY, LAST_DAY) if monthly else ():
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


SHAPES = ("mixed", "holdings", "changes", "holes", "tiled", "tiled-gaps")


def tiled_rows(target: int, gaps: bool) -> list[tuple]:
    """Change records as analysts keep them, none overlapping: for each of 40
    regions, both sides and five sources, figures of 1-9 days laid end to end
    over the ten years, with (`gaps`) one in twenty followed by 2-20 days
    without a figure, so that reports warn of gaps. Random bounds, areas 0-50."""
    rng = random.Random(7)
    rows: list[tuple] = []
    for region in range(40):
        for actor in ACTORS:
            for source in ("ISW", "DeepState", "AFP", "Reuters", "MoD"):
                day = FIRST_DAY
                while day <= LAST_DAY and len(rows) < target:
                    if gaps and rng.random() < 0.05:
                        day += timedelta(days=rng.randint(2, 20))
                        if day > LAST_DAY:
                            break
                    end = min(day + timedelta(days=rng.randint(1, 9) - 1), LAST_DAY)
                    rows.append(("change", actor, f"r{region:03d}", "control",
                                 day.isoformat(), end.isoformat(),
                                 round(rng.uniform(0, 50), 1),
                                 rng.choice(["exact", "approx"]), source))  # fmt: skip
                    day = end + timedelta(days=1)
    return rows[:target]


def generate(target: int, shape: str = "mixed") -> list[tuple]:
    """About `target` records, the same ones for a given target and shape."""
    if shape == "holes":
        return with_holes(generate(target, "holdings"), random.Random(-target))
    if shape.startswith("tiled"):
        return tiled_rows(target, gaps=shape == "tiled-gaps")
    rng = random.Random(target)
    rows: list[tuple] = []
    region = 0
    while len(rows) < target:
        for actor in ACTORS:
            name = f"r{region:04d}" if shape == "changes" else f"r{region:03d}"
            if shape != "changes":
                rows += holding_rows(actor, name, rng, monthly=shape == "mixed")
            if shape != "holdings":
                rows += change_rows(actor, name, rng)
            if len(rows) >= target:
                break
        region += 1
    return rows


HOLES = 400


def with_holes(rows: list[tuple], rng: random.Random) -> list[tuple]:
    """`rows` less the snapshots of `HOLES` runs of 1-10 consecutive rows at
    places drawn by `rng` (about 0.7 % of 300,000 daily holdings, runs that
    meet or overlap join): holes in every series, so that every report warns
    of gaps. The rows of a series lie together in day order, so a run of rows
    is a run of days (one that crosses into the next series cuts both)."""
    removed = set()
    for _ in range(HOLES):
        first = rng.randrange(len(rows))
        removed.update(range(first, min(first + rng.randint(1, 10), len(rows))))
    return [row for k, row in enumerate(rows) if k not in removed]


# Creates an empty database with the schema of whichever frontline runs it.
_CREATE = """
import sys
from pathlib import Path
try:
    from frontline.store import db
except ImportError:
    from frontline import db
db.open_for_write(db.Location(Path(sys.argv[1]), "--db")).close()
"""


def build(python: str, path: Path, rows: list[tuple]) -> None:
    """A database made by `python`'s frontline, filled with `rows`."""
    if path.exists():
        path.unlink()
    subprocess.run([python, "-c", _CREATE, str(path)], check=True)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            f"INSERT INTO records {COLUMNS} VALUES (?,?,?,?,?,?,?,?,?)", rows
        )
    conn.close()


def older_python(commit: str, folder: Path) -> str:
    """A Python that imports frontline as it was at `commit`: the commit's tree
    (`git archive`) and this venv's packages, in a venv of its own."""
    tree = folder / "tree"
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "src", "migrations"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    venv = folder / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True
    )
    python = str(venv / "bin" / "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    # The tree first: this venv's own frontline (an editable install) is not
    # seen, as a .pth line adds a folder without reading the .pth files in it.
    Path(purelib, "older.pth").write_text(f"{tree / 'src'}\n{ours}\n")
    where = subprocess.run(
        [python, "-c", "import frontline; print(frontline.__file__)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not where.startswith(str(tree)):
        raise SystemExit(f"the older frontline is not the one imported: {where}")
    return python


def environment() -> dict[str, str]:
    """As a user runs it: bytecode cached (in a temporary folder), no colour."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONPYCACHEPREFIX"] = str(
        Path(tempfile.gettempdir()) / "frontline-bench-pyc"
    )
    return env


# The reports compared: over all ten years by month (every record, no window),
# and one month (compared with the month before).
CASES = (
    ("report --by month (all 10 years)", ("report", "--by", "month")),
    ("report --by month -f csv (all 10 years)",
     ("report", "--by", "month", "-f", "csv")),
    ("report --period 2024-06 (one month)", ("report", "--period", "2024-06")),
)  # fmt: skip


def same_totals(
    env: dict[str, str], versions: dict[str, tuple[str, Path]], args: tuple[str, ...]
) -> str:
    """Check that every version writes the same CSV in the columns they share
    (totals, coverage, rates, cumulative totals, holdings); say how much."""
    tables = {}
    for label, (python, path) in versions.items():
        command = [python, "-m", "frontline", "--db", str(path), *args, "-f", "csv"]
        text = subprocess.run(
            command, env=env, check=True, capture_output=True, text=True
        ).stdout
        tables[label] = list(csv.reader(io.StringIO(text)))
    headers = [table[0] for table in tables.values()]
    shared = [name for name in headers[0] if all(name in h for h in headers)]
    cut = {
        label: [[row[table[0].index(name)] for name in shared] for row in table]
        for label, table in tables.items()
    }
    first = next(iter(cut.values()))
    for label, rows in cut.items():
        if rows != first:
            raise SystemExit(f"{label} and today's code differ on {' '.join(args)}")
    total = sum(float(row[shared.index("area_km2")] or 0) for row in first[1:])
    return (
        f"{len(first) - 1:,} rows, equal in {len(shared)} columns, Σ {total:,.1f} km²"
    )


def journal(path: Path, rows: list[tuple]) -> None:
    """The records as an hledger journal: each a posting of its area to its
    series' account on its last day (a balance report then totals them by
    month as `report --by month` does)."""
    with path.open("w") as out:
        for kind, actor, region, layer, _start, end, area, _bound, source in sorted(
            rows, key=lambda row: row[5]
        ):
            out.write(
                f"{end} {kind}\n    {actor}:{region}:{layer}:{source}  {area}\n"
                "    figures\n\n"
            )


def timed_once(command: list[str], env: dict[str, str]) -> float:
    return timed_with_cpu(command, env)[0]


def timed_with_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run: a busy machine
    stretches the first far more than the second."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions one run executes, counted by valgrind's callgrind (with a
    fixed hash seed): what a busy machine does not change, so a step of a few
    per cent shows where interleaved timings cannot resolve it."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env={**env, "PYTHONHASHSEED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count for {' '.join(command)}")
    return int(found[1])


def compare(options: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        _compare(options, Path(tmp))


def _compare(options: argparse.Namespace, folder: Path) -> None:
    env = environment()
    print(f"building {options.against} in {folder}", file=sys.stderr)
    older = older_python(options.against, folder)
    today = sys.executable
    if options.current:  # a commit's tree, not the working tree's (edited meanwhile)
        (folder / "current").mkdir()
        today = older_python(options.current, folder / "current")
    rows = generate(options.records, options.shape)
    versions = {
        "today": (today, folder / "today.db"),
        options.against: (older, folder / "older.db"),
    }
    for python, path in versions.values():
        build(python, path, rows)
    print(f"{len(rows):,} records in each database", file=sys.stderr)
    commands: dict[str, dict[str, list[str]]] = {}
    for label, args in CASES:
        commands[label] = {
            who: [python, "-m", "frontline", "--db", str(path), *args]
            for who, (python, path) in versions.items()
        }
        if "-f" not in args:
            print(f"{label}: {same_totals(env, versions, args)}", file=sys.stderr)
    hledger = _hledger_commands(folder, rows) if options.hledger else {}
    times: dict[str, dict[str, list[float]]] = {
        label: {who: [] for who in versions} for label in commands
    }
    cpu: dict[str, dict[str, list[float]]] = {
        label: {who: [] for who in versions} for label in commands
    }
    ledger_times: dict[str, list[float]] = {label: [] for label in hledger}
    for who in versions:  # warm the bytecode caches and the page cache
        for label in commands:
            timed_once(commands[label][who], env)
    for round_number in range(options.rounds):
        order = list(versions)
        if round_number % 2:
            order.reverse()
        for label in commands:
            for who in order:
                wall, used = timed_with_cpu(commands[label][who], env)
                times[label][who].append(wall)
                cpu[label][who].append(used)
        for label, command in hledger.items():  # once: a run takes a minute
            if not round_number:
                ledger_times[label].append(timed_once(command, env))
        print(
            f"round {round_number + 1}: "
            + "; ".join(
                f"{label} " + " ".join(f"{t[who][-1]:.2f}" for who in versions)
                for label, t in times.items()
            ),
            file=sys.stderr,
        )
    load = os.getloadavg()
    print(
        f"{len(rows):,} records ({options.shape}), "
        f"{options.rounds} interleaved rounds, "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        f"({os.cpu_count()} cores)\n"
    )
    against = options.against
    print(
        f"| command | today | {against} | today ÷ {against} "
        f"| CPU today | CPU {against} | CPU ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label in commands:
        cells = []
        for measured in (times, cpu):
            mine, theirs = measured[label]["today"], measured[label][against]
            ratios = [a / b for a, b in zip(mine, theirs, strict=True)]
            cells += [
                f"{statistics.median(mine):.2f} s",
                f"{statistics.median(theirs):.2f} s",
                f"{statistics.median(ratios):.2f}×",
            ]
        print(f"| `frontline {label}` | " + " | ".join(cells) + " |")
    for label, values in ledger_times.items():
        print(f"| `{label}` | {statistics.median(values):.2f} s | | |")
    if options.instructions:
        print(f"\n| command | instructions today | {against} | today ÷ {against} |")
        print("|---|---:|---:|---:|")
        for label in commands:
            mine, theirs = (instructions(commands[label][who], env) for who in versions)
            print(
                f"| `frontline {label}` | {mine / 1e6:,.0f} M | {theirs / 1e6:,.0f} M "
                f"| {mine / theirs:.3f}× |"
            )


def _hledger_commands(folder: Path, rows: list[tuple]) -> dict[str, list[str]]:
    """hledger's monthly and one-month balance reports, when it is installed."""
    from shutil import which

    program = which("hledger")
    if program is None:
        print("hledger is not installed: not timed", file=sys.stderr)
        return {}
    path = folder / "records.journal"
    journal(path, rows)
    common = [program, "-f", str(path), "balance", "-O", "csv"]
    return {
        "hledger balance --monthly (all 10 years)": [*common, "--monthly"],
        "hledger balance -p 2024-06 (one month)": [*common, "-p", "2024-06"],
    }


# --- times by size (today's code only) -----------------------------------------

SIZE_COMMANDS = (
    ("report --year 2024", ("report", "--year", "2024")),
    ("report --year 2024 -f csv", ("report", "--year", "2024", "-f", "csv")),
    ("report --year 2024 --by month", ("report", "--year", "2024", "--by", "month")),
    ("report --period 2024-06", ("report", "--period", "2024-06")),
    ("report --by year (all 10 years)", ("report", "--by", "year")),
    ("report --by month (all 10 years)", ("report", "--by", "month")),
)


def records_read(path: Path, period: str) -> int:
    """How many records the one-period report reads (with its comparison), as
    `frontline report --period PERIOD` builds it."""
    import frontline

    with frontline.open(path) as tracker:
        spec = tracker.spec("report", period=period)
        return spec.report(tracker.reader()).records_read


def by_size(options: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
        _by_size(options, Path(tmp))


def _by_size(options: argparse.Namespace, folder: Path) -> None:
    env = environment()
    sizes = options.sizes
    results: dict[str, dict[int, float]] = {label: {} for label, _ in SIZE_COMMANDS}
    counts, reads = {}, {}
    for size in sizes:
        path = folder / f"bench-{size}.db"
        rows = generate(size)
        build(sys.executable, path, rows)
        counts[size] = len(rows)
        reads[size] = records_read(path, "2024-06")
        for label, args in SIZE_COMMANDS:
            command = [sys.executable, "-m", "frontline", "--db", str(path), *args]
            timed_once(command, env)
            results[label][size] = statistics.median(
                timed_once(command, env) for _ in range(options.rounds)
            )
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print("| command | " + " | ".join(f"{counts[s]:,} records" for s in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for label, _ in SIZE_COMMANDS:
        cells = " | ".join(f"{results[label][s]:.2f} s" for s in sizes)
        print(f"| `frontline {label}` | {cells} |")
    cells = " | ".join(f"{reads[s]:,}" for s in sizes)
    print(f"| records read by `report --period 2024-06` | {cells} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=300_000)
    parser.add_argument("--against", default="e500416", help="An older commit.")
    parser.add_argument(
        "--current",
        metavar="COMMIT",
        help="Time this commit's tree as today's code, not the working tree's.",
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--shape", choices=SHAPES, default="mixed", help="The records (see above)."
    )
    parser.add_argument(
        "--no-hledger", dest="hledger", action="store_false", help="Skip hledger."
    )
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="Time today's code at these sizes."
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="Also count each case's instructions once (valgrind's callgrind).",
    )
    options = parser.parse_args()
    if options.sizes:
        by_size(options)
    else:
        compare(options)


if __name__ == "__main__":
    main()
