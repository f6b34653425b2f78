"""Records and series the model's tests share: one series' change and holding
records, the nested year the window tests read, and the series `build` makes
when a shortcut declines (to compare a shortcut's answers with)."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.model import build as build_module
from frontline.model.build import build
from frontline.model.nodes import _Kids
from frontline.model.records import Record
from frontline.model.series import Series

D = date
BOUNDS = ("exact", "approx", "at_least", "at_most")


def change(start, end, area, bound="exact", *, id=None, source="ISW") -> Record:
    return Record(
        "change", "russia", "ukraine", start, end, area, bound, source=source, id=id
    )


def holding(day, area, bound="exact", *, id=None, source="ISW") -> Record:
    return Record(
        "holding", "russia", "ukraine", day, day, area, bound, source=source, id=id
    )


# 2024 (366 days): 1,200 over the year; its first quarter (91 days) 300; in
# that quarter January 100 and February (29 days) at least 150.
YEAR = [
    change(D(2024, 1, 1), D(2024, 12, 31), 1200.0, "approx", id=1),
    change(D(2024, 1, 1), D(2024, 3, 31), 300.0, id=2),
    change(D(2024, 1, 1), D(2024, 1, 31), 100.0, id=3),
    change(D(2024, 2, 1), D(2024, 2, 29), 150.0, "at_least", id=4),
]


def general(records, shortcut: str) -> Series:
    """The series the general path builds: `build` with its `shortcut`
    (`"_held"`, `"_paired"`) declining every series."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_module, shortcut, lambda *args: None)
        return build(records)


def made_nodes(series: Series) -> bool:
    """Whether the series' roots have made their nodes (a shortcut's roots
    make them only when asked)."""
    try:
        _Kids.nodes.__get__(series._roots)
    except AttributeError:
        return False
    return True
