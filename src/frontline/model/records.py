"""The record: one published area figure, and the parsing of what users type for it.

Everything that enters the database passes through `record_from_fields`, whether it
was typed on the command line, read from the seed dataset or imported from a file,
so that a figure is validated by one set of rules and every error names its field.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from frontline.errors import InputError
from frontline.model.text import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, check_text
from frontline.model.values import (  # noqa: F401 (the names callers import from here)
    BOUNDS,
    DEFAULT_LAYER,
    FIELD_NAMES,
    FIRST_YEAR,
    KEY_FIELDS,
    KINDS,
    LAST_YEAR,
    MAX_ID,
    parse_date,
    parse_kind,
    parse_slug,
    shown,
    stored_date,
)

KM2_PER_UNIT = {
    "km2": 1.0,
    "mi2": 2.589988110336,  # international mile squared, exact by definition
    "ha": 0.01,
}
_UNIT_ALIASES = {
    "km2": "km2",
    "km²": "km2",
    "km^2": "km2",
    "sqkm": "km2",
    "sq km": "km2",
    "square kilometers": "km2",
    "square kilometres": "km2",
    "mi2": "mi2",
    "mi²": "mi2",
    "mi^2": "mi2",
    "sqmi": "mi2",
    "sq mi": "mi2",
    "square miles": "mi2",
    "ha": "ha",
    "hectares": "ha",
}
_BOUND_PREFIXES = (
    (">=", "at_least"),
    ("<=", "at_most"),
    ("≥", "at_least"),
    ("≤", "at_most"),
    (">", "at_least"),
    ("<", "at_most"),
    ("~", "approx"),
    ("≈", "approx"),
)
_NUMBER = re.compile(
    r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?(nan|inf(inity)?)",
    re.IGNORECASE | re.ASCII,
)
# Thousands separators (comma, space, no-break space, underscore) only between
# groups of three digits: "1,000,000" or "110 649", never "12 34" or "1,00".
_GROUPED = re.compile(r"[+-]?\d{1,3}([,_ \u00a0\u202f]\d{3})+(\.\d+)?", re.ASCII)
_SEPARATOR = re.compile(r"[,_ \u00a0\u202f]")
MAX_KM2 = 510_072_000.0  # the Earth's surface: no real figure is larger
_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?", re.ASCII)
_ALIASES_LONGEST_FIRST = sorted(_UNIT_ALIASES, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Record:
    """One published figure: area gained over `start`..`end`, or held at `end`."""

    kind: str
    actor: str
    region: str
    start: date
    end: date
    area_km2: float
    bound: str = "exact"
    layer: str = DEFAULT_LAYER
    source: str = ""
    url: str | None = None
    published: date | None = None
    note: str | None = None
    id: int | None = None

    @property
    def days(self) -> int:
        """Days spanned, both ends included (a holding spans its one day)."""
        return (self.end - self.start).days + 1

    @property
    def series(self) -> tuple[str, str, str, str]:
        """The series a record belongs to: figures from one source about one thing."""
        return (self.actor, self.region, self.layer, self.source)

    @property
    def key(self) -> tuple[str, str, str, str, str, str, str]:
        return (
            self.kind,
            self.actor,
            self.region,
            self.layer,
            self.start.isoformat(),
            self.end.isoformat(),
            self.source,
        )

    def to_row(self) -> dict[str, object]:
        """The record as database / export values: dates as ISO text."""
        return {
            "id": self.id,
            "kind": self.kind,
            "actor": self.actor,
            "region": self.region,
            "layer": self.layer,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "area_km2": self.area_km2,
            "bound": self.bound,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "note": self.note,
        }

    def to_values(self) -> tuple[object, ...]:
        """`to_row()`'s values in FIELD_NAMES order, without building a dict: the
        bulk-import path calls this once per row."""
        published = self.published
        return (
            self.id,
            self.kind,
            self.actor,
            self.region,
            self.layer,
            self.start.isoformat(),
            self.end.isoformat(),
            self.area_km2,
            self.bound,
            self.source,
            self.url,
            published.isoformat() if published else None,
            self.note,
        )

    def with_changes(self, **changes: object) -> Record:
        return replace(self, **changes)


def record_from_row(row: Mapping[str, object]) -> Record:
    """Rebuild a record from database values, trusting all but their dates."""
    published = row.get("published")
    identifier = row.get("id")
    return Record(
        kind=str(row["kind"]),
        actor=str(row["actor"]),
        region=str(row["region"]),
        layer=str(row["layer"]),
        start=stored_date(row["start"], "start", identifier),
        end=stored_date(row["end"], "end", identifier),
        area_km2=float(row["area_km2"]),  # type: ignore[arg-type]
        bound=str(row["bound"]),
        source=str(row["source"] or ""),
        url=row.get("url") or None,  # type: ignore[arg-type]
        published=stored_date(published, "published", identifier)
        if published
        else None,
        note=row.get("note") or None,  # type: ignore[arg-type]
        id=row.get("id"),  # type: ignore[arg-type]
    )


@dataclass(frozen=True, slots=True)
class Area:
    km2: float
    bound: str


def parse_area(text: object, field: str = "area") -> Area:
    """Read `2,700`, `~2700 km2`, `>1000`, `1000+`, `<500 mi2`, `12 ha` as km².

    A prefix or a trailing `+` sets the bound; a unit suffix converts to km².
    """
    if isinstance(text, bool):
        raise InputError(field, f"{shown(text)} is not a number")
    if isinstance(text, int | float):
        try:
            value = float(text)
        except OverflowError:  # an integer beyond any float: 10**400
            value = 2 * MAX_KM2 if text > 0 else -1.0  # the message says which
        return Area(_checked_km2(value, _number_text(text), field), "exact")
    raw = str(text).strip().replace("\u2212", "-")  # a typographic minus sign
    if not raw:
        raise InputError(field, "is empty")
    if _PLAIN_NUMBER.fullmatch(raw):  # what machines write: no bound, no unit
        return Area(_checked_km2(float(raw), raw, field), "exact")
    body = raw
    bound = "exact"
    for prefix, prefix_bound in _BOUND_PREFIXES:
        if body.startswith(prefix):
            bound = prefix_bound
            body = body[len(prefix) :].strip()
            break
    unit = "km2"
    lowered = body.lower()
    for alias in _ALIASES_LONGEST_FIRST:
        if lowered.endswith(alias):
            head = body[: len(body) - len(alias)]
            if head and (head[-1].isdigit() or head[-1] in " +"):
                unit = _UNIT_ALIASES[alias]
                body = head.strip()
                break
    else:
        trailing = re.search(r"[A-Za-z²^][A-Za-z²^ ]*$", body)
        if trailing and re.match(r"[+-]?[\d.,]", body):
            raise InputError(
                field,
                f"unknown unit {trailing.group(0).strip()!r} in {shown(raw)} "
                "(use km2, mi2 or ha)",
            )
    if body.endswith("+"):
        if bound != "exact":
            raise InputError(field, f"{shown(raw)} gives two bounds")
        bound = "at_least"
        body = body[:-1].strip()
    number = _SEPARATOR.sub("", body)
    if not _NUMBER.fullmatch(number):
        raise InputError(field, f"{shown(raw)} is not a number")
    if _SEPARATOR.search(body) and not _GROUPED.fullmatch(body):
        raise InputError(field, f"{shown(raw)} has misplaced thousands separators")
    value = float(number) * KM2_PER_UNIT[unit]
    if value == 0 and re.search(r"[1-9]", number.split("e")[0].split("E")[0]):
        raise InputError(field, f"{shown(raw)} is too small to store")
    return Area(_checked_km2(value, raw, field), bound)


def _number_text(number: int | float) -> str:
    """A number as the user wrote it, without spelling out 400 digits."""
    if isinstance(number, int) and abs(number) >= 10**40:
        digits = len(str(abs(number)))
        return f"{str(number)[:6]}… ({digits:,} digits)"
    return str(number)


def _checked_km2(value: float, raw: str, field: str) -> float:
    if math.isnan(value):
        raise InputError(field, f"{shown(raw)} is not a number (NaN)")
    if math.isinf(value):
        raise InputError(field, f"{shown(raw)} is infinite")
    if value < 0:
        raise InputError(
            field,
            f"{shown(raw)} is negative; record a loss as the other actor's gain",
        )
    if value > MAX_KM2:
        raise InputError(
            field, f"{shown(raw)} is larger than the Earth's surface (510 million km²)"
        )
    return value


def parse_bound(text: object) -> str:
    bound = str(text).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {"~": "approx", "approximate": "approx", "about": "approx"}
    bound = aliases.get(bound, bound)
    if bound not in BOUNDS:
        raise InputError("bound", f"{shown(text)} is not one of {', '.join(BOUNDS)}")
    return bound


def _text(value: object, field: str, limit: int = MAX_NAME_LENGTH) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    check_text(text, field, limit)
    return text


def _present(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def record_from_fields(values: Mapping[str, object]) -> Record:
    """Validate user-supplied field values into a Record.

    Accepted keys are the record fields plus `on` (a single day: sets both ends)
    and `area` (alias of `area_km2`). A holding needs only `end` (or `on`); a
    `bound` value overrides the one implied by the area's prefix only when the
    two agree or the area had none.
    """
    unknown = set(values) - set(FIELD_NAMES) - {"on", "area"}
    if unknown:
        raise InputError(sorted(unknown)[0], "is not a record field")
    kind = kind_of(values)
    actor = slug_of(values, "actor")
    region = slug_of(values, "region")
    layer = layer_of(values)
    start, end = span_of(values, kind)
    km2, bound = area_of(values)
    return Record(
        kind=kind,
        actor=actor,
        region=region,
        layer=layer,
        start=start,
        end=end,
        area_km2=km2,
        bound=bound,
        source=_text(values.get("source"), "source") or "",
        url=_text(values.get("url"), "url"),
        published=published_of(values),
        note=_text(values.get("note"), "note", MAX_NOTE_LENGTH),
        id=id_of(values),
    )


# The parts of `record_from_fields`, each depending on a few fields only, so that
# a bulk reader (`model.rows`) can validate each distinct raw value once and
# still apply exactly these rules.


def kind_of(values: Mapping[str, object]) -> str:
    return parse_kind(values.get("kind") or "change")


def slug_of(values: Mapping[str, object], name: str) -> str:
    return parse_slug(_required(values, name), name)


def text_of(value: object, field: str) -> str | None:
    """Free text (source, url, note) as stored, within its length limit."""
    return _text(value, field, MAX_NOTE_LENGTH if field == "note" else MAX_NAME_LENGTH)


def layer_of(values: Mapping[str, object]) -> str:
    return parse_slug(values.get("layer") or DEFAULT_LAYER, "layer")


def span_of(values: Mapping[str, object], kind: str) -> tuple[date, date]:
    """First and last day from `on` or `start`/`end`, checked against the kind."""
    on = values.get("on")
    start_value = values.get("start")
    if "on" in values and not _present(on):
        raise InputError("on", "is empty")
    if _present(on):
        start = end = parse_date(on, "on")
        for name in ("start", "end"):
            other = values.get(name)
            if _present(other) and parse_date(other, name) != start:
                raise InputError("on", "give either a single day (on) or start and end")
    else:
        end = parse_date(_required(values, "end"), "end")
        if _present(start_value):
            start = parse_date(start_value, "start")
        elif kind == "holding":
            start = end
        else:
            raise InputError("start", "is required for a change (or give on)")
    if start > end:
        raise InputError(
            "end", f"{end.isoformat()} is before start {start.isoformat()}"
        )
    if kind == "holding" and start != end:
        raise InputError(
            "start", "a holding is the area held on one day: start must equal end"
        )
    return start, end


def area_of(values: Mapping[str, object]) -> tuple[float, str]:
    """The area in km² and its bound, from `area` or `area_km2` and `bound`."""
    area_field = "area" if "area" in values else "area_km2"
    area = parse_area(_required(values, area_field), area_field)
    if _present(values.get("area")) and _present(values.get("area_km2")):
        other = parse_area(values["area_km2"], "area_km2")
        if other != area:
            raise InputError("area", "give either area or area_km2, not both")
    bound = area.bound
    if _present(values.get("bound")):
        given = parse_bound(values["bound"])
        if area.bound != "exact" and given != area.bound:
            raise InputError(
                "bound",
                f"{given} contradicts the area's own prefix ({area.bound})",
            )
        bound = given
    return area.km2, bound


def published_of(values: Mapping[str, object]) -> date | None:
    published = values.get("published")
    return parse_date(published, "published") if _present(published) else None


def id_of(values: Mapping[str, object]) -> int | None:
    identifier = values.get("id")
    return _parse_id(identifier) if _present(identifier) else None


def _required(values: Mapping[str, object], field: str) -> object:
    value = values.get(field)
    if not _present(value):
        raise InputError(field, "is required")
    return value


# An id given in a file (an export read back) may use half of that range, so that
# however large it is, new records (numbered after the largest id) still find
# 2^52 free ids: an id of 2^53 would leave none, and every later write would fail.
MAX_GIVEN_ID = 2**52
_ID = re.compile(r"\d{1,20}", re.ASCII)


def _parse_id(value: object) -> int:
    text = str(value).strip()
    if not _ID.fullmatch(text):
        raise InputError("id", f"{shown(value)} is not a record id")
    identifier = int(text)
    if not 1 <= identifier <= MAX_GIVEN_ID:
        raise InputError(
            "id",
            f"{shown(value)} is out of range: a record id given in a file runs "
            "from 1 to 2^52 (4503599627370496)",
        )
    return identifier


# The figure `add` and `edit` build from their options (as typed), shared by the
# command line and `frontline.open(...).add()` so that both refuse the same
# mistakes with the same words.
def figure(
    area: str | float,
    *,
    actor: str,
    region: str,
    start: str | None = None,
    end: str | None = None,
    on: str | None = None,
    period: str | None = None,
    holding: bool = False,
    layer: str = "control",
    source: str = "",
    url: str | None = None,
    published: str | None = None,
    note: str | None = None,
    approx: bool = False,
    at_least: bool = False,
    at_most: bool = False,
) -> Record:
    """The record `add` would write, from its options (as typed): a change over
    --from..--to (or a --period), a holding --on a day; the bound from the
    area's sign (`~2,700`, `>1000`) or one of the bound flags."""
    if period is not None:
        start, end = period_days(period, on, start, end, holding)
    if not holding and on is None and (start is None or end is None):
        missing = "--from" if start is None else "--to"
        raise InputError(
            missing.lstrip("-"), f"{missing} is required (or --on for one day)"
        )
    if holding and start is not None and on is None and end is None:
        raise InputError("to", "a holding is dated with --on (or --to)")
    values: dict[str, object] = {
        "kind": "holding" if holding else "change",
        "actor": actor,
        "region": region,
        "layer": layer,
        "area": str(area),
        "bound": bound_flag(approx, at_least, at_most),
        "source": source,
        "url": url,
        "published": published,
        "note": note,
        **figure_dates(on, start, end),
    }
    return record_from_fields({k: v for k, v in values.items() if v is not None})


