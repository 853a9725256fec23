"""Checking the inputs of one command: one by one, or on several processes, always in input order.

:func:`results` turns the command line's paths (files, folders, ``-``) into one
:class:`Checked` per input, in the order a single process would give them. With ``jobs``
above 1 and enough files, the files are checked by a pool of worker processes, each of which
loads the glossary once; the output is the same, in the same order.

A text too long to check in one piece is not checked here when the caller writes findings as
they come (``stream_long``): its :class:`Checked` says so (``long``), and the caller checks it
paragraph by paragraph (see :mod:`jargonfree.stream`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from . import stream
from .inputs import InputError, Source, listed, read_one

if TYPE_CHECKING:
    from .config import Config
    from .glossary import Glossary
    from .markup import Prose
    from .report import Report
    from .settings import Settings

#: With fewer files than this, one process is quicker than starting a pool.
MIN_FILES_FOR_A_POOL = 8

# What the command line calls each kind of input, by file name (anything else is plain text).
_KINDS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def input_kind(path: str, given: str = "auto") -> str:
    """The kind of input: as given, or from the file name's suffix (standard input is plain text)."""
    if given != "auto":
        return given
    return _KINDS.get(os.path.splitext(path)[1].lower(), "text")


@dataclass(frozen=True)
class Options:
    """What the command line said; None (or empty) means "not given": the configuration file
    found for each input (see :mod:`jargonfree.config`), then the audience's defaults, decide."""

    audience: str | None = None
    jurisdiction: str | None = None
    max_reading_age: float | None = None
    fail_level: str | None = None
    only: frozenset[str] | None = None
    skip: frozenset[str] | None = None
    allow_contacts: tuple[str, ...] = ()
    glossaries: tuple[str, ...] = ()
    use_config: bool = True


@dataclass(frozen=True)
class Plan:
    """How to check one input: its settings and glossary, and the terms never to flag."""

    settings: Settings
    glossary: Glossary
    allowed: tuple[str, ...] = ()


def plan_for(path: str, options: Options) -> Plan:
    """The settings, glossary and allowed terms for ``path``: the command line wins over the
    configuration file found from the file's folder upwards (standard input: the current folder)."""
    from .checker import resolve_glossary
    from .config import Config, find_config, load_config
    from .settings import Settings

    config = load_config(find_config(os.getcwd() if path == "-" else path)) if options.use_config else Config()

    def pick(given: object, configured: object) -> object:
        return given if given is not None else configured

    settings = Settings.for_audience(
        pick(options.audience, config.audience) or "public",  # type: ignore[arg-type]
        jurisdiction=pick(options.jurisdiction, config.jurisdiction),
        max_reading_age=pick(options.max_reading_age, config.max_reading_age),
        **_checks_to_run(options, config),
        fail_level=pick(options.fail_level, config.fail_level),
        allow_contacts=frozenset(options.allow_contacts or config.allow_contacts) or None,
    )
    glossary = resolve_glossary(list((*config.glossaries, *options.glossaries)) or None)
    return Plan(settings, glossary, config.allow_terms)


def _checks_to_run(options: Options, config: Config) -> dict[str, frozenset[str] | None]:
    """``only`` and ``skip`` from the command line if it gives either, else from the config: the
    two go together, so "--skip uncommon" is not undone by a config's ``only = ["uncommon"]``."""
    if options.only is not None or options.skip is not None:
        return {"only": options.only, "skip": options.skip}
    return {"only": frozenset(config.only) or None, "skip": frozenset(config.skip) or None}


@dataclass(frozen=True)
class Job:
    """What checking one input needs, the same for every input of a command."""

    options: Options
    input: str = "auto"
    encoding: str | None = None
    errors: str = "strict"
    #: Leave texts longer than stream.STREAM_ABOVE to the caller (see the module notes).
    stream_long: bool = False
    #: Render each result in this format (text, json or github) where it is checked, so that
    #: a worker sends back a few lines of output instead of a whole report.
    render: str | None = None
    color: bool = False


@dataclass(frozen=True)
class Checked:
    """One input's result: a report, an error, or ``long`` (for the caller to check in pieces)."""

    path: str
    report: Report | None = None
    error: str | None = None
    long: bool = False
    #: The text read, for a ``long`` input checked in this process (None from a worker).
    source: Source | None = None
    #: With ``Job.render``: the input's output, and whether it passed (``report`` is then None).
    rendered: str | None = None
    passed: bool = False


