"""Pull overhead: `frontline pull` of 180 days from a loopback server where 5
files exist, beside `frontline import` of the same 5 files.

The goal (issue 16): at most 5 s of overhead beyond the imports. The server is
Python's own, on 127.0.0.1, started here; it answers 404 for the 175 days that
were not published. Each case is a whole process into a fresh database, the
cases interleaved round by round (the machine is shared and noisy):

- `import`: `frontline import` of the 5 files in one process (the imports);
- `pull`: `frontline pull` of the 180 days (downloads + cache + the imports);
- `pull again`: the same pull a second time (everything cached and imported).

Overhead = pull − import, the median over the rounds. Run from the
repository root with the project's virtual environment active:

    python bench/bench_pull.py [--runs 3] [--days 180] [--published 5]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

START = date(2024, 1, 1)
SETS = ["--set", "actor=russia", "--set", "region=ukraine", "--set", "source=Bench"]


class QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass


def write_maps(folder: Path, days: int, published: int) -> list[Path]:
    """`published` small maps spread over the days, each a few hundred vertices."""
    paths = []
    step = max(1, days // published)
    for index in range(published):
        day = START + timedelta(days=index * step)
        size = 1.0 + index / 10
        ring = [[36.0 + size * x / 100, 48.0] for x in range(101)] + [
            [36.0 + size, 48.0 + size],
            [36.0, 48.0 + size],
            [36.0, 48.0],
        ]
        feature = {
            "type": "Feature",
            "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }
        path = folder / f"map_{day:%Y%m%d}.geojson"
        path.write_text(
            json.dumps({"type": "FeatureCollection", "features": [feature]})
        )
        paths.append(path)
    return paths


def timed(command: list[str], db: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "frontline", "--db", str(db), *command],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--published", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-pull-"))
    served = work / "served"
    served.mkdir()
    files = write_maps(served, args.days, args.published)
    handler = partial(QuietHandler, directory=str(served))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    last = START + timedelta(days=args.days - 1)
    pull = [
        "pull",
        base + "map_{date:%Y%m%d}.geojson",
        "--from",
        START.isoformat(),
        "--to",
        last.isoformat(),
        *SETS,
    ]
    times: dict[str, list[float]] = {"import": [], "pull": [], "pull again": []}
    try:
        for round_number in range(args.runs):
            folder = work / f"round{round_number}"
            folder.mkdir()
            times["import"].append(
                timed(["import", *map(str, files), *SETS], folder / "import.db")
            )
            times["pull"].append(timed(pull, folder / "pull.db"))
            times["pull again"].append(timed(pull, folder / "pull.db"))
    finally:
        httpd.shutdown()
        httpd.server_close()
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"{args.days} days, {args.published} published, median of {args.runs} "
        "rounds (whole processes):"
    )
    for name, values in times.items():
        print(f"  {name:<11} {statistics.median(values):6.2f} s")
    overhead = statistics.median(
        p - i for p, i in zip(times["pull"], times["import"], strict=True)
    )
    verdict = "within" if overhead <= 5.0 else "OVER"
    print(f"  overhead of pull beyond the imports: {overhead:.2f} s ({verdict} 5 s)")


if __name__ == "__main__":
    main()
