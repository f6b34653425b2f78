"""Excel workbooks in and out (issue 17): every fixture is made here by openpyxl."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from conftest import dump

openpyxl = pytest.importorskip("openpyxl")

FIXTURES = Path(__file__).parent / "fixtures"


def rows(db_path: Path, columns: str):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT {columns} FROM records ORDER BY id").fetchall()


def newsroom_book(path: Path) -> Path:
    """Two sheets: notes first, then the figures under a merged title, with
    title-case headers, a unit in a header, real dates, a formula and a blank
    row."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Figures collected by the desk; see the Figures sheet."])
    sheet = book.create_sheet("Figures")
    sheet.append(["Territorial change, 2024"])
    sheet.merge_cells("A1:G1")
    sheet.append(["From", "To", "Area (sq mi)", "Who", "Where", "Source", "Note"])
    sheet.append([date(2024, 1, 1), datetime(2024, 11, 19), 1000, "Russia", "Ukraine",
                  "ISW", "about 2,590 km²"])  # fmt: skip
    sheet.append([None] * 7)
    # 386.1 mi² worked out from the cell above it: =C3*0.3861
    sheet.append([date(2024, 9, 1), date(2024, 11, 3), "=C3*0.3861", "Russia",
                  "Ukraine", "ISW", "=SUM(1,2)"])  # fmt: skip
    sheet.append(["Kursk"])
    sheet.merge_cells("A6:G6")
    sheet.append([date(2024, 8, 6), date(2024, 9, 5), 452.1, "Ukraine", "Kursk",
                  "ISW", None])  # fmt: skip
    book.save(path)
    return path


def test_a_newsroom_workbook(cli, db_path, tmp_path):
    path = newsroom_book(tmp_path / "desk.xlsx")
    result = cli("import", str(path))
    # =SUM(1,2) is not plain arithmetic on numbers and cells: refused at its cell.
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}!Figures, line 5: cell G5 holds the formula "
        "'=SUM(1,2)' with no saved value; open and save the workbook in a "
        "spreadsheet program\n"
    )
    assert dump(db_path) == ""


def test_a_newsroom_workbook_without_the_odd_formula(cli, db_path, tmp_path):
    path = newsroom_book(tmp_path / "desk.xlsx")
    book = openpyxl.load_workbook(path)
    book["Figures"]["G5"] = "revised"
    book.save(path)
    result = cli("import", str(path))
    assert result.exit_code == 0, result.output
    mile = 2.589988110336  # km² per mi², by definition
    assert rows(db_path, 'actor, region, start, "end", area_km2, source, note') == [
        ("russia", "ukraine", "2024-01-01", "2024-11-19", 1000 * mile, "ISW",
         "about 2,590 km²"),
        ("russia", "ukraine", "2024-09-01", "2024-11-03", (1000 * 0.3861) * mile,
         "ISW", "revised"),
        ("ukraine", "kursk", "2024-08-06", "2024-09-05", 452.1 * mile, "ISW", None),
    ]  # fmt: skip
    assert result.stderr.splitlines()[:4] == [
        f"note: {path}: read sheet 'Figures'; skipped 'Read me' (no header with "
        "the fields a record needs)",
        f"note: {path}!Figures: skipped 1 merged title row (1)",
        f"note: {path}!Figures: skipped 1 merged row (6)",
        f"note: {path}!Figures: skipped 1 blank row (4)",
    ]


def test_a_saved_formula_value_is_read(cli, db_path, tmp_path):
    """A workbook saved by a spreadsheet holds each formula's value: openpyxl
    cannot compute one, so the saved value is written into the file here."""
    import zipfile

    path = tmp_path / "saved.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["On", "Area", "Who", "Where"])
    sheet.append([date(2024, 11, 19), "=1000+171", "ukraine", "kursk"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    assert "<f>1000+171</f><v></v>" in xml or "<f>1000+171</f><v />" in xml
    xml = xml.replace("<f>1000+171</f><v></v>", "<f>1000+171</f><v>1171</v>")
    xml = xml.replace("<f>1000+171</f><v />", "<f>1000+171</f><v>1171</v>")
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 0, result.output
    assert rows(db_path, "area_km2") == [(1171.0,)]


def test_sheet_option_and_an_unknown_sheet(cli, db_path, tmp_path):
    path = newsroom_book(tmp_path / "desk.xlsx")
    result = cli("import", str(path), "--sheet", "Sheet9")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}: sheet: no sheet 'Sheet9'; the workbook has: "
        "'Read me', 'Figures'\n"
    )
    result = cli("import", str(path), "--sheet", "read me")
    assert result.exit_code == 2
    assert "no column for the fields actor, region, end (or on), area" in result.stderr


