"""A term in brackets after a number or a law's name is not explained by the words before it."""

from __future__ import annotations

import pytest

from conftest import jargon_at


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # The bracket names a numbered level: "level 5" says nothing of what special measures are.
        ("On 3 May the health board was raised to level 5 (special measures).", "special measures"),
        # The bracket cites the part of the law just named.
        ("It must set up a committee to review procedures under the Act (Section 42).", "Section 42"),
        ("Her care falls under Part 6 (looked after children etc),", "looked after children"),
    ],
)
def test_a_bracket_after_a_number_or_a_law_is_not_explained(text, term):
    assert jargon_at(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # Words that say what it is, then its name in brackets.
        ("The police can take someone to a safe place (section 136).", "section 136"),
        ("Taking a break from caring (respite care) helps carers.", "respite care"),
        ("The doctor checks how well the kidneys work (eGFR).", "eGFR"),
    ],
)
def test_words_that_say_what_it_is_still_explain_it(text, term):
    assert not jargon_at(text, term)
