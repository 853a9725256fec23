"""textstat 0.7.8's counting rules, re-implemented exactly and offline.

The counts (:class:`Counts`) are what :mod:`jargonfree.readability`'s five formulas are
computed from:

* words: remove punctuation (keeping apostrophes only before ``t``, ``s``,
  ``d``, ``ve``, ``ll``, ``re``), then split on whitespace; hyphenated words
  and contractions count as one word;
* sentences: the pieces matched by ``\\b[^.!?]+[.!?]*``, not counting pieces of
  two words or fewer, but at least one for any non-empty text;
* syllables: :func:`jargonfree.lexicon.syllables` of each lower-cased word;
* polysyllables: words of three or more syllables;
* difficult words: words not in textstat's Dale-Chall easy-word list (for
  Gunning fog: and of three or more syllables).

:func:`counts` counts a whole text; :class:`Tally` counts a long text given in pieces.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import NamedTuple, Sequence

from .lexicon import syllables
from .memo import Memo
from .lazy_patterns import lazy_pattern

__all__ = ["Counts", "Tally", "TokenCounts", "counts", "token_counts", "total"]

# textstat.backend.utils.constants.RE_NONCONTRACTION_APOSTROPHE, then the
# "[^\w\s\']" punctuation class, in one pass (the apostrophe look-ahead is
# evaluated on the original text in both cases).
_PUNCTUATION = lazy_pattern(r"[^\w\s']|'(?![tsd]|ve|ll|re)")
# textstat.backend.counts.count_sentences
_SENTENCE = lazy_pattern(r"\b[^.!?]+[.!?]*")



def _textstat_resource(*parts: str) -> str:
    """Path of a file shipped inside the textstat package, without importing it.

    ``importlib.resources.files("textstat")`` would import textstat (slow), so
    the package directory is found with :func:`importlib.util.find_spec`.
    """
    import importlib.util

    spec = importlib.util.find_spec("textstat")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "jargonfree needs the 'textstat' package (for its easy-word list)", name="textstat"
        )
    return os.path.join(list(spec.submodule_search_locations)[0], *parts)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """textstat's English Dale-Chall easy words (``resources/en/easy_words.txt``)."""
    with open(_textstat_resource("resources", "en", "easy_words.txt"), encoding="utf-8") as f:
        return frozenset(line.strip() for line in f)


def _list_words(text: str) -> list[str]:
    """textstat's ``list_words(text)`` with its default options."""
    return _PUNCTUATION.sub("", text).split()


def _text_syllables(text: str) -> int:
    """textstat's ``count_syllables(text)`` for any text."""
    return sum(syllables(w) for w in _PUNCTUATION.sub("", text).lower().split())


class Counts(NamedTuple):
    """The totals textstat's five formulas are computed from (a named tuple: cheap to make).

    ``words``, ``syllables``, ``polysyllables``, ``dc_difficult`` (not a Dale-Chall easy
    word) and ``fog_difficult`` (not easy and 3+ syllables) add up over pieces of a text
    cut at white space. ``sentences`` does not (a sentence can run across the cut, and
    every non-empty piece counts as at least one): use :class:`Tally` to score a text
    given in pieces.
    """

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0
    dc_difficult: int = 0
    fog_difficult: int = 0
    #: Words with a letter in them. Not one of textstat's counts: :mod:`jargonfree.textkind`
    #: reads it (a text whose words are all numbers is not prose).
    letters: int = 0


# Counting is done per white-space-separated token, memoised by the token as it
# appears in the text, so that a text costs one str.split() and a look-up per token.
# This is exact because removing punctuation works token by token: white space is
# never removed, and the apostrophe look-ahead never needs to see past white space; a
# token comes out empty or as one word.
#
# A token's shape is for counting sentences: each run of . ! ? becomes "." and each
# run of other characters becomes "w" if it has a word character (\w), else "".
# textstat's sentence pieces (_SENTENCE) start at a word character and end after a run
# of . ! ?, and a piece counts when it has three or more words once punctuation is
# removed; those words are its white-space-separated tokens with a \w (which are what
# survive the removal), and only the part before its . ! ? has any.  So in the shape
# of a text (the shapes of its tokens, joined), a piece is a run of "w"s, and it counts
# when there are three or more "w"s in a row.
_SHAPE_PARTS = lazy_pattern(r"[.!?]+|[^.!?]+")
_SENTENCE_END = lazy_pattern(r"[.!?]")
_WORD_CHAR = lazy_pattern(r"\w")
_LONG_SENTENCE = lazy_pattern(r"w{3,}")
#: A letter of any alphabet: a word character that is not a digit or "_".
A_LETTER = lazy_pattern(r"[^\W\d_]")


class TokenCounts(NamedTuple):
    """What one white-space-separated token adds to its text's :class:`Counts`."""

    words: int  # 1 if anything is left once punctuation is removed, else 0
    syllables: int
    polysyllables: int  # 1 for a word of 3 or more syllables
    dc_difficult: int  # 1 for a word not in the Dale-Chall easy-word list
    fog_difficult: int  # 1 for a word not in that list and of 3 or more syllables
    shape: str  # for counting sentences (see above)
    letters: int = 0  # 1 for a word with a letter in it (not only digits and "_")


