"""Notes and summaries wrap to the terminal as errors do; in a pipe they stay
one line each, for the scripts that parse them."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
IMPORT = (
    "import", "isw_layers.csv", "--kind", "holding", "--map", "end=date",
    "--map", "layer=layerType", "--map", "area=areaKm2", "--set", "actor=russia",
    "--set", "region=ukraine", "--set", "source=ISW",
)  # fmt: skip
NOTE = (
    "note: isw_layers.csv: ignored columns that are not record fields (map them "
    "with --map FIELD=COLUMN): pctUkraine"
)


@pytest.fixture
def layers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(FIXTURES / "isw_layers.csv", tmp_path / "isw_layers.csv")
    monkeypatch.chdir(tmp_path)


def _terminal(monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    from frontline.render import table

    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", str(columns))


def test_an_import_note_wraps_at_80_columns_with_an_indent(
    cli: Callable, db_path, layers, monkeypatch
) -> None:
    _terminal(monkeypatch, 80)
    result = cli(*IMPORT)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        "note: isw_layers.csv: ignored columns that are not record fields (map them with",
        "  --map FIELD=COLUMN): pctUkraine",
    ]
    assert lines[2].startswith("imported isw_layers.csv: 6 added, 0 updated, ")
    assert max(len(line) for line in lines[:3]) <= 80  # then "created PATH"


def test_in_a_pipe_the_note_and_summary_stay_one_line(
    cli: Callable, db_path, layers, monkeypatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = cli(*IMPORT)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == NOTE
    assert len(lines) == 3  # and "created DATABASE"
    assert lines[1].startswith(
        "imported isw_layers.csv: 6 added, 0 updated, 0 skipped, 0 already present in "
    )


def test_extract_held_back_wraps_on_a_terminal(
    cli: Callable, db_path, tmp_path, monkeypatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Russian forces captured about 40 square kilometres near Kurakhove, "
        "the report said.\n",
        encoding="utf-8",
    )
    _terminal(monkeypatch, 60)
    result = cli("extract", str(article), "--published", "2024-11-20", "--add")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines(keepends=True)
    at = lines.index("extract: 1 held back with problems to check (see the notes;\n")
    assert "".join(lines[at : at + 2]) == (
        "extract: 1 held back with problems to check (see the notes;\n"
        "  --add --force records them, --review asks about each)\n"
    )


def test_wide_characters_count_two_cells(monkeypatch) -> None:
    """`message` measures in terminal cells: each of 東京 takes two."""
    from frontline.render import messages, table

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    monkeypatch.setattr(table, "_is_terminal", lambda stream: True)
    monkeypatch.setenv("COLUMNS", "40")
    messages.message("note: " + "東京 " * 10 + "end", stream)
    assert stream.getvalue() == (
        "note: 東京 東京 東京 東京 東京 東京 東京\n  東京 東京 東京 end\n"
    )


@pytest.mark.parametrize("unit", ["s", "km²", "%"])
def test_a_figure_is_never_parted_from_its_unit(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontline.render.messages import message

    _terminal(monkeypatch, 40)
    head = "imported isw.csv: 6 added, 1 updated"  # 36 characters
    stream = io.StringIO()
    # "0.4" would end on column 40, its unit past the edge.
    message(f"{head} 0.4 {unit}, 2 kept", stream)
    assert stream.getvalue() == f"{head}\n  0.4 {unit}, 2 kept\n"
