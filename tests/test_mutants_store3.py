"""The record store's reading and editing functions, case by case, on five
records whose order, areas and days are worked out by hand: listing order,
sort, reverse, limit and offset together; counts; edits that keep or change a
bound and move a holding's day; removal, history and restore, with every
refusal's text."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.model.scope import Filters
from frontline.store import db
from frontline.store import records as store
from frontline.store.listing import listing_extent

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
# Imported in this order, so ids 1..5. Listing order (actor, region, layer,
# source, start, end, kind, id): #4 russia/a/advances, #1 russia/a/control/S,
# #2 russia/a/control/T, #3 russia/b, #5 ukraine. Areas: #4 3, #2 7, #5 20,
# #3 50, #1 100.
ROWS = [
    "change,russia,a,control,2024-01-01,2024-01-31,100,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-01-31,7,exact,T,,,",
    "holding,russia,b,control,2024-03-01,2024-03-01,50,at_least,S,,,",
    "change,russia,a,advances,2024-02-01,2024-02-10,3,approx,S,,,",
    "change,ukraine,a,control,2024-01-15,2024-02-14,20,at_most,S,,,",
]


@pytest.fixture
def conn(run: Callable, tmp_path: Path, db_path: Path) -> Iterator[sqlite3.Connection]:
    path = tmp_path / "five.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n")
    run("import", str(path))
    connection = db.open_for_write(db.locate(str(db_path)))
    try:
        yield connection
    finally:
        connection.close()


def ids(rows) -> list[int]:
    return [row[0] for row in rows]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, [4, 1, 2, 3, 5]),
        ({"reverse": True}, [5, 3, 2, 1, 4]),
        ({"sort": "area_km2", "reverse": True}, [1, 3, 5, 2, 4]),
        # Equal kinds keep the listing order among themselves.
        ({"sort": "kind"}, [4, 1, 2, 5, 3]),
        ({"sort": "kind", "reverse": True}, [3, 5, 2, 1, 4]),
        ({"sort": "id"}, [1, 2, 3, 4, 5]),
        ({"limit": 2}, [4, 1]),
        ({"limit": 0}, []),
        ({"offset": 3}, [3, 5]),
        ({"limit": 2, "offset": 1}, [1, 2]),
        ({"offset": 5}, []),
        ({"limit": 2**70}, [4, 1, 2, 3, 5]),
        ({"offset": 2**70}, []),
        # Which rows a limit or offset gives depends on the order: kept.
        ({"ordered": False, "limit": 2}, [4, 1]),
        ({"ordered": False, "offset": 3}, [3, 5]),
    ],
)
def test_rows_in_order_sorted_and_cut(
    conn: sqlite3.Connection, options: dict, expected: list[int]
) -> None:
    assert ids(store.iter_rows(conn, **options)) == expected


def test_rows_unordered_are_all_of_them(conn: sqlite3.Connection) -> None:
    assert sorted(ids(store.iter_rows(conn, ordered=False))) == [1, 2, 3, 4, 5]


def test_rows_with_only_their_first_fields(conn: sqlite3.Connection) -> None:
    rows = list(store.iter_rows(conn, fields=3, limit=1))
    assert rows == [(4, "change", "russia")]
    full = list(store.iter_rows(conn, limit=1))
    assert full == [
        (
            4,
            "change",
            "russia",
            "a",
            "advances",
            "2024-02-01",
            "2024-02-10",
            3.0,
            "approx",
            "S",
            None,
            None,
            None,
        )
    ]
    assert list(store.iter_rows(None)) == []


def test_rows_of_a_selection(conn: sqlite3.Connection) -> None:
    assert ids(store.iter_rows(conn, Filters(actor="russia"), sort="area_km2")) == [
        4,
        2,
        3,
        1,
    ]
    assert ids(store.iter_rows(conn, Filters(start=date(2024, 2, 14)))) == [3, 5]
    assert ids(store.iter_rows(conn, Filters(end=date(2024, 1, 14)))) == [1, 2]


def test_counts(conn: sqlite3.Connection) -> None:
    assert store.count_matching(conn, Filters()) == 5
    assert store.count_matching(conn, Filters(actor="russia")) == 4
    assert store.count_matching(conn, Filters(kind="holding")) == 1
    assert store.count_matching(None, Filters()) == 0
    assert store.count_records(conn) == (5, 0)
    assert store.count_records(None) == (0, 0)
    assert store.count_history(None, None) == 0


def test_a_record_by_id_and_by_key(conn: sqlite3.Connection) -> None:
    record = store.get_record(conn, 3)
    assert (record.id, record.kind, record.region, record.area_km2, record.bound) == (
        3,
        "holding",
        "b",
        50.0,
        "at_least",
    )
    assert record.start == record.end == date(2024, 3, 1)
    assert store.find_by_key(conn, record) == record
    for missing in (0, 6, -1, 2**70):
        with pytest.raises(InputError) as caught:
            store.get_record(conn, missing)
        assert (caught.value.field, caught.value.message) == (
            "id",
            f"no record #{missing}",
        )
    with pytest.raises(InputError, match="no record #1"):
        store.get_record(None, 1)
    store.remove_record(conn, 3)
    assert store.find_by_key(conn, record) is None


def test_an_edit_keeps_the_bound_unless_the_area_brings_one(
    conn: sqlite3.Connection,
) -> None:
    edited = store.update_record(conn, 3, {"area": "60"})
    assert (edited.area_km2, edited.bound) == (60.0, "at_least")
    edited = store.update_record(conn, 3, {"area": "~61"})
    assert (edited.area_km2, edited.bound) == (61.0, "approx")
    edited = store.update_record(conn, 3, {"area": "62", "bound": "exact"})
    assert (edited.area_km2, edited.bound) == (62.0, "exact")
    edited = store.update_record(conn, 5, {"bound": "approx"})
    assert (edited.area_km2, edited.bound) == (20.0, "approx")
    assert store.get_record(conn, 5) == edited
    assert store.count_history(conn, 3) == 3
    assert store.count_history(conn, 5) == 1
    assert store.count_history(conn, None) == 4
    assert store.count_records(conn) == (5, 4)


@pytest.mark.parametrize("field", ["start", "end", "on"])
def test_a_holding_moved_by_one_day_field_moves_its_one_day(
    conn: sqlite3.Connection, field: str
) -> None:
    edited = store.update_record(conn, 3, {field: "2024-03-05"})
    assert edited.start == edited.end == date(2024, 3, 5)
    assert edited.kind == "holding"


def test_a_change_keeps_its_other_end(conn: sqlite3.Connection) -> None:
    edited = store.update_record(conn, 1, {"end": "2024-02-15"})
    assert (edited.start, edited.end) == (date(2024, 1, 1), date(2024, 2, 15))
    edited = store.update_record(conn, 1, {"start": "2024-01-10"})
    assert (edited.start, edited.end) == (date(2024, 1, 10), date(2024, 2, 15))
    # Turned into a holding: its end given, the change's start dropped.
    edited = store.update_record(conn, 1, {"kind": "holding", "end": "2024-01-20"})
    assert (edited.kind, edited.start, edited.end) == (
        "holding",
        date(2024, 1, 20),
        date(2024, 1, 20),
    )


def test_an_edit_to_the_same_values_or_to_another_records_figure(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(store.Unchanged) as same:
        store.update_record(conn, 1, {"area": "100"})
    assert str(same.value) == "record #1 already has these values"
    assert same.value.record == store.get_record(conn, 1)
    # #2 differs from #1 only by its source and area.
    with pytest.raises(InputError) as caught:
        store.update_record(conn, 2, {"source": "S", "area": "100"})
    assert caught.value.field is None
    assert caught.value.message == "the edited figure would duplicate record #1"
    assert store.count_records(conn) == (5, 0)


def test_removal_history_and_restore(conn: sqlite3.Connection) -> None:
    assert store.record_known(conn, 2)
    assert not store.record_known(conn, 6)
    assert not store.record_known(conn, 0)
    assert not store.record_known(conn, 2**70)
    assert not store.record_known(None, 2)
    removed = store.remove_record(conn, 2)
    assert store.record_known(conn, 2)  # its history is kept
    assert store.count_records(conn) == (4, 1)
    with pytest.raises(InputError, match="no record #2"):
        store.get_record(conn, 2)
    store.update_record(conn, 1, {"area": "101"})
    store.update_record(conn, 1, {"area": "102"})
    versions = list(store.history(conn))
    # Versions are numbered across the whole history, in the order written.
    assert [(v.record.id, v.version, v.action) for v in versions] == [
        (1, 2, "edit"),
        (1, 3, "edit"),
        (2, 1, "remove"),
    ]
    assert [v.record.area_km2 for v in versions] == [100.0, 101.0, 7.0]
    assert [(v.record.id, v.version) for v in store.history(conn, reverse=True)] == [
        (2, 1),
        (1, 3),
        (1, 2),
    ]
    assert [(v.record.id, v.version) for v in store.history(conn, limit=1)] == [(1, 2)]
    assert [(v.record.id, v.version) for v in store.history(conn, offset=2)] == [(2, 1)]
    assert [v.version for v in store.history(conn, 1)] == [2, 3]
    assert list(store.history(conn, 0)) == []
    assert list(store.history(None)) == []
    assert store.count_history(conn, 1) == 2
    # Restore: the removed record comes back as it was; an edit is undone to
    # the version asked, or the latest.
    assert store.restore(conn, 2) == removed
    assert store.get_record(conn, 2) == removed
    back = store.restore(conn, 1, 2)
    assert back.area_km2 == 100.0
    assert store.get_record(conn, 1).area_km2 == 100.0
    assert [v.action for v in store.history(conn, 1)] == ["edit", "edit", "restore"]
    assert store.restore(conn, 1).area_km2 == 102.0  # the latest saved version


def test_restore_refusals(conn: sqlite3.Connection) -> None:
    with pytest.raises(InputError) as caught:
        store.restore(conn, 9)
    assert (caught.value.field, caught.value.message) == ("id", "no record #9")
    with pytest.raises(InputError) as caught:
        store.restore(conn, 1)
    assert (caught.value.field, caught.value.message) == (
        "id",
        "record #1 has no saved versions",
    )
    store.update_record(conn, 1, {"area": "101"})
    with pytest.raises(InputError) as caught:
        store.restore(conn, 1, 7)
    assert (caught.value.field, caught.value.message) == (
        "version",
        "record #1 has no saved version 7",
    )
    # Removed, then the same figure added again: the restore would repeat it.
    removed = store.remove_record(conn, 2)
    store.update_record(conn, 1, {"source": "T", "area": "7"})
    with pytest.raises(InputError) as caught:
        store.restore(conn, 2)
    assert caught.value.message == (
        "cannot restore: the same figure is now recorded as #1"
    )
    assert store.find_by_key(conn, removed).id == 1


def test_free_text_with_a_carriage_return(conn: sqlite3.Connection) -> None:
    assert not store.has_carriage_return(conn)
    assert not store.has_carriage_return(None)
    store.update_record(conn, 5, {"note": "a\rb"})
    assert store.has_carriage_return(conn)
    assert store.has_carriage_return(conn, Filters(actor="ukraine"))
    assert not store.has_carriage_return(conn, Filters(actor="russia"))
    store.update_record(conn, 5, {"note": "ab", "url": "x\ry"})
    assert store.has_carriage_return(conn)
    store.update_record(conn, 5, {"url": "x", "source": "S\rT"})
    assert store.has_carriage_return(conn)


def test_values_as_exported_plain_or_neutralised(conn: sqlite3.Connection) -> None:
    store.update_record(conn, 5, {"note": "=1+2", "url": "-x", "source": "+S"})
    plain = list(store.iter_record_values(conn, Filters(actor="ukraine")))
    assert plain[0][9:] == ("+S", "-x", None, "=1+2")
    safe = list(
        store.iter_record_values(conn, Filters(actor="ukraine"), neutralise=True)
    )
    assert safe[0][9:] == ("'+S", "'-x", None, "'=1+2")
    assert ids(store.iter_record_values(conn)) == [4, 1, 2, 3, 5]
    assert list(store.iter_record_values(None)) == []
    assert store.plain_csv_text(conn, Filters(actor="russia"))
    assert store.plain_csv_text(conn, Filters(actor="ukraine"))
    assert not store.plain_csv_text(conn, Filters(actor="ukraine"), neutralise=True)
    assert store.plain_csv_text(None)


def test_the_largest_id_the_schema_allows_is_a_record_like_any(
    conn: sqlite3.Connection,
) -> None:
    from frontline.model.values import MAX_ID

    assert MAX_ID == 2**53
    conn.execute(
        'INSERT INTO records (id, kind, actor, region, layer, start, "end", '
        "area_km2, bound, source) SELECT ?, kind, 'belarus', region, layer, start, "
        '"end", area_km2, bound, source FROM records WHERE id = 1',
        (MAX_ID,),
    )
    conn.commit()
    assert store.get_record(conn, MAX_ID).actor == "belarus"
    assert store.record_known(conn, MAX_ID)
    # An edit by another tool: the trigger files the version before it.
    conn.execute("UPDATE records SET area_km2 = 5 WHERE id = ?", (MAX_ID,))
    conn.commit()
    assert [v.record.area_km2 for v in store.history(conn, MAX_ID)] == [100.0]
    assert not store.record_known(conn, MAX_ID + 1)
    assert list(store.history(conn, MAX_ID + 1)) == []


def test_a_version_says_when_it_was_filed(conn: sqlite3.Connection) -> None:
    import re

    store.update_record(conn, 1, {"area": "101"})
    (version,) = store.history(conn)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", version.changed_at)


def test_a_holding_given_both_on_and_end_that_differ_is_refused(
    conn: sqlite3.Connection,
) -> None:
    with pytest.raises(InputError) as caught:
        store.update_record(conn, 3, {"on": "2024-03-05", "end": "2024-03-07"})
    assert (caught.value.field, caught.value.message) == (
        "on",
        "give either a single day (on) or start and end",
    )


def test_no_database_has_nothing_to_list(conn: sqlite3.Connection) -> None:
    assert list(store.iter_csv_parts(None)) == []
    assert store.first_malformed_date(None) is None
    assert store.first_malformed_date(conn) is None
    with pytest.raises(AttributeError) as caught:
        store.no_such_name  # noqa: B018
    assert str(caught.value) == (
        "module 'frontline.store.records' has no attribute 'no_such_name'"
    )


def _around_the_checks(conn: sqlite3.Connection, sql: str) -> None:
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA ignore_check_constraints = OFF")


@pytest.mark.parametrize(
    ("sql", "found"),
    [
        ("UPDATE records SET start = '2024-1-1' WHERE id = 4", (4, "start", "2024-1-1")),
        ("UPDATE records SET start = '' WHERE id = 2", (2, "start", "")),
        ('UPDATE records SET "end" = \'soon\' WHERE id = 5', (5, "end", "soon")),
        ("UPDATE records SET published = '3 May' WHERE id = 3", (3, "published", "3 May")),
        # An empty publication day is no day, not a malformed one.
        ("UPDATE records SET published = '' WHERE id = 3", None),
    ],
)  # fmt: skip
def test_the_first_date_that_is_not_a_day(
    conn: sqlite3.Connection, sql: str, found: tuple | None
) -> None:
    _around_the_checks(conn, sql)
    assert store.first_malformed_date(conn) == found
    assert store.first_malformed_date(conn, Filters(actor="nobody")) is None


def test_the_extent_of_a_listing(conn: sqlite3.Connection) -> None:
    # Longest id 1, kind 7 (holding), actor 7 (ukraine), region 1, layer 8
    # (advances), start and end 10, source 1; the largest area of each kind of
    # text: without a sign whole (#1 100) or not (none), with a sign whole (#3
    # ≥50) or not (none).
    assert listing_extent(conn, Filters()) == (
        1,
        7,
        7,
        1,
        8,
        10,
        10,
        1,
        100.0,
        None,
        50.0,
        None,
    )
    store.update_record(conn, 2, {"area": "7.5"})
    store.update_record(conn, 4, {"area": "~3.25"})
    store.update_record(conn, 5, {"area": "20.04"})  # within 0.05 of 20: whole
    assert listing_extent(conn, Filters()) == (
        1,
        7,
        7,
        1,
        8,
        10,
        10,
        1,
        100.0,
        7.5,
        50.0,
        3.25,
    )
    assert listing_extent(conn, Filters(actor="ukraine")) == (
        1,
        6,
        7,
        1,
        7,
        10,
        10,
        1,
        None,
        None,
        20.04,
        None,
    )
    assert listing_extent(conn, Filters(actor="nobody")) is None
    # An area under 1 km² is fine; a source that is not plain ASCII, or a
    # negative area written around the checks, is measured cell by cell.
    store.update_record(conn, 1, {"area": "0.5"})
    assert listing_extent(conn, Filters()) == (
        1, 7, 7, 1, 8, 10, 10, 1, None, 7.5, 50.0, 3.25,
    )  # fmt: skip
    assert listing_extent(
        conn, Filters(actor="russia", region="a", layer="control", source="S")
    ) == (
        1,
        6,
        6,
        1,
        7,
        10,
        10,
        1,
        None,
        0.5,
        None,
        None,
    )
    store.update_record(conn, 1, {"area": "0"})
    only_1 = Filters(actor="russia", region="a", layer="control", source="S")
    assert listing_extent(conn, only_1)[8:] == (0.0, None, None, None)
    store.update_record(conn, 2, {"source": "Té"})
    assert listing_extent(conn, Filters()) is None
    assert listing_extent(conn, Filters(source="S")) is not None
    _around_the_checks(conn, "UPDATE records SET area_km2 = -1 WHERE id = 5")
    assert listing_extent(conn, Filters(source="S")) is None


def test_an_import_after_the_last_id_was_used_and_removed_numbers_below_it(
    conn: sqlite3.Connection, run: Callable, tmp_path: Path
) -> None:
    from frontline.model.values import MAX_ID

    # A record once held the schema's last id (older versions let a file give
    # it) and was removed: SQLite's counter stays at 2^53, no record has an id
    # above 5, so the new record takes 6 (the largest id at most 2^52, plus 1).
    conn.execute(
        'INSERT INTO records (id, kind, actor, region, layer, start, "end", '
        "area_km2, bound, source) SELECT ?, kind, 'belarus', region, layer, start, "
        '"end", area_km2, bound, source FROM records WHERE id = 1',
        (MAX_ID,),
    )
    conn.execute("DELETE FROM records WHERE id = ?", (MAX_ID,))
    conn.commit()
    path = tmp_path / "one.csv"
    path.write_text(
        HEADER + "\nchange,poland,a,control,2024-01-01,2024-01-31,9,exact,S,,,\n"
    )
    run("import", str(path))
    assert conn.execute(
        "SELECT id, actor, area_km2 FROM records WHERE id > 5"
    ).fetchall() == [(6, "poland", 9.0)]
    assert conn.execute("SELECT count(*) FROM records").fetchone() == (6,)


def test_an_import_that_just_fits_below_the_last_id_keeps_counting(
    conn: sqlite3.Connection, run: Callable, tmp_path: Path
) -> None:
    from frontline.model.values import MAX_ID

    # The counter stands at 2^53 - 1 (a record held that id and was removed):
    # one new record still fits, and takes 2^53 itself.
    conn.execute(
        'INSERT INTO records (id, kind, actor, region, layer, start, "end", '
        "area_km2, bound, source) SELECT ?, kind, 'belarus', region, layer, start, "
        '"end", area_km2, bound, source FROM records WHERE id = 1',
        (MAX_ID - 1,),
    )
    conn.execute("DELETE FROM records WHERE id = ?", (MAX_ID - 1,))
    conn.commit()
    path = tmp_path / "one.csv"
    path.write_text(
        HEADER + "\nchange,poland,a,control,2024-01-01,2024-01-31,9,exact,S,,,\n"
    )
    run("import", str(path))
    assert conn.execute(
        "SELECT id, actor, area_km2 FROM records WHERE id > 5"
    ).fetchall() == [(MAX_ID, "poland", 9.0)]
