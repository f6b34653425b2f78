"""A report reads each series' change records as its hull grows
(`store.reading.Selection.load_changes`): every record once, in the order
read, whatever the number of reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.store import db
from frontline.store import records as store
from frontline.store.reading import Selection
from frontline.store.select import load

D = date
KEY = ("russia", "ukraine", "control", "ISW")


def change(start, end, area):
    return Record(
        "change", "russia", "ukraine", start, end, area, "exact", source="ISW"
    )


# March is asked about; the year holding it reaches back to January, where a
# quarter reaches into the year before, which holds a month of its own.
RECORDS = [
    change(D(2024, 3, 1), D(2024, 3, 31), 30.0),
    change(D(2024, 1, 1), D(2024, 12, 31), 400.0),
    change(D(2023, 12, 1), D(2024, 2, 29), 90.0),
    change(D(2023, 1, 1), D(2023, 12, 31), 300.0),
    change(D(2023, 6, 1), D(2023, 6, 30), 25.0),
    change(D(2021, 1, 1), D(2021, 1, 31), 5.0),  # never reached
]


def open_db(path: Path):
    conn = db.open_for_write(db.Location(path, "--db"))
    store.write_records(conn, [(r, None) for r in RECORDS])
    return conn


def test_each_read_adds_only_records_not_read_before(tmp_path):
    conn = open_db(tmp_path / "c.db")
    selection = Selection(conn, Scope())
    selection.load_changes({KEY: [D(2024, 3, 10), D(2024, 3, 20)]})
    first = [(r.start, r.area_km2) for r in selection.changes[KEY]]
    assert sorted(first) == [(D(2024, 1, 1), 400.0), (D(2024, 3, 1), 30.0)]
    assert selection.reach[KEY] == (D(2024, 1, 1), D(2024, 12, 31))
    # The hull widened to the year: the quarter across New Year is new.
    selection.load_changes({KEY: [D(2024, 1, 1), D(2024, 12, 31)]})
    assert [(r.start, r.area_km2) for r in selection.changes[KEY]] == [
        *first,
        (D(2023, 12, 1), 90.0),
    ]
    selection.load_changes({KEY: [D(2023, 12, 1), D(2024, 12, 31)]})
    after = [(r.start, r.area_km2) for r in selection.changes[KEY]]
    assert after[:3] == [*first, (D(2023, 12, 1), 90.0)]
    assert sorted(after[3:]) == [(D(2023, 1, 1), 300.0)]
    assert selection.read == 4
    # June 2023 comes in with its days; the year holding it was read already.
    selection.load_changes({KEY: [D(2023, 6, 1), D(2024, 6, 30)]})
    assert [(r.start, r.area_km2) for r in selection.changes[KEY]] == [
        *after,
        (D(2023, 6, 1), 25.0),
    ]
    assert selection.read == 5
    assert selection.reach[KEY] == (D(2023, 1, 1), D(2024, 12, 31))
    # Asked again about days already read: nothing more.
    selection.load_changes({KEY: [D(2023, 7, 1), D(2024, 6, 30)]})
    assert selection.read == 5
    assert len(selection.changes[KEY]) == 5


def test_a_report_over_march_reads_every_record_it_reaches_once(tmp_path):
    conn = open_db(tmp_path / "c.db")
    loaded = load(conn, Scope(), [(D(2024, 3, 1), D(2024, 3, 31))])
    (series,) = loaded.series
    spans = sorted((r.start, r.end) for r in series.records)
    assert spans == sorted((r.start, r.end) for r in RECORDS[:5])
    assert loaded.records_read == 5
    # March is its own record: 30 km² over its 31 days.
    assert series.window(D(2024, 3, 1), D(2024, 3, 31)).total == 30.0


OTHER = ("ukraine", "kursk", "control", "ISW")


def test_a_series_read_already_does_not_stop_the_next_from_being_read(tmp_path):
    conn = open_db(tmp_path / "c.db")
    store.write_records(
        conn,
        [
            (
                Record(
                    "change", "ukraine", "kursk", D(2024, 3, 1), D(2024, 3, 31),
                    12.0, "exact", source="ISW",
                ),
                None,
            )
        ],
    )  # fmt: skip
    selection = Selection(conn, Scope())
    selection.load_changes({KEY: [D(2024, 3, 10), D(2024, 3, 20)]})
    # The first series' days are read already; the second's are not.
    selection.load_changes(
        {KEY: [D(2024, 3, 12), D(2024, 3, 18)], OTHER: [D(2024, 3, 10), D(2024, 3, 20)]}
    )
    assert [(r.start, r.area_km2) for r in selection.changes[OTHER]] == [
        (D(2024, 3, 1), 12.0)
    ]
    assert selection.read == 3


def test_days_read_grow_from_the_first_read_day(tmp_path):
    conn = open_db(tmp_path / "c.db")
    selection = Selection(conn, Scope())
    selection.load_changes({KEY: [D(2024, 3, 10), D(2024, 3, 20)]})
    # Later days only: what was read keeps its first day.
    selection.load_changes({KEY: [D(2024, 3, 15), D(2024, 4, 30)]})
    assert selection.loaded[KEY] == (D(2024, 3, 10), D(2024, 4, 30))
    selection.load_changes({KEY: [D(2024, 3, 10), D(2024, 4, 30)]})
    assert selection.read == 2  # March and the year, once each
    assert len(selection.changes[KEY]) == 2
