"""The one plural rule for abbreviations and other terms matched with exact capitals.

Such a term takes an "s" after its last letter, digit or "&": AMHP -> AMHPs, FY1 -> FY1s,
HbA1c -> HbA1cs, U&E -> U&Es, SENCo -> SENCos, ICS -> ICSs. The glossary derives the plural
forms it matches with :func:`plural` (:mod:`jargonfree.glossary.derive`); the abbreviation
check and the definitions finder take the "s" off again with :func:`singular`, so an
abbreviation and its plural count as one wherever they are compared.
"""

from __future__ import annotations

from .words import has_two_capitals

__all__ = ["plural", "singular"]


def plural(term: str) -> str | None:
    """``term`` with its plural "s", or None when it does not take one (it ends in another
    character: "c/o", "A&E.")."""
    last = term[-1:]
    return term + "s" if last.isalnum() or last == "&" else None


def singular(word: str) -> str:
    """``word`` without the plural "s" of :func:`plural`, when it is an abbreviation's plural:
    "AMHPs" -> "AMHP", "FY1s" -> "FY1", "HbA1cs" -> "HbA1c", "U&Es" -> "U&E". Otherwise
    ``word`` itself (the same object): "DoLS" and "CAMHS" end in a capital S, and a word with
    fewer than two capitals before its "s" is not an abbreviation ("pens", "Ms").
    """
    if len(word) > 2 and word.endswith("s"):
        stem = word[:-1]
        if plural(stem) == word and has_two_capitals(stem):
            return stem
    return word
