"""What the store selects and in which order, seen through `export` and
`show`: each filter alone, the inclusive date edges, the fixed order of an
export, the two CSV paths (plain cells joined by SQLite, quoted or neutralised
cells written by Python) and the ids that are never records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
OUT_HEADER = "id," + HEADER
# Imported in this order, so ids 1..5. Sorted by actor, region, layer, source,
# start, end, kind, id: russia/a/advances (4), russia/a/control/S (1),
# russia/a/control/T (2), russia/b/control (3), ukraine (5).
ROWS = [
    "change,russia,a,control,2024-01-01,2024-01-31,100,exact,S,,,",
    "change,russia,a,control,2024-01-01,2024-01-31,7,exact,T,,,",
    "holding,russia,b,control,2024-03-01,2024-03-01,50,at_least,S,,,",
    "change,russia,a,advances,2024-02-01,2024-02-10,3,approx,S,,,",
    "change,ukraine,a,control,2024-01-15,2024-02-14,20,at_most,S,,,",
]


@pytest.fixture
def five(run: Callable, tmp_path: Path) -> None:
    path = tmp_path / "five.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n")
    run("import", str(path))


def ids(cli: Callable, *options: str) -> list[int]:
    result = cli("export", "--format", "csv", *options)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == OUT_HEADER
    return [int(line.split(",")[0]) for line in lines[1:]]


@pytest.mark.usefixtures("five")
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ((), [4, 1, 2, 3, 5]),
        (("--actor", "ukraine"), [5]),
        (("--region", "b"), [3]),
        (("--layer", "advances"), [4]),
        (("--source", "T"), [2]),
        (("--kind", "holding"), [3]),
        # Spans ending on or after the day: 2024-02-14 is #5's last day.
        (("--from", "2024-02-14"), [3, 5]),
        (("--from", "2024-02-15"), [3]),
        # Spans starting on or before the day: 2024-01-15 is #5's first day.
        (("--to", "2024-01-15"), [1, 2, 5]),
        (("--to", "2024-01-14"), [1, 2]),
        (("--from", "2024-02-10", "--to", "2024-02-10"), [4, 5]),
        (("--actor", "russia", "--region", "a", "--layer", "control"), [1, 2]),
    ],
)
def test_each_filter_selects_its_records_in_the_fixed_order(
    cli: Callable, options: tuple[str, ...], expected: list[int]
) -> None:
    assert ids(cli, *options) == expected


@pytest.mark.usefixtures("five")
def test_a_plain_export_joins_every_cell_in_order(cli: Callable) -> None:
    result = cli("export", "--format", "csv", "--region", "a", "--layer", "control")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        OUT_HEADER + "\n"
        "1,change,russia,a,control,2024-01-01,2024-01-31,100.0,exact,S,,,\n"
        "2,change,russia,a,control,2024-01-01,2024-01-31,7.0,exact,T,,,\n"
        "5,change,ukraine,a,control,2024-01-15,2024-02-14,20.0,at_most,S,,,\n"
    )


@pytest.mark.parametrize(
    ("source", "url", "note", "written", "raw"),
    [
        # A comma, a quote or a line end in any free-text cell is quoted
        # (source, url, published, note).
        ('"S, T"', "", "", '"S, T",,,', None),
        ("S", '"https://x.org/a,b"', "", 'S,"https://x.org/a,b",,', None),
        ("S", "", '"say ""no"""', 'S,,,"say ""no"""', None),
        # A cell a spreadsheet would run gets a ' unless --raw.
        ("S", "", "=1+1", "S,,,'=1+1", "S,,,=1+1"),
        ("S", "", "-3", "S,,,'-3", "S,,,-3"),
        ("@S", "", "", "'@S,,,", "@S,,,"),
        # A lone ' is no formula.
        ("S", "", "'", "S,,,'", None),
    ],
)
def test_free_text_is_quoted_and_neutralised_only_when_it_must(
    cli: Callable,
    run: Callable,
    tmp_path: Path,
    source: str,
    url: str,
    note: str,
    written: str,
    raw: str | None,
) -> None:
    path = tmp_path / "one.csv"
    path.write_text(
        f"{HEADER}\nchange,russia,a,control,2024-01-01,2024-01-02,1.5,exact,"
        f"{source},{url},,{note}\n"
    )
    run("import", str(path))
    head = "1,change,russia,a,control,2024-01-01,2024-01-02,1.5,exact,"
    for options, cells in (((), written), (("--raw",), raw or written)):
        result = cli("export", "--format", "csv", *options)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == f"{OUT_HEADER}\n{head}{cells}\n", options


@pytest.mark.usefixtures("five")
@pytest.mark.parametrize("record_id", ["0", "6", "99999999999999999999"])
def test_an_id_no_record_has_is_refused(cli: Callable, record_id: str) -> None:
    result = cli("show", record_id)
    assert result.exit_code == 2
    assert f"id: no record #{record_id}" in result.stderr


