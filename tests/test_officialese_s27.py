"""Officialese entries narrowed or added in session 27 (helper officialese27), each with a case
where the word still counts and one where its sense in that context is not officialese."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # A plain change of details is still officialese...
        ("Text reminders allow patients to cancel or amend appointments by sending a text.", "amend"),
        ("An amendment to your care plan has been made.", "amendment"),
        # ...keeping records is still "keep"...
        ("We will retain your information for six years.", "retain"),
        ("Thank you for your participation in the survey.", "participation"),
        ("The transformation programme will change how clinics are booked.", "transformation"),
        ("Tell us about any dietary requirements.", "requirements"),
        # New entries, from a pool of council, NHS and charity writing.
        ("Notifying the clerk does not absolve the trustees from their responsibilities.", "absolve"),
        ("While service users are awaiting the outcome of a financial assessment, charges still apply.", "awaiting"),
        ("The Trust will await your registration with the NMC.", "await"),
        ("The review is led by the area where the child is normally resident.", "normally resident"),
    ],
)
def test_officialese_still_counts(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The legal step of an EHC plan's annual review and the document it makes.
        ("The request went to panel and the final amended EHC Plan was issued on 28/02/2024.", "amended"),
        ("Should the EHCP be continued without amendment, ceased or amended?", "amendment"),
        # The Mental Capacity Act's own test.
        ("Having mental capacity means being able to understand and retain information in order to make a decision.", "retain"),
        # A job title and the name of a fund.
        ("This month I settled into my new role as the Participation Officer.", "Participation"),
        ("The DfE launched the family hubs transformation fund in November 2021.", "transformation"),
        # The words after "requirement" say what is required.
        ("Under the Care Act the Board has a requirement to publish an Annual Report.", "requirement"),
        # An everyday word, no longer in the glossary.
        ("Local eligibility criteria help councils to prioritise support.", "prioritise"),
        # A set phrase of news writing.
        ("The long-awaited report came out today.", "awaited"),
    ],
)
def test_not_officialese_in_this_sense(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Terms-and-conditions words found missing in a second pool (parking permits, letters).
        ("The permit must be affixed to the front windscreen of the vehicle.", "affixed"),
        ("Note: Failure to complete the form in full will nullify your application.", "nullify"),
        ("The applicant's usual place of abode and primary residence must be at the address given.", "residence"),
        # ("administers" the public funds was here: a bare "administer" is left alone, as
        # test_officialese_collocations.py and test_real_text_variants.py decided in earlier sessions.)
    ],
)
def test_new_terms_and_conditions_words(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("He lacked capacity to make decisions for himself as to residence and contact.", "residence"),
        ("She applied for a residence permit.", "residence"),
        ("In the word 'unkind', the prefix un- is an affix.", "affix"),
    ],
)
def test_new_words_not_in_other_senses(text, term):
    assert term not in flagged(text)
