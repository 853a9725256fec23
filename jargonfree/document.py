"""The document model: one pass over the text that every check shares.

A :class:`Document` keeps the original text untouched and adds what the checks read:

* ``protected`` spans that no check may flag and no rewrite may touch
  (:mod:`jargonfree.protected`);
* ``tokens`` (the white-space-separated pieces) and ``sentences`` as (start, end) spans
  into the original text (:mod:`jargonfree.sentences`);
* ``folded``, the lower-cased copy the matcher searches, and ``origin``, the map from its
  offsets back to the original (:mod:`jargonfree.folding`).

Every default check reads those, so :meth:`Document.from_text` works them out at once.
What only some checks read (``words``, ``definitions``, ``cues``, ``padded_bounds``) is
worked out the first time it is asked for.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .definitions import Definition, find_definitions, may_define
from .explanation_cues import Cues, cues
from .unbracketed_long_forms import spelt_out_without_brackets
from .folding import OffsetMap, fold
from .protected import find_protected
from .sentences import find_sentences, sentence_at
from .spans import Span
from .words import WORD_RE, word_bounds

# Characters that may stand between the start of a sentence and its first word.
_SENTENCE_OPENERS = " \t\r\n\"'(\u201c\u2018*-\u2022"


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# building one several times slower, and every check() builds one (nothing changes a
# Document once from_text has made it).
@dataclass
class Document:
    """A text prepared once for all checks. Build it with :meth:`from_text`."""

    text: str
    protected: tuple[Span, ...]
    #: ``text.split()``: readability, the uncommon-word and the privacy checks start from it.
    tokens: tuple[str, ...]
    sentences: tuple[Span, ...]
    #: The folded text the matcher searches (see :func:`jargonfree.folding.fold`).
    folded: str
    #: Original offset of each folded character, plus ``len(text)`` at the end.
    origin: OffsetMap

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Prepare ``text``: the original is kept exactly as given."""
        folded, origin = fold(text)
        return cls(
            text=text,
            protected=tuple(find_protected(text)),
            tokens=tuple(text.split()),
            sentences=tuple(find_sentences(text)),
            folded=folded,
            origin=origin,
        )

    # -- words and sentences

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Word spans (letters and digits, with inner apostrophes) outside protected spans."""
        spans = (m.span() for m in WORD_RE.finditer(self.text))
        if not self.protected:
            return tuple(spans)
        return tuple(span for span in spans if not self.is_protected(*span))

    def sentence_at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (or the whole text if none does)."""
        return sentence_at(self.sentences, offset, len(self.text))

    def sentence_start_at(self, offset: int) -> bool:
        """True if only white space, quotes, brackets or bullets stand between the sentence start and ``offset``."""
        start = self.sentence_at(offset)[0]
        # Look at a bounded stretch first, so a huge sentence does not make every call slow.
        if self.text[max(start, offset - 64) : offset].strip(_SENTENCE_OPENERS):
            return False
        return offset - start <= 64 or not self.text[start:offset].strip(_SENTENCE_OPENERS)

    def sentence_window(self, offset: int, radius: int = 200) -> str:
        """The sentence around ``offset``, cut to ``radius`` characters either side."""
        start, end = self.sentence_at(offset)
        return self.text[max(start, offset - radius) : min(end, offset + radius)]

    @cached_property
    def definitions(self) -> tuple[Definition, ...]:
        """Abbreviations the text defines, such as "Approved Mental Health Professional (AMHP)",
        or spell out without brackets ("Universal Credit ... UC", "PIP is Personal Independence
        Payment"), in text order."""
        found = find_definitions(self.text, self.sentences) if may_define(self.text) else []
        unbracketed = spelt_out_without_brackets(self.text, {d.short for d in found})
        if not unbracketed:
            return tuple(found)  # (the usual case)
        return tuple(sorted(found + unbracketed, key=lambda d: d.start))

    @cached_property
    def cues(self) -> Cues:
        """Which ways of explaining a term the text could hold at all (:mod:`jargonfree.explanation_cues`):
        worked out once for every check that looks for an explanation near a term."""
        return cues(self.text)

    # -- protected spans

    @cached_property
    def _protected_starts(self) -> list[int]:
        return [s for s, _ in self.protected]

    def is_protected(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` overlaps a protected span."""
        i = bisect_right(self._protected_starts, end - 1) - 1
        return i >= 0 and self.protected[i][1] > start

    # -- folding for the matcher

    @property
    def unsqueezed(self) -> bool:
        """True if every folded offset is its original offset (folding squeezed nothing)."""
        return self.origin.identity

    @cached_property
    def padded_bounds(self) -> str:
        """``word_bounds(folded)`` with a space at each end: the text the glossary index
        scans (offset i is folded offset i - 1). When folding squeezed nothing, it is also
        the lower-cased text's word bounds, which the passive-voice check looks through."""
        return f" {word_bounds(self.folded)} "

    def folded_span(self, start: int, end: int) -> str:
        """``fold(text[start:end])[0]``: a slice of ``folded`` when folding squeezed nothing."""
        if self.unsqueezed:
            return self.folded[start:end]
        return fold(self.text[start:end])[0]

    def folded_sentence_at(self, offset: int) -> str:
        """``fold()`` of the sentence containing ``offset``."""
        return self.folded_span(*self.sentence_at(offset))
