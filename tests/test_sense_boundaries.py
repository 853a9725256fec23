"""Words that are jargon in one kind of text and plain or another term's in another: each
entry's context words keep it to its own kind of text."""

import pytest

from jargonfree import check


def _found(text):
    return [f.text for f in check(text).findings if f.kind != "sentence"]


@pytest.mark.parametrize(
    "text, term",
    [
        # children's social care: a child in the council's care
        ("Your son will be looked after by the council while the court decides.", "looked after by the council"),
        # Scotland: a financial guardian's insurance
        ("As her financial guardian you must keep up the caution each year.", "caution"),
    ],
)
def test_the_term_is_found_in_its_own_kind_of_text(text, term):
    assert term in _found(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The park is looked after by the council.", "looked after by the council"),
        # a police caution in England, with a parent or guardian nearby
        ("Young people are questioned under 'caution'. A parent or guardian should be with them.", "caution"),
    ],
)
def test_the_term_is_left_alone_in_other_text(text, term):
    assert term not in _found(text)
