"""Sentences: too long for the audience (NHS guidance: 20 words or fewer), or in the passive voice."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..data import read_list
from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..settings import Settings

_IRREGULAR_PARTICIPLES = (
    "taken given seen done made told held kept sent found written known shown paid brought bought thought "
    "left met put set cut chosen driven spoken forgotten begun understood sold hurt lost caught taught built "
    "heard read won beaten broken hidden stolen"
)
_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\s+(?:(?:not|also|then|now|often|usually|\w+ly)\s+)?"
    r"(\w+ed|" + "|".join(_IRREGULAR_PARTICIPLES.split()) + r")\b(?:\s+by\b)?",
    re.I,
)


_PASSIVE_CUE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)\b", re.I)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(read_list("passive_exceptions.txt"))


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Long sentences (warning) and passive verbs (information)."""
    text = doc.text
    limit = settings.max_sentence_words
    adjectives = _adjectives()
    findings: list[Finding] = []
    word_starts = [start for start, _ in doc.all_words]
    for start, end in doc.sentences:
        words = bisect_left(word_starts, end) - bisect_left(word_starts, start)
        if words > limit:
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="sentence",
                    rule="sentence/too-long",
                    message=f"This sentence has {words} words: try to keep sentences to {limit} words or fewer.",
                    severity="warning",
                )
            )
    if _PASSIVE_CUE.search(text):
        for m in _PASSIVE.finditer(text):
            if m.group(1).lower() in adjectives or doc.is_protected(*m.span()):
                continue
            findings.append(
                Finding(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    kind="sentence",
                    rule="sentence/passive",
                    message=f"“{m.group()}” is in the passive voice: say who does it, if you can (“we will …”).",
                    severity="info",
                )
            )
    findings.sort(key=lambda f: f.start)
    return findings
