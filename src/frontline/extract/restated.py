"""A figure told a second time is no second record.

"Over the past week, 5.2 km2 were liberated on the southern front: 'We had
successes, and 5.2 km2 were liberated on the southern front last week.'": the
quotation repeats the figure the sentence reported, and would otherwise become
a second record of the same land.
"""

from __future__ import annotations

import bisect
import re

from frontline.extract.numbers import AreaFigure

_QUOTE = re.compile('["\u201c]')


class Restated:
    """The figures of one sentence read so far, to tell a repeated one.

    Only the first figure of each value matters (a quotation after a later one
    is after the first too), and the quotation marks are found once, so a
    sentence of thousands of figures stays linear.
    """

    def __init__(self, folded: str) -> None:
        self._quotes = [found.start() for found in _QUOTE.finditer(folded)]
        self._first: dict[tuple[float, str], int] = {}

    def add(self, area: AreaFigure) -> None:
        """Remember a figure that was kept."""
        self._first.setdefault((area.km2, area.unit), area.end)

    def repeats(self, area: AreaFigure) -> bool:
        """True when `area` repeats a kept figure of the sentence inside a
        quotation opened since that figure."""
        first = self._first.get((area.km2, area.unit))
        if first is None:
            return False
        index = bisect.bisect_left(self._quotes, first)
        return index < len(self._quotes) and self._quotes[index] < area.start
