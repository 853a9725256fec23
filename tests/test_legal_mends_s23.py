"""Mends of session 23's legal-reference and explanation rules (review23 items 1-9): what each
rule should still flag, and the shapes it flagged by mistake (a case name running on past a full
stop, a charity appeal, a group's house rules, a professional code, a plain gloss after a
subsection, a story's chapter, "that's what is called X").

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest

from jargonfree import check
from conftest import texts_of_rule
from jargonfree.checks.cases import CASE_RULE
from jargonfree.checks.section_advice import SECTION_RULE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court heard Smith v Jones. It was a long case.", "Smith v Jones"),
        ("The judge applied Montgomery v Lanarkshire Health Board.", "Montgomery v Lanarkshire Health Board"),
        (
            "The tribunal heard Smith v Secretary of State for Work and Pensions.",
            "Smith v Secretary of State for Work and Pensions",
        ),
        ("The court followed R v. Smith in St.Helens today.", "R v. Smith"),
    ],
)
def test_a_case_name_ends_at_the_end_of_its_sentence(text, expected):
    assert texts_of_rule(text, CASE_RULE) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Smith v Jones was heard in the High Court.", ["Smith v Jones"]),
        ("Today R v Smith goes to the Court of Appeal.", ["R v Smith"]),
        ("The tribunal heard Smith v Secretary of State for Health.", ["Smith v Secretary of State for Health"]),
    ],
)
def test_a_party_takes_no_word_that_opens_the_sentence_and_for_joins_only_a_secretary_of_state(text, expected):
    assert texts_of_rule(text, CASE_RULE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our Fundraising Appeal: Doctors v Nurses quiz night on Friday.",
        "Our Christmas appeal raised £500. Tickets for Staff v Patients, our charity football match, are on sale.",
        "Please read the Easy Read ruling on the Care Act.",
        "The social worker for the Jones case will go to the family court hearing.",
    ],
)
def test_a_charity_appeal_an_easy_read_and_a_social_workers_case_are_no_court_case(text):
    assert texts_of_rule(text, CASE_RULE) == []



def test_a_case_in_a_paragraph_about_courts_is_stilltexts_of_rule():
    assert "Doctors v Nurses" in texts_of_rule("The Court of Appeal heard Doctors v Nurses last year.", CASE_RULE)
    assert "Jones case" in texts_of_rule("The judge relied on the Jones case in her decision.", CASE_RULE)
    assert "Cheshire West case" in texts_of_rule("The judge relied on the Cheshire West case for the family's son.", CASE_RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruling in Smith v Jones: care homes must ask first.", "Smith v Jones"),
        ("THE COURT OF APPEAL heard Smith v Jones.", "Smith v Jones"),
        ("Re X (Deprivation of Liberty) was heard by the court.", "Re X (Deprivation of Liberty)"),
    ],
)
def test_the_quick_test_ignores_capitals(text, expected):
    assert expected in texts_of_rule(text, CASE_RULE)


def test_an_emails_re_before_a_court_word_names_no_case():
    assert texts_of_rule("Re Court hearing on 4 May: the court has moved it.", CASE_RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "House Rules. Rule 1: be kind to each other.",
        "The tennis courts open at 9. Rule 2: wear flat shoes.",
    ],
)
def test_a_houses_rules_and_tennis_courts_make_no_rule_a_courts(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county court will look at Rule 3 before the hearing.", "Rule 3"),
        ("The Civil Procedure Rules say at rule 44 who pays the costs.", "rule 44"),
        ("The Court of Protection can use Rule 1.2 to help the person take part.", "Rule 1.2"),
    ],
)
def test_a_rule_near_a_court_or_its_rules_is_still_a_courts(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


def test_thats_what_is_called_names_what_the_words_before_it_explain():
    text = "You get help at home for a few weeks to learn skills again, and that's what is called reablement."
    assert "reablement" not in [f.text for f in check(text).findings]
    # An object clause with nothing explained before it is still flagged.
    assert "reablement" in [f.text for f in check("You can ask for what is called reablement.").findings]


def test_a_chapter_that_creates_a_new_world_is_a_storys():
    assert texts_of_rule("Chapter 2 creates a new world for the young hero.", SECTION_RULE) == []
    assert "Part 6" in texts_of_rule("Part 6 creates a new system of orders under the Children Act 1989.", SECTION_RULE)
    assert "Chapter 2" in texts_of_rule("Chapter 2 creates a new kind of order. The Children Act 1989 says who may ask.", SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Follow the Code, paragraph 3, before you post in this group.",
        "The NMC Code, paragraph 4, says nurses must listen.",
        "Read the NMC Code (section 20), it says be kind.",
    ],
)
def test_a_professional_or_a_groups_code_is_no_law(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Code of Practice, paragraph 4.2, says staff must listen.", "paragraph 4.2"),
        ("The MHA Code of Practice (chapter 13) covers leave.", "chapter 13"),
    ],
)
def test_a_code_of_practice_is_still_a_laws(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "You can ask for money under section 8(2) (money to help carers).",
        "Under regulation 4(1) (your right to ask) you can ask the council.",
    ],
)
def test_a_plain_gloss_in_brackets_after_a_subsection_still_explains_it(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A relevant child is within the meaning of section 23A(2) (relevant children) here.", "section 23A(2)"),
        ("The duty in section 17(1) (general duty of local authority) of the Act applies.", "section 17(1)"),
    ],
)
def test_a_heading_in_brackets_in_drafting_is_no_gloss(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)
