"""Help that reads well, and shell completion that knows the commands, options,
--by units and the names in the database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from frontline.cli.app import COMMAND_MODULES, load_commands
from frontline.cli.help import command_lines, list_items

app = load_commands()
SCRIPT = shutil.which("frontline", path=str(Path(sys.executable).parent))


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    return result.stdout


@pytest.mark.parametrize("name", sorted(COMMAND_MODULES))
def test_help_shows_placeholders_not_typer_types(name: str) -> None:
    text = help_text(name)
    for internal in ("<str>", "<int", "<integer>", "{AREA}", "{ID}", "<path>"):
        assert internal not in text


def test_every_option_is_described() -> None:
    command = typer.main.get_command(app)
    undescribed = [
        f"{name} {param.opts[0]}"
        for name, sub in command.commands.items()  # type: ignore[attr-defined]
        for param in sub.params
        if param.param_type_name == "option" and not getattr(param, "help", None)
    ]
    assert undescribed == []


def test_add_help_shows_the_area_forms_and_placeholders() -> None:
    text = help_text("add")
    assert "Usage: frontline add [OPTIONS] AREA" in text
    for example in ('frontline add 465', 'frontline add "~2,700"', 'frontline add ">1000"'):  # fmt: skip
        assert example in text
    assert "--from  " not in text or "DATE" in text
    assert "--by" not in text


def test_report_help_lists_the_by_choices() -> None:
    text = help_text("report")
    assert "year|quarter|month|week|day" in text
    assert "PERIOD" in text and "DATE" in text


@pytest.mark.skipif(SCRIPT is None, reason="the console script is not installed")
@pytest.mark.parametrize(
    ("words", "cword", "expected"),
    [
        ("frontline rep", "1", ["report"]),
        ("frontline re", "1", ["records", "restore", "report", "region"]),
        ("frontline report --b", "2", ["--by"]),
        ("frontline report --by q", "3", ["quarter"]),
        ("frontline list --source ", "3", ["ISW", "Ukrainian General Staff"]),
        ("frontline balance --region k", "3", ["kursk"]),
    ],
)
def test_bash_completion(cli, db_path, words: str, cword: str, expected) -> None:
    assert cli("seed").exit_code == 0
    env = dict(os.environ, _FRONTLINE_COMPLETE="complete_bash", COMP_WORDS=words,
               COMP_CWORD=cword, FRONTLINE_DB=str(db_path))  # fmt: skip
    result = subprocess.run([SCRIPT], env=env, capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == [*expected, ""]


@pytest.mark.skipif(SCRIPT is None, reason="the console script is not installed")
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_a_script(shell: str) -> None:
    result = subprocess.run([SCRIPT, "--show-completion", shell], capture_output=True,
                            text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0
    assert "_FRONTLINE_COMPLETE" in result.stdout


def test_command_lines_break_between_options_with_a_continuation() -> None:
    command = (
        'frontline add "~2,700" --actor russia --region ukraine --to "19 Nov 2024"'
    )
    assert command_lines(command, 40) == [
        'frontline add "~2,700" --actor russia \\',
        '    --region ukraine --to "19 Nov 2024"',
    ]
    assert command_lines("frontline show 3", 40) == ["frontline show 3"]


def test_list_items_join_continuation_lines_and_leave_prose_alone() -> None:
    assert list_items("- `a b`\n  c`\n- `d`") == ["`a b` c`", "`d`"]
    assert list_items("Prose - not a list.") is None


def run_help(*args: str, columns: int = 80) -> str:
    env = dict(os.environ, COLUMNS=str(columns))
    result = subprocess.run([sys.executable, "-m", "frontline", *args, "--help"],
                            env=env, capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_examples_are_listed_one_a_line_within_80_columns() -> None:
    text = run_help("add")
    examples = [line for line in text.splitlines() if line.startswith("    frontline")]
    assert [line.split()[2] for line in examples] == ['465', '"~2,700"', '">1000"', "110649"]  # fmt: skip
    assert "    frontline add 465 --actor russia --region ukraine --from 2023-01-01 \\\n" in text  # fmt: skip
    assert "        --to 2023-12-31 --source ISW\n" in text
    assert "`" not in "\n".join(examples)
    assert max(len(line) for line in text.splitlines()) <= 80


def test_listing_the_commands_matches_the_help_of_every_command_loaded() -> None:
    code = (
        "from frontline.cli.app import load_commands; "
        "load_commands()(prog_name='frontline', args=['--help'])"
    )
    env = dict(os.environ, COLUMNS="80")
    full = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=30)  # fmt: skip
    assert full.stdout == run_help()
    assert "  report    Totals, coverage, rates" in full.stdout


def test_help_imports_no_rich() -> None:
    code = (
        "import sys; sys.argv = ['frontline', 'report', '--help']; "
        "from frontline.__main__ import main\n"
        "try: main()\nexcept SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rich', 'markdown_it')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                            text=True, timeout=30)  # fmt: skip
    assert result.stdout.splitlines()[-1] == "[]"
