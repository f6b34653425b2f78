"""Free text a record keeps (names, source, url, note): how long it may be, and
what is not text at all.

Both limits are generous for any real figure and small enough that a runaway
cell (a whole file pasted into one field) is refused instead of stored and
printed in every table; the schema (migrations/0003) holds the same limits.
"""

from __future__ import annotations

import re

from frontline.errors import InputError

MAX_NAME_LENGTH = 200
MAX_NOTE_LENGTH = 100_000
# Compiled on the first check: a command that stores no text need not compile it.
_SURROGATE: re.Pattern[str] | None = None


def check_text(text: str, field: str, limit: int) -> None:
    """Refuse what SQLite cannot store as text (a lone surrogate, from a JSON
    `"\\ud800"` or a command-line byte that is not UTF-8) and overlong values."""
    if len(text) > limit:
        raise InputError(
            field, f"is {len(text):,} characters long; at most {limit:,} are kept"
        )
    global _SURROGATE
    if _SURROGATE is None:
        _SURROGATE = re.compile("[\ud800-\udfff]")
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise InputError(
            field,
            f"holds \\u{ord(surrogate.group()):04x}, which is not text (half of "
            "a UTF-16 surrogate pair, or a byte that is not UTF-8)",
        )
