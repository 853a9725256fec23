"""Officialese inside the Title Case name of a document, a payment, a meeting or a role is part
of the name (jargonfree.title_names); the same words in small letters, a phrase with small
words of its own, or a heading in capitals still count."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        ("If you get Housing Benefit, you might be entitled to a Discretionary Housing Payment from the council.", "Discretionary"),
        ("Your social worker will complete your Prospective Adopters Report with you.", "Prospective"),
        ("Families on a low income also get Child Winter Heating Assistance.", "Assistance"),
        ("The committee looked at the Legislative Consent Memorandum on the bill.", "Legislative"),
        ("Ask to see our Acute Liaison Nurse about reasonable adjustments.", "Liaison"),
        ("The guidance followed the Covid-19 Hospital Discharge Requirements.", "Requirements"),
        ("You can appeal to the First-tier Tribunal (Social Entitlement Chamber).", "Entitlement"),
    ],
)
def test_officialese_inside_a_title_is_part_of_the_name(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The same words in small letters: a description, not a name.
        ("The council may make a discretionary payment towards your rent.", "discretionary"),
        ("You must meet the requirements before you apply.", "requirements"),
        # A phrase with small words of its own that opens a sentence.
        ("Prior to October 2007 the rules were different.", "Prior to"),
        ("In accordance with the Care Act Guidance, we will assess you.", "In accordance with"),
        # A name too short to be one, and a heading in capitals.
        ("You may get Discretionary Support from the council.", "Discretionary"),
        ("POLICY FOR THE IMPLEMENTATION OF SECTION 132 REPORT", "IMPLEMENTATION"),
    ],
)
def test_the_same_words_outside_a_title_still_count(text, term):
    assert term in flagged(text)


def test_a_word_that_opens_the_sentence_is_no_part_of_the_name():
    assert "Standing Order" in flagged("Under Standing Order 64, a matter may go to two committees.")
