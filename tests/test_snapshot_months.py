"""Each series' days with a snapshot, month by month (migrations/0013): masks
kept by triggers on every write to records, and the gap finding that reads
them (`store.holes`) for a series whose count shows holes. A wrong mask could
hide a gap, so every way a record is written is checked against masks made
from the records themselves; a mask that does not fit, or a month without
one, must send the report back to reading the snapshots."""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from frontline.store import db
from frontline.store.holes import _bits, _parsed, _runs_of, _spans, holed_spans
from frontline.store.spacing import spacings, spacings_of
from snapshot_writes import DAYS_HELD, DS, MARKED, first_version, holding, run

D = date.fromisoformat


def marked(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(MARKED).fetchall()


def held(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(DAYS_HELD).fetchall()


def days(*numbers: int) -> int:
    return sum(1 << n for n in numbers)


def test_add_edit_remove_and_restore_keep_the_masks(cli, db_path):
    ids = [holding(cli, f"2024-03-{d:02d}", 1000 + d) for d in range(1, 6)]
    run(cli, "add", "7", "--actor", "russia", "--region", "ukraine", "--from",
        "2024-03-06", "--to", "2024-03-09", "--source", "DeepState")  # fmt: skip
    assert marked(db_path) == [(*DS, "2024-03", days(1, 2, 3, 4, 5))]
    run(cli, "edit", ids[0], "--area", "999")  # the same day: no change
    run(cli, "edit", ids[1], "--on", "2024-03-20")  # another day, same month
    assert marked(db_path) == [(*DS, "2024-03", days(1, 3, 4, 5, 20))]
    run(cli, "edit", ids[1], "--on", "2024-04-02")  # another month
    assert marked(db_path) == [
        (*DS, "2024-03", days(1, 3, 4, 5)),
        (*DS, "2024-04", days(2)),
    ]
    run(cli, "edit", ids[2], "--source", "ISW")  # moved to another series
    run(cli, "edit", ids[3], "--kind", "change")  # no longer a snapshot
    run(cli, "rm", ids[4])
    assert marked(db_path) == [
        (*DS, "2024-03", days(1)),
        (*DS, "2024-04", days(2)),
        ("russia", "ukraine", "control", "ISW", "2024-03", days(3)),
    ]
    run(cli, "restore", ids[4])  # back from removal
    for record in ids[1:4]:
        run(cli, "restore", record, "--version", first_version(db_path, record))
    assert marked(db_path) == [(*DS, "2024-03", days(1, 2, 3, 4, 5))]
    assert marked(db_path) == held(db_path)


def test_imports_keep_the_masks(cli, db_path, tmp_path):
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    lines += [
        f"holding,russia,kursk,control,{d},{d},{n},exact,ISW"
        for n, d in enumerate(
            [*(f"2024-05-{d:02d}" for d in range(1, 21)), "2024-06-30", "2024-08-01"]
        )
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
    series = ("russia", "kursk", "control", "ISW")
    assert marked(db_path) == [
        (*series, "2024-05", days(*range(1, 21))),
        (*series, "2024-06", days(30)),
        (*series, "2024-08", days(1)),
    ]
    assert marked(db_path) == held(db_path)


def test_a_map_import_marks_its_days(cli, db_path, tmp_path):
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
            for d in (1, 2, 4)
        ],
    }
    path = tmp_path / "map.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    run(cli, "import", str(path), "--set", "actor=russia", "--set", "region=ukraine",
        "--set", "source=maps", "--map", "end=day")  # fmt: skip
    assert marked(db_path) == [
        ("russia", "ukraine", "control", "maps", "2024-06", days(1, 2, 4))
    ]


def test_plain_sql_keeps_the_masks(tmp_path):
    conn = db.open_for_write(db.Location(tmp_path / "p.db", "--db"))
    insert = (
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES (?, 'x', 'a', ?, ?, 1, 'S')"
    )
    conn.executemany(
        insert, [("holding", f"2023-12-{d}", f"2023-12-{d}") for d in (30, 31)]
    )
    conn.execute(insert, ("change", "2023-12-31", "2023-12-31"))
    conn.execute("UPDATE records SET start = '2024-01-01', \"end\" = '2024-01-01' "
                 "WHERE kind = 'holding' AND start = '2023-12-30'")  # fmt: skip
    conn.execute("UPDATE records SET kind = 'holding', source = 'T' "
                 "WHERE kind = 'change'")  # fmt: skip
    conn.execute("UPDATE records SET area_km2 = 2")  # no day moves
    conn.commit()
    assert conn.execute(MARKED).fetchall() == [
        ("x", "a", "control", "S", "2023-12", days(31)),
        ("x", "a", "control", "S", "2024-01", days(1)),
        ("x", "a", "control", "T", "2023-12", days(31)),
    ]
    conn.execute("DELETE FROM records WHERE source = 'S' AND start = '2023-12-31'")
    conn.commit()
    assert conn.execute(MARKED).fetchall() == conn.execute(DAYS_HELD).fetchall()
    conn.close()


