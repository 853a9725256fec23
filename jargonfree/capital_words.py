"""Capitals that spell an ordinary word, not an abbreviation (asked by
:mod:`jargonfree.checks.abbreviation`): a word written in capitals ("Text CANCEL to ...",
"PROPORTIONALITY", "NOT"), a common word made loud between ordinary words ("the child IS
suffering", :func:`emphasised`), and a word typed with the shift key held a letter too long
("THey", :func:`shift_slip`). How common a word is comes from wordfreq (:mod:`jargonfree.lexicon`).
"""

from __future__ import annotations

from . import lexicon
from .lazy_patterns import lazy_pattern

# Zipf frequency above which a word in capitals is taken as an ordinary word, not an abbreviation.
_COMMON_WORD = 3.0
# Capitals this long that wordfreq knows as a word at all often are that word: abbreviations
# this long are rarely words ("EMPOWERMENT, PREVENTION, PROPORTIONALITY", "URINE DIPSTICK").
_LONG_WORD = 7
_LONG_WORD_ZIPF = 2.0
# A three-letter word in capitals is an abbreviation unless it is one of the commonest English
# words (Zipf 6 or more: "can", "not", "you"); "ADD" or "ACE" may well stand for something.
_VERY_COMMON_WORD = 6.0


def a_word_in_capitals(stem: str, text: str, start: int, end: int) -> bool:
    """True if the capitals ``stem`` (the token at ``[start, end)``, made singular) are an
    ordinary word: one of four letters or more that is common (Zipf :data:`_COMMON_WORD`), a long
    one (:data:`_LONG_WORD` letters) that is not rare, a three-letter one of the commonest, or a common word made
    loud (:func:`emphasised`). The caller leaves out what cannot be a word ("SLIPs", "H&SC")."""
    if not stem.isupper():
        return False
    if len(stem) >= 3:
        frequency = lexicon.zipf(stem.lower())
        if len(stem) >= 4 and frequency >= _COMMON_WORD:
            return True  # an ordinary word written in capitals: "Text CANCEL to ..."
        if len(stem) >= _LONG_WORD and frequency >= _LONG_WORD_ZIPF:
            return True  # a long word in capitals is a word, even a rare one: "PROPORTIONALITY", "DIPSTICK"
        if len(stem) == 3 and frequency >= _VERY_COMMON_WORD:
            return True  # one of the commonest words in capitals: "I CAN Community Hub", "NOT"
    return emphasised(text, start, end)  # a common word made loud between ordinary words: "the child IS suffering"


# The start of a text, a sentence or a line, just before capitals.
_SENTENCE_START = lazy_pattern(r"(?:^|[.!?:\n][\"'\u2019\u201d)]?)[ \t]*$")
# A word on either side of capitals, on the same line.
_WORD_BEFORE = lazy_pattern(r"([A-Za-z][a-z'\u2019]*|[A-Z]+)[ \t]+$")
_WORD_AFTER = lazy_pattern(r"[ \t]+([A-Za-z][a-z'\u2019]*|[A-Z]+)\b")
#: Zipf frequency of the commonest English words ("is", "if", "day", "may", "why"): written in
#: capitals between ordinary words, such a word is the word, made loud.
EMPHASIS_ZIPF = 5.9


def _plain_neighbour(word: str) -> bool:
    """True if ``word`` is written as ordinary text: small letters after its first letter, or an
    ordinary word in capitals that this check leaves alone ("EVERY") or that is made loud too
    ("DO NOT")."""
    if not word.isupper():
        return word[1:].islower() or len(word) == 1
    frequency = lexicon.zipf(word.lower())
    return (len(word) >= 4 and frequency >= _COMMON_WORD) or frequency >= EMPHASIS_ZIPF


def emphasised(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` are one of the commonest English words written
    large for emphasis between ordinary words: "the child IS suffering", "check EVERY DAY that",
    "You MAY be asked", "Then IF mum was eligible". Not "the LA said" ("la" is rare), nor capitals
    next to other capitals that are no word ("NHS IS")."""
    token = text[start:end]
    if len(token) > 3 or lexicon.zipf(token.lower()) < EMPHASIS_ZIPF:
        return False
    after = _WORD_AFTER.match(text, end, end + 40)
    if after is None or not _plain_neighbour(after.group(1)):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        # First in its sentence or line: "IF you need help, ring us", "DO NOT eat after midnight".
        return _SENTENCE_START.search(text, max(0, start - 4), start) is not None
    return _plain_neighbour(before.group(1))


# A word typed with the shift key held a letter too long: "THey", "THere" (two capitals, then
# small letters, a common word in small letters).
_SHIFT_SLIP = lazy_pattern(r"[A-Z]{2}[a-z]{2,}")
_SHIFT_SLIP_ZIPF = 5.0


def shift_slip(token: str) -> bool:
    """True if ``token`` is a common word with its second letter in capitals too ("THey")."""
    return _SHIFT_SLIP.fullmatch(token) is not None and lexicon.zipf(token.lower()) >= _SHIFT_SLIP_ZIPF
