"""PyYAML's syntax errors in words a practitioner can act on, at the line to fix.

PyYAML says "could not find expected ':'" one line below the line that lacks its colon, and
"mapping values are not allowed here" both for a ': ' inside a sentence and for a field
pushed too far in. Those are the mistakes people make when they first edit a glossary (the
newcomer walk of session 20), so each gets its own message; anything else keeps PyYAML's
words with a pointer to the line.
"""

from __future__ import annotations

from typing import Any
from ..lazy_patterns import lazy_pattern

_FIELD = lazy_pattern(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s|$)")
_FIRST_WORD = lazy_pattern(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)")
_QUOTES = "put the whole text in quotes, like \"...\" (or '...' if it has a \" in it)"


def plain_message(exc: Any, text: str) -> tuple[str, int]:
    """The message and 1-based line for a ``yaml.MarkedYAMLError`` raised on ``text``."""
    lines = text.splitlines()
    problem = exc.problem or "the YAML cannot be read"
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 0
    column = mark.column if mark is not None else 0
    here = lines[line - 1] if 0 < line <= len(lines) else ""

    if problem.startswith("could not find expected ':'") and exc.context_mark is not None:
        start = exc.context_mark.line + 1  # where the field without a colon begins
        return _no_colon(lines, start), start
    if problem.startswith("mapping values are not allowed"):
        field = _FIELD.match(here[:column + 1])
        if field and here.index(":") < column:
            return f"the text after '{field.group(1)}:' has a ': ' in it, which YAML reads as a new field: {_QUOTES}", line
        above = _line_above(lines, line)
        if above and ":" not in lines[above - 1]:
            return _no_colon(lines, above), above
        return "this line starts further in than the field above it: line up its field name with the others (check the indentation)", line
    if problem.startswith(("expected <block end>", "did not find expected key", "did not find expected '-'")):
        if here[:column].rstrip()[-1:] in ("'", '"'):
            return f"this text starts with a quotation mark and goes on after the closing one: {_QUOTES}", line
        return "this line is not lined up with the field above it: check the indentation (each field of an entry starts with the same number of spaces)", line
    if "scanning an alias" in context and exc.context_mark is not None:
        column = exc.context_mark.column
    if "cannot start any token" in problem or "sequence entries" in problem or "scanning an alias" in context:
        char = here[column : column + 1]
        if char == "\t":
            return "a tab is used on this line: YAML needs spaces, so replace the tab with spaces", line
        return f"text cannot start with '{char}': {_QUOTES}", line
    if "scanning a quoted scalar" in context and exc.context_mark is not None:
        start = exc.context_mark.line + 1
        return "a quotation mark on this line is never closed: add the closing one, or take out the opening one", start
    if "flow sequence" in context and exc.context_mark is not None:
        start = exc.context_mark.line + 1
        return "a list that starts with '[' on this line has no ']' at its end: add it, or write the words without the '['", start
    return f"{problem}: check the indentation and punctuation on this line and the one above", line


def _no_colon(lines: list[str], line: int) -> str:
    word = _FIRST_WORD.match(lines[line - 1]) if 0 < line <= len(lines) else None
    name = word.group(1) if word else "the field name"
    return f"this line needs a ':' after '{name}': write '{name}: ' and then the text"


def _line_above(lines: list[str], line: int) -> int:
    """The 1-based number of the nearest non-blank line above ``line`` (0 if none)."""
    for number in range(line - 1, 0, -1):
        if lines[number - 1].strip() and not lines[number - 1].lstrip().startswith("#"):
            return number
    return 0


# A text field written without quotes whose words go on after " #": YAML reads the rest of the
# line as a note and drops it ("explanation: A place # for you" is read as "A place"). A note
# after a finished sentence ("... doctors.  # checked in May") is left alone.
_COMMENT_IN_TEXT = lazy_pattern(
    r"^\s*(?:-\s+)?(explanation|plain|in_brackets|shorter|keep_when|no_auto_rewrite|flagged|rewritten|not_flagged)"
    r":\s+[^\s\"'\[|>][^#]*[^.!?\s]\s+#"
)


def words_dropped_as_notes(text: str) -> list[tuple[int, str]]:
    """The 1-based line and the message of each text field whose words after a '#' YAML would
    silently drop (a warning: the file still loads)."""
    return [
        (number, f"the words after '#' in '{m.group(1)}' are dropped: YAML reads them as a note. Put the whole text in quotes, like \"...\"")
        for number, line in enumerate(text.splitlines(), 1)
        if (m := _COMMENT_IN_TEXT.match(line))
    ]