def big_import(tmp_path: Path, skip=range(0), series=(("a", 6000), ("b", 4500))):
    first = date(2000, 1, 1)
    lines = ["kind,actor,region,layer,start,end,area_km2,bound,source"]
    for region, count in series:
        for n in range(count):
            if n not in skip:
                day = first + timedelta(n)
                lines.append(f"holding,russia,{region},control,{day},{day},{n},exact,S")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_import_into_an_empty_database_marks_its_days(cli, db_path, tmp_path):
    # Ten thousand rows or more into an empty table: the triggers are set
    # aside and the masks made in one pass after (`store.bulk`), anew (a mask
    # left from records removed while its trigger was dropped goes).
    path = big_import(tmp_path, skip={100, 101, 102, 2000, 4499})
    db.open_for_write(db.Location(db_path, "--db")).close()
    with closing(sqlite3.connect(db_path)) as conn:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        conn.execute(
            "INSERT INTO snapshot_months VALUES "
            "('russia', 'a', 'control', 'S', '2000-04', 7), "
            "('russia', 'c', 'control', 'S', '2000-04', 7)"
        )
        conn.commit()
    run(cli, "import", str(path))
    assert marked(db_path) == held(db_path)
    assert len(marked(db_path)) == 198 + 148
    with closing(sqlite3.connect(db_path)) as conn:
        after = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    assert sorted(after) == sorted(schema)  # the triggers are back as they were
    run(cli, "rm", "5")  # and mark again
    assert marked(db_path) == held(db_path)
    data = json.loads(run(cli, "check", "-f", "json").stdout)
    assert [i["message"].split(":")[0] for i in data["issues"]] == [
        "no figure on 2000-04-10..2000-04-12 (3 days)"
    ] * 2


@pytest.mark.parametrize("dropped", ["records_count_snapshot", "both"])
def test_a_large_import_without_the_triggers(cli, db_path, tmp_path, dropped):
    # With the counting trigger dropped by hand the masks are made by sorting
    # the snapshots; with both dropped nothing is made, and a report reads
    # the snapshots (no month has a row): the gap is found all the same.
    path = big_import(tmp_path, skip=range(100, 110), series=(("a", 10_010),))
    db.open_for_write(db.Location(db_path, "--db")).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DROP TRIGGER records_count_snapshot")
        if dropped == "both":
            conn.execute("DROP TRIGGER records_mark_snapshot_day")
        conn.commit()
    run(cli, "import", str(path))
    assert marked(db_path) == ([] if dropped == "both" else held(db_path))
    data = json.loads(
        run(cli, "report", "--year", "2000", "--no-compare", "-f", "json").stdout
    )
    assert [w["message"].split(":")[0] for w in data["warnings"]] == [
        "no figure on 2000-04-10..2000-04-19 (10 days)"
    ]


def test_an_upgraded_database_marks_the_days_it_had(cli, db_path):
    from sqlite_utils import Database

    db_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(db_path)) as conn:
        db.build_migrations().apply(Database(conn), stop_before="0013_snapshot_months")
        conn.executemany(
            'INSERT INTO records (kind, actor, region, start, "end", area_km2, '
            "source) VALUES ('holding', 'russia', 'a', ?, ?, 1, 'S')",
            [
                (str(d), str(d))
                for d in (D("2024-01-25") + timedelta(n) for n in range(20))
            ],
        )
        conn.execute("DELETE FROM records WHERE start IN ('2024-01-30', '2024-02-02')")
        conn.commit()
    run(cli, "list", "--limit", "1")  # opens, and upgrades the schema
    assert marked(db_path) == [
        ("russia", "a", "control", "S", "2024-01", days(25, 26, 27, 28, 29, 31)),
        ("russia", "a", "control", "S", "2024-02", days(1, *range(3, 14))),
    ]


# Snapshots 1 Jan..31 Mar 2024 but for the days below: holes in February only.
HOLES = {"2024-02-10", "2024-02-11", "2024-02-12", "2024-02-20"}


@pytest.fixture
def holed(tmp_path):
    conn = db.open_for_write(db.Location(tmp_path / "m.db", "--db"))
    every = [D("2024-01-01") + timedelta(n) for n in range(91)]
    conn.executemany(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES ('holding', 'x', 'a', ?, ?, 1, 'S')",
        [(str(d), str(d)) for d in every if str(d) not in HOLES],
    )
    conn.commit()
    yield conn
    conn.close()


