"""Whole JSON documents for the readers that need all of one (TopoJSON's arcs,
Esri JSON's spatial reference), decoded with errors that name the file.

GeoJSON maps are streamed feature by feature elsewhere; a TopoJSON topology
cannot be (its features point into an arcs table that may come last), and an
ArcGIS answer is one page of a query, small by construction.
"""

from __future__ import annotations

import json
from typing import IO, Any

from frontline.errors import InputError


def load_document(data: bytes | IO[bytes], label: str) -> Any:
    """The decoded JSON of `data`, or one line naming the file and the place."""
    raw = data if isinstance(data, bytes) else data.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            None, f"is not UTF-8 text (byte {error.start + 1})", file=label
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            None,
            f"is not valid JSON ({error.msg} at line {error.lineno}, "
            f"column {error.colno})",
            file=label,
        ) from None
    except RecursionError:
        raise InputError(
            None, "is nested too deeply to be JSON data", file=label
        ) from None


def finite_number(value: object) -> bool:
    """A JSON number that is a real, finite number (not a bool, not NaN)."""
    import math

    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an integer too large for a float
        return False
