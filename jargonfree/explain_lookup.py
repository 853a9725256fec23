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


def not_found(glossary: Glossary, words: str) -> str:
    """What to say of ``words`` that no entry has: "'liase' is not in the glossaries: did you
    mean 'liaise' or 'lapse'?" (the command line and the page's /api/explain say the same)."""
    near = nearest_terms(glossary, words)
    hint = f": did you mean {' or '.join(repr(t) for t in near)}?" if near else ""
    return f"'{words}' is not in the glossaries{hint}"


def holds_instead(glossary: Glossary, entry: Entry, jurisdiction: str) -> list[Entry]:
    """For ``entry``, which does not hold in ``jurisdiction``, the entries that do and name the
    same thing there, as the glossary itself links them (no list kept here): the other senses
    of its term labelled for that nation ("kinship care" in Scotland; not those of an
    abbreviation), and the entries it names in ``related:``, or that name it there."""
    from .nations import holds_in

    names = {entry.term.casefold(), *(form.casefold() for form in entry.forms)}
    # (An abbreviation's other senses are other words with the same letters: "CTO" is a
    # community treatment order in England and Wales, a compulsory treatment order in Scotland.
    # So is a sense told apart by more than its nation: "section 25" of the Mental Health Act
    # is not "section 25 (Children (Scotland) Act 1995)"; such a sense counts only if linked.)
    same_term = [] if entry.is_abbreviation or not _nation_sense(entry) else [e for e in glossary.senses(entry.term) if _nation_sense(e)]
    linked = [*same_term, *(e for term in entry.related for e in glossary.senses(term))]
    linked += [e for e in glossary if e.related and names & {term.casefold() for term in e.related}]
    found: dict[str, Entry] = {}
    for other in linked:
        if other.id != entry.id and holds_in(other.jurisdiction, jurisdiction) and not holds_in(other.jurisdiction, entry.jurisdiction):
            found.setdefault(other.id, other)
    return list(found.values())


def _nation_sense(entry: Entry) -> bool:
    """True if ``entry`` has no sense label or one that only names a nation ("Scotland")."""
    from .nations import NATION_NAMES

    return entry.sense is None or entry.sense in NATION_NAMES.values()


def instead_note(glossary: Glossary, entry: Entry, jurisdiction: str, shown: list[Entry]) -> str | None:
    """What to read in ``jurisdiction``, where ``entry`` does not hold: the entries of
    :func:`holds_instead` (``shown`` are those already printed), or that there is none (None
    when another sense of the words, shown, holds there: "CTO" in Scotland)."""
    from .nations import NATION_NAMES, holds_in

    where = NATION_NAMES.get(jurisdiction, jurisdiction)
    others = holds_instead(glossary, entry, jurisdiction)
    if not others:
        if any(holds_in(e.jurisdiction, jurisdiction) for e in shown):
            return None
        return f"The glossaries have no entry for what is used in {where} instead."
    named = " or ".join(f"'{e.term}" + (f" ({e.sense})'" if e.sense else "'") for e in others)
    if all(e in shown for e in others):
        return f"For {where}, read {named} above."
    return f"For {where}, see {named}: jargonfree explain \"{others[0].term}\" --jurisdiction {jurisdiction}"