KEY = ("x", "a", "control", "S")
FEBRUARY = [
    (D("2024-02-09"), D("2024-02-13"), 4),
    (D("2024-02-19"), D("2024-02-21"), 2),
]


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        ("2024-01-01", "2024-03-31", (86, FEBRUARY)),  # 87 snapshots
        ("2024-01-05", "2024-02-15", (38, FEBRUARY[:1])),  # holes inside
        ("2024-01-05", "2024-01-31", (26, [])),  # before the holes
        ("2024-02-21", "2024-04-30", (39, [])),  # after them
        ("2024-02-11", "2024-02-19", (6, [])),  # from inside a hole: 13..19
        ("2024-02-12", "2024-02-12", (0, [])),  # a day without a snapshot
        ("2023-06-01", "2023-12-31", (0, [])),  # before the first snapshot
    ],
)
def test_holes_inside_and_outside_the_days_asked(holed, lo, hi, expected):
    assert spacings(holed, KEY, D(lo), D(hi)) == expected
    assert spacings_of(holed, [(KEY, D(lo), D(hi), None)]) == [expected]


@pytest.mark.parametrize(
    "fudge",
    [
        # a day cleared: a hole where there is a snapshot
        "UPDATE snapshot_months SET days = days & ~(1 << 5) WHERE month = '2024-02'",
        # a day that February has not, or a bit below day 1: read
        "UPDATE snapshot_months SET days = days | (1 << 30) WHERE month = '2024-02'",
        "UPDATE snapshot_months SET days = days | 1 WHERE month = '2024-02'",
        "UPDATE snapshot_months SET days = -1 WHERE month = '2024-02'",
        "UPDATE snapshot_months SET days = 'many' WHERE month = '2024-02'",
        # a month without a row, or a row that is no month: read
        "DELETE FROM snapshot_months WHERE month = '2024-02'",
        "INSERT INTO snapshot_months VALUES ('x', 'a', 'control', 'S', '2024-02x', 0)",
        "DELETE FROM snapshot_months",
    ],
)
def test_a_mask_that_does_not_fit_is_not_trusted(holed, fudge):
    holed.execute(fudge)
    holed.commit()
    lo, hi = D("2024-01-01"), D("2024-03-31")
    got = spacings(holed, KEY, lo, hi)
    if "~(1 << 5)" in fudge:
        # A cleared bit fits: the mask is trusted, and 5 February counts as
        # a hole of a day (too short to be a gap). Only a mask with a bit on
        # a day that has no snapshot could hide a gap; no write leaves one.
        assert got == (85, [(D("2024-02-04"), D("2024-02-06"), 2), *FEBRUARY])
    else:
        assert got == (86, FEBRUARY)
    assert spacings_of(holed, [(KEY, lo, hi, None)]) == [got]


def test_a_report_warns_of_the_gaps_in_the_holed_months(cli, db_path):
    for n in range(60):
        day = D("2024-01-01") + timedelta(n)
        if not 20 <= n < 24 and n != 40:
            holding(cli, str(day), 1000 + n)
    data = json.loads(
        run(cli, "report", "--by", "month", "--no-compare", "-f", "json").stdout
    )
    assert [w["message"] for w in data["warnings"]] == [
        "no figure on 2024-01-21..2024-01-24 "
        "(4 days): the snapshots on either side are interpolated across it, so "
        "numbers there are prorated estimates (~)"
    ]


def test_the_masks_read_case_by_case():
    # Bits of days, runs of a mask, and the text of `_MONTHS` as parsed.
    assert _bits(1, 31) == (1 << 32) - 2
    assert _bits(3, 3) == 8
    before = D("2024-01-31").toordinal()  # day d of February is before + d
    assert _runs_of(days(1, 2, 4, 5, 6, 29), before) == [
        (before + 1, before + 2),
        (before + 4, before + 6),
        (before + 29, before + 29),
    ]
    assert _runs_of(days(31), 0) == [(31, 31)]
    assert _runs_of(0, before) == []
    assert _parsed("3", 3) == {}
    assert _parsed("3 2024-02:6 2024-03:2", 3) == {"2024-02": 6, "2024-03": 2}
    for wrong in ("2", "3 2024-13:6", "3 2024-02:-6", "3 2024-2:6", "3 2024-02"):
        assert _parsed(wrong, 3) is None, wrong
    # February 2024 with 10..12 and 20 missing, inside a series of
    # 15 January..10 March, asked over 5..25 February: months not listed have
    # every day.
    feb = _bits(1, 29) & ~days(10, 11, 12, 20)
    first, last = D("2024-01-15"), D("2024-03-10")
    count, spans, read = _spans(
        {"2024-02": feb}, first, last, D("2024-02-05"), D("2024-02-25"), False
    )
    assert (count, read) == (17, [])
    assert spans == [
        (D("2024-02-05"), D("2024-02-09")),
        (D("2024-02-13"), D("2024-02-19")),
        (D("2024-02-21"), D("2024-02-25")),
    ]
    # Asked over all: January and March not listed have every day of theirs,
    # joined to the runs of February they meet.
    count, spans, read = _spans({"2024-02": feb}, first, last, first, last, False)
    assert count == 17 + 25 + 10 and read == []
    assert spans == [
        (first, D("2024-02-09")),
        (D("2024-02-13"), D("2024-02-19")),
        (D("2024-02-21"), last),
    ]
    # Every month listed (`complete`): one without a row, or whose mask has a
    # day before the series' first, is read.
    count, spans, read = _spans(
        {"2024-01": _bits(1, 31), "2024-02": feb}, first, last, first, last, True
    )
    assert read == [(first, D("2024-01-31")), (D("2024-03-01"), last)]
    assert count == 25 and spans == [
        (D("2024-02-01"), D("2024-02-09")),
        (D("2024-02-13"), D("2024-02-19")),
        (D("2024-02-21"), D("2024-02-29")),
    ]


