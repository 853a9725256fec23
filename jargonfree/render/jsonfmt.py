"""JSON: one object per input, one per line (a single input prints exactly one JSON object)."""

from __future__ import annotations

import json

from typing import Callable, Iterable

from ..report import Finding, Report
from . import Outcome, Positions


def outcome_dict(outcome: Outcome) -> dict[str, object]:
    """One input's result as JSON-ready data."""
    if outcome.report is None:
        return {"path": outcome.path, "error": outcome.error}
    return {"path": outcome.path, **outcome.report.to_dict()}


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """JSON Lines: valid JSON per input, errors included as ``{"path": ..., "error": ...}``."""
    return "".join(json.dumps(outcome_dict(o), ensure_ascii=False) + "\n" for o in outcomes)


def render_stream(path: str, findings: Iterable[Finding], lines: Positions, finish: Callable[[], Report], write: Callable[[str], None], color: bool = False) -> bool:
    """The same JSON object as :func:`render` gives for the input (keys in another order),
    written as the findings come. Returns True if the text passed."""
    write("{" + json.dumps("path") + ": " + json.dumps(path, ensure_ascii=False) + ', "findings": [')
    severities: dict[str, int] = {}
    for i, f in enumerate(findings):
        severities[f.severity] = severities.get(f.severity, 0) + 1
        data = f.to_dict()
        data["line"], data["column"] = lines.position(f.start)
        for use in data["also_at"]:  # type: ignore[attr-defined]
            use["line"], use["column"] = lines.position(use["start"])
        write((", " if i else "") + json.dumps(data, ensure_ascii=False))
    report = finish()
    passed = not any(report.fails_at(s) for s in severities) and report.readable
    rest = {k: v for k, v in report.to_dict().items() if k != "findings"}
    rest["passed"] = passed
    write("], " + json.dumps(rest, ensure_ascii=False)[1:] + "\n")
    return passed
