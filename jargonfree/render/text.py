"""Text for a person: each finding with its line and column, the term highlighted, the
suggestion and explanation, then a readability summary against the target."""

from __future__ import annotations

import textwrap

from typing import Callable, Iterable

from ..checks import LABELS
from ..report import Finding, Report
from . import Outcome, Positions, nothing_found

_BOLD, _RED, _YELLOW, _DIM, _GREEN, _RESET = "\033[1m", "\033[31m", "\033[33m", "\033[2m", "\033[32m", "\033[0m"


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color else text


def _finding(f: Finding, color: bool, lines: Positions) -> list[str]:
    line, col = lines.position(f.start)
    shown = f.text if len(f.text) <= 60 else f.text[:57] + "..."
    shown = " ".join(shown.split())
    level = {"error": _RED, "warning": _YELLOW, "info": _DIM}[f.severity]
    head = f"  {line}:{col}  {_paint(LABELS.get(f.kind, f.kind), level, color)}  {_paint(shown, _BOLD, color)}"
    out = [head]
    wrap = textwrap.TextWrapper(width=88, initial_indent="      ", subsequent_indent="      ")
    out.extend(wrap.wrap(f.message))
    if f.also_at:
        places = ", ".join("{}:{}".format(*lines.position(start)) for start, _ in f.also_at)
        out.extend(wrap.wrap(f"Also used at {places}."))
    if f.explanation:
        out.extend(wrap.wrap(f"What it means: {f.explanation}"))
    if len(f.suggestions) > 1:
        out.extend(wrap.wrap("Other options: " + "; ".join(f"“{s}”" for s in f.suggestions[1:])))
    return out


def _summary(report: Report, color: bool, found: int | None = None, failing: int | None = None) -> list[str]:
    """The readability lines and the verdict; ``found`` and ``failing`` count the findings
    when they were written out as they came (``report.findings`` is then empty)."""
    found = len(report.findings) if found is None else found
    failing = len(report.failing) if failing is None else failing
    r = report.readability
    target = f"{report.max_reading_age:g}"
    age = f"Reading age {r.reading_age:.1f} (target: {target} or under for a {report.audience} audience)"
    figures = (
        f"Flesch reading ease {r.flesch_reading_ease:.1f}, {r.words} word{'s' if r.words != 1 else ''}, "
        f"{r.sentences} sentence{'s' if r.sentences != 1 else ''}"
    )
    lines = [f"  {age}.", f"  {figures}."]
    if not r.prose:
        lines = [f"  {r.notes[0]}"]
    elif not r.reliable:
        short = "The text is short, so treat the scores as a rough guide"
        # "Reading age 13.4 (target: 11 ...)" then "Passed." read as a slip without this.
        short += ": a reading age above the target does not fail it." if r.reading_age > report.max_reading_age else "."
        lines.append(f"  {_paint(short, _DIM, color)}")
    if not failing and report.readable:
        verdict = _paint("Passed", _GREEN, color)
        rest = f": {found} note{'s' if found != 1 else ''} to consider." if found else "."
    else:
        verdict = _paint("Not yet plain enough", _RED, color)
        reasons = []
        if failing:
            reasons.append(f"{failing} thing{'s' if failing != 1 else ''} to fix")
        if not report.readable:
            reasons.append("reading age above the target")
        rest = ": " + " and ".join(reasons) + "."
    lines.append(f"  {verdict}{rest}")
    return lines


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """The report of every input, for reading in a terminal."""
    blocks: list[str] = []
    for outcome in outcomes:
        name = "standard input" if outcome.path == "-" else outcome.path
        if outcome.report is None:
            blocks.append(f"{name}\n  error: {outcome.error}\n")
            continue
        lines = [_paint(name, _BOLD, color)]
        index = outcome.report.lines
        for f in outcome.report.findings:
            lines.extend(_finding(f, color, index))
        if not outcome.report.findings:
            lines.append(f"  {nothing_found(outcome.report)}")
        lines.append("")
        lines.extend(_summary(outcome.report, color))
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def render_stream(path: str, findings: Iterable[Finding], lines: Positions, finish: Callable[[], Report], write: Callable[[str], None], color: bool = False) -> bool:
    """Write one input's report as its findings come, keeping none of them; ``finish()``
    gives the report of the whole text (without findings) once they are all written.
    Returns True if the text passed."""
    name = "standard input" if path == "-" else path
    write(_paint(name, _BOLD, color) + "\n")
    found = 0
    severities: dict[str, int] = {}
    for f in findings:
        found += 1
        severities[f.severity] = severities.get(f.severity, 0) + 1
        write("\n".join(_finding(f, color, lines)) + "\n")
    report = finish()
    failing = sum(n for severity, n in severities.items() if report.fails_at(severity))
    if not found:
        write(f"  {nothing_found(report)}\n")
    write("\n" + "\n".join(_summary(report, color, found, failing)) + "\n")
    return not failing and report.readable
