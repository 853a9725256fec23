"""The package's modules talk through public names: none imports a private name of another,
or reads one through the other module (``cache._full_key``); and no import circle."""

from __future__ import annotations

import ast
from pathlib import Path

import jargonfree

PACKAGE = Path(jargonfree.__file__).parent


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_imports(source: str) -> list[int]:
    """Line numbers of the imports in ``source`` that name a private module or name of the package."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("jargonfree")):
            parts = (node.module or "").split(".")
            if any(map(_private, parts)) or any(_private(alias.name) for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Import):
            if any(a.name.startswith("jargonfree") and any(map(_private, a.name.split("."))) for a in node.names):
                lines.append(node.lineno)
    return lines


def test_no_module_imports_a_private_name_of_another():
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in private_imports(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_rule_finds_private_imports_and_passes_public_ones():
    source = (
        "from ..cache import _full_key\n"  # 1: a private name
        "from ._helpers import thing\n"  # 2: a private module
        "import jargonfree._old\n"  # 3: a private module, imported whole
        "from .report import Finding\n"  # public
        "from . import __version__\n"  # a dunder is not private
        "from os import _exit\n"  # not the package's
    )
    assert private_imports(source) == [1, 2, 3]


def _module_files(package: Path) -> dict[str, tuple[Path, bool]]:
    """Module name -> (its file, whether it is a package's __init__)."""
    files = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        files[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return files


def private_reads(source: str, name: str, is_package: bool, modules: set[str]) -> list[int]:
    """Line numbers where module ``name`` reads a private name of another module of the package
    through that module: ``from .. import cache`` then ``cache._full_key(...)``."""
    tree = ast.parse(source)
    base = name.split(".") if is_package else name.split(".")[:-1]
    bound: dict[str, str] = {}  # a name in this module -> the package module it stands for
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            parent = base[: len(base) - node.level + 1] if node.level else []
            module = ".".join([*parent, *([node.module] if node.module else [])])
            for alias in node.names:
                if f"{module}.{alias.name}" in modules:
                    bound[alias.asname or alias.name] = f"{module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules or alias.name.split(".")[0] in modules:
                    bound[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            chain, value = [], node.value
            while isinstance(value, ast.Attribute):
                chain.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name) and value.id in bound:
                if ".".join([bound[value.id], *reversed(chain)]) in modules:
                    lines.append(node.lineno)
    return sorted(lines)


def test_no_module_reads_a_private_name_of_another_through_its_module():
    files = _module_files(PACKAGE)
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for name, (path, is_package) in sorted(files.items())
        for line in private_reads(path.read_text(encoding="utf-8"), name, is_package, set(files))
    ]
    assert found == []


def test_the_rule_finds_private_names_read_through_a_module():
    modules = {"pkg", "pkg.cache", "pkg.checks", "pkg.checks.a"}
    source = (
        "from .. import cache\n"
        "import pkg.cache as c\n"
        "import pkg\n"
        "cache._full_key(1)\n"  # 4: a private function of another module
        "c._folder\n"  # 5: the same, imported whole under another name
        "pkg.cache._old\n"  # 6: through the package
        "self._seen\n"  # an object's own attribute: not a module's
        "cache.load_or_build_blobs\n"  # public
        "import os\nos._exit\n"  # not the package's
    )
    assert private_reads(source, "pkg.checks.a", False, modules) == [4, 5, 6]


def _imported_modules(path: Path, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """The package's modules that ``name`` imports at run time: at the top or inside a
    function (an import hidden in a function still closes a circle), not under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", None)) == "TYPE_CHECKING":
            node.body = []
    base = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            parent = base[: len(base) - node.level + 1] if node.level else []
            module = ".".join([*parent, *([node.module] if node.module else [])])
            targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(t for t in targets if t in modules and t != name)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module name -> the package's modules it imports (see :func:`_imported_modules`)."""
    files = _module_files(package)
    return {name: _imported_modules(path, name, is_package, set(files)) for name, (path, is_package) in files.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other round a circle (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_circle():
    graph = import_graph(PACKAGE)
    assert len(graph) > 50 and graph["jargonfree.stream"] >= {"jargonfree.checks", "jargonfree.firstuse"}
    assert circles(graph) == []


def test_the_circle_finder_finds_a_circle_hidden_in_a_function(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from .b import thing\n")
    (package / "b.py").write_text("def thing():\n    from . import a\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import x\n")
    graph = import_graph(package)
    assert graph["pkg.c"] == set()
    assert circles(graph) == [["pkg.a", "pkg.b"]]
