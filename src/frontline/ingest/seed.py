"""The bundled seed dataset: the figures of the articles the project started from.

It is read by the same CSV reader as `frontline import`, so the seed and an
imported file obey one set of rules, and a mistake in the seed is reported as
`records.csv, line N: FIELD: problem` like any other file's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from frontline.ingest.sources import FieldPlan
from frontline.ingest.tabular import csv_rows
from frontline.store.db import resource_dir
from frontline.store.records import Located


def seed_file() -> Path:
    return resource_dir("seed") / "records.csv"


def seed_records() -> Iterator[Located]:
    path = seed_file()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv_rows(handle, path.name, FieldPlan(), strict_columns=True)
