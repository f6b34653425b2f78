"""The gap proof of `store.spacing` case by case, with spacings worked out by
hand: a daily run proved by its count and cut to lo..hi, holes read one by
one among change records, a series with holes elsewhere and no snapshot in
lo..hi; and what they cost: proving a run must not grow with its length, and
holes are found from the masks of their months, without reading the
snapshots."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from frontline.store import db
from frontline.store.spacing import spacings, spacings_of

D = date.fromisoformat


def key(region: str) -> tuple[str, str, str, str]:
    return ("x", region, "control", "S")


@pytest.fixture
def conn(tmp_path):
    connection = db.open_for_write(db.Location(tmp_path / "s.db", "--db"))
    yield connection
    connection.close()


def snapshots(conn: sqlite3.Connection, region: str, days) -> None:
    conn.executemany(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES ('holding', 'x', ?, ?, ?, 1, 'S')",
        [(region, str(d), str(d)) for d in days],
    )
    conn.commit()


def change(conn: sqlite3.Connection, region: str, start: str, end: str) -> None:
    conn.execute(
        'INSERT INTO records (kind, actor, region, start, "end", area_km2, source) '
        "VALUES ('change', 'x', ?, ?, ?, 1, 'S')",
        (region, start, end),
    )
    conn.commit()


def daily(first: str, last: str) -> list[date]:
    a, b = D(first), D(last)
    return [a + timedelta(n) for n in range((b - a).days + 1)]


def test_without_a_database_there_is_nothing_to_space():
    lo, hi = D("2024-03-01"), D("2024-03-31")
    assert spacings(None, key("a"), lo, hi) == (0, [])
    assert spacings_of(None, [(key("a"), lo, hi, None)]) == [(0, [])]


def test_nothing_asked_nothing_read(conn):
    assert spacings_of(conn, []) == []


def test_an_unbroken_daily_run_cut_to_the_days_asked(conn):
    # Snapshots every day 1..10 March (proved by the count), a change record
    # 20..31 March: 11..19 March has no figure.
    snapshots(conn, "a", daily("2024-03-01", "2024-03-10"))
    change(conn, "a", "2024-03-20", "2024-03-31")
    gap = (D("2024-03-10"), D("2024-03-20"), 10)
    cases = [
        # lo..hi, then figures less one and the spacings over a day
        (("2024-03-01", "2024-03-31"), (10, [gap])),  # 10 snapshots + 1 change
        (("2024-03-05", "2024-03-31"), (6, [gap])),  # 6 snapshots (5..10) + 1
        (("2024-02-01", "2024-03-07"), (6, [])),  # 7 snapshots (1..7), no change
        (("2024-03-12", "2024-03-31"), (0, [])),  # the change record alone
    ]
    for (lo, hi), expected in cases:
        assert spacings(conn, key("a"), D(lo), D(hi)) == expected, (lo, hi)
    wanted = [(key("a"), D(lo), D(hi), None) for (lo, hi), _ in cases]
    assert spacings_of(conn, wanted) == [expected for _, expected in cases]
    # The change records given by the caller, not read.
    given = [(D("2024-03-20"), D("2024-03-31"))]
    assert spacings_of(conn, [(key("a"), D("2024-03-05"), D("2024-03-31"), given)]) == [
        (6, [gap])
    ]


def test_holes_read_one_by_one_among_change_records(conn):
    # Snapshots 1..5 and 13..14 March, a change record over 6..12 March that
    # fills the hole between them, and one 20..25 March: the only spacing over
    # a day is 14 → 20 March. 7 snapshots and 2 change records: 8 spacings.
    snapshots(conn, "b", [*daily("2024-03-01", "2024-03-05"), D("2024-03-13"),
                          D("2024-03-14")])  # fmt: skip
    change(conn, "b", "2024-03-06", "2024-03-12")
    change(conn, "b", "2024-03-20", "2024-03-25")
    lo, hi = D("2024-03-01"), D("2024-03-25")
    expected = (8, [(D("2024-03-14"), D("2024-03-20"), 6)])
    assert spacings(conn, key("b"), lo, hi) == expected
    assert spacings_of(conn, [(key("b"), lo, hi, None)]) == [expected]


def test_holes_elsewhere_and_no_snapshot_in_the_days_asked(conn):
    # Snapshots on 1, 2, 10 and 11 January (holes: the count proves nothing),
    # none in February; change records ending on its first and its last day:
    # over February, the two of them, 9 days apart.
    snapshots(conn, "c", [D("2024-01-01"), D("2024-01-02"), D("2024-01-10"),
                          D("2024-01-11")])  # fmt: skip
    change(conn, "c", "2024-01-20", "2024-02-01")
    change(conn, "c", "2024-02-10", "2024-02-29")
    lo, hi = D("2024-02-01"), D("2024-02-29")
    expected = (1, [(D("2024-02-01"), D("2024-02-10"), 9)])
    assert spacings(conn, key("c"), lo, hi) == expected
    assert spacings_of(conn, [(key("c"), lo, hi, None)]) == [expected]


def test_holes_elsewhere_and_a_run_in_the_days_asked(conn):
    # Snapshots on 1 and 3 January, then every day of February; over 5..20
    # February, 16 snapshots and a change record 10..12 February: one run.
    snapshots(conn, "d", [D("2024-01-01"), D("2024-01-03"),
                          *daily("2024-02-01", "2024-02-29")])  # fmt: skip
    change(conn, "d", "2024-02-10", "2024-02-12")
    change(conn, "d", "2024-02-25", "2024-03-10")
    cases = [
        (("2024-02-05", "2024-02-20"), (16, [])),
        (("2024-01-01", "2024-01-31"), (1, [(D("2024-01-01"), D("2024-01-03"), 2)])),
        (("2024-02-28", "2024-03-20"), (2, [])),  # 28, 29 Feb and the change
    ]
    for (lo, hi), expected in cases:
        assert spacings(conn, key("d"), D(lo), D(hi)) == expected, (lo, hi)
    wanted = [(key("d"), D(lo), D(hi), None) for (lo, hi), _ in cases]
    assert spacings_of(conn, wanted) == [expected for _, expected in cases]


def steps(conn: sqlite3.Connection, ask, *args) -> int:
    """The SQLite virtual machine's steps taken by `ask(*args)`."""
    taken = 0

    def step() -> int:
        nonlocal taken
        taken += 1
        return 0

    conn.set_progress_handler(step, 1)
    try:
        ask(*args)
    finally:
        conn.set_progress_handler(None, 1)
    return taken