@dataclass(frozen=True)
class Prepared:
    """One text read and ready to check: how to check it, the text the checks read (the prose
    of a Markdown or HTML file, else the text itself), and the terms not to flag."""

    source: Source
    plan: Plan
    text: str
    #: The prose found in a Markdown or HTML input, whose offsets map back to the file; None
    #: for plain text.
    prose: Prose | None
    #: Terms never flagged: the configuration's and the text's ``<!-- jargonfree: ignore ... -->``.
    allowed: tuple[str, ...]


def prepare(source: Source, job: Job) -> Prepared:
    """The plan for ``source``, the text to check (its prose, for Markdown and HTML) and the
    terms its configuration or its own comments allow: the steps before any check, the same
    whether it is checked whole (:func:`check_source`) or paragraph by paragraph."""
    from .suppress import ignored_in

    plan = plan_for(source.path, job.options)
    kind = input_kind(source.path, job.input)
    prose = None
    if kind != "text":
        from .markup import extract

        prose = extract(source.text, kind)
    text = source.text if prose is None else prose.text
    return Prepared(source, plan, text, prose, (*plan.allowed, *ignored_in(source.text)))


def check_source(source: Source, job: Job) -> Checked:
    """Check one text that has been read, with the settings that apply to it, less the terms
    its configuration or its own ``<!-- jargonfree: ignore ... -->`` comments allow."""
    from .checker import check
    from .suppress import without_ignored

    ready = prepare(source, job)
    glossary, settings, text = ready.plan.glossary, ready.plan.settings, ready.text
    if len(text) > stream.STREAM_ABOVE:
        if job.stream_long:
            return Checked(source.path, long=True, source=source)
        report = stream.check_long(text, glossaries=glossary, settings=settings)
    else:
        report = check(text, glossaries=glossary, settings=settings)
    if ready.prose is not None:
        from .markup import in_original

        report = in_original(report, ready.prose, source.text)
    return Checked(source.path, report=without_ignored(report, ready.allowed))


def check_path(path: str, job: Job) -> Checked:
    """Read and check one input (a file, or ``-`` for standard input); rendered if the job says so."""
    item = read_one(path, encoding=job.encoding, errors=job.errors)
    checked = Checked(item.path, error=str(item)) if isinstance(item, InputError) else check_source(item, job)
    if job.render is None or checked.long:
        return checked
    from .render import Outcome, renderer

    outcome = Outcome(checked.path, report=checked.report, error=checked.error)
    rendered = renderer(job.render)([outcome], job.color)
    passed = checked.report is not None and checked.report.passed
    return Checked(checked.path, error=checked.error, rendered=rendered, passed=passed)


def results(paths: list[str], job: Job, jobs: int = 1) -> Iterator[Checked]:
    """One :class:`Checked` per input, in input order; on ``jobs`` processes when that pays."""
    todo = listed(paths)
    files = sum(1 for t in todo if isinstance(t, str) and t != "-")
    if jobs > 1 and files >= MIN_FILES_FOR_A_POOL and "-" not in todo:
        yield from _in_pool(todo, job, jobs)
        return
    for task in todo:
        yield _checked(task, job)


# -- the pool ----------------------------------------------------------------------------

# Each worker process's job, set once by _start_worker (the pool's initializer). Glossaries
# are loaded once per worker too: checker.resolve_glossary keeps each one it has built.
_worker: Job | None = None


def _start_worker(job: Job) -> None:
    global _worker
    _worker = job


def _checked(task: str | InputError, job: Job) -> Checked:
    if isinstance(task, InputError):
        return check_path_error(task, job)
    return check_path(task, job)


def check_path_error(error: InputError, job: Job) -> Checked:
    """The result for an input that could not even be listed (a folder with no files)."""
    if job.render is None:
        return Checked(error.path, error=str(error))
    from .render import Outcome, renderer

    return Checked(error.path, error=str(error), rendered=renderer(job.render)([Outcome(error.path, error=str(error))], job.color))


def _check_in_worker(task: str | InputError) -> Checked:
    assert _worker is not None, "the pool's initializer sets the worker's job"
    checked = _checked(task, _worker)
    if checked.long:
        return Checked(checked.path, long=True)  # the caller reads it again: no need to send the text back
    return checked


def _in_pool(todo: list[str | InputError], job: Job, jobs: int) -> Iterator[Checked]:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(job,)) as pool:
        # map keeps input order; chunks of files cut the cost of sending each one.
        yield from pool.map(_check_in_worker, todo, chunksize=max(1, min(32, len(todo) // (jobs * 4))))
