"""Forms and entries added after a blind set of real public pages (issue 11): each is flagged in
the way real pages write it, and left alone where the words mean something else. The
sentences are our own, written in the style of the pages, not copied from them."""

import pytest
from conftest import flagged

from jargonfree import check


@pytest.mark.parametrize(
    "text, term",
    [
        # The first blind set of real pages.
        ("Some people move to a nursing home to get NHS continuing care.", "NHS continuing care"),
        ("Your dad will be seen by a best interest assessor next week.", "best interest assessor"),
        ("If the home locks the door, it may be that it deprives them of their liberty.", "deprives them of their liberty"),
        ("Most people come to us from acute inpatient settings.", "acute inpatient settings"),
        ("Her chemotherapy goes in through a central line.", "central line"),
        ("The carer will administer his eye drops twice a day.", "administer"),
        ("Some tablets need administration by a nurse.", "administration"),
        ("Call us if your vaginal loss becomes heavy after the birth.", "vaginal loss"),
        ("Any action we take will be proportionate.", "proportionate"),
        ("We will respond proportionately to the concern.", "proportionately"),
        # ("postnatally" and "antenatally" were here: the words are everyday since session 27.)
        # The second blind set.
        ("The leaving care team supports Relevant and Former Relevant young people.", "Former Relevant young people"),
        ("He is waiting for ceiling track hoisting to be fitted.", "ceiling track hoisting"),
        ("She has a ceiling hoist over her bed.", "ceiling hoist"),
        ("The hospice supports children with life limiting illnesses.", "life limiting"),
        ("The nurse took a collateral history from his wife.", "collateral history"),
        # Session 8's blind set of England pages.
        ("We offer support in the least restrictive environment we can.", "least restrictive environment"),
        ("Ask the SEN co-ordinator at your child's school.", "SEN co-ordinator"),
        ("Our nurses check the health of all children looked after in the county.", "children looked after"),
        ("The team will help you re-able after a stay in hospital.", "re-able"),
        ("Staff work in a reabling way to help you do things again.", "reabling"),
        ("She was sent to a tertiary centre for her rare condition.", "tertiary centre"),
        ("Your GP can take over prescribing under a shared care agreement.", "shared care agreement"),
        ("He has a degenerative condition of the spine.", "degenerative"),
        ("He goes to day provision three days a week so his carers get a break.", "day provision"),
        # Session 8's blind set 2 of England pages.
        ("For example, Section 13 work is a key AMHP task.", "Section 13"),
        ("He is detained under a civil section.", "civil section"),
        ("A non-restricted patient can apply to the tribunal.", "non-restricted patient"),
        ("Life-sustaining treatment includes artificial nutrition and hydration.", "artificial nutrition and hydration"),
        ("The council must work with each of its relevant partners to help children.", "relevant partners"),
        # Condition names in Title Case are still the clinical words.
        ("We screen for Congenital Heart Disease and Undescended Testes.", "Congenital"),
        ("We screen for Congenital Heart Disease and Undescended Testes.", "Undescended Testes"),
        ("The check looks for developmental dysplasia of the hip.", "developmental dysplasia of the hip"),
        ("Colleagues across the health economy in Surrey worked on hospital discharge.", "health economy"),
    ],
)
def test_forms_and_entries_real_pages_use_are_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # The first blind set's words in other senses.
        "We are continuing care of the garden while you are away.",
        "The noise at night deprives them of their sleep.",
        "Take the Central line from the station to Oxford Circus.",
        "The school office will administer the trip money.",
        "The administration of the club is done by volunteers.",
        "Mums are seen at home by the health visitor after the birth.",
        # The second blind set's everyday neighbours.
        "The bank wants collateral before it will lend the money.",
        "Hoisting the flag on the ceiling of the hall was hard.",
        "Please send the former address if it is relevant.",
    ],
)
def test_the_same_words_in_other_senses_are_left_alone(text):
    assert flagged(text) == []


def test_emphatic_capitals_in_care_writing_are_not_the_nutrition_tool():
    # MUST (the Malnutrition Universal Screening Tool) needs its own words around it; a page
    # about care that writes "MUST" for emphasis does not stand in for them.
    assert "MUST" not in flagged("At 16 your social worker MUST complete your pathway plan with you.")
    assert "MUST" in flagged("Her MUST score went up to 2 after she lost weight.")


def test_a_team_named_in_plain_words_is_not_jargon():
    assert flagged("Ask the Children with Disabilities Team about short breaks.") == []
    assert "CWD team" in flagged("Ask the CWD team about short breaks.")


@pytest.mark.parametrize("text, term", [
    ("Sec.26 of the MHA says who the nearest relative is.", "Sec.26"),
    ("He was brought in on a sec.136 last night.", "sec.136"),
    ("He was brought in on a sect.136 last night.", "sect.136"),
])
def test_a_section_written_sec_dot_number_is_found(text, term):
    assert term in flagged(text)


def test_sec_dot_number_of_a_leaflet_is_left_alone():
    assert flagged("Read sec.3 of this leaflet before the meeting.") == []


def test_a_commissioned_provider_is_flagged_after_an_article():
    # "commission" (the verb) stands aside after "a" and "the" ("a commission"); the adjective
    # in "a commissioned care provider" is the care sense.
    assert "commissioned Care Provider" in flagged("The team includes a commissioned Care Provider.")
    assert flagged("The artist painted a commissioned portrait of the mayor.") == []


@pytest.mark.parametrize("text, term", [
    ("We held a best interest meeting with his family.", "best interest meeting"),
    ("The ward made a best interest decision about his care.", "best interest decision"),
    ("A best interest assessment was done last week.", "best interest assessment"),
])
def test_best_interest_written_in_the_singular(text, term):
    assert term in flagged(text)


def test_a_meeting_in_someones_best_interest_in_everyday_words_is_left_alone():
    assert flagged("It is in your best interest to come to the meeting early.") == []


def test_capitals_with_a_small_plural_s_are_an_abbreviation():
    # "SLIP" alone may be a word in capitals; "SLIPs" is the plural of an abbreviation.
    assert "SLIPs" in flagged("The SLIPs service runs falls clinics for older people.")
    assert flagged("Text CANCEL to stop the reminders.") == []
    assert flagged("Please put the SLIP in the box by the door.") == []


# -- blind set of session 8 (England pages): forms, senses and explanations --------------


@pytest.mark.parametrize(
    "text",
    [
        "She had her children looked after by her sister while she worked.",
        "The children have shared care between their separated parents.",
        "The council has put aside money in its budget for next year.",
        # A GP's yearly check of a long-term condition is not a child's special needs review.
        "From April, patients who need an annual review will be asked to come in their birthday month.",
        # "known as" after the noun it names explains the term.
        "GPs may work with a drug service to prescribe. This is an arrangement known as shared care.",
    ],
)
def test_the_same_words_in_everyday_senses_or_explained_are_left_alone(text):
    assert not {"children looked after", "shared care", "provision", "annual review"} & set(flagged(text))


# -- blind set 2 of session 8 (England pages) ---------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        # Section 13 of another Act is not the Mental Health Act's (a general legal reference instead).
        ("The AMHP decided under section 13 of the Care Act that he is eligible.", "mental-health-law/section-13"),
        ("Relevant partners in business grew their sales this year.", "safeguarding/relevant-partners"),
        ("The economy in Surrey grew as health spending rose.", "nhs-services/health-economy"),
    ],
)
def test_the_same_words_elsewhere_are_not_these_entries(text, term):
    assert term not in [f.rule for f in check(text).findings]
