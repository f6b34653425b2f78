"""Named sources for `pull` (src/frontline/sources.toml, plus a user's file).

A preset saves typing a long URL template and the options its files need
(`--set source=DeepState` …), and keeps the publisher's licence beside them.
Options given on the command line win over a preset's (`--rules` over its
`rules`).

A preset's `rules` are `[[rule]]` tables as in a rules file, for a map that
draws more than one side's areas: they name what the preset keeps, and every
feature no rule takes is left out (counted in the summary's rules part), so
that an area the preset does not know is never counted as a holding.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontline.errors import InputError

BUILT_IN = Path(__file__).resolve().parent.parent / "sources.toml"
_KEYS = {
    "title",
    "urls",
    "every",
    "first",
    "licence",
    "set",
    "format",
    "date_from_name",
    "rules",
}


@dataclass(frozen=True)
class Preset:
    name: str
    urls: list[str]
    title: str = ""
    every: str = "day"
    first: str | None = None
    licence: str | None = None
    sets: dict[str, str] = field(default_factory=dict)
    format: str | None = None
    date_from_name: str | None = None
    # The `[[rule]]` tables, as written (checked when the preset is read).
    rules: tuple[dict[str, Any], ...] = ()
    label: str = ""

    def rule_set(self) -> Any:
        """A fresh RuleSet of the preset's rules, the rest skipped (None: no
        rules). Fresh for each day, so that each day's counts are its own."""
        if not self.rules:
            return None
        from frontline.ingest.rules import Rule, rule_set

        rules = rule_set(list(self.rules), f"{self.label} [{self.name}]")
        others = Rule(len(rules.rules) + 1, {}, {}, skip=True)  # matches every row
        rules.rules.append(others)
        return rules


def load(extra: str | None = None) -> dict[str, Preset]:
    """The built-in presets, with those of `extra` (a TOML file) added."""
    presets = _read(BUILT_IN, str(BUILT_IN.name))
    if extra is not None:
        presets.update(_read(Path(extra), extra))
    return presets


def find(name: str, extra: str | None = None) -> Preset:
    presets = load(extra)
    if name not in presets:
        known = ", ".join(sorted(presets))
        raise InputError(
            "URL_TEMPLATE",
            f"{name!r} is neither an http(s) URL template nor a preset; presets: "
            f"{known}",
        )
    return presets[name]


def _read(path: Path, label: str) -> dict[str, Preset]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(
            None, f"cannot be read ({error.strerror})", file=label
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(None, f"is not valid TOML ({error})", file=label) from None
    return {name: _preset(name, table, label) for name, table in data.items()}


def _preset(name: str, table: Any, label: str) -> Preset:
    def wrong(key: str, message: str) -> InputError:
        return InputError(key, f"preset {name!r}: {message}", file=label)

    if not isinstance(table, dict):
        raise wrong(name, "must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise wrong(unknown[0], f"is not a preset key ({', '.join(sorted(_KEYS))})")
    urls = table.get("urls")
    if not (isinstance(urls, list) and urls and all(isinstance(u, str) for u in urls)):
        raise wrong("urls", "must be a non-empty list of URL templates")
    sets = table.get("set", {})
    if not (isinstance(sets, dict) and all(isinstance(v, str) for v in sets.values())):
        raise wrong("set", 'must be a table of FIELD = "VALUE"')
    text = {}
    for key in ("title", "every", "first", "licence", "format", "date_from_name"):
        value = table.get(key)
        if value is not None and not isinstance(value, str):
            raise wrong(key, "must be text")
        text[key] = value
    rules = table.get("rules", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise wrong("rules", "must be a list of rule tables ({ match = …, set = … })")
    if rules:
        from frontline.ingest.rules import rule_set

        rule_set(rules, f"{label} [{name}]")  # refused now, not on the first day
    return Preset(
        name=name,
        rules=tuple(rules),
        label=label,
        urls=list(urls),
        title=text["title"] or "",
        every=text["every"] or "day",
        first=text["first"],
        licence=text["licence"],
        sets=dict(sets),
        format=text["format"],
        date_from_name=text["date_from_name"],
    )
