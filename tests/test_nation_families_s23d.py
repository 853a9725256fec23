"""Service words of Scottish and Welsh public bodies that real text used and the glossaries lacked
(session 23, terms23d): Scotland's Single Outcome Agreements and alcohol brief interventions, the
"Integrated Joint Board" spelling of the integration joint board, "unscheduled (adult) hospital care",
the third sector written with another ("third and voluntary sector", "third and independent
sectors"), "partner bodies" beside partner agencies, Scotland's duty of Best Value and the NHS's HEAT targets (capitalised only), and the officialese "finite" and "conduit".
The sentences that must be found are quoted from public pages (terms23d's tune set); "finite" and
"conduit" have everyday senses, and the plain words for each term must not be found."""

from __future__ import annotations

import pytest

from jargonfree import check


def senses(text: str, **settings: str) -> list[str]:
    return [f.rule for f in check(text, **settings).findings if f.kind in ("jargon", "abbreviation", "uncommon")]


def rules(text: str) -> list[str]:
    """The entries found, whichever sense ("other-nations/best-value--the-english-duty" counts as "other-nations/best-value")."""
    return [rule.split("--")[0] for rule in senses(text)]


@pytest.mark.parametrize(
    "text, rule",
    [
        # gov.scot, evaluation of the Third Sector Interface network model
        ("The aim was to create strong representation of the sector to better align it with the Community Planning "
         "Partnerships and the Single Outcome Agreements.", "other-nations/single-outcome-agreement"),
        ("Building the relationship with community planning (acting as the conduit and connecting the Third Sector "
         "with the implementation of the Single Outcome Agreements).", "officialese/conduit"),
        # www2.gov.scot, alcohol treatment and services
        ("Alcohol brief interventions contribute to the Scottish Government's overall objective of reducing "
         "alcohol-related harm.", "other-nations/alcohol-brief-intervention"),
        # alzscot.org
        ("In some areas we are also funded by the local Integrated Joint Board to provide Link Workers.",
         "other-nations/integration-joint-board"),
        # icas.com; goodpractice.hscscotland.scot
        ("As a minimum, IAs are responsible for the planning of social care and unscheduled hospital care for adults.",
         "other-nations/unscheduled-care"),
        ("All HSCPs are responsible for adult social care, adult primary health care and unscheduled adult hospital care.",
         "other-nations/unscheduled-care"),
        # wwcp-data.org.uk (West Wales); Welsh Government code of practice on measuring social services performance
        ("It is a partnership between the health board, the three Local Authorities and Third and Voluntary sector "
         "organisations.", "adult-social-care/third-sector"),
        ("There will be implications for local health boards, the third and independent sectors and for carers.",
         "adult-social-care/third-sector"),
        ("We will share the plan with partner bodies.", "safeguarding/partner-agencies"),
        # audit.scot; wdhscp.org.uk (West Dunbartonshire HSCP)
        ("In all our recent Best Value reports on individual councils we've been clear about the serious financial situation.",
         "other-nations/best-value"),
        ("Our Strategic Plan has a clear commitment to the delivery of effective clinical and care governance and Best Value.",
         "other-nations/best-value"),
        # isdscotland.org; gov.scot NHSScotland Local Delivery Plan guidance 2013/14
        ("The HEAT target was approved by the Scottish Government in November 2010 for inclusion in HEAT from April 2011.",
         "other-nations/heat-target"),
        ("For 2013/14 there is one new HEAT standard on drug and alcohol misuse treatment waiting times.",
         "other-nations/heat-target"),
        # East Dunbartonshire HSCP, eligibility criteria for social care support
        ("Eligibility criteria are also used as a means of managing overall demand for formal services within the "
         "finite resources available.", "officialese/finite"),
    ],
)
def test_found_in_real_text(text: str, rule: str) -> None:
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("We compare prices to get the best value for money.", "other-nations/best-value"),
        ("Best Value for money: three care home rooms compared.", "other-nations/best-value"),
        ("The heating engineer set the heat target to 21 degrees.", "other-nations/heat-target"),
        ("Heat targets for the boiler are set in the app.", "other-nations/heat-target"),
        ("The electrician ran the cable through a plastic conduit.", "officialese/conduit"),
        ("A finite verb has a subject and a tense.", "officialese/finite"),
        ("The two doctors will confer and then tell you their decision.", "officialese/confer"),
        ("The police say he was at the pub at the material time.", "mental-capacity/material-time"),
        ("Wexham Park Hospital in Slough runs a wound clinic on Mondays.", "clinical-words/slough"),
        ("Best Value Energy Deals for pensioners are listed below.", "other-nations/best-value"),
        ("The electrical conduit runs under the floor.", "officialese/conduit"),
        ("Our work supports the council's plan for the area.", "other-nations/single-outcome-agreement"),
        ("The board of council and NHS leaders agreed the budget.", "other-nations/integration-joint-board"),
        ("Her hospital appointment was rescheduled for Friday.", "other-nations/unscheduled-care"),
        ("We work with local charities and community groups.", "adult-social-care/third-sector"),
        ("We will share the plan with the police and the NHS.", "safeguarding/partner-agencies"),
    ],
)
def test_plain_and_everyday_senses_left_alone(text: str, rule: str) -> None:
    assert rule not in rules(text)


def test_best_value_in_england_is_the_english_duty() -> None:
    # review23 item 23: England has a best value duty too (Local Government Act 1999, s.3)
    text = "The Secretary of State ordered a Best Value inspection of Birmingham City Council."
    assert senses(text) == ["other-nations/best-value--the-english-duty"]


def test_best_value_near_scottish_words_is_the_scottish_duty() -> None:
    text = "The Accounts Commission published its Best Value report on the council."
    assert senses(text) == ["other-nations/best-value--the-scottish-duty"]


def test_alcohol_brief_intervention_sense_follows_the_nation_setting() -> None:
    # review23 item 28: England uses the words too (NICE PH24)
    text = "Our nurses give alcohol brief interventions in GP surgeries across Kent."
    assert senses(text) == ["other-nations/alcohol-brief-intervention--in-england"]
    assert senses(text, jurisdiction="scotland") == ["other-nations/alcohol-brief-intervention--in-scotland"]


def test_remediation_is_explained_not_rewritten() -> None:
    # review23 item 24: "a remediation plan with the Ombudsman" is no "repair plan"
    from jargonfree import rewrite

    text = "The council agreed a remediation plan with the Ombudsman after the complaint."
    assert "officialese/remediation" in rules(text)
    assert rewrite(text).text == text


def test_best_value_for_a_reader_in_scotland_is_the_scottish_duty() -> None:
    text = "Our Strategic Plan has a clear commitment to the delivery of effective clinical and care governance and Best Value."
    assert "other-nations/best-value--the-scottish-duty" in senses(text, jurisdiction="scotland")
