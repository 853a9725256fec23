"""Session 24's code-shape mends of the legal-reference rules: the words that end a law's name
are data shared by the two rules that ask for a law before a part (data/law_name_ends.txt).

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest

from conftest import texts_of_rule
from jargonfree.adjacent_explanations import _A_LAW_BEFORE
from jargonfree.checks.laws_named import LAW_JUST_BEFORE
from jargonfree.checks.section_advice import SECTION_RULE
from jargonfree.data import read_list


@pytest.mark.parametrize("name", read_list("law_name_ends.txt"))
def test_every_shared_law_word_ends_a_law_before_a_part_in_both_rules(name):
    assert LAW_JUST_BEFORE.search(f"under the {name}, ") is not None
    assert LAW_JUST_BEFORE.search(f"under the {name} 2014 ") is not None
    assert _A_LAW_BEFORE.search(f"under the {name} ") is not None
    assert _A_LAW_BEFORE.search(f"under the {name} 2014") is not None


def test_each_rule_keeps_its_own_words():
    # Only before a part number: an Act's initials, the treaties, statutory guidance.
    for before in ("MCA ", "ECHR, ", "the statutory guidance, "):
        assert LAW_JUST_BEFORE.search(before) is not None
        assert _A_LAW_BEFORE.search(before) is None
    # Only before a part in brackets: a court's procedure rules.
    assert _A_LAW_BEFORE.search("the Tribunal Procedure Rules ") is not None
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
