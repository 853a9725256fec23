"""Plain words that are themselves jargon: an entry whose ``plain`` words use a glossary term
swaps one hard word for another. An error for ``replace`` and ``explain`` entries; for an
``expand`` entry (an abbreviation), whose plain words are the spelled-out form, a warning when
that form uses a term a reader would not know either. Asked by :mod:`.validate` for each entry
validated; the matches are the jargon check's own (context rules applied).
"""

from __future__ import annotations

from ..document import Document
from ..nations import everyday_for
from .index import Hit
from .model import Entry
from .problems import Problem
from .table import Glossary

__all__ = ["plain_words_problems"]


def _jargon_in(text: str, glossary: Glossary) -> list[Hit]:
    """The glossary matches a check would keep in ``text``, context rules applied.

    The same selection as the jargon check: plain words that are jargon only in some
    contexts are judged by those contexts, not skipped; and, as in that check, a term every
    UK reader knows (``everyday_in: uk``, such as "pressure ulcer") is not jargon here either.
    """
    from ..checks.senses import select
    from ..settings import Settings

    hits = select(Document.from_text(text), glossary, Settings())
    return [hit for hit in hits if not everyday_for(glossary.entries[hit.entry].everyday_in or "", "uk")]


def plain_words_problems(entry: Entry, glossary: Glossary) -> list[Problem]:
    """An error for a plain alternative that uses glossary jargon (a warning for an abbreviation's
    spelled-out form: :func:`_expansion`)."""
    if entry.rewrite == "expand":
        return _expansion(entry, glossary)
    problems: list[Problem] = []
    for plain in entry.plain:
        for hit in _jargon_in(plain, glossary):
            other = glossary.entries[hit.entry]
            if other.term == entry.term:
                continue
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"the plain words '{plain}' use '{plain[hit.start:hit.end]}', which is itself in the glossary "
                    f"({other.id}): choose plainer words",
                )
            )
            break
    return problems


def _expansion(entry: Entry, glossary: Glossary) -> list[Problem]:
    """An abbreviation spelled out in words that are themselves jargon still leaves the reader stuck."""
    if not entry.plain:
        return []
    plain = entry.plain[0]
    for hit in _jargon_in(plain, glossary):
        other = glossary.entries[hit.entry]
        if other is entry or other.rewrite == "explain":
            continue
        return [
            Problem(
                entry.file,
                entry.line,
                f"'{entry.term}' is spelled out as '{plain}', which uses '{plain[hit.start:hit.end]}' from the glossary "
                f"({other.id}): put plainer words first, such as '{other.plain[0] if other.plain else '...'}'",
                "warning",
            )
        ]
    return []
