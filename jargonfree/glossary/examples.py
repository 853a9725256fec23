"""An entry's examples, run as a reader would meet them: the check must find the term in
each ``flagged`` sentence and not in a ``not_flagged`` one, and :func:`jargonfree.rewrite`
of a ``flagged`` sentence must give its ``rewritten`` one. :mod:`.validate` reports what
these find; the test suite runs them over every built-in entry.
"""

from __future__ import annotations

from ..document import Document
from ..nations import DEFAULT_JURISDICTION
from .model import Entry
from .problems import Problem
from .table import Glossary

__all__ = ["example_jurisdiction", "example_problems", "rewritten_problems"]


def example_problems(entry: Entry, glossary: Glossary) -> list[Problem]:
    """Each ``flagged`` example gives a finding for the entry; each ``not_flagged`` one does not."""
    from ..checks import jargon
    from ..settings import Settings

    settings = Settings(jurisdiction=example_jurisdiction(entry))
    problems: list[Problem] = []
    for sentence in entry.flagged:
        rules = {f.rule for f in jargon.check(Document.from_text(sentence), glossary, settings)}
        if entry.id not in rules:
            found = f" (found instead: {', '.join(sorted(rules))})" if rules else ""
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"the 'flagged' example for '{entry.term}' does not find the term{found}: use a sentence that contains "
                    "the term, or check 'only_near', 'not_near', 'not_before' and 'not_after'",
                )
            )
    for sentence in entry.not_flagged:
        rules = {f.rule for f in jargon.check(Document.from_text(sentence), glossary, settings)}
        if entry.id in rules:
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"the 'not_flagged' example for '{entry.term}' finds the term: change the sentence, or add a context rule "
                    "('not_near', 'not_before', 'not_after', 'only_near') that leaves it out",
                )
            )
    return problems


def example_jurisdiction(entry: Entry) -> str:
    """The jurisdiction an entry's examples are checked (and rewritten) in."""
    if entry.jurisdiction in ("scotland", "northern-ireland"):
        return entry.jurisdiction
    return DEFAULT_JURISDICTION


def rewritten_problems(entry: Entry, glossary: Glossary) -> list[Problem]:
    """Each ``rewritten`` sentence is what the rewrite gives for its ``flagged`` example."""
    from ..rewriter import rewrite

    jurisdiction = example_jurisdiction(entry)
    problems: list[Problem] = []
    for sentence, expected in zip(entry.flagged, entry.rewritten):
        got = rewrite(sentence, glossaries=glossary, jurisdiction=jurisdiction).text
        if got != expected:
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"the rewrite of the 'flagged' example for '{entry.term}' is now \"{got}\", not the 'rewritten' "
                    "sentence: if it is good English with the same meaning, copy it into 'rewritten'; if not, fix "
                    "'pos', 'plain' or 'in_brackets'",
                )
            )
    return problems
