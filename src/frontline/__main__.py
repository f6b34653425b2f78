"""Entry point for the `frontline` console script and `python -m frontline`."""

from __future__ import annotations


def main() -> None:
    from frontline.cli import app

    app(prog_name="frontline")


if __name__ == "__main__":
    main()
