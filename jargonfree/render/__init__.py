"""Renderers: turn check results into text for people or machines. One module per format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Protocol

from ..report import Report


@dataclass(frozen=True)
class Outcome:
    """The result for one input: a report, or the one-line error that stopped it."""

    path: str
    report: Report | None = None
    error: str | None = None


Renderer = Callable[[list[Outcome], bool], str]


class Positions(Protocol):
    """Anything that gives the 1-based line and column of an offset (a LineIndex, or a long
    check's position of the chunk it is in)."""

    def position(self, offset: int) -> tuple[int, int]: ...


#: The formats that can write a long text's findings as they are found (see
#: :func:`stream_renderer`); SARIF and HTML are one document, made when all is known.
STREAMING_FORMATS = ("text", "json", "github")

#: The rule id of the finding-less failure "the reading age is above the target", in the
#: machine formats (so that a CI job that goes red always shows why).
READING_AGE_RULE = "readability/reading-age"


def reading_age_problem(report: Report) -> str | None:
    """The sentence saying the reading age is above the target, or None if it is not."""
    if report.readable:
        return None
    return (
        f"Reading age {report.readability.reading_age:.1f} is above the target of {report.max_reading_age:g} "
        f"for a {report.audience} audience: use shorter sentences and everyday words."
    )


def nothing_found(report: Report) -> str:
    """What a report with no findings says: "No jargon or other problems found.", unless
    ``--only`` or ``--skip`` left the jargon check out; then which checks found nothing."""
    if not report.checks or "jargon" in report.checks:
        return "No jargon or other problems found."
    return f"No problems found by the checks that ran: {', '.join(report.checks)}."


# Format name -> the module in this package that renders it.
_MODULES = {"text": "text", "json": "jsonfmt", "sarif": "sarif", "github": "github", "html": "html"}
FORMATS: tuple[str, ...] = tuple(_MODULES)


def renderer(name: str) -> Renderer:
    """The render function for a format name (text, json, sarif, github, html); KeyError for others."""
    from importlib import import_module

    # Only the module asked for is imported (json alone costs ~2 ms of a cold start).
    module = import_module(f".{_MODULES[name]}", __name__)
    render: Renderer = module.render
    return render


def stream_renderer(name: str) -> Callable[..., bool]:
    """The ``render_stream`` function of a format in :data:`STREAMING_FORMATS`."""
    from importlib import import_module

    module: Any = import_module(f".{_MODULES[name]}", __name__)
    return module.render_stream


__all__ = ["FORMATS", "STREAMING_FORMATS", "Positions", "stream_renderer", "READING_AGE_RULE", "Outcome", "Renderer", "nothing_found", "reading_age_problem", "renderer"]
