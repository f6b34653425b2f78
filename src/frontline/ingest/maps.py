"""Map snapshots into holding records: plain GeoJSON and DeepState, streamed.

A map file is read one feature at a time (`stream_json.iter_features`): each
area feature becomes a compact shapely geometry at once, and the file's text
is never held whole. At the end of the file the polygons are unioned per
layer, measured, optionally split by region, and turned into holdings; each
holding's shape is handed to `MapOptions.keep` (the store stages it) and the
geometry is let go before the next file is read.

Three ways to read a map (`Source.mode`):

- `geojson`: one polygon set; actor, region and layer come from `--set`.
  Every feature must have an area (a Point or a null geometry is refused).
- `deepstate`: DeepState's layers, classified by `ingest/deepstate.py`:
  `control` and `pre-2022` (actor russia), `contested` (actor `contested`:
  the grey zone has no holder, and `--actor russia` must never count it),
  `liberated` (actor ukraine); region `ukraine` and source `DeepState` unless
  `--set` says otherwise. Points and lines are dropped, foreign and
  unrecognised areas skipped, and all of them counted.
- `map` (a `.geojson`, or a `.json` holding an object, with no `--format`):
  DeepState when the file is the API wrapper (`{"id", "datetime", "map"}`) or
  any area feature's name is recognised by a DeepState name rule (the key,
  English or Ukrainian label; a fill colour alone does not count), else plain.
  Deciding needs the whole file, so every area feature is parsed, and an error
  in one DeepState would skip is raised only if the file turns out plain.

A holding's day, first found first taken: an option (`--set end=…`, or
`--map end=PROPERTY` for each feature); a feature's own time (a KML
placemark's TimeStamp or TimeSpan, `Feature.day`), each feature then its day's
as with `--map end=…`; `--date-from-name`; the DeepState wrapper's datetime;
a date in the file's name. Never the file's mtime.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from frontline.errors import InputError
from frontline.formats import registry
from frontline.formats.geojson import as_features, tail_features
from frontline.formats.registry import Feature
from frontline.ingest import dated, deepstate, geojson, shapes
from frontline.ingest.deepstate import Classification, DeepStateLayers, counted
from frontline.ingest.sources import FieldPlan, Meter, Source, open_data
from frontline.model.records import Record, record_from_fields
from frontline.store.records import Located

DEEPSTATE_SOURCE = "DeepState"
DEEPSTATE_REGION = "ukraine"
CONTESTED_ACTOR = "contested"
DEEPSTATE_ACTORS = {
    layer: actor or CONTESTED_ACTOR for layer, actor in deepstate.LAYER_ACTORS.items()
}
_NAME_RULES = ("key", "english", "ukrainian")
# Fields a DeepState snapshot decides itself, per layer.
_FROM_LAYERS = ("actor", "layer")


@dataclass
class MapSummary:
    """What the maps of one import left out, for the summary line and notes."""

    maps: int = 0
    deepstate: int = 0
    points: int = 0
    foreign: int = 0
    unrecognised: int = 0
    shapes: int = 0
    notes: list[str] = field(default_factory=list)
    # Name every area skipped (import -v), not only count them.
    names: bool = False

    def add(self, label: str, layers: DeepStateLayers) -> None:
        self.deepstate += 1
        self.points += layers.points
        self.foreign += layers.foreign.total()
        self.unrecognised += layers.unrecognised.total()
        self.notes.extend(
            f"note: {label}: {line}" for line in layers.notes(names=self.names)
        )

    def line(self) -> str | None:
        """`maps: …` for the end of the import's summary line (None: no map)."""
        if not self.maps:
            return None
        parts = [counted(self.maps, "map")]
        if self.deepstate:
            parts[0] += f" ({self.deepstate:,} DeepState)"
            parts.append(f"{counted(self.points, 'feature')} without area dropped")
            parts.append(f"{counted(self.foreign, 'area')} outside Ukraine skipped")
            parts.append(f"{self.unrecognised:,} unrecognised skipped")
        elif self.points:
            parts.append(f"{counted(self.points, 'feature')} without area skipped")
        return "maps: " + ", ".join(parts)


