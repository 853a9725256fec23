"""Learned words: long words made with Latin and Greek endings ("practicable", "appellant",
"gestational", "ambulatory").

Professionals write them often, so wordfreq counts many of them fairly common ("appellant"
2.82, just above the uncommon-word bar of 2.6), yet a lay reader with a reading age of about 11
stumbles on them. The uncommon-word check therefore holds a word of three or more syllables that ends in a
learned ending (``data/learned_endings.txt``: "-ant", "-ial", "-ory" ...) to a slightly higher
frequency bar, :data:`ZIPF`. Everyday words with these endings are far more frequent than the bar
("hospital", "capacity", "assistant"), and so are the plain words of care ("professional").
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .data import read_list

__all__ = ["ZIPF", "endings", "is_learned"]

#: A learned word is uncommon below this Zipf frequency. Found by judging the words of the pool of
#: real passages (session 13) with these endings and three or more syllables between Zipf 2.6 and
#: 3.3: below 2.9, 21 of 31 were words a lay reader stumbles on ("notional", "adversarial");
#: between 2.9 and 3.0 only 6 of 20 were.
ZIPF = 2.9

# A learned word has at least this many syllables: shorter ones are everyday ("tonic", "rival").
_MIN_SYLLABLES = 3
# A noun of an action made with "-ment" ends in "-ent" but is plain English ("reassessment").
_NOT_LEARNED = ("ment", "ments")


@lru_cache(maxsize=1)
def endings() -> tuple[str, ...]:
    """The learned endings from ``data/learned_endings.txt``, without their hyphens."""
    return tuple(e.lstrip("-") for e in read_list("learned_endings.txt"))


def is_learned(word: str) -> bool:
    """True if the lower-case ``word`` ends in a learned ending and has three or more syllables."""
    return (
        word.endswith(endings())
        and not word.endswith(_NOT_LEARNED)
        and lexicon.syllables(word) >= _MIN_SYLLABLES
    )
