"""JSON: one object per input, one per line (a single input prints exactly one JSON object)."""

from __future__ import annotations

import json

from . import Outcome


def outcome_dict(outcome: Outcome) -> dict[str, object]:
    """One input's result as JSON-ready data."""
    if outcome.report is None:
        return {"path": outcome.path, "error": outcome.error}
    return {"path": outcome.path, **outcome.report.to_dict()}


def render(outcomes: list[Outcome], color: bool = False) -> str:
    """JSON Lines: valid JSON per input, errors included as ``{"path": ..., "error": ...}``."""
    return "".join(json.dumps(outcome_dict(o), ensure_ascii=False) + "\n" for o in outcomes)
