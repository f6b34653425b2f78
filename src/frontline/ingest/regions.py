"""Region boundaries from a GeoJSON file: one polygon per region, named by slug.

The user brings the boundaries (oblasts, say) as a FeatureCollection whose
features carry the region's name in a property (`--region-key name`). A map is
then split by them (`model.geometry.split_by_regions`): each piece of area goes
to the first region holding it, what no region holds to `other`, so the parts
add up to the whole. Features with the same name are merged into one region.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.formats import registry
from frontline.formats.geojson import iter_features
from frontline.ingest import shapes
from frontline.ingest.sources import Source, open_text
from frontline.model.records import parse_slug


def region_slug(value: object) -> str:
    """A region's name as a slug: `Donetsk Oblast` → `donetsk-oblast`. Slugs are
    ASCII: a name in another script is refused (choose a property in Latin)."""
    text = re.sub(r"[^\w.]+", "-", str(value).strip().lower()).strip("-")
    return parse_slug(text, "region")


def read_regions(path: str, key: str) -> list[tuple[str, Any]]:
    """(slug, shape) for each region of a boundaries file, in file order.

    Every feature must carry `key` and have an area; a name that gives no slug
    (empty) or the reserved `other` is refused, naming the feature.
    """
    if not key.strip():
        raise InputError("region-key", "is empty")
    label = path
    file = Path(path)
    if not file.is_file():
        raise InputError("regions", "no such file", file=label)
    regions: dict[str, list[Any]] = {}
    with open_text(Source(label, file, "geojson", file_label=label)) as handle:
        stream = iter_features(handle, label)
        for number, feature in enumerate(stream, 1):
            slug, shape = _region(feature, key, label, number)
            regions.setdefault(slug, []).append(shape)
    if not stream.streamed:
        raise InputError(
            "regions", "is not a GeoJSON FeatureCollection of regions", file=label
        )
    if not regions:
        raise InputError("regions", "has no regions (no features)", file=label)
    return [(slug, shapes.union(parts)) for slug, parts in regions.items()]


def _region(feature: object, key: str, label: str, number: int) -> tuple[str, Any]:
    def refuse(field: str | None, message: str) -> InputError:
        return InputError(field, message, file=label, line=number, line_label="feature")

    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise refuse(None, "is not a GeoJSON Feature")
    properties = feature.get("properties")
    properties = properties if isinstance(properties, dict) else {}
    if properties.get(key) in (None, ""):
        found = ", ".join(sorted(str(name) for name in properties)) or "none"
        raise refuse("region-key", f"no property {key!r} (properties: {found})")
    try:
        slug = region_slug(properties[key])
    except InputError as error:
        raise refuse("region", error.message) from None
    if slug == shapes.OTHER_REGION:
        raise refuse(
            "region",
            f"{shapes.OTHER_REGION!r} is kept for the area outside every region",
        )
    geometry = feature.get("geometry")
    if not shapes.is_area(geometry):
        raise refuse("geometry", "a region needs a Polygon or MultiPolygon")
    return slug, shapes.polygons_of(geometry, label, number)


def read_clip(path: str) -> Any:
    """The boundary of `--clip FILE`: the union of every polygon of a map in any
    format the registry reads (GeoJSON, KML…), reprojected to longitude/latitude.
    A boundary with no area is refused: it would clip every map to nothing."""
    from frontline.ingest.maps import lon_lat
    from frontline.ingest.sources import open_data, resolve_sources

    parts = []
    for source in resolve_sources([path], None):
        if source.kind != registry.FEATURES:
            raise InputError("clip", "is not a map (GeoJSON, KML…)", file=source.label)
        with open_data(source) as (data, _):
            reader = registry.get(source.format).reader()
            for feature in reader.read(data, source.label):
                geometry = lon_lat(feature, source.label)
                if shapes.is_area(geometry):
                    parts.append(
                        shapes.polygons_of(geometry, source.label, feature.number)
                    )
    shape = shapes.union(parts)
    if shape.is_empty:
        raise InputError("clip", "has no Polygon or MultiPolygon features", file=path)
    return shape
