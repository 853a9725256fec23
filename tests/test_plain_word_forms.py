"""Forms of glossary terms made only of words a reader knows say what they are (issue 11,
precision): 'the voluntary sector' is voluntary groups and charities, 'a specialist nurse' is a
nurse who specialises. The term whose name hides its meaning stays ('the third sector', 'a clinical
nurse specialist'). Should-flag and should-not-flag cases, written for these tests in the manner of
the real pages they were seen on."""

from __future__ import annotations

import pytest
from conftest import flagged, rules


@pytest.mark.parametrize(
    "text",
    [
        "The network includes advisers from councils, the voluntary sector and trade unions.",
        "It is good to hear a community and voluntary sector view at this inquiry.",
        "We fund voluntary and community sector groups that support carers.",
    ],
)
def test_the_voluntary_sector_is_not_flagged(text):
    assert "adult-social-care/third-sector" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council works with the third sector to support carers.",
        "Third-sector providers run most of the day services.",
    ],
)
def test_the_third_sector_is_still_flagged(text):
    assert "adult-social-care/third-sector" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may see a specialist nurse, a dietitian or a physiotherapist.",
        "Our Dementia Specialist Nurse visits the ward every day.",
        "The memory clinic has psychologists and nurse specialists.",
    ],
)
def test_a_specialist_nurse_is_not_flagged(text):
    assert "nhs-services/clinical-nurse-specialist" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your clinical nurse specialist will be your main contact during treatment.",
        "Ask one of the clinical nurse specialists on the cancer ward.",
    ],
)
def test_a_clinical_nurse_specialist_is_still_flagged(text):
    assert "nhs-services/clinical-nurse-specialist" in rules(text)


# -- 'care package': an everyday word of care that carers and patients use in their own posts -----


@pytest.mark.parametrize(
    "text",
    [
        "Was your mum getting some sort of care package before she went into hospital?",
        "The council cut her care package from four visits a day to two.",
        "Waiting lists for home care packages are growing across the trust.",
    ],
)
def test_a_care_package_is_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Older people wait in hospital for appropriate packages of care.", "adult-social-care/package-of-care"),
        ("Her care package was cut after a reablement review.", "adult-social-care/reablement"),
    ],
)
def test_the_terms_around_a_care_package_are_still_flagged(text, rule):
    assert rule in rules(text)


# -- 'no further action' says what it is; its abbreviation NFA does not -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The police took no further action, but the children stayed on a plan.",
        "MASH closed the referral saying no further action was needed.",
    ],
)
def test_no_further_action_is_not_flagged(text):
    assert "no further action" not in " ".join(flagged(text)).lower()


def test_nfa_is_still_flagged_and_spelt_out():
    assert "safeguarding/nfa" in rules("The strategy meeting decided on NFA.")


# -- 'elderly' and 'service users': words readers know, not words they stumble on ----------------


@pytest.mark.parametrize(
    "text",
    [
        "My mother is elderly, has dementia and lives in a care home.",
        "They care for a relative who is ill, disabled or elderly and frail.",
        "We asked service users what they thought of the new menu.",
        "Each service user has a named support worker.",
    ],
)
def test_elderly_and_service_users_are_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, rule",
    [
        ("We run a lunch club for the elderly every Friday.", "respectful-language/the-elderly"),
        ("She has worked in elderly care for ten years.", "respectful-language/elderly-care"),
        ("Staff said he was a bed blocker.", "respectful-language/bed-blocker"),
    ],
)
def test_respectful_wording_around_them_is_still_flagged(text, rule):
    assert rule in rules(text)


# -- a council's frontline 'contact centre' answers calls ----------------------------------------


def test_a_councils_frontline_contact_centre_is_not_a_child_contact_centre():
    assert "children-and-send/contact-centre" not in rules(
        "The team is based at the council's frontline contact centre, which helps parents and children find services."
    )
    assert "children-and-send/contact-centre" in rules("I only see my son for two hours a week at a contact centre.")



# -- 'early years' and 'Disabled Facilities Grant' say what they are -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You'll be offered two reviews; one by early years education if they go to a nursery.",
        "The Early Years SEN Inclusion Fund supports 2, 3 and 4 year olds in nursery settings.",
        "You may be eligible for a Disabled Facilities Grant to pay for a level access shower.",
        "We may be able to pay for the ramp with a disabled facilities grant.",
    ],
)
def test_early_years_and_a_disabled_facilities_grant_are_not_flagged(text):
    assert not {"early years", "Early Years", "Disabled Facilities Grant", "disabled facilities grant"} & set(flagged(text))


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The EYFS sets the standards for nurseries.", "children-and-send/eyfs"),
        ("Ask the council for a DFG to pay for the stairlift.", "adult-social-care/dfg"),
    ],
)
def test_the_terms_around_them_are_still_flagged(text, rule):
    assert rule in rules(text)


# -- an 'annual review' of a child's plan is a yearly review, as it says ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My son had his EHCP annual review last week and we have heard nothing since.",
        "Children with EHC plans will need an annual review meeting this term.",
    ],
)
def test_an_annual_review_is_not_flagged(text):
    assert "annual review" not in " ".join(flagged(text)).lower()


def test_the_plan_it_reviews_is_still_flagged():
    assert "children-and-send/ehcp" in rules("My son had his EHCP annual review last week.")
