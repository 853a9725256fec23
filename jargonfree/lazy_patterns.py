"""Regular expressions compiled when first used, not when their module is imported.

Every check is imported for a ``jargonfree check -`` of one post, and compiling the
modules' patterns at import was the largest part of a cold start: about 320 patterns,
80 ms of the process's 220 ms of CPU time (session 23), of which one post uses about 50.
:func:`lazy_pattern` takes the place of a module-level ``re.compile``: it keeps the source
and flags, and the first time a method is asked for (``search``, ``sub``, ...) it
compiles the pattern with ``re.compile`` and keeps the compiled pattern's own methods as
its attributes, so later calls go straight to them.

What is deferred: only the compiling. Why that is safe: a compiled pattern holds no state
and depends on nothing but its source and flags, so compiling it at first use gives the
same pattern, and the same matches, as compiling it at import; a bad pattern still fails
loudly (at first use, where the tests reach it). ``pattern`` is there from the start, so
a pattern whose source is built into another pattern is not compiled for that. Code that
needs a real ``re.Pattern`` (``isinstance`` checks, the functions of :mod:`re`, ``match.re
is PATTERN``) asks for ``PATTERN.compiled``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy_pattern"]

#: The attributes of a compiled pattern that a lazy one hands out once compiled (and
#: ``compiled``, the compiled pattern itself: ``match.re is PATTERN.compiled`` tells which
#: pattern made a match).
_COMPILED = ("compiled", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """A pattern that compiles itself on first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not set yet: the first use of a method of the compiled pattern.
        if name not in _COMPILED:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for attribute in _COMPILED[1:]:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(self, name)

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, done at the first use instead of now.

    Typed ``Any`` so that it stands where an ``re.Pattern[str]`` is expected."""
    return LazyPattern(pattern, flags)
