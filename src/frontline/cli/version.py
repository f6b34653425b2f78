"""`frontline --version`, answered before Typer is imported: a version check
(what scripts and package managers run) then costs no more than a bare start."""

from __future__ import annotations

import sys


def answer_version(argv: list[str]) -> bool:
    """Print the version if that is all the command line asks; say whether it was.

    `--version`, maybe after `--db PATH`, is what the Typer callback would
    answer; any other argument before it leaves the whole command line to Typer.
    """
    rest = list(argv)
    while rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    if rest[:1] != ["--version"]:
        return False
    from frontline import __version__

    sys.stdout.write(f"frontline {__version__}\n")
    return True
