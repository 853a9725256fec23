"""A sentence that opens with a term as a kind of thing and says what kind of thing it is ("A
Care Leaver is a young person aged between 16 and 25 who ...") or whom it is given to ("Referral
orders are given to most 10 to 17 year olds ...") explains the term; a verdict, a short claim,
an abbreviation or a sentence about one named thing does not."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        ("A deferred payment agreement is an agreement between the council and a person who owns a home.", "deferred payment agreement"),
        ("A Care Leaver is a young person aged between 16 and 25 who has been in care.", "Care Leaver"),
        ("Reablement is a short-term assessment and support service at home.", "Reablement"),
        ("Reablement is for people discharged from hospital who need some extra support.", "Reablement"),
        ("Referral orders are given to most 10 to 17 year olds pleading guilty for the first time.", "Referral orders"),
        ("A personal budget is an allocation of money worked out by the council.", "personal budget"),
        ("Self-neglect is an extreme lack of care for yourself.", "Self-neglect"),
        # "the" and what it is, by a past participle or "to": "the action taken by ...".
        ("A section 42 enquiry is the action taken by a local authority when it has a concern.", "section 42 enquiry"),
        ("The booking clinic is the initial appointment to discuss the pregnancy.", "booking clinic"),
        # "any" and a kind; a name's possessive before the term.
        ("Kinship care is any situation in which a child is raised by a friend or relative.", "Kinship care"),
        ("Barrett's oesophagus is a condition in which the lining of the gullet changes.", "oesophagus"),
    ],
)
def test_a_sentence_saying_what_kind_of_thing_a_term_is_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A verdict on it, or too few words to say what it is.
        ("A deferred payment agreement is a nightmare, honestly, every single month.", "deferred payment agreement"),
        ("Reablement is a good thing really, in my view.", "Reablement"),
        ("A care leaver is a friend.", "care leaver"),
        ("Kinship care is the best way to keep families together.", "Kinship care"),
        # How common or serious it is says nothing of what it is.
        ("Nausea is a common side effect of this medicine.", "Nausea"),
        # One named thing ("The", "Your"), not the kind.
        ("Your indicative budget is an amount far too small now, in my opinion.", "indicative budget"),
        # An abbreviation: what it is for does not spell out the letters.
        ("An EHCP is for children and young people aged up to 25 who need more support.", "EHCP"),
        # A numbered part of a law stays a reference to name.
        ("Section 2 is a section of the Mental Health Act 1983 law.", "Section 2"),
    ],
)
def test_a_verdict_a_short_claim_or_an_abbreviation_does_not_explain_it(text, term):
    assert term in flagged(text)
