"""How the model names records and numbers in its issue messages."""

from __future__ import annotations

from frontline.model.figures import Figure

_SIGNS = {"exact": "", "approx": "~", "at_least": "≥", "at_most": "≤"}


def figure_number(value: float, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 0.05 else 1
    text = f"{value:,.{decimals}f}"
    return "0" if text.strip("-0.,") == "" else text


def signed_number(value: float) -> str:
    return ("+" if value >= 0 else "") + figure_number(value)


def record_ref(record: Figure) -> str:
    return f"#{record.id} on " if record.id is not None else "on "


def describe(record: Figure) -> str:
    """`#5 (1,000 km² at least… )`: how an issue names a record."""
    ident = f"#{record.id} " if record.id is not None else ""
    area = f"{_SIGNS.get(record.bound, '')}{figure_number(record.area_km2)} km²"
    if record.kind == "holding":
        return f"holding {ident}({area} held on {record.end})"
    return f"record {ident}({area}, {record.start}..{record.end})"
