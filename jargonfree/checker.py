"""The check pipeline: text -> Document -> every enabled check -> Report."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from . import readability
from .checks import CHECKS, SPAN_KINDS
from .document import Document
from .glossary import Glossary, load_glossary
from .report import Finding, Report
from .settings import Settings

GlossaryArg = Glossary | Sequence[str | Path] | str | Path | None


@lru_cache(maxsize=8)
def _cached_glossary(paths: tuple[str, ...]) -> Glossary:
    return load_glossary(*paths)


def resolve_glossary(glossaries: GlossaryArg) -> Glossary:
    """A :class:`Glossary` from what a caller passed: a Glossary, path(s) to add to the built-in ones, or None."""
    if isinstance(glossaries, Glossary):
        return glossaries
    if glossaries is None:
        return _cached_glossary(())
    if isinstance(glossaries, (str, Path)):
        glossaries = [glossaries]
    return _cached_glossary(tuple(str(p) for p in glossaries))


def remove_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per span: where word findings overlap, the kind registered first in CHECKS wins."""
    priority = {kind: i for i, kind in enumerate(CHECKS)}
    kept: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(findings, key=lambda f: (priority.get(f.kind, 99), f.start)):
        if f.kind not in SPAN_KINDS:
            if any(f.start < end and start < f.end for start, end in taken):
                continue
            taken.append((f.start, f.end))
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, priority.get(f.kind, 99)))


def run_checks(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Every enabled check over ``doc``, overlaps removed, sorted by start."""
    findings: list[Finding] = []
    for kind, check in CHECKS.items():
        if settings.enabled(kind):
            findings.extend(check(doc, glossary, settings))
    return remove_overlaps(findings)


def check(
    text: str,
    *,
    audience: str = "public",
    glossaries: GlossaryArg = None,
    jurisdiction: str = "england-wales",
    settings: Settings | None = None,
    **options: object,
) -> Report:
    """Check ``text`` for what a lay reader will stumble on.

    ``glossaries`` adds glossary files (or takes a ready :class:`Glossary`); ``options`` are
    :class:`Settings` fields such as ``only={"jargon"}`` or ``max_reading_age=9``.
    ``settings``, if given, is used as it is.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() needs text (str), not {type(text).__name__}")
    if settings is None:
        settings = Settings.for_audience(audience, jurisdiction=jurisdiction, **options)
    glossary = resolve_glossary(glossaries)
    doc = Document.from_text(text)
    findings = run_checks(doc, glossary, settings)
    return Report(
        text=text,
        findings=tuple(findings),
        readability=readability.score(text),
        audience=settings.audience,
        max_reading_age=settings.max_reading_age,
        fail_level=settings.fail_level,
    )
