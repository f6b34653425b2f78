"""Bytes as text for the readers: UTF-8 (a byte-order mark skipped), and the
one error a file that is not UTF-8 gets, naming it and the first bad byte."""

from __future__ import annotations

import io
from typing import IO

from frontline.errors import InputError


def text_stream(stream: IO[bytes]) -> IO[str]:
    """UTF-8 text over a byte stream, newlines left as they are (csv wants them)."""
    return io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")  # type: ignore[arg-type]


def not_utf8(error: UnicodeDecodeError, label: str) -> InputError:
    byte = error.object[error.start : error.start + 1].hex()
    return InputError(
        None, f"is not UTF-8 text (byte 0x{byte}); save it as UTF-8", file=label
    )


def read_all(handle: IO[str], label: str) -> str:
    """A whole text file, or the one error a file that is not UTF-8 gets."""
    try:
        return handle.read()
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None
