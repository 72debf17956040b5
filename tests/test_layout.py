"""The package's layout: no import cycles between govkg's modules, counting imports made inside functions,
and no module much over 400 lines."""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
MAX_LINES = 420


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(KG.rglob("*.py"))}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The govkg module an import of ``name`` loads (``kg.a.b.func`` -> ``kg.a.b``), or None."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _package(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def import_graph() -> nx.DiGraph:
    """module -> every govkg module it imports anywhere in its body (top level, functions, TYPE_CHECKING aside)."""
    modules = _modules()
    graph = nx.DiGraph()
    for module, path in modules.items():
        graph.add_node(module)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = _package(module, path).split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [f"{base}.{alias.name}" for alias in node.names] or [base]
            for target in targets:
                found = _resolve(target, modules)
                if found and found != module and not _type_checking_only(tree, node):
                    graph.add_edge(module, found)
    return graph


def _type_checking_only(tree: ast.Module, node: ast.AST) -> bool:
    for block in ast.walk(tree):
        if isinstance(block, ast.If) and getattr(block.test, "id", None) == "TYPE_CHECKING":
            if any(inner is node for stmt in block.body for inner in ast.walk(stmt)):
                return True
    return False


def test_the_import_graph_sees_function_level_imports() -> None:
    graph = import_graph()
    assert graph.number_of_edges() > 50
    assert "kg.cli" in graph and any(n.startswith("kg.pipeline") for n in graph.successors("kg.cli"))


def test_no_import_cycles() -> None:
    cycles = sorted(sorted(c) for c in nx.simple_cycles(import_graph()))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles[:20])


@pytest.mark.parametrize("path", sorted(KG.rglob("*.py")), ids=lambda p: str(p.relative_to(KG.parent)))
def test_modules_are_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(KG.parent)} has {lines} lines (limit ~400)"
