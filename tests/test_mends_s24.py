"""Session 24's code-shape mends of the legal-reference rules: the words that end a law's name
are data shared by the two rules that ask for a law before a part (data/law_name_ends.txt), and
adjacent_explanations.explained_before asks one rule, not two, whether a bracket follows a law or
a numbered level.

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest

from conftest import jargon_at, texts_of_rule
from jargonfree.adjacent_explanations import _NAMES_OR_CITES
from jargonfree.checks.laws_named import LAW_JUST_BEFORE
from jargonfree.checks.section_advice import SECTION_RULE
from jargonfree.data import read_list


@pytest.mark.parametrize("name", read_list("law_name_ends.txt"))
def test_every_shared_law_word_ends_a_law_before_a_part_in_both_rules(name):
    assert LAW_JUST_BEFORE.search(f"under the {name}, ") is not None
    assert LAW_JUST_BEFORE.search(f"under the {name} 2014 ") is not None
    assert _NAMES_OR_CITES.search(f"under the {name} ") is not None
    assert _NAMES_OR_CITES.search(f"under the {name} 2014") is not None


def test_each_rule_keeps_its_own_words():
    # Only before a part number: an Act's initials, the treaties, statutory guidance.
    for before in ("MCA ", "ECHR, ", "the statutory guidance, "):
        assert LAW_JUST_BEFORE.search(before) is not None
        assert _NAMES_OR_CITES.search(before) is None
    # Only before a bracket: a court's procedure rules.
    assert _NAMES_OR_CITES.search("the Tribunal Procedure Rules ") is not None
    assert LAW_JUST_BEFORE.search("the Tribunal Procedure Rules, ") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SEND Code of Practice 2015, paragraph 9.5, says staff must listen.", "paragraph 9.5"),
        ("The Welsh Code 2008 (para. 2.12) says practitioners should listen to the person.", "para. 2.12"),
    ],
)
def test_a_code_of_practice_with_its_year_is_a_law_before_its_part(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "The NMC Code 2018, paragraph 4, says nurses must listen.",
        "Follow the Code 2024, paragraph 3, before you post in this group.",
    ],
)
def test_a_professional_code_with_a_year_is_still_no_law(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # The part of the law just named (legal23's rule, now part of the one rule).
        ("It must set up a committee to review procedures under the Act (Section 42).", "Section 42"),
        ("Staff must follow the Social Services and Well-being (Wales) Act (section 42) when planning.", "section 42"),
        # Any bracket after a law's name, now for every law word (before the fold, only a part of
        # the law after a Measure or a Code of Practice): the law's name does not say what it is.
        ("Staff must follow the Code of Practice (deprivation of liberty) when planning.", "deprivation of liberty"),
        ("Staff must follow the Mental Health (Wales) Measure (care coordinator) when planning.", "care coordinator"),
        # A numbered level (ctx23's rule).
        ("On 3 May the health board was raised to level 5 (special measures).", "special measures"),
    ],
)
def test_a_bracket_after_a_law_or_a_numbered_level_is_not_explained_by_it(text, term):
    assert jargon_at(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The police can take someone to a safe place (section 136).", "section 136"),
        ("Young people can get help up to age 25 (EHC plan) if they need it.", "EHC plan"),
        ("Taking a break from caring (respite care) helps carers.", "respite care"),
    ],
)
def test_words_that_say_what_it_is_still_explain_the_bracket(text, term):
    assert not jargon_at(text, term)
