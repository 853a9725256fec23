"""A small number in an entry's term, written in words: "band 5" -> "band five".

Posts and reports write a grade, a tier or a step in words as often as in figures: "a band
seven post", "Tier Three CAMHS", "discharge pathway one", "work group three". An entry lists its
forms in figures; :func:`in_words` gives the same form with each number from 1 to 12 that stands
on its own written as a word, for :func:`jargonfree.glossary.derive.forms`. A section of an Act
is left to the part-of-a-law check, which reads "section two" only where a law is meant
(:mod:`jargonfree.checks.sections`), and so is a number joined to other signs ("5(2)", "1:1",
"a.135").
"""

from __future__ import annotations

from ..lazy_patterns import lazy_pattern

_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# A number from 1 to 12 between spaces (or at an end): not "5(2)", "1:1", "8a", "a.135", "24/7".
_SMALL_NUMBER = lazy_pattern(r"(?<![^\s])(1[0-2]|[1-9])(?![^\s])")


def in_words(surface: str) -> str | None:
    """``surface`` with each small number written as a word ("tier 3" -> "tier three"), or None
    if it has none."""
    if not any(c.isdigit() for c in surface):
        return None
    spelt, count = _SMALL_NUMBER.subn(lambda m: _WORDS[int(m.group(1)) - 1], surface)
    return spelt if count else None
