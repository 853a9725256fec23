"""Capitals that open a name: the letters of a company, a union or a college written first in
its name, not an abbreviation the reader needs spelt out.

* a word that is no English word after them: "AES Kilroot", "SSE Airtricity"
  (:func:`starts_a_proper_name`);
* a nation after them, the name of a body's branch there: "BMA Scotland", "RCN Wales", "Unison
  Cymru" (:func:`names_a_nations_branch`);
* a body's Title Case name after them: "the BMA Scottish Consultants' Committee"
  (:func:`opens_a_bodys_name`);
* the name in Gaelic, Welsh or Irish after its language: "(Scottish Gaelic: SNS na h-Alba)"
  (:func:`names_in_another_language`).

Asked by :mod:`jargonfree.checks.abbreviation` for letters no glossary entry knows: "CAMHS
Scotland", "HSC Trust" and "the DoLS Team" still hold jargon the reader must have spelt out.
"""

from __future__ import annotations

import re

from . import lexicon
from .names import ORGANISATION_HEADS
from .name_runs import grow_run, is_title_word, words_around

# Capitals, then a space and a capitalised word.
_NEXT_WORD = re.compile(r" ([A-Z][a-z]{2,})\b")
#: The greatest wordfreq Zipf frequency of a word that is only a name: no dictionary word.
PROPER_NAME_ZIPF = 1.0


def starts_a_proper_name(text: str, end: int) -> bool:
    """True if the capitals ending at ``end`` are followed by a capitalised word that is no
    English word at all, only a name ("AES Kilroot", "SSE Airtricity"): the capitals start
    the name of a company or a site, not an abbreviation to spell out. Not "CAMHS Team" nor
    "AMHP Service", whose next word is a word."""
    m = _NEXT_WORD.match(text, end, end + 30)
    return m is not None and lexicon.zipf(m.group(1).lower()) < PROPER_NAME_ZIPF


# A nation straight after the capitals, ending the name: "BMA Scotland", "RCN Northern Ireland".
# Not a word after the nation that goes on the name ("BMA Scotland Council" is still a body's
# name: :func:`opens_a_bodys_name`), nor a nation's adjective ("NHS Scottish ...").
_NATION_AFTER = re.compile(r"[ \t]+(?:Scotland|Wales|Cymru|England|Northern[ \t]+Ireland|NI)\b(?![ \t]+[A-Z])")


def names_a_nations_branch(text: str, end: int) -> bool:
    """True if the capitals ending at ``end`` are followed by a nation's name that ends the run
    ("BMA Scotland", "RCN Wales", "Unison Cymru"): the name of a body's branch in that nation."""
    return _NATION_AFTER.match(text, end) is not None


def opens_a_bodys_name(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` open a run of capitalised words on their line
    (small joining words allowed), at least two after the capitals, that ends with an
    organisation's word ("the BMA Scottish Consultants' Committee", "RCN Scotland Board"): the
    letters are the body's own, written first in the name of its part."""
    if text[end : end + 1] != " ":
        return False  # (most abbreviations: no word joined after them)
    words = words_around(text, start, end)
    at = next((i for i, w in enumerate(words) if w.start() == start), None)
    if at is None:
        return False
    _first, last = grow_run(text, words, at)
    if last - at < 2:
        return False
    return words[last].group() in ORGANISATION_HEADS and sum(is_title_word(w.group()) for w in words[at + 1 : last + 1]) >= 2


# "(Scottish Gaelic: SNS na h-Alba)", "(Welsh: GIG Cymru)": a language's name and a colon before.
_LANGUAGE_BEFORE = re.compile(r"\b(?:Gaelic|Welsh|Irish|Cymraeg|Gàidhlig|Scots)[ \t]*:[ \t]*$")


def names_in_another_language(text: str, start: int) -> bool:
    """True if the capitals at ``start`` follow a language's name and a colon: the name of the
    body in that language, given beside its English name."""
    return _LANGUAGE_BEFORE.search(text, max(0, start - 24), start) is not None
