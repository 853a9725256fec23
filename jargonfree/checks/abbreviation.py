"""Abbreviations: capital-letter abbreviations that neither the glossary nor the text explains.

An abbreviation the text defines ("Single Point of Entry (SPOE)", either order, found with
the Schwartz-Hearst algorithm in :mod:`jargonfree.definitions`) is not flagged after the
definition. Abbreviations most people know (NHS, GP, A&E...) are listed in
``data/known_abbreviations.txt``. Glossary abbreviations belong to the jargon check.
Each unexplained abbreviation is flagged once, at its first use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..data import read_list
from ..document import Document
from ..glossary import Glossary
from ..inflect import is_shouting
from ..report import Finding
from ..settings import Settings

# Bounded: an abbreviation is short, and a bound keeps a huge all-capitals token linear.
# The look-behind comes after the first capital ("not after a letter, &, ' or -"), so the
# engine can jump from capital to capital instead of trying every position.
_ABBREVIATION = re.compile(r"[A-Z](?<![\w&'’-][A-Z])[A-Za-z0-9&]{0,12}[A-Z][A-Za-z0-9&]{0,12}(?![\w&])")
# Zipf frequency above which a word in capitals is taken as an ordinary word, not an abbreviation.
_COMMON_WORD = 3.0


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Abbreviations the public knows (from the data file)."""
    return frozenset(read_list("known_abbreviations.txt"))


def singular(token: str) -> str:
    """An abbreviation without its plural "s": "AMHPs" -> "AMHP" (the same object if none)."""
    return token[:-1] if token.endswith("s") and token[-2:-1].isupper() else token


def _defined_at(doc: Document) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in doc.definitions:
        for key in (d.short, d.short.rstrip("s")):
            out.setdefault(key, d.start)
    return out


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """The first use of each abbreviation that the text does not spell out."""
    text = doc.text
    known_set = known()
    defined = _defined_at(doc)
    seen: set[str] = set()
    findings: list[Finding] = []
    protected = bool(doc.protected)
    for m in _ABBREVIATION.finditer(text):
        token = m.group()
        if token in known_set:
            continue
        stem = singular(token)
        if stem in seen or stem in known_set or not stem.strip("IVXLC"):
            continue
        if protected and doc.is_protected(*m.span()):  # (the pattern makes sure of two capitals)
            continue
        if stem in defined and defined[stem] <= m.start():
            continue
        if glossary.knows(token) or (stem is not token and glossary.knows(stem)):
            continue
        if is_shouting(doc.sentence_window(m.start())):
            continue
        if stem.isupper() and len(stem) >= 4 and lexicon.zipf(stem.lower()) >= _COMMON_WORD:
            continue  # an ordinary word written in capitals: "Text CANCEL to ..."
        seen.add(stem)
        findings.append(
            Finding(
                start=m.start(),
                end=m.end(),
                text=token,
                kind="abbreviation",
                rule="abbreviation/unexplained",
                message=f"“{token}” is not spelt out: write it in full the first time, with “{token}” in brackets after it.",
                severity="warning",
            )
        )
    return findings