@dataclass
class MapOptions:
    """How maps are read: region boundaries to split by, where shapes go."""

    regions: Sequence[tuple[str, Any]] | None = None
    keep: Callable[[Record, bytes], None] | None = None
    summary: MapSummary = field(default_factory=MapSummary)
    # Only what lies inside this shape is measured (--clip).
    clip: Any = None
    # A strftime-like pattern that reads each file's day from its name.
    date_pattern: str | None = None
    # Per-feature fields by property values (`ingest/rules.py`).
    rules: Any = None


def check_plan(plan: FieldPlan, fmt: str) -> None:
    """Refuse, before any file is read, options that cannot apply to a map."""
    geojson.check_plan(plan)
    if fmt == "deepstate":
        _check_deepstate_plan(plan, None)
        if plan.mapped:
            raise InputError(
                "map",
                "a DeepState snapshot's layers are classified by name; --map reads "
                "fields from the properties of a plain map (--format geojson)",
            )


def _check_deepstate_plan(plan: FieldPlan, label: str | None) -> None:
    for name in _FROM_LAYERS:
        if name in plan.constants:
            raise InputError(
                name,
                f"a DeepState snapshot's layers decide the {name} of each holding; "
                "give --format geojson to read the file as one polygon set",
                file=label,
            )


# --- reading one file --------------------------------------------------------------


@dataclass
class Collected:
    """A map's area features, parsed, and what the file said around them."""

    label: str
    members: dict[str, Any]
    streamed: bool
    mode: str
    # (feature number, classification or None, shape or None, error or None)
    areas: list[tuple[int | None, Classification | None, Any, InputError | None]]
    features: int = 0
    not_area: list[tuple[int | None, object]] = field(default_factory=list)
    # A plain GeoJSON refuses features without area; other formats (a KML's
    # pins) count and skip them.
    strict: bool = True

    @property
    def wrapper(self) -> bool:
        return isinstance(self.members.get("map"), dict)

    def is_deepstate(self) -> bool:
        if self.mode != "map":
            return self.mode == "deepstate"
        return self.wrapper or any(
            found is not None and found.rule in _NAME_RULES
            for _, found, _, _ in self.areas
        )

    def plain_shape(self, label: str) -> Any:
        """The union of every area, or the first reason a plain map is refused."""
        if self.not_area and self.strict:
            number, geometry = self.not_area[0]
            if geometry is None:
                raise _at(InputError("geometry", "is missing (null)"), label, number)
            kind = geometry.get("type") if isinstance(geometry, dict) else None
            raise _at(
                InputError(
                    "geometry",
                    f"a {kind or 'geometry without a type'} has no area; "
                    "only Polygon and MultiPolygon are measured",
                ),
                label,
                number,
            )
        for _, _, _, error in self.areas:
            if error is not None:
                raise error
        shape = shapes.union(shape for _, _, shape, _ in self.areas)
        if shape.is_empty:
            raise InputError(None, geojson.NO_AREA, file=label)
        return shape

    def deepstate_layers(self) -> DeepStateLayers:
        """The DeepState layers (see `deepstate.layers_from_features`)."""
        parts: dict[str, list[Any]] = {layer: [] for layer in deepstate.LAYERS}
        result = DeepStateLayers(geometries={}, features=self.features)
        result.points = len(self.not_area)
        for _, found, shape, error in self.areas:
            assert found is not None
            result.classified[found.outcome] += 1
            if found.outcome == deepstate.FOREIGN:
                result.foreign[found.label] += 1
            elif found.outcome == deepstate.UNRECOGNISED:
                result.unrecognised[found.label] += 1
            else:
                if error is not None:
                    raise error
                for layer in found.layers:
                    parts[layer].append(shape)
        result.geometries = {
            layer: shapes.union(parts[layer]) for layer in deepstate.LAYERS
        }
        return result


