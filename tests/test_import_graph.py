"""No import loop between the modules of ``staan_desktop``.

The graph is read from the source with :mod:`ast` rather than with a graph library (grimp,
import-linter): it has to tell an import at module level (run when the module loads) from one
inside a function (run when that function is called), and an import under ``TYPE_CHECKING``
(never run) from both, which those libraries do not distinguish.

* Module level: no loop at all. A loop there works only by the accident of which module is
  imported first.
* Inside functions too: an import placed in a function to dodge a loop hides the loop; only the
  loops listed in :data:`KNOWN_FUNCTION_LOOPS`, each with its reason, are accepted.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "staan_desktop"

#: Loops that exist only through imports inside functions, and why they are still there.
KNOWN_FUNCTION_LOOPS = {
    # Opening an older file backs it up before migrating, and opening after a crash copies the
    # file and its journal into the backups before SQLite rolls the journal back; restoring a
    # backup copies it with the store's copy; a backup is checked (file_admission) before it is
    # listed. Splitting "copy a document" out of store.py would end it.
    frozenset({
        "staan_desktop.services.backups", "staan_desktop.services.file_admission", "staan_desktop.services.journal",
        "staan_desktop.services.store",
    }),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}


def _target(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module_name(path).split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def imports(path: Path, *, in_functions: bool) -> set[str]:
    """The package's modules that ``path`` imports when it runs (``in_functions``: also when
    its functions run). ``from package import module`` is an import of the module."""
    found: set[str] = set()

    def visit(nodes: Sequence[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and _is_type_checking(node):
                visit(node.orelse)
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and not in_functions:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                target = _target(path, node)
                for alias in node.names:
                    found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
            visit(list(ast.iter_child_nodes(node)))

    visit(list(ast.parse(path.read_text("utf-8")).body))
    return {name for name in found if name in MODULES} - {module_name(path)}


def loops(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def strong(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                strong(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = {stack.pop()}
            while node not in component:
                component.add(stack.pop())
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            strong(node)
    return found


def test_no_import_loop_at_module_level() -> None:
    graph = {name: imports(path, in_functions=False) for name, path in MODULES.items()}
    assert [sorted(loop) for loop in loops(graph)] == []


def test_no_import_loop_hidden_in_functions_but_the_known_ones() -> None:
    graph = {name: imports(path, in_functions=True) for name, path in MODULES.items()}
    assert [sorted(loop) for loop in loops(graph) if loop not in KNOWN_FUNCTION_LOOPS] == []


def test_the_graph_sees_a_loop() -> None:
    """The checks above can fail: a made-up loop of three modules is found, a chain is not."""
    assert loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset({"a", "b", "c"})]
    assert loops({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    services = imports(PACKAGE / "services" / "edits" / "scoring.py", in_functions=False)
    assert {"staan_desktop.services.edits.core", "staan_desktop.services.changes"} <= services
