"""Whole numbers on the command line (ids, --year, --limit, --gap…): ASCII digits.

Python's `int()` also reads `１２` (fullwidth), `١٢` (Arabic-Indic), `1_000` and
`+5`, so a plain integer option would take `show １` for record 1 while a file's
`１` id, a date or a period written so is refused. These options refuse the same
spellings, so a number means the same thing wherever it is typed.
"""

from __future__ import annotations

import re
from typing import Any

# Compiled by `re` when a number is typed, not by every command that starts.
PLAIN_INTEGER = r"-?[0-9]+"


def ascii_int(minimum: int | None = None, metavar: bool = True) -> Any:
    """A click integer type that takes only `-?[0-9]+`, at least `minimum` when
    given; `metavar=False` leaves the `<integer>` hint out of the help (the
    argument's own metavar says what it takes)."""
    try:
        from typer._click import types
    except ImportError:  # a typer that uses click itself
        from click import types

    # IntRange only with a minimum: without one, help would show "[x<=None]".
    base = types.IntRange if minimum is not None else types.IntParamType

    class AsciiInt(base):  # type: ignore[misc, valid-type]
        def convert(self, value: Any, param: Any, ctx: Any) -> Any:
            if isinstance(value, str) and not re.fullmatch(PLAIN_INTEGER, value):
                self.fail(f"{value!r} is not a whole number in digits 0-9.", param, ctx)
            return super().convert(value, param, ctx)

        def get_metavar(self, param: Any, ctx: Any = None) -> str | None:
            return super().get_metavar(param, ctx) if metavar else ""

    return AsciiInt(min=minimum) if minimum is not None else AsciiInt()
