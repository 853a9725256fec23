"""Families of terms from the law of Scotland, Northern Ireland and Wales (issue 11), and the
rules they needed: Act titles made of an abbreviation are not protected, and "has capacity"
in its legal sense."""

from __future__ import annotations

import pytest

from jargonfree import check


def rules(text: str) -> list[str]:
    return [f.rule for f in check(text).findings if f.kind in ("jargon", "abbreviation", "uncommon")]


@pytest.mark.parametrize(
    "text, rule",
    [
        # Adult Support and Protection (Scotland) Act 2007
        ("Under ASP, a council officer visited her at home.", "other-nations/council-officer"),
        ("The sheriff can grant protection orders to keep an adult at risk safe.", "other-nations/protection-order"),
        ("The sheriff granted a temporary banning order against her son, as the adult at risk was afraid.", "other-nations/banning-order"),
        # Adults with Incapacity (Scotland) Act 2000 (not the England guardianship entry)
        ("Her daughter now holds a welfare guardianship order from the sheriff.", "other-nations/guardianship-order"),
        # Children's hearings
        ("The Reporter will decide if a children's hearing is needed.", "other-nations/reporter--children-s-hearings"),
        ("Every relevant person may speak at the children's hearing.", "other-nations/relevant-person--children-s-hearings"),
        ("Police asked the sheriff for a child protection order.", "other-nations/child-protection-order"),
        # Health and social care integration in Scotland (Public Bodies (Joint Working) (Scotland) Act 2014)
        ("The integration joint board agreed the budget.", "other-nations/integration-joint-board"),
        ("Each integration authority publishes a plan.", "other-nations/integration-authority"),
        ("The services are listed in the integration scheme.", "other-nations/integration-scheme"),
        ("30 areas adopted the body corporate model (also known as the IJB).", "other-nations/body-corporate--joined-up-health-and-social-care-scotland"),
        ("Highland chose the lead agency model.", "other-nations/lead-agency-model"),
        # Self-directed support and powers of attorney in Scotland
        ("Support can be direct payments, individual budgets or mixed budgets.", "other-nations/mixed-budget--self-directed-support"),
        ("A welfare power of attorney starts when the granter loses capacity.", "other-nations/granter"),
        # Financial guardianship in Scotland (Office of the Public Guardian)
        ("Send the inventory of estate within three months.", "other-nations/inventory-of-estate"),
        ("The sheriff ordered the guardian to get a bond of caution.", "other-nations/bond-of-caution"),
        ("As her financial guardian you must keep up the caution each year.", "other-nations/caution--guardianship-scotland"),
        ("Tell the Public Guardian about any heritable property.", "other-nations/heritable-property"),
        # Scottish family courts, welfare fund and GIRFEC tools
        ("The child welfare hearing is on Tuesday.", "other-nations/child-welfare-hearing"),
        ("You may get a community care grant for a cooker.", "other-nations/community-care-grant"),
        ("We used the My World Triangle with the family.", "other-nations/my-world-triangle"),
        ("The GIRFEC resilience matrix showed her strengths.", "other-nations/resilience-matrix"),
        ("Staff follow the national practice model.", "other-nations/national-practice-model"),
        ("She marked her worries on the wellbeing wheel.", "other-nations/wellbeing-wheel"),
        # Northern Ireland family courts; Welsh regulation of care services
        ("The District Judge sat with two lay panel members.", "other-nations/lay-panel"),
        ("The responsible individual visits the care home each quarter.", "other-nations/responsible-individual"),
        ("The home is registered under RISCA.", "other-nations/risca"),
        # Scottish tenancies (Housing (Scotland) Act 2001; private residential tenancies from 2017)
        ("Most council tenants have a Scottish secure tenancy.", "other-nations/scottish-secure-tenancy"),
        ("You have a short Scottish secure tenancy for a year.", "other-nations/short-scottish-secure-tenancy"),
        ("Your landlord must give you a private residential tenancy.", "other-nations/private-residential-tenancy"),
        ("The lease carried on by tacit relocation.", "other-nations/tacit-relocation"),
        # Additional support for learning in Scotland
        ("We asked for a co-ordinated support plan for Sam.", "other-nations/co-ordinated-support-plan"),
        ("The school agreed Sam needs a CSP for his learning.", "other-nations/csp--co-ordinated-support-plan"),
        # Justice social work in Scotland
        ("The sheriff made a restriction of liberty order.", "other-nations/restriction-of-liberty-order"),
        ("He was offered diversion from prosecution.", "other-nations/diversion-from-prosecution"),
        ("The order has an offender supervision requirement.", "other-nations/offender-supervision-requirement"),
        ("The guardian must send a management plan to the Public Guardian.", "other-nations/management-plan--financial-guardianship-scotland"),
        # Welsh planning bodies (SSWBA 2014 s14; Well-being of Future Generations (Wales) Act 2015 Part 4)
        ("The population assessment shows more carers need help.", "other-nations/population-assessment"),
        ("The public services board published its plan.", "other-nations/public-services-board"),
        ("The PSB published its local well-being plan for Wales.", "other-nations/psb--public-services-board"),
        # Mental Capacity Act (Northern Ireland) 2016
        ("The HSC trust panel will look at the deprivation of liberty.", "other-nations/trust-panel"),
        # Wales
        ("Under the ALNET Act 2018 each child with ALN has a plan.", "other-nations/alnet-act"),
        # Legal wording across the UK
        ("She was assessed as having capacity, so she went home.", "mental-capacity/has-capacity"),
        ("The protection afforded by section 9 needs the safeguards.", "officialese/afforded"),
        ("Because of the nature and degree of his mental disorder he was detained.", "mental-health-law/nature-or-degree"),
    ],
)
def test_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        # The same words in everyday senses.
        ("Your complaint will be answered by a council officer within ten working days.", "other-nations/council-officer"),
        ("The club gave the fan a banning order after the match.", "other-nations/banning-order"),
        ("A reporter from the paper wrote about the fun run.", "other-nations/reporter--children-s-hearings"),
        ("The trust panel picked the best photo.", "other-nations/trust-panel"),
        ("The company is a body corporate with its own directors.", "other-nations/body-corporate--joined-up-health-and-social-care-scotland"),
        ("The school has a mixed budget for books and trips.", "other-nations/mixed-budget--self-directed-support"),
        ("Please treat this news with caution.", "other-nations/caution--guardianship-scotland"),
        ("The police gave him a caution for theft.", "other-nations/caution--guardianship-scotland"),
        ("The bridge design uses a resilience matrix from the engineers.", "other-nations/resilience-matrix"),
        ("A responsible individual does not drink and drive.", "other-nations/responsible-individual"),
        ("The PSB on the printer was replaced.", "other-nations/psb--public-services-board"),
        ("The CSP physiotherapist saw him about his knee.", "other-nations/csp--co-ordinated-support-plan"),
        ("The doctor agreed a management plan for her asthma.", "other-nations/management-plan--financial-guardianship-scotland"),
        ("Tell us the name of any relevant person at your bank.", "other-nations/relevant-person--children-s-hearings"),
        ("The new hall has capacity for 200 people.", "mental-capacity/has-capacity"),
        ("We have capacity to take on new referrals this month.", "mental-capacity/has-capacity"),
        ("We could not have afforded the rent without help.", "officialese/afforded"),
        ("The nature and degree of the damage to the roof is not known.", "mental-health-law/nature-or-degree"),
    ],
)
def test_not_flagged(text, rule):
    assert rule not in rules(text)


