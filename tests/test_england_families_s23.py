"""Professional words of England's public and professional writing that real text used and the
glossaries lacked (session 23, terms23e): NHS planning and discharge (decommissioning,
criteria-led discharge), care settings (institutional care), court and housing process (file
and serve, issue proceedings, fee remission, ground for possession, the Mental Capacity Act's
"material time", plural "deprivations of liberty") and wound and skin words of nursing text
(slough, blanching). The sentences that must be found are quoted from public pages (the corpus
tune half and the pools, and terms23e's tune set); "slough", "blanching", "remission" and
"decommissioning" have everyday or other senses and count only near their context."""

from __future__ import annotations

import pytest

from jargonfree import check


def rules(text: str) -> list[str]:
    return [f.rule for f in check(text).findings if f.kind in ("jargon", "abbreviation", "uncommon")]


@pytest.mark.parametrize(
    "text, rule",
    [
        # centraleast.icb.nhs.uk, procurement policy
        ("To do this safely, transparently, and effectively, the ICB must operate a clear, consistent, and legally "
         "compliant approach to procurement, contracting, decommissioning, and disinvestment.",
         "nhs-services/decommissioning"),
        # gov.uk, hospital discharge service action cards
        ("ensure clear clinical plans in medical notes to enable criteria-led discharge",
         "nhs-services/criteria-led-discharge"),
        # guidelinesinpractice.co.uk, RCN pressure ulcer guideline
        ("All patients admitted to institutional care should have an informal risk assessment within 6 hours of arrival.",
         "adult-social-care/institutional-care"),
        # willispalmer.com, special guardianship
        ("It makes clear that where proceedings have commenced, all parties, including the Guardian, should file and "
         "serve position statements in advance of the first Case Management Hearing.", "officialese/file-and-serve"),
        # freelegalweb.org, possession of a secure tenancy
        ("Quite often the landlord will serve a Notice Seeking Possession without taking action to issue proceedings as "
         "a warning.", "officialese/issue-proceedings"),
        # lawsociety.org.uk, financial deputyship applications
        ("If applying for a remission of the court fee, ensure that you include all the forms and up-to-date evidence "
         "that are needed in support of the claim.", "officialese/remission--court-fees"),
        # nhas.org.uk, homelessness after a section 21 notice
        ("Section 21 Housing Act 1988 allows a landlord to serve notice without having to prove a ground for possession.",
         "adult-social-care/ground-for-possession"),
        # communitycare.co.uk, mental capacity assessments
        ("A term that is often misunderstood, in the context of the Mental Capacity Act 2005, is ‘material time’, which "
         "is used at section 2(1) of the MCA", "mental-capacity/material-time"),
        # dorsetadults.trixonline.co.uk, DoLS
        ("The supervisory body has legal responsibility for authorising (or not) deprivations of liberty under the DoLS "
         "Framework.", "mental-capacity/deprivation-of-liberty"),
        # uomstudentnurseplacementenhancement.wordpress.com, pressure ulcer grading
        ("This depth can sometimes be covered by slough, which needs to be removed before proper grading can take place.",
         "clinical-words/slough"),
        ("Grade 1-  skin is intact but blanching, may be some heat/oedema as well", "clinical-words/blanching"),
        ("Use the glass test: a non-blanching rash on the skin needs urgent help.", "clinical-words/blanching"),
    ],
)
def test_found_in_real_text(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The old nuclear power station is being decommissioned.", "nhs-services/decommissioning"),
        ("I live in Slough and take the train to work at the hospital.", "clinical-words/slough"),
        ("Blanch the green beans in boiling water for two minutes.", "clinical-words/blanching"),
        ("She blanched when the doctor told her the news.", "clinical-words/blanching"),
        ("After six rounds of chemo the lymphoma is in remission.", "officialese/remission--court-fees"),
        ("You may get fee remission if you are on a low income.", "clinical-words/remission--illness"),
        # explained where it is used: the skin "blanch" (become white ...)
        ("This prevents the area of skin getting enough blood, causing the skin to “blanch” (become white due to lack of "
         "blood flow).", "clinical-words/blanching"),
        ("The council will deal with the issue at its next meeting.", "officialese/issue-proceedings"),
    ],
)
def test_other_senses_left_alone(text: str, rule: str) -> None:
    assert rule not in rules(text)
