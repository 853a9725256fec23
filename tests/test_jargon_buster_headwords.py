"""Words that practitioners' own jargon busters list and the glossary did not know (session 21,
helper busters21). 73 jargon busters and glossaries of councils, NHS bodies, safeguarding
partnerships, carers', housing and benefits charities in all four nations were read for their
headwords; most headwords the tool missed are words our reader knows (assessment, appeal,
carer) or names. The ones added are benefit words that several hosts use in running text
("child element", "alternative payment arrangement", "conditionality", "contribution-based
benefit", "childcare costs element"), "audiologist", "anaesthetist" (beside "obstetrician" and
"paediatrician"), the SEND "disagreement resolution" service, the Mental Health Act's "escorted
leave", "adverse childhood experiences" and "ACEs" (a safeguarding partnership's and the
children's reporter's busters list them) and "allied health professions" (the jobs, beside the
workers), plus two shapes busters write: "advance directive" (the older name of an advance
decision) and "advanced statement" (as "advanced decision" already was). The sentences are our
own; each rule is also shown to stay silent where the words mean something else."""

import pytest
from conftest import flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("Your Universal Credit includes a child element for each of your two girls.",
         "child element", "adult-social-care/child-element"),
        ("Check your award statement shows the childcare element.",
         "childcare element", "adult-social-care/childcare-costs-element"),
        ("The landlord asked the DWP for an alternative payment arrangement so the rent comes straight to us.",
         "alternative payment arrangement", "adult-social-care/alternative-payment-arrangement"),
        ("Alternative payment arrangements can split Universal Credit between a couple.",
         "Alternative payment arrangements", "adult-social-care/alternative-payment-arrangement"),
        ("Your work coach will explain the conditionality that comes with your claim.",
         "conditionality", "adult-social-care/conditionality"),
        ("Contributory benefits do not count your savings.",
         "Contributory benefits", "adult-social-care/contribution-based-benefit"),
        ("The audiologist will fit the new hearing aid.",
         "audiologist", "clinical-words/audiologist"),
        ("She wrote an advanced statement about the care she wants.",
         "advanced statement", "mental-capacity/advance-statement"),
        ("Our Allied Health Professions team includes physios and dietitians.",
         "Allied Health Professions", "nhs-services/allied-health-professions"),
        ("You will meet the anaesthetist before your caesarean.",
         "anaesthetist", "clinical-words/anaesthetist"),
        ("My son is allowed escorted leave to the shop with a nurse.",
         "escorted leave", "mental-health-law/escorted-leave"),
        ("The council must offer disagreement resolution about your child's EHC plan.",
         "disagreement resolution", "children-and-send/disagreement-resolution"),
        ("Adverse Childhood Experiences can last into adult life.",
         "Adverse Childhood Experiences", "safeguarding/adverse-childhood-experiences"),
        ("Children with four or more ACEs are more likely to smoke.",
         "ACEs", "safeguarding/aces"),
        ("He wrote an advance directive refusing a ventilator.",
         "advance directive", "mental-capacity/advance-decision"),
    ],
)
def test_the_buster_headword_is_found(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term, rule",
    [
        # A council's own payment plans, with no Universal Credit near.
        ("If you are struggling to pay your council tax, call us to agree alternative payment arrangements.",
         "alternative payment arrangements", "adult-social-care/alternative-payment-arrangement"),
        # Aid to other countries (the rare-word check may still mark the word, but not as a benefit rule).
        ("The report looks at the conditionality of aid given to poorer countries.",
         "conditionality", "adult-social-care/conditionality"),
        # A quarrel between neighbours, with no school or special needs near.
        ("The neighbours tried disagreement resolution before going to court over the fence.",
         "disagreement resolution", "children-and-send/disagreement-resolution"),
        # A story, not a benefit.
        ("The child element of the story made the film feel warm.",
         "child element", "adult-social-care/child-element"),
    ],
)
def test_the_rules_stay_silent_on_other_meanings(text, term, rule):
    assert flagged_rules(text).get(term) != rule