def bound_flag(approx: bool, at_least: bool, at_most: bool) -> str | None:
    chosen = [
        name
        for name, flag in (
            ("approx", approx),
            ("at_least", at_least),
            ("at_most", at_most),
        )
        if flag
    ]
    if len(chosen) > 1:
        raise InputError("bound", "give only one of --approx, --at-least, --at-most")
    return chosen[0] if chosen else None


def figure_dates(on: str | None, start: str | None, end: str | None) -> dict[str, str]:
    if on is not None and (start is not None or end is not None):
        raise InputError("on", "give either --on or --from/--to, not both")
    if on is not None:
        return {"on": on}
    return {
        key: value
        for key, value in (("start", start), ("end", end))
        if value is not None
    }


def period_days(
    period: str, on: str | None, start: str | None, end: str | None, holding: bool
) -> tuple[str, str]:
    """The first and last day of `add --period`: a figure over a whole month,
    quarter, week or year, as the reports name periods."""
    from frontline.model.periods import parse_period

    if on is not None or start is not None or end is not None:
        raise InputError("period", "give --period or --on/--from/--to, not both")
    if holding:
        raise InputError("period", "a holding is dated with --on, not a period")
    if period.strip().endswith(".."):
        raise InputError(
            "period", f"{period!r} is open-ended; a figure needs its last day"
        )
    whole = parse_period(period, "period")
    return whole.start.isoformat(), whole.end.isoformat()
