"""Welsh, Scottish and Northern Irish words from a fresh set of real pages (session 27).

Terms the glossary lacked (family practitioner services, welfare mitigations, Discretionary
Support, a freeing order, SIGN, APC, Wales's principal areas), and context rules that were too loose on real text: NHS 111's
"option 2" in Wales is not a self-directed support option, the lay Panel Members of a Scottish
children's hearing are not Northern Ireland's lay panel, a "National Convener" is a post's title,
"Health and Personal Social Services" in a law's or a body's name is part of the name, and the
"Adult Protection Gateway team" is a team's name.
Each rule has cases that must stay flagged.
"""

from __future__ import annotations

import pytest

from conftest import flagged_rules, jargon_at


def rule_at(text: str, term: str) -> str | None:
    """The glossary entry that flags ``term`` in ``text``, or None if nothing flags it."""
    return flagged_rules(text).get(term)


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        (
            "Health and Social Care, which includes policy and legislation for hospitals, family practitioner services, and community health",
            "family practitioner services",
            "other-nations/family-practitioner-services",
        ),
        (
            "We welcome the agreement to review and extend Welfare Mitigations beyond March 2020.",
            "Welfare Mitigations",
            "other-nations/welfare-mitigation",
        ),
        (
            "If you are in a crisis you can apply for Discretionary Support, as a loan or a grant.",
            "Discretionary Support",
            "other-nations/discretionary-support",
        ),
        ("The Trust made an application for a freeing order under the Adoption Order.", "freeing order", "other-nations/freeing-order"),
        ("The therapies follow the evidence base set out in SIGN and NICE guidelines.", "SIGN", "other-nations/sign"),
        ("For her self-directed support she chose Option 2 and the council holds the money.", "Option 2", "other-nations/option-2--self-directed-support"),
        ("The case will be heard by the District Judge and two lay panel members.", "lay panel members", "other-nations/lay-panel"),
        ("The council must appoint a convener and the convener must not be a member of the council.", "convener", "other-nations/convener"),
        ("You are assessed by a Social Worker or Care Manager as needing personal social services", "personal social services", "other-nations/personal-social-services"),
        ("Ring the Gateway team at the trust to make a referral about a child.", "Gateway team", "other-nations/gateway-service"),
        ("Wales is divided into 22 single-tier principal areas for local government purposes.", "single-tier principal areas", "other-nations/principal-area"),
        ("Under the Carers (Scotland) Act each council publishes a short breaks statement.", "short breaks statement", "other-nations/short-breaks-statement"),
        # An American spelling of the word that makes a trust panel's sense clear.
        (
            "There are two types of authorization used to deprive a person of their liberty: Short Term Detention and Trust Panel Authorization.",
            "Trust Panel",
            "other-nations/trust-panel",
        ),
        ("Very few APCs have had a member from the health board since the Adult Support and Protection Act began.", "APCs", "other-nations/apc"),
    ],
)
def test_flagged(text, term, rule):
    assert rule_at(text, term) == rule


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # NHS 111 Wales's mental health line is "option 2", in a care paragraph or not.
        ("Instead, the patients would be told by their GP to call 111 option 2 for a telephone assessment with a wellbeing practitioner.", "option 2"),
        ("People with non-urgent needs have been directed to the NHS 111 Wales Option 2 mental health support service.", "Option 2"),
        # A children's hearing's Panel Members (Scotland) are not Northern Ireland's lay panel.
        (
            "At every children's hearing there are always three volunteer, lay Panel Members who listen to the child.",
            "lay Panel Members",
        ),
        # A post's title.
        ("The National Convener must set up local teams to support Panel Members in every local authority area.", "National Convener"),
        # A Northern Ireland trust's team for adult protection, by its name.
        ("If you are an adult at risk of harm, contact the Adult Protection Gateway team on 028 9504 1744.", "Gateway"),
        # Part of the name of a law or of a body.
        ("The Department's duty is set by Article 4 of the Health and Personal Social Services (NI) Order 1972.", "Personal Social Services"),
        ("Part II of the Order sets up the Health and Personal Social Services Regulation and Improvement Authority.", "Personal Social Services"),
        # England's statement of short breaks for disabled children is not Scotland's statement for carers.
        ("All local authorities have a duty to publish a short breaks statement for disabled children and their families.", "short breaks statement"),
        # Other words that share a new entry's letters or words.
        ("In Wales, our principal areas of work in the county are housing and care.", "principal areas"),
        ("The trust panel chose the winner of the art competition.", "trust panel"),
        ("SIGN IN to see your appointments.", "SIGN"),
    ],
)
def test_not_flagged(text, term):
    assert not jargon_at(text, term)


def test_lower_case_discretionary_support_is_not_northern_irelands_scheme():
    # "discretionary" has an officialese entry of its own; the scheme's entry wants its capitals.
    rules = flagged_rules("Each manager has discretionary support budgets for their team.").values()
    assert "other-nations/discretionary-support" not in rules
