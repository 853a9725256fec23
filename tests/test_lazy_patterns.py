"""Module-level patterns are compiled on first use (jargonfree.lazy_patterns): a cold
``jargonfree check -`` of one post used to spend about a third of its CPU time compiling
patterns it never used. Each lazy pattern still matches as ``re.compile`` would, every one
in the package compiles, and no module compiles a pattern at import again."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import jargonfree
from jargonfree.lazy_patterns import LazyPattern, lazy_pattern

PACKAGE = Path(jargonfree.__file__).parent


def test_a_lazy_pattern_compiles_only_when_first_used():
    pattern = lazy_pattern(r"\b(care)\s+(plan)s?\b", re.IGNORECASE)
    assert "search" not in vars(pattern)  # not compiled yet
    assert pattern.pattern == r"\b(care)\s+(plan)s?\b"  # the source is there without compiling
    assert "search" not in vars(pattern)
    assert pattern.search("Your Care Plans").span() == (5, 15)
    assert "search" in vars(pattern)  # compiled once: later calls go straight to the compiled method


def test_a_lazy_pattern_gives_its_compiled_pattern_to_tell_which_pattern_matched():
    first, second = lazy_pattern(r"\bNR\b"), lazy_pattern(r"\bAMHP\b")
    assert first.compiled is re.compile(r"\bNR\b")  # compiled on asking (re's own cache gives the same object)
    match = second.search("The AMHP")
    assert match.re is second.compiled and match.re is not first.compiled


def test_a_lazy_pattern_matches_as_the_compiled_one_does():
    text = "The AMHP met the NR. The AMHP left; the RC stayed."
    source, flags = r"\b([A-Z]{2,})\b", re.MULTILINE
    eager, lazy = re.compile(source, flags), lazy_pattern(source, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.sub("X", text) == eager.sub("X", text)
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.match(text) is None and eager.match(text) is None
    assert (lazy.flags, lazy.groups) == (eager.flags, eager.groups)


def test_a_bad_pattern_still_fails_loudly_at_first_use():
    pattern = lazy_pattern(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_a_lazy_pattern_has_no_other_attributes():
    with pytest.raises(AttributeError):
        lazy_pattern("a").no_such_thing  # noqa: B018


def _modules():
    for info in pkgutil.walk_packages([str(PACKAGE)], "jargonfree."):
        if info.name.endswith("__main__"):
            continue  # running it is the command line
        try:
            yield importlib.import_module(info.name)
        except ImportError:  # an optional extra (the web page) that is not installed
            continue


def test_every_lazy_pattern_of_the_package_compiles():
    found = [value for module in _modules() for value in vars(module).values() if isinstance(value, LazyPattern)]
    assert len(found) > 200
    for pattern in found:
        assert isinstance(pattern.groups, int), pattern  # compiles it


def _module_level_compiles(source: str) -> list[int]:
    """Lines of ``re.compile`` calls run at import (outside any function)."""
    lines: list[int] = []

    def visit(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            now_inside = inside or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            func = getattr(child, "func", None)
            if not now_inside and isinstance(func, ast.Attribute) and func.attr == "compile" and getattr(func.value, "id", None) == "re":
                lines.append(child.lineno)
            visit(child, now_inside)

    visit(ast.parse(source), False)
    return lines


def test_the_rule_finds_compiles_run_at_import():
    source = "import re\nA = re.compile('a')\nB = [re.compile(x) for x in 'ab']\ndef f():\n    return re.compile('c')\n"
    assert _module_level_compiles(source) == [2, 3]


def test_no_module_compiles_a_pattern_at_import():
    """Use ``lazy_pattern`` for a module-level pattern (a cold start compiles none it does not use)."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _module_level_compiles(path.read_text(encoding="utf-8"))
    ]
    assert found == []
