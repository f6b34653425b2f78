"""The bundled seed dataset: the figures of the articles the project started from.

It is read by the same reader and pipeline as `frontline import`, so the seed and an
imported file obey one set of rules, and a mistake in the seed is reported as
`records.csv, line N: FIELD: problem` like any other file's.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.ingest.pipeline import ImportOptions
from frontline.ingest.sources import FieldPlan, Source
from frontline.ingest.tabular import csv_rows
from frontline.model.regions import Region
from frontline.store.db import resource_dir
from frontline.store.records import Located


def seed_file() -> Path:
    return resource_dir("seed") / "records.csv"


def seed_source() -> Source:
    """The seed dataset as an input of `ingest.pipeline.import_inputs`; errors
    name it `records.csv`."""
    path = seed_file()
    return Source(path.name, path, "csv", path.stat().st_size, file_label=path.name)


def seed_options() -> ImportOptions:
    """Figures already stored are left alone; an unknown column is a mistake."""
    return ImportOptions(on_conflict="skip", strict_columns=True)


def seed_records() -> Iterator[Located]:
    path = seed_file()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv_rows(handle, path.name, FieldPlan(), strict_columns=True)


def regions_file() -> Path:
    return resource_dir("seed") / "regions.csv"


def seed_regions() -> list[Region]:
    """The seed's regions with their areas (`seed/regions.csv`)."""
    from frontline.model.records import parse_area, parse_slug

    path = regions_file()
    regions = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                area = parse_area(row["area_km2"], "area_km2")
                regions.append(
                    Region(
                        parse_slug(row["slug"], "slug"),
                        row.get("name") or None,
                        area.km2,
                        row.get("note") or None,
                    )
                )
            except InputError as error:
                raise InputError(
                    error.field, error.message, file=path.name, line=line
                ) from None
    return regions


def events_file() -> Path:
    return resource_dir("seed") / "events.csv"


def add_seed_events(conn: Any) -> tuple[int, int]:
    """Add the seed's named events not yet known (`seed/events.csv`): (added,
    already present). An event the user redated stays as they set it."""
    from datetime import date

    from frontline.model.events import parse_event_name
    from frontline.store.events import Event, add_missing_events

    path = events_file()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        events = [
            Event(
                parse_event_name(row["name"]),
                date.fromisoformat(row["day"]),
                row.get("source") or None,
                row.get("note") or None,
            )
            for row in csv.DictReader(handle)
        ]
    added = add_missing_events(conn, events)
    return added, len(events) - added
