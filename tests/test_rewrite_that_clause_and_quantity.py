"""Plain words that would break the sentence's grammar are left to a person (rewrites that keep
English). Seen in rewrites of real pages: "the clause requires that the appointment is made"
became "needs that the appointment is made", and "a sufficient number of staff" became "an
enough number of staff". The cases are written for these tests."""

import pytest
from conftest import skipped_reasons

import jargonfree
from jargonfree.replacement_blockers import AFTER_AN_ARTICLE, NO_THAT_CLAUSE, after_an_article, before_a_that_clause


@pytest.mark.parametrize(
    "text",
    [
        "The rule requires that the form is signed by a doctor.",
        "The law requires that you tell the council.",
        "Our policy requires that staff wear a badge.",
    ],
)
def test_a_verb_before_a_that_clause_it_cannot_take_is_left(text):
    result = jargonfree.rewrite(text)
    assert result.text == text
    assert NO_THAT_CLAUSE in skipped_reasons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" points at a thing here, not a clause: "need" fits
        ("The law requires that form to be signed.", "The law needs that form to be signed."),
        # no "that" at all
        ("If you require help, call us.", "If you need help, call us."),
    ],
)
def test_a_verb_without_a_that_clause_is_still_replaced(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_a_word_of_quantity_after_a_is_left():
    text = "The trust must appoint a sufficient number of staff."
    assert jargonfree.rewrite(text).text == text
    assert AFTER_AN_ARTICLE in skipped_reasons(text)


def test_a_word_of_quantity_without_a_is_still_replaced():
    assert jargonfree.rewrite("Please allow sufficient time to park.").text == "Please allow enough time to park."


@pytest.mark.parametrize(
    ("text", "end", "plain", "blocked"),
    [
        ("requires that the order is made", 8, "need", True),
        ("requires that they sign", 8, "need", True),
        ("requires that form", 8, "need", False),
        ("stipulates that the order is made", 10, "say", False),  # "say" takes a "that" clause
        ("requires the order", 8, "need", False),
    ],
)
def test_before_a_that_clause(text, end, plain, blocked):
    assert before_a_that_clause(text, end, plain) is blocked


@pytest.mark.parametrize(
    ("text", "start", "plain", "blocked"),
    [
        ("a sufficient number", 2, "enough", True),
        ("an adequate number", 3, "enough", True),
        ("the sufficient number", 4, "enough", False),
        ("a sufficient time", 2, "long enough", False),
    ],
)
def test_after_an_article(text, start, plain, blocked):
    assert after_an_article(text, start, plain) is blocked
