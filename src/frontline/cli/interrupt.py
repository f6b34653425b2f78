"""Ctrl-C during an import: say at once that nothing was written, exit 130.

130 is what a shell reports for a command ended by SIGINT (128 + 2), so a
script can tell an interrupted import from a failed one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

INTERRUPTED_EXIT = 130


@contextmanager
def nothing_written_on_interrupt() -> Iterator[None]:
    """Around an all-or-nothing write that stops at once on Ctrl-C (the
    library's import does, `store.interrupt`): by the time a KeyboardInterrupt
    gets here the write's own transaction has rolled back, so nothing was
    written."""
    try:
        yield
    except KeyboardInterrupt:
        typer.echo("frontline: interrupted: nothing written", err=True)
        raise typer.Exit(INTERRUPTED_EXIT) from None
