"""The stems an English word's inflections are built on: "clinics" on "clinic", "clotted" on
"clot", "worried" and "livelier" on "worry" and "lively".

The uncommon-word check (:mod:`jargonfree.checks.uncommon`) counts an inflected word as common
when its stem is common: wordfreq counts each written form apart, so "snipped" (Zipf 2.35)
looks rarer than "snip" and "trickiest" (2.20) than "tricky". Spelling rules change the stem
before some endings: a final consonant is doubled ("clot" + "ed" = "clotted") and a final "y"
becomes "i" ("worry" + "ed" = "worried"). Pure functions, no data.
"""

from __future__ import annotations

__all__ = ["ENDINGS", "stems"]

#: Endings of inflections (and of "-ly" adverbs and "-er" nouns) that leave a word's meaning
#: plain to anyone who knows its stem.
ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")

# Endings before which a final consonant may be doubled ("clotted", "snipping", "bigger").
_DOUBLING = ("ed", "ing", "er", "ers", "est")
# Endings before which a final "y" becomes "i" ("worried", "worries", "livelier", "trickiest").
_Y_TO_I = ("ied", "ies", "ier", "iers", "iest", "ily", "iness")
# Consonants doubled only in some spellings or words ("travelled", "dressed", "falling"): the
# plain stem rules already cover them ("travell" is no stem, but "dress" + "ed" is).
_NOT_DOUBLED = frozenset("aeiouylsw")
# A stem is at least this long: shorter ones are seldom the word the ending was added to.
_MIN_STEM = 3


def stems(word: str) -> tuple[str, ...]:
    """The possible stems of the lower-case ``word``, most likely first: the word without
    one of :data:`ENDINGS` (and that with a final "e", "hoping" -> "hope"), without a doubled
    final consonant ("clotted" -> "clot"), and with "i" back to "y" ("worried" -> "worry").
    A stem need not be a word: the caller looks each one up."""
    found: list[str] = []
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[: -len(ending)]
            found += (stem, stem + "e")
    for ending in _DOUBLING:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM + 1:
            stem = word[: -len(ending)]
            if stem[-1] == stem[-2] and stem[-1] not in _NOT_DOUBLED:
                found.append(stem[:-1])
    for ending in _Y_TO_I:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM - 1:
            found.append(word[: -len(ending)] + "y")
    return tuple(dict.fromkeys(found))