def test_numbers_in_cells_are_never_ambiguous(cli, db_path, tmp_path):
    path = tmp_path / "n.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["As of", "km2", "Side", "Oblast"])
    book.active.append([date(2024, 11, 19), 2.7, "russia", "donetsk"])
    book.active.append([date(2024, 11, 20), "2.700", "russia", "donetsk"])
    book.save(path)
    result = cli("import", str(path), "--kind", "holding")
    # The typed 2.7 is a number; the text "2.700" still reads two ways.
    assert result.exit_code == 2
    assert "line 3: area: column 'km2': '2.700' reads two ways" in result.stderr
    assert (
        cli("import", str(path), "--kind", "holding", "--decimal", ",").exit_code == 0
    )
    assert rows(db_path, "area_km2") == [(2.7,), (2700.0,)]


def test_a_value_under_no_header_is_refused(cli, db_path, tmp_path):
    path = tmp_path / "w.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["On", "Area", "Who", "Where"])
    book.active.append([date(2024, 11, 19), 5, "a", "b", "stray"])
    book.save(path)
    result = cli("import", str(path), "--kind", "holding")
    assert result.exit_code == 2
    assert result.stderr == (
        f"frontline: error: {path}!Sheet, line 2: cell E2 holds a value under no header\n"
    )


def test_a_broken_workbook_is_one_line(cli, db_path, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    result = cli("import", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"frontline: error: {path}: ")
    assert "Traceback" not in result.output


def test_export_xlsx_reads_back_equal_to_csv(cli, db_path, tmp_path):
    cli("seed")
    cli("import", str(FIXTURES / "records.csv"))
    note = '=SUM(A1) stays text, "quoted", line\nbreak'
    cli("add", "1.125", "--decimal", ".", "--actor", "a", "--region", "b",
        "--on", "2024-01-01", "--note", note, "--url", "https://example.org")  # fmt: skip
    csv_before = cli("export", "--raw").stdout
    target = tmp_path / "out.xlsx"
    result = cli("export", "-f", "xlsx", "-o", str(target))
    assert result.exit_code == 0, result.output
    count = csv_before.count("\n") - 1 - note.count("\n")
    assert result.stderr == f"exported {count:,} records to {target}\n"
    again = tmp_path / "again.db"
    imported = cli("--db", str(again), "import", str(target))
    assert imported.exit_code == 0, imported.output
    assert cli("--db", str(again), "export", "--raw").stdout == csv_before


def test_export_xlsx_has_typed_cells_a_frozen_header_and_widths(cli, db_path, tmp_path):
    cli("add", "~2700", "--actor", "russia", "--region", "ukraine", "--from",
        "2024-01-01", "--to", "2024-11-19", "--source", "ISW", "--note",
        "=cmd|' /C calc'!A0")  # fmt: skip
    target = tmp_path / "records.xlsx"  # the extension says the format
    assert cli("export", "-o", str(target)).exit_code == 0
    sheet = openpyxl.load_workbook(target).active
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header == ["id", "kind", "actor", "region", "layer", "start", "end",
                      "area_km2", "bound", "source", "url", "published", "note"]  # fmt: skip
    assert all(cell.font.bold for cell in sheet[1])
    values = [cell.value for cell in sheet[2]]
    assert values[:11] == [1, "change", "russia", "ukraine", "control",
                           datetime(2024, 1, 1), datetime(2024, 11, 19), 2700.0,
                           "approx", "ISW", None]  # fmt: skip
    note = sheet.cell(row=2, column=13)
    assert (note.value, note.data_type) == ("=cmd|' /C calc'!A0", "s")  # text, not run
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABFHM"}
    assert widths == {"A": 4, "B": 8, "F": 12, "H": 10, "M": 20}


def test_export_xlsx_needs_a_file(cli, db_path):
    cli("add", "5", "--actor", "a", "--region", "b", "--on", "2024-01-01")
    result = cli("export", "-f", "xlsx")
    assert (result.exit_code, result.stderr) == (
        2,
        "frontline: error: output: an .xlsx workbook is a file: give -o FILE.xlsx\n",
    )


def test_openpyxl_is_not_imported_until_a_workbook_is_read(tmp_path):
    code = (
        "import sys\n"
        "from frontline.__main__ import main\n"
        "sys.argv = ['frontline', '--db', sys.argv[1], 'import', sys.argv[2]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('openpyxl' in sys.modules)\n"
    )
    source = tmp_path / "a.csv"
    source.write_text("on,actor,region,area,kind\n2024-01-01,a,b,5,holding\n")
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "x.db"), str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_a_workbook_on_stdin(cli, db_path, tmp_path):
    path = newsroom_book(tmp_path / "desk.xlsx")
    book = openpyxl.load_workbook(path)
    book["Figures"]["G5"] = "revised"
    book.save(path)
    from typer.testing import CliRunner

    from conftest import app

    result = CliRunner().invoke(app, ["import", "-"], input=path.read_bytes())
    assert result.exit_code == 0, result.output
    assert len(rows(db_path, "id")) == 3
