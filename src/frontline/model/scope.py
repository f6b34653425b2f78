"""Which records or series a command is about, as plain values.

A `Scope` names the series a report covers (actor, region, layer — or a sum of
layers `control+advances` — and source); `Filters` add what a listing or export
selects by (kind and a span of days). Both are values only: their SQL is in
`store/where.py`, and names typed by a person are spelt as stored (or refused) by
`reports/spec.py`, so that a value here can be compared, printed and reused
without a database.
"""

from datetime import date
from typing import NamedTuple

NAME_FIELDS = ("actor", "region", "layer", "source")


class Scope(NamedTuple):
    """Which series a report is about: any of actor, region, layer, source."""

    actor: str | None = None
    region: str | None = None
    layer: str | None = None
    source: str | None = None

    @property
    def layers(self) -> tuple[str, ...] | None:
        """The layers of a sum (`control+advances`), None for one layer."""
        if self.layer is None or "+" not in self.layer:
            return None
        return tuple(self.layer.split("+"))

    def parts(self) -> "list[Scope]":
        """One scope per layer of a sum (the scope itself for one layer)."""
        layers = self.layers
        return [self] if layers is None else [self._replace(layer=x) for x in layers]

    def describe(self) -> str:
        """ "region kursk, source ISW": the names given, for a report's title."""
        return ", ".join(
            f"{name} {getattr(self, name)}"
            for name in NAME_FIELDS
            if getattr(self, name) is not None
        )


class Filters(NamedTuple):
    """Which records a listing or export covers; dates select overlapping spans."""

    actor: str | None = None
    region: str | None = None
    layer: str | None = None
    source: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None


def parse_filters(
    actor: str | None = None,
    region: str | None = None,
    layer: str | None = None,
    source: str | None = None,
    kind: str | None = None,
    start: str | date | None = None,
    end: str | date | None = None,
) -> Filters:
    """The filters of `list` and `export` as typed, checked: slugs, a kind, and
    the days (`--from`, `--to`) a figure must overlap."""
    from frontline.errors import InputError
    from frontline.model.values import parse_date, parse_kind, parse_slug

    filters = Filters(
        actor=parse_slug(actor, "actor") if actor else None,
        region=parse_slug(region, "region") if region else None,
        layer=parse_slug(layer, "layer") if layer else None,
        source=source,
        kind=parse_kind(kind) if kind else None,
        start=parse_date(start, "from") if start else None,
        end=parse_date(end, "to") if end else None,
    )
    if filters.start and filters.end and filters.end < filters.start:
        raise InputError("to", f"{filters.end} is before --from {filters.start}")
    return filters
