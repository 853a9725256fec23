"""The small word rules a rewrite needs besides inflection: "a" or "an" before a phrase, the
capitals of the text it replaces, and whether a sentence is written all in capitals."""

from __future__ import annotations

import re

_VOWELS = "aeiou"


def article_for(phrase: str) -> str:
    """ "a" or "an" before ``phrase``, by its first word's sound (a rough, spelling-based guess)."""
    first = re.match(r"[^\W\d_]+", phrase.lstrip("\"'(\u201c\u2018"))
    word = first.group() if first else ""
    lower = word.lower()
    if not lower:
        return "a"
    if word.isupper() and len(word) > 1:
        # Said letter by letter: "an MRI", "a GP".
        return "an" if lower[0] in "aefhilmnorsx" else "a"
    if lower.startswith(("uni", "use", "usu", "ute", "eu", "one", "once", "uri", "ura", "uro")):
        return "a"
    if lower.startswith(("hour", "honest", "honour", "heir")):
        return "an"
    return "an" if lower[0] in _VOWELS else "a"


def match_case(surface: str, replacement: str, *, sentence_start: bool, shouting: bool = False) -> str:
    """Give ``replacement`` the capitalisation of the text it replaces.

    In an all-capitals sentence (``shouting``) the replacement is all capitals too; at the
    start of a sentence it gets a capital first letter; otherwise it keeps its own
    capitals ("NHS" stays "NHS").
    """
    if shouting:
        return replacement.upper()
    if sentence_start and surface[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = _ASCII_UPPER.lower()


def is_shouting(text: str) -> bool:
    """True if ``text`` has at least 8 letters and nearly all of them are capitals."""
    if text.isascii():  # counted in C, not letter by letter: bytes.translate deletes a set quickly
        data = text.encode("ascii")
        upper = len(data) - len(data.translate(None, _ASCII_UPPER))
        lower = len(data) - len(data.translate(None, _ASCII_LOWER))
        return upper + lower >= 8 and upper >= 0.9 * (upper + lower)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
