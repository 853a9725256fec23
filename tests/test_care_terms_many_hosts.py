"""Care terms that many services use and the glossary did not know (session 19, helper
minea). Each was chosen because real pages from several hosts use it without explaining it:
the checks of the deprivation of liberty safeguards ("mental health assessor", "no refusals
assessment"), the planned pre-authorisation review, Scotland's adult protection case
conference, a school's off-site direction, "edge of care" services, a leaving-care "qualifying
child", a "continuing (financial) power of attorney" a court's "health and welfare deputy", a "barring certificate" and a "Cafcass guardian". Three came from the tune half's misses: the Mental Health Act's old words "psychopathic disorder" and "arrested or incomplete development of mind", and Scotland's court "assessment order" for an accused person (a second sense beside the adult support and protection order).
The sentences are our own, written in the style of those pages; each rule is also shown to
stay silent where the words mean something else."""

import pytest
from conftest import flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("A mental health assessor and a best interests assessor will visit for the DoLS checks.",
         "mental health assessor", "mental-capacity/mental-health-assessor--deprivation-of-liberty"),
        ("The supervisory body sends a mental health assessor to the care home.",
         "mental health assessor", "mental-capacity/mental-health-assessor--deprivation-of-liberty"),
        ("The best interests assessor also did the no refusals assessment.",
         "no refusals assessment", "mental-capacity/no-refusals-assessment"),
        ("In some cases the AMCP carries out the pre-authorisation review.",
         "pre-authorisation review", "mental-capacity/pre-authorisation-review"),
        ("An adult protection case conference will be held within 15 days.",
         "adult protection case conference", "other-nations/adult-protection-case-conference"),
        ("The social worker may invite you to an Adult Protection Conference.",
         "Adult Protection Conference", "other-nations/adult-protection-case-conference"),
        ("The school can use off-site direction before thinking about exclusion.",
         "off-site direction", "children-and-send/off-site-direction"),
        ("Families on the edge of care can get help from our intensive support team.",
         "edge of care", "children-and-send/edge-of-care"),
        ("As a qualifying child who left care at 17, you can ask the leaving care team for advice.",
         "qualifying child", "children-and-send/qualifying-young-person--leaving-care"),
        ("She signed a continuing (financial) power of attorney with her solicitor.",
         "continuing (financial) power of attorney", "other-nations/continuing-power-of-attorney"),
        ("He applied to be her health and welfare deputy.",
         "deputy", "mental-capacity/deputy"),
        ("The doctor can stop you by issuing a barring certificate under the Mental Health Act.",
         "barring certificate", "mental-health-law/barring-order"),
        ("The Cafcass guardian will see the children before the hearing.",
         "Cafcass guardian", "children-and-send/children-s-guardian"),
        ("Our Adult Safeguarding Champion will pass your concern to the Trust.",
         "Adult Safeguarding Champion", "other-nations/adult-safeguarding-champion"),
        ("The social worker wrote a danger statement and a safety goal with the family.",
         "danger statement", "safeguarding/danger-statement"),
        ("For each worry there should be a safety goal, says our Signs of Safety guide.",
         "safety goal", "safeguarding/safety-goal"),
        ("The judge directed a section 37 report from the local authority.",
         "section 37 report", "children-and-send/section-37-report"),
        ("The old Act named psychopathic disorder as one form of mental disorder.",
         "psychopathic disorder", "mental-health-law/psychopathic-disorder"),
        ("Mental handicap means a state of arrested or incomplete development of mind.",
         "arrested or incomplete development of mind", "mental-health-law/arrested-or-incomplete-development-of-mind"),
        ("The court can extend an assessment order while he is in the State Hospital.",
         "assessment order", "other-nations/assessment-order--mental-health-court-order"),
        ("The sheriff granted an assessment order so the council officer could see the adult at risk alone.",
         "assessment order", "other-nations/assessment-order--adult-support-and-protection"),
    ],
)
def test_the_term_is_found_where_its_subject_is_plain(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        # A worker in a crisis team, with no deprivation-of-liberty words near.
        ("The mental health assessor from the crisis team will phone you today.", "mental health assessor"),
        # A sales pitch.
        ("We bring you the cutting edge of care for older people.", "edge of care"),
        # Tax credits and child benefit talk of a qualifying child too.
        ("You can claim child benefit for each qualifying child.", "qualifying child"),
        # A deputy head teacher.
        ("The health and welfare lead is the deputy head.", "deputy"),
        # Health and safety at work.
        ("Our safety goal for the factory is no accidents this year.", "safety goal"),
        # A champion of something else.
        ("The charity named her its champion for adult learners.", "champion"),
        # The police, not the mind.
        ("He was arrested for the second time in a week.", "arrested"),
        # A form with no court or hospital near.
        ("Fill in the assessment order form to book your driving test.", "assessment order"),
        # A pub ban.
        ("The pub gave him a barring notice after the fight.", "barring notice"),
    ],
)
def test_the_rules_stay_silent_on_other_meanings(text, term):
    assert term not in flagged_rules(text)
