"""SARIF 2.1.0, for code-scanning tools: one run, one result per finding."""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ..report import LineIndex
from . import READING_AGE_RULE, Outcome, reading_age_problem

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _region(lines: LineIndex, start: int, end: int) -> dict[str, int]:
    line, col = lines.position(start)
    end_line, end_col = lines.position(end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """A SARIF log as JSON text."""
    from .. import __version__

    rules: dict[str, dict[str, object]] = {}
    results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for outcome in outcomes:
        # A URI reference: "/" between folders, and spaces and the like percent-encoded.
        uri = "stdin" if outcome.path == "-" else quote(outcome.path.replace(os.sep, "/"))
        if outcome.report is None:
            notifications.append({"level": "error", "message": {"text": outcome.error or ""}})
            continue
        problem = reading_age_problem(outcome.report)
        if problem is not None:  # no finding to point at: a result for the whole file
            rules.setdefault(READING_AGE_RULE, {"id": READING_AGE_RULE, "shortDescription": {"text": "reading age"}})
            results.append(
                {
                    "ruleId": READING_AGE_RULE,
                    "level": "error",
                    "message": {"text": problem},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}}}],
                }
            )
        lines = outcome.report.lines
        for f in outcome.report.findings:
            rules.setdefault(f.rule, {"id": f.rule, "shortDescription": {"text": f.kind}})
            region = _region(lines, f.start, f.end)
            result: dict[str, object] = {
                "ruleId": f.rule,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message + (f" {f.explanation}" if f.explanation else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
            }
            if f.also_at:
                # Later uses of the same term: one result, its other places as related locations.
                result["relatedLocations"] = [
                    {
                        "id": number,
                        "message": {"text": "used again here"},
                        "physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(lines, start, end)},
                    }
                    for number, (start, end) in enumerate(f.also_at, 1)
                ]
            if f.suggestions:
                # A fix replaces the finding's text with the first suggestion.
                change = {"artifactLocation": {"uri": uri}, "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.suggestions[0]}}]}
                result["fixes"] = [{"description": {"text": f"Write “{f.suggestions[0]}”"}, "artifactChanges": [change]}]
            results.append(result)
    log = {
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
            {
                "tool": {"driver": {"name": "jargonfree", "version": __version__, "rules": list(rules.values())}},
                "results": results,
                "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
