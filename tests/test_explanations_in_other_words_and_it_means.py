"""More explanations real writers give beside a term (session 18), with counter-examples in the
same words that stay flagged: ", in other words" and ", i.e." after a term; a next sentence that
opens "It means" and a noun phrase, or "It is a type of"; an abbreviation followed by a comma and
the words its letters stand for."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Dad came home with reablement, in other words a few weeks of help to do things for himself again.",
        "Dad came home with reablement, i.e. a few weeks of help to do things for himself again.",
        "Dad came home with reablement. It means a few weeks of help to do things for himself again.",
        "Dad came home with reablement. It means help for a few weeks to do things for himself again.",
        "Dad came home with reablement. It is a type of short help at home after a stay in hospital.",
    ],
)
def test_a_restatement_beside_the_term_explains_it(text):
    assert "reablement" not in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # A consequence, not what it is.
        "Dad came home with reablement. It means he can stay at home for now.",
        "Dad came home with reablement. It means help is on the way at last.",
        # A verdict.
        "Dad came home with reablement. It is a nightmare to arrange.",
        # No comma: "in other words" belongs to the next clause.
        "Dad came home with reablement and in other words we were on our own.",
    ],
)
def test_a_sentence_that_does_not_say_what_the_term_is_leaves_it_flagged(text):
    assert "reablement" in flagged(text)


def test_an_abbreviation_then_a_comma_and_its_words_is_spelt_out():
    text = "Mum is under a DoLS, a deprivation of liberty safeguard, so the home can stop her going out alone."
    assert "DoLS" not in flagged(text)
    # Words after the comma that do not spell it.
    assert "DoLS" in flagged("Mum is under a DoLS, a horrible thing, so the home can stop her going out alone.")


def test_is_what_we_call_names_what_the_subject_explains():
    text = "The money the council works out for your care is what we call your personal budget."
    assert "personal budget" not in flagged(text)
    # "what the professionals call" with nothing before it that says what it is.
    assert "reablement" in flagged("They said Mum needed what the professionals call reablement.")
