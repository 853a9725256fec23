"""The check pipeline: text -> Document -> every enabled check -> Report.

For long texts, :mod:`jargonfree.stream` runs the same pipeline paragraph by paragraph.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from . import readability, textkind
from .checks import CHECKS, SPAN_KINDS
from .document import Document
from .spans import FreeSpans
from .glossary import Glossary, load_glossary
from .nations import DEFAULT_JURISDICTION
from .report import Finding, Report
from .settings import Settings, SettingsError, did_you_mean

GlossaryArg = Glossary | Sequence[str | Path] | str | Path | None


@lru_cache(maxsize=8)
def _cached_glossary(paths: tuple[str, ...], stamp: tuple[str, ...] = ()) -> Glossary:
    return load_glossary(*paths)


def _user_files_stamp(paths: tuple[str, ...]) -> tuple[str, ...]:
    """Each user glossary file (a folder's files too) with its time of change and size
    (:func:`~jargonfree.glossary.files.file_stamp`, as the disk cache is keyed), so that a file
    edited since the last check in this process is read again (loading from the disk cache costs
    about 150 ms, ten short checks). A missing file is stamped so: load_glossary then says it is missing."""
    from .glossary.files import expand_paths, file_stamp

    return tuple(file_stamp(path) for path in expand_paths(paths))


def resolve_glossary(glossaries: GlossaryArg) -> Glossary:
    """A :class:`Glossary` from what a caller passed: a Glossary, path(s) to add to the built-in ones, or None."""
    if isinstance(glossaries, Glossary):
        return glossaries
    if glossaries is None:
        return _cached_glossary(())
    if isinstance(glossaries, (str, Path)):
        glossaries = [glossaries]
    # A generator ("Path('g').glob('*.yaml')") is read once, here, before its items are checked.
    paths = None if isinstance(glossaries, (bytes, Mapping)) or not isinstance(glossaries, Iterable) else list(glossaries)
    if paths is None or not all(isinstance(p, (str, Path)) for p in paths):
        shown = glossaries if paths is None else paths
        raise SettingsError(f"glossaries must be a Glossary, a path or a list of paths, not {shown!r}")
    names = tuple(str(p) for p in paths)
    return _cached_glossary(names, _user_files_stamp(names))


@lru_cache(maxsize=64)
def _cached_settings(audience: str, jurisdiction: str, options: tuple[tuple[str, object], ...]) -> Settings:
    _known_options(dict(options))  # only on a miss: a wrong name is never cached
    return Settings.for_audience(audience, jurisdiction=jurisdiction, **dict(options))


def resolve_settings(audience: str, jurisdiction: str, options: dict[str, object]) -> Settings:
    """``Settings.for_audience(audience, jurisdiction=..., **options)``, built once per distinct set of values.

    Settings are frozen, so one object can serve every call with the same values. A set or
    list of names (``skip={"uncommon"}``) is looked up by a frozen copy of it (:func:`_frozen`);
    other options with a value that cannot be hashed are never cached.
    """
    if not options:  # the usual call: nothing to sort or to test for hashing
        return _cached_settings(audience, jurisdiction, ())
    key = tuple(sorted((name, _frozen(value)) for name, value in options.items()))
    try:
        hash(key)
    except TypeError:
        _known_options(options)
        return Settings.for_audience(audience, jurisdiction=jurisdiction, **options)
    return _cached_settings(audience, jurisdiction, key)


def _frozen(value: object) -> object:
    """A set or list of strings as a frozenset or tuple of them, else ``value`` as it is.

    :class:`Settings` turns either into the same frozenset as the copy would give (and names the
    strings in the same errors), so the copy can key the cache; the caller may change their
    set later, the copy stays as it was.
    """
    if isinstance(value, (set, list)) and all(isinstance(item, str) for item in value):
        return frozenset(value) if isinstance(value, set) else tuple(value)
    return value


def _known_options(options: dict[str, object]) -> None:
    """A TypeError naming an option that is no :class:`Settings` field, with the name it was
    likely meant to be: ``glossary=`` (the command line's --glossary) said only
    "Settings.__init__() got an unexpected keyword argument", naming no way out."""
    from dataclasses import fields
    from inspect import Parameter, signature

    known = [f.name for f in fields(Settings)]
    for name in options:
        if name not in known:
            # check()'s own keywords, read from its signature so the list cannot go stale
            own = sorted(p.name for p in signature(check).parameters.values() if p.kind is Parameter.KEYWORD_ONLY and p.name not in known)
            named = [*own, *known]
            hint = did_you_mean(name, named) or f" (check() takes {', '.join(named)})"
            raise TypeError(f"check() got an unexpected keyword argument {name!r}{hint}")


def checks_run(settings: Settings) -> tuple[str, ...]:
    """The kinds of check ``settings`` runs, in registry order, when ``only`` or ``skip`` names
    any; else () for every one (the usual case: nothing to work out)."""
    if not settings.only and not settings.skip:
        return ()
    return tuple(kind for kind in CHECKS if settings.enabled(kind))


# Where word findings overlap, the kind registered first in CHECKS wins.
_PRIORITY = {kind: i for i, kind in enumerate(CHECKS)}


def _in_text_order(findings: list[Finding]) -> list[Finding]:
    priority = _PRIORITY
    return sorted(findings, key=lambda f: (f.start, f.end, priority.get(f.kind, 99)))


def remove_overlaps(findings: list[Finding]) -> list[Finding]:
    """One finding per span: where word findings overlap, the kind registered first in CHECKS wins."""
    if len(findings) < 2:
        return list(findings)  # nothing to order or to overlap
    ordered = _in_text_order(findings)
    last_end = -1
    for f in ordered:
        if f.kind not in SPAN_KINDS:
            if f.start < last_end:
                break  # two word findings overlap
            last_end = f.end
    else:
        return ordered  # no word findings overlap (the usual case)
    priority = _PRIORITY
    kept: list[Finding] = []
    taken = FreeSpans()
    for f in sorted(findings, key=lambda f: (priority.get(f.kind, 99), f.start)):
        if f.kind in SPAN_KINDS or taken.take(f.start, f.end):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, priority.get(f.kind, 99)))


def raw_findings(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Every enabled check over ``doc``, before overlaps are removed, in :data:`CHECKS` order."""
    findings: list[Finding] = []
    for kind, check in CHECKS.items():
        if settings.enabled(kind):
            findings.extend(check(doc, glossary, settings))
    return findings


def run_checks(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Every enabled check over ``doc``, overlaps removed, sorted by start."""
    return remove_overlaps(raw_findings(doc, glossary, settings))


def _score(text: str, tokens: Sequence[str]) -> readability.Readability:
    """Readability of the prose of ``text`` (see :func:`jargonfree.readability.prose`),
    or a note that it is not prose (see :mod:`jargonfree.textkind`). ``tokens`` are ``text.split()``."""
    counts = readability.prose_counts(text, tokens)
    scores = readability.from_counts(counts)
    if textkind.plainly_prose(scores, counts.letters):
        return scores
    return textkind.judged(scores, readability.prose(text))


def check(
    text: str,
    *,
    audience: str = "public",
    glossaries: GlossaryArg = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    settings: Settings | None = None,
    markup: str = "text",
    **options: object,
) -> Report:
    """Check ``text`` for what a lay reader will stumble on.

    ``glossaries`` adds glossary files (or takes a ready :class:`Glossary`); ``options`` are
    :class:`Settings` fields such as ``only={"jargon"}`` or ``max_reading_age=9``.
    ``settings``, if given, is used as it is. ``markup="markdown"`` or ``"html"`` checks only
    the prose of a Markdown or HTML text (not its tags, code or link addresses); offsets
    still point into ``text`` as given.

    The whole text is one :class:`Document`. For very long texts (megabytes) use
    :func:`jargonfree.stream.check_long`, which gives the same findings paragraph by
    paragraph in bounded memory.
    """
    if not isinstance(text, str):
        raise TypeError(f"check() needs text (str), not {type(text).__name__}")
    if settings is None:
        settings = resolve_settings(audience, jurisdiction, options)
    elif not isinstance(settings, Settings):
        raise SettingsError(f"settings must be a Settings, such as Settings.for_audience('public'), not {settings!r}")
    else:  # options given as well would be ignored without a word
        given = [f"{k}={v!r}" for k, v, default in (("audience", audience, "public"), ("jurisdiction", jurisdiction, DEFAULT_JURISDICTION)) if v != default]
        if options or given:
            shown = given[0] if given else f"{next(iter(options))}=..."
            raise SettingsError(f"give settings or options such as {shown}, not both: settings are used as they are")
    glossary = resolve_glossary(glossaries)
    if markup != "text":
        from . import markup as markup_

        prose = markup_.extract(text, markup)
        return markup_.in_original(check(prose.text, glossaries=glossary, settings=settings), prose, text)
    doc = Document.from_text(text)
    findings = run_checks(doc, glossary, settings)
    return Report(
        text=text,
        findings=tuple(findings),
        readability=_score(text, doc.tokens),
        audience=settings.audience,
        max_reading_age=settings.max_reading_age,
        fail_level=settings.fail_level,
        checks=checks_run(settings),
    )
