""""for what is called X" names X without explaining it; ", what is called X" names what came before."""

from __future__ import annotations

import pytest

from conftest import jargon_at


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # "what ..." is the object of the words before it: nothing has explained the term.
        ("This means that the care home must apply to the local authority for what is called a Standard Authorisation (SA).", "Standard Authorisation"),
        ("This judgment, in what has become known as the ‘Cheshire West case', was much anticipated.", "Cheshire West"),
        ("The home will ask for what is known as reablement.", "reablement"),
    ],
)
def test_a_what_clause_after_a_verb_or_preposition_explains_nothing(text, term):
    assert jargon_at(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # After a comma, a bracket or "is", the words before say what it is.
        ("The money is paid straight to you, what is called a direct payment.", "direct payment"),
        ("Help to get your skills back is what is known as reablement.", "reablement"),
        ("Short-term help at home to get your skills back (what is called reablement) is free.", "reablement"),
        ("You can ask them to look at your claim again, what they call a mandatory reconsideration.", "mandatory reconsideration"),
    ],
)
def test_a_what_clause_after_its_explanation_still_explains(text, term):
    assert not jargon_at(text, term)
