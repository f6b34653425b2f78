"""Each series' count of snapshots (migrations/0012), kept by triggers on every
write to records, and the gap proof that reads it (`store.spacing`): a daily
series is one unbroken run when its count is its last day less its first plus
one. A wrong count could hide a gap, so every way a record is written is
checked against a count of the records themselves."""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.store import db
from snapshot_writes import DAYS_HELD, DS, MARKED, first_version, holding, run

COUNTED = (
    "SELECT actor, region, layer, source, snapshots FROM snapshot_counts "
    "WHERE snapshots > 0 ORDER BY 1, 2, 3, 4"
)
ACTUAL = (
    "SELECT actor, region, layer, source, count(*) FROM records "
    "WHERE kind = 'holding' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
)


def counted(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(COUNTED).fetchall()


def actual(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(ACTUAL).fetchall()


def test_add_edit_remove_and_restore_keep_the_count(cli, db_path):
    ids = [holding(cli, f"2024-03-{d:02d}", 1000 + d) for d in range(1, 6)]
    run(cli, "add", "7", "--actor", "russia", "--region", "ukraine", "--from",
        "2024-03-06", "--to", "2024-03-09", "--source", "DeepState")  # fmt: skip
    assert counted(db_path) == [(*DS, 5)]
    run(cli, "edit", ids[0], "--area", "999")  # the same series: no change
    run(cli, "edit", ids[1], "--on", "2024-03-20")  # another day, same series
    assert counted(db_path) == [(*DS, 5)]
    run(cli, "edit", ids[2], "--source", "ISW")  # moved to another series
    assert counted(db_path) == [(*DS, 4), ("russia", "ukraine", "control", "ISW", 1)]
    run(cli, "edit", ids[3], "--kind", "change")  # no longer a snapshot
    assert counted(db_path) == [(*DS, 3), ("russia", "ukraine", "control", "ISW", 1)]
    run(cli, "rm", ids[4])
    assert counted(db_path) == [(*DS, 2), ("russia", "ukraine", "control", "ISW", 1)]
    run(cli, "restore", ids[4])  # back from removal
    run(cli, "restore", ids[3], "--version", first_version(db_path, ids[3]))
    run(cli, "restore", ids[2], "--version", first_version(db_path, ids[2]))
    assert counted(db_path) == [(*DS, 5)]
    assert counted(db_path) == actual(db_path)


def test_imports_keep_the_count(cli, db_path, tmp_path):
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    lines += [
        f"holding,russia,kursk,control,2024-05-{d:02d},2024-05-{d:02d},{d},exact,ISW"
        for d in range(1, 21)
    ]
    lines.append("change,russia,kursk,control,2024-05-01,2024-05-31,9,exact,ISW")
    first = tmp_path / "first.csv"
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(cli, "import", str(first))
    run(cli, "import", str(first))  # nothing new
    changed = tmp_path / "changed.csv"
    changed.write_text(
        "\n".join(
            [lines[0], *(line.replace(",exact,", ",approx,") for line in lines[1:6])]
        )
        + "\n",
        encoding="utf-8",
    )
    run(cli, "import", str(changed), "--on-conflict", "replace")
    assert counted(db_path) == [("russia", "kursk", "control", "ISW", 20)]
    assert counted(db_path) == actual(db_path)


def test_a_map_import_counts_its_snapshots(cli, db_path, tmp_path):
    pytest.importorskip("shapely")
    ring = [[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"day": f"2024-06-0{d}"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
            for d in (1, 2, 3)
        ],
    }
    path = tmp_path / "map.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    run(cli, "import", str(path), "--set", "actor=russia", "--set", "region=ukraine",
        "--set", "source=maps", "--map", "end=day")  # fmt: skip
    assert counted(db_path) == [("russia", "ukraine", "control", "maps", 3)]


def test_a_large_import_into_an_empty_database_counts_its_snapshots(
    cli, db_path, tmp_path
):
    # Ten thousand rows or more into an empty table: the indexes are dropped
    # and built after (`store.bulk`); the counts are kept all the same.
    first = date(2000, 1, 1)
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    for region, days in (("a", 6000), ("b", 4500)):
        for n in range(days):
            day = first + timedelta(n)
            lines.append(f"holding,russia,{region},control,{day},{day},{n},exact,S")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db.open_for_write(db.Location(db_path, "--db")).close()  # made, empty
    with closing(sqlite3.connect(db_path)) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    run(cli, "import", str(path))
    assert counted(db_path) == [
        ("russia", "a", "control", "S", 6000),
        ("russia", "b", "control", "S", 4500),
    ]
    # The trigger set aside for the insert is back as it was, and counts again.
    with closing(sqlite3.connect(db_path)) as conn:
        after = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    assert sorted(after) == sorted(schema)
    run(cli, "add", "1", "--holding", "--actor", "russia", "--region", "b",
        "--on", "1999-12-31", "--source", "S")  # fmt: skip
    assert counted(db_path)[1] == ("russia", "b", "control", "S", 4501)


def test_a_large_import_into_an_empty_database_counts_anew(cli, db_path, tmp_path):
    # A count left in a database without records (removed while the trigger
    # that uncounts them was dropped by hand): a large import into it counts
    # its snapshots anew, whatever the count said before.
    db.open_for_write(db.Location(db_path, "--db")).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(
            "INSERT INTO snapshot_counts VALUES ('russia', 'a', 'control', 'S', 7)"
        )
        conn.commit()
    first = date(2000, 1, 1)
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    for n in range(10_005):
        day = first + timedelta(n)
        lines.append(f"holding,russia,a,control,{day},{day},{n},exact,S")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(cli, "import", str(path))
    assert counted(db_path) == [("russia", "a", "control", "S", 10_005)]


def test_an_upgraded_database_counts_the_snapshots_it_had(cli, db_path):
    from sqlite_utils import Database

    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as conn:
        db.build_migrations().apply(Database(conn), stop_before="0012_snapshot_counts")
        conn.executemany(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, '
            "source) VALUES ('holding', 'russia', ?, ?, ?, 1, 'S')",
            [("a", f"2024-01-{d:02d}", f"2024-01-{d:02d}") for d in range(1, 11)]
            + [("b", "2024-02-01", "2024-02-01")],
        )
        conn.execute(
            "DELETE FROM records WHERE region = 'a' "
            "AND start BETWEEN '2024-01-04' AND '2024-01-06'"
        )
        conn.commit()
    run(cli, "list", "--limit", "1")  # opens, and upgrades the schema
    assert counted(db_path) == [
        ("russia", "a", "control", "S", 7),
        ("russia", "b", "control", "S", 1),
    ]
    # 7 snapshots from 1 to 10 January: not a daily run, so the three days
    # left without one are found.
    data = json.loads(run(cli, "check", "-f", "json").stdout)
    assert [i["message"].split(":")[0] for i in data["issues"]] == [
        "no figure on 2024-01-04..2024-01-06 (3 days)"
    ]


def test_a_count_that_proves_nothing_is_not_trusted(cli, db_path):
    # Snapshots 1..5 and 13..14 March: a count lowered by hand (7 → 3) or gone
    # does not match the 14 days from the first to the last, so the snapshots
    # are counted and the gap is still found.
    for d in (1, 2, 3, 4, 5, 13, 14):
        holding(cli, f"2024-03-{d:02d}", 1000 + d)
    expected = ["no figure on 2024-03-06..2024-03-12 (7 days)"]
    for fudge in (
        "UPDATE snapshot_counts SET snapshots = 3",
        "DELETE FROM snapshot_counts",
    ):
        with closing(sqlite3.connect(db_path)) as conn:
            conn.execute(fudge)
            conn.commit()
        data = json.loads(
            run(
                cli, "report", "--period", "2024-W10", "--no-compare", "-f", "json"
            ).stdout
        )
        assert [w["message"].split(":")[0] for w in data["warnings"]] == expected


# Every figure of a series over lo..hi, counted one by one.
FIGURES = (
    "SELECT count(*) FROM records WHERE actor = :actor AND region = :region "
    'AND layer = :layer AND source = :source AND start <= :hi AND "end" >= :lo'
)

# Whether a series' snapshots are one daily run of two or more, over lo..hi.
WHOLE_RUN = (
    "SELECT count(*) > 1 AND count(*) = julianday(max(start)) - julianday(min(start)) "
    "+ 1 AND min(start) <= :hi AND max(start) >= :lo FROM records WHERE kind = "
    "'holding' AND actor = :actor AND region = :region AND layer = :layer "
    "AND source = :source"
)


def test_gaps_follow_random_writes(tmp_path):
    # Random inserts, removals and edits (days, series, kind) straight in SQL:
    # after each batch, every series' count is its records', and its spacings
    # are those of every figure taken one by one (a window function).
    from frontline.store.spacing import spacings
    from test_gaps import SPACINGS

    rng = random.Random(12)
    conn = db.open_for_write(db.Location(tmp_path / "g.db", "--db"))
    first = date(2021, 1, 1)
    keys = [("x", f"r{r}", "control", s) for r in range(6) for s in ("A", "B")]

    def day(n: int) -> str:
        return str(first + timedelta(n))

    for key in keys[::2]:  # unbroken daily runs to begin with
        conn.executemany(
            'INSERT INTO records (kind, actor, region, layer, source, start, "end", '
            "area_km2) VALUES ('holding', ?, ?, ?, ?, ?, ?, 1)",
            [(*key, day(n), day(n)) for n in range(rng.randint(0, 20), 90)],
        )
    conn.commit()
    gaps = runs = 0
    for _ in range(40):
        for _ in range(rng.randint(1, 6)):
            actor, region, layer, source = rng.choice(keys)
            ids = [i for (i,) in conn.execute("SELECT id FROM records")]
            action = rng.random()
            edges = conn.execute(
                "SELECT min(start), max(start) FROM records WHERE kind = 'holding' "
                "AND region = ? AND source = ?",
                (region, source),
            ).fetchone()
            if 0.1 <= action < 0.55 and edges[0] is not None:
                # A run grown or shortened at one end: it stays a run.
                edge = date.fromisoformat(edges[rng.randrange(2)])
                if rng.random() < 0.6:
                    step = timedelta(1 if edge == date.fromisoformat(edges[1]) else -1)
                    conn.execute(
                        "INSERT OR IGNORE INTO records (kind, actor, region, layer, "
                        'source, start, "end", area_km2) '
                        "VALUES ('holding', ?, ?, ?, ?, ?, ?, 1)",
                        (
                            actor,
                            region,
                            layer,
                            source,
                            str(edge + step),
                            str(edge + step),
                        ),
                    )
                else:
                    conn.execute(
                        "DELETE FROM records WHERE kind = 'holding' AND region = ? "
                        "AND source = ? AND start = ?",
                        (region, source, str(edge)),
                    )
            elif 0.55 <= action < 0.65 and edges[0] is not None:
                # Its holes filled: a run again.
                start, end = map(date.fromisoformat, edges)
                conn.executemany(
                    "INSERT OR IGNORE INTO records (kind, actor, region, layer, "
                    'source, start, "end", area_km2) '
                    "VALUES ('holding', ?, ?, ?, ?, ?, ?, 1)",
                    [
                        (actor, region, layer, source, str(d), str(d))
                        for d in (
                            start + timedelta(n) for n in range((end - start).days)
                        )
                    ],
                )
            elif action < 0.65 or not ids:
                n = rng.randint(0, 100)
                kind = "holding" if rng.random() < 0.8 else "change"
                end = n if kind == "holding" else n + rng.randint(0, 9)
                conn.execute(
                    "INSERT OR IGNORE INTO records (kind, actor, region, layer, "
                    'source, start, "end", area_km2) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
                    (kind, actor, region, layer, source, day(n), day(end)),
                )
            elif action < 0.75:
                conn.execute("DELETE FROM records WHERE id = ?", (rng.choice(ids),))
            elif action < 0.88:
                n = rng.randint(0, 100)
                conn.execute(
                    'UPDATE OR IGNORE records SET start = ?, "end" = ? WHERE id = ? '
                    "AND kind = 'holding'",
                    (day(n), day(n), rng.choice(ids)),
                )
            else:
                conn.execute(
                    "UPDATE OR IGNORE records SET region = ?, source = ?, kind = "
                    "CASE WHEN start = \"end\" AND kind = 'change' THEN 'holding' "
                    "ELSE 'change' END WHERE id = ?",
                    (region, source, rng.choice(ids)),
                )
        conn.commit()
        assert conn.execute(COUNTED).fetchall() == conn.execute(ACTUAL).fetchall()
        assert conn.execute(MARKED).fetchall() == conn.execute(DAYS_HELD).fetchall()
        for key in keys:
            lo = first + timedelta(rng.randint(-10, 80))
            hi = lo + timedelta(rng.randint(0, 60))
            params = dict(zip(("actor", "region", "layer", "source"), key, strict=True))
            params.update(lo=lo.isoformat(), hi=hi.isoformat())
            expected = [
                (date.fromisoformat(a), date.fromisoformat(b), spacing, total)
                for a, b, spacing, total in conn.execute(SPACINGS, params)
            ]
            count, larger = spacings(conn, key, lo, hi)
            assert larger == [row[:3] for row in expected]
            (figures,) = conn.execute(FIGURES, params).fetchone()
            if larger:  # the count sets the median spacing only then
                assert count == figures - 1
            gaps += bool(larger)
            (whole,) = conn.execute(WHOLE_RUN, params).fetchone()
            runs += bool(whole)
    assert gaps > 50 and runs > 100


def test_holes_before_a_window_are_found_from_the_masks(tmp_path, monkeypatch):
    # Daily series with holes in their first weeks only (a day here and there,
    # and 21..24 January): their counts prove nothing, so a report takes
    # their snapshots over its days from the masks of their months
    # (migrations/0013), all at once, and reads none of them; the gaps found
    # are those each series finds alone.
    from frontline.model.scope import Scope
    from frontline.reports.common import note_gaps, series_gaps
    from frontline.store import holes
    from frontline.store.select import load

    rng = random.Random(3)
    conn = db.open_for_write(db.Location(tmp_path / "h.db", "--db"))
    first = date(2022, 1, 1)
    rows = []
    for region in range(30):
        holes_at = set(rng.sample([*range(1, 19), *range(25, 40)], 3))
        holes_at |= {20, 21, 22, 23}
        for n in range(200):
            if n not in holes_at:
                when = str(first + timedelta(n))
                rows.append((f"r{region}", when, when, 1000 + n))
    conn.executemany(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES ('holding', 'x', ?, ?, ?, ?, 'S')",
        rows,
    )
    conn.commit()
    monkeypatch.setattr(holes, "_DAYS", "no snapshot is read")
    for lo, hi in ((60, 90), (100, 199), (45, 46)):
        window = (first + timedelta(lo), first + timedelta(hi))
        together = load(conn, Scope(), [window]).series
        note_gaps(conn, together)
        alone = load(conn, Scope(), [window]).series
        for series, single in zip(together, alone, strict=True):
            assert series.issues == series_gaps(conn, single) == []
    # A window over the holes: its holes of a day are too short to be gaps,
    # 21..24 January (4 days) is one.
    window = (first, first + timedelta(50))
    together = load(conn, Scope(), [window]).series
    note_gaps(conn, together)
    alone = load(conn, Scope(), [window]).series
    for series, single in zip(together, alone, strict=True):
        assert [i.message.split(":")[0] for i in series.issues] == [
            "no figure on 2022-01-21..2022-01-24 (4 days)"
        ]
        assert series.issues == series_gaps(conn, single)


def test_a_count_trigger_dropped_by_hand_blocks_no_write(cli, db_path, tmp_path):
    # Without the trigger that counts inserts, a large import into an empty
    # database has nothing to set aside, a count may be anything (below zero
    # too) without refusing a removal, and the reports fall back to counting.
    db.open_for_write(db.Location(db_path, "--db")).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DROP TRIGGER records_count_snapshot")
        conn.commit()
    first = date(2000, 1, 1)
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    for n in range(10_010):  # 10,000 rows: the large import's way
        if not 100 <= n < 110:  # ten days without a snapshot
            day = first + timedelta(n)
            lines.append(f"holding,russia,a,control,{day},{day},{n},exact,S")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(cli, "import", str(path))
    assert counted(db_path) == []  # nothing counted
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(
            "INSERT INTO snapshot_counts VALUES ('russia', 'a', 'control', 'S', 0)"
        )
        conn.commit()
    run(cli, "rm", "1")  # taken below zero: nothing refuses it
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT snapshots FROM snapshot_counts").fetchall() == [
            (-1,)
        ]
    data = json.loads(
        run(cli, "report", "--year", "2000", "--no-compare", "-f", "json").stdout
    )
    assert [w["message"].split(":")[0] for w in data["warnings"]] == [
        "no figure on 2000-04-10..2000-04-19 (10 days)"
    ]
