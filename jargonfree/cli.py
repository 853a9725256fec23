"""The command line: parse arguments, call the library, print, and exit with a meaningful status.

Exit status: 0 clean, 1 findings at or above the fail level (or a reading age above the
target), 2 usage, input or glossary error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Callable, Sequence, TextIO

from .arguments import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError, build_parser
from .nations import NATION_NAMES, everyday_for


def _color(stream: TextIO, choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _kinds(values: list[str] | None) -> frozenset[str] | None:
    if not values:
        return None
    return frozenset(v.strip() for value in values for v in value.split(",") if v.strip())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (also used as ``sys.exit``'s argument)."""
    try:
        code = _main(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(f"jargonfree: error: {exc}", file=sys.stderr)
        code = EXIT_ERROR
    except KeyboardInterrupt:
        print("jargonfree: stopped", file=sys.stderr)
        code = 130
    except BrokenPipeError:
        sys.stderr.close()
        code = EXIT_OK
    except Exception as exc:  # the promise: one line, no traceback
        from .config import ConfigError
        from .glossary import GlossaryError
        from .settings import SettingsError

        if isinstance(exc, GlossaryError):
            print(f"jargonfree: {exc}", file=sys.stderr)  # "x.yaml:3: error: ...": it says "error" itself
        elif isinstance(exc, (ConfigError, SettingsError)):
            print(f"jargonfree: error: {exc}", file=sys.stderr)
        else:
            print(f"jargonfree: internal error: {type(exc).__name__}: {exc} (please report this)", file=sys.stderr)
        code = EXIT_ERROR
    return code


def _main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.version:
        from . import __version__

        print(f"jargonfree {__version__}")
        return EXIT_OK
    if args.command is None:
        raise UsageError("say what to do: check, rewrite, explain, glossary or serve")
    if args.command == "check":
        return _check(args)
    if args.command == "rewrite":
        from .rewrite_cli import rewrite_command

        return rewrite_command(args)
    if args.command == "explain":
        return _explain(args)
    if args.command == "serve":
        return _serve(args)
    if args.action is None:
        raise UsageError("say what to do with the glossary: validate, list, stats or notice")
    from . import commands

    actions = {
        "validate": commands.glossary_validate,
        "list": commands.glossary_list,
        "stats": commands.glossary_stats,
        "notice": commands.glossary_notice,
    }
    return actions[args.action](args)


def _check(args: argparse.Namespace) -> int:
    if args.redact:
        return _redact(args)
    from . import batch
    from .render import STREAMING_FORMATS, Outcome, renderer

    options = batch.Options(
        audience=args.audience,
        jurisdiction=args.jurisdiction,
        max_reading_age=args.max_reading_age,
        only=_kinds(args.only),
        skip=_kinds(args.skip),
        fail_level=args.fail_level,
        allow_contacts=tuple(args.allow),
        glossaries=tuple(args.glossary),
        use_config=not args.no_config,
    )
    batch.plan_for(args.paths[0] if args.paths else "-", options)  # a bad option or config stops here, with one line
    if args.input in ("jsonl", "csv"):
        from .records_cli import check_records_command

        return check_records_command(args.paths, options, args.input, args.format or "json", text_field=args.text_field, id_field=args.id_field)
    args.format = args.format or "text"
    color = _color(sys.stdout, args.color)
    # Text, JSON and GitHub output is written input by input, and a long text's findings as
    # they are found (memory does not grow with them); SARIF and HTML are one document.
    streaming = args.format in STREAMING_FORMATS
    separator = "\n" if args.format == "text" else ""
    job = batch.Job(
        options,
        input=args.input,
        encoding=args.encoding,
        errors="replace" if args.replace_invalid else "strict",
        stream_long=streaming,
        render=args.format if streaming else None,
        color=color,
    )
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    outcomes: list[Outcome] = []
    errors = written = 0
    passed = True
    for checked in batch.results(args.paths, job, jobs):
        if checked.long:
            sys.stdout.write(separator if written else "")
            written += 1
            ok = _check_long(checked, job, args.format, color)
            if ok is None:
                errors += 1
            passed = bool(ok) and passed
            continue
        if checked.error is not None:
            errors += 1
            print(f"jargonfree: error: {checked.error}", file=sys.stderr)
        if checked.rendered is not None:  # text, JSON, GitHub: written input by input
            sys.stdout.write((separator if written else "") + checked.rendered)
            written += 1
            passed = passed and checked.passed
        elif checked.error is not None:
            outcomes.append(Outcome(checked.path, error=checked.error))
        else:
            assert checked.report is not None
            passed = passed and checked.report.passed
            outcomes.append(Outcome(checked.path, report=checked.report))
    if not streaming:
        sys.stdout.write(renderer(args.format)(outcomes, color))
    if errors:
        return EXIT_ERROR
    return EXIT_OK if passed else EXIT_FINDINGS


def _with_progress(path: str, run: Callable[[Any], Any]) -> Any:
    """``run(bar)`` with a progress bar on a terminal (``bar`` is None in a pipe)."""
    from .progress import ProgressBar

    bar = ProgressBar.for_terminal(sys.stderr, "stdin" if path == "-" else path)
    try:
        return run(bar)
    finally:
        if bar is not None:
            bar.close()


def _check_long(checked: Any, job: Any, fmt: str, color: bool) -> bool | None:
    """Check a long text paragraph by paragraph and write each finding as it is found.
    True if it passed, False if not, None if it could not be read again (a worker checked
    it only far enough to see that it is long)."""
    from . import stream
    from .batch import prepare
    from .inputs import InputError, read_one
    from .markup import finding_in_original
    from .render import stream_renderer
    from .report import LineIndex
    from .suppress import is_ignored

    source = checked.source or read_one(checked.path, encoding=job.encoding, errors=job.errors)
    if isinstance(source, InputError):
        print(f"jargonfree: error: {source}", file=sys.stderr)
        return None
    ready = prepare(source, job)
    plan, prose, text, allowed = ready.plan, ready.prose, ready.text, ready.allowed
    state = stream.LongCheck(plan.glossary, plan.settings)

    def run(bar: Any) -> bool:
        findings = stream.iter_findings(text, plan.glossary, plan.settings, progress=bar, state=state)
        lines: Any = state
        if prose is not None:  # offsets move back into the file as written: its own line index
            findings = (finding_in_original(f, prose, source.text) for f in findings)
            lines = LineIndex(source.text)
        if allowed:
            findings = (f for f in findings if not is_ignored(f, allowed))
        return stream_renderer(fmt)(source.path, findings, lines, lambda: state.report(text), sys.stdout.write, color)

    result: bool = _with_progress(source.path, run)
    return result


def _redact(args: argparse.Namespace) -> int:
    """``check --redact``: the text with personal details replaced goes to stdout, and one line
    per replacement to stderr. Exit 0 if nothing was replaced, 1 if something was."""
    from .inputs import InputError, read_all, write_as_read
    from .redaction import redact
    from .report import LineIndex

    if len(args.paths) > 1:
        raise UsageError("--redact takes one input (a file or -)")
    (item,) = read_all(args.paths, encoding=args.encoding, errors="replace" if args.replace_invalid else "strict")
    if isinstance(item, InputError):
        print(f"jargonfree: error: {item}", file=sys.stderr)
        return EXIT_ERROR
    result = redact(item.text, allow_contacts=args.allow)
    write_as_read(sys.stdout, result.text, item)
    lines = LineIndex(item.text)
    name = "stdin" if item.path == "-" else item.path
    for edit in result.edits:
        line, column = lines.position(edit.start)
        print(f"{name}:{line}:{column}: replaced with {edit.new} ({edit.rule})", file=sys.stderr)
    return EXIT_FINDINGS if result.changed else EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    try:
        from .web.server import serve
    except ImportError as exc:
        raise UsageError(f"the page needs the web extra ({exc.name} is missing): pip install 'jargonfree[web]'") from None
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535 (got {args.port})")
    try:
        serve(args.host, args.port, open_browser=args.open, glossaries=args.glossary)
    except OSError as exc:
        print(f"jargonfree: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from .checker import resolve_glossary
    from .explain_lookup import instead_note, not_found, senses_for

    term = " ".join(" ".join(args.term).split())
    if not term:
        raise UsageError("say which term to explain, such as: jargonfree explain AMHP")
    glossary = resolve_glossary(args.glossary)
    senses = senses_for(glossary, term)
    if not senses:
        print(f"jargonfree: {not_found(glossary, term)}", file=sys.stderr)
        return EXIT_FINDINGS
    from .nations import holds_in

    # The senses that hold where the reader is come first.
    senses = sorted(senses, key=lambda e: not holds_in(e.jurisdiction, args.jurisdiction))
    for i, entry in enumerate(senses):
        if i:
            print()
        print(entry.term + (f" ({entry.sense})" if entry.sense else ""))
        if entry.plain:
            print(f"  Plain words: {'; '.join(entry.plain)}")
        if entry.in_brackets:
            print(f"  Or keep it and add in brackets: {'; '.join(entry.in_brackets)}")
        if entry.explanation:
            print(f"  What it means: {entry.explanation}")
        if entry.keep_when:
            print(f"  Keep it when: {entry.keep_when}")
        print(f"  Where: {NATION_NAMES.get(entry.jurisdiction, entry.jurisdiction)}")
        if entry.everyday_in and everyday_for(entry.everyday_in, "uk"):
            print("  Everyday: readers across the UK know it, so a check does not report it.")
        elif entry.everyday_in:
            where = NATION_NAMES.get(entry.everyday_in, entry.everyday_in)
            print(f"  Everyday in {where}: not reported to readers there (--jurisdiction {entry.everyday_in}).")
        note = glossary.where_note(entry, args.jurisdiction)
        if note:
            print(f"  {note}")
            instead = instead_note(glossary, entry, args.jurisdiction, senses)
            if instead:
                print(f"  {instead}")
        for source_id in entry.sources:
            source = glossary.sources.get(source_id)
            print(f"  Source: {source.title}, {source.publisher}, {source.url}" if source else f"  Source: {source_id}")
        if entry.source_note:
            print(f"  About the sources: {entry.source_note}")
        print(f"  Rule: {entry.id}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
