"""The context a glossary rule looks at: the stretch of text around a match, and how much it is about care.

Two things decide whether an ambiguous term ("settled", "pt", "RC") counts:

* the *window*: the paragraph around the match (the text between blank lines), cut to
  :data:`REACH` characters either side, so "Her IMCA visits on Monday" sees the "DoLS" of
  the sentence before it, while a long page does not make every word near every other;
* the *domain*: how dense the window is in health and social-care words. The words are
  not a list written here: they are the words the glossary's own contributors gave as
  context (``only_near``) to many entries, plus every match of a glossary entry that needs
  no context at all. A care-heavy window lets an ambiguous term count even when none of
  its own context words is there ("CPN visit went well, pt settled"); a post about sport
  or shopping does not.

Names of organisations ("the National Self-directed Support Collaboration", "the Court of
Protection") are in :mod:`jargonfree.names`. Explanations near a term ("... is called
reablement", "What is a DoLS?") are in :mod:`jargonfree.nearby_explanations`.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Iterable

from .document import Document
from .folding import fold_term
from .lazy_patterns import lazy_pattern

#: How far the window reaches either side of a match, in characters, inside its paragraph.
REACH = 400
#: A context word counts as a care word when the glossary gives it as context to at least this many entries.
MIN_ENTRIES = 3
#: ... and is not an everyday word: a single word at least this common (Zipf scale,
#: wordfreq) says little about the topic ("people", "week", "team").
EVERYDAY_ZIPF = 5.15
#: A window is care-heavy with at least this many care signals ...
MIN_SIGNALS = 2
#: ... making up at least this share of its words.
MIN_DENSITY = 0.08

_BLANK_LINE = lazy_pattern(r"\n[ \t\r]*\n")
_WORD = lazy_pattern(r"[a-z0-9]+(?:'[a-z]+)?")


def window(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of the paragraph around ``[start, end)``, cut to :data:`REACH` characters either side."""
    text = doc.text
    low = max(0, start - REACH)
    high = min(len(text), end + REACH)
    before = None
    for before in _BLANK_LINE.finditer(text, low, start):
        pass
    if before is not None:
        low = before.end()
    after = _BLANK_LINE.search(text, end, high)
    if after is not None:
        high = after.start()
    return low, high


def care_words(context_lists: Iterable[tuple[str, ...]], avoid_lists: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The folded words and phrases that signal care writing, from the glossary's context rules.

    A word counts when at least :data:`MIN_ENTRIES` entries give it in ``only_near``,
    fewer than half as many give it in ``not_near`` (so "child", a context word both ways,
    is left out of the signal), and, for a single word, it is rarer than
    :data:`EVERYDAY_ZIPF` in everyday English.
    """
    from .lexicon import zipf
    wanted: Counter[str] = Counter()
    avoided: Counter[str] = Counter()
    for phrases in context_lists:
        wanted.update({fold_term(p) for p in phrases})
    for phrases in avoid_lists:
        avoided.update({fold_term(p) for p in phrases})
    return frozenset(
        w
        for w, n in wanted.items()
        if w and n >= MIN_ENTRIES and 2 * avoided[w] < n and (" " in w or zipf(w) < EVERYDAY_ZIPF)
    )


#: The endings a care word may take and still count, as a context word of ``only_near`` does
#: ("placement" counts in "placements", "refer" in "referred"; see checks.senses).
_ENDINGS = ("s", "es", "d", "ed", "ing")


#: A care word takes endings only when it is at least this long: shorter ones are often
#: abbreviations written small ("send" for SEND would make "sends" a care word).
_MIN_STEM = 5


@lru_cache(maxsize=8)
def _with_endings(words: frozenset[str]) -> frozenset[str]:
    """``words`` and, for each word of :data:`_MIN_STEM` letters or more, the word with each of
    :data:`_ENDINGS`: a token is a care word if it is in this set (one look-up a token)."""
    return words | {w + e for w in words if len(w) >= _MIN_STEM for e in _ENDINGS}


def care_signals(folded: str, words: frozenset[str], endings: bool = True) -> tuple[int, int]:
    """(care words and two-word care phrases in ``folded``, all words in it). A word counts
    with the endings a context word takes ("placements", "referred"), unless ``endings`` is
    false (the glossary's one-line examples, see glossary/index.py)."""
    tokens = _WORD.findall(folded)
    forms = _with_endings(words) if endings else words
    signals = sum(1 for t in tokens if t in forms)
    signals += sum(1 for a, b in zip(tokens, tokens[1:]) if f"{a} {b}" in words)
    return signals, len(tokens)


def care_heavy(signals: int, words: int) -> bool:
    """True if a window with ``signals`` care signals among ``words`` words is clearly about care."""
    return signals >= MIN_SIGNALS and signals >= MIN_DENSITY * words
