"""Compression and archives under every reader: .gz streams and .zip members.

An input is opened once as bytes; `open_input` looks at its first bytes (never
its name: a `.json` may be gzip, a `.kmz` is a zip) and peels off what wraps
the data:

- gzip is decompressed as a stream, so a 60 MB archive of 700 maps is never
  held whole, decompressed or not;
- a zip yields each data member (a file whose extension a reader claims, or
  a KML inside a KMZ), labelled `outer.zip!member.kml`; each shapefile layer
  of a zip (`outer.zip!ControlMap.shp`) is handed to the shapefile reader
  with the whole archive, since it needs the layer's `.shp`, `.dbf`, `.shx`
  and `.prj` side by side.

What an archive may not do, it is refused for, naming it (exit 2): a member
path with `..` or an absolute path (nothing is ever extracted, but such a
name is a sign of a hostile archive), a member that would expand past
`MAX_EXPANDED` bytes or more than `MAX_RATIO` times its compressed size (a
zip bomb), a gzip stream that expands past those limits while being read.
"""

from __future__ import annotations

import gzip
import io
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from frontline.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
MAX_EXPANDED = 8 * 1024**3
MAX_RATIO = 1000
# Below this, any ratio is harmless (a file of spaces compresses 1000:1).
RATIO_FLOOR = 256 * 1024**2
_SKIPPED_PREFIXES = ("__MACOSX/",)
SHAPEFILE = "shapefile"


@dataclass
class Member:
    """One stream of data inside an input, ready for a reader.

    `label` names it in errors (`outer.zip!inner.csv`); `name` is its own base
    name, for the extension and a date in the name; `format` is set when the
    container already knows it (a zip of shapefiles). `open()` gives the
    decompressed bytes, read forward only.
    """

    label: str
    name: str
    open: Callable[[], IO[bytes]]
    format: str | None = None


class Limited(io.RawIOBase):
    """A decompressing stream that stops a bomb: too many bytes, or too many
    per compressed byte read (`counted` is the compressed stream)."""

    def __init__(self, inner: IO[bytes], counted: Counting, label: str) -> None:
        self._inner = inner
        self._counted = counted
        self._label = label
        self.expanded = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        try:
            data = self._inner.read(len(buffer))
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(
                None,
                f"is not a readable gzip stream ({_reason(error)})",
                file=self._label,
            ) from None
        count = len(data)
        buffer[:count] = data
        self.expanded += count
        limit = max(RATIO_FLOOR, MAX_RATIO * max(self._counted.count, 1))
        if self.expanded > min(MAX_EXPANDED, limit):
            raise InputError(
                None,
                "expands to more than "
                f"{min(MAX_EXPANDED, limit) // 1024**2:,} MB; refused as a "
                "compression bomb",
                file=self._label,
            )
        return count


class Counting(io.RawIOBase):
    """Counts the bytes read through it (the compressed side of a stream)."""

    def __init__(self, inner: IO[bytes]) -> None:
        self._inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        data = self._inner.read(len(buffer))
        count = len(data)
        buffer[:count] = data
        self.count += count
        return count


