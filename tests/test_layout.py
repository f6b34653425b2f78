"""The shape of the code: packages by role, no import circles, SQL only in the
store, printing only in render and cli, modules of a readable size.

These rules keep a newcomer one hop away from where a number is computed, read or
printed; a test holds them, because nothing else would notice a slip.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "frontline"
MAX_LINES = 600
# What each package may import from frontline (besides itself and `errors`):
# DESIGN.md's table ("Shape of the code"). `api` is the module frontline.api.
ALLOWED = {
    "model": set(),
    "formats": set(),
    "store": {"model"},
    "extract": {"model"},
    "reports": {"model", "store"},
    "ingest": {"model", "store", "formats"},
    "render": {"model", "reports", "formats"},
    "publish": {"model", "reports", "render", "formats"},
    "api": {
        "model",
        "formats",
        "store",
        "extract",
        "reports",
        "ingest",
        "render",
        "publish",
    },
    "cli": {"api", "render", "model"},
}
# Imports the table does not allow yet, each to move behind `api` (or, for
# ingest, to `formats`) as its command is next changed. This list only shrinks:
# a test fails when an entry no longer happens.
PENDING: set[str] = set()  # imports still to move behind the api: none now


def role_of(name: str) -> str | None:
    """The row of the table a module answers to: its package, or `api`."""
    parts = name.split(".")
    if parts[1:] == ["api"]:
        return "api"
    return parts[1] if len(parts) >= 3 and parts[1] in ALLOWED else None


def forbidden_imports() -> set[str]:
    wrong = set()
    for name, targets in import_graph().items():
        role = role_of(name)
        if role is None:
            continue
        for target in targets:
            other = target.split(".")[1] if target.count(".") else ""
            if other in ("", role, "errors", "__init__"):
                continue
            if other not in ALLOWED[role]:
                wrong.add(f"{name} imports {target}")
    return wrong


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    )


def imports_of(path: Path, known: set[str], *, typing: bool = False) -> set[str]:
    """The frontline modules a module imports, at any depth (lazy imports inside
    functions count: a circle through them is still a circle of responsibility),
    leaving out imports made only for type checking unless `typing`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node) and not typing:
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in known}


def import_graph(*, typing: bool = False) -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {
        name: imports_of(path, known, typing=typing) - {name}
        for name, path in found.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the list of modules around it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := walk(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := walk(node)):
            return cycle
    return None


def test_find_cycle_finds_a_circle_and_passes_a_tree():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_no_import_circles():
    assert find_cycle(import_graph()) is None


def test_no_import_circles_even_through_type_hints():
    """A type named only for hints still ties two modules together: the types
    two modules share belong in a module below both (render/chart_types.py)."""
    assert find_cycle(import_graph(typing=True)) is None


def test_packages_import_only_what_their_role_allows():
    assert sorted(forbidden_imports() - PENDING) == []


def test_the_pending_imports_are_still_there():
    """An import moved behind `api` leaves the pending list with it."""
    assert sorted(PENDING - forbidden_imports()) == []


def test_nothing_below_the_command_line_imports_it_or_the_api():
    for name, targets in import_graph().items():
        if role_of(name) in (None, "cli"):
            continue
        above = {"cli"} if role_of(name) == "api" else {"cli", "api"}
        assert {t.split(".")[1] for t in targets if t.count(".")} & above == set(), name


def test_the_flat_modules_are_gone():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "api.py", "errors.py"]
    for package in ALLOWED:
        if (PACKAGE / package).is_dir():
            assert (PACKAGE / package / "__init__.py").exists()


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=str)
def test_modules_stay_readable(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


def _calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute):
                names.add(func.attr)
            elif isinstance(func, ast.Name):
                names.add(func.id)
    return names


def test_sql_only_in_the_store():
    outside = [
        module_name(path)
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts
        and _calls(path) & {"execute", "executemany", "executescript"}
    ]
    assert outside == []


def test_printing_only_in_render_and_cli():
    printing = {"print", "echo", "secho"}
    outside = []
    for path in PACKAGE.rglob("*.py"):
        role = path.relative_to(PACKAGE).parts[0]
        if role in ("render", "cli"):
            continue
        text = path.read_text(encoding="utf-8")
        if _calls(path) & printing or "sys.stdout.write" in text:
            outside.append(module_name(path))
    assert outside == []


def test_package_inits_import_nothing():
    """Importing a package must not load its modules: start-up loads only the
    invoked command's."""
    for init in PACKAGE.glob("*/__init__.py"):
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert not [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
