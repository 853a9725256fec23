"""Legal references in shapes real pages write that the check missed (session 23): a court case
named by its parties or a short name ("Williams v Hackney", "the Cheshire West case"), a list of
subsections after a part ("sections 6(2) and (4) and 7(2)"), a Part doing what only a law's part
does ("Part 5 confers ..."), and a part in brackets straight after the law it belongs to ("under
the Act (Section 42)"). And what stays alone: a match on a sports page, a court's own judgment, a
leaflet's Part that explains, a part in brackets after words that say what it is.

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
        ("In Williams v Hackney the court looked at how consent was given.", "Williams v Hackney"),
        ("The judge applied Montgomery v Lanarkshire Health Board to the question of risk.", "Montgomery v Lanarkshire Health Board"),
        (
            "The tribunal cannot then uphold a section 3 (see: R (von Brandenburg) v East London and City MH NHS Trust).",
            "R (von Brandenburg) v East London and City MH NHS Trust",
        ),
        ("The Court of Appeal found in Hackney vs Williams that consent is not needed.", "Hackney vs Williams"),
        ("The court made an order in Re X (Deprivation of Liberty) last year.", "Re X (Deprivation of Liberty)"),
        ("Since the judgment known as the Cheshire West case, more people need checks.", "Cheshire West case"),
        ("The judge relied on the Bournewood ruling in her decision.", "Bournewood ruling"),
    ],
)
def test_a_case_named_by_its_parties_or_a_short_name_istexts_of_rule(text, expected):
    assert texts_of_rule(text, CASE_RULE) == [expected]
    finding = next(f for f in check(text).findings if f.rule == CASE_RULE)
    assert "what the court decided" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "England v France kicks off at 8pm tonight in the lounge.",
        "Home v Away: results of the care home quiz league are on the board.",
        "The Supreme Court judgment was clear about this.",
        "The Court of Appeal ruling changed how councils work.",
        "The judge read the Council's case first.",
        "Re: your appointment with the social worker on Monday",
    ],
)
def test_no_case_is_seen_where_none_is_named(text):
    assert texts_of_rule(text, CASE_RULE) == []


def test_a_name_with_its_citation_is_flagged_once_by_the_citation():
    assert texts_of_rule("The judge followed Smith v Jones [2019] EWCA Civ 12 on this point.", CASE_RULE) == ["[2019] EWCA Civ 12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A local authority must (in addition to the matters set out in sections 6(2) and (4) and 7(2) (other duties)) have regard to this.",
            "sections 6(2) and (4) and 7(2)",
        ),
        ("Read section 4(3)(a), (b) or (c) of the Act before you decide.", "section 4(3)(a), (b) or (c)"),
        ("Under s.47(1) and (2) the council must act.", "s.47(1) and (2)"),
    ],
)
def test_subsections_listed_after_a_part_are_one_finding_with_it(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Part 5 confers a statutory authority on medical practitioners to give treatment.", "Part 5"),
        ("Part 6 creates a new system of intervention orders and guardianship.", "Part 6"),
        ("Part 3 amends the rules on charging for residential care.", "Part 3"),
        ("Chapter 2 imposes a duty on councils to assess carers.", "Chapter 2"),
    ],
)
def test_a_part_doing_what_only_a_law_does_istexts_of_rule(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Part 2 explains who can apply for help.",
        "Part 1 of the form sets out your details.",
        "Section 2 of this leaflet explains your rights.",
        "Part 4 tells you how to complain.",
    ],
)
def test_a_texts_own_part_that_explains_is_left_alone(text):
    assert texts_of_rule(text, SECTION_RULE) == []


def test_a_part_in_brackets_after_its_law_istexts_of_rule():
    text = "The council must set up a committee to review procedures under the Act (Section 40)."
    assert "Section 40" in [f.text for f in check(text).findings if f.kind == "jargon"]
    # A glossary section too: "(Section 42)" names where in the Act, it is not glossed by the words before.
    text = "The council must set up a committee to review procedures under the Act (Section 42)."
    assert any(f.text == "Section 42" for f in check(text).findings)


def test_a_part_in_brackets_after_words_that_say_what_it_is_stays_explained():
    assert not any(f.text == "section 136" for f in check("The police can take you to a safe place (section 136).").findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under Rule 10 the tribunal can strike out a claim that has no hope.", "Rule 10"),
        ("The Tribunal Procedure Rules say at rule 5 that the judge may give directions.", "rule 5"),
        ("The Code of Practice, chapter 13, covers leave from hospital.", "chapter 13"),
        ("See the MHA Code of Practice paragraph 19.5 for guidance on leave.", "paragraph 19.5"),
        ("The Welsh Code (para. 2.12) says practitioners should listen to the person.", "para. 2.12"),
        ("The standard authorisation under Sched A1 lapsed in May.", "Sched A1"),
    ],
)
def test_a_rule_of_a_court_and_a_codes_paragraph_aretexts_of_rule(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Rule 1 of our group is to be kind to each other.",
        "Follow our Code of Conduct, paragraph 3, before you post.",
        "Read the guidance (chapter 2) on our website.",
    ],
)
def test_a_groups_rule_and_a_guides_chapter_are_left_alone(text):
    assert texts_of_rule(text, SECTION_RULE) == []


def test_a_paragraph_of_a_schedule_written_short_is_a_laws():
    assert "para 4" in texts_of_rule("See para 4 Sch 3 for the exceptions to charging.", SECTION_RULE)
    assert texts_of_rule("Fill in paragraph 2 on the schedule of visits.", SECTION_RULE) == []


def test_a_heading_in_brackets_after_a_subsection_is_no_gloss():
    text = "An authority foster parent has the meaning given in Article 27(3) (accommodation and maintenance of children looked after by an authority)."
    assert "Article 27(3)" in texts_of_rule(text, SECTION_RULE)
    # Words that say what it is still explain it, and a part with no subsection keeps its gloss.
    assert texts_of_rule("Article 8(2) (when the right can be limited) matters here.", SECTION_RULE) == []
    assert texts_of_rule("Regulation 12 (safe care and treatment) applies to every home.", SECTION_RULE) == []


def test_a_set_of_rules_named_with_its_year_is_no_rule():
    text = "The Practice Directions supplementing the Court of Protection Rules 2007 are made by the President of the Court."
    assert texts_of_rule(text, SECTION_RULE) == []


# -- a code of practice named by the part of the law it is made under (recall25) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The statutory Part 4 Code of Practice (Meeting Needs) sets out the duties on direct payments.", "Part 4"),
        ("Read the Part 2 Code of Practice before the assessment.", "Part 2"),
    ],
)
def test_a_code_of_practice_named_by_its_part_is_a_laws(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        "Part 1 of our code of practice covers school uniform.",  # a school's own code, with 'of'
        "See Section 2 Code of conduct for staff in the handbook.",  # a code of conduct, not of practice
    ],
)
def test_a_groups_own_code_named_by_a_part_is_left_alone(text):
    assert not texts_of_rule(text, SECTION_RULE)
