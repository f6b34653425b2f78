"""Peak memory of reading a large DeepState-like map, whole against streamed.

Writes a FeatureCollection of about `--megabytes` MB (default 200) into a
temporary folder: polygons of `--vertices` positions each around points of
eastern Ukraine, named in the 2024 form so that every layer gets area, with a
point feature after every tenth polygon, all on one line as DeepState writes
it. Then each way of reading it runs in its own process, and the process's
maximum resident set size is taken from `os.wait4`:

- `json.load` alone, then `json.load` + `deepstate.layers_of` (what a
  whole-file reader holds: every coordinate as a Python float);
- `stream_json.iter_features` alone, then with `deepstate.layers_from_features`
  (one feature at a time, each turned into a shapely geometry, unioned per layer);
- the real `frontline import` of the file into a new database (streamed, four
  holdings and their shapes kept), as a user runs it.

    python bench/bench_geojson_memory.py                # 200 MB
    python bench/bench_geojson_memory.py --megabytes 20 --keep /tmp/maps
    python bench/bench_geojson_memory.py --only "frontline import"
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = [
    ("Тимчасово окуповано /// Occupied /// geoJSON.status.occupied", "#a52714"),
    ("Окупований Крим /// Occupied Crimea /// geoJSON.territories.crimea", "#880e4f"),
    ("Статус невідомий /// Unknown status /// geoJSON.status.unknown", "#bcaaa4"),
    ("Звільнено /// Liberated /// geoJSON.status.dismissed", "#0f9d58"),
    ("Придністров'я /// Transnistria /// geoJSON.territories.transnistria", "#ff5252"),
]

MODES = {
    "json.load": """
import json, sys
with open(sys.argv[1], encoding="utf-8") as handle:
    document = json.load(handle)
print(len(document["map"]["features"]))
""",
    "json.load + layers_of": """
import json, sys
from frontline.ingest import deepstate
with open(sys.argv[1], encoding="utf-8") as handle:
    document = json.load(handle)
layers = deepstate.layers_of(deepstate.unwrap(document)[0])
print(layers.features, round(layers.area_km2("control"), 3))
""",
    "iter_features": """
import sys
from frontline.formats.geojson import iter_features
with open(sys.argv[1], encoding="utf-8") as handle:
    print(sum(1 for _ in iter_features(handle)))
""",
    "iter_features + layers_from_features": """
import sys
from frontline.ingest import deepstate
from frontline.formats.geojson import iter_features
with open(sys.argv[1], encoding="utf-8") as handle:
    layers = deepstate.layers_from_features(iter_features(handle))
print(layers.features, round(layers.area_km2("control"), 3))
""",
    "frontline import": "frontline import",
}


def polygon(rng: random.Random, vertices: int) -> list[list[list[float]]]:
    """A wobbly ring of `vertices` positions a few km across."""
    lon, lat = rng.uniform(35.0, 39.0), rng.uniform(46.5, 50.0)
    radius = rng.uniform(0.02, 0.08)
    ring = []
    for i in range(vertices - 1):
        angle = 2 * math.pi * i / (vertices - 1)
        r = radius * (1 + 0.1 * math.sin(7 * angle))
        ring.append(
            [round(lon + r * math.cos(angle), 6), round(lat + r * math.sin(angle), 6)]
        )
    ring.append(ring[0])
    return [ring]


def write_map(path: Path, megabytes: float, vertices: int, seed: int = 1) -> int:
    """Write features until the file reaches the size; returns the feature count."""
    rng = random.Random(seed)
    target = megabytes * 1e6
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '{"id": 1710541800, "map": {"type": "FeatureCollection", "features": ['
        )
        size = 0
        while size < target:
            name, fill = NAMES[count % len(NAMES)]
            feature = {
                "type": "Feature",
                "properties": {"name": name, "fill": fill, "fill-opacity": 0.3},
                "geometry": {"type": "Polygon", "coordinates": polygon(rng, vertices)},
            }
            text = ("," if count else "") + json.dumps(feature, ensure_ascii=False)
            if count % 10 == 9:
                text += "," + json.dumps(
                    {
                        "type": "Feature",
                        "properties": {"name": "Підрозділ /// Unit", "icon": "enemy"},
                        "geometry": {"type": "Point", "coordinates": [37.5, 48.0]},
                    },
                    ensure_ascii=False,
                )
            out.write(text)
            size += len(text.encode("utf-8"))
            count += 1
        out.write(']}, "datetime": "2024-03-15T22:30:00.000000Z"}')
    return count


IMPORT = "frontline import"


def measure(code: str, path: Path) -> tuple[float, float, str]:
    """(seconds, peak RSS in MiB, output) of one process running `code`, or
    the `frontline import` command when `code` is IMPORT."""
    if code == IMPORT:
        database = path.with_name("bench.db")
        database.unlink(missing_ok=True)
        argv = [sys.executable, "-m", "frontline", "--db", str(database)]
        argv += ["import", str(path)]
    else:
        argv = [sys.executable, "-c", code, str(path)]
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT if code == IMPORT else None,
        text=True,
    )
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{code!r} failed with status {status}")
    if code == IMPORT:
        output = output.strip().splitlines()[-1].split(": ", 1)[-1]
    return seconds, usage.ru_maxrss / 1024, output.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=200)
    parser.add_argument("--vertices", type=int, default=400)
    parser.add_argument("--keep", type=Path, help="write the map here and keep it")
    parser.add_argument("--only", choices=list(MODES), help="run this reader alone")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "deepstate_big.json"
        features = write_map(path, options.megabytes, options.vertices)
        mib = path.stat().st_size / 2**20
        print(
            f"{path.name}: {mib:.0f} MiB, {features} polygons "
            f"of {options.vertices} positions"
        )
        print("| reader | seconds | peak RSS (MiB) | × file | output |")
        print("|---|---:|---:|---:|---|")
        for mode, code in MODES.items():
            if options.only and mode != options.only:
                continue
            seconds, peak, output = measure(code, path)
            print(
                f"| {mode} | {seconds:.1f} | {peak:.0f} | {peak / mib:.2f} | {output} |"
            )


if __name__ == "__main__":
    main()