def test_proving_a_daily_run_does_not_grow_with_its_snapshots(conn):
    # The count kept by the triggers proves a daily run in a seek or two,
    # whatever its length (migrations/0012): 20,000 snapshots cost what 50 do,
    # alone and in a report's batch, over all their days or some of them.
    # Counting them would take a step each.
    snapshots(conn, "short", daily("2020-01-01", "2020-02-19"))
    snapshots(conn, "long", [D("2000-01-01") + timedelta(n) for n in range(20_000)])
    for lo, hi in (
        (D("1999-01-01"), D("2060-01-01")),  # every snapshot of both
        (D("2020-01-02"), D("2060-01-01")),  # all but the first of the short run
        (D("2020-01-02"), D("2020-02-18")),  # all but its first and last
    ):
        short = steps(conn, spacings, conn, key("short"), lo, hi)
        long = steps(conn, spacings, conn, key("long"), lo, hi)
        assert abs(long - short) < 200, (lo, hi, short, long)
        short = steps(conn, spacings_of, conn, [(key("short"), lo, hi, None)])
        long = steps(conn, spacings_of, conn, [(key("long"), lo, hi, None)])
        assert abs(long - short) < 200, (lo, hi, short, long)
    assert spacings(conn, key("long"), D("1999-01-01"), D("2060-01-01")) == (
        19_999,
        [],
    )
    # 2020-01-02..2054-10-03: 12,694 snapshots, 12,693 spacings of a day.
    assert spacings_of(
        conn, [(key("long"), D("2020-01-02"), D("2060-01-01"), None)]
    ) == [(12_693, [])]


def test_holes_are_found_without_reading_the_snapshots(conn):
    # A daily series of 20,000 snapshots with a day missing every 1,000, all
    # within lo..hi: the masks of its months (migrations/0013) say where its
    # holes are, alone and in a report's batch, so it costs a step or so a
    # month, far less than a step a snapshot. Over its exact first and last
    # day as over wider ones.
    first = D("2000-01-01")
    days = [first + timedelta(n) for n in range(20_000) if n % 1000 != 500]
    snapshots(conn, "holes", days)
    last = days[-1]
    gaps = [
        (first + timedelta(n - 1), first + timedelta(n + 1), 2)
        for n in range(500, 20_000, 1000)
    ]
    for lo, hi in ((first, last), (first - timedelta(1), last + timedelta(1))):
        alone = steps(conn, spacings, conn, key("holes"), lo, hi)
        together = steps(conn, spacings_of, conn, [(key("holes"), lo, hi, None)])
        assert max(alone, together) < len(days), (lo, hi, alone, together)
        assert spacings_of(conn, [(key("holes"), lo, hi, None)]) == [
            (len(days) - 1, gaps)
        ]
        assert spacings(conn, key("holes"), lo, hi) == (len(days) - 1, gaps)
