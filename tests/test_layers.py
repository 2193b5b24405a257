"""The wiring: dependencies in src/cascade run one way (no import cycle), and no module hides
an import inside a function to dodge one."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

SRC = Path(__file__).resolve().parents[1] / "src"


def _name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in (SRC / "cascade").rglob("*.py")}


def _imported(node: ast.AST) -> list[str]:
    """The cascade modules an import statement reaches (a submodule rather than its package)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name in MODULES]
    if isinstance(node, ast.ImportFrom) and node.module in MODULES:
        subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in MODULES]
        return subs if len(subs) == len(node.names) else [node.module, *subs]
    return []


def graph() -> nx.DiGraph:
    g = nx.DiGraph()
    for name, path in MODULES.items():
        g.add_node(name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            g.add_edges_from((name, target) for target in _imported(node) if target != name)
    return g


def test_no_import_cycle():
    g = graph()
    # A package may import its own submodules: those edges are its table of contents.
    g.remove_edges_from([(a, b) for a, b in g.edges if b.startswith(a + ".")])
    cycles = list(nx.simple_cycles(g))
    assert not cycles, f"import cycles: {cycles[:3]}"


def test_no_import_inside_a_function():
    hidden = []
    for name, path in MODULES.items():
        for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hidden += [f"{name}.{func.name}" for node in ast.walk(func) if _imported(node)]
    assert not hidden, f"imports of cascade modules inside functions: {hidden}"


# The layers of the README's "Layout" table, top first: a module may import its own layer and
# the layers above it, never one below.
LAYERS = [
    ["models", "errors", "finding", "i18n", "messages", "limits"],
    ["paths"],
    ["hierarchy", "national"],
    ["targets", "pickup"],
    ["workspace"],
    ["propagate"],
    ["answer", "trajectory"],
    ["context", "checks"],
    ["source", "yaml_models"],
    ["importer"],
    ["layering", "load"],
    ["pipeline", "audit", "explain", "lint", "ruletests", "ruledocs", "json_schema", "starter"],
    ["report"],
    ["cli", "web", "output", "gcpause", "startup", "launch", "colour", "__main__"],
]


def _layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else ""
    return next((i for i, names in enumerate(LAYERS) if top in names), -1)


def test_every_module_has_a_layer_and_imports_only_upwards():
    g = graph()
    assert not [m for m in g if m != "cascade" and _layer(m) < 0], "add new modules to LAYERS and the README"
    downward = [(a, b) for a, b in g.edges if b != "cascade" and _layer(b) > _layer(a)]
    assert not downward, f"imports into a lower layer: {downward}"


def test_checks_see_no_workspace():
    """A check asks its narrow context, never the whole workspace."""
    for name, path in MODULES.items():
        if name.startswith("cascade.checks."):
            text = path.read_text(encoding="utf-8")
            assert "ctx.ws" not in text and "cascade.load" not in text and "cascade.workspace import Workspace" not in text, name
