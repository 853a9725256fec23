"""One pattern says that a person is held under a law (checks/law_usage.DETAINED_UNDER): it tells
acts.act_of that a section with no Act named is the Mental Health Act's ("detained under Section
3, Section 37, Section 47": not the Children Act's enquiry) and law_usage that a section numbered
in words is a law's ("detained under Section four"). The two checks had their own patterns, with
different words; one now serves both (session 16)."""

from __future__ import annotations

import pytest
from conftest import flagged_rules

from jargonfree.checks.law_usage import DETAINED_LOOK, DETAINED_UNDER


@pytest.mark.parametrize(
    "before",
    [
        "She was detained under ",
        "He was sectioned under ",
        "He is held in hospital under ",
        "Detention under a ",  # a capital, and an article (acts.py's pattern took neither the capital nor "held")
        "detained under Section 3, Section 37, ",  # a list before the number
        "people kept under s.3 or ",
    ],
)
def test_held_under_a_law(before):
    assert DETAINED_UNDER.search(before) is not None


@pytest.mark.parametrize(
    "before",
    [
        "The child was accommodated under ",  # the Children Act's section 20: no detention
        "See the advice under ",
        "She was detained under the rules of the school and then ",  # words between
    ],
)
def test_not_held_under_a_law(before):
    assert DETAINED_UNDER.search(before) is None


def test_a_list_of_sections_a_person_is_held_under_is_the_mental_health_acts():
    text = "Aftercare is for people who have been held in hospital under Section 3, Section 37 or Section 47."
    rules = flagged_rules(text)
    assert rules.get("Section 47") != "safeguarding/section-47--child-protection-enquiry"
    assert rules.get("Section 3") == "mental-health-law/section-3"


def test_a_section_in_words_that_a_person_is_detained_under_is_a_laws():
    assert flagged_rules("Dad has been detained under section four since Monday.").get("section four") == "legal/section-reference"
    assert DETAINED_LOOK >= 100  # room for a list of sections before the number
