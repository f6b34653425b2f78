"""The bundled seed dataset: the figures of the articles the project started from."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from frontline.db import resource_dir
from frontline.errors import InputError
from frontline.records import record_from_fields
from frontline.store import Located


def seed_file() -> Path:
    return resource_dir("seed") / "records.csv"


def seed_records() -> Iterator[Located]:
    path = seed_file()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            origin = f"{path.name}, line {reader.line_num}"
            try:
                yield record_from_fields(row), origin
            except InputError as error:
                raise error.at(path.name, reader.line_num) from None
