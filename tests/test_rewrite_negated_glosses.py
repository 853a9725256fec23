"""A gloss that says something of its own ("you pay for it", "can be felt") is left out where the
text says the term is not so: seen in two rewrites of real pages, "is not chargeable (you pay for
it) during this time". The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.rewrite_guards import NEGATED, contradicts


def _reasons(text):
    return [reason for _, reason in jargonfree.rewrite(text).skipped]


@pytest.mark.parametrize(
    "text",
    [
        "The service is short and is not chargeable during this time.",
        "Transport to the day centre will not be chargeable for carers.",
        "Transport is non-chargeable for carers.",
        "The lump was not palpable when the doctor examined her.",
        "She was found not to have capacity, so her daughter decided with the social worker.",
    ],
)
def test_a_statement_gloss_after_a_negation_is_left_out(text):
    result = jargonfree.rewrite(text)
    assert "(you pay for it)" not in result.text
    assert "(can be felt)" not in result.text
    assert "(is able to make the decision)" not in result.text
    assert NEGATED in _reasons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Day care is chargeable after the first six weeks.", "Day care is chargeable (you pay for it) after the first six weeks."),
        ("The lump was palpable when the doctor examined her.", "The lump was palpable (can be felt) when the doctor examined her."),
    ],
)
def test_the_same_gloss_without_a_negation_is_kept(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_a_gloss_that_names_a_thing_still_follows_a_negation():
    # "not statutory (set up or needed by law)": the gloss describes the word, it does not say it
    # is so. ("means-tested" has its own entry since session 20, glossed "it depends on your
    # income and savings", a statement, so "not means-tested" is left to a person.)
    assert "statutory (set up or needed by law)" in jargonfree.rewrite("This part of the service is not statutory.").text
    assert jargonfree.rewrite("The benefit is not means-tested.").text == "The benefit is not means-tested."


@pytest.mark.parametrize(
    ("text", "start", "end", "gloss", "expected"),
    [
        ("is not chargeable", 7, 17, "you pay for it", True),
        ("will not be chargeable", 12, 22, "you pay for it", True),
        ("isn't chargeable", 6, 16, "you pay for it", True),
        ("is non-chargeable", 3, 17, "you pay for it", True),
        ("is chargeable", 3, 13, "you pay for it", False),
        ("is nothing chargeable", 11, 21, "you pay for it", False),  # "nothing" is not "no"
        ("is not means-tested", 7, 19, "a check of your income and savings", False),
    ],
)
def test_contradicts(text, start, end, gloss, expected):
    assert contradicts(text, start, end, gloss) is expected
