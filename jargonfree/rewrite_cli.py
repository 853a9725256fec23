"""``jargonfree rewrite``: read one input, rewrite it in plainer words, and print the text, a
diff or JSON, or change the file in place."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .arguments import EXIT_ERROR, EXIT_OK, UsageError
from .nations import DEFAULT_JURISDICTION

if TYPE_CHECKING:
    from .glossary import Glossary
    from .rewriter import Rewrite


def _choices(values: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        rule, sep, words = value.partition("=")
        if not sep or not rule.strip() or not words.strip():
            raise UsageError(f"--choose needs RULE=WORDS, such as officialese/in-accordance-with=following (got {value!r})")
        out[rule.strip()] = words.strip()
    return out


def _check_choices(choices: dict[str, str], glossary: Glossary) -> None:
    """A usage error for a --choose whose entry does not exist or whose words are not among
    the entry's plain words (a typo would otherwise be ignored without a word): the library's
    own check of ``choices``, so the command and :func:`jargonfree.rewrite` agree."""
    from .choices import checked_choices
    from .settings import SettingsError

    try:
        checked_choices(choices, glossary)
    except SettingsError as exc:
        raise UsageError(f"--choose: {str(exc).removeprefix('choices: ')}") from None


def _without_allowed(result: Rewrite, text: str, terms: tuple[str, ...], markup: str, max_length: int | None) -> Rewrite:
    """``result`` without the edits and skipped findings of the terms the writer allowed (in the
    configuration file, or in a ``<!-- jargonfree: ignore ... -->`` comment), as `check` leaves
    them out: a term the writer's readers know is not changed either. The reading scores and the
    length warning are worked out again, as `rewrite` works them out: on the prose of a Markdown
    or HTML text, not its tags."""
    if not terms:
        return result
    from dataclasses import replace

    from . import readability
    from .markup import extract
    from .rewriter import apply, length_warnings
    from .suppress import is_ignored, names_it

    kept = tuple(e for e in result.edits if not names_it(e.old, e.rule, "jargon", terms))
    skipped = tuple((f, why) for f, why in result.skipped if not is_ignored(f, terms))
    if len(kept) == len(result.edits):
        return replace(result, skipped=skipped)
    new = apply(text, list(kept))
    prose = new if markup == "text" else extract(new, markup).text
    return replace(
        result,
        text=new,
        edits=kept,
        skipped=skipped,
        after=readability.score(readability.prose(prose)),
        # The notes on where a kept edit's term holds stay; the length is measured again.
        warnings=(*(w for w in result.warnings if any(w.startswith(f"“{e.old}”:") for e in kept)), *length_warnings(prose, max_length)),
    )


def rewrite_command(args: argparse.Namespace) -> int:
    """Run ``jargonfree rewrite``; the exit status is 0, or 2 when the input cannot be read or written."""
    from .checker import resolve_glossary
    from .batch import input_kind
    from .config import Config, find_config, load_config
    from .suppress import ignored_in
    from .inputs import InputError, read_file, read_stream, write_as_read, write_atomic
    from .rewriter import rewrite

    if len(args.path) > 1:
        raise UsageError(f"rewrite takes one file at a time (got {len(args.path)}): run it once for each file")
    args.path = args.path[0]
    if args.in_place and args.path == "-":
        raise UsageError("--in-place needs a file, not standard input")
    if args.no_backup and not args.in_place:
        raise UsageError("--no-backup only goes with --in-place")
    if args.replace_invalid and args.in_place:
        # The file would be written back with U+FFFD where its unreadable bytes were.
        raise UsageError("--replace-invalid cannot go with --in-place, which would write \ufffd over the bytes it cannot read: use --encoding (for example latin-1)")
    errors = "replace" if args.replace_invalid else "strict"
    try:
        source = read_stream(sys.stdin.buffer, encoding=args.encoding, errors=errors) if args.path == "-" else read_file(
            args.path, encoding=args.encoding, errors=errors
        )
    except InputError as exc:
        print(f"jargonfree: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    # The configuration file that `jargonfree check` reads for this file, the command line winning.
    config = Config() if args.no_config else load_config(find_config(os.getcwd() if args.path == "-" else args.path))
    glossary = resolve_glossary(list((*config.glossaries, *args.glossary)) or None)
    choices = _choices(args.choose)
    _check_choices(choices, glossary)
    markup = input_kind(source.path, args.input)
    result = rewrite(
        source.text,
        audience=args.audience or config.audience or "public",
        glossaries=glossary,
        jurisdiction=args.jurisdiction or config.jurisdiction or DEFAULT_JURISDICTION,
        choices=choices,
        max_length=args.max_length,
        markup=markup,
    )
    result = _without_allowed(result, source.text, (*config.allow_terms, *ignored_in(source.text)), markup, args.max_length)
    for warning in result.warnings:
        print(f"jargonfree: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        import json

        print(json.dumps({"path": source.path, **result.to_dict()}, ensure_ascii=False))
    elif args.diff:
        import difflib

        name = "stdin" if source.path == "-" else source.path
        diff = difflib.unified_diff(
            source.text.splitlines(keepends=True), result.text.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
        sys.stdout.writelines(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in diff)
    elif args.in_place:
        backup = None
        if result.text != source.text:
            try:
                backup = write_atomic(
                    source.path, result.text, encoding=source.encoding, bom=source.bom,
                    backup=None if args.no_backup else source.path + ".orig",
                )
            except InputError as exc:
                print(f"jargonfree: error: {exc}", file=sys.stderr)
                return EXIT_ERROR
        kept = f" (the original is kept as {backup})" if backup else ""
        print(f"{source.path}: {len(result.edits)} change{'s' if len(result.edits) != 1 else ''}{kept}", file=sys.stderr)
    else:
        write_as_read(sys.stdout, result.text, source)
    if result.skipped:
        terms = ", ".join(sorted({f.text for f, _ in result.skipped}))
        print(f"jargonfree: left for you to decide: {terms} (see 'jargonfree check')", file=sys.stderr)
    return EXIT_OK
