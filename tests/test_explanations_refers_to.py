"""Ways of explaining a term counted on real text in session 16 (the pool of 7,256 passages and
new pages and posts): a sentence whose subject the term is and whose verb is "refers to"; "which
is a ..." with no comma before it, when a clause says what kind of thing it is. Each shape has
its counter-examples beside it: the same words that do not explain."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # "refers to" and what the term names.
        ("Supported living refers to schemes that provide personal care to people in their own homes.", "Supported living"),
        ("A delayed discharge refers to the process when a person who is ready to leave hospital has to stay.", "delayed discharge"),
        ("Being sectioned refers to the process of detaining someone under the Mental Health Act.", "sectioned"),
        ("The term 'special educational provision' refers to the help that is additional to what other children get.", "special educational provision"),
        # "which is a ..." with no comma, and a clause that says what kind of thing it is.
        ("I also have a mucus fistula which is a small opening where the end of my bowel comes out.", "fistula"),
        ("UC involves a ‘claimant commitment’ which is an agreement that you will look for work.", "claimant commitment"),
        ("UC involves a ‘claimant commitment’, which is an agreement that you will look for work.", "claimant commitment"),
    ],
)
def test_these_shapes_explain_the_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A numbered part of a law says where, not what.
        ("Schedule 2 refers to the test of whether you can work.", "Schedule 2"),
        # "refers to" with no noun phrase after it, or about someone.
        ("Her reablement refers to a week of help.", "reablement"),
        # "which is" and no clause of what kind of thing: a remark about the fact, not a gloss.
        ("Mum was sectioned which is a big thing for us.", "sectioned"),
        ("They can change it to a Section 3 which is a treatment section.", "Section 3"),
    ],
)
def test_the_same_words_that_do_not_explain_leave_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Plain words, then the term in brackets with one or two words of its own name first.
        ("Hip replacement (total hip arthroplasty) is one of the most successful operations.", "arthroplasty"),
        ("The person with dementia often lacks the ability to decide (mental capacity) about money.", "capacity"),
        ("There may be healthy bowel between areas of active disease (skip lesions) in Crohn's.", "lesions"),
    ],
)
def test_plain_words_before_a_bracket_that_names_the_term_explain_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A bracket that is a remark or a list, or starts with a doing word, names nothing.
        ("Ask for the forms at the front desk (where applicable) before you leave.", "applicable"),
        ("I have received the Registration documents (appealing sections B, F and I) and I feel lost.", "sections B, F and I"),
        ("My dad has a number of health issues (mobility, catheter) and is in hospital.", "catheter"),
    ],
)
def test_a_bracket_that_is_a_remark_leaves_the_term_flagged(text, term):
    assert term in flagged(text)
