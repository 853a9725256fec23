"""The results of a check: findings and a report, as plain data."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from .readability import Readability

SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# building one about three times slower, and a post has a few findings: that alone was about
# 4% of check() on short posts. No check changes a finding once made (they use replace()),
# and it hashes by its fields as before (unsafe_hash), so findings still go in sets.
@dataclass(slots=True, unsafe_hash=True)
class Finding:
    """One thing a lay reader may stumble on.

    ``start`` and ``end`` are character offsets into the original text, so
    ``text[f.start:f.end] == f.text`` always holds.
    """

    start: int
    end: int
    text: str
    kind: str
    rule: str
    message: str
    suggestions: tuple[str, ...] = ()
    explanation: str | None = None
    severity: str = "warning"
    #: Why the finding will not be rewritten automatically, or None if it can be.
    no_rewrite_reason: str | None = None
    #: For a glossary match, the form the text used: "s", "ed" (past), "en" (past participle),
    #: "ing", "" for the term as written, or "related" for a word of the same family
    #: ("conveyance" for "convey") or the words an abbreviation stands for. ``rule`` is the entry's id.
    inflection: str = ""
    #: Later uses of the same term, as (start, end) spans, when the advice is about the first
    #: use only ("Spell out AMHP the first time you use it"): one finding, not one per use.
    also_at: tuple[tuple[int, int], ...] = ()

    def to_dict(self, source: str | LineIndex | None = None) -> dict[str, object]:
        """The finding as JSON-ready data; with ``source`` (the checked text, or its
        :class:`LineIndex`) adds line and column."""
        data: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "explanation": self.explanation,
        }
        uses: list[dict[str, int]] = [{"start": start, "end": end} for start, end in self.also_at]
        if source is not None:
            index = source if isinstance(source, LineIndex) else LineIndex(source)
            line, column = index.position(self.start)
            data["line"] = line
            data["column"] = column
            for use in uses:
                use["line"], use["column"] = index.position(use["start"])
        data["also_at"] = uses
        return data


_LINE_BREAK = lazy_pattern(r"\r\n|\r|\n")


class LineIndex:
    """Line starts of a text, found once, so each finding's line and column is a bisect."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def __len__(self) -> int:
        """The number of lines (a text that ends with a line break has an empty last line)."""
        return len(self._starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` (CRLF, LF and CR all end a line)."""
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


@dataclass(unsafe_hash=True)  # (not frozen: see Finding)
class Report:
    """Everything :func:`jargonfree.check` found in one text."""

    text: str
    findings: tuple[Finding, ...]
    readability: Readability
    audience: str
    max_reading_age: float
    fail_level: str = "warning"
    notes: tuple[str, ...] = ()
    #: The checks that ran, when ``only`` or ``skip`` left some out (empty: every check ran),
    #: so "No jargon ... found" is not said of a text the jargon check never read.
    checks: tuple[str, ...] = ()

    @cached_property
    def lines(self) -> LineIndex:
        """Where each line of the text starts, for line and column numbers (found once)."""
        return LineIndex(self.text)

    def fails_at(self, severity: str) -> bool:
        """True if a finding of ``severity`` is at or above the fail level."""
        return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[self.fail_level]

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings at or above the fail level."""
        level = SEVERITY_ORDER[self.fail_level]
        return tuple(f for f in self.findings if SEVERITY_ORDER[f.severity] >= level)

    @property
    def readable(self) -> bool:
        """True unless a reliable reading age is above the audience's target."""
        r = self.readability
        return not (r.reliable and r.reading_age > self.max_reading_age)

    @property
    def passed(self) -> bool:
        """True when nothing is at or above the fail level and the reading age meets the target."""
        return not self.failing and self.readable

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data (the shape ``--format json`` prints)."""
        lines = self.lines
        return {
            "passed": self.passed,
            "audience": self.audience,
            "max_reading_age": self.max_reading_age,
            "findings": [f.to_dict(lines) for f in self.findings],
            "readability": self.readability.to_dict(),
            "notes": list(self.notes),
        }
