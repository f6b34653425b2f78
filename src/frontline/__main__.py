"""Entry point for the `frontline` console script and `python -m frontline`."""

from __future__ import annotations


def main() -> None:
    import gc
    import os
    import sys

    # The modules loaded below (Typer's, click's, frontline's) live as long as
    # the process: collecting while they load walks them again and again and
    # frees nothing. The collector is paused until they are loaded, then runs
    # as usual over what the command itself allocates.
    gc.disable()

    from frontline.cli.version import answer_version

    if answer_version(sys.argv[1:]):
        return
    from frontline.cli.app import load_commands, read_only_done, requested_command

    # Shell completion asks about any command (or all of their names): load all.
    # A command line naming no command (help, completion scripts) only lists them.
    completing = "_FRONTLINE_COMPLETE" in os.environ
    name = None if completing else requested_command(sys.argv[1:])
    app = load_commands(name, listing_only=not completing)
    gc.freeze()
    gc.enable()
    try:
        app(prog_name="frontline")
    except SystemExit as done:
        if done.code in (None, 0) and read_only_done():
            _leave()
        raise
    if read_only_done():
        _leave()


def _leave() -> None:
    """End the process at once after a read-only command that succeeded: its
    output flushed, its database closed, freeing the objects a long report made
    one by one (tens of thousands of rows) would only cost time. If the output
    cannot be flushed, the usual exit reports it."""
    import os
    import sys

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(0)


if __name__ == "__main__":
    main()
