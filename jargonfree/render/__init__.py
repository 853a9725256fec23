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


# Format name -> the module in this package that renders it.
_MODULES = {"text": "text", "json": "jsonfmt", "sarif": "sarif", "github": "github"}
FORMATS: tuple[str, ...] = tuple(_MODULES)


def renderer(name: str) -> Renderer:
    """The render function for a format name (text, json, sarif, github); KeyError for others."""
    from importlib import import_module

    # Only the module asked for is imported (json alone costs ~2 ms of a cold start).
    module = import_module(f".{_MODULES[name]}", __name__)
    render: Renderer = module.render
    return render
__all__ = ["FORMATS", "Outcome", "Renderer", "renderer"]
