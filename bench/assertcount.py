"""Count the assert statements of the test suite that run, test by test: a check that a change
to make the suite faster kept every check (compare the counts before and after).

As a pytest plugin, with ASSERTCOUNT_OUT=/some/folder/LABEL set, each process (each xdist worker
too) writes LABEL-<pid>.json: how often each assert statement of tests/ ran, per test::

    ASSERTCOUNT_OUT=/tmp/counts/before CI=true PYTHONPATH=.:bench python -m pytest -n 2 -p assertcount

(CI=true replays hypothesis's fixed examples, so two runs count the same.) Then
``python bench/assertcount.py /tmp/counts/before [/tmp/counts/after]`` prints the counts by test
file (and, given two labels, the files whose counts differ).

Each assert statement in a module pytest rewrites (test files, conftest) gets a call before it
that counts (file, line) for the running test; no tracing, so the suite's speed barely changes.
Rewritten modules are neither read from nor written to pytest's bytecode cache while counting."""

from __future__ import annotations

import ast
import builtins
import collections
import glob
import json
import os
import sys

OUT = os.environ.get("ASSERTCOUNT_OUT")
_counts: collections.Counter = collections.Counter()  # (test id, file, line) -> runs
_current = ["<collection>"]


def _count(path: str, line: int) -> None:
    _counts[(_current[0], path, line)] += 1


class _CountAsserts(ast.NodeTransformer):
    def __init__(self, path: str) -> None:
        self.path = path

    def visit_Assert(self, node: ast.Assert) -> list[ast.stmt]:
        call = ast.Expr(ast.Call(ast.Name("__assertcount__", ast.Load()), [ast.Constant(self.path), ast.Constant(node.lineno)], []))
        return [ast.fix_missing_locations(ast.copy_location(call, node)), node]


if OUT:
    import _pytest.assertion.rewrite as _rewrite
    import pytest

    builtins.__assertcount__ = _count  # type: ignore[attr-defined]
    sys.dont_write_bytecode = True
    _rewrite._read_pyc = lambda *args, **kwargs: None
    _rewrite_asserts = _rewrite.rewrite_asserts

    def _counting_rewrite(mod, source, module_path=None, config=None):
        _CountAsserts(os.path.relpath(module_path or "?")).visit(mod)
        ast.fix_missing_locations(mod)
        return _rewrite_asserts(mod, source, module_path, config)

    _rewrite.rewrite_asserts = _counting_rewrite

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(item, nextitem):
        _current[0] = item.nodeid
        yield
        _current[0] = "<between tests>"

    def pytest_unconfigure(config):
        with open(f"{OUT}-{os.getpid()}.json", "w", encoding="utf-8") as out:
            json.dump([[test, path, line, n] for (test, path, line), n in _counts.items()], out)


def by_file(label: str) -> collections.Counter:
    """Asserts run in tests/, by the test file of the test that ran them."""
    found: collections.Counter = collections.Counter()
    for name in glob.glob(f"{label}-*.json"):
        with open(name, encoding="utf-8") as f:
            for test, path, _line, n in json.load(f):
                if path.startswith("tests" + os.sep):
                    found[test.split("::")[0] if "::" in test else path] += n
    return found


def main(argv: list[str]) -> int:
    counts = [by_file(label) for label in argv]
    if not argv or not all(counts):
        print(__doc__)
        return 2
    for label, found in zip(argv, counts):
        print(f"{label}: {sum(found.values()):,} asserts run in {len(found)} test files")
    if len(counts) == 2:
        for name in sorted(set(counts[0]) | set(counts[1])):
            if counts[0][name] != counts[1][name]:
                print(f"  {name}: {counts[0][name]:,} -> {counts[1][name]:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
