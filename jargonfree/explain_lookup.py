"""The entries ``jargonfree explain WORDS`` shows: the term as written, else the term a form
of it belongs to ("liaising", "commenced"), else nothing but the nearest terms as a hint."""

from __future__ import annotations

import difflib

from .document import Document
from .glossary import Entry, Glossary


def senses_for(glossary: Glossary, words: str) -> list[Entry]:
    """The senses of ``words`` as a term, or of the one term whose written form it is."""
    senses = glossary.senses(words) or ([e] if (e := glossary.lookup(words)) else [])
    if senses:
        return senses
    text = words.strip()
    whole = {glossary.entries[hit.entry].term for hit in glossary.index.hits(Document.from_text(text)) if hit.start == 0 and hit.end == len(text)}
    if len(whole) != 1:
        return []
    (term,) = whole
    return glossary.senses(term) or ([e] if (e := glossary.lookup(term)) else [])


def nearest_terms(glossary: Glossary, words: str) -> list[str]:
    """Up to three terms spelt like ``words``, for a "did you mean" (a typo such as "liase")."""
    terms = sorted({entry.term for entry in glossary})
    lowered = {term.lower(): term for term in terms}
    return [lowered[t] for t in difflib.get_close_matches(words.lower(), list(lowered), n=3, cutoff=0.8)]