def test_random_writes_and_the_masks(tmp_path):
    # Random inserts, removals and edits straight in SQL; after each batch the
    # masks are those made from the records, and a batch of series asked over
    # random days finds what each finds alone, with the snapshots read one by
    # one (the masks dropped: every month read).
    rng = random.Random(13)
    conn = db.open_for_write(db.Location(tmp_path / "r.db", "--db"))
    other = sqlite3.connect(tmp_path / "r.db")
    first = date(2023, 12, 1)
    keys = [("x", f"r{r}", "control", "S") for r in range(5)]

    def day(n: int) -> str:
        return str(first + timedelta(n))

    for key in keys:
        conn.executemany(
            'INSERT INTO records (kind, actor, region, layer, source, start, "end", '
            "area_km2) VALUES ('holding', ?, ?, ?, ?, ?, ?, 1)",
            [(*key, day(n), day(n)) for n in range(rng.randint(0, 30), 150)],
        )
    conn.commit()
    for _ in range(25):
        for _ in range(rng.randint(1, 8)):
            key = rng.choice(keys)
            n = rng.randint(0, 160)
            action = rng.random()
            if action < 0.4:
                conn.execute(
                    "DELETE FROM records WHERE region = ? AND start = ?",
                    (key[1], day(n)),
                )
            elif action < 0.7:
                conn.execute(
                    "INSERT OR IGNORE INTO records (kind, actor, region, layer, "
                    "source, start, \"end\", area_km2) VALUES ('holding', ?, ?, ?, ?, "
                    "?, ?, 1)",
                    (*key, day(n), day(n)),
                )
            else:
                conn.execute(
                    'UPDATE OR IGNORE records SET start = ?, "end" = ?, region = ? '
                    "WHERE id = (SELECT id FROM records ORDER BY random() LIMIT 1)",
                    (day(n), day(n), rng.choice(keys)[1]),
                )
        conn.commit()
        assert conn.execute(MARKED).fetchall() == conn.execute(DAYS_HELD).fetchall()
        wanted = []
        for key in keys:
            lo = first + timedelta(rng.randint(-10, 150))
            wanted.append((key, lo, lo + timedelta(rng.randint(0, 90)), None))
        found = spacings_of(conn, wanted)
        assert found == [spacings(conn, k, lo, hi) for k, lo, hi, _ in wanted]
        other.execute("SAVEPOINT s")
        other.execute("DELETE FROM snapshot_months")
        read = spacings_of(other, wanted)
        other.execute("ROLLBACK TO s")
        other.execute("RELEASE s")
        assert found == read
    other.close()
    conn.close()


def test_none_asked_none_read(holed):
    assert holed_spans(holed, []) == []
    # A series asked over days without a snapshot of its own: nothing read.
    asked = [(KEY, D("2025-01-01"), D("2025-02-01"), D("2024-01-01"), D("2024-03-31"))]
    assert holed_spans(holed, asked) == [(0, [])]


def test_one_snapshot_day_in_the_days_asked(holed):
    # Only the last snapshot (31 March) in 31 March..30 April, and a change
    # record 10..20 April: two figures, ten days apart.
    last = D("2024-03-31")
    asked = [(KEY, last, D("2024-04-30"), D("2024-01-01"), last)]
    assert holed_spans(holed, asked) == [(1, [(last, last)])]
    holed.execute(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES ('change', 'x', 'a', '2024-04-10', '2024-04-20', 1, 'S')"
    )
    expected = (1, [(last, D("2024-04-10"), 10)])
    assert spacings(holed, KEY, last, D("2024-04-30")) == expected
