"""CSV, JSON and Markdown output: raw numbers for scripts and documents."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from operator import itemgetter
from typing import IO, Any


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


@dataclass(frozen=True)
class Column:
    """One output column: its key in the row, its table heading, and alignment."""

    key: str
    heading: str
    numeric: bool = False
    wrap: bool = False  # only free text (notes) may wrap; dates and ids never do


def json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def write_json(data: object, out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=json_default)
    out.write("\n")


def _plain(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_csv(
    rows: Iterable[Mapping[str, Any]], keys: Sequence[str], out: IO[str] | None = None
) -> None:
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_plain(row.get(key)) for key in keys])


def write_csv_values(
    rows: Iterable[Sequence[Any]], keys: Sequence[str], out: IO[str] | None = None
) -> int:
    """What `write_csv` writes for rows already in `keys` order whose values are
    text, numbers or None (database rows), without a dict per row: the csv
    module writes None as an empty cell, as `write_csv` does. Returns the count."""
    writer = csv.writer(out or sys.stdout, lineterminator="\n")
    writer.writerow(keys)
    # Counted as the csv module pulls them, without a Python step per row.
    counter = itertools.count()
    writer.writerows(map(itemgetter(0), zip(rows, counter, strict=False)))
    return next(counter)


def markdown_table(rows: Sequence[Mapping[str, str]], columns: Sequence[Column]) -> str:
    """A GitHub-flavoured Markdown table of already formatted cell text."""

    def escape(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        "| " + " | ".join(column.heading for column in columns) + " |",
        "|" + "|".join("---:" if c.numeric else "---" for c in columns) + "|",
    ]
    lines.extend(
        "| " + " | ".join(escape(row.get(c.key, "")) for c in columns) + " |"
        for row in rows
    )
    return "\n".join(lines)
