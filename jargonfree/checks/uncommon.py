"""Uncommon words: words that are rare in everyday English, by word-frequency data (wordfreq).

A word is "uncommon" when its Zipf frequency (wordfreq's English list, through
:mod:`jargonfree.lexicon`) is below ``Settings.uncommon_zipf`` for the word and its simple
stems. Names (capitalised words inside a sentence), all-capital words, words with digits
and short words are left alone. Each word is reported once, as information: less serious
than glossary jargon.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon
from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..settings import Settings

_MIN_LENGTH = 5
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")
# Both halves of a compound such as "foodbank" must be at least this common.
_COMPOUND_PART = 4.0
# Compounds are short; checking every split of a long token would be quadratic.
_MAX_COMPOUND = 24
# Longer "words" are not words a reader meets (codes, keyboard mashing): left alone.
_MAX_LENGTH = 40


def _compound_zipf(word: str) -> float:
    """ "foodbank" is as common as its rarer half, when both halves are common words."""
    best = 0.0
    if len(word) > _MAX_COMPOUND:
        return best
    for i in range(3, len(word) - 2):
        best = max(best, min(lexicon.zipf(word[:i]), lexicon.zipf(word[i:])))
    return best if best >= _COMPOUND_PART else 0.0


@lru_cache(maxsize=65536)
def common_enough(word: str, threshold: float) -> bool:
    """True if ``word``, a simple stem of it, or both halves of it as a compound are this common."""
    if lexicon.zipf(word) >= threshold:
        return True
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if lexicon.zipf(stem) >= threshold or lexicon.zipf(stem + "e") >= threshold:
                return True
    return _compound_zipf(word) >= threshold


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """The first use of each rare word."""
    text = doc.text
    threshold = settings.uncommon_zipf
    seen: set[str] = set()
    findings: list[Finding] = []
    for start, end in doc.words:
        word = text[start:end]
        if not _MIN_LENGTH <= len(word) <= _MAX_LENGTH or not word.isalpha() or word.isupper():
            continue
        if word[0].isupper() and not doc.sentence_start_at(start):
            continue  # most likely a name
        lower = word.lower()
        if lower in seen:
            continue
        seen.add(lower)
        if common_enough(lower, threshold):
            continue
        if word[0].isupper() and lexicon.zipf(lower) == 0.0:
            continue  # a name at the start of a sentence
        findings.append(
            Finding(
                start=start,
                end=end,
                text=word,
                kind="uncommon",
                rule="uncommon/word",
                message=f"“{word}” is not an everyday word: is there a more common one?",
                severity="info",
            )
        )
    return findings
