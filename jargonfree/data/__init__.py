"""Word lists the checks read: data, not code. One item a line; lines starting with # are comments."""

from __future__ import annotations

import os
import re
from functools import lru_cache

_HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(name: str) -> str:
    """The text of a data file shipped in this folder (read by path: importlib.resources costs start-up time)."""
    with open(os.path.join(_HERE, name), encoding="utf-8") as handle:
        return handle.read()


def read_list(name: str) -> list[str]:
    """The non-empty, non-comment lines of a data file, stripped."""
    return [line.strip() for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def read_set(name: str) -> frozenset[str]:
    """The lines of :func:`read_list` as a set, for the checks that ask whether a word is in a
    list. Read once a process and kept (one set a file name; the files ship with the package
    and do not change while it runs)."""
    return frozenset(read_list(name))


def read_alternatives(name: str) -> str:
    """The lines of :func:`read_list` joined with "|" as the alternatives of a regular expression,
    each escaped so that it matches as written (a pattern built from a word list)."""
    return "|".join(map(re.escape, read_list(name)))
