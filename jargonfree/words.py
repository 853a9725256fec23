"""Words: the pattern every module counts words with, and the text's word boundaries."""

from __future__ import annotations

from .lazy_patterns import lazy_pattern

#: A word: letters and digits, with inner apostrophes ("don't", "AMHP's").
WORD_RE = lazy_pattern(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# WORD_RE for a text that is all ASCII: the same words, found in about two thirds of the time.
_ASCII_WORD_RE = lazy_pattern(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")


def word_list(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of ``text[start:end]`` as WORD_RE finds them, as strings (no spans: quicker)."""
    pattern = _ASCII_WORD_RE if text.isascii() else WORD_RE
    return pattern.findall(text, start, len(text) if end is None else end)


# Letters and digits stay; every other ASCII character becomes a space (a bytes table:
# bytes.translate is several times quicker than str.translate).
_ASCII_BOUNDS = bytes(i if chr(i).isalnum() else 32 for i in range(128)) + bytes(range(128, 256))
# The same for any text: "\w" is a letter, digit or "_", so this is "not str.isalnum()".
_NOT_ALNUM = lazy_pattern(r"[\W_]")


def word_bounds(text: str) -> str:
    """``text`` with every character that is not a letter or digit made a space (same length)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BOUNDS).decode("ascii")
    return _NOT_ALNUM.sub(" ", text)


def has_two_capitals(word: str) -> bool:
    """True if ``word`` has two capital letters or more, as an abbreviation does ("AMHP", "CPNs",
    "HbA1c"); a name or a sentence's first word has one."""
    return sum(map(str.isupper, word)) >= 2  # (map with a method: about twice as quick as a generator)