class _Chain(io.RawIOBase):
    """The bytes already peeked, then the rest of the stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def peek(stream: IO[bytes], size: int) -> tuple[bytes, IO[bytes]]:
    """The first `size` bytes (fewer at the end) and a stream that still starts
    with them: the stream itself, rewound, when it can seek (a zip needs to)."""
    try:
        if stream.seekable():
            start = stream.tell()
            head = stream.read(size)
            stream.seek(start)
            return head, stream
    except (OSError, ValueError):
        pass
    parts: list[bytes] = []
    got = 0
    while got < size:
        chunk = stream.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    head = b"".join(parts)
    return head, io.BufferedReader(_Chain(head, stream), 1 << 16)


def gunzip(stream: IO[bytes], label: str) -> IO[bytes]:
    """A gzip stream decompressed as it is read, bombs refused."""
    counted = Counting(stream)
    inner = gzip.GzipFile(fileobj=io.BufferedReader(counted), mode="rb")
    return io.BufferedReader(Limited(inner, counted, label), 1 << 16)  # type: ignore[arg-type]


def strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def zip_members(
    path: IO[bytes], label: str, is_data: Callable[[str], bool]
) -> Iterator[Member]:
    """The data members of a zip (see the module docstring); `path` must seek."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise InputError(
            None, f"is not a readable zip archive ({_reason(error)})", file=label
        ) from None
    infos = [info for info in archive.infolist() if not info.is_dir()]
    for info in infos:
        _check_member_name(info.filename, label)
    infos = [
        info
        for info in infos
        if not info.filename.startswith(_SKIPPED_PREFIXES)
        and not PurePosixPath(info.filename).name.startswith(".")
    ]
    layers = [info for info in infos if info.filename.lower().endswith(".shp")]
    if layers:
        # Each layer is read by the shapefile reader from the whole archive
        # (its .shp, .dbf, .shx, .prj side by side), named by the label's end.
        for info in infos:
            check_member_size(info, label)
        for info in layers:
            name = PurePosixPath(info.filename).name
            yield Member(f"{label}!{info.filename}", name, lambda: path, SHAPEFILE)
        return
    data = [info for info in infos if is_data(info.filename)]
    if not data:
        shown = ", ".join(info.filename for info in infos[:5]) or "nothing"
        raise InputError(
            None, f"holds no file frontline reads (it holds {shown})", file=label
        )
    for info in data:
        check_member_size(info, label)
        yield Member(
            f"{label}!{info.filename}",
            PurePosixPath(info.filename).name,
            _opener(archive, info, label),
        )


def _opener(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str
) -> Callable[[], IO[bytes]]:
    def open_member() -> IO[bytes]:
        return open_zip_member(archive, info, f"{label}!{info.filename}")

    return open_member


def open_zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str
) -> IO[bytes]:
    """One member's bytes; a damaged member is refused, naming it."""
    try:
        inner = archive.open(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
        raise InputError(
            None, f"cannot be read from the zip ({_reason(error)})", file=label
        ) from None
    return io.BufferedReader(_Guarded(inner, label), 1 << 16)


class _Guarded(io.RawIOBase):
    """A zip member whose read errors (bad CRC, truncated data) name it."""

    def __init__(self, inner: IO[bytes], label: str) -> None:
        self._inner = inner
        self._label = label

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def, override]
        try:
            data = self._inner.read(len(buffer))
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as error:
            raise InputError(
                None,
                f"cannot be read from the zip ({_reason(error)})",
                file=self._label,
            ) from None
        buffer[: len(data)] = data
        return len(data)


def _check_member_name(name: str, label: str) -> None:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (name[1:3] == ":/"):
        raise InputError(
            None,
            f"holds a member with an unsafe path ({name!r}); refused",
            file=label,
        )


def check_member_size(info: zipfile.ZipInfo, label: str) -> None:
    """Refuse a member that would expand like a zip bomb (sizes as declared:
    `zipfile` never reads past the declared size)."""
    size, packed = info.file_size, max(info.compress_size, 1)
    if size > MAX_EXPANDED or (size > RATIO_FLOOR and size > MAX_RATIO * packed):
        raise InputError(
            None,
            f"{info.filename} expands to {size // 1024**2:,} MB from "
            f"{packed // 1024:,} KB; refused as a compression bomb",
            file=label,
        )


@contextmanager
def seekable(stream: IO[bytes]) -> Iterator[IO[bytes]]:
    """The stream itself if it can seek, else a spooled copy (a zip on stdin)."""
    try:
        if stream.seekable():
            yield stream
            return
    except (OSError, ValueError):
        pass
    with tempfile.TemporaryFile() as copy:
        shutil.copyfileobj(stream, copy)
        copy.seek(0)
        yield copy


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:120]