def test_an_act_named_by_an_abbreviation_is_not_protected_but_a_named_act_is():
    assert "other-nations/alnet-act" in rules("The ALNET Act 2018 changed the law in Wales.")
    assert rules("The Care Act 2014 and the Mental Health (Care and Treatment) (Scotland) Act 2003 apply.") == []


def test_has_capacity_to_decide_is_left_to_the_capacity_entry():
    # "has capacity to ..." is the older entry's (it needs a decision near it).
    assert rules("We checked whether she has capacity to decide about moving.") == ["mental-capacity/capacity"]


def test_a_residence_order_is_current_law_for_a_reader_in_northern_ireland():
    """Northern Ireland's Children Order still makes residence orders; in England and Wales
    they were replaced in 2014, and a reader there is told so."""
    text = "Gran applied for a residence order at the family court in Newry."
    ni = [f for f in check(text, jurisdiction="northern-ireland").findings if f.kind == "jargon"]
    ew = [f for f in check(text).findings if f.kind == "jargon"]
    assert [f.rule for f in ni] == ["other-nations/residence-order--northern-ireland"]
    assert "Since 2014" not in ni[0].explanation
    assert [f.rule for f in ew] == ["children-and-send/residence-order"]


def test_these_after_one_order_is_not_its_explanation():
    """"These are ..." after a single order speaks of something else (real Welsh safeguarding
    board text); after a plural term it can still explain it."""
    text = ("The council can apply for an Adult Protection and Support Order (APSO). "
            "These are completely new powers for local authorities.")
    assert "other-nations/adult-protection-and-support-order" in rules(text)
    explained = ("Ask us about direct payments from the council or about protection and support orders. "
                 "These are court orders that let a worker see an adult at risk alone.")
    assert "other-nations/adult-protection-and-support-order" not in rules(explained)
