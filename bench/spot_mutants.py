"""Spot check of the tests against hand-style mutants, apart from mutmut.

mutmut runs each mutant against the tests it saw call the mutated function.
This script asks instead what the suite catches: it picks mutants at random
(a fixed seed) from every place in the model, `store/bulk.py`,
`store/records.py`, `reports/`, `render/formats.py` where one of these small
changes applies, makes them one at a time in a copy of the project (never in
the worktree), and runs a broad subset of the tests on each (`pytest -x`):

- a comparison flipped (`<` / `<=`, `>` / `>=`, `==` / `!=`, `is` / `is not`,
  `in` / `not in`);
- operands swapped (`a - b` to `b - a`), or an operator changed (`+` / `-`,
  `*` / `/`, `//` / `/`);
- a term dropped (`a + b` to `a`);
- `and` / `or`, a `not` dropped, `True` / `False`;
- off by one (an integer constant n to n + 1).

    python bench/spot_mutants.py                 30 mutants, seed 23
    python bench/spot_mutants.py -n 10 --seed 5  others
    python bench/spot_mutants.py --list          only show them

It prints each mutant (file, line, the line before and after) and whether a
test failed (caught), then the share caught. A mutant that escapes is either a
missing test or equivalent (no input can tell it from the original): read it.
Slow (a minute or more a mutant on a busy machine) and not part of CI; run it
under `nice -n 19`.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "frontline"
FILES = [
    *sorted((PACKAGE / "model").glob("*.py")),
    PACKAGE / "store" / "bulk.py",
    PACKAGE / "store" / "records.py",
    *sorted((PACKAGE / "reports").glob("*.py")),
    PACKAGE / "render" / "formats.py",
]

# The tests run on a mutant of each part of the code (the first prefix that
# matches): broader than mutmut's per-function choice, narrower than the suite.
_REPORTS = [
    "test_reports.py", "test_held.py", "test_sources.py", "test_pace.py",
    "test_cli_reports.py", "test_balance.py", "test_extremes.py", "test_reach.py",
    "test_check.py", "test_spec.py", "test_map_diff.py", "test_map_diff_by.py",
    "test_projection.py", "test_series.py", "test_views.py", "test_gaps.py",
]  # fmt: skip
TESTS = {
    "model/geometry.py": [
        "test_shapes.py", "test_maps.py", "test_map_diff.py", "test_map_regions.py",
        "test_mutants_geometry.py", "test_properties.py",
    ],
    "model/": [
        "test_mutants_*.py", "test_properties.py", "test_records.py", "test_rows.py",
        "test_periods.py", "test_values.py", "test_import.py", "test_export.py",
        "test_add.py", *_REPORTS,
    ],
    "store/": [
        "test_bulk.py", "test_store.py", "test_mutants_store*.py",
        "test_cli_records.py", "test_export.py", "test_cli_list.py",
        "test_hardening.py", "test_import.py", "test_properties.py",
    ],
    "reports/": [*_REPORTS, "test_mutants_*.py", "test_newsroom.py",
                 "test_map_regions.py", "test_properties.py"],
    "render/formats.py": [
        "test_render.py", "test_table.py", "test_report_render.py", "test_export.py",
        "test_mutants_formats.py", "test_cli_list.py", "test_cli_reports.py",
    ],
}  # fmt: skip

_FLIP = {
    ast.Lt: ("<", "<="), ast.LtE: ("<=", "<"), ast.Gt: (">", ">="),
    ast.GtE: (">=", ">"), ast.Eq: ("==", "!="), ast.NotEq: ("!=", "=="),
    ast.Is: ("is", "is not"), ast.IsNot: ("is not", "is"),
    ast.In: ("in", "not in"), ast.NotIn: ("not in", "in"),
}  # fmt: skip
_OPERATOR = {
    ast.Add: ("+", "-"), ast.Sub: ("-", "+"), ast.Mult: ("*", "/"),
    ast.Div: ("/", "*"), ast.FloorDiv: ("//", "/"),
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    """One change: replace bytes start..end of the file (offsets into its UTF-8
    text) by `new`."""

    path: Path
    line: int
    start: int
    end: int
    new: str
    what: str

    def apply(self, source: bytes) -> bytes:
        return source[: self.start] + self.new.encode() + source[self.end :]


class _Sites(ast.NodeVisitor):
    """Every place in a module where one of the changes applies."""

    def __init__(self, path: Path, source: bytes) -> None:
        self.path = path
        self.source = source
        starts = [0]
        for line in source.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        self.starts = starts
        self.found: list[Mutant] = []

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (
            self.offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
            self.offset(node.end_lineno, node.end_col_offset),  # type: ignore[attr-defined]
        )

    def text(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.source[start:end].decode()

    def add(self, node: ast.AST, start: int, end: int, new: str, what: str) -> None:
        self.found.append(Mutant(self.path, node.lineno, start, end, new, what))  # type: ignore[attr-defined]

    def between(
        self, node, left: ast.AST, right: ast.AST, old: str, new: str, what: str
    ):
        """Replace the operator `old` written between two operands."""
        start, end = self.span(left)[1], self.span(right)[0]
        gap = self.source[start:end].decode()
        at = _token(gap, old)
        if at >= 0:
            first = start + len(gap[:at].encode())
            self.add(node, first, first + len(old.encode()), new, what)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        # Annotations and decorators are not behaviour; the body is.
        for statement in node.body:
            self.visit(statement)

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_Compare(self, node: ast.Compare) -> None:
        operands = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            if type(op) in _FLIP:
                old, new = _FLIP[type(op)]
                self.between(node, operands[i], operands[i + 1], old, new, "comparison")
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if type(node.op) in _OPERATOR:
            old, new = _OPERATOR[type(node.op)]
            self.between(node, node.left, node.right, old, new, "operator")
            start, end = self.span(node)
            left, right = self.text(node.left), self.text(node.right)
            if isinstance(node.op, (ast.Sub, ast.Div, ast.FloorDiv)):
                swapped = f"({right}) {old} ({left})"
                self.add(node, start, end, swapped, "operands swapped")
            if isinstance(node.op, (ast.Add, ast.Sub)):
                self.add(node, start, end, f"({left})", "term dropped")
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        old, new = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
        self.between(node, node.values[0], node.values[1], old, new, "and/or")
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not):
            start, end = self.span(node)
            self.add(node, start, end, f"({self.text(node.operand)})", "not dropped")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        start, end = self.span(node)
        if node.value is True or node.value is False:
            self.add(node, start, end, str(not node.value), "boolean flipped")
        elif type(node.value) is int:
            self.add(node, start, end, str(node.value + 1), "off by one")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        pass  # f-strings: text, not arithmetic

    def visit_Expr(self, node: ast.Expr) -> None:
        if not isinstance(node.value, ast.Constant):  # a docstring
            self.visit(node.value)


def _token(gap: str, op: str) -> int:
    """Where the operator `op` stands in the text between two operands (not a
    longer operator containing it, nor inside a comment or a bracket)."""
    depth = 0
    i = 0
    while i < len(gap):
        char = gap[i]
        if char == "#":
            while i < len(gap) and gap[i] != "\n":
                i += 1
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif depth == 0 and gap.startswith(op, i):
            before = gap[i - 1] if i else " "
            after = gap[i + len(op)] if i + len(op) < len(gap) else " "
            if op[0].isalpha():
                # a word, not part of one; `in` not the end of `not in`, `is`
                # not the start of `is not`
                word = not before.isalnum() and not after.isalnum()
                not_in = op == "in" and gap[:i].rstrip().endswith("not")
                is_not = op == "is" and gap[i + 2 :].lstrip().startswith("not")
                if word and not not_in and not is_not:
                    return i
            elif before not in "<>=!/*" and after not in "<>=/*":
                return i
        i += 1
    return -1


def sites(path: Path) -> list[Mutant]:
    source = path.read_bytes()
    finder = _Sites(path, source)
    finder.visit(ast.parse(source))
    return finder.found


def tests_for(path: Path) -> list[str]:
    relative = path.relative_to(PACKAGE).as_posix()
    for prefix, patterns in TESTS.items():
        if relative.startswith(prefix):
            found = {
                str(p.relative_to(ROOT))
                for pat in patterns
                for p in ROOT.glob(f"tests/{pat}")
            }
            return sorted(found)
    raise ValueError(relative)


def show(mutant: Mutant) -> str:
    source = mutant.path.read_bytes()
    line = source.splitlines()[mutant.line - 1].decode().strip()
    changed = mutant.apply(source).splitlines()[mutant.line - 1].decode().strip()
    where = f"{mutant.path.relative_to(ROOT / 'src')}:{mutant.line}"
    return f"{where} ({mutant.what})\n    - {line}\n    + {changed}"


def passes(tests: list[str], copy: Path, timeout: int) -> bool | None:
    """Whether the tests pass on the copy (None: they ran out of time)."""
    env = {**os.environ, "PYTHONPATH": str(copy / "src"), "HYPOTHESIS_PROFILE": "ci"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
               "-n", "0", *tests]  # fmt: skip
    try:
        done = subprocess.run(
            command, cwd=copy, env=env, capture_output=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None
    return done.returncode == 0


def run(mutant: Mutant, copy: Path, timeout: int) -> str:
    """Make the mutant in the copy, run its tests, put the file back."""
    target = copy / mutant.path.relative_to(ROOT)
    original = target.read_bytes()
    target.write_bytes(mutant.apply(original))
    try:
        result = passes(tests_for(mutant.path), copy, timeout)
    finally:
        target.write_bytes(original)
    return {True: "ESCAPED", False: "caught", None: "caught (timeout)"}[result]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--list", action="store_true", help="show the mutants only")
    parser.add_argument("--timeout", type=int, default=1200, help="seconds a mutant")
    args = parser.parse_args()
    every = [m for path in FILES for m in sites(path)]
    chosen = random.Random(args.seed).sample(every, min(args.count, len(every)))
    print(f"{len(chosen)} of {len(every)} possible mutants (seed {args.seed})")
    if args.list:
        for mutant in chosen:
            print(show(mutant))
        return 0
    caught = 0
    with tempfile.TemporaryDirectory(prefix="spot-mutants-") as work:
        copy = Path(work)
        for name in ("src", "tests", "migrations", "seed"):
            shutil.copytree(
                ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        shutil.copy(ROOT / "pyproject.toml", copy)
        # Each set of tests must pass on the code as it is, or nothing is learnt.
        for tests in sorted({tuple(tests_for(m.path)) for m in chosen}):
            if not passes(list(tests), copy, args.timeout):
                print(f"the tests fail without a mutant: {' '.join(tests)}")
                return 1
        for mutant in chosen:
            began = time.monotonic()
            outcome = run(mutant, copy, args.timeout)
            caught += outcome.startswith("caught")
            print(
                f"{show(mutant)}\n    {outcome} ({time.monotonic() - began:.0f} s)",
                flush=True,
            )
    print(f"caught {caught} of {len(chosen)} ({100 * caught / len(chosen):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
