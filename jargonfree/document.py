"""The document model: one pass over the text that every check shares.

A :class:`Document` keeps the original text untouched and adds, each worked out the first
time a check asks for it:

* ``protected`` spans that no check may flag and no rewrite may touch
  (:mod:`jargonfree.protected`);
* ``sentences`` and ``words`` as (start, end) spans into the original text
  (:mod:`jargonfree.sentences`, :mod:`jargonfree.words`);
* ``folded``, the lower-cased copy the matcher searches, and ``origin``, the map from its
  offsets back to the original (:mod:`jargonfree.folding`);
* ``definitions``: abbreviations the text defines (:mod:`jargonfree.definitions`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from .definitions import Definition, find_definitions
from .folding import OffsetMap, fold
from .protected import find_protected
from .sentences import find_sentences, sentence_at
from .spans import Span
from .words import WORD_RE, word_bounds

# Characters that may stand between the start of a sentence and its first word.
_SENTENCE_OPENERS = " \t\r\n\"'(\u201c\u2018*-\u2022"


@dataclass(frozen=True)
class Document:
    """A text prepared once for all checks. Build it with :meth:`from_text`."""

    text: str
    protected: tuple[Span, ...] = ()

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Prepare ``text``: the original is kept exactly as given."""
        return cls(text, tuple(find_protected(text)))

    # -- words and sentences

    @cached_property
    def tokens(self) -> list[str]:
        """``text.split()``: the white-space-separated pieces, which readability and the
        uncommon-word check both start from (split once)."""
        return self.text.split()

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Word spans (letters and digits, with inner apostrophes) outside protected spans."""
        spans = (m.span() for m in WORD_RE.finditer(self.text))
        if not self.protected:
            return tuple(spans)
        return tuple(span for span in spans if not self.is_protected(*span))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans in the original text."""
        return tuple(find_sentences(self.text))

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
        """Abbreviations the text defines, such as "Approved Mental Health Professional (AMHP)"."""
        if "(" not in self.text:
            return ()  # every definition has brackets
        return tuple(find_definitions(self.text, self.sentences))

    # -- protected spans

    @cached_property
    def _protected_starts(self) -> list[int]:
        return [s for s, _ in self.protected]

    def is_protected(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` overlaps a protected span."""
        i = bisect_right(self._protected_starts, end - 1) - 1
        return i >= 0 and self.protected[i][1] > start

    # -- folding for the matcher

    @cached_property
    def _folding(self) -> tuple[str, OffsetMap]:
        return fold(self.text)

    @property
    def folded(self) -> str:
        """The folded text the matcher searches."""
        return self._folding[0]

    @property
    def origin(self) -> OffsetMap:
        """Original offset of each folded character, plus ``len(text)`` at the end."""
        return self._folding[1]

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
