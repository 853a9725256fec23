"""An abbreviation with a possessive is spelt out with the possessive on the plain words:
"the approved mental health professional's (AMHP's) report", not "... professional (AMHP)'s report"."""

import pytest

import jargonfree


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The AMHP's report was sent.", "The approved mental health professional's (AMHP's) report was sent."),
        ("Ask the IMCA\u2019s view.", "Ask the independent mental capacity advocate\u2019s (IMCA\u2019s) view."),
        ("The IROs' reports came.", "The independent reviewing officers' (IROs') reports came."),
        (
            "THE AMHP'S REPORT WAS SENT TODAY TO ALL.",
            "THE APPROVED MENTAL HEALTH PROFESSIONAL'S (AMHP'S) REPORT WAS SENT TODAY TO ALL.",
        ),
    ],
)
def test_possessive_goes_on_the_spelt_out_words(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_without_a_possessive_nothing_changes():
    assert jargonfree.rewrite("The AMHP wrote a report.").text == (
        "The approved mental health professional (AMHP) wrote a report."
    )


def test_the_check_suggests_the_same_words():
    finding = next(f for f in jargonfree.check("The AMHP's report was sent.").findings if f.kind == "jargon")
    assert finding.suggestions[0] == "approved mental health professional's (AMHP's)"
