"""Words a writer or an organisation has said never to flag.

Two ways: a comment in the text itself (for Markdown and HTML, where it does not show)::

    <!-- jargonfree: ignore liaise, AMHP -->

which holds for the whole file, and the ``allow-terms`` list of a configuration file (the
organisation's own terms, see :mod:`jargonfree.config`). A term matches a finding whose text
is that term (any case, any inflection the glossary matched, as the finding's rule id names
the entry) or whose rule id is the term (``officialese/liaise``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .glossary.model import slug
from .report import Finding, Report
from .lazy_patterns import lazy_pattern

__all__ = ["ignored_in", "is_ignored", "without_ignored"]

_COMMENT = lazy_pattern(r"<!--\s*jargonfree:\s*ignore\b(.*?)-->", re.S | re.I)


def ignored_in(text: str) -> tuple[str, ...]:
    """The terms that ``<!-- jargonfree: ignore ... -->`` comments in ``text`` name (comma-separated)."""
    if "jargonfree" not in text:  # cheap test first: almost no text has one
        return ()
    terms: list[str] = []
    for m in _COMMENT.finditer(text):
        terms.extend(t.strip() for t in m.group(1).split(",") if t.strip())
    return tuple(terms)


def is_ignored(finding: Finding, terms: Iterable[str]) -> bool:
    """True if ``finding`` is one of ``terms`` (its text, its entry's slug or its rule id)."""
    return names_it(finding.text, finding.rule, finding.kind, terms)


def names_it(written: str, rule: str, kind: str, terms: Iterable[str]) -> bool:
    """True if one of ``terms`` names a finding (or a rewrite's edit) of ``written`` by ``rule``:
    as written, by its entry's slug or by its rule id."""
    text = " ".join(written.split()).casefold()
    entry = rule.rsplit("/", 1)[-1].split("--", 1)[0]  # "category/term--sense" -> "term"
    for term in terms:
        folded = " ".join(term.split()).casefold()
        if folded == text or term == rule or (kind == "jargon" and slug(term) == entry):
            return True
    return False


def without_ignored(report: Report, terms: Iterable[str]) -> Report:
    """``report`` without the findings that ``terms`` name (the same report if none)."""
    terms = tuple(terms)
    if not terms:
        return report
    kept = tuple(f for f in report.findings if not is_ignored(f, terms))
    if len(kept) == len(report.findings):
        return report
    return replace(report, findings=kept)
