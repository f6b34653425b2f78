"""What the model reads (a figure of a series) and what it answers (issues,
segments, integrals and holdings): plain tuples, cheap to make by the hundred
thousand.
"""

from datetime import date
from typing import NamedTuple, Protocol

SeriesKey = tuple[str, str, str, str]


class Figure(Protocol):
    """What the model reads of a record. `records.Record` is one; reports read
    database rows into a plain tuple with these fields instead (a frozen dataclass
    costs several times as much to make, and a long report reads ~10^5 records)."""

    @property
    def id(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def actor(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def layer(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def area_km2(self) -> float: ...
    @property
    def bound(self) -> str: ...
    @property
    def published(self) -> date | None: ...


class Issue(NamedTuple):
    """Something in a series' figures that a report's numbers had to work around.

    kind: `crossing` (a record set aside), `larger-child` (children add up to more
    than their parent), `mismatch` (a figure fully covered by finer ones that add
    up to something else), `holdings` (either of the last two where holdings are
    involved: holdings contradict changes), `gap` (days without any figure).
    `first`..`last` are the days whose numbers it touches.
    """

    series: SeriesKey
    kind: str
    message: str
    records: tuple[int, ...]
    first: date
    last: date


class Segment(NamedTuple):
    """Days first..last at a constant rate, and the figure that sets it."""

    first: date
    last: date
    rate: float
    bound: str
    owner: str


class Integral(NamedTuple):
    """The rate integrated over a window: what every report number is made of."""

    start: date
    end: date
    total: float | None
    covered: int
    bound: str | None
    prorated: bool

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def coverage(self) -> float:
        return self.covered / self.days

    @property
    def rate(self) -> float | None:
        return (
            self.total / self.covered
            if self.covered and self.total is not None
            else None
        )


class Holding(NamedTuple):
    """Area held at the end of a day, from a snapshot and the changes since (or
    until the next snapshot)."""

    area: float
    bound: str
    on: date


class Held(NamedTuple):
    """What a series held at the end of a day asked about: the holding (on that
    day, or on the last day before it that the figures reach), the day of the
    snapshot it is computed from, and the day asked."""

    holding: Holding
    basis: date
    asked: date

    @property
    def stale_days(self) -> int:
        """How many days before the day asked the holding was last known."""
        return (self.asked - self.holding.on).days
