"""Plain words that give their own examples ("checks such as pulse and temperature") are not put
where the text gives examples straight after the term: seen on a hospital page, "routine
observations taken, such as your blood pressure" became "routine checks such as pulse and
temperature taken, such as your blood pressure". And "observations" of a child by a tutor or
a school are not clinical checks (a council page: "observations from other services such as a
tutor"). The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.rewrite_guards import GIVES_EXAMPLES, examples_twice


def test_a_replacement_with_examples_is_left_before_the_texts_own_examples():
    text = "The nurse will take your observations, such as your blood pressure and pulse, before the operation."
    result = jargonfree.rewrite(text)
    assert "such as pulse and temperature" not in result.text
    assert GIVES_EXAMPLES in [reason for _, reason in result.skipped]


def test_the_same_replacement_without_examples_after_it_is_made():
    text = "Observations are stable and the NEWS2 is zero."
    assert jargonfree.rewrite(text).text.startswith("Checks such as pulse and temperature are stable")


@pytest.mark.parametrize(
    "text",
    [
        "The report uses observations from his teacher and the school nurse about his breathing.",
        "Evidence can come from observations by a tutor, as well as his pulse and temperature charts.",
    ],
)
def test_observations_by_a_teacher_or_tutor_are_not_clinical_checks(text):
    assert "nursing-maternity/observations" not in [f.rule for f in jargonfree.check(text).findings]


@pytest.mark.parametrize(
    ("replacement", "text", "end", "expected"),
    [
        ("checks such as pulse and temperature", "observations taken, such as your pulse", 12, True),
        ("checks such as pulse and temperature", "observations taken, e.g. your pulse", 12, True),
        ("checks such as pulse and temperature", "observations taken every hour", 12, False),
        ("checks such as pulse and temperature", "observations. Such as pulse", 12, False),  # another sentence
        ("started", "commenced, such as", 9, False),  # the plain words give no examples
    ],
)
def test_examples_twice(replacement, text, end, expected):
    assert examples_twice(replacement, text, end) is expected
