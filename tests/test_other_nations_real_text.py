"""Scotland, Wales and Northern Ireland words as real pages write them (issue 11).

Cases written for these tests after the kinds of miss a fresh set of real Scottish, Welsh and
Northern Irish pages showed: a sheriff, a large scale investigation, the four options of
self-directed support, GIRFEC's child's plan and lead professional, continuing and secure care,
and the context rules of older entries (a body's name, a list of kinds of care).
"""

from __future__ import annotations

import pytest

import jargonfree
from conftest import flagged


def rules(text: str, jurisdiction: str = "england-wales") -> dict[str, str]:
    """Each flagged word and the glossary entry that flagged it."""
    return {f.text: f.rule for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.kind == "jargon"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The sheriff granted the guardianship order on Friday.", "sheriff"),
        ("A large scale investigation was opened at the care home.", "large scale investigation"),
        ("Under self-directed support he chose Option 2.", "Option 2"),
        ("Under GIRFEC her school agreed a child's plan.", "child's plan"),
        ("At 18 she asked for continuing care so she could stay with her foster carers.", "continuing care"),
        ("The young person was placed in secure care last year.", "secure care"),
        ("The panel made an interim compulsory supervision order for three weeks.", "interim compulsory supervision order"),
        ("She has had a supervision requirement since 2012.", "supervision requirement"),
    ],
)
def test_scottish_terms_are_found(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Robin Hood ran from the sheriff of Nottingham.", "sheriff"),
        ("A Sheriff at the court, a judge, will listen to everyone.", "Sheriff"),  # called a judge in its sentence
        ("For the care team, please press option 2.", "option 2"),
        ("We offer safe and secure care for your dog while you are away.", "secure care"),
        ("The garden needs continuing care all summer.", "continuing care"),
    ],
)
def test_the_same_words_in_other_senses_are_left_alone(text, term):
    assert term not in flagged(text)


def test_a_body_named_after_the_hearings_is_a_name():
    assert "Children's Hearings Scotland" not in flagged("Panel members are volunteers with Children's Hearings Scotland.")
    assert "children's hearing" in flagged("The children's hearing will meet on Thursday.")


def test_a_list_of_kinds_of_care_is_context_for_looked_after_at_home():
    assert "looked after at home" in flagged("Care can mean:\n- looked after at home\n- kinship care\n- foster care")
    assert "looked after at home" not in flagged("Since his stroke he is looked after at home by his wife.")


def test_lead_professional_takes_the_sense_of_the_nation():
    text = "The lead professional will phone you on Monday."
    assert rules(text, "scotland")["lead professional"] == "other-nations/lead-professional--girfec"
    assert rules(text, "england")["lead professional"] == "safeguarding/lead-professional"


def test_a_scottish_option_read_in_england_says_where_it_holds():
    found = [f for f in jargonfree.check("For self-directed support she chose Option 1.", jurisdiction="england").findings
             if f.text == "Option 1"]
    assert found and found[0].message.endswith("This is the law or practice in Scotland only, not in England.")
