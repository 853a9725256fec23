"""Sentences: where they start and end, as spans into the original text."""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from .spans import Span
from .lazy_patterns import lazy_pattern

# Words after which a full stop does not end a sentence.
_NO_BREAK_AFTER = frozenset(
    "dr mr mrs ms mx prof st s ss sec no nos e.g i.e eg ie approx dept tel cf vs etc ref para paras".split()
)
# A blank line ends a sentence whatever the line endings (LF, CRLF or CR).
_SENTENCE_END = lazy_pattern(r"[.!?]+['\")\u2019\u201d]*(?=\s)|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])\s)")
# The same for a text with no line breaks (most posts): one branch is much quicker to scan.
_SENTENCE_END_ONE_LINE = lazy_pattern(r"[.!?][.!?]*['\")\u2019\u201d]*(?=\s)")


def find_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space.

    A sentence ends at ., ! or ? followed by white space (not after "Dr.", "s." and the
    like), at a blank line, or before a bulleted or numbered line.
    """
    spans: list[Span] = []
    start = 0
    ends = _SENTENCE_END if "\n" in text or "\r" in text else _SENTENCE_END_ONE_LINE
    for m in ends.finditer(text):
        at, end = m.span()
        if text[at] == ".":
            # The word before the full stop, from a short stretch when that holds all of it.
            near = max(start, at - 16)
            before = text[near:at].rsplit(None, 1)
            if len(before) < 2 and near > start:
                before = text[start:at].rsplit(None, 1)
            if before and before[-1].lower().lstrip("(") in _NO_BREAK_AFTER:
                continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(kept)))


def sentence_at(sentences: Sequence[Span], offset: int, text_length: int) -> Span:
    """The sentence of ``sentences`` (sorted, as :func:`find_sentences` gives them) that
    holds ``offset``, counting the character just after its end; the whole text
    ``(0, text_length)`` if none does."""
    # The last sentence starting at or before ``offset`` (a span compares by its start first).
    i = bisect_right(sentences, (offset, text_length + 1)) - 1
    if i >= 0 and offset < sentences[i][1] + 1:
        return sentences[i]
    return (0, text_length)
