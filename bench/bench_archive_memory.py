"""Peak memory of importing a cumulative map archive: one feature per day, gzipped.

Writes a DeepState-archive-like `deepstate-map-data.geojson.gz` into a
temporary folder (as geopandas' `to_json` writes it: one line, each feature
`{"id", "type", "properties": {"id", "date"}, "geometry"}`), `--days` days of
a holding made of `--polygons` polygons of `--vertices` positions that grows
a little each day. Then, each in its own process, the maximum resident set
size is taken from `os.wait4`:

- `fixed`: `frontline import` of a one-day archive holding one small square:
  the interpreter, shapely, pyproj, SQLite and frontline themselves;
- `largest day`: `json.loads` of the largest day's feature alone, measured
  by `tracemalloc`: that day's geometry as Python holds it once decoded;
- `frontline import`: the whole archive, as a user runs it
  (`--map end=date --set …`), one holding and one kept shape per day.

The goal (issue 16): the import's memory beyond `fixed` is at most twice the
largest day's geometry, whatever the number of days.

    python bench/bench_archive_memory.py                  # 730 days, ~60 MB
    python bench/bench_archive_memory.py --days 100 --keep /tmp/archive
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SET = ["--set", "actor=russia", "--set", "region=ukraine", "--set", "source=DS"]
DECODED = """
import json, sys, tracemalloc
text = open(sys.argv[1], encoding="utf-8").read()
tracemalloc.start()
feature = json.loads(text)
print(tracemalloc.get_traced_memory()[0] / 2**20)
"""


def day_geometry(
    rng: random.Random, day: int, polygons: int, vertices: int
) -> dict[str, object]:
    """A MultiPolygon of wobbly rings in eastern Ukraine, growing with `day`."""
    parts = []
    grow = 1 + day / 2000
    for index in range(polygons):
        lon = 35.5 + 3.5 * (index % 7) / 7
        lat = 46.8 + 3.0 * (index // 7) / max(1, polygons // 7)
        radius = 0.12 * grow
        ring = []
        for i in range(vertices - 1):
            angle = 2 * math.pi * i / (vertices - 1)
            r = radius * (1 + 0.08 * math.sin(9 * angle) + 0.01 * rng.random())
            ring.append(
                [
                    round(lon + r * math.cos(angle), 6),
                    round(lat + r * math.sin(angle), 6),
                ]
            )
        ring.append(ring[0])
        parts.append([ring])
    return {"type": "MultiPolygon", "coordinates": parts}


def write_archive(
    path: Path, days: int, polygons: int, vertices: int, largest: Path
) -> tuple[int, int]:
    """Write the archive; keep the largest (last) day's feature text apart.
    Returns (positions of the largest day, its text size in bytes)."""
    rng = random.Random(1)
    first = date(2024, 7, 8)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as out:
        out.write('{"type": "FeatureCollection", "features": [')
        for day in range(days):
            feature = {
                "id": str(day),
                "type": "Feature",
                "properties": {
                    "id": day + 1,
                    "date": (first + timedelta(days=day)).isoformat(),
                },
                "geometry": day_geometry(rng, day, polygons, vertices),
            }
            text = json.dumps(feature)
            out.write(("," if day else "") + text)
        out.write("]}")
    largest.write_text(text, encoding="utf-8")
    return polygons * vertices, len(text)


def peak(argv: list[str]) -> tuple[float, float, str]:
    """(peak RSS in MiB, seconds, last output line) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{argv[:6]} failed: {output.strip()}")
    return usage.ru_maxrss / 1024, seconds, output.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--polygons", type=int, default=30)
    parser.add_argument("--vertices", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        archive = folder / "deepstate-map-data.geojson.gz"
        largest = folder / "largest-day.json"
        positions, size = write_archive(
            archive, options.days, options.polygons, options.vertices, largest
        )
        small = folder / "one-day.geojson.gz"
        square = [[[37, 48], [37.1, 48], [37.1, 48.1], [37, 48.1], [37, 48]]]
        small.write_bytes(
            gzip.compress(
                json.dumps(
                    {
                        "type": "FeatureCollection",
                        "features": [
                            {
                                "type": "Feature",
                                "properties": {"date": "2024-07-08"},
                                "geometry": {"type": "Polygon", "coordinates": square},
                            }
                        ],
                    }
                ).encode()
            )
        )
        print(
            f"{archive.name}: {archive.stat().st_size / 2**20:.1f} MiB compressed, "
            f"{options.days} days; largest day {positions:,} positions, "
            f"{size / 2**20:.2f} MiB of GeoJSON text"
        )
        frontline = [sys.executable, "-m", "frontline", "--db"]
        rows = []
        database = folder / "fixed.db"
        database.unlink(missing_ok=True)
        fixed, seconds, _ = peak(
            [*frontline, str(database), "import", str(small), "--map", "end=date", *SET]
        )
        rows.append(("fixed (one small day)", fixed, seconds, ""))
        _, seconds, output = peak([sys.executable, "-c", DECODED, str(largest)])
        day = float(output)
        rows.append(("largest day, decoded (tracemalloc)", day, seconds, ""))
        database = folder / "archive.db"
        database.unlink(missing_ok=True)
        whole, seconds, output = peak(
            [
                *frontline,
                str(database),
                "import",
                str(archive),
                "--map",
                "end=date",
                *SET,
            ]
        )
        rows.append(("frontline import (archive)", whole, seconds, output))
        print("| run | peak RSS (MiB) | seconds | output |")
        print("|---|---:|---:|---|")
        for name, mib, secs, text in rows:
            print(f"| {name} | {mib:.1f} | {secs:.1f} | {text} |")
        beyond = whole - fixed
        print(
            f"\nimport beyond fixed: {beyond:.1f} MiB = {beyond / day:.2f} x the "
            f"largest day decoded ({day:.1f} MiB), "
            f"{beyond / (size / 2**20):.2f} x its text (goal: at most 2)"
        )


if __name__ == "__main__":
    main()
