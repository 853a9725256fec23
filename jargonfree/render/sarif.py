"""SARIF 2.1.0, for code-scanning tools: one run, one result per finding."""

from __future__ import annotations

import json

from . import Outcome

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """A SARIF log as JSON text."""
    from .. import __version__

    rules: dict[str, dict[str, object]] = {}
    results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for outcome in outcomes:
        uri = "stdin" if outcome.path == "-" else outcome.path
        if outcome.report is None:
            notifications.append({"level": "error", "message": {"text": outcome.error or ""}})
            continue
        lines = outcome.report.lines
        for f in outcome.report.findings:
            rules.setdefault(f.rule, {"id": f.rule, "shortDescription": {"text": f.kind}})
            line, col = lines.position(f.start)
            end_line, end_col = lines.position(f.end)
            results.append(
                {
                    "ruleId": f.rule,
                    "level": _LEVEL[f.severity],
                    "message": {"text": f.message + (f" {f.explanation}" if f.explanation else "")},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri},
                                "region": {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col},
                            }
                        }
                    ],
                    "fixes": [
                        {"description": {"text": s}} for s in f.suggestions[:1]
                    ],
                }
            )
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
