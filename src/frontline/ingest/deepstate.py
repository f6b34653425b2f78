"""DeepState map snapshots: which polygon is which layer, and the snapshot's day.

DeepState's export is a FeatureCollection (or its API's `{"id", "datetime",
"map"}` wrapper) of a few hundred features: points for units and airfields, and
polygons told apart only by `properties.name` and their `fill`. The name has
had three forms: Ukrainian only (`Окуповано`, 2022), `Ukrainian /// English`,
and since 2024 `Ukrainian /// English /// geoJSON.<key>`. The key is the most
stable, then the English label, then the Ukrainian one; the fill colour is the
last resort, because the same colour has meant different things (Transnistria
wore the pre-2022 crimson in 2022 files, ORDLO was black).

Labels are matched whole, never by substring: DeepState also draws satirical or
foreign "occupied" areas (`Occupied Abkhazia`, `Occupied Petsamo`, Karelia) that
are not Ukraine, so a name is first checked for a foreign place, and "occupied"
counts only as the whole label or as a word in a Ukrainian local label
(`Ізюм. Окуповано`). Whatever matches no rule is skipped and named, so that a
new label shows up in the import's notes instead of silently changing a total.

The module is pure: it takes decoded JSON and returns classifications and
unioned shapes (via `frontline.ingest.shapes`); reading files is the caller's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.ingest import shapes

# What a polygon is.
OCCUPIED = "occupied"
PRE_2022 = "pre-2022"
CONTESTED = "contested"
LIBERATED = "liberated"
FOREIGN = "foreign"
UNRECOGNISED = "unrecognised"

# The layers stored, and who holds each. "control" is what Russia holds, old and
# new; "pre-2022" is also kept on its own so the two can be told apart. Nobody
# holds the grey zone: its actor is the importer's to give.
CONTROL = "control"
LAYERS = (CONTROL, PRE_2022, CONTESTED, LIBERATED)
LAYER_ACTORS: dict[str, str | None] = {
    CONTROL: "russia",
    PRE_2022: "russia",
    CONTESTED: None,
    LIBERATED: "ukraine",
}
# Callers drop features without area (points, lines) before classifying.
is_area = shapes.is_area

_LAYERS_OF = {
    OCCUPIED: (CONTROL,),
    PRE_2022: (CONTROL, PRE_2022),
    CONTESTED: (CONTESTED,),
    LIBERATED: (LIBERATED,),
    FOREIGN: (),
    UNRECOGNISED: (),
}

# --- the rules -------------------------------------------------------------------

KEYS = {
    "status.occupied": OCCUPIED,
    "territories.crimea": PRE_2022,
    "territories.ordlo": PRE_2022,
    "territories.tuzla": PRE_2022,
    "status.unknown": CONTESTED,
    "status.dismissed": LIBERATED,
    "status.dismissed_at": LIBERATED,
    **{
        f"territories.{place}": FOREIGN
        for place in (
            "transnistria",
            "abkhazia",
            "tskhinvali-district",
            "karelia",
            "prussia",
            "kuril",
            "petsamo",
            "salla",
            "estonia",
            "latvia",
            "pechorsky-district",
            "ichkeria",
        )
    },
}
# English labels, whole (after a trailing date such as "25.03" is cut off).
ENGLISH = {
    "occupied": OCCUPIED,
    "occupied crimea": PRE_2022,
    "crimea": PRE_2022,
    "cadr and calr": PRE_2022,
    "ordlo": PRE_2022,
    "tuzla": PRE_2022,
    "occupied tuzla": PRE_2022,
    "unknown status": CONTESTED,
    "status unknown": CONTESTED,
    "contested": CONTESTED,
    "grey zone": CONTESTED,
    "gray zone": CONTESTED,
    # Listed with the grey labels in the survey of old files: ground the
    # enemy was pushed out of but that is not yet called liberated.
    "the enemy was pushed back": CONTESTED,
    "liberated": LIBERATED,
    "taken back": LIBERATED,
}
# Places that are not Ukraine, as words of an English or Ukrainian label. Checked
# before any other rule, so "Occupied Abkhazia" never reads as "Occupied".
FOREIGN_WORDS = (
    "transnistria",
    "abkhazia",
    "tskhinvali",
    "south ossetia",
    "karelia",
    "prussia",
    "kuril",
    "petsamo",
    "salla",
    "estonia",
    "latvia",
    "pechor",
    "ichkeria",
    "придністров",
    "абхаз",
    "цхінвал",
    "осетія",
    "карелія",
    "пруссія",
    "курил",
    "печенг",
    "петсамо",
    "салла",
    "естонія",
    "латвія",
    "печор",
    "ічкерія",
)
# Ukrainian labels, by their words: checked in this order, so that "Окупований
# Крим" is pre-2022 and not merely occupied, and a liberation label that mentions
# occupiers ("звільнено від окупантів") is liberated.
UKRAINIAN = (
    (PRE_2022, re.compile(r"\b(крим\w*|ордло|орділо|тузла|окремі райони)")),
    (LIBERATED, re.compile(r"\b(звільнен\w*|відбит\w*|деокупован\w*|повернут\w*)")),
    (
        CONTESTED,
        re.compile(r"\b(невідом\w*|сір\w+ зон\w+|ворог\w* відкинут\w*)"),
    ),
    (OCCUPIED, re.compile(r"\b(окупован\w*|зайнят\w* ворогом|під окупацією)")),
)
FILLS = {
    "#a52714": OCCUPIED,
    "#880e4f": PRE_2022,
    "#bcaaa4": CONTESTED,
    "#bdbdbd": CONTESTED,
    "#0f9d58": LIBERATED,
    "#0288d1": LIBERATED,
    "#01579b": LIBERATED,
    "#ff5252": FOREIGN,
}
# DeepState's brightest red marks only areas that are not Ukraine, whatever the
# name says.
FOREIGN_FILL = "#ff5252"

_KEY = re.compile(r"geojson\.([a-z0-9_\-]+(?:\.[a-z0-9_\-]+)*)", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
# "Liberated 25.03", "Liberated 27–31.03", "Taken back 12.09.2022".
_TRAILING_DATE = re.compile(
    r"[\s,]*\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\.\d{2}(?:\.\d{2,4})?$"
)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
_STYLE_FILL = re.compile(r"#poly-([0-9a-f]{6})", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Classification:
    """What one area feature is, and which rule said so.

    `outcome` is one of OCCUPIED, PRE_2022, CONTESTED, LIBERATED, FOREIGN,
    UNRECOGNISED; `layers` the stored layers it joins (none when skipped);
    `rule` is "key", "english", "ukrainian", "fill" or "none"; `label` the name
    with its spacing cleaned, for notes.
    """

    outcome: str
    rule: str
    label: str

    @property
    def layers(self) -> tuple[str, ...]:
        return _LAYERS_OF[self.outcome]

    @property
    def actor(self) -> str | None:
        """Who holds the area: russia, ukraine, or None (grey, foreign, unknown)."""
        if self.outcome in (OCCUPIED, PRE_2022):
            return "russia"
        if self.outcome == LIBERATED:
            return "ukraine"
        return None


def clean_name(name: object) -> str:
    """A name with every kind of space made one plain space, and `///` spaced."""
    if not isinstance(name, str):
        return ""
    text = _SPACES.sub(" ", _INVISIBLE.sub("", name.translate(_APOSTROPHES)))
    parts = [part.strip() for part in text.split("///")]
    return " /// ".join(parts).strip()


def classify(properties: object) -> Classification:
    """Classify one area feature by its properties (see the module docstring)."""
    props = properties if isinstance(properties, dict) else {}
    label = clean_name(props.get("name"))
    fill = _fill(props)
    if fill == FOREIGN_FILL:
        return Classification(FOREIGN, "fill", label)
    for rule, outcome in (
        ("key", _by_key(label)),
        ("english", _by_english(label)),
        ("ukrainian", _by_ukrainian(label)),
        ("fill", FILLS.get(fill or "")),
    ):
        if outcome is not None:
            return Classification(outcome, rule, label)
    return Classification(UNRECOGNISED, "none", label)


def _fill(props: dict[str, Any]) -> str | None:
    value = props.get("fill")
    if isinstance(value, str) and value.strip():
        colour = value.strip().lower()
        colour = colour if colour.startswith("#") else f"#{colour}"
        return colour[:7]
    style = props.get("styleUrl")
    if isinstance(style, str) and (found := _STYLE_FILL.search(style)):
        return f"#{found.group(1).lower()}"
    return None


def _parts(label: str) -> list[str]:
    return [part for part in label.split(" /// ") if part and not _KEY.search(part)]


def _by_key(label: str) -> str | None:
    found = _KEY.search(label)
    return KEYS.get(found.group(1).lower()) if found else None


def _by_english(label: str) -> str | None:
    for part in _parts(label):
        if _CYRILLIC.search(part) or not _LATIN.search(part):
            continue
        words = _TRAILING_DATE.sub("", part.lower()).strip(" .:;,!")
        if any(place in words for place in FOREIGN_WORDS):
            return FOREIGN
        if words in ENGLISH:
            return ENGLISH[words]
    return None


def _by_ukrainian(label: str) -> str | None:
    for part in _parts(label):
        if not _CYRILLIC.search(part):
            continue
        words = part.lower()
        if any(place in words for place in FOREIGN_WORDS):
            return FOREIGN
        for outcome, pattern in UKRAINIAN:
            if pattern.search(words):
                return outcome
    return None


# --- the snapshot's day ----------------------------------------------------------

# Unix times in names or `id`s outside these years are not DeepState snapshots.
_EARLIEST = datetime(2014, 1, 1, tzinfo=UTC)
_LATEST = datetime(2100, 1, 1, tzinfo=UTC)
_UNIX_IN_NAME = re.compile(r"(?<!\d)(\d{10}|\d{13})(?!\d)")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d)")


def kyiv_day(moment: datetime) -> date:
    """The calendar day in Kyiv of a moment (a naive moment is Kyiv time already).

    DeepState works and publishes in Kyiv: an update posted at 00:30 on 16 March
    is that day's map to its readers and to the press that quotes it, though it
    is still the 15th in UTC. So a snapshot's day is its Kyiv day.
    """
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(_kyiv_zone(moment)).date()


def _kyiv_zone(moment: datetime) -> Any:
    """Europe/Kyiv from the tz database, else the EU summer-time rule it follows."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Kyiv")
    except (ImportError, LookupError, ValueError):
        pass
    utc = moment.astimezone(UTC)
    start = _last_sunday(utc.year, 3).replace(hour=1, tzinfo=UTC)
    end = _last_sunday(utc.year, 10).replace(hour=1, tzinfo=UTC)
    return timezone(timedelta(hours=3 if start <= utc < end else 2))


