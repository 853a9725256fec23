"""A small number in a term, written as a word (jargonfree/glossary/number_words.py; issue 11):
"a band seven post" is "band 7", "discharge pathway one" is "pathway 1". Session 15's fresh set
missed "Band Seven"; the entries list their forms in figures. A section of an Act is not
derived ("section two" is the part-of-a-law check's, which asks for a law around it)."""

from __future__ import annotations

import pytest
from conftest import rules

from jargonfree.glossary.number_words import in_words


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("band 7", "band seven"),
        ("tier 3 services", "tier three services"),
        ("discharge pathway 1", "discharge pathway one"),
        ("band 12", "band twelve"),
        ("band 8a", None),  # a number joined to a letter
        ("on a 5(2)", None),
        ("1:1", None),
        ("a.135(1)", None),
        ("3 month rule", "three month rule"),
        ("band 13", None),  # only one to twelve
        ("care plan", None),
    ],
)
def test_in_words(surface, expected):
    assert in_words(surface) == expected


@pytest.mark.parametrize(
    "text, rule",
    [
        ("She started on the ward as a band seven nurse last year.", "nhs-services/band-5"),
        ("He went home from the ward on discharge pathway one with carers.", "nhs-services/discharge-pathway-1"),
    ],
)
def test_a_number_in_words_is_the_same_term(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The band played song number seven twice.",  # no number in a term here
        "Turn to section two of this leaflet for our prices.",  # a leaflet's part: not derived
    ],
)
def test_numbers_in_words_elsewhere_stay_silent(text):
    assert rules(text) == []
