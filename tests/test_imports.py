"""The package's modules talk through public names: none imports a private name of another."""

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
