"""Import rules: rows of one file that need different fields, by their values.

A daily-areas file of ISW layers has one row per layer and day; its
counteroffensive rows are Ukraine's, its Kursk rows are in Kursk, and some
rows are not area figures at all. `--set` gives every row the same value, so
such a file cannot be read as published without rules:

    [[rule]]
    match = { layerType = "ukrainian_counteroffensives" }
    set = { actor = "ukraine", layer = "counteroffensives" }
    [[rule]]
    match = { layerType = ["partisan_warfare", "ukraine_other"] }
    skip = true

Each rule's `match` names columns and the value each must have (a list: any
of them); all must hold. The first rule that matches a row decides it: its
`set` values win over the row's own columns and over `--set`, or `skip = true`
leaves the row out. Rows no rule matches are read as without rules (`--map`
and `--set` apply to every row, underneath). The rules file is checked whole
before any row is read; a rule that matches no row is said in a note, since it
usually means a misspelt value.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from frontline.errors import InputError
from frontline.ingest.sources import _ALIASES, ACCEPTED_FIELDS

_RULE_KEYS = ("match", "set", "skip")
_Scalar = str | int | float


@dataclass(frozen=True)
class Rule:
    """One `[[rule]]`: numbered from 1 in file order."""

    number: int
    match: dict[str, tuple[str, ...]]
    values: dict[str, str]
    skip: bool = False


@dataclass
class RuleSet:
    """The rules of one file, and how many rows each took during an import."""

    label: str
    rules: list[Rule]
    taken: dict[int, int] = field(default_factory=dict)
    unmatched: int = 0

    @property
    def columns(self) -> set[str]:
        """Every column some rule reads (so none is reported as ignored)."""
        return {column for rule in self.rules for column in rule.match}

    @property
    def fields(self) -> set[str]:
        """Every field some rule sets."""
        return {name for rule in self.rules for name in rule.values}

    def check_header(self, header: Collection[str], file: str) -> None:
        """A rule reading a column the table does not have can never match:
        refuse it, naming both files, before any row is read."""
        for rule in self.rules:
            for column in rule.match:
                if column not in header:
                    raise InputError(
                        "match",
                        f"no column {column!r} in {file} "
                        f"(the header has: {', '.join(header)})",
                        file=self.label,
                        line=rule.number,
                        line_label="rule",
                    )

    def first_match(self, cell: Callable[[str], object]) -> Rule | None:
        """The first rule whose every column has one of its values, counted."""
        for rule in self.rules:
            if all(
                _text(cell(column)) in wanted for column, wanted in rule.match.items()
            ):
                self.taken[rule.number] = self.taken.get(rule.number, 0) + 1
                return rule
        self.unmatched += 1
        return None

    def apply(self, rule: Rule, values: dict[str, object]) -> dict[str, object]:
        """A row's field values with the rule's set on top (aliases dropped:
        a rule's `area` replaces the row's `area_km2`, its `on` the dates)."""
        for name in rule.values:
            for alias in _ALIASES.get(name, ()):
                values.pop(alias, None)
        values.update(rule.values)
        return values

    def line(self) -> str:
        """`rules: …` for the end of the import's summary line."""
        parts = []
        for rule in self.rules:
            count = self.taken.get(rule.number, 0)
            verb = "skipped" if rule.skip else "took"
            parts.append(f"rule {rule.number} {verb} {count:,} {_rows(count)}")
        parts.append(f"{self.unmatched:,} {_rows(self.unmatched)} matched no rule")
        return "rules: " + ", ".join(parts)

    def notes(self) -> list[str]:
        return [
            f"note: {self.label}: rule {rule.number} matched no row"
            for rule in self.rules
            if not self.taken.get(rule.number)
        ]


def _rows(count: int) -> str:
    return "row" if count == 1 else "rows"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def load_rules(path: str) -> RuleSet:
    """Read and check a rules file (see the module docstring); InputError names
    the file and the rule for anything wrong."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("rules", "no such file", file=path) from None
    except OSError as error:
        raise InputError(
            "rules", f"cannot be read ({error.strerror})", file=path
        ) from None
    except UnicodeDecodeError:
        raise InputError("rules", "is not UTF-8 text", file=path) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError("rules", f"invalid TOML: {error}", file=path) from None
    except RecursionError:  # tomllib parses nested arrays and tables recursively
        raise InputError(
            "rules", "invalid TOML: values nested too deeply", file=path
        ) from None
    unknown = [key for key in data if key != "rule"]
    if unknown:
        raise InputError(
            "rules",
            f"unknown key {unknown[0]!r}; a rules file holds [[rule]] tables",
            file=path,
        )
    return rule_set(data.get("rule"), path)


def rule_set(tables: object, label: str) -> RuleSet:
    """The rules of a list of `[[rule]]` tables (a rules file's, or a pull
    preset's), checked; `label` names where they were written."""
    if not isinstance(tables, list) or not tables:
        raise InputError("rules", "has no [[rule]] tables", file=label)
    return RuleSet(label, [_rule(table, n, label) for n, table in enumerate(tables, 1)])


def _rule(table: object, number: int, path: str) -> Rule:
    def refuse(name: str | None, message: str) -> InputError:
        return InputError(name, message, file=path, line=number, line_label="rule")

    if not isinstance(table, dict):
        raise refuse(None, "is not a table")
    for key in table:
        if key not in _RULE_KEYS:
            raise refuse(key, "is not a rule key (match, set, skip)")
    match = table.get("match")
    if not isinstance(match, dict) or not match:
        raise refuse("match", "give the columns to match: match = { column = value }")
    wanted = {column: _values(value, column, refuse) for column, value in match.items()}
    skip = table.get("skip", False)
    if not isinstance(skip, bool):
        raise refuse("skip", "must be true or false")
    values = table.get("set", {})
    if not isinstance(values, dict):
        raise refuse("set", "must be a table: set = { field = value }")
    if skip == bool(values):
        raise refuse(None, "give either set = { … } or skip = true")
    checked: dict[str, str] = {}
    for name, value in values.items():
        if name not in ACCEPTED_FIELDS:
            fields = ", ".join(ACCEPTED_FIELDS)
            raise refuse("set", f"{name!r} is not a record field (fields: {fields})")
        if not isinstance(value, _Scalar) or isinstance(value, bool):
            raise refuse("set", f"{name}: give text or a number")
        checked[name] = str(value)
    return Rule(number, wanted, checked, skip)


def _values(
    value: object, column: str, refuse: Callable[[str | None, str], InputError]
) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(
        isinstance(item, _Scalar) and not isinstance(item, bool) for item in items
    ):
        raise refuse("match", f"{column}: give text, a number or a list of them")
    return tuple(_text(item) for item in items)
