"""Renderers: turn check results into text for people or machines. One module per format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..report import Report


@dataclass(frozen=True)
class Outcome:
    """The result for one input: a report, or the one-line error that stopped it."""

    path: str
    report: Report | None = None
    error: str | None = None


Renderer = Callable[[list[Outcome], bool], str]


def renderer(name: str) -> Renderer:
    """The render function for a format name (text, json, sarif, github)."""
    from . import github, jsonfmt, sarif, text

    table: dict[str, Renderer] = {"text": text.render, "json": jsonfmt.render, "sarif": sarif.render, "github": github.render}
    return table[name]


FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github")
__all__ = ["FORMATS", "Outcome", "Renderer", "renderer"]
