"""An import's options as a person or a script gives them (paths, `A=B` pairs
or a dict, names) turned into `pipeline.ImportOptions`: every file they name is
read, and every combination checked, before any input is. And what an import
did, as data."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from frontline.errors import InputError
from frontline.ingest.pipeline import ImportOptions
from frontline.ingest.sources import FieldPlan


def import_json(result: Any) -> dict[str, Any]:
    """What an import did, as data: its counts, its label and its notes."""
    summary = result.summary
    return {
        "label": result.label,
        "dry_run": result.dry_run,
        "added": summary.added,
        "updated": summary.updated,
        "skipped": summary.skipped,
        "unchanged": summary.unchanged,
        "repeated": summary.repeated,
        "notes": [
            *result.notes,
            *(part for part in (result.maps_line, result.rules_line) if part),
        ],
    }


def pairs(values: Sequence[str] | dict[str, str]) -> list[str]:
    """`--map`/`--set` values as the command line gives them (`["end=date"]`),
    from a list, one string or a dict."""
    if isinstance(values, dict):
        return [f"{key}={value}" for key, value in values.items()]
    return [values] if isinstance(values, str) else list(values)


def import_options(
    *,
    kind: str | None = None,
    map: Sequence[str] | dict[str, str] = (),
    set: Sequence[str] | dict[str, str] = (),
    on_conflict: str = "skip",
    dry_run: bool = False,
    regions: str | Path | None = None,
    region_key: str | None = None,
    clip: str | Path | None = None,
    date_from_name: str | None = None,
    rules: str | Path | None = None,
    verbose: bool = False,
    decimal: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> ImportOptions:
    """The options of `frontline import`, checked and with their files read."""
    plan = FieldPlan.from_options(
        pairs(map),
        pairs(set),
        kind.strip().lower() if kind else None,
        decimal,
        delimiter,
        sheet,
    )
    return ImportOptions(
        plan=plan,
        on_conflict=on_conflict,
        dry_run=dry_run,
        rules=load_rules_file(rules),
        regions=_read_regions(regions, region_key),
        clip=_read_clip(clip),
        date_pattern=date_from_name,
        names=verbose,
    )


def load_rules_file(path: str | Path | None) -> Any:
    """The rules file, checked whole before any input is read."""
    if path is None:
        return None
    from frontline.ingest.rules import load_rules

    return load_rules(str(path))


def _read_clip(path: str | Path | None) -> Any:
    """The boundary whose inside alone is measured (`--clip`)."""
    if path is None:
        return None
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.regions import read_clip

    require_geo()
    return read_clip(str(path))


def _read_regions(regions: str | Path | None, region_key: str | None) -> Any:
    """The region boundaries to split maps by (both options or neither)."""
    if (regions is None) != (region_key is None):
        given, missing = ("regions", "region-key")
        if regions is None:
            given, missing = missing, given
        raise InputError(given, f"needs --{missing} too")
    if regions is None or region_key is None:
        return None
    from frontline.ingest.geojson import require_geo
    from frontline.ingest.regions import read_regions

    require_geo()
    return read_regions(str(regions), region_key)
