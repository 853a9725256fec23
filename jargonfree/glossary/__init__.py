"""Glossaries: YAML files of jargon, loaded into :class:`Glossary` objects.

The built-in glossaries ship inside the package; :func:`load_glossary` adds a user's or an
organisation's own files, which can add entries and switch built-in ones off.

This module only hands names on. Where things are done: :mod:`.files` (finding the files),
:mod:`.yamlread` and :mod:`.load` (reading and checking one file), :mod:`.build` (combining
files, caching the result), :mod:`.table` (the :class:`Glossary` and its look-ups),
:mod:`.packed` (its cached form), :mod:`.index` (the compiled matcher), :mod:`.model` (an
entry), :mod:`.derive` (what is worked out from an entry) with :mod:`.wordforms` (English
word forms), and :mod:`.validate` (checking files as a whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .build import GlossaryError, combine, disable_problems, load_glossary, parse_all
from .files import builtin_dir, builtin_files, expand_paths
from .model import Entry
from .table import Glossary, choose_sense

if TYPE_CHECKING:
    from .problems import Problem
    from .sources import Source

# The YAML reader (.load, .sources, PyYAML) is imported only when a glossary file is
# actually parsed, on a cache miss: a run that loads the compiled glossaries from the
# cache never pays for it. ``Problem`` and ``Source`` are still importable from here.
_LAZY = {"Problem": ".problems", "ParsedFile": ".load", "parse_file": ".load", "Source": ".sources", "load_sources": ".sources"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Entry",
    "Glossary",
    "GlossaryError",
    "Problem",
    "Source",
    "builtin_dir",
    "builtin_files",
    "choose_sense",
    "combine",
    "disable_problems",
    "expand_paths",
    "load_glossary",
    "parse_all",
]