def collect(
    features: Iterable[Feature], label: str, mode: str, strict: bool = True
) -> Collected:
    """Parse the area features of a map one at a time (see the module docstring)."""
    collected = Collected(label, {}, True, mode, [], strict=strict)
    for feature in features:
        if feature.number is None:
            if not shapes.is_area(feature.geometry):
                raise InputError(None, geojson.NO_AREA, file=label)
        else:
            collected.features += 1
        geometry = lon_lat(feature, label)
        _add(collected, feature.number, geometry, feature.properties)
    return collected


def lon_lat(feature: Feature, label: str) -> Any:
    """A feature's geometry in WGS84 longitude/latitude (reprojected if its
    reader gave another coordinate system)."""
    if feature.crs is None or not shapes.is_area(feature.geometry):
        return feature.geometry
    return shapes.to_lon_lat(
        feature.geometry, feature.crs, feature.label or label, feature.number
    )


def _add(collected: Collected, number: int | None, geometry: Any, props: Any) -> None:
    mode, label = collected.mode, collected.label
    if not shapes.is_area(geometry):
        collected.not_area.append((number, geometry))
        if mode == "geojson" and collected.strict:
            collected.plain_shape(label)  # raises the reason
        return
    found = deepstate.classify(props) if mode != "geojson" else None
    kept = found is None or found.layers
    shape, error = None, None
    if mode == "deepstate" and not kept:
        collected.areas.append((number, found, None, None))
        return
    try:
        shape = shapes.polygons_of(geometry, label, number)
    except InputError as failed:
        if mode != "map":
            raise
        error = failed
    collected.areas.append((number, found, shape, error))


def collect_document(document: object, label: str, mode: str) -> Collected:
    """`collect` for a decoded document (a FeatureCollection, wrapper, Feature or
    bare geometry), with the checks a streamed read makes."""
    if isinstance(document, dict) and isinstance(document.get("features"), list):
        members = {k: v for k, v in document.items() if k != "features"}
        collected = collect(as_features(document["features"], label), label, mode)
        collected.members = members
        tail_features(members, True, label)
        return collected
    if isinstance(document, dict) and isinstance(document.get("map"), dict):
        inner = document["map"]
        collected = collect_document(inner, label, mode)
        collected.members = {**document, "map": collected.members}
        return collected
    if not isinstance(document, dict):
        raise _not_geojson(label, None)
    collected = collect(tail_features(document, False, label), label, mode)
    collected.members = dict(document)
    collected.streamed = False
    return collected


def geojson_area_km2(document: object, label: str) -> float:
    """Geodesic area in km² of the union of every polygon in a decoded document.

    A document without a single polygon (an empty FeatureCollection, say: a
    failed download) is refused rather than measured as 0 km², which would be
    stored as a holding of nothing and read as the front line collapsing.
    """
    shape = collect_document(document, label, "geojson").plain_shape(label)
    return shapes.geodesic_area_km2(shape)


def _not_geojson(label: str, kind: object) -> InputError:
    found = f"type {kind!r}" if kind else "no GeoJSON type"
    return InputError(
        None,
        f"not a GeoJSON FeatureCollection, Feature, Polygon or MultiPolygon ({found})",
        file=label,
    )


def _at(error: InputError, label: str, number: int | None) -> InputError:
    if number is None:
        return error.at(label, None)
    return error.at(label, number, line_label="feature")


