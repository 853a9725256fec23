"""Folding for the matcher: a lower-cased copy of a text, with a map back to the original.

:func:`fold` lower-cases, straightens curly quotes, drops invisible characters and squeezes
runs of white space, hyphens, dashes, "_" and "/" into one space. A quote mark that opens or
closes words (a space or the text's end on one side of it) is squeezed with them: writers
quote part of a term, "she becomes 'looked after'", "a 'best interests' meeting", and the
term is found all the same; an apostrophe inside a word ("person's") stays. Its :class:`OffsetMap`
gives the original offset of every folded character, so a match in the folded text maps
back to exact offsets in the original.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import Iterator
from .lazy_patterns import lazy_pattern

_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
# Characters that join words and are matched as one space: white space, hyphens, dashes.
_JOINERS = frozenset("-\u2010\u2011\u2012\u2013\u2014_/")
# A run of quote marks. It is at the edge of words when white space (or the text's start) is
# just before it, or white space (or the end) just after it (see _edge_quotes), and is then
# folded as spaces, so it joins the words either side.
_QUOTE_RUN = lazy_pattern(r"[\"'\u2018\u2019\u201c\u201d\u02bc]+")


def _edge_quotes(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the runs of quote marks at the edge of words in ``text``. (Finding every
    run and looking at its two neighbours is several times quicker than one pattern that
    starts with a look-behind, which the engine tries at every position of the text.)"""
    for m in _QUOTE_RUN.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text) or text[start - 1].isspace() or text[end].isspace():
            yield start, end


class OffsetMap:
    """Folded offset -> original offset, stored as runs in which both advance together.

    ``origin[i]`` is the original offset of folded character ``i``, for
    ``0 <= i <= len(folded)`` (the last one is the length of the original text).
    """

    __slots__ = ("_folded_starts", "_original_starts")

    def __init__(self, folded_starts: list[int], original_starts: list[int]) -> None:
        self._folded_starts = folded_starts
        self._original_starts = original_starts

    @classmethod
    def from_offsets(cls, origin: list[int]) -> OffsetMap:
        """The map whose ``[i]`` is ``origin[i]``."""
        folded_starts: list[int] = []
        original_starts: list[int] = []
        previous = None
        for i, at in enumerate(origin):
            if previous is None or at != previous + 1:
                folded_starts.append(i)
                original_starts.append(at)
            previous = at
        return cls(folded_starts, original_starts)

    def __getitem__(self, i: int) -> int:
        j = bisect_right(self._folded_starts, i) - 1
        return self._original_starts[j] + (i - self._folded_starts[j])

    @property
    def identity(self) -> bool:
        """True if every folded offset is its original offset (folding squeezed nothing)."""
        return self._folded_starts == self._original_starts  # every run starts where it started


# ASCII folding in one C call: capitals to small letters, and white space, hyphens, "_" and
# "/" to spaces (the same length), so only runs of spaces are left to squeeze. The general
# path below does the same character by character; a test holds the two equal.
_ASCII_FOLD = bytes(32 if chr(i).isspace() or chr(i) in _JOINERS else ord(chr(i).lower()) for i in range(128))
_ASCII_FOLD += bytes(range(128, 256))
_SPACE_RUN = lazy_pattern(r"  +")


def _fold_ascii(text: str) -> tuple[str, OffsetMap]:
    """The common case, without a loop over characters: ASCII lower-casing keeps lengths."""
    spaced = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    if "'" in spaced or '"' in spaced:
        spaced = _blank_edge_quotes(spaced)
    if "  " not in spaced:
        return spaced, OffsetMap([0, len(text)], [0, len(text)])  # nothing to squeeze
    parts: list[str] = []
    folded_starts: list[int] = []
    original_starts: list[int] = []
    pos = size = 0
    for m in _SPACE_RUN.finditer(spaced):
        keep = m.start() + 1  # up to and including the run's first space
        folded_starts.append(size)
        original_starts.append(pos)
        parts.append(spaced[pos:keep])
        size += keep - pos
        pos = m.end()
    folded_starts.append(size)
    original_starts.append(pos)
    parts.append(spaced[pos:])
    size += len(spaced) - pos
    folded_starts.append(size)
    original_starts.append(len(text))
    return "".join(parts), OffsetMap(folded_starts, original_starts)


_JOINERS_AS_SPACES = str.maketrans({c: " " for c in _JOINERS})


def _blank_edge_quotes(text: str) -> str:
    """``text`` with each run of quote marks at the edge of words made spaces (same length)."""
    pieces: list[str] = []
    last = 0
    for start, end in _edge_quotes(text):
        pieces += (text[last:start], " " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _fold_general(text: str) -> tuple[str, OffsetMap]:
    """Any text, character by character (lower-casing can change a character's length).

    Characters are normalised as NFKC (full-width letters, ligatures such as "ﬁ", and
    compatibility spaces become the ordinary ones), and a combining accent is joined to the
    letter before it (NFC: "e" + U+0301 is "é"), so text written either way matches the
    same terms; offsets still point at the original characters."""
    out: list[str] = []
    origin: list[int] = []
    in_gap = False
    # Quote marks at the edge of words, with the joiners counted as the spaces they fold to.
    probe = text.translate(_JOINERS_AS_SPACES) if any(c in text for c in "'\"\u2018\u2019\u201c\u201d\u02bc") else ""
    edges = {i for start, end in _edge_quotes(probe) for i in range(start, end)}
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if i in edges:
            ch = " "
        if not ch.isascii():
            if out and not in_gap and unicodedata.combining(ch):
                joined = unicodedata.normalize("NFC", out[-1] + ch)
                if len(joined) == 1:
                    out[-1] = joined
                    continue
            ch = unicodedata.normalize("NFKC", ch)
        if ch.isspace() or ch in _JOINERS:
            if not in_gap:
                out.append(" ")
                origin.append(i)
                in_gap = True
            continue
        in_gap = False
        ch = _QUOTES.get(ch, ch)
        for c in ch.lower():
            out.append(c)
            origin.append(i)
    origin.append(len(text))
    return "".join(out), OffsetMap.from_offsets(origin)


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold ``text`` for matching; return the folded text and its :class:`OffsetMap`."""
    if text.isascii():
        return _fold_ascii(text)
    return _fold_general(text)


_DROP_INVISIBLE = str.maketrans("", "", "".join(_INVISIBLE))


def visible(text: str) -> str:
    """``text`` as a reader sees it: invisible characters dropped, NFKC-normalised
    (full-width letters and ligatures as ordinary ones). Case is kept."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text.translate(_DROP_INVISIBLE))


def fold_term(term: str) -> str:
    """Fold a glossary term or form the same way as the text, trimmed."""
    if term.isascii() and term.isalnum():
        return term.lower()  # nothing to squeeze or straighten
    return fold(term)[0].strip()