def test_a_conflict_on_the_last_line_of_the_first_file_names_that_file(
    cli: Callable, run: Callable, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text("\n".join([HEADER, ROWS[0]]) + "\n")
    run("import", str(first))
    # first2.csv line 3 gives #1's figure with another area; second.csv is new.
    again = tmp_path / "first2.csv"
    again.write_text(
        "\n".join([HEADER, ROWS[1], ROWS[0].replace(",100,", ",101,")]) + "\n"
    )
    second = tmp_path / "second.csv"
    second.write_text("\n".join([HEADER, ROWS[2], ROWS[3]]) + "\n")
    result = cli("import", str(again), str(second), "--on-conflict", "fail")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {again}, line 3: this figure is already recorded as "
        "#1 with other values (choose --on-conflict replace or skip)\n"
    )
    assert ids(cli) == [1]


def test_an_unknown_conflict_rule_is_refused_naming_its_option() -> None:
    from frontline.errors import InputError
    from frontline.store.bulk import check_on_conflict

    with pytest.raises(InputError) as caught:
        check_on_conflict("keep")
    assert caught.value.field == "on-conflict"
    assert caught.value.message == "'keep' is not one of skip, replace, fail"


def test_a_bulk_write_reports_its_progress_in_batches_of_5000(db_path: Path) -> None:
    import sqlite3
    from datetime import date, timedelta

    from frontline.model.records import record_from_fields
    from frontline.store import db
    from frontline.store.bulk import write_records

    first = date(2000, 1, 1)
    records = [
        (
            record_from_fields(
                {
                    "kind": "holding",
                    "actor": "russia",
                    "region": "r",
                    "layer": "control",
                    "start": (day := first + timedelta(days=n)).isoformat(),
                    "end": day.isoformat(),
                    "area": "1",
                    "source": "S",
                }
            ),
            None,
        )
        for n in range(5001)
    ]
    calls: list[int] = []
    conn = db.open_for_write(db.locate(str(db_path)))
    try:
        summary = write_records(conn, records, progress=calls.append)
        assert calls == [5000, 1]
        assert summary.added == 5001
    finally:
        conn.close()
    with sqlite3.connect(db_path) as check:
        assert check.execute(
            "SELECT count(*), min(id), max(id) FROM records"
        ).fetchone() == (5001, 1, 5001)


@pytest.mark.usefixtures("five")
def test_rows_by_default_come_all_in_the_listing_order(db_path: Path) -> None:
    import sqlite3

    from frontline.errors import InputError
    from frontline.store.records import iter_rows

    conn = sqlite3.connect(db_path)
    try:
        assert [row[0] for row in iter_rows(conn)] == [4, 1, 2, 3, 5]
        # Areas: #4 3, #2 7, #5 20, #3 50, #1 100.
        assert [row[0] for row in iter_rows(conn, sort="area_km2")] == [4, 2, 5, 3, 1]
        with pytest.raises(InputError) as caught:
            iter_rows(conn, sort="size")
        assert (caught.value.field, caught.value.message) == (
            "sort",
            "'size' is not a record field",
        )
    finally:
        conn.close()


def test_a_bulk_write_says_it_waits_for_another_writer_then_writes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from frontline.model.records import record_from_fields
    from frontline.store import db
    from frontline.store.bulk import write_records

    figure = record_from_fields(
        {
            "kind": "holding",
            "actor": "russia",
            "region": "r",
            "layer": "control",
            "start": "2024-01-01",
            "end": "2024-01-01",
            "area": "1",
            "source": "S",
        }
    )
    # One second in all: a first try of 0.2 s, then the rest once told.
    monkeypatch.setenv("FRONTLINE_BUSY_TIMEOUT", "1")
    conn = db.open_for_write(db.locate(str(db_path)))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waits: list[str] = []

    def on_wait() -> None:
        # Told that another writer holds the lock: that writer finishes.
        waits.append("waiting")
        holder.execute("COMMIT")

    try:
        summary = write_records(conn, [(figure, None)], on_wait=on_wait)
        assert waits == ["waiting"]
        assert summary.added == 1
    finally:
        holder.close()
        conn.close()
    with sqlite3.connect(db_path) as check:
        assert check.execute("SELECT id, region, area_km2 FROM records").fetchall() == [
            (1, "r", 1.0)
        ]


def test_staging_a_file_reports_its_rows_as_they_are_staged(
    db_path: Path, tmp_path: Path
) -> None:
    from frontline.ingest.sources import FieldPlan, resolve_sources
    from frontline.ingest.tabular import stage_sources
    from frontline.store import db
    from frontline.store.bulk import Staging, merge

    # Three rows of a CSV file with a header: the fast path (`add_rows`), one
    # batch of three.
    path = tmp_path / "three.csv"
    path.write_text(
        "kind,actor,region,layer,start,end,area_km2,source\n"
        + "".join(
            f"change,russia,{region},control,2024-01-01,2024-01-31,5,S\n"
            for region in "abc"
        )
    )
    calls: list[int] = []
    conn = db.open_for_write(db.locate(str(db_path)))
    try:
        staging = Staging(conn)
        stage_sources(
            staging,
            resolve_sources([str(path)], None),
            FieldPlan(),
            progress=calls.append,
        )
        assert calls == [3]
        assert merge(staging, on_conflict="skip").added == 3
        staging.drop()
    finally:
        conn.close()
