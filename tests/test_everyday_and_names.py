"""Everyday words of care and parts of a body's name are not jargon (issue 11, from real
public text: the tune half of bench/quality's corpus); quoted words stay protected."""

from __future__ import annotations

import pytest
from conftest import rules


@pytest.mark.parametrize(
    "text",
    [
        "Health professionals will visit you at home.",
        "Speak to a healthcare professional if your symptoms get worse.",
        "Your case has been sent to the First-tier Mental Health Tribunal.",
        # The Title Case name of a court or tribunal is a name (names.names_a_court): on the
        # tune half and thirteen blind sets, 'Mental Health Tribunal' was annotated must-not-flag
        # 5 times (borderline once, never to flag) and 'Court of Protection' 4 times.
        "You can appeal to the Mental Health Tribunal.",
        "The case has gone to the Court of Protection.",
    ],
)
def test_not_flagged(text):
    assert rules(text) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        # a description in small letters, not the name of a court or tribunal
        ("You can appeal to a mental health tribunal.", "mental-health-law/mental-health-tribunal"),
        ("My dad's case has gone to the court of protection.", "mental-capacity/court-of-protection"),
        ("An allied health professional will see you.", "nhs-services/allied-health-professional"),
    ],
)
def test_still_flagged(text, rule):
    assert rule in rules(text)


def test_quoted_words_are_read_and_titles_are_not():
    """Quoted words are read by the same reader: a term in a parent's quoted words, or one the
    writer put in quotes, is flagged (and not rewritten: see test_rewrite); a term the text
    explains in quotes is not, nor a title in quotes. (Over 1,891 real passages, about two in
    three glossary terms that quotes kept silent were terms a lay reader needed explained.)"""
    assert rules("Carers who are family or friends are known as ‘kinship carers’.") == []
    assert rules("She said the plan was “to liaise with the team”.") == ["officialese/liaise"]
    assert "mental-capacity/supervisory-body" in rules("The care home asks the “supervisory body” to agree a deprivation of liberty.")
    assert rules("“Our son was referred to CAMHS last year.”") == ["health-abbreviations/camhs"]
    assert rules("Read “Talking to your nearest relative” on our site.") == []


def test_services_are_delivered():
    """GOV.UK's style guide, which the 'deliver' entry cites: services are delivered; abstract
    things (improvements, priorities) are not."""
    assert rules("The health board is responsible for delivering services in the area.") == []
    assert "officialese/deliver" in rules("We will deliver improvements to the service.")


def test_the_mmr_vaccine_is_known_but_other_vaccine_letters_are_not():
    """MMR is one of the abbreviations most of the public knows (known_abbreviations.txt); a rarer
    vaccine's letters written alone still need spelling out."""
    import jargonfree

    def words_flagged(text):
        return [f.text for f in jargonfree.check(text).findings if f.kind in {"jargon", "abbreviation", "uncommon"}]

    assert words_flagged("Has your child had both doses of the MMR vaccine yet?") == []
    assert words_flagged("Book the MMR jab at your surgery.") == []
    assert "BCG" in words_flagged("Your baby may be offered the BCG at eight weeks.")


def test_the_care_regulator_is_known_but_other_bodies_initials_are_not():
    """CQC names the regulator on every care home's rating (known_abbreviations.txt); a less known
    body's initials alone are still flagged."""
    import jargonfree

    def words_flagged(text):
        return [f.text for f in jargonfree.check(text).findings if f.kind in {"jargon", "abbreviation", "uncommon"}]

    assert words_flagged("The CQC rated the home as good in May.") == []
    assert "COSLA" in words_flagged("COSLA has agreed the new rates with the unions.")
