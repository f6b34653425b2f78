"""Check that today's code prints what an older commit prints, byte for byte:
every report output a speed change could touch (table at 80 and 200 columns
and in a pipe, CSV, JSON, Markdown) on the benchmark's records and on a
database with gaps, crossings, bounds of every kind and nesting.

Run from the repository root with the project's venv active:

    python bench/same_output.py                  # against main
    python bench/same_output.py --against COMMIT --records 100000
    python bench/same_output.py --only list      # `list` cases alone

`list` runs on the benchmark's records, on the messy database and on an
awkward one: control characters, non-ASCII and wide text, sources of 200
characters and none, notes of 50,000, every kind and bound, areas at and around
the edges of their text (0.05, 0.95, 9,999.95, 0.15, 1e-7, 123,456,789.123456),
and a few records written around the schema's checks.

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
    ("list", "awkward", ("list",)),
    ("list-plain", "awkward", ("list", "--source", "plain")),
    ("list-sort", "awkward", ("list", "--sort", "area", "-r")),
    ("list-kind", "awkward", ("list", "--kind", "change", "--source", "plain")),
    ("list-limit", "awkward", ("list", "--limit", "7", "--offset", "3")),
    ("list-none", "awkward", ("list", "--actor", "nobody")),
    ("list-around", "around", ("list",)),
    ("list-around-s", "around", ("list", "--source", "plain")),
    ("list-around-name", "around", ("list", "--source", "name")),
    ("list-around-kind", "around", ("list", "--source", "kind")),
    ("list-bench", "bench", ("list",)),
    ("list-messy", "messy", ("list", "--region", "r1")),
    ("list-messy-all", "messy", ("list",)),
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


AWKWARD_AREAS = (0.0, 0.1, 1e-7, 0.05, 0.04999, 0.95, 0.96, 0.15, 0.25, 0.35, 2.5,
                 12.25, 999.95, 9999.95, 99999.96, 123456789.123456, 510072000.0,
                 1000.0, 1234.5678, 7.0499999, 0.45, 3.75)  # fmt: skip
AWKWARD_TEXT = ("plain", "", "Kyiv\x1b[31mred", "tab\there", "line\nbreak",
                "cr\rhere", "Донецьк", "中文来源", "e\u0301cole", "=1+2", "-3",
                "@x", "x" * 200, "trailing ", "\u200bzero", "bell\x07",
                "nbsp\xa0x", "\x85next")  # fmt: skip


def awkward(python: str, path: Path, around: bool = False) -> None:
    """Records whose text and areas sit on the edges of what a listing shows
    (every bound and kind, each text as a source, url and note); `around`
    adds some written past the schema's checks: a negative area, an unknown
    bound, a source of 300 characters, a name and a kind not in ASCII."""
    build(python, path, [])
    rng = random.Random(19)
    bounds = ("exact", "approx", "at_least", "at_most")
    rows = []
    for n, area in enumerate(AWKWARD_AREAS * 3):
        text = AWKWARD_TEXT[n % len(AWKWARD_TEXT)]
        source = "plain" if n % 2 else text
        note = (text * 50_000)[: rng.choice((0, 10, 50_000))] or None
        kind = ("change", "holding")[n % 2]
        start = str(date(2022, 1, 1) + timedelta(n))
        end = start if kind == "holding" else str(date(2022, 3, 1) + timedelta(n))
        rows.append((kind, f"a{n % 3}", f"region-{'x' * (n % 11)}",
                     ("control", "advances")[n % 2], start, end, area,
                     bounds[n % 4], source, f"https://e.org/{text}"[:200],
                     start if n % 3 else None,
                     note))  # fmt: skip
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            'INSERT INTO records (kind, actor, region, layer, start, "end", '
            "area_km2, bound, source, url, published, note) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if around:
            conn.execute("PRAGMA ignore_check_constraints = ON")
            conn.executemany(
                "INSERT INTO records (kind, actor, region, start, \"end\", "
                "area_km2, bound, source) VALUES (?,?,?,?,?,?,?,?)",
                [("change", "x", "y", "2022-01-01", "2022-01-02", -1.5, "exact",
                  "neg"),
                 ("change", "x", "régión", "2022-01-01", "2022-01-02", 1.5,
                  "exact", "name"),
                 ("changé", "x", "y", "2022-01-01", "2022-01-02", 1.5,
                  "exact", "kind"),
                 ("holding", "x", "y", "2022-01-05", "2022-01-05", 8.25, "weird",
                  "plain"),
                 ("holding", "x", "z", "2022-01-06", "2022-01-06", 8.0, "approx",
                  "s" * 300)],
            )  # fmt: skip
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
    parser.add_argument(
        "--only", help="Only the cases whose name starts with this (e.g. list)."
    )
    options = parser.parse_args()
    global CASES
    if options.only:
        CASES = tuple(case for case in CASES if case[0].startswith(options.only))
    env = environment()
    with tempfile.TemporaryDirectory(prefix="frontline-same-") as tmp:
        folder = Path(tmp)
        older = older_python(options.against, folder)
        databases = {
            name: folder / f"{name}.db"
            for name in ("bench", "messy", "awkward", "around")
        }
        build(older, databases["bench"], generate(options.records))
        messy(older, databases["messy"])
        awkward(older, databases["awkward"])
        awkward(older, databases["around"], around=True)
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
