"""What a check remembers from one chunk of a long text to the next.

A whole-text check flags an unexplained abbreviation, an uncommon word or a glossary term
whose advice is about its first use once, and does not flag a term the text explains
anywhere before it. :mod:`jargonfree.stream` checks a long text in chunks, so a check whose
findings depend on what came earlier declares, beside its ``KIND``, a ``Memory``: a subclass
of :class:`Memory` that carries what its rules need across the cuts, so the findings are
the same. A check that needs none declares ``Memory = None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document
    from .glossary import Glossary
    from .report import Finding
    from .settings import Settings

__all__ = ["Memory"]


class Memory:
    """What one check remembers of the chunks fed so far; this base remembers nothing.

    :mod:`jargonfree.stream` makes one per enabled check for each long text, asks
    :meth:`still_new` about each of the check's findings in a chunk, then tells it the
    chunk with :meth:`remember`.
    """

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        self.glossary = glossary
        self.settings = settings
        #: With ``keep_later_uses``, the spans (in the whole text) of the uses of a rule that
        #: were not flagged again because an earlier chunk reported it, by rule: they are the
        #: first finding's ``also_at``.
        self.later_uses: dict[str, list[tuple[int, int]]] | None = {} if keep_later_uses else None

    def still_new(self, finding: Finding, offset: int) -> bool:
        """False for a finding of this check that the whole-text check would not give
        because of an earlier chunk (``offset``: where the chunk starts in the whole text)."""
        return True

    def remember(self, doc: Document, raw: list[Finding], kept: list[Finding]) -> None:
        """Note what the chunk ``doc`` explained, and which of the findings (``kept``, of
        every check's ``raw`` findings) count as the first use."""

    def note_later_use(self, finding: Finding, offset: int) -> None:
        """Keep the spans of ``finding`` (in a chunk at ``offset``) as later uses of its rule."""
        if self.later_uses is not None:
            uses = self.later_uses.setdefault(finding.rule, [])
            uses.extend((start + offset, end + offset) for start, end in ((finding.start, finding.end), *finding.also_at))
