"""Words read in the wrong sense in rewrites of real text (session 20), each with the sense
that must stand and the one that must not: a Welsh "Council Fund" found in "council funded
care", a text's own "Section 9, The Role of ..." read as the Care Act's, "ASC" in Northern
Irish safeguarding text (an Adult Safeguarding Champion) spelt out as adult social care, a
memory clinic's "pre-assessment" explained as the check before an operation, "IMs" (independent
midwives) spelt out as intramuscular, and "mental disorder", the law's own term, replaced by
"mental illness"."""

import pytest

import jargonfree


def _rules(text, jurisdiction="england-wales"):
    return {f.rule for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.kind == "jargon"}


def test_council_funded_care_is_not_the_welsh_council_fund():
    assert "other-nations/council-fund" not in _rules("From what I have read she would be eligible for council funded care.")
    assert "other-nations/council-fund" in _rules("The overspend in Wales will be paid for from the Council Fund this year.")


@pytest.mark.parametrize(
    "text",
    [
        "Section 9, The Role of the Looked After Review in Achieving Permanence for the Child was amended in January 2019.",
        "For the care needs assessment, see Section 9 of this guide.",
    ],
)
def test_a_texts_own_section_9_is_not_the_care_acts(text):
    assert "adult-social-care/section-9" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "We must assess anyone who appears to need care and support. This is covered in Section 9 of the Care Act 2014.",
        "Under section 9, The Care Act says the council must assess needs.",
    ],
)
def test_the_care_acts_section_9_still_counts(text):
    assert "adult-social-care/section-9" in _rules(text)


def test_asc_in_northern_irish_safeguarding_text_is_the_champion():
    text = "Report any worry about an adult at risk to the club's ASC in line with our safeguarding policy."
    assert jargonfree.rewrite(text, jurisdiction="northern-ireland").text == (
        "Report any worry about an adult at risk to the club's Adult Safeguarding Champion (ASC) in line with our safeguarding policy."
    )
    assert "adult social care (ASC)" not in jargonfree.rewrite(text).text


def test_asc_about_council_budgets_is_still_adult_social_care():
    text = "The council has put more money into the ASC budget."
    assert jargonfree.rewrite(text).text == "The council has put more money into the adult social care (ASC) budget."


def test_a_memory_clinic_pre_assessment_is_not_the_check_before_an_operation():
    text = "Before your first memory clinic visit, a nurse will phone you for a short pre-assessment."
    assert not {"clinical-words/pre-assessment", "clinical-words/pre-operative-assessment"} & _rules(text)
    assert "operation" not in jargonfree.rewrite(text).text


def test_a_pre_assessment_before_an_operation_is_explained():
    text = "A nurse will phone you for a pre-assessment a week before your operation."
    assert "clinical-words/pre-assessment" in _rules(text)
    assert "pre-assessment (a check before your operation or procedure)" in jargonfree.rewrite(text).text


def test_ims_in_a_maternity_text_are_independent_midwives():
    text = "IMs focus on holistic health, with long appointments in the client’s home. They work alongside NHS midwives."
    rewritten = jargonfree.rewrite(text).text
    assert rewritten.startswith("Independent midwives (IMs) focus")
    assert "ntramuscular" not in rewritten
    assert "health-abbreviations/im--independent-midwife" in _rules(text)


def test_an_im_injection_is_still_intramuscular():
    text = "She has her B12 as an IM injection every three months."
    assert jargonfree.rewrite(text).text == "She has her B12 as an intramuscular (IM) injection every three months."
    assert _rules(text) == {"health-abbreviations/im--intramuscular"}


@pytest.mark.parametrize(
    "text",
    [
        "The Act defines mental disorder as any disorder or disability of the mind.",
        "He has a mental disorder that needs treatment in hospital.",
        "The Order protects all persons with a mental disorder.",
    ],
)
def test_mental_disorder_the_laws_term_is_kept_and_explained(text):
    rewritten = jargonfree.rewrite(text).text
    assert "mental disorder (any illness or condition of the mind)" in rewritten
    assert "mental illness" not in rewritten


def test_wales_commissioners_are_not_commissioning_staff():
    text = "Offering some more scrutiny of the Welsh Government are Wales’ Commissioners, approved by the Senedd."
    assert "adult-social-care/commissioner" not in _rules(text)
    assert "adult-social-care/commissioner" in _rules("The commissioner has agreed to fund an extra hour of care.")


@pytest.mark.parametrize("text", ["Send me an IM when the baby is asleep.", "DM or IM me if you want the baby clothes."])
def test_an_instant_message_near_a_baby_is_not_a_midwife(text):
    assert jargonfree.rewrite(text).text == text
    assert "health-abbreviations/im--independent-midwife" not in _rules(text)
