"""The spelt-out form of an abbreviation, matched as a term of its own when it is jargon too.

"IMCA" stands for "independent mental capacity advocate", and those words leave a lay reader as
lost as the letters. :func:`expansion` says which abbreviations' long forms the index matches
(see :mod:`.index`), and :func:`jargon_itself` whether those words are hard for a lay reader.
"""

from __future__ import annotations

from ..data import read_set
from ..folding import fold_term
from .model import Entry
from .wordforms import LINKS


def expansion(entry: Entry) -> str | None:
    """The words an abbreviation stands for, folded, when the entry's first plain alternative
    is exactly them ("IMCA" -> "independent mental capacity advocate"), and they are neither
    short (two words), nor the name of an organisation (``data/name_words.txt``), nor behind an
    abbreviation the public knows; otherwise None. (A plain alternative that is not the
    spelt-out form, "mental health nurse" for "CPN", is never matched.)
    """
    if not entry.is_abbreviation or not entry.plain or entry.term in read_set("known_abbreviations.txt"):
        return None
    long = fold_term(entry.plain[0])
    words = long.split(" ")
    letters = [c.lower() for c in entry.term if c.isalpha()]
    if len(words) < 3 or not all(w.isalpha() for w in words):
        return None
    content = [w[0] for w in words if w not in LINKS and w not in ("and", "the", "a")]
    if content != letters and [w[0] for w in words] != letters:
        return None
    if not read_set("name_words.txt").isdisjoint(words):
        return None
    return long


#: A word rarer than this (Zipf scale, wordfreq) makes a spelt-out abbreviation jargon.
_RARE_ZIPF = 2.5


def jargon_itself(
    words: str, position: int, payloads: dict[str, list[tuple[int, str, frozenset[str] | None]]], only_near: set[int]
) -> bool:
    """True if the spelt-out form of an abbreviation is itself hard for a lay reader and
    nothing else would flag it: it holds a word rarer than :data:`_RARE_ZIPF`
    ("erythrocyte") or a term that counts only in some contexts ("capacity" in
    "independent mental capacity advocate"), and no term that is always flagged (then that
    term is flagged on its own: "ischaemic" in "ischaemic heart disease")."""
    from ..lexicon import zipf

    split = words.split(" ")
    pieces = [" ".join(split[i:j]) for i in range(len(split)) for j in range(i + 1, len(split) + 1)]
    inner = {p for piece in pieces for p, _, _ in payloads.get(piece, ()) if p != position}
    if inner - only_near:
        return False
    return bool(inner) or any(zipf(w) < _RARE_ZIPF for w in split)
