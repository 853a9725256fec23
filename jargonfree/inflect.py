"""English inflection, small and rule-based: enough for glossary forms and rewrites.

Two jobs with different needs:

* :func:`variants` over-generates the forms a term may take in a text ("commence" ->
  "commences", "commenced", "commencing"); a form that never occurs costs nothing.
* :func:`inflect` gives the one right form of a plain replacement word ("start" ->
  "started", "begin" -> "began"), using the irregular verbs in ``data/irregular_verbs.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .data import read_list

SUFFIXES: tuple[str, ...] = ("s", "ed", "ing")
_VOWELS = "aeiou"
_SIBILANT_END = ("s", "x", "z", "ch", "sh")
_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
# UK spelling doubles a final l after a single vowel: cancelled, travelling, labelled.
_UK_L = re.compile(r"[^aeiou][aeiou]l$")


@lru_cache(maxsize=1)
def _irregular() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for line in read_list("irregular_verbs.tsv"):
        base, past, participle, ing, third = line.split("\t")
        table[base] = {"ed": past, "en": participle, "ing": ing, "s": third}
    return table


def _irregular_for(word: str) -> tuple[str, dict[str, str]] | None:
    """The irregular verb ``word`` is or ends with ("undertake" -> "take"), with its prefix."""
    table = _irregular()
    if word in table:
        return "", table[word]
    for base, forms in table.items():
        if len(base) >= 3 and word.endswith(base) and len(word) - len(base) >= 3:
            return word[: -len(base)], forms
    return None


def inflect(word: str, suffix: str) -> str:
    """The form of ``word`` with ``suffix``: "s", "ed" (past), "en" (past participle) or "ing"; "" returns the word."""
    if not suffix or not word.isalpha():
        return word
    lower = word.lower()
    irregular = _irregular_for(lower)
    if irregular is not None:
        prefix, forms = irregular
        return _same_case(word, prefix + forms[suffix])
    if suffix == "en":
        suffix = "ed"
    if suffix == "s":
        if lower.endswith(_SIBILANT_END):
            return word + "es"
        if lower.endswith("y") and len(lower) > 1 and lower[-2] not in _VOWELS:
            return word[:-1] + "ies"
        return word + "s"
    if suffix == "ed":
        if lower.endswith("e"):
            return word + "d"
        if lower.endswith("y") and len(lower) > 1 and lower[-2] not in _VOWELS:
            return word[:-1] + "ied"
        if _CVC.match(lower) or _UK_L.search(lower):
            return word + word[-1] + "ed"
        return word + "ed"
    if suffix == "ing":
        if lower.endswith("ie"):
            return word[:-2] + "ying"
        if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")) and len(lower) > 2:
            return word[:-1] + "ing"
        if _CVC.match(lower) or _UK_L.search(lower):
            return word + word[-1] + "ing"
        return word + "ing"
    raise ValueError(f"unknown suffix {suffix!r}")


def _same_case(template: str, word: str) -> str:
    if template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def variants(word: str) -> dict[str, set[str]]:
    """Every form ``word`` may take in a text, by suffix, lower case; over-generates a little on purpose."""
    w = word.lower()
    out: dict[str, set[str]] = {s: {inflect(w, s)} for s in SUFFIXES}
    out["s"].add(w + "s")
    if not w.endswith("e"):
        out["ed"].add(w + "ed")
        out["ing"].add(w + "ing")
    if w[-1:].isalpha() and w[-1] not in _VOWELS + "wxy":
        out["ed"].add(w + w[-1] + "ed")
        out["ing"].add(w + w[-1] + "ing")
    irregular = _irregular_for(w)
    if irregular is not None:
        prefix, table = irregular
        out["ed"].add(prefix + table["en"])
    for inflected in out.values():
        inflected.discard(w)
    return out


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
