"""Everyday words written wrongly: a slip of the keys ("disharge", "confiirmed") or a word
drawn out for feeling ("soooo", "pleeease").

A reader reads such a word as the everyday word it stands for, so the uncommon-word check
should not report it as a rare word. Real rare words are not slips: a word is taken for a slip
only when wordfreq has never seen it, it is long enough that a one-letter change rarely lands on
another word, it is not built from medical word parts, and a single change (a letter left
out, added, changed, or two letters swapped) gives a word far commoner than the bar. A word
with a letter written three or more times in a row is drawn out when it reads as a common word
with that run cut to one or two letters. Pure functions over read-only word data.

Why not a spelling library: pyspellchecker makes the same one-change candidates, but only from the
letters of its own English dictionary (7 MB installed, about 0.17 s to load), and what we need to
know of each candidate is wordfreq's Zipf frequency, which the other checks already use. The
candidates take the dozen lines of :func:`_one_change`.
"""

from __future__ import annotations

from itertools import product
from string import ascii_lowercase
from typing import Callable, Iterator

from . import lexicon, medical_words
from .lazy_patterns import lazy_pattern

__all__ = ["slip_of", "drawn_out"]

#: The word it stands for is at least this common (an everyday word, well above the bar).
WORD_ZIPF = 3.5
# Shorter words are one letter away from too many others ("bolus", "bonus").
_MIN_LENGTH = 6
# A letter written three or more times in a row.
_RUN = lazy_pattern(r"(\w)\1{2,}")
# Enough for any word a person draws out ("sooooo much", "reaaaally looooong").
_MAX_RUNS = 4


def _one_change(word: str) -> Iterator[str]:
    """Every string one change away from ``word``: a letter left out, two neighbours swapped,
    a letter changed, a letter added."""
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for c in ascii_lowercase:
            if c != word[i]:
                yield word[:i] + c + word[i + 1 :]
    for i in range(len(word) + 1):
        for c in ascii_lowercase:
            yield word[:i] + c + word[i:]


def slip_of(word: str) -> str | None:
    """The everyday word that the lower-case ``word`` is a slip of ("disharge" -> "discharge"),
    or None if it is no slip."""
    if len(word) < _MIN_LENGTH or not word.isascii() or not word.isalpha():
        return None
    if lexicon.zipf(word) > 0 or medical_words.is_medical(word):
        return None  # a word wordfreq knows, however rare ("stimming"), is a word, not a slip
    for other in _one_change(word):
        if lexicon.zipf(other) >= WORD_ZIPF and not medical_words.is_medical(other):
            return other
    return None


def drawn_out(word: str, common: Callable[[str], bool]) -> bool:
    """True if the lower-case ``word`` has a letter three or more times in a row and reads as a
    ``common`` word once each such run is cut to one or two letters ("soooo" as "so",
    "pleeease" as "please")."""
    runs = list(_RUN.finditer(word))
    if not runs or len(runs) > _MAX_RUNS:
        return False
    for sizes in product((1, 2), repeat=len(runs)):
        parts, last = [], 0
        for run, size in zip(runs, sizes):
            parts += [word[last : run.start()], run.group(1) * size]
            last = run.end()
        if common("".join(parts) + word[last:]):
            return True
    return False
