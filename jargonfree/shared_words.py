"""The content words two texts share: what :mod:`jargonfree.entry_words` compares.

A text's content words are its words of three letters or more, in small letters, leaving out
the small words of English (``data/function_words.txt`` and a few more that say nothing of what
a thing is). Two words are the same content when their keys meet: the word and its possible
stems (:func:`jargonfree.word_families.stems`, so "checked" meets "check" and "decisions" meets
"decision"), with a few irregular words brought to their root by hand ("children", "specialised").
Pure functions over read-only data.
"""

from __future__ import annotations

from functools import lru_cache

from .data import read_set
from .word_families import stems
from .lazy_patterns import lazy_pattern

__all__ = ["WEAK", "content_words", "reference_words", "small_words", "word_keys", "words_of"]

_WORD = lazy_pattern(r"[A-Za-z]+")
# Small words beyond the function words: they say nothing of what a term is.
_MORE_SMALL = frozenset(
    "get gets got make makes made one ones someone something people person way ways thing things used use"
    " like well need needs help able usually often sometimes many much other others own".split()
)
# Words the stem rules do not bring to their root: irregular plurals, and the word a few others
# are made from ("specialised social workers" meets "a social worker with special training", "the
# ability to" meets "being able to").
_IRREGULAR = {
    "children": "child", "people": "person", "women": "woman", "men": "man", "lives": "life",
    "ability": "able", "specialised": "special", "specialist": "special", "specialists": "special",
}

#: Words so common in the glossary's plain words and explanations that sharing one says little
#: (``data/common_glossary_words.txt``, with the counts behind the choice). Half weight.
WEAK = read_set("common_glossary_words.txt")


@lru_cache(maxsize=1)
def small_words() -> frozenset[str]:
    """The small words of English, which hold no content."""
    return read_set("function_words.txt") | _MORE_SMALL


def words_of(text: str) -> list[str]:
    """The words of ``text`` (runs of letters), as written."""
    return _WORD.findall(text)


def word_keys(word: str) -> frozenset[str]:
    """The word in small letters and its possible stems: two words share content when their keys meet."""
    word = _IRREGULAR.get(word, word)
    return frozenset((word, *stems(word)))


def content_words(text: str, leave_out: frozenset[str]) -> list[str]:
    """The content words of ``text`` in small letters: no small words, none of ``leave_out``, none under three letters."""
    small = small_words()
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 2 and w not in small and w not in leave_out]


def _lemmas(words: list[str]) -> list[tuple[str, frozenset[str]]]:
    """``words`` with their keys, one a lemma: "care" and "cares", "pay" and "pays" are one."""
    found: list[tuple[str, frozenset[str]]] = []
    for word in words:
        keys = word_keys(word)
        for i, (first, known) in enumerate(found):
            if keys & known:
                found[i] = (first, known | keys)
                break
        else:
            found.append((word, keys))
    return found


def reference_words(words: str, leave_out: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The content words of the glossary's ``words``, one a lemma, with their keys."""
    return tuple(_lemmas(content_words(words, leave_out)))
