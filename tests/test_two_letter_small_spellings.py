"""Two-letter abbreviations that posts write in small letters where the two letters are rarer
than any English word or name: "my hv came to weigh him", "the dn comes for his insulin"
(jargonfree/glossary/wordforms.py: two_letter_small_spelling). Only for an entry with a context
rule, so the entry's words must be near; "ot", "pt", "ms", "ed", "la", "ta" stay alone, as they
are words, names or everyday short forms. The sentences are our own."""

import pytest
from conftest import flagged, flagged_rules

from jargonfree.glossary.wordforms import two_letter_small_spelling


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("My hv came round to weigh the baby on Friday.", "hv", "nursing-maternity/hv"),
        ("The dn comes every morning to do his insulin.", "dn", "health-abbreviations/dn"),
        ("Rang the dn team about her leg ulcer dressing.", "dn", "health-abbreviations/dn"),
    ],
)
def test_rare_two_small_letters_are_the_abbreviation_near_its_words(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        ("I emailed hv@example.org about the baby clinic.", "hv"),  # an address
        ("The hv cable runs past the house, so we moved the cot.", "hv"),  # no word of the entry near
        ("The ot came for the baby's check, then the pt did her legs.", "ot"),
    ],
)
def test_two_small_letters_elsewhere_are_left_alone(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize("abbreviation", ["OT", "PT", "MS", "ED", "LA", "TA", "PE", "IM", "HR", "CD"])
def test_two_letters_that_are_words_or_names_get_no_small_spelling(abbreviation):
    assert two_letter_small_spelling(abbreviation) == []
