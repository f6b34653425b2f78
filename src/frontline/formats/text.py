"""Bytes as text for the readers: UTF-8 (a byte-order mark skipped), and the
one error a file that is not UTF-8 gets, naming it and the first bad byte."""

from __future__ import annotations

import io
from typing import IO

from frontline.errors import InputError


def text_stream(stream: IO[bytes], encoding: str | None = None) -> IO[str]:
    """Text over a byte stream, newlines left as they are (csv wants them):
    UTF-8 with or without a byte-order mark, unless `--encoding` names another."""
    return io.TextIOWrapper(stream, encoding=encoding or "utf-8-sig", newline="")  # type: ignore[arg-type]


def not_utf8(error: UnicodeDecodeError, label: str) -> InputError:
    """Text that does not decode is never guessed at: the user names its
    encoding (or saves the file as UTF-8)."""
    byte = error.object[error.start : error.start + 1].hex()
    if error.encoding.replace("-", "").lower().startswith("utf8"):
        return InputError(
            None,
            f"is not UTF-8 text (byte 0x{byte}); give its encoding with --encoding "
            "(cp1252 for Western European Windows files, cp1251 for Cyrillic "
            "ones) or save it as UTF-8",
            file=label,
        )
    return InputError(
        None,
        f"is not {error.encoding} text (byte 0x{byte}); check --encoding",
        file=label,
    )


def read_all(handle: IO[str], label: str) -> str:
    """A whole text file, or the one error a file that is not UTF-8 gets."""
    try:
        return handle.read()
    except UnicodeDecodeError as error:
        raise not_utf8(error, label) from None
