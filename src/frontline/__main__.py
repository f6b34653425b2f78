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
    from frontline.cli.app import load_commands, requested_command

    # Shell completion asks about any command (or all of their names): load all.
    # A command line naming no command (help, completion scripts) only lists them.
    completing = "_FRONTLINE_COMPLETE" in os.environ
    name = None if completing else requested_command(sys.argv[1:])
    app = load_commands(name, listing_only=not completing)
    gc.freeze()
    gc.enable()
    try:
        app(prog_name="frontline")
    finally:
        # The process is ending: the collection at exit would walk everything
        # the command made only to free memory the exit frees anyway. Nothing
        # output waits on it: files are written in `with` blocks, closed by
        # now, and the standard streams are flushed at exit as before.
        gc.freeze()


if __name__ == "__main__":
    main()
