"""Words of Wales, Scotland and Northern Ireland from a fresh set of real pages (session 28).

Wales's "authorised officer", who asks a magistrate for an adult protection and support order,
Wales's "sCAMHS" (specialist CAMHS) and a Welsh GP "cluster" said alone (near GPs, primary care
or the health board; not a school cluster, cluster headaches or a cluster of flats) were missing; "secure accommodation" (a locked home for
a child), "domiciliary" care and CAMHS are the same words in all four nations, so they are
labelled for the whole UK, and a Scottish sentence about a children's hearing is context enough
for secure accommodation. Strategy discussions and safeguarding enquiries are Welsh practice too
(the Wales Safeguarding Procedures, section 126 enquiries): England and Wales.
Each rule has cases that must stay unflagged.
"""

from __future__ import annotations

import pytest

import jargonfree
from conftest import flagged_rules


def rule_at(text: str, term: str) -> str | None:
    """The glossary entry that flags ``term`` in ``text``, or None if nothing flags it."""
    return flagged_rules(text).get(term)


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        (
            "If the council cannot see her alone, an authorised officer may apply for an adult protection and support order.",
            "authorised officer",
            "other-nations/authorised-officer",
        ),
        (
            "Authorised officers under section 127 must have safeguarding training.",
            "Authorised officers",
            "other-nations/authorised-officer",
        ),
        ("Four health boards assess children for sCAMHS through a single point of access.", "sCAMHS", "other-nations/scamhs"),
        ("He was referred on to S-CAMHS after two sessions with the primary team.", "S-CAMHS", "other-nations/scamhs"),
        ("The cluster lead said the GP practices in the area will share a physiotherapist.", "cluster", "other-nations/cluster--gp-surgeries-in-wales"),
        (
            "Planned cluster actions should follow the priorities of Public Health Wales and the health board.",
            "cluster",
            "other-nations/cluster--gp-surgeries-in-wales",
        ),
        (
            "The children's hearing agreed that he should stay in secure accommodation for now.",
            "secure accommodation",
            "children-and-send/secure-accommodation",
        ),
        (
            "The Trust placed the young person in secure accommodation at Lakewood for 72 hours.",
            "secure accommodation",
            "children-and-send/secure-accommodation",
        ),
    ],
)
def test_flagged(text, term, rule):
    assert rule_at(text, term) == rule


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("An authorised officer from trading standards visited the shop on Monday.", "authorised officer"),
        ("Only an authorised officer of the bank can sign the letter.", "authorised officer"),
        ("Her cluster headaches came back in the spring, so she saw her GP again.", "cluster"),
        ("The three hubs grouped foster carers together in clusters to support each other.", "clusters"),
        ("Our school cluster met the health board about speech therapy for pupils.", "cluster"),
        ("A cluster of flats near the GP surgery has staff on site at night.", "cluster"),
        ("The scams team at trading standards warns people about fake letters.", "scams"),
        ("Hostels and refuges offer secure accommodation for people leaving a violent partner.", "secure accommodation"),
    ],
)
def test_not_flagged(text, term):
    assert rule_at(text, term) is None


@pytest.mark.parametrize("term", ["secure accommodation", "domiciliary", "dom care", "CAMHS"])
@pytest.mark.parametrize("jurisdiction", ["england", "wales", "scotland", "northern-ireland"])
def test_words_used_in_all_four_nations_hold_in_each(term, jurisdiction):
    glossary = jargonfree.load_glossary()
    entry = glossary.lookup(term)
    assert entry is not None and entry.jurisdiction == "uk"
    assert glossary.where_note(entry, jurisdiction) is None


def test_authorised_officer_is_welsh_law():
    glossary = jargonfree.load_glossary()
    assert glossary.lookup("authorised officer").jurisdiction == "wales"
    assert glossary.where_note(glossary.lookup("authorised officer"), "scotland") is not None


@pytest.mark.parametrize("term", ["strategy discussion", "safeguarding enquiry"])
def test_welsh_safeguarding_words_shared_with_england_hold_in_wales(term):
    glossary = jargonfree.load_glossary()
    entry = glossary.lookup(term)
    assert entry is not None and entry.jurisdiction == "england-wales"
    assert glossary.where_note(entry, "wales") is None
