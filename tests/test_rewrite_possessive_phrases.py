"""Plain words that end in a phrase or a list are not put before an "'s": seen in rewrites of real
pages, "looked after children’s wishes" became "children in care’s wishes" and "an educational
setting’s role" became "a school, nursery or college’s role". The cases are written for these tests."""

import pytest
from conftest import skipped_reasons

import jargonfree
from jargonfree.replacement_blockers import BEFORE_A_POSSESSIVE, before_a_possessive


@pytest.mark.parametrize(
    "text",
    [
        "Reviewing officers make sure looked after children’s wishes are heard.",
        "Looked after children's health assessments are done every year.",
        "The meeting is held at the educational setting's office.",
    ],
)
def test_a_possessive_after_plain_words_that_end_in_a_phrase_is_left(text):
    result = jargonfree.rewrite(text)
    assert "care’s" not in result.text and "care's" not in result.text and "college's" not in result.text
    assert BEFORE_A_POSSESSIVE in skipped_reasons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reviewing officers make sure looked after children are heard.", "Reviewing officers make sure children in care are heard."),
        ("We spoke to the educational setting about the plan.", "We spoke to the school, nursery or college about the plan."),
        ("The local authority's duty is to commence the assessment.", "The local authority's duty is to start the assessment."),
    ],
)
def test_the_same_words_without_a_possessive_are_still_replaced(text, expected):
    assert jargonfree.rewrite(text).text == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "plain", "expected"),
    [
        ("looked after children's wishes", 0, 21, "children in care", True),
        ("an educational setting’s role", 3, 22, "school, nursery or college", True),
        ("the carers' views", 4, 10, "people who care", True),  # a plural possessive after a final "s"
        ("the local authority's duty", 4, 19, "council", False),  # one word: the "'s" falls on it
        ("looked after children are", 0, 21, "children in care", False),  # no possessive
        ("the ‘carers’ are here", 5, 11, "people who care", False),  # a closing quotation mark
    ],
)
def test_before_a_possessive(text, start, end, plain, expected):
    assert text[start:end].strip() and before_a_possessive(text, start, end, plain) is expected
