"""Sections of the housing, immigration and court law that care pages cite (issue 11).

A section named with what the law does or gives is a law's even when no law is named ("a
section 21 notice", "a section 202 review", "served a section 8"), and a section of a law that
jargonfree/data/acts.txt does not list is not read as the Mental Health Act's section of the
same number when that law is named in full after it. A section of a leaflet or form stays
unflagged. All sentences are ours."""

from __future__ import annotations

import pytest
from conftest import flagged_rules

SECTION_RULE = "legal/section-reference"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Your landlord gave you a section 21 notice last week.", "section 21"),
        ("The landlord served a section 21 on her in May.", "section 21"),
        ("He was served with a section 8 notice for rent he owed.", "section 8"),
        ("You can ask the council for a section 202 review of the decision.", "section 202"),
        ("Keep your section 184 decision letter safe.", "section 184"),
        ("The council says it owes you a section 193 duty.", "section 193"),
        ("The council made an S184 decision on her case.", "S184"),
        ("We asked for an S202 review in March.", "S202"),
        ("If a tenant gets a valid Section 21 Notice, they should get advice.", "Section 21"),
        ("She was sent a section 21 eviction notice by her landlord.", "section 21"),
    ],
)
def test_a_section_named_with_a_notice_review_or_duty_is_a_law(text, number):
    assert flagged_rules(text).get(number) == SECTION_RULE


@pytest.mark.parametrize(
    "text",
    [
        "Read section 3 of this leaflet before you apply.",
        "Fill in section 2 of the form in black ink.",
        "See section 5 review for details.",
        "The guide has a section 6 summary at the end.",
        # a school year in Scotland, not a section
        "She is in S3 and has a review next week.",
    ],
)
def test_a_section_of_a_leaflet_or_form_is_not_a_law(text):
    assert SECTION_RULE not in flagged_rules(text).values()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("You may get support under section 4 of the Immigration and Asylum Act 1999.", "section 4"),
        ("Under section 2 of the Housing (Wales) Act 2014 the council must help.", "section 2"),
        ("Under section 3 of the Protection from Eviction Act 1977 your landlord needs a court order.", "section 3"),
        ("Section 117 of the Renting Homes (Wales) Act 2016 covers notices.", "Section 117"),
        ("Section 4 of the Tribunals, Courts and Enforcement Act 2007 sets this out.", "Section 4"),
        # a law acts.txt does not list, named in full after the number
        ("Section 4 of the Sunbeam Cottages Act 2001 says who may live there.", "Section 4"),
    ],
)
def test_a_section_of_another_law_is_not_the_mental_health_acts(text, number):
    rules = flagged_rules(text)
    assert rules.get(number) == SECTION_RULE
    assert not any(rule.startswith("mental-health-law/") for rule in rules.values())


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        ("He was detained under section 3 of the Act.", "section 3", "mental-health-law/section-3"),
        ("He was detained under section 3 of the Mental Health Act.", "section 3", "mental-health-law/section-3"),
        # a capitalised order after the number is no law's name
        ("He was made subject to a Section 37 Hospital Order.", "Section 37", "mental-health-law/section-37--hospital-order"),
    ],
)
def test_the_mental_health_acts_sections_keep_their_sense(text, number, rule):
    assert flagged_rules(text).get(number) == rule
