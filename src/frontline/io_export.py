"""Writing records to files: CSV, JSON and JSON Lines, every field, streamed.

The output is exactly what `import` reads back: the columns are the record fields
in `FIELD_NAMES` order, dates are ISO text, an absent value is an empty CSV cell
or JSON null, and floats are written with `repr`, the shortest text that reads
back as the same float. So export -> import into an empty database -> export
gives the same bytes (ids included, see `cli_io`). CSV and JSON are byte for
byte what `frontline list --format csv|json` prints, so a script can use either.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from frontline.errors import FrontlineError, InputError
from frontline.records import FIELD_NAMES, Record

EXPORT_FORMATS = ("csv", "json", "jsonl")
_EXTENSIONS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def format_for(fmt: str | None, output: str | None) -> str:
    """`--format` when given, else the output file's extension, else CSV."""
    if fmt is not None:
        if fmt not in EXPORT_FORMATS:
            raise InputError(
                "format", f"{fmt!r} is not one of {', '.join(EXPORT_FORMATS)}"
            )
        return fmt
    if output is None or output == "-":
        return "csv"
    extension = Path(output).suffix.lower()
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    shown = f"extension {extension!r}" if extension else "no extension"
    raise InputError(
        None,
        f"cannot tell the format from {shown}; give --format csv, json or jsonl",
        file=output,
    )


def write_records(records: Iterable[Record], fmt: str, out: IO[str]) -> int:
    """Write records in `fmt` to `out`; returns how many were written."""
    writer = {"csv": _write_csv, "json": _write_json, "jsonl": _write_jsonl}[fmt]
    return writer(records, out)


def _write_csv(records: Iterable[Record], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELD_NAMES)
    count = 0
    for record in records:
        writer.writerow(["" if value is None else value for value in _values(record)])
        count += 1
    return count


def _write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record.to_row(), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def _write_json(records: Iterable[Record], out: IO[str]) -> int:
    """The layout of `json.dump(list, indent=2)`, one record at a time."""
    count = 0
    for record in records:
        text = json.dumps(record.to_row(), ensure_ascii=False, indent=2)
        out.write("[\n" if count == 0 else ",\n")
        out.write("\n".join("  " + line for line in text.split("\n")))
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def _file_mode(target: Path) -> int:
    """Keep an overwritten file's permissions; a new one gets the umask's default
    (a temporary file is created private, which an export should not be)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _values(record: Record) -> Iterator[object]:
    row = record.to_row()
    return (row[name] for name in FIELD_NAMES)


@contextmanager
def output_file(path: str) -> Iterator[IO[str]]:
    """A file written in full or not at all: a failed export leaves no half file."""
    import tempfile

    target = Path(path)
    if target.is_dir():
        raise InputError(None, "is a directory", file=path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        # Not a `with`: the file must be closed before it is renamed into place.
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "w",
            encoding="utf-8",
            newline="",
            dir=folder,
            prefix=f".{target.name}.",
            suffix=".tmp",
            delete=False,
        )
    except OSError as error:
        raise FrontlineError(f"cannot write {path}: {error.strerror}") from None
    try:
        with handle:
            yield handle
        os.chmod(handle.name, _file_mode(target))
        os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
