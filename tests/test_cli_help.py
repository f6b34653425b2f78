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
    for example in ('frontline add 465', 'frontline add "~2700"', 'frontline add ">1000"'):  # fmt: skip
        assert example in text
    assert "--from DATE " in text and "--from  " not in text
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
        ("frontline re", "1", ["restore", "report", "records", "region"]),
        ("frontline report --b", "2", ["--by"]),
        ("frontline report --by q", "3", ["quarter"]),
        ("frontline list --source ", "3", ["ISW", "Ukrainian\\ General\\ Staff"]),
        ("frontline list --source Ukr", "3", ["Ukrainian\\ General\\ Staff"]),
        ("frontline list --source 'Ukrainian G", "3", ["Ukrainian\\ General\\ Staff"]),
        ("frontline balance --region k", "3", ["kursk"]),
    ],
)
def test_bash_completion(
    cli, db_path, tmp_path, words: str, cword: str, expected
) -> None:
    """Completion reads the names from the database the command line names, so
    each run gives its own (`--db` in the words; no FRONTLINE_DB, and a home of
    its own, so that no other run's database or the user's is ever read)."""
    assert cli("seed").exit_code == 0
    program, rest = words.split(" ", 1)
    words = f"{program} --db {db_path} {rest}"
    env = {k: v for k, v in os.environ.items() if k != "FRONTLINE_DB"}
    env.update(_FRONTLINE_COMPLETE="complete_bash", COMP_WORDS=words,
               COMP_CWORD=str(int(cword) + 2), HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path))  # fmt: skip
    result = subprocess.run([SCRIPT], env=env, capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == [*expected, ""]


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_the_script_of_the_shell_named(shell: str) -> None:
    result = CliRunner().invoke(app, ["completion", shell])
    assert result.exit_code == 0, result.output
    assert "_FRONTLINE_COMPLETE=complete_" + shell in result.stdout
    first = {"bash": "_frontline_completion() {", "zsh": "#compdef frontline"}
    assert result.stdout.lstrip().startswith(first.get(shell, "complete "))


@pytest.mark.skipif(SCRIPT is None, reason="the console script is not installed")
def test_completion_needs_no_shell_to_detect() -> None:
    """From `sh -c` (a Dockerfile's RUN, a script), where the parent shell is
    one Typer cannot name, the shell given on the command line is used."""
    result = subprocess.run(["sh", "-c", f"'{SCRIPT}' completion bash; true"],
                            capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "complete -o default -F _frontline_completion frontline" in result.stdout


def test_completion_refuses_another_shell() -> None:
    result = CliRunner().invoke(app, ["completion", "sh"])
    assert result.exit_code == 2
    assert "shell: 'sh' is not one of bash, zsh, fish" in result.output


@pytest.mark.skipif(SCRIPT is None, reason="the console script is not installed")
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_prints_the_script_of_the_parent_shell(shell: str) -> None:
    """`--show-completion` takes no value: Typer detects the shell it runs
    under, so the test runs it under that shell (`; true` keeps the shell from
    replacing itself with the command, which would leave no shell to detect)."""
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    result = subprocess.run([shell, "-c", f"'{SCRIPT}' --show-completion; true"],
                            capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "_FRONTLINE_COMPLETE=complete_" + shell in result.stdout


@pytest.mark.skipif(
    SCRIPT is None or shutil.which("bash") is None, reason="needs bash and the script"
)
def test_bash_inserts_a_name_with_spaces_as_one_word(cli, db_path, tmp_path) -> None:
    """What bash puts on the command line for `--source Ukr<TAB>` reads back as
    the one name."""
    assert cli("seed").exit_code == 0
    driver = tmp_path / "complete.sh"
    driver.write_text(
        'source <("$1" completion bash)\n'
        "COMP_WORDS=(frontline list --source Ukr)\n"
        "COMP_CWORD=3\n"
        '_frontline_completion "$1"\n'
        'eval "set -- ${COMPREPLY[0]}"\n'
        'printf "%s\\n" "${#COMPREPLY[@]} $# $1"\n',
        encoding="utf-8",
    )
    env = dict(os.environ, FRONTLINE_DB=str(db_path))
    result = subprocess.run(["bash", str(driver), SCRIPT], env=env,
                            capture_output=True, text=True, timeout=30)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "1 1 Ukrainian General Staff\n"


def test_command_lines_break_between_options_with_a_continuation() -> None:
    command = 'frontline add "~2700" --actor russia --region ukraine --to "19 Nov 2024"'
    assert command_lines(command, 40) == [
        'frontline add "~2700" --actor russia \\',
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
    assert [line.split()[2] for line in examples] == ['465', '"~2700"', '">1000"', "110649"]  # fmt: skip
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
    assert "  report      Totals, coverage, rates" in full.stdout
    assert (
        "  completion  Print the completion script for a shell, to load from its...\n"
        in full.stdout
    )


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
