"""A figure told a second time is no second record.

"Over the past week, 5.2 km2 were liberated on the southern front: 'We had
successes, and 5.2 km2 were liberated on the southern front last week.'": the
quotation repeats the figure the sentence reported, and would otherwise become
a second record of the same land.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from frontline.extract.numbers import AreaFigure

_QUOTE = re.compile('["\u201c]')


def restated(folded: str, area: AreaFigure, earlier: Iterable[AreaFigure]) -> bool:
    """True when `area` repeats a figure of the same sentence (`earlier`) inside
    a quotation opened since that figure."""
    return any(
        abs(before.km2 - area.km2) <= 1e-9 * max(1.0, area.km2)
        and before.unit == area.unit
        and _QUOTE.search(folded, before.end, area.start) is not None
        for before in earlier
    )
