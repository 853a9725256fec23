"""The results of a check: findings and a report, as plain frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .readability import Readability

Kind = Literal["jargon", "abbreviation", "uncommon", "sentence", "privacy"]
Severity = Literal["error", "warning", "info"]

KINDS: tuple[str, ...] = ("jargon", "abbreviation", "uncommon", "sentence", "privacy")
SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
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

    def to_dict(self, source: str | None = None) -> dict[str, object]:
        """The finding as JSON-ready data; with ``source`` (the checked text) adds line and column."""
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
        if source is not None:
            line, column = line_column(source, self.start)
            data["line"] = line
            data["column"] = column
        return data


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (CRLF, LF and CR all end a line)."""
    before = text[:offset]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    last_break = max(before.rfind("\n"), before.rfind("\r"))
    return line, offset - last_break


@dataclass(frozen=True)
class Report:
    """Everything :func:`jargonfree.check` found in one text."""

    text: str
    findings: tuple[Finding, ...]
    readability: Readability
    audience: str
    max_reading_age: float
    fail_level: str = "warning"
    notes: tuple[str, ...] = field(default_factory=tuple)

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
        return {
            "passed": self.passed,
            "audience": self.audience,
            "max_reading_age": self.max_reading_age,
            "findings": [f.to_dict(self.text) for f in self.findings],
            "readability": self.readability.to_dict(),
            "notes": list(self.notes),
        }
