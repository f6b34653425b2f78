"""Entry point for the `frontline` console script and `python -m frontline`."""

from __future__ import annotations


def main() -> None:
    import os
    import sys

    from frontline.cli.version import answer_version

    if answer_version(sys.argv[1:]):
        return
    from frontline.cli.app import load_commands, requested_command

    # Shell completion asks about any command (or all of their names): load all.
    # A command line naming no command (help, completion scripts) only lists them.
    completing = "_FRONTLINE_COMPLETE" in os.environ
    name = None if completing else requested_command(sys.argv[1:])
    app = load_commands(name, listing_only=not completing)
    app(prog_name="frontline")


if __name__ == "__main__":
    main()
