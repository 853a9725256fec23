"""Is this prose? A reading age means something only for sentences of words.

Random letters, a column of numbers, a hash or a base64 blob are not prose: the readability
formulas still give a number ("reading age 2467393.4"), but it means nothing, and a text
that is not prose cannot pass or fail on its reading age. :func:`judged` looks closer only
when the scores are beyond those of any real prose (most texts cost two comparisons), then
asks: are most of the words English words, made of letters, of a length words have?
"""

from __future__ import annotations

from dataclasses import replace

from .counting import A_LETTER
from .readability import Readability
from .lazy_patterns import lazy_pattern

# Scores that ordinary prose does not reach, so a text within them is not looked at more
# closely. A long run-on sentence of real words can go past them: it is then judged by
# its words, and scored as usual if they are English.
_MAX_PLAIN_READING_AGE = 25.0
_MIN_PLAIN_EASE = -60.0
# How many words are sampled, at most, and what share of them must be English words.
_SAMPLE = 2000
_MIN_ENGLISH_SHARE = 0.5
# No English word is longer than this on average over a text.
_MAX_MEAN_WORD_LENGTH = 15

_TOKEN = lazy_pattern(r"\S+")
_LETTERS = lazy_pattern(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _plain_scores(r: Readability) -> bool:
    """True if the scores are within those of real prose."""
    return r.reading_age <= _MAX_PLAIN_READING_AGE and r.flesch_reading_ease >= _MIN_PLAIN_EASE


def plainly_prose(r: Readability, letters: int) -> bool:
    """The quick test that most texts pass: there are words, ``letters`` of them have a letter
    (see :class:`jargonfree.counting.Counts`), and the scores are within those of real prose.
    A text that fails it is looked at by :func:`judged`."""
    return r.words > 0 and letters > 0 and _plain_scores(r)


def not_prose_reason(r: Readability, text: str) -> str | None:
    """Why ``text`` (scored ``r``) is not prose, in plain words, or None if it is prose."""
    if r.words == 0 or not A_LETTER.search(text):
        return "it has no words made of letters"
    if _plain_scores(r):
        return None
    from .lexicon import zipf

    tokens = []
    for m in _TOKEN.finditer(text):
        tokens.append(m.group())
        if len(tokens) >= _SAMPLE:
            break
    if sum(len(t) for t in tokens) / len(tokens) > _MAX_MEAN_WORD_LENGTH:
        return "its words are far too long to be words (is it code or data?)"
    words = [w for t in tokens for w in _LETTERS.findall(t)[:1]]
    if len(words) < len(tokens) * _MIN_ENGLISH_SHARE:
        return "it is mostly numbers or symbols"
    english = sum(1 for w in words if zipf(w.lower()) > 0)
    if english < len(words) * _MIN_ENGLISH_SHARE:
        return "most of its words are not English words"
    return None


def judged(r: Readability, text: str) -> Readability:
    """``r``, or, if ``text`` is not prose, ``r`` marked as such: not reliable, and a note that says why."""
    reason = not_prose_reason(r, text)
    if reason is None:
        return r
    if text.strip():
        note = f"This does not look like prose, so it has no reading age: {reason}."
    else:
        note = "The text is empty, so it has no reading age."
    return replace(r, prose=False, reliable=False, notes=(note, *r.notes))
