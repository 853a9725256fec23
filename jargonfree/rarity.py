"""How common a word is for a lay reader: the judgement behind the uncommon-word check.

A word is common when its Zipf frequency (wordfreq's English list, through
:mod:`jargonfree.lexicon`) reaches the bar for the word or for one of its stems
(:mod:`jargonfree.word_families`), or when it is an everyday word wordfreq counts as rare
(``data/everyday_words.txt``, ``data/nation_words.txt``). The bar is higher for a word built
from medical word parts (:mod:`jargonfree.medical_words`) and, by a little, for a long word with
a learned ending (:mod:`jargonfree.learned_words`). A British spelling counts as its American
one, an everyday prefix on a common word ("readmitted"), a compound of two common words
("foodbank") and a common word written wrongly ("disharge", "soooo": :mod:`jargonfree.typos`)
count as common. Pure functions over read-only data; the answers are cached.
"""

from __future__ import annotations

from functools import lru_cache

from . import learned_words, lexicon, medical_words, typos, word_families
from .data import read_list, read_set

__all__ = ["common_enough", "american_spellings", "nation_words", "everyday_words"]

# An everyday prefix on a common word reads as plainly as the word: "readmitted", "unsteadily",
# "forewarned", "understaffed", "misdiagnosed". Not "de", "co", "pre", "sub": their splits are
# often wrong ("dementing", "comissioned") or medical ("preoperative", "subfertility").
_PREFIXES = ("un", "re", "fore", "over", "under", "mis", "out")
# What follows the prefix is at least this long and this common ("admitted", "steadily").
_PREFIXED_MIN = 4
_PREFIXED_ZIPF = 3.5
# Not a noun of a process or a state: "revalidation" (of a nurse's registration) and
# "hypoglycaemia unawareness" are terms of a trade, whatever their parts.
_NOT_PREFIXED = ("ation", "ment", "ness", "ance", "ence")
# Both halves of a compound such as "foodbank" must be at least this common.
_COMPOUND_PART = 4.0
# Compounds are short; checking every split of a long token would be quadratic.
_MAX_COMPOUND = 24


def _compound_zipf(word: str) -> float:
    """ "foodbank" is as common as its rarer half, when both halves are common words."""
    best = 0.0
    if len(word) > _MAX_COMPOUND:
        return best
    for i in range(3, len(word) - 2):
        best = max(best, min(lexicon.zipf(word[:i]), lexicon.zipf(word[i:])))
    return best if best >= _COMPOUND_PART else 0.0


@lru_cache(maxsize=1)
def american_spellings() -> dict[str, str]:
    """British spelling -> its commoner American spelling (``data/british_spellings.txt``)."""
    return dict(line.split(" ", 1) for line in read_list("british_spellings.txt"))


@lru_cache(maxsize=65536)
def common_enough(word: str, threshold: float) -> bool:
    """True if ``word``, a simple stem of it, or both halves of it as a compound are this common,
    or it is an everyday word of Scotland, Wales or Northern Ireland (``data/nation_words.txt``)
    or of working, online and family life and of care (``data/everyday_words.txt``: "intranet",
    "childminder"), in any of its forms (:func:`jargonfree.word_families.stems`: "childminders");
    a British spelling counts as common as its American one ("anaemia" as "anemia").
    A word built from medical word parts ("neuropathy", "emphysema") must clear a higher bar,
    :data:`jargonfree.medical_words.ZIPF`: doctors write it often, lay readers do not know it;
    so, by a little, must a long word with a learned ending ("practicable", "appellant":
    :data:`jargonfree.learned_words.ZIPF`)."""
    frequency = lexicon.zipf(word)
    stems = word_families.stems(word)
    if (
        threshold < learned_words.ZIPF
        and frequency < learned_words.ZIPF
        and (learned_words.is_learned(word) or any(_learned_word(stem) for stem in stems))
    ):
        threshold = learned_words.ZIPF  # "practicable", "appellants"
    if (
        threshold < medical_words.ZIPF
        and frequency < medical_words.ZIPF
        and (medical_words.is_medical(word) or any(_medical_word(stem) for stem in stems))
    ):
        threshold = medical_words.ZIPF  # "hysterectomies" as "hysterectomy"
    if frequency >= threshold:
        return True
    if not everyday_words().isdisjoint((word, *stems)) or word in nation_words():
        return True  # an everyday word or one of its forms: "childminders", "stairlift"
    americans = american_spellings()
    for stem in stems:
        if lexicon.zipf(stem) >= threshold:
            return True  # "clinics", "hoping", "clotted", "trickiest"
        # A British stem with its ending counts as its American spelling: "immunisations"
        # as "immunization".
        american_stem = americans.get(stem)
        if american_stem is not None and lexicon.zipf(american_stem) >= threshold:
            return True
    american = americans.get(word)
    if american is not None and common_enough(american, threshold):
        return True
    if threshold < medical_words.ZIPF and _prefixed_common(word, threshold):
        return True
    if _compound_zipf(word) >= threshold:
        return True
    # An everyday word written wrongly reads as that word: "disharge", "soooo".
    slip = typos.slip_of(word)
    if slip is not None and common_enough(slip, threshold):
        return True
    return typos.drawn_out(word, lambda cut: common_enough(cut, threshold))


def _learned_word(stem: str) -> bool:
    """True if ``stem`` is a word (wordfreq knows it) with a learned ending ("appellant")."""
    return lexicon.zipf(stem) > 0 and learned_words.is_learned(stem)


def _medical_word(stem: str) -> bool:
    """True if ``stem`` is a word (wordfreq knows it) built from medical word parts."""
    return lexicon.zipf(stem) > 0 and medical_words.is_medical(stem)


def _prefixed_common(word: str, threshold: float) -> bool:
    """True if ``word`` is an everyday prefix and a common word ("re" + "admitted")."""
    if word.endswith(_NOT_PREFIXED):
        return False
    for prefix in _PREFIXES:
        rest = word[len(prefix) :].lstrip("-")
        if word.startswith(prefix) and len(rest) >= _PREFIXED_MIN and common_enough(rest, max(threshold, _PREFIXED_ZIPF)):
            return True
    return False


def nation_words() -> frozenset[str]:
    """Everyday words of Scotland, Wales and Northern Ireland that wordfreq counts as rare
    ("dreich", "bairns", "cwtch", "craic": ``data/nation_words.txt``)."""
    return read_set("nation_words.txt")


def everyday_words() -> frozenset[str]:
    """Everyday words of working, online and family life and of care that wordfreq counts as
    rare ("intranet", "childminder": ``data/everyday_words.txt``)."""
    return read_set("everyday_words.txt")
