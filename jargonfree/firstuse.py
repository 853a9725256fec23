"""What the "first use" rules remember from one chunk of a long text to the next.

A whole-text check flags an unexplained abbreviation, an uncommon word or a glossary term
whose advice is about its first use once, and does not flag a term the text explains
anywhere before it. :mod:`jargonfree.stream` checks a long text in chunks; :class:`FirstUses`
carries what those rules need across the cuts, so the findings are the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .checks import senses, uncommon
from .checks.jargon import first_use_only
from .definitions import singular

if TYPE_CHECKING:
    from .document import Document
    from .glossary import Glossary
    from .report import Finding
    from .settings import Settings

__all__ = ["FirstUses"]


class FirstUses:
    """What the chunks fed so far explained or flagged, by kind of finding."""

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        self.glossary = glossary
        self.settings = settings
        #: Glossary entry ids explained so far (definition or bracketed explanation).
        self.explained: set[str] = set()
        #: Glossary entry ids already reported with advice about their first use.
        self.first_use_reported: set[str] = set()
        #: With ``keep_later_uses``, the spans of their uses in later chunks, by entry id.
        self.later_uses: dict[str, list[tuple[int, int]]] | None = {} if keep_later_uses else None
        #: Abbreviations (stems) flagged so far, and abbreviations the text has defined.
        self.abbreviations_flagged: set[str] = set()
        self.abbreviations_defined: set[str] = set()
        #: Lower-cased words the uncommon-word check has already looked at.
        self.words_seen: set[str] = set()

    def still_new(self, f: Finding, offset: int) -> bool:
        """False for a finding the whole-text check would not give, because of an earlier chunk."""
        if f.kind == "jargon":
            if f.rule in self.explained:
                return False
            if f.rule in self.first_use_reported:
                if self.later_uses is not None:
                    uses = self.later_uses.setdefault(f.rule, [])
                    uses.extend((start + offset, end + offset) for start, end in ((f.start, f.end), *f.also_at))
                return False
            return True
        if f.kind == "abbreviation":
            stem = singular(f.text)
            return stem not in self.abbreviations_flagged and stem not in self.abbreviations_defined
        if f.kind == "uncommon":
            return f.text.lower() not in self.words_seen
        return True

    def remember(self, doc: Document, raw: list[Finding], kept: list[Finding]) -> None:
        """Note what the chunk ``doc`` explained and which of its findings (``kept``, of
        ``raw``) count as the first use."""
        settings = self.settings
        if settings.enabled("jargon"):
            self.explained |= _explained_entries(doc, self.glossary, settings, raw)
            self.first_use_reported.update(f.rule for f in kept if first_use_only(f))
        if settings.enabled("abbreviation"):
            self.abbreviations_flagged.update(singular(f.text) for f in kept if f.kind == "abbreviation")
            for d in doc.definitions:
                self.abbreviations_defined.update((d.short, singular(d.short)))
        if settings.enabled("uncommon"):
            self.words_seen |= uncommon.candidates(doc)


def _explained_entries(doc: Document, glossary: Glossary, settings: Settings, raw: list[Finding]) -> set[str]:
    """Ids of the glossary entries that ``doc`` explains.

    The jargon check flags every match of an entry except the ones inside a definition,
    after one, or with an explanation next to them; so an entry with a match that gave no
    finding is one the text explains.
    """
    hits = senses.select(doc, glossary, settings)
    if not hits:
        return set()
    flagged = {span for f in raw if f.kind == "jargon" for span in ((f.start, f.end), *f.also_at)}
    entries = glossary.entries
    return {entries[h.entry].id for h in hits if (h.start, h.end) not in flagged}