def token_counts(token: str) -> TokenCounts:
    """The counts of one token (a piece of text with no white space), as textstat makes them."""
    # (\w is exactly str.isalnum() or "_", so an alphanumeric token has no punctuation.)
    word = token if token.isalnum() else _PUNCTUATION.sub("", token)
    count = poly = dc = fog = letters = 0
    if word:
        letters = int(A_LETTER.search(word) is not None)
        lower = word.lower()
        count = syllables(lower)
        poly = int(count >= 3)
        if lower not in _easy_words():
            dc = 1
            # textstat's is_difficult_word re-tokenises the lower-cased word; that
            # only changes anything for rare non-ASCII letters whose lower case has
            # a combining mark (e.g. "İ").
            fog = int((count if lower.isascii() else _text_syllables(lower)) >= 3)
    if not _SENTENCE_END.search(token):
        shape = "w" if word else ""  # a token has a \w exactly when it is a word
    else:
        shape = "".join(
            "." if part[0] in ".!?" else "w" if _WORD_CHAR.search(part) else ""
            for part in _SHAPE_PARTS.findall(token)
        )
    return TokenCounts(int(bool(word)), count, poly, dc, fog, shape, letters)


# token as written -> its TokenCounts (see jargonfree.memo).
_TOKENS: Memo[str, TokenCounts] = Memo(token_counts, limit=65536)


def _totals(per_token: Sequence[TokenCounts]) -> tuple[tuple, ...]:
    """Each field of :class:`TokenCounts` over a text's tokens: the counts added up, the shapes joined."""
    if not per_token:
        return ()
    return tuple(zip(*per_token))


def total(per_token: Sequence[TokenCounts], text_is_empty: bool = False) -> Counts:
    """The :class:`Counts` of a text from the :class:`TokenCounts` of its tokens, in order.

    A text with no tokens has no sentence if it is empty, and one if it is only white space
    (as textstat counts it)."""
    columns = _totals(per_token)
    if not columns:
        return Counts(sentences=0 if text_is_empty else 1)
    words, syl, poly, dc, fog, shapes, letters = columns
    sentences = max(1, len(_LONG_SENTENCE.findall("".join(shapes))))
    return Counts(sum(words), sentences, sum(syl), sum(poly), sum(dc), sum(fog), sum(letters))


def counts(text: str, tokens: Sequence[str] | None = None) -> Counts:
    """The :class:`Counts` of ``text``, exactly as textstat 0.7.8 counts them.

    ``tokens``, if given, must be ``text.split()`` (a caller that has split the text
    already saves doing it again).
    """
    return total(_TOKENS.get_all(text.split() if tokens is None else tokens), not text)


# The rest of a sentence piece that runs on from the previous chunk (see Tally.add).
_CONTINUATION = lazy_pattern(r"[^.!?]*([.!?]*)")


class Tally:
    """Counts for a long text given in pieces, equal to :func:`counts` of the whole text
    (score them with :func:`jargonfree.readability.from_counts`).

    Feed the pieces in order with :meth:`add`; each cut must be next to white space
    (the character just before or just after it), as when a text is cut after a blank
    line, a line end or the space after a sentence. Only running totals are kept, never
    the text, so memory stays small however long the text is.
    """

    def __init__(self) -> None:
        self._words = self._syllables = self._poly = self._dc = self._fog = self._letters = 0
        self._sentences = 0  # textstat sentence pieces of more than two words, finished
        self._open: int | None = None  # words so far of a piece that ran to the end of the last chunk
        self._any = False

    def add(self, chunk: str) -> None:
        """Count the next piece of the text."""
        if not chunk:
            return
        self._any = True
        columns = _totals(_TOKENS.get_all(chunk.split()))
        if columns:
            words, syl, poly, dc, fog, _, letters = columns
            self._letters += sum(letters)
            self._words += sum(words)
            self._syllables += sum(syl)
            self._poly += sum(poly)
            self._dc += sum(dc)
            self._fog += sum(fog)
        # textstat's sentences are the matches of \b[^.!?]+[.!?]* over the whole text; a
        # match can run across the cut, so one left open at the end of the last chunk
        # goes on here up to the first run of . ! ? (the cut is at white space, so a run
        # of them never straddles it, and word counts of the two parts add up).
        pos = 0
        if self._open is not None:
            m = _CONTINUATION.match(chunk)
            assert m is not None
            self._open += len(_list_words(m.group()))
            if not m.group(1):
                return  # no . ! ? in this chunk: the sentence is still open
            self._close()
            pos = m.end()
        for m in _SENTENCE.finditer(chunk, pos):
            piece_words = len(_list_words(m.group()))
            if m.end() == len(chunk) and chunk[-1] not in ".!?":
                self._open = piece_words
            elif piece_words > 2:
                self._sentences += 1

    def _close(self) -> None:
        if self._open is not None and self._open > 2:
            self._sentences += 1
        self._open = None

    def counts(self) -> Counts:
        """The counts of everything added so far, as :func:`counts` gives for the whole text."""
        sentences = self._sentences + (1 if self._open is not None and self._open > 2 else 0)
        return Counts(
            words=self._words,
            sentences=max(1, sentences) if self._any else 0,
            syllables=self._syllables,
            polysyllables=self._poly,
            dc_difficult=self._dc,
            fog_difficult=self._fog,
            letters=self._letters,
        )
