"""`frontline.open(path)`: the library face. Each method answers as its command's
`-f json` does, with the same numbers, names forgiven and refused the same way;
the README's example runs as written."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import frontline
from frontline.errors import InputError

README = Path(__file__).resolve().parents[1] / "README.md"

KURSK_CSV = (
    "kind,actor,region,start,end,area_km2,bound,source\n"
    "change,ukraine,kursk,2024-08-06,2024-09-05,1171,at_least,ISW\n"
    "change,russia,kursk,2024-10-01,2024-11-19,593,approx,ISW\n"
)


def cli_json(cli, *args):
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def seeded(cli, db_path):
    assert cli("seed").exit_code == 0
    with frontline.open(db_path) as tracker:
        yield tracker


def test_report_is_the_cli_json(cli, seeded):
    rows = seeded.report(year=2024, by="quarter", region="Ukraine", source="isw")
    expected = cli_json(
        cli, "report", "--year", "2024", "--by", "quarter", "--region", "ukraine"
    )
    expected_isw = cli_json(
        cli, "report", "--year", "2024", "--by", "quarter", "--source", "ISW",
        "--region", "ukraine",
    )  # fmt: skip
    assert rows.document == expected_isw
    assert rows == expected_isw["rows"]
    assert rows == expected_isw  # compared with a dict: the whole document
    assert rows != expected
    assert rows.comparisons == expected_isw["comparisons"]
    assert len(expected["rows"]) >= len(rows)
    # 2024 against 2023 in Ukraine (ISW): 2,700 / 465 = 5.81, rates 6.54.
    (comparison,) = rows.comparisons
    assert round(comparison["area_ratio"], 2) == 5.81
    assert round(comparison["rate_ratio"], 2) == 6.54


def test_held_is_the_cli_json(cli, seeded):
    days = ["2024-11-01", "2024-12-31"]
    rows = seeded.held(on=days, region="ukraine")
    expected = cli_json(
        cli, "held", "--on", days[0], "--on", days[1], "--region", "ukraine"
    )
    assert rows.document == expected
    # 31 December: the 110,649 km² of 19 November, 42 days stale.
    assert (rows[1]["holding_km2"], rows[1]["stale_days"]) == (110_649, 42)


def test_the_other_reports_are_their_cli_json(cli, seeded):
    assert seeded.balance(region="kursk").document == cli_json(
        cli, "balance", "--region", "kursk"
    )
    assert seeded.project("2025-01-20", window="3m").document == cli_json(
        cli, "project", "--until", "2025-01-20", "--window", "3m"
    )
    assert seeded.check().document == cli_json(cli, "check")
    assert seeded.sources(region="ukraine").document == cli_json(
        cli, "sources", "--region", "ukraine"
    )
    assert seeded.list(region="kursk") == cli_json(cli, "list", "--region", "kursk")


def test_import_writes_what_the_cli_import_writes(cli, db_path, tmp_path):
    source = tmp_path / "kursk.csv"
    source.write_text(KURSK_CSV, encoding="utf-8")
    with frontline.open(db_path) as tracker:
        summary = tracker.import_(source)
        again = tracker.import_(source)
    assert (summary["added"], summary["label"]) == (2, str(source))
    assert (again["added"], again["unchanged"]) == (0, 2)
    listed = cli_json(cli, "list")
    assert [(r["actor"], r["area_km2"], r["bound"]) for r in listed] == [
        ("russia", 593.0, "approx"),
        ("ukraine", 1171.0, "at_least"),
    ]
    # Ukraine gained ≥1,171 km² and Russia retook ~593 of it: 593 / 1171 = 0.506.
    with frontline.open(db_path) as tracker:
        (ukraine, _) = tracker.balance(region="kursk")
    assert round(ukraine["share_retaken"], 3) == 0.506


def test_import_is_all_or_nothing_with_the_cli_error(db_path, tmp_path):
    source = tmp_path / "bad.csv"
    source.write_text(KURSK_CSV + "change,russia,kursk,2024-12-01,2024-11-01,5,,ISW\n")
    with frontline.open(db_path) as tracker:
        with pytest.raises(InputError) as error:
            tracker.import_(source)
        assert tracker.list() == []
    assert "bad.csv" in str(error.value) and "line 4" in str(error.value)


def test_add_returns_the_stored_record(cli, db_path):
    with frontline.open(db_path) as tracker:
        record = tracker.add(
            "~2,700", actor="Russia", region="ukraine",
            from_="2024-01-01", to="19 Nov 2024", source="ISW",
        )  # fmt: skip
        with pytest.raises(InputError, match="--to is required"):
            tracker.add("5", actor="russia", region="ukraine", from_="2024-01-01")
    assert record == cli_json(cli, "show", "1")
    assert (record["actor"], record["end"], record["bound"]) == (
        "russia",
        "2024-11-19",
        "approx",
    )


def test_names_are_spelt_as_stored_or_refused(seeded):
    assert seeded.report(year=2024, source="isw", region="ukraine")
    with pytest.raises(InputError) as error:
        seeded.report(year=2024, source="isv")
    assert str(error.value).startswith("no source 'isv'; known: ISW")
    with pytest.raises(InputError) as error:
        seeded.report(by="fortnight")
    assert error.value.field == "by"


def test_a_missing_database_is_empty_and_not_created(tmp_path):
    path = tmp_path / "none.db"
    with frontline.open(path) as tracker:
        assert tracker.report() == []
        assert tracker.list() == []
    assert not path.exists()


def test_to_pandas_needs_pandas(seeded):
    rows = seeded.report(year=2024)
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pip install pandas"):
            rows.to_pandas()
    else:
        frame = rows.to_pandas()
        assert list(frame.columns) == list(rows[0])


def test_importing_frontline_does_not_load_the_library():
    code = (
        "import sys, frontline; "
        "print(sorted(m for m in sys.modules if m.startswith('frontline')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['frontline']"


def test_the_readme_example_runs_as_written(tmp_path):
    text = README.read_text(encoding="utf-8")
    section = text.split("## From Python\n", 1)[1].split("\n## ", 1)[0]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    printed = re.search(r"prints\n\n```text\n(.*?)```", section, re.S).group(1)
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == printed
