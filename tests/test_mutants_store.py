"""The store's promises where no other test looks: the natural key is all seven
fields (a figure in a second layer is a second figure), and a bulk write that
fails inside the write itself, after some rows changed, leaves the database
exactly as it was. Driven through `import`, `export` and the database file."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import dump

HEADER = "kind,actor,region,layer,start,end,area_km2,bound,source,url,published,note"
BASE = {
    "kind": "change",
    "actor": "russia",
    "region": "r",
    "layer": "control",
    "start": "2024-01-01",
    "end": "2024-01-31",
    "area_km2": "100",
    "bound": "exact",
    "source": "S",
    "url": "",
    "published": "",
    "note": "",
}
# Each key field changed to another valid value.
OTHER_KEY = {
    "kind": ("holding", {"start": "2024-01-31"}),
    "actor": ("ukraine", {}),
    "region": ("q", {}),
    "layer": ("advances", {}),
    "start": ("2024-01-02", {}),
    "end": ("2024-01-30", {}),
    "source": ("T", {}),
}
OTHER_VALUE = {
    "area_km2": "120",
    "bound": "approx",
    "url": "https://example.org/a",
    "published": "2024-02-01",
    "note": "another wording",
}


def write_csv(path: Path, *rows: dict[str, str]) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, HEADER.split(","), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue())
    return path


def counts(stderr: str) -> tuple[int, int, int, int]:
    """(added, updated, skipped, already present) of an import's summary line."""
    match = re.search(
        r"(\d+) added, (\d+) updated, (\d+) skipped, (\d+) already present", stderr
    )
    assert match, stderr
    return tuple(int(n) for n in match.groups())  # type: ignore[return-value]


