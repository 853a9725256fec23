"""A replacement does not say again the words the text says next or has just said ("a suction cup
cup", "the normal normal range", "or or"). Found by reading the rewrites of real pages."""

import pytest

import jargonfree
from jargonfree.fitting import SAID_AROUND, without_words_repeated

REWRITES = [
    ("The doctor used a ventouse cup.", "The doctor used a suction cup."),
    (
        "The normal reference range for an HbA1c value is 4-6%.",
        "The normal range for an average blood sugar test (HbA1c) value is 4-6%.",
    ),
    ("We need more home dom care in the village.", "We need more home care in the village."),
    # The last words of the plain ones said next, "the" aside.
    ("He was medically fit to leave the hospital.", "He was well enough to leave the hospital."),
    # Nothing repeated: the plain words go in whole.
    ("The midwife used a ventouse.", "The midwife used a suction cup."),
]


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_a_replacement_leaves_out_a_word_the_text_says_next_to_it(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_nothing_left_means_a_person_rewords_it():
    text = "Name two attorneys or alternatively one attorney."
    result = jargonfree.rewrite(text)
    assert result.text == text
    assert SAID_AROUND in [reason for _, reason in result.skipped]


@pytest.mark.parametrize(
    ("replacement", "text", "term", "expected"),
    [
        ("suction cup", "a ventouse cup", "ventouse", "suction"),
        ("normal range", "the normal reference range", "reference range", "range"),
        ("or", "two or alternatively one", "alternatively", None),
        ("suction cup", "a ventouse, cup", "ventouse", "suction cup"),  # a comma between: not repeated
        ("blood tests", "my bloods were fine", "bloods", "blood tests"),
        ("well enough to leave hospital", "fit to leave the hospital", "fit", "well enough"),
        ("well enough to leave hospital", "fit to go home", "fit", "well enough to leave hospital"),
        ("teacher who looks out for children in care", "the DT for children in care", "DT", "teacher who looks out"),
    ],
)
def test_without_words_repeated(replacement, text, term, expected):
    start = text.index(term)
    assert without_words_repeated(replacement, text, start, start + len(term)) == expected
