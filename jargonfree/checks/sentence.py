"""Sentences: too long for the audience (NHS guidance: 20 words or fewer), or in the passive voice."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import read_set
from ..document import Document
from ..words import word_bounds, word_list
from ..glossary import Glossary
from ..readability import prose
from ..report import Finding
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "sentence"
#: How the text output names a finding of this kind.
LABEL = "sentence"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Long or passive sentence"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = True
#: What this check remembers from one chunk of a long text to the next: nothing
#: (see :mod:`jargonfree.firstuse`).
Memory = None


_IRREGULAR_PARTICIPLES = (
    "taken given seen done made told held kept sent found written known shown paid brought bought thought "
    "left met put set cut chosen driven spoken forgotten begun understood sold hurt lost caught taught built "
    "heard read won beaten broken hidden stolen"
)
_AUXILIARY = r"(?:am|is|are|was|were|be|been|being|isn't|aren't|wasn't|weren't)"
_PASSIVE_PATTERN = (
    r"\b" + _AUXILIARY + r"\s+(?:(?:not|also|then|now|often|usually|\w+ly)\s+)?"
    r"(\w+ed|" + "|".join(_IRREGULAR_PARTICIPLES.split()) + r")\b(?:\s+by\b)?"
)


@lru_cache(maxsize=1)
def passive_pattern() -> re.Pattern[str]:
    """The passive pattern in any case (compiled on first use: ASCII texts never need it)."""
    return re.compile(_PASSIVE_PATTERN, re.I)


@lru_cache(maxsize=1)
def _passive_cue() -> re.Pattern[str]:
    return re.compile(r"\b" + _AUXILIARY + r"\b", re.I)


# For ASCII texts, matched in the lower-cased text (same offsets) without re.I: a pattern
# whose branches start with a letter lets the engine skip ahead, which "\b" and re.I stop.
_PASSIVE_LOWER = lazy_pattern(_PASSIVE_PATTERN)
# Where a match can start, in the text with every character but letters and digits made a
# space and a space put in front: an auxiliary verb between spaces (quicker to find from the
# spaces than from the letters). "isn't" is "isn t" there. Matches are checked in the text.
_AUXILIARY_BETWEEN_SPACES = lazy_pattern(r" (?:am|is|are|was|were|be|been|being|isn|aren|wasn|weren)(?= )")


_ALNUM = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def passives(text: str, padded_bounds: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, participle) of each passive verb, as ``passive_pattern().finditer(text)`` finds them.

    ``padded_bounds``, if given, must be ``" " + word_bounds(text.lower()) + " "`` (the
    Document has it already when folding squeezed nothing).
    """
    if not text.isascii():
        if not _passive_cue().search(text):
            return []
        return [(m.start(), m.end(), m.group(1).lower()) for m in passive_pattern().finditer(text)]
    low = text.lower()
    out: list[tuple[int, int, str]] = []
    end = 0
    # Every match starts at an auxiliary verb after a character that is not a letter or
    # digit, followed by white space (or "'t"); try only there.
    if padded_bounds is None:
        padded_bounds = f" {word_bounds(low)} "
    for cue in _AUXILIARY_BETWEEN_SPACES.finditer(padded_bounds):
        i = cue.start()  # the space in front shifts offsets by one: i is the verb's start
        if i < end:
            continue  # inside the last match
        m = _PASSIVE_LOWER.match(low, i)  # its "\b" rules out a word's inside ("this is")
        if m:
            out.append((i, m.end(), m.group(1)))
            end = m.end()
    return out


def _adjectives() -> frozenset[str]:
    return read_set("passive_exceptions.txt")


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Long sentences (warning) and passive verbs (information)."""
    text = doc.text
    limit = settings.max_sentence_words
    adjectives = _adjectives()
    findings: list[Finding] = []
    # n words take at least 2n - 1 characters, and n - 1 characters that are not letters or
    # digits between them: only a sentence that could be over the limit is counted.
    shortest = 2 * limit + 1
    data = text.encode("ascii") if text.isascii() else None
    for start, end in doc.sentences:
        if end - start < shortest:
            continue
        if data is not None and len(data[start:end].translate(None, _ALNUM)) < limit:
            continue
        # Web addresses, @mentions and #hashtags are not words a reader reads.
        words = len(word_list(prose(text[start:end])))
        if words > limit:
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind=KIND,
                    rule="sentence/too-long",
                    message=f"This sentence has {words} words: try to keep sentences to {limit} words or fewer.",
                    severity="warning",
                )
            )
    # With nothing squeezed, the index's word bounds are the lower-cased text's.
    for start, end, participle in passives(text, doc.padded_bounds if doc.unsqueezed else None):
        if participle in adjectives or doc.is_protected(start, end):
            continue
        found = text[start:end]
        findings.append(
            Finding(
                start=start,
                end=end,
                text=found,
                kind=KIND,
                rule="sentence/passive",
                message=f"“{found}” is in the passive voice: say who does it, if you can (“we will …”).",
                severity="info",
            )
        )
    findings.sort(key=lambda f: f.start)
    return findings
