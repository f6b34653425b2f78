"""Entry point for the `frontline` console script and `python -m frontline`."""

from __future__ import annotations


def main() -> None:
    import sys

    from frontline.cli.version import answer_version

    if answer_version(sys.argv[1:]):
        return
    from frontline.cli.app import load_commands, requested_command

    app = load_commands(requested_command(sys.argv[1:]))
    app(prog_name="frontline")


if __name__ == "__main__":
    main()
