"""The SQL of a scope or of filters (`model/scope.py`): a WHERE clause and its
parameters, so that the values themselves stay free of SQL."""

from __future__ import annotations

from frontline.model.scope import NAME_FIELDS, Filters, Scope

# Many series asked about at once, each a JSON row [i, actor, region, layer,
# source, lo, hi] of one parameter: a table `want` a statement joins records to,
# instead of one statement per series.
SERIES_WANTED = (
    "WITH want(i, actor, region, layer, source, lo, hi) AS MATERIALIZED (SELECT "
    + ", ".join(f"json_extract(value, '$[{k}]')" for k in range(7))
    + " FROM json_each(?)) "
)


def scope_where(scope: Scope, table: str = "") -> tuple[str, list[object]]:
    """The records of the scope's series (`table.` before each column if given);
    a sum of layers selects each of its layers."""
    prefix = f"{table}." if table else ""
    clauses: list[str] = []
    params: list[object] = []
    layers = scope.layers
    for name in NAME_FIELDS:
        value = getattr(scope, name)
        if name == "layer" and layers:
            clauses.append(f"{prefix}layer IN ({', '.join('?' * len(layers))})")
            params.extend(layers)
        elif value is not None:
            clauses.append(f"{prefix}{name} = ?")
            params.append(value)
    return (" AND ".join(clauses) or "1"), params


def filters_where(filters: Filters) -> tuple[str, list[object]]:
    """The records the filters select: names and kind equal, spans overlapping
    the days from `start` to `end`."""
    clauses: list[str] = []
    params: list[object] = []
    for name in ("actor", "region", "layer", "source", "kind"):
        value = getattr(filters, name)
        if value is not None:
            clauses.append(f'"{name}" = ?')
            params.append(value)
    if filters.start is not None:
        clauses.append('"end" >= ?')
        params.append(filters.start.isoformat())
    if filters.end is not None:
        clauses.append("start <= ?")
        params.append(filters.end.isoformat())
    return (" AND ".join(clauses) or "1"), params