def read_map(
    source: Source,
    plan: FieldPlan,
    options: MapOptions | None = None,
    meter: Meter | None = None,
) -> Iterator[Located]:
    """The holdings of one map file (see the module docstring), read streamed."""
    options = options if options is not None else MapOptions()
    with open_data(source) as (data, raw):
        if meter is not None:
            meter.start(raw)
        reader = registry.get(source.format).reader()
        if plan.mapped or options.rules is not None:
            # Each feature is measured on its own: a reader that can leave the
            # geometry as text (GeoJSON) lets shapely read it without Python lists.
            read = getattr(reader, "read_raw", reader.read)
            yield from _dated(read(data, source.label), source, plan, options)
            return
        stream = reader.read(data, source.label)
        if _feature_days(stream, plan):
            yield from _dated(stream, source, plan, options)
            return
        strict = source.format == "geojson"
        collected = collect(stream, source.label, _mode(source), strict)
        members = collected.members = getattr(stream, "members", {})
        streamed = collected.streamed = getattr(stream, "streamed", True)
    options.summary.maps += 1
    if collected.is_deepstate():
        _check_deepstate_plan(plan, source.label)
        layers = collected.deepstate_layers()
        del collected
        options.summary.add(source.label, layers)
        day = _deepstate_day(source, plan, layers, members, streamed, options)
        fields = {
            "region": DEEPSTATE_REGION,
            "source": DEEPSTATE_SOURCE,
            **plan.constants,
            **day,
            "kind": "holding",
        }
        for layer in deepstate.LAYERS:
            values = {**fields, "actor": DEEPSTATE_ACTORS[layer], "layer": layer}
            yield from _holdings(
                values, layers.geometries.pop(layer), source.label, options, layer
            )
        return
    shape = collected.plain_shape(source.label)
    options.summary.points += len(collected.not_area)
    del collected
    day = _plain_day(source, plan, members, options)
    values = {**plan.constants, **day, "kind": "holding"}
    yield from _holdings(values, shape, source.label, options, None)


def _mode(source: Source) -> str:
    """A map's reading mode: DeepState is told apart by its names in GeoJSON
    only (what it publishes); a KML placemark called "Crimea" or a shapefile
    field called `name` is no reason to read a file as DeepState's layers."""
    if source.mode == "map" and source.format != "geojson":
        return "geojson"
    return source.mode


def _feature_days(stream: Iterable[Feature], plan: FieldPlan) -> bool:
    """Whether a map's features give their own days (a KML placemark's
    TimeStamp or TimeSpan) and no option gives the day: then each feature is
    its day's, as with `--map end=…`. Only a reader that has read the file
    whole (a list) can say so before the features are measured."""
    if {"end", "on"} & (set(plan.constants) | set(plan.mapped)):
        return False
    return isinstance(stream, list) and any(f.day is not None for f in stream)


def _plain_day(
    source: Source, plan: FieldPlan, members: dict[str, Any], options: MapOptions
) -> dict[str, str]:
    if "end" in plan.constants or "on" in plan.constants:
        return {}
    if options.date_pattern is not None:
        return {"end": named_day(source, options.date_pattern).isoformat()}
    day = None
    if isinstance(members.get("map"), dict):
        day = deepstate.wrapper_day(members, source.label)
    if day is None and source.path is not None:
        day = deepstate.day_from_name(source.label)
    if day is None:
        raise geojson.no_day(source.label)
    return {"end": day.isoformat()}


def _deepstate_day(
    source: Source,
    plan: FieldPlan,
    layers: DeepStateLayers,
    members: dict[str, Any],
    streamed: bool,
    options: MapOptions,
) -> dict[str, str]:
    """--set end, else the wrapper's day, else the file name's (see deepstate)."""
    wrapped: date | None = deepstate.unwrap_streamed(members, streamed, source.label)
    if "end" in plan.constants or "on" in plan.constants:
        return {}
    if options.date_pattern is not None:
        return {"end": named_day(source, options.date_pattern).isoformat()}
    day = wrapped
    if day is None and source.path is not None:
        day = deepstate.day_from_name(source.label)
    if day is None:
        raise geojson.no_day(source.label)
    return {"end": day.isoformat()}


def _holdings(
    values: dict[str, Any],
    shape: Any,
    label: str,
    options: MapOptions,
    layer: str | None,
) -> Iterator[Located]:
    """The whole map's holding, then one per region and `other` when regions
    are given; each shape goes to `options.keep`."""
    where = f"{label}, layer {layer}" if layer else label
    if options.clip is not None:
        shape = shapes.intersection(shape, options.clip)
    whole = _holding(values, shape, label, where)
    pieces = [(whole, shape, where)]
    if options.regions is not None:
        if any(slug == whole.region for slug, _ in options.regions):
            raise InputError(
                "region",
                f"{whole.region!r} is both the whole map's region and a region in "
                "the boundaries file; give --set region=NAME for the whole",
                file=label,
            )
        for slug, part in shapes.split_by_regions(shape, options.regions):
            at = f"{where}, region {slug}"
            record = _holding({**values, "region": slug}, part, label, at)
            pieces.append((record, part, at))
    for record, piece, origin in pieces:
        if options.keep is not None:
            options.keep(record, shapes.to_wkb(piece))
        yield record, origin


