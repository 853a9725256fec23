"""Put a problem about one field of an entry on that field's line, not the entry's first.

The whole-glossary checks (examples, explanation, plain words, spelling, nations) know an
entry by its first line. A practitioner fixing "the 'flagged' example ... does not find the
term" in a twelve-line entry should land on the 'flagged:' line, so the problem moves there
when the file has the field written out; otherwise it stays on the entry's first line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .model import Entry
from .problems import Problem
from ..lazy_patterns import lazy_pattern

# (words in the message, the field it is about), first match wins.
_NAMED = (
    (lazy_pattern(r"^the rewrite of the 'flagged' example"), "rewritten"),
    (lazy_pattern(r"^the 'flagged' example"), "flagged"),
    (lazy_pattern(r"^the 'not_flagged' example"), "not_flagged"),
    (lazy_pattern(r"^the explanation of"), "explanation"),
    (lazy_pattern(r"^the plain words"), "plain"),
    (lazy_pattern(r"is spelled out as"), "plain"),
    (lazy_pattern(r"is labelled '"), "jurisdiction"),
    (lazy_pattern(r" in 'related:' is not a term"), "related"),
    (lazy_pattern(r"^the source .* has no web address"), "source"),
    (lazy_pattern(r" in '(\w+)' is the American spelling"), ""),  # the field is in the message
)
_ITEM = lazy_pattern(r"^(\s*-\s+)")


def field_of(message: str) -> str | None:
    """The field a whole-glossary problem is about, from its message (None if none)."""
    for pattern, field in _NAMED:
        found = pattern.search(message)
        if found:
            return field or found.group(1)
    return None


def at_fields(problems: list[Problem], entries: list[Entry]) -> list[Problem]:
    """``problems`` with each one about a named field of an entry moved to that field's line."""
    starts = {(entry.file, entry.line) for entry in entries}
    texts: dict[str, list[str]] = {}
    out: list[Problem] = []
    for problem in problems:
        field = field_of(problem.message) if (problem.path, problem.line) in starts else None
        if field is None:
            out.append(problem)
            continue
        if problem.path not in texts:
            try:
                texts[problem.path] = Path(problem.path).read_text(encoding="utf-8-sig").splitlines()
            except (OSError, UnicodeDecodeError):
                texts[problem.path] = []
        line = field_line(texts[problem.path], problem.line, field)
        out.append(replace(problem, line=line) if line else problem)
    return out


def field_line(lines: list[str], start: int, field: str) -> int:
    """The 1-based line of ``field:`` in the entry that starts on line ``start`` (0 if none)."""
    if not 0 < start <= len(lines):
        return 0
    item = _ITEM.match(lines[start - 1])
    if item is None:
        return 0
    indent = len(item.group(1))
    key = re.compile(rf"^(?:\s*-\s+|\s{{{indent}}}){re.escape(field)}\s*:")
    for number in range(start, len(lines) + 1):
        text = lines[number - 1]
        if number > start and text.strip() and not text.lstrip().startswith("#"):
            if len(text) - len(text.lstrip()) < indent:
                break  # the next entry, or the end of the list
        if key.match(text) and (number == start or not _ITEM.match(text)):
            return number
    return 0
