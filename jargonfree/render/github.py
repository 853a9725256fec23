"""GitHub Actions workflow commands: each finding becomes an annotation on the file."""

from __future__ import annotations

from . import READING_AGE_RULE, Outcome, reading_age_problem

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
        index = outcome.report.lines
        for f in outcome.report.findings:
            line, col = index.position(f.start)
            end_line, end_col = index.position(f.end)
            title = _escape(f"{f.kind}: {f.rule}", prop=True)
            message = f.message + (f" {f.explanation}" if f.explanation else "")
            if f.also_at:
                message += " Also used on line " + ", ".join(str(index.position(start)[0]) for start, _ in f.also_at) + "."
            lines.append(
                f"::{_LEVEL[f.severity]} file={name},line={line},col={col},endLine={end_line},endColumn={end_col},"
                f"title={title}::{_escape(message)}"
            )
    return "".join(line + "\n" for line in lines)
