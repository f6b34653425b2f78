"""Writing records to files: CSV, JSON and JSON Lines, every field, streamed.

The output is exactly what `import` reads back: the columns are the record fields
in `FIELD_NAMES` order, dates are ISO text, an absent value is an empty CSV cell
or JSON null, and floats are written with `repr`, the shortest text that reads
back as the same float. So export -> import into an empty database -> export
gives the same bytes (ids included, see `cli/io.py`). CSV and JSON go through the
writers `frontline list --format csv|json` uses, so the two print the same bytes
and a script can use either.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from frontline.errors import FrontlineError, InputError
from frontline.formats.cells import write_csv, write_json
from frontline.formats.cells import write_csv_values as write_csv_values_in_order
from frontline.model.records import FIELD_NAMES, Record

EXPORT_FORMATS = ("csv", "json", "jsonl", "geojson", "xlsx")
STDOUT = "-"
# Names of descriptors that are already open: written through, never replaced.
_DESCRIPTOR = re.compile(r"/dev/(stdout|stderr|fd/\d+)|/proc/(self|\d+)/fd/\d+")


def format_for(fmt: str | None, output: str | None) -> str:
    """`--format` when given, else the output file's extension, else CSV.

    `fmt` is trusted to be one of `EXPORT_FORMATS`: the command line's choices
    enforce it, and `write_records` fails on anything else.
    """
    if fmt is not None:
        return fmt
    if output is None or output == STDOUT:
        return "csv"
    # The import side's table of extensions, loaded only here: `frontline.io`
    # costs an export to stdout several milliseconds of start-up for nothing.
    from frontline.ingest.sources import format_from_extension

    return format_from_extension(output, EXPORT_FORMATS)


class _Counted:
    """An iterable of record rows that counts them as they are written."""

    def __init__(self, records: Iterable[Record]) -> None:
        self._records = records
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, object]]:
        for record in self._records:
            self.count += 1
            yield record.to_row()


def write_records(
    records: Iterable[Record], fmt: str, out: IO[str], *, raw: bool = False
) -> int:
    """Write records in `fmt` to `out`; returns how many were written. CSV cells
    a spreadsheet would run as formulas are neutralised unless `raw`."""
    rows = _Counted(records)
    if fmt == "csv":
        write_csv(rows, FIELD_NAMES, out, raw=raw)
    else:
        {"json": _write_json, "jsonl": _write_jsonl}[fmt](rows, out)
    return rows.count


def write_csv_values(rows: Iterable[tuple[object, ...]], out: IO[str]) -> int:
    """CSV of stored values (`store.records.iter_record_values`): the bytes
    `write_records(..., "csv", ...)` writes for the same records, much faster.
    The rows come neutralised for spreadsheets (or not, with `--raw`) from the
    query itself, and hold no lone CR (the caller checks): see `write_csv`."""
    return write_csv_values_in_order(rows, FIELD_NAMES, out)


def write_csv_parts(rows: Iterable[tuple[str, float, str]], out: IO[str]) -> int:
    """CSV from `store.records.iter_csv_parts`: the bytes `write_csv_values`
    writes for the same records, with one string format per line instead of
    thirteen cells (the area written with `repr`, as the csv module writes it).
    Only for records `store.records.plain_csv_text` passed."""
    write_csv_values_in_order((), FIELD_NAMES, out)
    line = "%s,%r%s\n".__mod__
    count = 0
    iterator = iter(rows)
    # Ten thousand lines per write: each write to a text file encodes its text.
    while chunk := list(itertools.islice(iterator, 10_000)):
        out.write("".join(map(line, chunk)))
        count += len(chunk)
    return count


def _write_jsonl(rows: Iterable[dict[str, object]], out: IO[str]) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")


def _write_json(rows: Iterable[dict[str, object]], out: IO[str]) -> None:
    """`formats.cells.write_json(list(rows))`, byte for byte, without holding the list.

    Each row is encoded by `formats.cells.write_json` itself (so the two can never
    disagree on how a value is written) and indented one level, which is how
    `json` lays out an item of an indented array.
    """
    count = 0
    for row in rows:
        item = io.StringIO()
        write_json(row, item)
        text = item.getvalue().removesuffix("\n")
        out.write("[\n" if count == 0 else ",\n")
        out.write("\n".join("  " + line for line in text.split("\n")))
        count += 1
    out.write("\n]\n" if count else "[]\n")


@contextmanager
def output_file(path: str, binary: bool = False) -> Iterator[IO[str]]:
    """A file written in full or not at all: a failed export leaves no half file.

    The new content goes to a temporary file beside the target and is renamed
    over it at the end. The target is resolved first, so that a symlink is
    written through (its target gets the content) instead of being replaced by
    a regular file. Something that is not a regular file (a pipe, a device)
    cannot be renamed over, and `/dev/stdout` stands for a descriptor the
    shell opened: those are written to directly, appending, because reopening
    `/dev/stdout` behind `>> log.csv` with truncation would empty the log.
    """
    try:
        existing = os.stat(path)  # follows symlinks
    except FileNotFoundError:
        existing = None  # new, or its folder is missing: said when it is created
    except OSError as error:
        raise _cannot_write(path, error) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise InputError(None, "is a directory", file=path)
    if _writes_through(path, existing):
        with (
            _write_errors(path),
            _open_through(path, binary) as handle,
        ):
            yield handle
        return
    with _write_errors(path):
        target = Path(path).resolve()
        # Not a `with`: the file must be closed before it is renamed into place.
        handle = _temporary_beside(target, binary)
    try:
        with _write_errors(path):
            with handle:
                yield handle
            os.chmod(handle.name, _file_mode(existing))
            os.replace(handle.name, target)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _writes_through(path: str, existing: os.stat_result | None) -> bool:
    """A pipe or a device; or `/dev/stdout` (say) when it is a regular file:
    `-o /dev/stdout >> log.csv` must add to log.csv, not replace it."""
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        return True
    return _DESCRIPTOR.fullmatch(str(Path(path).absolute())) is not None


def _open_through(path: str, binary: bool) -> IO[Any]:
    if binary:
        return open(path, "ab")
    return open(path, "a", encoding="utf-8", newline="")


def _temporary_beside(target: Path, binary: bool = False) -> IO[Any]:
    import tempfile

    text = {} if binary else {"encoding": "utf-8", "newline": ""}
    return tempfile.NamedTemporaryFile(  # type: ignore[call-overload]
        "wb" if binary else "w",
        **text,
        dir=target.parent,
        prefix=f".{target.name}.",
        suffix=".tmp",
        delete=False,
    )


def _file_mode(existing: os.stat_result | None) -> int:
    """Keep an overwritten file's permissions; a new one gets the umask's default
    (a temporary file is created private, which an export should not be)."""
    if existing is not None:
        return existing.st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def _write_errors(path: str) -> Iterator[None]:
    """A full disk, a name too long, a folder that is not there: one line naming
    the file, never a traceback. A closed pipe is left to the command, which
    ends quietly as after `| head`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _cannot_write(path, error) from None


def _cannot_write(path: str, error: OSError) -> FrontlineError:
    return FrontlineError(f"cannot write {path}: {error.strerror or error}")


def write_workbook(records: Iterable[Record], output: str | None) -> int:
    """Records as an Excel workbook (`formats.xlsx`): the columns `export`
    writes, numbers and days as typed cells, written in full or not at all."""
    if output is None or output == STDOUT:
        raise InputError("output", "an .xlsx workbook is a file: give -o FILE.xlsx")
    from frontline.formats.xlsx import write_table

    rows = (
        (
            record.id,
            record.kind,
            record.actor,
            record.region,
            record.layer,
            record.start,
            record.end,
            record.area_km2,
            record.bound,
            record.source,
            record.url,
            record.published,
            record.note,
        )
        for record in records
    )
    with output_file(output, binary=True) as handle:
        return write_table(FIELD_NAMES, rows, handle)  # type: ignore[arg-type]
