"""A bare section number takes the Act its paragraph names (issue 11): "The Children Act 1989 sets
out parental responsibility, and under section 2 both parents have it" is not the Mental Health
Act's section 2, so the glossary's meaning of section 2 is not given; the number is still flagged
as a part of a law. A word after the number that names what the section gives ("section 117
aftercare") keeps the glossary's meaning, and so does a paragraph that names the glossary
entry's own Act, or names no Act, or several."""

from __future__ import annotations

import pytest
from conftest import flagged_rules

SECTION_RULE = "legal/section-reference"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Children Act 1989 sets out parental responsibility, and under section 2 both married parents have it.", "section 2"),
        ("The Care Act 2014 says councils must assess carers. They must then meet eligible needs under section 20.", "section 20"),
        (
            "Under the Social Services and Well-being (Wales) Act 2014, councils must assess needs. "
            "Under section 35 they must meet eligible needs.",
            "section 35",
        ),
        ("The Children (Northern Ireland) Order 1995 applies here. Under section 3 the child's welfare comes first.", "section 3"),
        ("Words inserted by the Adult Support and Protection (Scotland) Act 2007. Words in s. 35(2) substituted.", "s. 35(2)"),
    ],
)
def test_a_number_in_a_paragraph_about_another_act_is_not_the_entrys(text, number):
    assert flagged_rules(text).get(number) == SECTION_RULE


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        # A word after the number says which section it is.
        ("Unlike Care Act help, section 117 aftercare is free.", "section 117", "mental-health-law/section-117"),
        (
            "The Care Act 2014 changed things. If you were detained, you may get section 117 aftercare.",
            "section 117",
            "mental-health-law/section-117",
        ),
        # The entry's own Act is named too, or no Act at all.
        (
            "The Mental Health Act and the Care Act both matter here. She was detained under section 2 last week.",
            "section 2",
            "mental-health-law/section-2",
        ),
        ("She was detained under section 2 last week.", "section 2", "mental-health-law/section-2"),
    ],
)
def test_the_glossary_meaning_stays_where_nothing_says_otherwise(text, number, rule):
    assert flagged_rules(text).get(number) == rule


def test_a_number_in_a_list_a_person_is_detained_under_is_the_mental_health_acts():
    # Not the Children Act's section 47 (a child protection enquiry): a prisoner moved to hospital.
    text = (
        "Aftercare under section 117 is a legal duty on health and social services for people who "
        "have been detained under Section 3, Section 37, Section 47, Section 48 or Section 45A."
    )
    rules = flagged_rules(text)
    assert rules.get("Section 47") != "safeguarding/section-47--child-protection-enquiry"
    assert "Section 47" in rules
    assert rules.get("Section 3") == "mental-health-law/section-3"


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        # No detention: the Children Act's enquiry keeps its meaning.
        (
            "The school rang children's services. A section 47 enquiry found the child was at risk of harm.",
            "section 47 enquiry",
            "safeguarding/section-47--child-protection-enquiry",
        ),
        # A law named after the number still decides: Scotland's short-term detention.
        (
            "He was detained under section 44 of the Mental Health (Care and Treatment) (Scotland) Act 2003.",
            "section 44",
            SECTION_RULE,
        ),
    ],
)
def test_detention_decides_only_where_nothing_else_does(text, number, rule):
    assert flagged_rules(text).get(number) == rule
