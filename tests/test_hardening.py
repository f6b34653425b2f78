"""Issue 8's reproducers: every input the fuzzing found harmful is refused with one
line and exit 2 (or handled as stated), without a traceback, and the database is
left exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import dump


def _seeded(cli, db_path: Path) -> str:
    assert cli("seed").exit_code == 0
    return dump(db_path)


# --- 1. the database can be destroyed ------------------------------------------------


def test_export_refuses_to_overwrite_the_database(cli, db_path):
    before = _seeded(cli, db_path)
    header = db_path.read_bytes()[:16]
    result = cli("export", "-f", "csv", "-o", str(db_path))
    assert result.exit_code == 2
    assert result.output == (
        f"frontline: error: output: {db_path} is the database ({db_path}) or one "
        "of its files; write the export to another file\n"
    )
    assert db_path.read_bytes()[:16] == header == b"SQLite format 3\x00"
    assert dump(db_path) == before


def test_export_refuses_the_wal_and_shm_files(cli, db_path):
    before = _seeded(cli, db_path)
    for suffix in ("-wal", "-shm"):
        result = cli("export", "-o", f"{db_path}{suffix}")
        assert result.exit_code == 2, suffix
        assert "is the database" in result.output
        assert "Traceback" not in result.output
    assert dump(db_path) == before


def test_export_refuses_links_to_the_database(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    symlink = tmp_path / "link.csv"
    symlink.symlink_to(db_path)
    hard = tmp_path / "hard.csv"
    os.link(db_path, hard)
    relative = os.path.relpath(db_path)
    for target in (symlink, hard, relative):
        result = cli("export", "-f", "csv", "-o", str(target))
        assert result.exit_code == 2, target
        assert result.output.startswith(f"frontline: error: output: {target} is the")
    assert dump(db_path) == before


def test_export_to_another_file_still_works(cli, db_path, tmp_path):
    _seeded(cli, db_path)
    result = cli("export", "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 0
    assert result.output == f"exported 7 records to {tmp_path / 'out.csv'}\n"


# --- 2. one id poisons the database ---------------------------------------------------

_ROW = "kind,actor,region,start,end,area_km2\n"


def test_an_id_leaving_no_room_for_the_next_is_refused(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    big = tmp_path / "big.csv"
    big.write_text(
        "id," + _ROW + "9007199254740992,change,a,b,2024-01-01,2024-01-02,5\n"
    )
    result = cli("import", str(big))
    assert result.exit_code == 2
    assert result.output == (
        f"frontline: error: {big}, line 2: id: '9007199254740992' is out of range: "
        "a record id given in a file runs from 1 to 2^52 (4503599627370496)\n"
    )
    assert dump(db_path) == before
    assert (
        cli("add", "5", "--actor", "a", "--region", "c", "--on", "2024-01-01").exit_code
        == 0
    )
    assert cli("seed").exit_code == 0


def test_the_largest_id_a_file_may_give_leaves_room(cli, db_path, tmp_path):
    largest = tmp_path / "largest.csv"
    largest.write_text(
        "id," + _ROW + "4503599627370496,change,a,b,2024-01-01,2024-01-02,5\n"
    )
    assert cli("import", str(largest)).exit_code == 0
    added = cli("add", "5", "--actor", "a", "--region", "c", "--on", "2024-01-01")
    assert added.exit_code == 0
    assert added.stdout == "4503599627370497\n"
    assert cli("seed").exit_code == 0


def test_ids_are_ascii_digits(cli, db_path, tmp_path):
    before = _seeded(cli, db_path)
    for given in ("１２", "1_000", "+5", "5.0"):
        odd = tmp_path / "odd.csv"
        odd.write_text("id," + _ROW + f"{given},change,a,b,2024-01-01,2024-01-02,5\n")
        result = cli("import", str(odd))
        assert result.exit_code == 2, given
        assert result.output == (
            f"frontline: error: {odd}, line 2: id: {given!r} is not a record id\n"
        )
    assert dump(db_path) == before


# --- 3. period arithmetic overflows -----------------------------------------------------

_NO_PREVIOUS = (
    "has no previous equal period within 0001-01-01..9999-12-31; "
    "give --compare PERIOD or --no-compare"
)


def test_windows_at_the_ends_of_the_calendar_are_refused_or_reported(cli, db_path):
    before = _seeded(cli, db_path)
    cases = [
        (("report", "--period", "0001"), 2, f"compare: 0001 {_NO_PREVIOUS}"),
        (
            ("report", "--period", "9999-W52"),
            2,
            "period: '9999-W52' ends after 9999-12-31",
        ),
        (
            ("report", "--period", "2024..9999"),
            2,
            f"compare: 2024..9999 {_NO_PREVIOUS}",
        ),
        (("balance", "--period", "0001-01"), 0, None),
        (
            ("project", "--until", "2025-01-01", "--window", "9999y"),
            2,
            "window: 9999y ending 2024-11-19 would start before 0001-01-01, the first "
            "day a date can hold",
        ),
        (
            ("project", "--until", "2025-01-01", "--window", "99999999999999d"),
            2,
            "window: 99999999999999d ending 2024-11-19 would start before 0001-01-01, "
            "the first day a date can hold",
        ),
        (
            ("report", "--period", "2024..9999", "--by", "day", "--no-compare"),
            2,
            "by: 2024..9999 by day is 2,913,174 days; at most 100,000 buckets: choose "
            "a shorter window or a longer unit",
        ),
        (("report", "--year", "1"), 2, f"compare: 0001 {_NO_PREVIOUS}"),
    ]
    for args, code, message in cases:
        result = cli(*args)
        assert result.exit_code == code, args
        assert "Traceback" not in result.output
        if message is not None:
            assert result.output == f"frontline: error: {message}\n", args
    assert dump(db_path) == before


def test_windows_touching_year_1_and_9999_report_without_comparison(cli, db_path):
    _seeded(cli, db_path)
    for period in ("0001", "9999", "0001-W01", "0001..9999", "2024..9999"):
        result = cli("report", "--period", period, "--no-compare", "-f", "csv")
        assert result.exit_code == 0, period
    whole = cli(
        "report", "--period", "9999", "--by", "week", "--no-compare", "-f", "json"
    )
    assert whole.exit_code == 0
    assert cli("report", "--period", "0002", "-f", "csv").exit_code == 0


def test_bucket_count_matches_the_buckets():
    from datetime import date

    from frontline.model.periods import UNITS, bucket_count, buckets, span

    for start, end in [
        (date(2024, 1, 3), date(2025, 3, 1)),
        (date(1, 1, 1), date(1, 2, 1)),
        (date(9999, 11, 30), date(9999, 12, 31)),
        (date(2023, 12, 31), date(2024, 1, 1)),
    ]:
        window = span(start, end)
        for unit in UNITS:
            assert bucket_count(window, unit) == len(buckets(window, unit)), (
                start,
                unit,
            )


def test_periods_take_ascii_digits_only(cli, db_path):
    for period in ("２０２４", "2024-٠٩", "۲۰۲۴-Q1"):
        result = cli("report", "--period", period)
        assert result.exit_code == 2
        assert result.output == (
            f"frontline: error: period: {period!r} is not a period "
            "(use 2024, 2024-Q3, 2024-09, 2024-W36, 2024-09-01 or A..B)\n"
        )
