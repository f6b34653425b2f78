"""The fixture of the newsroom questions: a daily holdings series with gaps and
a negative month, whose figures the tests work out by hand.

russia holds 1,000 km² of donetsk at the end of 2024-12-31, then gains each day
10 km² in January, 25 in February, −3 in March, 5 in April, 15 in May and 30 in
June; the figures stop on 2025-06-20. Two gaps: no figure for 2025-01-10..14
(inside January: the change over the gap is still 10 a day) and none for
2025-03-30..2025-04-02 (across the month's end: the 9 km² from 29 March to
3 April spread evenly over the 5 days, 1.8 a day).

Monthly totals by hand:
    2025-01  31 × 10                     = 310
    2025-02  28 × 25                     = 700
    2025-03  29 × −3 + 2 × 1.8           = −83.4
    2025-04  3 × 1.8 + 27 × 5            = 140.4
    2025-05  31 × 15                     = 465
    2025-06  20 × 30 (20 of 30 days)     = 600
Holdings: 2025-01-31 1,310; 2025-02-28 2,010; 2025-03-29 1,923; 2025-04-03
1,932; 2025-04-30 2,067; 2025-05-31 2,532; 2025-06-20 3,132.
Donetsk's area is set to 26,517 km².

Beside it, four map snapshots of what russia holds in zaporizhzhia (source
`Maps`), each a union of boxes, for `map-diff --by`.

Run as a script (`python tests/newsroom.py DIR`), it writes `daily.csv` and the
four `m_YYYYMMDD.geojson` maps into DIR, so the README's newsroom examples can
be followed from a shell.
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

DAILY = {1: 10, 2: 25, 3: -3, 4: 5, 5: 15, 6: 30}
GAPS = [
    (date(2025, 1, 10), date(2025, 1, 14)),
    (date(2025, 3, 30), date(2025, 4, 2)),
]
LAST = date(2025, 6, 20)
DONETSK_KM2 = 26517

# Four snapshots of what russia holds, each a union of boxes (W, E, S, N).
SNAPSHOTS = {
    "20240630": [(37.0, 37.2, 48.0, 48.1)],
    "20240715": [(37.0, 37.3, 48.0, 48.1)],
    "20240731": [(37.05, 37.35, 48.0, 48.15)],
    "20240831": [(37.05, 37.3, 48.0, 48.15), (37.5, 37.6, 48.0, 48.05)],
}


def holdings() -> list[tuple[date, float]]:
    """Every day's holding, the gaps left out."""
    day, held = date(2024, 12, 31), 1000.0
    rows = [(day, held)]
    while day < LAST:
        day += timedelta(days=1)
        held += DAILY[day.month]
        if any(first <= day <= last for first, last in GAPS):
            continue
        rows.append((day, held))
    return rows


def write_fixture(path: Path) -> Path:
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    lines += [
        f"holding,russia,donetsk,control,{d},{d},{h:g},exact,Daily"
        for d, h in holdings()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", str(write_fixture(tmp_path / "daily.csv")))
    assert result.exit_code == 0, result.output
    result = cli("region", "set", "donetsk", "--area", str(DONETSK_KM2))
    assert result.exit_code == 0, result.output


def box(west: float, east: float, south: float, north: float) -> dict:
    """A GeoJSON polygon of the box between two meridians and two parallels."""
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def write_maps(folder: Path) -> list[Path]:
    """The four snapshots as GeoJSON files whose names give their days."""
    files = []
    for day, boxes in SNAPSHOTS.items():
        path = folder / f"m_{day}.geojson"
        features = [
            {"type": "Feature", "properties": {}, "geometry": box(*b)} for b in boxes
        ]
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
        files.append(path)
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()
    target.mkdir(parents=True, exist_ok=True)
    write_fixture(target / "daily.csv")
    write_maps(target)
