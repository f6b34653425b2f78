"""JSON text for the statements that read their lists with `json_each`, and
back from `json_array`, without loading the `json` package for a short list.

Importing `json` compiles its decoder's patterns: several per cent of a CSV
report's start-up on a small database, which passes a few series' names and
days. Lists of integers and plain printable ASCII text (a report's series
and days, a few hundred items) are written here, exactly as `json.dumps`
writes them; anything else, and any long list of lists (where the C encoder,
once loaded, is faster), goes to `json` itself.
"""

from __future__ import annotations

from typing import Any

# Past this many items the C encoder wins, and its import is paid back (a
# report's list of its series, 156 lists of 7, costs 0.4 ms written here against
# 1.5 ms for importing `json`; a list of integers is joined in C at any length).
_SHORT = 2000


def _item(value: Any) -> str:
    kind = type(value)
    if kind is int:
        return int.__repr__(value)
    if (
        kind is str
        and value.isascii()
        and value.isprintable()
        and '"' not in value
        and "\\" not in value
    ):
        return f'"{value}"'
    if kind is list or kind is tuple:
        return f"[{', '.join(map(_item, value))}]"
    raise ValueError(value)


def dumps(values: list[Any]) -> str:
    """`json.dumps(values)`, the same text."""
    if set(map(type, values)) == {int}:
        return f"[{', '.join(map(int.__repr__, values))}]"
    if len(values) <= _SHORT:
        try:
            return _item(values)
        except ValueError:
            pass
    import json

    return json.dumps(values)


def id_and_text(text: str) -> list[Any]:
    """`json.loads` of SQLite's `json_array(id, text)`: `[12,"2024-01-31"]`."""
    number, _, rest = text[1:-1].partition(",")
    if (
        text[:1] == "["
        and text[-1:] == "]"
        # ASCII digits without a leading zero: `isdigit` alone takes "١" or "²".
        and number.isascii()
        and number.isdigit()
        and (number == "0" or number[0] != "0")
        and rest[:1] == '"'
        and rest[-1:] == '"'
        and len(rest) > 1
        # json refuses raw control characters; escapes are json's to read.
        and rest.isprintable()
        and "\\" not in rest
        and '"' not in rest[1:-1]
    ):
        return [int(number), rest[1:-1]]
    import json

    return json.loads(text)