def _last_sunday(year: int, month: int) -> datetime:
    last = datetime(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _from_unix(value: object) -> datetime | None:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    seconds = value / 1000 if value > 1e11 else value
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return moment if _EARLIEST <= moment < _LATEST else None


def _from_text(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    if text.isdigit():
        return _from_unix(int(text))
    return None


def unwrap(
    document: object, file: str | None = None
) -> tuple[dict[str, Any], date | None]:
    """The FeatureCollection of a snapshot, and its day if the document says.

    A plain FeatureCollection carries no day (None: the caller tries the file
    name, then --set end=…). The API wrapper's day is that of its `datetime`,
    else of its `id` (a unix time), as a Kyiv calendar day (see `kyiv_day`); a
    `datetime` that is there but cannot be read, with no `id` to fall back on,
    is refused rather than ignored.
    """
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        return document, None
    if not isinstance(document, dict) or "map" not in document:
        raise InputError(
            None,
            "not a DeepState map: expected a GeoJSON FeatureCollection or "
            'the API\'s {"id", "datetime", "map"}',
            file=file,
        )
    collection = document["map"]
    if not isinstance(collection, dict) or collection.get("type") != (
        "FeatureCollection"
    ):
        raise InputError("map", "is not a GeoJSON FeatureCollection", file=file)
    return collection, wrapper_day(document, file)


def unwrap_streamed(
    members: dict[str, Any], streamed: bool, file: str | None = None
) -> date | None:
    """`unwrap` for a document read by `stream_json.FeatureStream`: checks the
    members around the streamed features and gives the snapshot's day."""
    document: Any = members
    if streamed:
        if isinstance(members.get("map"), dict):
            document = {**members, "map": {**members["map"], "features": []}}
        else:
            document = {**members, "features": []}
    collection, day = unwrap(document, file)
    if not isinstance(collection.get("features"), list):
        raise InputError("features", "must be an array of Features", file=file)
    return day


def wrapper_day(wrapper: dict[str, Any], file: str | None = None) -> date | None:
    """The day of an API wrapper from its `datetime`, else its `id` (see unwrap)."""
    moment = _from_text(wrapper.get("datetime"))
    if moment is None:
        moment = _from_unix(wrapper.get("id"))
    if moment is None and wrapper.get("datetime") is not None:
        raise InputError(
            "datetime",
            f"{wrapper['datetime']!r} is not a date and time (ISO 8601); "
            "give --set end=DATE",
            file=file,
        )
    return kyiv_day(moment) if moment is not None else None


def day_from_name(name: str) -> date | None:
    """The one day a file name gives: a unix time (10 or 13 digits, taken as a
    Kyiv day), or YYYYMMDD / YYYY-MM-DD. Two different days are refused. A
    pulled URL's name is read with its query, unquoted (an ArcGIS query's day
    is in `where=day%3D%272024-07-08%27`)."""
    from urllib.parse import unquote

    base = unquote(Path(name).name)
    found: list[date] = []
    for digits in _UNIX_IN_NAME.findall(base):
        moment = _from_unix(int(digits))
        if moment is not None:
            found.append(kyiv_day(moment))
    for year, _, month, day in _DATE_IN_NAME.findall(base):
        try:
            found.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    days = sorted(set(found))
    if len(days) > 1:
        shown = ", ".join(day.isoformat() for day in days)
        raise InputError(
            "end",
            f"the file name has two dates ({shown}); give --set end=DATE",
            file=name,
        )
    return days[0] if days else None


# --- a snapshot's layers ---------------------------------------------------------


@dataclass
class DeepStateLayers:
    """A snapshot's area features, unioned per stored layer, and what was left out.

    `geometries` has every layer of LAYERS (an empty MultiPolygon where the
    snapshot has none); `classified` counts area features per outcome; `points`
    counts features without area (units, airfields, arrows, null geometry);
    `foreign` and `unrecognised` count skipped features by cleaned name.
    """

    geometries: dict[str, Any]
    features: int = 0
    points: int = 0
    classified: Counter[str] = field(default_factory=Counter)
    foreign: Counter[str] = field(default_factory=Counter)
    unrecognised: Counter[str] = field(default_factory=Counter)

    def area_km2(self, layer: str) -> float:
        return shapes.geodesic_area_km2(self.geometries[layer])

    def notes(self, names: bool = False) -> list[str]:
        """What the snapshot gave and left out, in one line of counts; with
        `names`, a line more for each kind of area skipped, naming them (a raw
        file repeats long trilingual names, so they wait to be asked for)."""
        if not self.classified.total():
            return []  # no area at all: the summary line says so
        held = self.classified[OCCUPIED] + self.classified[PRE_2022]
        parts = [f"{counted(held, 'Russian-held area')} unioned"]
        parts += [
            f"{self.classified[outcome]:,} {outcome}"
            for outcome in (CONTESTED, LIBERATED)
            if self.classified[outcome]
        ]
        line = ", ".join(parts)
        skipped = [
            f"{count:,} {what}"
            for count, what in (
                (self.foreign.total(), "outside Ukraine"),
                (self.unrecognised.total(), "with a name no rule knows"),
            )
            if count
        ]
        if skipped:
            line += "; skipped: " + ", ".join(skipped)
            if not names:
                line += " (-v names them)"
        lines = [line]
        if names and self.foreign:
            lines.append("outside Ukraine: " + _names(self.foreign))
        if names and self.unrecognised:
            lines.append("no rule knows: " + _names(self.unrecognised))
        return lines


def counted(number: int, noun: str) -> str:
    """`1 area`, `2 areas`: never "1 areas"."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _names(names: Counter[str]) -> str:
    shown = [
        f"{name or '(no name)'!r}" + (f" ×{count}" if count > 1 else "")
        for name, count in sorted(names.items())
    ]
    return ", ".join(shown)


def layers_of(collection: object, file: str | None = None) -> DeepStateLayers:
    """The layers of a FeatureCollection (see `layers_from_features`)."""
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        raise InputError("features", "must be an array of Features", file=file)
    return layers_from_features(features, file)


def layers_from_features(
    features: Iterable[object], file: str | None = None
) -> DeepStateLayers:
    """Classify, parse and union features one at a time (they may be streamed).

    Only kept features are parsed: a broken foreign or unrecognised polygon is
    skipped with its name, not a reason to refuse the snapshot. A kept polygon
    that cannot be measured is refused, naming `feature N` (counted from 1).
    """
    parts: dict[str, list[Any]] = {layer: [] for layer in LAYERS}
    result = DeepStateLayers(geometries={})
    for number, feature in enumerate(features, 1):
        result.features += 1
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise InputError(
                None,
                "is not a GeoJSON Feature",
                file=file,
                line=number,
                line_label="feature",
            )
        geometry = feature.get("geometry")
        if not shapes.is_area(geometry):
            result.points += 1
            continue
        found = classify(feature.get("properties"))
        result.classified[found.outcome] += 1
        if found.outcome == FOREIGN:
            result.foreign[found.label] += 1
            continue
        if found.outcome == UNRECOGNISED:
            result.unrecognised[found.label] += 1
            continue
        shape = shapes.polygons_of(geometry, file, number)
        for layer in found.layers:
            parts[layer].append(shape)
    result.geometries = {layer: shapes.union(parts[layer]) for layer in LAYERS}
    return result
