"""Words of health care that the public knows (session 28, precision on fresh text).

"CT scan" and "MRI scan" are what NHS pages title the scans, and posts say them unexplained;
the discharge lounge is two everyday words of care on hospital signs. (ADHD was made everyday here
too, then put back by the lead: issue 11 names ADHD among the condition abbreviations to flag.) Readers know them, so they are not
flagged; the ward's own uses ("CT head") and the terms around them still are.
"""

from __future__ import annotations

import pytest

import jargonfree


def _flagged(text: str) -> set[str]:
    return {f.text for f in jargonfree.check(text).findings if f.kind in ("abbreviation", "jargon", "uncommon")}


@pytest.mark.parametrize(
    "text, word",
    [
        ("She had a CT scan at the hospital last week.", "CT"),
        ("He is still waiting for an MRI scan on his knee.", "MRI"),
        ("The MRI showed nothing to worry about.", "MRI"),
        ("Please collect your dad from the Discharge Lounge on the ground floor.", "Discharge Lounge"),
        ("Staff in the discharge lounge will give you your medicines.", "discharge lounge"),
    ],
)
def test_words_the_public_knows_are_not_flagged(text, word):
    assert word not in _flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("A CT head showed no bleed.", "CT"),
        ("My son has ADHD and we are waiting for help at school.", "ADHD"),  # issue 11: condition letters are flagged
        ("My son has ADHD and we are waiting for CAMHS.", "CAMHS"),
        ("She is medically fit for discharge and waiting in the discharge lounge.", "medically fit for discharge"),
        ("The CTPA showed a clot in her lung.", "CTPA"),
    ],
)
def test_the_terms_around_them_are_still_flagged(text, word):
    assert word in _flagged(text)


def test_two_known_letters_with_a_number_are_a_code_of_their_own():
    # "CT" is known before "scan"; "CT2" is a doctor's training grade, which the reader cannot read.
    assert "CT2" in _flagged("I am a CT2 doctor on the stroke ward.")
    assert "NHS111" not in _flagged("Hoping that NHS111 stops working, just for half an hour.")
