"""Entry point for the `frontline` console script and `python -m frontline`."""

from __future__ import annotations


def main() -> None:
    import sys

    if _asks_for_version(sys.argv[1:]):
        # Answered before Typer is imported: a version check costs a bare start.
        from frontline import __version__

        sys.stdout.write(f"frontline {__version__}\n")
        return
    from frontline.cli.app import load_commands, requested_command

    app = load_commands(requested_command(sys.argv[1:]))
    app(prog_name="frontline")


def _asks_for_version(argv: list[str]) -> bool:
    """`--version`, maybe after `--db PATH`: what the Typer callback would answer
    (any other argument before it leaves the whole command line to Typer)."""
    rest = list(argv)
    while rest[:1] == ["--db"] and len(rest) >= 2:
        rest = rest[2:]
    return rest[:1] == ["--version"]


if __name__ == "__main__":
    main()
