"""`frontline completion bash|zsh|fish`: the shell completion script, for the
shell named on the command line.

Typer's `--show-completion` guesses the shell from the parent process, which in
a script, a Dockerfile or `sh -c` is not the shell the script is for ("Shell sh
not supported"); naming it is what `gh`, `kubectl` and `rustup` settled on.

Bash inserts a completion exactly as it is given, so a name with spaces
("Ukrainian General Staff") would become three words: bash's answers are
written as bash reads them back (`Ukrainian\\ General\\ Staff`). This module
is loaded whenever the shell asks for completions (`__main__` then loads every
command module), which is when it puts that in place.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from frontline.cli.app import command

COMPLETE_VAR = "_FRONTLINE_COMPLETE"
# Characters bash reads as themselves in a word; any other gets a backslash.
_BASH_PLAIN = frozenset("-_./:@%+=,")


def bash_word(text: str) -> str:
    """`text` as bash reads it back as one word. A backslash before each special
    character (as bash's own file name completion writes them) keeps a common
    prefix of two names typable, where a quote would be left open."""
    return "".join(
        char if char.isalnum() or char in _BASH_PLAIN else "\\" + char for char in text
    )


def _quote_bash_completions() -> None:
    """Typer registers its completion classes each time it builds the command,
    from its module's names: its bash class is replaced there by one that
    quotes, and registered now in case Typer already has."""
    from typer import _completion_classes as classes
    from typer._click.shell_completion import add_completion_class

    base = classes.BashComplete
    if getattr(base, "quotes_words", False):
        return

    class QuotingBashComplete(base):  # type: ignore[misc, valid-type]
        quotes_words = True

        def format_completion(self, item: Any) -> str:
            return bash_word(str(item.value))

    classes.BashComplete = QuotingBashComplete  # type: ignore[misc]
    add_completion_class(QuotingBashComplete, "bash")


_quote_bash_completions()


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@command("completion")
def completion(
    shell: Annotated[
        Shell,
        typer.Argument(
            metavar="bash|zsh|fish",
            help="The shell the script is for.",
            case_sensitive=False,
            show_default=False,
        ),
    ],
) -> None:
    """Print the completion script for a shell, to load from its start-up file.
    Completion knows the commands, their options, --by units and the actor,
    region, layer and source names in the database.

    - `frontline completion bash >> ~/.bashrc`
    - `frontline completion zsh > "${fpath[1]}/_frontline"`
    - `frontline completion fish > ~/.config/fish/completions/frontline.fish`
    """
    from typer._completion_shared import get_completion_script

    script = get_completion_script(
        prog_name="frontline", complete_var=COMPLETE_VAR, shell=shell.value
    )
    typer.echo(script)
