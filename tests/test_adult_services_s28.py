"""Words of adult services in England and Wales that real pages use and the glossaries lacked (session
28, terms28a): mental health law (qualifying patient, emergency section, unescorted leave), deputies
and liberty ("security bond", "deprive the person of their liberty" with the person named between
the words), paying for care (equity limit, support broker, screened out of continuing healthcare,
"prescribed cases", "under occupancy") and adult safeguarding (caused enquiry, discriminatory and
material abuse, large scale and whole service enquiries, predatory marriage, the clutter image
rating), transferred prisoners, light touch financial assessments, intensive housing management and
Court of Protection visitors. The sentences that must be found are quoted from public pages
(terms28a's tune pool) or written in the same shape; words with an everyday sense count only near
their context."""

from __future__ import annotations

import pytest

from jargonfree import check


def rules(text: str) -> list[str]:
    return [f.rule for f in check(text).findings if f.kind in ("jargon", "abbreviation", "uncommon")]


@pytest.mark.parametrize(
    "text, rule",
    [
        # oneadvocacyderby.org, IMHA
        ("IMHAs help qualifying patients understand the legal provisions to which they are subject under the MHA.",
         "mental-health-law/qualifying-patient"),
        # mindinbexley.org.uk, who can have an IMHA
        ("Detained Patients, except those on emergency section, can ask for an IMHA.",
         "mental-health-law/emergency-section"),
        ("The ward agreed two hours of unescorted leave after the tribunal.", "mental-health-law/unescorted-leave"),
        ("The deputy has to renew the security bond each year and the Court of Protection checks it.",
         "mental-capacity/security-bond"),
        # a council's page on deprivation of liberty
        ("A care home must apply to the council to deprive such a person of their liberty.",
         "mental-capacity/deprivation-of-liberty"),
        ("The managing authority is the organisation that is depriving the person of their liberty.",
         "mental-capacity/deprivation-of-liberty"),
        ("The council will not lend beyond the equity limit of your home under a deferred payment agreement.",
         "adult-social-care/equity-limit"),
        # trafford.gov.uk, direct payment accounts
        ("Your Support Broker will discuss which option suits you best when your direct payment is being set up.",
         "adult-social-care/support-broker"),
        # carenavigators.co.uk, continuing healthcare
        ("If a person has been screened out from full consideration following use of the Checklist, they may ask "
         "the CCG to reconsider.", "adult-social-care/screened-out"),
        # uksupportedhousing.com, section 117A
        ("local authorities may be required to pay for some or all of the additional cost in prescribed cases.",
         "officialese/prescribed-form"),
        ("Tenants in exempt accommodation are not hit by the under occupancy rules for Housing Benefit.",
         "adult-social-care/under-occupancy-charge"),
        ("The council asked the hospital to lead a caused enquiry under the Care Act.", "safeguarding/caused-enquiry"),
        ("Being refused care because of your religion is discriminatory abuse.", "safeguarding/discriminatory-abuse"),
        ("The types of abuse include financial or material abuse and neglect.", "safeguarding/material-abuse"),
        ("A whole service concern was raised about the care home after several complaints.",
         "safeguarding/large-scale-enquiry"),
        ("Transferred prisoners can apply to the tribunal under the Mental Health Act.",
         "mental-health-law/transferred-prisoner"),
        ("Where your savings are clearly above the upper limit, a light-touch financial assessment may be used.",
         "adult-social-care/light-touch-financial-assessment"),
        ("Enhanced Housing Benefit can pay for intensive housing management in exempt accommodation.",
         "adult-social-care/intensive-housing-management"),
        ("Registrars are not trained to spot a predatory marriage.", "safeguarding/predatory-marriage"),
        ("Use the Clutter Image Rating Scale to describe each room.", "safeguarding/clutter-image-rating"),
        ("A Court of Protection visitor may call to see how the deputy is managing.",
         "mental-capacity/court-of-protection-visitor"),
        # hardingevans.com and sydneymitchell.co.uk: deputies named near "mental capacity", not the court
        ("A deputy is usually family, acting for someone who lacks mental capacity to deal with their own affairs.",
         "mental-capacity/deputy"),
    ],
)
def test_found(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("Every qualifying patient in the drug trial gets a letter from the research team.",
         "mental-health-law/qualifying-patient"),
        ("The emergency section of the hospital leaflet lists useful phone numbers.",
         "mental-health-law/emergency-section"),
        ("The landlord asked for a security bond before the tenancy began.", "mental-capacity/security-bond"),
        ("The fund has an equity limit of ten per cent in any one company.", "adult-social-care/equity-limit"),
        ("Spam emails are screened out by the filter.", "adult-social-care/screened-out"),
        ("The doctor prescribed a course of tablets in both cases.", "officialese/prescribed-form"),
        ("We think the large scale of the building is a problem.", "safeguarding/large-scale-enquiry"),
        ("Refusing to serve someone because of their race is against the law.", "safeguarding/discriminatory-abuse"),
        ("The transferred prisoner was met by his family at the new jail.", "mental-health-law/transferred-prisoner"),
        ("Hospital visiting: a general visitor may come between 2pm and 8pm.",
         "mental-capacity/court-of-protection-visitor"),
        ("The deputy head will talk about mental capacity at the staff meeting.", "mental-capacity/deputy"),
    ],
)
def test_not_found(text: str, rule: str) -> None:
    assert rule not in rules(text)
