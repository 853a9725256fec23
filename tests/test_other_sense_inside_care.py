"""Glossary terms whose everyday meaning lives inside care writing too (issue 11, precision).

A term with ``only_near`` counts without any of its own context words when the text is clearly
about care, unless one of its ``not_flagged`` examples is care writing (see glossaries/README.md,
"Context rules"). For the entries below, counting real pages showed the care-heavy text around
them is as likely to use the everyday meaning: a child protection *investigation*, a review
*presented* to a panel, a staff *induction*, a young person's *aspirations*, a *settled* home.
Each entry now has such an example, so it counts only beside its own words. Each case is
should-flag (the clinical meaning, beside its words) and should-not-flag (the everyday meaning in
care writing), written for these tests in the manner of the real ones.
"""

from __future__ import annotations

import pytest
from conftest import flagged, rules, word_findings


@pytest.mark.parametrize(
    "text, rule",
    [
        ("A child protection investigation must finish within 45 working days of the referral.",
         "clinical-words/investigation"),
        ("Council officers may carry out investigations as part of adult protection inquiries.",
         "clinical-words/investigation"),
        ("The foster carer review is presented to the fostering panel each year.",
         "clinical-words/present--come-for-care"),
        ("A staff member is present overnight in the supported living service.",
         "clinical-words/present--come-for-care"),
        ("The plan is proportionate to the presenting risk to the adult at risk.",
         "clinical-words/present--come-for-care"),
        ("Use the self-neglect prompt sheet before the safeguarding meeting.",
         "adult-social-care/prompting--reminding-someone-in-care"),
        ("Her EHC plan must set out her aspirations for adult life.", "clinical-words/aspiration"),
        ("Fran has been engaged in a long dispute with social work about her care package.",
         "nursing-maternity/engaged"),
        ("The grant helps care leavers to set up and keep a settled home.", "clinical-words/settled"),
        ("Support is for people leaving care who have had an unsettled way of life.",
         "clinical-words/unsettled"),
        ("The designated teacher for looked after children must have completed the induction period.",
         "nursing-maternity/induction-of-labour"),
        ("Commissioners carry out compliance visits to residential care homes.", "clinical-words/compliance"),
        ("The council ended its homelessness duty in adherence to its own procedure.",
         "clinical-words/adherence--taking-medicines"),
    ],
)
def test_the_everyday_meaning_in_care_writing_is_not_flagged(text, rule):
    assert rule not in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Your GP may arrange investigations and a scan for your pain.", "clinical-words/investigation"),
        ("Two pts presenting to A&E with chest pain were seen by the duty team.",
         "clinical-words/present--come-for-care"),
        ("Carers visit twice a day to prompt medication and help with meals.",
         "adult-social-care/prompt--remind-someone-in-care"),
        ("Thickened drinks lower his risk of aspiration when he swallows.", "clinical-words/aspiration"),
        ("At 37 weeks the midwife said the baby's head was engaged.", "nursing-maternity/engaged"),
        ("Pt settled on the ward after her evening meds.", "clinical-words/settled"),
        ("He was unsettled overnight and did not sleep on the ward.", "clinical-words/unsettled"),
        ("You may be offered an induction if your baby is late and your waters have broken.",
         "nursing-maternity/induction-of-labour"),
        ("Her compliance with her medication has been poor since discharge.", "clinical-words/compliance"),
        ("The pharmacist will check his adherence to his inhalers.",
         "clinical-words/adherence--taking-medicines"),
    ],
)
def test_the_care_meaning_beside_its_own_words_is_still_flagged(text, rule):
    assert rule in rules(text)


# -- 'best interests' of a child is the everyday phrase (the Children Act's welfare test), not the
# Mental Capacity Act's decision for an adult who cannot decide ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The court must decide what is in the child's best interests, even without the parents' consent.",
        "Social workers will always put the best interests of your child first, whatever the capacity of the service.",
        "Cafcass officers tell the court what is in the best interest of the children and whether each parent gives consent.",
    ],
)
def test_a_child_s_best_interests_are_not_flagged(text):
    assert "mental-capacity/best-interests" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "As he lacks capacity to decide, the team acted in his best interests.",
        "Her attorney must act in her best interests at all times.",
    ],
)
def test_best_interests_under_the_mental_capacity_act_are_still_flagged(text):
    assert "mental-capacity/best-interests" in rules(text)


# -- abbreviations whose care-writing sense is another one: the wrong explanation goes, and an
# abbreviation nobody spelt out is still reported as one -------------------------------------


@pytest.mark.parametrize(
    "text, rule, abbreviation",
    [
        ("My PA from the leaving care team helped me with my pathway plan.",
         "adult-social-care/pa--personal-assistant", "PA"),  # a personal adviser, not an assistant
    ],
)
def test_an_abbreviation_in_another_sense_is_unexplained_not_misexplained(text, rule, abbreviation):
    found = rules(text)
    assert rule not in found
    assert "abbreviation/unexplained" in found and abbreviation in flagged(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Her UC flared up again and she was diagnosed with a colitis flare.", "health-abbreviations/uc--ulcerative-colitis"),
        ("Carers who claim UC may get the carer element if they care for a disabled person.", "adult-social-care/uc--universal-credit"),
        ("He uses his direct payment to employ a PA three mornings a week.", "adult-social-care/pa--personal-assistant"),
        ("He needs IV antibiotics for a few more days.", "health-abbreviations/iv"),
    ],
)
def test_the_abbreviation_in_its_own_sense_is_still_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Part IV of the Mental Health Act covers consent to treatment on the ward.",
        "The consultant said Class IV heart failure means symptoms even at rest.",
    ],
)
def test_a_roman_four_after_part_or_class_is_not_intravenous(text):
    start = text.index(" IV ") + 1
    assert not any(f.rule == "health-abbreviations/iv" and f.start == start for f in word_findings(text))


def test_an_eligible_child_for_a_benefit_is_not_a_care_leaver():
    text = "The council pays the Scottish Child Payment for each eligible child every four weeks to support the family."
    assert "children-and-send/eligible-child--leaving-care" not in rules(text)


def test_an_eligible_child_leaving_care_is_still_flagged():
    text = "As an eligible child in foster care, you will have a pathway plan from 16."
    assert "children-and-send/eligible-child--leaving-care" in rules(text)
