"""The import layers: imports go one way, and no modules import each other in a cycle.

Every import counts, including those only for type checkers and those inside
functions: a cycle hidden behind ``TYPE_CHECKING`` or a late import is still
two modules that cannot be understood apart.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PLUGINS = Path(__file__).resolve().parent.parent / "plugins"

#: The layers, lowest first: a module imports only from its own layer or below.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("model", ("newsmodel._errors", "newsmodel._model")),
    (
        "document and analysis",
        (
            "newsmodel._source",
            "newsmodel._document",
            "newsmodel._findings",
            "newsmodel.hookspecs",
            "newsmodel._analysis",
            "newsmodel._identity",
            "newsmodel._json",
        ),
    ),
    (
        "pipeline and plugins",
        ("newsmodel._plugins", "newsmodel._pipeline", "newsmodel._parallel", "newsmodel._api"),
    ),
    (
        "corpus, index and query",
        ("newsmodel._corpus", "newsmodel._query", "newsmodel._index", "newsmodel._export"),
    ),
    (
        "API and CLI",
        (
            "newsmodel",
            "newsmodel.cli",
            "newsmodel._launch",
            "newsmodel.testing",
            "newsmodel.__main__",
        ),
    ),
)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path, package: str) -> dict[str, Path]:
    return {_module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[str]:
    """The modules of ``known`` that ``path`` imports, wherever the import stands."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _known(alias.name, known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".")
                parent = parent[: len(parent) - node.level + (1 if is_package else 0)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                # "from package import submodule" imports the submodule.
                sub = f"{base}.{alias.name}"
                yield from _known(sub if sub in known else base, known)


def _known(name: str, known: set[str]) -> Iterator[str]:
    while name and name not in known:
        name = name.rpartition(".")[0]
    if name:
        yield name


def _graph() -> dict[str, set[str]]:
    modules = _modules(SRC, "newsmodel")
    known = set(modules)
    return {
        name: {m for m in _imports(name, path, known) if m != name}
        for name, path in modules.items()
    }


def _layer(module: str) -> int:
    best = (-1, -1)  # (length of the matching prefix, layer)
    for number, (_title, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = (len(prefix), number)
    if best[1] < 0:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS")
    return best[1]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _package_edges(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The graph without the edges from a package's ``__init__`` to its own submodules.

    A package that gathers its submodules' names is not in a cycle with them
    unless a submodule imports the package itself back, which the graph keeps.
    """
    return {name: {m for m in deps if not m.startswith(name + ".")} for name, deps in graph.items()}


def test_every_module_is_in_a_layer() -> None:
    for module in _graph():
        _layer(module)


def test_no_import_cycles() -> None:
    assert _cycles(_package_edges(_graph())) == []


def test_imports_go_one_way() -> None:
    upward = [
        f"{module} ({LAYERS[_layer(module)][0]}) imports {dep} ({LAYERS[_layer(dep)][0]})"
        for module, deps in sorted(_graph().items())
        for dep in sorted(deps)
        if _layer(dep) > _layer(module)
    ]
    assert upward == []


def test_the_core_imports_no_plugin() -> None:
    plugins = {p.name for p in PLUGINS.iterdir() if (p / "__init__.py").exists()}
    for name, path in _modules(SRC, "newsmodel").items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                names.append(getattr(node, "module", None) or "")
                assert not {n.split(".")[0] for n in names} & plugins, name


@pytest.mark.parametrize("plugin", sorted(p.name for p in PLUGINS.glob("newsmodel_*")))
def test_plugins_use_only_the_public_api(plugin: str) -> None:
    for path in sorted((PLUGINS / plugin).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.split(".")[0] == "newsmodel":
                assert module in ("newsmodel", "newsmodel.testing", "newsmodel.hookspecs"), (
                    f"{path.name} imports {module}"
                )


def test_the_checker_sees_a_cycle() -> None:
    """The checker itself: a two-module cycle is found, a chain is not."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _rebound_names(tree: ast.Module) -> list[str]:
    """Module-level names bound twice: the second silently replaces the first for
    every user in the module, including code written for the first."""
    seen: set[str] = set()
    rebound = []
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        for name in names:
            if name in seen and name != "__all__":
                rebound.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return rebound


@pytest.mark.parametrize(
    "path",
    [*sorted(SRC.rglob("*.py")), *sorted(PLUGINS.rglob("*.py"))],
    ids=lambda p: str(p.relative_to(p.parents[2])),
)
def test_no_module_binds_a_name_twice(path: Path) -> None:
    assert _rebound_names(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_a_rebound_name_is_found() -> None:
    tree = ast.parse("_CUE = 1\n\ndef f() -> int:\n    return _CUE\n\n_CUE = 2\n")
    assert _rebound_names(tree) == ["_CUE (line 6)"]
