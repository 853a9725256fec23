"""A numbered part that more numbers follow as a list gets no gloss: seen in rewrites of real
pages, "detained under section 2 (being kept in hospital for up to 28 days for an assessment),
4, 5 or 38" and "suspends the section 3 (...) or 37 authorisation", where the gloss seemed to
cover every number. The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.rewrite_guards import FIRST_OF_A_LIST, first_of_a_list


@pytest.mark.parametrize(
    "text",
    [
        "You cannot get free help if you were detained under section 2, 4, 5 or 38 of the Mental Health Act 1983.",
        "A community treatment order suspends the section 3 or 37 detention until the patient is recalled.",
    ],
)
def test_the_first_of_a_list_of_numbered_parts_gets_no_gloss(text):
    result = jargonfree.rewrite(text)
    assert "(being kept in hospital" not in result.text
    assert FIRST_OF_A_LIST in [reason for _, reason in result.skipped]


def test_a_numbered_part_on_its_own_still_gets_its_gloss():
    result = jargonfree.rewrite("He was detained under section 2 and taken to the ward.")
    assert "section 2 (being kept in hospital for up to 28 days for an assessment)" in result.text


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("section 2, 4, 5 or 38", 9, True),
        ("section 3 or 37", 9, True),
        ("section 2/3 patients", 9, True),
        ("section 2 and then", 9, False),
        ("section 2, then 3", 9, False),
        ("Section 42 enquiry", 10, False),
    ],
)
def test_first_of_a_list(text, end, expected):
    assert first_of_a_list(text, 0, end) is expected
