"""Ordinary words in capitals are not abbreviations: one of the commonest English words made
loud between ordinary words ("the child IS suffering", "EVERY DAY", "You MAY be asked"), a long
word in capitals ("PROPORTIONALITY"), a word typed with shift held too long ("THey"). Capitals
that stand for something are still flagged (issue 11, precision)."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.capital_words import emphasised, shift_slip


def abbreviations(text: str) -> list[str]:
    return [f.text for f in check(text, only={"abbreviation"}).findings]


@pytest.mark.parametrize(
    "text",
    [
        "The standard of proof is that the child IS suffering significant harm.",
        "Then IF mum was eligible it would all be free.",
        "Give inhaled steroids OR refer for an assessment.",
        "They phone the school EVERY DAY to check he is in.",
        "You MAY be asked to pay towards the cost.",
        "DO NOT eat anything after midnight.",
        "I felt so proud that I DID it!",
        "EMPOWERMENT, PREVENTION, PROPORTIONALITY, PROTECTION.",
        "Care home staff: DO NOT PERFORM URINE DIPSTICK tests.",
        "THey said the care home would call us back.",
    ],
)
def test_ordinary_words_in_capitals_are_not_abbreviations(text):
    assert abbreviations(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ring the LA today and ask for a form.", ["LA"]),  # 'la' is no common word
        ("In the likely event that MR fails you can appeal.", ["MR"]),
        ("He was assessed for ADD last year.", ["ADD"]),  # a three-letter word that stands for something
        ("The NHS IS short of staff.", ["IS"]),  # next to capitals that are no word: not made loud
        ("We met the SW and the OT at home.", ["SW", "OT"]),
    ],
)
def test_capitals_that_stand_for_something_are_still_flagged(text, found):
    assert abbreviations(text) == found


def test_emphasised_needs_ordinary_words_around_it():
    text = "the child IS suffering"
    assert emphasised(text, 10, 12)
    text = "the NHS IS short"
    assert not emphasised(text, 8, 10)


def test_shift_slip():
    assert shift_slip("THey") and shift_slip("THere")
    assert not shift_slip("DoLS") and not shift_slip("SENCo") and not shift_slip("CReSTeD")
