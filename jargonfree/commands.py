"""The ``jargonfree glossary`` subcommands: validate, list and stats."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def glossary_validate(args: argparse.Namespace) -> int:
    """Print every problem as ``file:line: level: message``; exit 0 clean, 1 problems, 2 unreadable."""
    from .glossary.validate import validate

    result = validate(args.paths)
    if args.format == "json":
        print(json.dumps({"files": result.files, "entries": result.entries, "problems": [p.__dict__ for p in result.problems]}, ensure_ascii=False))
    else:
        for problem in result.problems:
            print(problem)
        errors, warnings = len(result.errors), len(result.warnings)
        files = len(result.files)
        summary = f"{result.entries} entries in {files} file{'s' if files != 1 else ''}: "
        if errors or warnings:
            summary += f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}."
        else:
            summary += "no problems."
        print(summary, file=sys.stderr)
    if result.unreadable:
        return EXIT_ERROR
    if result.errors or (args.strict and result.warnings):
        return EXIT_PROBLEMS
    return EXIT_OK


def glossary_list(args: argparse.Namespace) -> int:
    """Every term, as text, a Markdown table (the docs' term list) or JSON."""
    from .checker import resolve_glossary

    glossary = resolve_glossary(args.glossary)
    entries = sorted(glossary, key=lambda e: (e.category, e.term.lower(), e.sense or ""))
    if args.format == "json":
        print(json.dumps([_entry_dict(e) for e in entries], ensure_ascii=False, indent=1))
        return EXIT_OK
    if args.format == "markdown":
        print("# Every term in the built-in glossaries\n")
        print("Made from the glossary files by `jargonfree glossary list --format markdown`: do not edit by hand.\n")
        category = None
        for e in entries:
            if e.category != category:
                category = e.category
                print(f"\n## {category}\n\n| term | plain words | where |\n|---|---|---|")
            plain = "; ".join(e.plain).replace("|", "\\|")
            print(f"| {e.term}{f' ({e.sense})' if e.sense else ''} | {plain} | {e.jurisdiction} |")
        return EXIT_OK
    for e in entries:
        print(f"{e.id}\t{e.term}\t{'; '.join(e.plain)}")
    return EXIT_OK


def _entry_dict(e: object) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(e)  # type: ignore[call-overload, no-any-return]


def glossary_stats(args: argparse.Namespace) -> int:
    """Counts by category and by jurisdiction, and how many entries have context rules and examples."""
    from .checker import resolve_glossary

    glossary = resolve_glossary(args.glossary)
    by_category = Counter(e.category for e in glossary)
    by_jurisdiction = Counter(e.jurisdiction for e in glossary)
    width = max((len(k) for k in [*by_category, *by_jurisdiction]), default=10) + 2
    print(f"{len(glossary)} entries\n\nBy category:")
    for name, count in sorted(by_category.items()):
        print(f"  {name:<{width}}{count:>6}")
    print("\nBy jurisdiction:")
    for name, count in sorted(by_jurisdiction.items()):
        print(f"  {name:<{width}}{count:>6}")
    with_rules = sum(1 for e in glossary if e.has_context_rules)
    auto = sum(1 for e in glossary if e.auto_rewrite_blocker is None)
    print(f"\nWith context rules: {with_rules}\nRewritten automatically: {auto}\nSources cited: {len({s for e in glossary for s in e.sources})}")
    return EXIT_OK
