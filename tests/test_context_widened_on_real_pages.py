"""Entries that stayed silent on real pages about their own subject, because none of the
words their context rule (``only_near``) asks for was near (issue 11, session 17). Counted on
the pool of real passages with the rule switched off: "the LA" in posts about a child's
statement or a parent's care funding, "attorney" beside a PoA or a substitute attorney,
"induction" in birth stories that talk of an epidural or pessaries, "OT" beside a nurse or a
psychologist, "Section 47 Enquiry", "best interests" after "reasonable belief", "the
disregard" when a house has a buyer. Each widened rule is also shown to stay silent where the
words mean something else. The sentences are our own, written in the style of the pages."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("The LA sent the draft statement back with no changes.", "LA", "children-and-send/la"),
        ("We asked the LA for a top-up towards her room.", "LA", "children-and-send/la"),
        ("The judge told the LA to write the provision out in full.", "LA", "children-and-send/la"),
        # ("attorney" had two rows here until session 27, when it became everyday: everyday_in: uk.)
        ("I was booked in for an induction but had an epidural in the end.", "induction", "nursing-maternity/induction-of-labour"),
        ("The induction took two days and three pessaries.", "induction", "nursing-maternity/induction-of-labour"),
        ("I sat between a psychologist and an OT at the clinic.", "OT", "health-abbreviations/ot"),
        ("The OT made a splint for her hand.", "OT", "health-abbreviations/ot"),
        ("The Section 47 Enquiry must be finished within 15 working days.", "Section 47 Enquiry", "safeguarding/section-47--child-protection-enquiry"),
        ("We made a section 47 enquiry last week.", "section 47 enquiry", "safeguarding/section-47--child-protection-enquiry"),
        ("Staff must have a reasonable belief that what they do is in her best interests.", "best interests", "mental-capacity/best-interests"),
        ("The house has a buyer, so we must pay back the disregard.", "disregard", "officialese/disregard"),
    ],
)
def test_an_entry_speaks_where_its_subject_is_plain(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        # Los Angeles and a gym chain, beside a word the LA rule now takes.
        ("He paid for a top-up of his gym membership at LA Fitness.", "LA"),
        # A lawyer in the United States, beside a deputy.
        ("The district attorney said the deputy sheriff would give evidence.", "attorney"),
        # A new member of staff, on a maternity ward.
        ("New staff have an induction on the ward, including where the epidural pumps are kept.", "induction"),
        # Overtime, beside a nurse.
        ("Nurses who do extra OT shifts are paid at time and a half.", "OT"),
        # An everyday request, with a word the disregard rule now takes.
        ("Please disregard my last email about the buyer's visit.", "disregard"),
        # Advice to anyone, with no capacity words near.
        ("It is in your best interests to book your flu jab early.", "best interests"),
    ],
)
def test_the_widened_rules_stay_silent_on_other_meanings(text, term):
    assert flagged_rules(text).get(term) != {
        "LA": "children-and-send/la",
        "attorney": "mental-capacity/attorney",
        "induction": "nursing-maternity/induction-of-labour",
        "OT": "health-abbreviations/ot",
        "disregard": "officialese/disregard",
        "best interests": "mental-capacity/best-interests",
    }[term]


def test_a_prisoner_transfer_is_not_read_as_a_child_protection_enquiry():
    text = "He was moved from prison to hospital under section 47 after an investigation."
    assert flagged_rules(text).get("section 47") == "mental-health-law/section-47--prisoner-transfer"
    assert "section 47" in flagged(text)
