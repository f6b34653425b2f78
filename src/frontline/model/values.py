"""The values every command reads: dates, names and kinds as typed or as
stored, and the field names of a record.

Kept apart from `model.records` (the record, the parsing of whole figures and
the figure `add` builds from its options) so that a command that only reads,
such as a CSV report or listing, starts without building the record's classes
and number parsers. `model.records` imports these, never the reverse.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from frontline.errors import FrontlineError, InputError
from frontline.model.text import MAX_NAME_LENGTH, check_text

KINDS = ("change", "holding")
BOUNDS = ("exact", "approx", "at_least", "at_most")
DEFAULT_LAYER = "control"

# Field order of exported records: the CSV header and the JSON key order.
FIELD_NAMES = (
    "id",
    "kind",
    "actor",
    "region",
    "layer",
    "start",
    "end",
    "area_km2",
    "bound",
    "source",
    "url",
    "published",
    "note",
)
# The fields a figure is written with, its id left to the database (what
# `extract -f csv` prints, for `import` to read back).
RECORD_FIELDS = tuple(name for name in FIELD_NAMES if name != "id")
MAX_ID = 2**53  # the schema's limit: ids stay exact in JSON, far below SQLite's
# The natural key: two records agreeing on these are the same published figure.
KEY_FIELDS = ("kind", "actor", "region", "layer", "start", "end", "source")

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def stored_date(value: object, field: str = "date", record_id: object = None) -> date:
    """A date read from the database. The schema admits only YYYY-MM-DD, but a
    database written around it (checks switched off) must fail with one line
    naming the record, not a traceback in the middle of a report."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        which = f"record #{record_id}" if record_id is not None else "a record"
        raise FrontlineError(
            f"{which} holds {field} {shown(value)}, which is not a YYYY-MM-DD date; "
            "fix it in the database (with the sqlite3 tool) or remove it"
        ) from None


def shown(raw: object, limit: int = 40) -> str:
    """A user's value quoted for an error message, cut short if it is long."""
    text = str(raw)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$", re.ASCII)
# Years a figure can plausibly be about; also keeps day arithmetic (end + 1 day)
# far from the limits of Python's dates.
FIRST_YEAR, LAST_YEAR = 1800, 2200
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def parse_date(text: object, field: str = "date") -> date:
    """Read an ISO date or a written one (`19 Nov 2024`, `Nov 19, 2024`).

    Numeric forms other than ISO (`03/11/2024`) are refused: they mean 3 November
    in Kyiv and 11 March in Washington, and a guessed date is a wrong figure.
    Text is cached: a bulk import repeats the same few thousand dates.
    """
    if isinstance(text, date):
        return text
    if isinstance(text, str):
        return _parse_date_text(text, field)
    return _parse_date(text, field)


@functools.lru_cache(maxsize=16384)
def _parse_date_text(text: str, field: str) -> date:
    return _parse_date(text, field)


def _parse_date(text: object, field: str) -> date:
    raw = str(text).strip()
    if not raw:
        raise InputError(field, "is empty")
    iso = _ISO_DATE.match(raw)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return _checked_date(year, month, day, raw, field)
    if _NUMERIC_DATE.match(raw):
        raise InputError(
            field,
            f"{shown(raw)} is ambiguous (day/month or month/day?); "
            "write it as YYYY-MM-DD or like '3 Nov 2024'",
        )
    return _parse_written_date(raw, field)


def _checked_date(year: int, month: int, day: int, raw: str, field: str) -> date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(
            field, f"{shown(raw)} is outside the years {FIRST_YEAR}-{LAST_YEAR}"
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError(field, f"{shown(raw)} is not a date that exists") from None


def _parse_written_date(raw: str, field: str) -> date:
    words = re.findall(r"[A-Za-z]+|[0-9]+", raw)
    month = day = year = None
    for word in words:
        if word.isalpha():
            matches = [
                index
                for index, name in enumerate(MONTH_NAMES, 1)
                if len(word) >= 3 and name.startswith(word.lower())
            ]
            if len(matches) == 1 and month is None:
                month = matches[0]
            elif word.lower() not in ("of", "the", "st", "nd", "rd", "th"):
                break
        elif len(word) == 4 and year is None:
            year = int(word)
        elif len(word) <= 2 and day is None:
            day = int(word)
        else:
            break
    else:
        if month is not None and day is not None and year is not None:
            return _checked_date(year, month, day, raw, field)
    raise InputError(
        field,
        f"{shown(raw)} is not a date "
        "(use YYYY-MM-DD or a written date like '19 Nov 2024')",
    )


def parse_slug(text: object, field: str) -> str:
    """Actors, regions and layers are slugs so that `Russia` and `russia` match."""
    if isinstance(text, str):
        return _parse_slug_text(text, field)
    return _parse_slug(text, field)


@functools.lru_cache(maxsize=4096)
def _parse_slug_text(text: str, field: str) -> str:
    return _parse_slug(text, field)


def _parse_slug(text: object, field: str) -> str:
    raw = str(text).strip()
    slug = re.sub(r"\s+", "-", raw.lower())
    if not slug:
        raise InputError(field, "is empty")
    check_text(slug, field, MAX_NAME_LENGTH)
    if not _SLUG.match(slug):
        raise InputError(
            field,
            f"{shown(raw)} is not a valid name (letters, digits, '-', '_' and '.')",
        )
    return slug


def parse_kind(text: object) -> str:
    kind = str(text).strip().lower()
    if kind not in KINDS:
        raise InputError("kind", f"{shown(text)} is not one of {', '.join(KINDS)}")
    return kind


def plain_km2(value: float) -> str:
    """An area as a plain number string: `2700`, `258.998811`, no separators."""
    if float(value).is_integer():
        return str(int(value))
    return repr(round(value, 6))
