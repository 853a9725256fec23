"""A privacy finding before it becomes a :class:`jargonfree.report.Finding`."""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    """``text[start:end]`` is something the rule ``rule`` (an id in :data:`RULES`) found."""

    start: int
    end: int
    rule: str
