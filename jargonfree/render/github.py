"""GitHub Actions workflow commands: each finding becomes an annotation on the file."""

from __future__ import annotations

from typing import Callable, Iterable

from ..report import Finding, Report
from . import READING_AGE_RULE, Outcome, Positions, reading_age_problem

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """``::warning file=...,line=...,col=...::message`` lines."""
    lines: list[str] = []
    for outcome in outcomes:
        name = _escape(outcome.path, prop=True)
        if outcome.report is None:
            lines.append(f"::error file={name}::{_escape(outcome.error or '')}")
            continue
        problem = reading_age_problem(outcome.report)
        if problem is not None:  # no finding to point at: an annotation on the file itself
            lines.append(f"::error file={name},title={_escape(READING_AGE_RULE, prop=True)}::{_escape(problem)}")
        lines.extend(_annotation(name, f, outcome.report.lines) for f in outcome.report.findings)
    return "".join(line + "\n" for line in lines)


def _annotation(name: str, f: Finding, index: Positions) -> str:
    line, col = index.position(f.start)
    end_line, end_col = index.position(f.end)
    title = _escape(f"{f.kind}: {f.rule}", prop=True)
    message = f.message + (f" {f.explanation}" if f.explanation else "")
    if f.also_at:
        message += " Also used on line " + ", ".join(str(index.position(start)[0]) for start, _ in f.also_at) + "."
    return (
        f"::{_LEVEL[f.severity]} file={name},line={line},col={col},endLine={end_line},endColumn={end_col},"
        f"title={title}::{_escape(message)}"
    )


def render_stream(path: str, findings: Iterable[Finding], lines: Positions, finish: Callable[[], Report], write: Callable[[str], None], color: bool = False) -> bool:
    """The same annotations as :func:`render`, written as the findings come (the reading-age
    annotation, known only at the end, comes last). Returns True if the text passed."""
    name = _escape(path, prop=True)
    severities: dict[str, int] = {}
    for f in findings:
        severities[f.severity] = severities.get(f.severity, 0) + 1
        write(_annotation(name, f, lines) + "\n")
    report = finish()
    problem = reading_age_problem(report)
    if problem is not None:
        write(f"::error file={name},title={_escape(READING_AGE_RULE, prop=True)}::{_escape(problem)}\n")
    return not any(report.fails_at(s) for s in severities) and report.readable