def _holding(values: dict[str, Any], shape: Any, label: str, where: str) -> Record:
    """One holding of `shape`'s area; a field error names the file."""
    values = {**values, "area_km2": shapes.geodesic_area_km2(shape)}
    try:
        return record_from_fields(values)
    except InputError as error:
        raise error.at(label, None) from None


def named_day(source: Source, pattern: str) -> date:
    """The day --date-from-name reads from the data's own name, else from the
    file's (a KMZ's `doc.kml` has its day only in the outer name)."""
    from pathlib import PurePath

    names = [name for name in (source.name, PurePath(source.file_label).name) if name]
    return dated.date_from_pattern(pattern, names, source.label)


def _dated(
    features: Iterable[Feature], source: Source, plan: FieldPlan, options: MapOptions
) -> Iterator[Located]:
    """Holdings of a map whose features carry their day (`--map end=…`) and
    other fields (`--map`, `--rules` on their properties): one per day and
    fields, the union of its features (see `ingest/dated.py`). Features
    without area are counted and skipped, as are those a rule skips."""
    label = source.label
    day_field = "end" if "end" in plan.mapped else "on" if "on" in plan.mapped else None
    # A feature's own time gives its day unless an option gives the day.
    own_days = day_field is None and not {"end", "on"} & set(plan.constants)
    map_day: date | None = None
    groups = dated.Groups()
    try:
        for feature in features:
            properties = feature.properties
            values = {}
            for name, column in plan.mapped.items():
                value = properties.get(column)
                if name == day_field:
                    value = dated.feature_day(value, label, feature.number, column)
                elif value is None:
                    raise InputError(
                        name,
                        f"no {column!r} property (from --map {name}={column})",
                        file=feature.label or label,
                        line=feature.number,
                        line_label="feature",
                    )
                values[name] = value if isinstance(value, str | date) else str(value)
            if options.rules is not None:
                rule = options.rules.first_match(properties.get)
                if rule is not None and rule.skip:
                    continue
                if rule is not None:
                    values = options.rules.apply(rule, values)
            if own_days and not {"end", "on"} & set(values):
                # The feature's own time, else the map's day (found once).
                if feature.day is None and map_day is None:
                    map_day = date.fromisoformat(
                        _plain_day(source, plan, {}, options)["end"]
                    )
                values["end"] = feature.day or map_day
            where = feature.label or label
            if isinstance(feature.geometry, str):  # GeoJSON text, undecoded
                shape = shapes.polygons_of_text(feature.geometry, where, feature.number)
                geometry = None
            else:
                geometry = lon_lat(feature, label)
                shape = None
                if shapes.is_area(geometry):
                    shape = shapes.polygons_of(geometry, where, feature.number)
            if shape is None:
                options.summary.points += 1
                continue
            # Only the shape stays: the decoded feature goes before the next.
            del feature, properties, geometry
            groups.add(tuple(sorted(values.items(), key=_by_name)), shape)
        options.summary.maps += 1
        for key, shape in groups.items():
            values = {**plan.constants, **dict(key), "kind": "holding"}
            if day_field == "on":
                values["on"] = values["on"].isoformat()
            elif isinstance(values.get("end"), date):
                values["end"] = values["end"].isoformat()
            else:  # a feature without a time of its own: the map's day
                values.update(_plain_day(source, plan, {}, options))
            yield from _holdings(values, shape, label, options, None)
    finally:
        groups.close()


def _by_name(item: tuple[str, Any]) -> str:
    return item[0]
