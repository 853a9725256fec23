"""An abbreviation's phrase written with a hyphen for its space, as council pages and parents'
posts write it: "the EHC-plan", "both EHC-plans", "ng-tube" (jargonfree/glossary/derive.py).
Matching takes a hyphen for a space, but an abbreviation's spellings are kept exact, so these
were missed or flagged only as an unexplained "EHC". The sentences are our own."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("The final EHC-plan came back with no changes.", "EHC-plan", "children-and-send/ehcp"),
        ("Both EHC-plans were issued late.", "EHC-plans", "children-and-send/ehcp"),
        ("Her EHC-Plan names the school.", "EHC-Plan", "children-and-send/ehcp"),
    ],
)
def test_an_abbreviation_phrase_with_a_hyphen_is_the_term(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        ("The ehc-plan shop sells garden plans.", "ehc-plan"),  # small letters: not the abbreviation
        ("Our plan is to sell the EHC-planner app.", "EHC-planner"),
    ],
)
def test_other_hyphened_words_are_not_the_abbreviation_phrase(text, term):
    assert term not in flagged(text)