def exported(cli: Callable) -> list[dict[str, str]]:
    result = cli("export", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("field", sorted(OTHER_KEY))
def test_a_figure_differing_in_one_key_field_is_another_figure(
    cli, run, tmp_path, field: str
) -> None:
    value, also = OTHER_KEY[field]
    other = {**BASE, field: value, **also}
    run("import", str(write_csv(tmp_path / "a.csv", BASE)))
    result = run("import", str(write_csv(tmp_path / "b.csv", other)))
    assert counts(result.stderr) == (1, 0, 0, 0)
    assert sorted(row[field] for row in exported(cli)) == sorted([BASE[field], value])


@pytest.mark.parametrize("field", sorted(OTHER_KEY))
def test_two_figures_differing_in_one_key_field_in_one_file(
    cli, run, tmp_path, field: str
) -> None:
    value, also = OTHER_KEY[field]
    other = {**BASE, field: value, **also}
    result = run("import", str(write_csv(tmp_path / "a.csv", BASE, other)))
    assert counts(result.stderr) == (2, 0, 0, 0)
    assert len(exported(cli)) == 2


@pytest.mark.parametrize("field", sorted(OTHER_VALUE))
@pytest.mark.parametrize(
    ("on_conflict", "expected_counts", "kept"),
    [("skip", (0, 0, 1, 0), "old"), ("replace", (0, 1, 0, 0), "new")],
)
def test_a_figure_differing_only_in_a_value_is_the_same_figure(
    cli, run, tmp_path, field: str, on_conflict: str, expected_counts, kept: str
) -> None:
    other = {**BASE, field: OTHER_VALUE[field]}
    run("import", str(write_csv(tmp_path / "a.csv", BASE)))
    path = write_csv(tmp_path / "b.csv", other)
    result = run("import", str(path), "--on-conflict", on_conflict)
    assert counts(result.stderr) == expected_counts
    (row,) = exported(cli)
    expected = BASE[field] if kept == "old" else OTHER_VALUE[field]
    if field == "area_km2":
        expected = f"{float(expected)}"
    assert row[field] == expected


def test_the_same_figure_again_is_already_present(cli, run, tmp_path) -> None:
    path = write_csv(tmp_path / "a.csv", BASE)
    run("import", str(path))
    before = exported(cli)
    result = run("import", str(path), "--on-conflict", "replace")
    assert counts(result.stderr) == (0, 0, 0, 1)
    assert exported(cli) == before


def test_a_conflict_with_fail_names_the_row_and_writes_nothing(
    cli, run, db_path, tmp_path
) -> None:
    run("import", str(write_csv(tmp_path / "a.csv", BASE)))
    before = dump(db_path)
    new = {**BASE, "region": "q"}
    changed = {**BASE, "area_km2": "120"}
    path = write_csv(tmp_path / "b.csv", new, changed)
    result = cli("import", str(path), "--on-conflict", "fail")
    assert result.exit_code == 2
    assert "line 3" in result.stderr and "#1" in result.stderr
    assert dump(db_path) == before


def test_a_figure_given_twice_keeps_the_last_version_next_to_stored_ones(
    cli, run, tmp_path
) -> None:
    run("import", str(write_csv(tmp_path / "a.csv", BASE, {**BASE, "region": "q"})))
    twice = [{**BASE, "area_km2": "110"}, {**BASE, "area_km2": "130"}]
    path = write_csv(tmp_path / "b.csv", *twice, {**BASE, "region": "p"})
    result = run("import", str(path), "--on-conflict", "replace")
    # r is updated to its last version (130), p is new, q untouched.
    assert counts(result.stderr) == (1, 1, 0, 0)
    assert "1 figure was given twice" in result.stderr
    rows = {row["region"]: row["area_km2"] for row in exported(cli)}
    assert rows == {"r": "130.0", "q": "100.0", "p": "100.0"}


def test_a_dry_run_counts_like_the_import_and_writes_nothing(
    cli, run, db_path, tmp_path
) -> None:
    run("import", str(write_csv(tmp_path / "a.csv", BASE)))
    before = dump(db_path)
    path = write_csv(
        tmp_path / "b.csv", {**BASE, "area_km2": "120"}, {**BASE, "region": "q"}
    )
    result = run("import", str(path), "--on-conflict", "replace", "--dry-run")
    assert "would add 1, update 1, skip 0 (0 already present)" in result.stderr
    assert dump(db_path) == before


# --- a failure inside the write -----------------------------------------------------


def refuse_region(db_path: Path, region: str) -> None:
    """A trigger that makes SQLite refuse one row while the merge inserts: the
    write fails after its UPDATE of existing rows has run."""
    conn = sqlite3.connect(db_path)
    conn.execute(
        f"CREATE TRIGGER refuse BEFORE INSERT ON records WHEN NEW.region = '{region}' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    conn.commit()
    conn.close()


def test_a_write_failing_after_its_updates_leaves_the_database_as_it_was(
    cli, run, db_path, tmp_path
) -> None:
    run("import", str(write_csv(tmp_path / "a.csv", BASE, {**BASE, "region": "q"})))
    refuse_region(db_path, "boom")
    before = dump(db_path)
    path = write_csv(
        tmp_path / "b.csv",
        {**BASE, "area_km2": "120"},  # updated first
        {**BASE, "region": "p"},  # inserted
        {**BASE, "region": "boom"},  # refused: the whole write goes
    )
    result = cli("import", str(path), "--on-conflict", "replace")
    assert (result.exit_code, result.stderr) == (
        1,
        "frontline: error: database error: refused by the test\n",
    )
    assert dump(db_path) == before
    # The connection was left usable: the next import works.
    result = run("import", str(write_csv(tmp_path / "c.csv", {**BASE, "region": "p"})))
    assert counts(result.stderr) == (1, 0, 0, 0)


def test_a_large_first_import_failing_at_its_last_row_writes_nothing(
    cli, run, db_path, tmp_path
) -> None:
    # 10,000 rows into an empty table: the indexes are dropped and rebuilt inside
    # the write, so a failure must bring them back too.
    run("import", str(write_csv(tmp_path / "a.csv", {**BASE, "region": "seed"})))
    run("rm", "1")
    refuse_region(db_path, "boom")
    before = dump(db_path)
    lines = [HEADER]
    lines += [f"change,russia,r{n},control,2024-01-01,2024-01-31,1,exact,S,,," for n in range(10_000)]  # fmt: skip
    lines.append("change,russia,boom,control,2024-01-01,2024-01-31,1,exact,S,,,")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n")
    result = cli("import", str(path))
    assert result.exit_code == 1
    assert dump(db_path) == before


def test_a_figure_repeated_after_the_first_batch_is_counted_once(
    cli, run, tmp_path
) -> None:
    # 5,002 rows, staged in two batches (5,000 and 2): the last row gives the
    # first row's figure again with another area. Rows given 5,002, figures
    # 5,001: one repeat, and the last version (area 7) is the one stored.
    lines = [HEADER]
    lines += [f"change,russia,r{n},control,2024-01-01,2024-01-31,1,exact,S,,," for n in range(5_001)]  # fmt: skip
    lines.append("change,russia,r0,control,2024-01-01,2024-01-31,7,exact,S,,,")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n")
    result = run("import", str(path))
    assert "5,001 added, 0 updated, 0 skipped, 0 already present" in result.stderr
    assert (
        "\nnote: 1 figure was given twice in this import; the last version was kept\n"
        in result.stderr
    )
    rows = exported(cli)
    assert len(rows) == 5_001
    assert [row["area_km2"] for row in rows if row["region"] == "r0"] == ["7.0"]
