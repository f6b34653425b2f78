"""What extraction returns: candidate records, other figures, and the date used.

A `Candidate` carries exactly the fields `frontline import` reads (`to_fields`),
plus the words that set them (`why`) and what a reviewer must check (`problems`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from frontline.model.values import RECORD_FIELDS, plain_km2

LAYER = "control"
# Problems that later rules look for by their text (a gain with no period is
# dated by the next sentence; a large undated total is a holding).
NO_PERIOD = "no period stated: start and end unknown"
NO_START = "start unknown: the period's start is not stated"
# A candidate is a record without an id: RECORD_FIELDS, every exported field but
# that one.


@dataclass(frozen=True, slots=True)
class Candidate:
    """One area figure read as a record, with the words that set each field."""

    kind: str
    actor: str
    region: str
    start: date | None
    end: date | None
    area_km2: float
    bound: str
    source: str | None
    url: str | None
    published: date | None
    note: str
    why: str
    problems: list[str] = field(default_factory=list)
    layer: str = LAYER

    def to_fields(self) -> dict[str, str]:
        """The importable record: ISO dates, plain area, "" for what is missing."""
        values = {
            "kind": self.kind,
            "actor": self.actor,
            "region": self.region,
            "layer": self.layer,
            "start": self.start.isoformat() if self.start else "",
            "end": self.end.isoformat() if self.end else "",
            "area_km2": plain_km2(self.area_km2),
            "bound": self.bound,
            "source": self.source or "",
            "url": self.url or "",
            "published": self.published.isoformat() if self.published else "",
            "note": self.note,
        }
        return {name: values[name] for name in RECORD_FIELDS}


@dataclass(frozen=True, slots=True)
class NotRecorded:
    """A figure that is not an area record, kept so that nothing is dropped."""

    sentence: str
    figure: str
    what: str

    @classmethod
    def of(cls, candidate: Candidate, what: str) -> NotRecorded:
        """A candidate set aside after reading (told again, a part of
        another), listed by its sentence and area."""
        return cls(candidate.note, f"{candidate.area_km2:g} km2", what)


@dataclass(slots=True)
class Extraction:
    """Everything read from one text: candidates, other figures, the date used."""

    candidates: list[Candidate]
    not_recorded: list[NotRecorded]
    published: date | None
    notes: list[str]
