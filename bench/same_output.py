"""Check that today's code prints what an older commit prints, byte for byte:
every report output a speed change could touch (table at 80 and 200 columns
and in a pipe, CSV, JSON, Markdown) on the benchmark's records and on a
database with gaps, crossings, bounds of every kind and nesting.

Run from the repository root with the project's venv active:

    python bench/same_output.py                  # against main
    python bench/same_output.py --against COMMIT --records 100000

The older commit runs from its own tree as in `bench_reports.py`; both
versions read the same two databases, made by the older commit's code (a
schema today's code upgrades, but the older cannot read once upgraded), each
version a copy of its own. Any difference is listed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reports import build, environment, generate, older_python

# (name, database, arguments): "bench" is the benchmark's records, "messy" the
# database with gaps, crossings and mismatches.
CASES = (
    ("month", "bench", ("report", "--by", "month")),
    ("one-month", "bench", ("report", "--period", "2024-06")),
    ("year-region", "bench", ("report", "--by", "year", "--region", "r003")),
    ("quarter-window", "bench",
     ("report", "--by", "quarter", "--from", "2019-02-11", "--to", "2021-05-03")),
    ("week", "bench", ("report", "--by", "week", "--year", "2023")),
    ("rolling", "bench", ("report", "--by", "month", "--year", "2022",
                          "--rolling", "28d")),
    ("held", "bench", ("held", "--on", "2020-01-01")),
    ("m-month", "messy", ("report", "--by", "month")),
    ("m-all", "messy", ("report",)),
    ("m-year", "messy", ("report", "--year", "2023")),
    ("m-quarter", "messy",
     ("report", "--by", "quarter", "--from", "2022-03-05", "--to", "2023-08-20")),
    ("m-rolling", "messy", ("report", "--by", "month", "--year", "2023",
                            "--rolling", "28d")),
    ("m-rolling3m", "messy", ("report", "--by", "month", "--from", "2022-02-01",
                              "--rolling", "3m")),
    ("m-compare", "messy", ("report", "--period", "2023-06", "--compare", "2022-06")),
    ("m-week", "messy", ("report", "--by", "week", "--period", "2023-06")),
    ("m-region", "messy", ("report", "--by", "month", "--region", "r0",
                           "--year", "2023")),
    ("m-source", "messy", ("report", "--by", "year", "--source", "C")),
    ("m-common", "messy", ("report", "--by", "quarter", "--common")),
    ("m-layers", "messy", ("report", "--by", "year", "--layer",
                           "control+contested")),
    ("m-pivot", "messy", ("report", "--by", "month", "--year", "2023", "--pivot")),
    ("m-held", "messy", ("held", "--on", "2023-05-01")),
    ("m-balance", "messy", ("balance", "--region", "r1", "--year", "2023")),
    ("m-project", "messy", ("project", "--until", "2025-01-01")),
    ("m-sources", "messy", ("sources", "--year", "2023")),
    ("m-check", "messy", ("check",)),
)  # fmt: skip

FORMATS = (("table", "80"), ("table", "200"), ("table", ""), ("csv", ""),
           ("json", ""), ("markdown", ""))  # fmt: skip


def messy(python: str, path: Path) -> None:
    """Holdings with holes, change records that nest, cross and disagree, every
    bound, two layers and three sources, over three years and twelve regions
    (in a database made by `python`'s frontline)."""
    build(python, path, [])
    rng = random.Random(7)
    base = date(2022, 1, 1)
    bounds = ("exact", "exact", "approx", "at_least", "at_most")
    rows = []
    for n in range(12):
        region = f"r{n}"
        for actor in ("russia", "ukraine"):
            for source in ("A", "B", "C"):
                area, day = rng.uniform(100, 5000), 0
                while day < 900:
                    layer = rng.choice(("control", "control", "contested"))
                    if rng.random() < 0.5 and source != "C":
                        area += rng.choice((0, rng.uniform(-3, 9)))
                        on = str(base + timedelta(day))
                        rows.append(("holding", actor, region, layer, on, on,
                                     round(area, rng.choice((0, 1, 2, 3))),
                                     rng.choice(bounds), source))  # fmt: skip
                        day += 1 if rng.random() < 0.9 else rng.randint(2, 30)
                    else:
                        first = day + rng.randint(-20, 5)
                        last = first + rng.randint(0, 60)
                        rows.append(("change", actor, region, layer,
                                     str(base + timedelta(first)),
                                     str(base + timedelta(last)),
                                     round(rng.uniform(-50, 400),
                                           rng.choice((0, 1, 2, 4))),
                                     rng.choice(bounds[1:]), source))  # fmt: skip
                        day += rng.randint(0, 9)
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT OR IGNORE INTO records (kind, actor, region, layer, start, "
            '"end", area_km2, bound, source) VALUES (?,?,?,?,?,?,?,?,?)',
            rows,
        )
    conn.close()


def outputs(python: str, databases: dict[str, Path], env: dict[str, str]) -> dict:
    result = {}
    for name, database, args in CASES:
        for fmt, width in FORMATS:
            if fmt != "table" and name in ("year-region", "quarter-window"):
                continue
            run_env = dict(env)
            run_env.pop("COLUMNS", None)
            if width:
                run_env["COLUMNS"] = width
            command = [python, "-m", "frontline", "--db", str(databases[database]),
                       *args, "-f", fmt]  # fmt: skip
            done = subprocess.run(command, env=run_env, capture_output=True)
            result[name, fmt, width] = (done.returncode, done.stdout, done.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="An older commit.")
    parser.add_argument("--records", type=int, default=300_000)
    options = parser.parse_args()
    env = environment()
    with tempfile.TemporaryDirectory(prefix="frontline-same-") as tmp:
        folder = Path(tmp)
        older = older_python(options.against, folder)
        databases = {"bench": folder / "bench.db", "messy": folder / "messy.db"}
        build(older, databases["bench"], generate(options.records))
        messy(older, databases["messy"])
        ours = {name: folder / f"today-{path.name}" for name, path in databases.items()}
        for name, path in databases.items():
            shutil.copyfile(path, ours[name])
        today = outputs(sys.executable, ours, env)
        before = outputs(older, databases, env)
    differ = [case for case in today if today[case] != before[case]]
    for name, fmt, width in differ:
        print(f"differs: {name} -f {fmt} {width or 'pipe'}")
    empty = [case for case in today if not today[case][1]]
    print(
        f"{len(today) - len(differ)} of {len(today)} outputs identical "
        f"({len(empty)} empty) against {options.against}; load {os.getloadavg()[0]:.2f}"
    )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
