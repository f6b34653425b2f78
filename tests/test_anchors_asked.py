"""A report widens each series' hull until no record outside it can change a
number (`store.select._settle_hulls`): the snapshots around a hull are looked
up again as it grows, but not for a series found to have none on any day."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model.records import Record
from frontline.model.scope import Scope
from frontline.store import db, select
from frontline.store import records as store

D = date
CHANGES = ("russia", "ukraine", "control", "ISW")
HELD = ("russia", "ukraine", "control", "DeepState")


def record(kind, start, end, area, source):
    return Record(kind, "russia", "ukraine", start, end, area, "exact", source=source)


# ISW: change records only, June inside its year (the hull grows to the
# year). DeepState: a year record over holdings at the year's ends.
RECORDS = [
    record("change", D(2024, 6, 1), D(2024, 6, 30), 30.0, "ISW"),
    record("change", D(2024, 1, 1), D(2024, 12, 31), 366.0, "ISW"),
    record("change", D(2024, 1, 1), D(2024, 12, 31), 200.0, "DeepState"),
    record("holding", D(2023, 12, 31), D(2023, 12, 31), 1000.0, "DeepState"),
    record("holding", D(2024, 12, 31), D(2024, 12, 31), 1200.0, "DeepState"),
]


@pytest.fixture
def conn(tmp_path):
    conn = db.open_for_write(db.Location(tmp_path / "a.db", "--db"))
    store.write_records(conn, [(r, None) for r in RECORDS])
    return conn


def test_a_series_without_snapshots_is_asked_about_them_once(conn, monkeypatch):
    asked = []
    anchors = select.snapshot_anchors

    def counted(connection, hulls, keys):
        asked.append(sorted(keys))
        return anchors(connection, hulls, keys)

    monkeypatch.setattr(select, "snapshot_anchors", counted)
    loaded = select.load(conn, Scope(), [(D(2024, 6, 1), D(2024, 6, 30))])
    # Both hulls grow to 2024 in the first round; only DeepState has
    # snapshots to look for around the wider hull.
    assert asked == [[HELD, CHANGES], [HELD]]
    totals = {s.key: s.window(D(2024, 6, 1), D(2024, 6, 30)) for s in loaded.series}
    assert totals[CHANGES][2:] == (30.0, 30, "exact", False)
    # DeepState: 200 over 366 days, 30 of them; the holdings agree.
    assert totals[HELD][2:] == (200.0 / 366 * 30, 30, "approx", True)
    assert {s.key: s.has_holdings for s in loaded.series} == {
        CHANGES: False,
        HELD: True,
    }
