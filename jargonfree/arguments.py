"""The command line's arguments: the parser for every subcommand, and the usage error it raises.

Choices come from where they are defined: the check kinds from the check registry, the
audiences from the settings, the jurisdictions from the nations table, the formats from the
renderers.
"""

from __future__ import annotations

import argparse

from .nations import DEFAULT_JURISDICTION, NATION_NAMES


#: The exit statuses: 0 clean, 1 findings at or above the fail level (or glossary problems),
#: 2 a usage, input or glossary error.
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """Bad command-line usage: one line for stderr."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    from .checks import KINDS
    from .render import FORMATS
    from .report import SEVERITY_ORDER
    from .settings import AUDIENCES

    parser = _Parser(prog="jargonfree", description="Find jargon in health and social-care writing and suggest plain English.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add_common(p: argparse.ArgumentParser, records: bool = False) -> None:
        p.add_argument("--glossary", action="append", default=[], metavar="PATH", help="add a glossary file or folder (repeatable)")
        # No defaults here: for check, a configuration file may set them (see jargonfree.config).
        p.add_argument("--audience", choices=tuple(AUDIENCES), help="who will read it (default: public)")
        p.add_argument(
            "--jurisdiction",
            type=str.lower,  # "Scotland" as well as "scotland"
            choices=tuple(NATION_NAMES),
            help=f"which nation's sense of a term to use (default: {DEFAULT_JURISDICTION})",
        )
        p.add_argument("--encoding", help="the encoding of the input files (default: UTF-8)")
        p.add_argument("--replace-invalid", action="store_true", help="read bytes that are not valid text as \ufffd instead of stopping")
        p.add_argument(
            "--input",
            choices=("auto", "text", "markdown", "html", *(("jsonl", "csv") if records else ())),
            default="auto",
            help="how to read the input: auto (by the file name: .md and .markdown as Markdown, .html and .htm as HTML, "
            "everything else and standard input as plain text), or say which; Markdown and HTML have only their prose checked"
            + ("; jsonl and csv read records (see --text-field) and print one JSON object per record" if records else ""),
        )

    check = sub.add_parser("check", help="check files, folders or standard input")
    check.add_argument("paths", nargs="*", metavar="FILE", help="files or folders to check; - or nothing for standard input")
    check.add_argument("--format", choices=FORMATS, help="text (the default), json, sarif, github or html; records in give JSON out")
    check.add_argument("--text-field", default="text", metavar="NAME", help="with --input jsonl or csv: the field or column with the text (default: text)")
    check.add_argument("--id-field", default="id", metavar="NAME", help="with --input jsonl or csv: the field or column with the record's id (default: id; else the line number)")
    check.add_argument("--max-reading-age", type=float, metavar="N", help="the reading-age target (default: 11 for public)")
    check.add_argument("--only", action="append", metavar="CAT", help=f"only these checks: {', '.join(KINDS)}")
    check.add_argument("--skip", action="append", metavar="CAT", help="skip these checks")
    check.add_argument("--fail-level", choices=sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__, reverse=True), help="the least serious finding that fails (default: warning)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="check files on N processes (default: the number of cores; one process for fewer than 8 files); "
        "the output is the same, in the same order",
    )
    check.add_argument(
        "--no-config",
        action="store_true",
        help="do not read .jargonfree.toml or [tool.jargonfree] in pyproject.toml (found from each file's folder upwards)",
    )
    check.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="CONTACT",
        help="your organisation's own phone number or email address (or @domain): never flagged as private (repeatable)",
    )
    check.add_argument(
        "--redact",
        action="store_true",
        help="print the text with personal details replaced by markers like [name removed], and list what was replaced on stderr",
    )
    add_common(check, records=True)

    rewrite = sub.add_parser("rewrite", help="rewrite a file or standard input in plainer words")
    # "*", not "?": a second file is told "one file at a time", not "unrecognized arguments".
    rewrite.add_argument("path", nargs="*", default=["-"], metavar="FILE", help="one file, or - (the default) for standard input")
    mode = rewrite.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="print a unified diff instead of the text")
    mode.add_argument("--in-place", action="store_true", help="change the file itself (a link's target); the original is kept as FILE.orig, or FILE.orig.1, FILE.orig.2... if that exists")
    mode.add_argument("--format", choices=("text", "json"), default="text")
    rewrite.add_argument("--no-backup", action="store_true", help="with --in-place, do not keep FILE.orig")
    rewrite.add_argument("--max-length", type=_positive_int, metavar="N", help="warn if the result is longer than N characters")
    rewrite.add_argument("--choose", action="append", default=[], metavar="RULE=WORDS", help="pick an alternative for an entry")
    rewrite.add_argument(
        "--no-config",
        action="store_true",
        help="do not read .jargonfree.toml or [tool.jargonfree] in pyproject.toml (found from the file's folder upwards)",
    )
    add_common(rewrite)

    explain = sub.add_parser("explain", help="explain a term from the glossaries")
    explain.add_argument("term", nargs="+")
    explain.add_argument("--glossary", action="append", default=[], metavar="PATH")
    explain.add_argument(
        "--jurisdiction",
        default=DEFAULT_JURISDICTION,
        type=str.lower,
        choices=tuple(NATION_NAMES),
        help="show first the sense that holds there, and say when a term does not hold there",
    )

    serve = sub.add_parser("serve", help="open the page: paste a post, see what to fix (needs jargonfree[web])")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1, this computer only)")
    serve.add_argument("--port", type=int, default=8000, metavar="N", help="the port (default: 8000; 0 picks a free one)")
    serve.add_argument("--open", action="store_true", help="open the page in the web browser")
    serve.add_argument("--glossary", action="append", default=[], metavar="PATH", help="add a glossary file or folder (repeatable)")

    gloss = sub.add_parser("glossary", help="validate, list or count glossary entries")
    gsub = gloss.add_subparsers(dest="action", parser_class=_Parser)
    validate = gsub.add_parser("validate", help="check glossary files and report every problem")
    validate.add_argument("paths", nargs="*", metavar="PATH")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument("--strict", action="store_true", help="treat warnings as problems")
    listing = gsub.add_parser("list", help="list every term (or only the terms of the files given)")
    listing.add_argument("paths", nargs="*", metavar="PATH", help="list only the entries of these glossary files or folders")
    listing.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    listing.add_argument("--glossary", action="append", default=[], metavar="PATH")
    gsub.add_parser("notice", help="print the NOTICE file of source attributions")
    stats = gsub.add_parser("stats", help="count entries by category and jurisdiction")
    stats.add_argument("--glossary", action="append", default=[], metavar="PATH")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return number
