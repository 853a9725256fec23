"""Words put inside a multi-word term, as real text writes it.

Two kinds, each a list of written forms for :mod:`.derive` to add:

* a possessive or "the" between a phrase's last linking word and its last word, since whose
  thing it is does not change what the term means: "deprivation of liberty" -> "deprivation
  of their liberty", "deprivation of a person's liberty" (:func:`with_determiners`);
* the words an entry's own forms show before its last word, before the last word of its other
  forms too: "lacks capacity" and "lacks mental capacity" teach that "mental" may stand before
  "capacity", so "lack of capacity" also finds "lack of mental capacity" (:func:`insertions`
  learns the runs, :func:`with_insertions` puts them in; one run at a time).
"""

from __future__ import annotations

from ..folding import fold_term
from .wordforms import LINKS

#: Words that may stand between a phrase's last linking word and its last word: "deprivation
#: of [their] liberty", "discharge from [the] section".
DETERMINERS = (
    "the", "their", "his", "her", "its", "your", "my", "our",
    "someone's", "somebody's", "a person's", "the person's",
)
_DETERMINER_WORDS = frozenset(w for d in DETERMINERS for w in d.split(" ")) | {"a", "an"}
#: The longest run of words one form of an entry may add inside another to teach an insertion.
MAX_INSERTED = 2


def with_determiners(base: str) -> list[str]:
    """ "deprivation of liberty" -> "deprivation of their liberty", "... of a person's liberty":
    the folded ``base`` with each of :data:`DETERMINERS` between the linking word before its last
    word and that word, where the phrase has a word before the link and the last word is a
    word, not a figure ("section 2 of 2014"), nor a determiner already."""
    words = base.split(" ")
    if len(words) < 3 or words[-2] not in LINKS or not words[-1].isalpha() or words[-1] in _DETERMINER_WORDS:
        return []
    return [" ".join(words[:-1] + [fold_term(determiner), words[-1]]) for determiner in DETERMINERS]


def insertions(written: list[str]) -> tuple[tuple[str, str], ...]:
    """(words, the last word) for each run of up to :data:`MAX_INSERTED` words that one of an
    entry's forms adds straight before the last word of another, with no linking word in it:
    "lacks capacity" and "lacks the mental capacity" give ("the mental", "capacity"); "lack
    capacity" and "lack of capacity" give nothing (a linking word changes the phrase)."""
    found: set[tuple[str, str]] = set()
    split = [w.split(" ") for w in written if w]
    for short in split:
        for long in split:
            extra = len(long) - len(short)
            if not 0 < extra <= MAX_INSERTED or len(short) < 2:
                continue
            run = long[-1 - extra : -1]
            if long[: len(short) - 1] == short[:-1] and long[-1] == short[-1] and not set(run) & LINKS:
                found.add((" ".join(run), short[-1]))
    return tuple(sorted(found))


def with_insertions(base: str, learnt: tuple[tuple[str, str], ...]) -> list[str]:
    """``base`` with each learnt run of words (:func:`insertions`) put before its last word,
    where that is the run's word and the word before it is no learnt word already ("lacks
    mental capacity" takes no second run)."""
    words = base.split(" ")
    learnt_words = {w for run, _ in learnt for w in run.split(" ")}
    if len(words) < 2 or words[-2] in learnt_words:
        return []
    return [" ".join(words[:-1] + run.split(" ") + words[-1:]) for run, last in learnt if words[-1] == last]
