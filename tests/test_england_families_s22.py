"""Term families of England's public and professional writing that real text used and the
glossaries lacked (session 22): commissioning and contracts (the NHS Provider Selection Regime,
alliance contracts, dynamic purchasing systems, plural call-offs), court procedure (a
position statement for the judge, a landlord's possession proceedings) and children's
safeguarding reviews (the serious incident notification); and, in a second round, the NHS's
Standing Financial Instructions, social work's "appreciative inquiry", and the money and court
words county court judgment, judgment debt and stay of proceedings (its "stayed" forms only
after "proceedings", "application", "claim" or "case", never "stayed" alone). The sentences that must be found
are quoted from public pages (terms22e's tune set and pools); "position statement",
"alliance agreement" and "serious incident notification" have everyday or other senses and
count only near their context."""

from __future__ import annotations

import pytest

from jargonfree import check


def rules(text: str) -> list[str]:
    return [f.rule for f in check(text).findings if f.kind in ("jargon", "abbreviation", "uncommon")]


@pytest.mark.parametrize(
    "text, rule",
    [
        # centraleast.icb.nhs.uk, procurement policy
        ("The policy ensures that all procurement and contracting activity complies with the Provider Selection Regime (2023) "
         "for clinical services and the Procurement Act (2023) for non-clinical goods and services.",
         "nhs-services/provider-selection-regime"),
        # hfma.org.uk, Better Care Fund blog (Sunderland)
        ("We have used the BCF to support integration across our place and underpin our alliance arrangements for "
         "out-of-hospital services.", "nhs-services/alliance-contract"),
        # capitalocalpublicservices.co.uk, Birmingham City Council case study
        ("Capita worked with Birmingham City Council to project manage the implementation and delivery of the "
         "‘dynamic purchasing system’ which improves the way the Council commissions and purchases care.",
         "adult-social-care/dynamic-purchasing-system"),
        ("Each home care package is one of the call-offs from the framework.", "adult-social-care/call-off-contract"),
        # willispalmer.com, on Family Justice Council guidance on special guardianship
        ("It makes clear that where proceedings have commenced, all parties, including the Guardian, should file and serve "
         "position statements in advance of the first Case Management Hearing.", "children-and-send/position-statement"),
        # reading.gov.uk, section 21 notices
        ("the Section 21 Notice to Quit will become invalid if your landlord does not start possession proceedings within "
         "six months of the date of the notice", "adult-social-care/possession-proceedings"),
        # childsafeguarding.independent-panel.uk, FAQs
        ("No, a rapid review cannot be undertaken without the prior submission of a Serious Incident Notification.",
         "safeguarding/serious-incident-notification"),
        # medwayscp.org.uk, Signs of Safety
        ("Working with families from a stance of appreciative inquiry and being professionally curious, applying a "
         "questioning approach.", "children-and-send/appreciative-inquiry"),
        # centraleast.icb.nhs.uk, procurement policy
        ("It also ensures alignment with the ICB’s Standing Orders, Standing Financial Instructions, Scheme of Reservation "
         "and Delegation, and wider governance framework.", "nhs-services/standing-financial-instructions"),
        # boyesturnerclaims.com, Court of Protection FAQs
        ("For example you cannot be Property and Affairs Deputy if you have recently been bankrupt, or have an IVA "
         "(Individual Voluntary Agreement) or have outstanding Judgment debts.", "officialese/judgment-debt"),
        # lawsociety.org.uk, financial deputyship applications
        ("In some cases the application is stayed because of a deficiency in the application or process.",
         "officialese/stay-of-proceedings"),
        ("She got a county court judgment for the unpaid bill.", "officialese/county-court-judgment"),
        # england.shelter.org.uk, rent arrears possession; letlink.co.uk, possession problems
        ("Tenants are protected from possession claims based on rent arrears included in a breathing space or mental "
         "health crisis moratorium.", "adult-social-care/possession-proceedings"),
        ("Tenants are protected from possession claims based on rent arrears included in a breathing space or mental "
         "health crisis moratorium.", "officialese/moratorium"),
        ("The second article will cover actual possession proceedings and court procedure in more detail.",
         "adult-social-care/possession-proceedings"),
        # gov.uk, Procurement Act 2023 guidance: direct award
        ("The function of the transparency notice is to inform stakeholders that a contracting authority intends to "
         "directly award a contract.", "adult-social-care/contracting-authority"),
    ],
)
def test_found_in_real_text(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The nursing union published a position statement on staffing levels.", "children-and-send/position-statement"),
        ("Our football club has a position statement on racism.", "children-and-send/position-statement"),
        ("Read our market position statement to find out what care the area will need.", "children-and-send/position-statement"),
        ("The two countries signed an alliance agreement after the war.", "nhs-services/alliance-contract"),
        ("The factory sent a serious incident notification to its insurers after the fire.",
         "safeguarding/serious-incident-notification"),
        ("She stayed with her sister while the case was heard.", "officialese/stay-of-proceedings"),
        # iccars.org: the name of a protocol is not the court case
        ("The rules about social landlords and court proceedings for rent arrears are in a document called "
         "‘Pre-action Protocol for Possession Claims by Social Landlords’.", "adult-social-care/possession-proceedings"),
        ("The contracting parties shook hands on the deal.", "adult-social-care/contracting-authority"),
        ("We stayed at the hospital until the application was finished.", "officialese/stay-of-proceedings"),
    ],
)
def test_other_senses_left_alone(text: str, rule: str) -> None:
    assert rule not in rules(text)
