"""A context word written in capitals (an abbreviation) counts only as written: the text is
matched in small letters, where "SEN" and "SEND" are the verb "send". Seen on a council page:
"We send the statements four-weekly in arrears" got "statements (the old written plan of a
child's special needs)". The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.checks.senses import _found


def _rules(text):
    return [f.rule for f in jargonfree.check(text).findings if f.kind == "jargon"]


@pytest.mark.parametrize(
    "text",
    [
        "We send the statements every month.",
        "We will send you statements every four weeks.",
    ],
)
def test_the_verb_send_is_not_the_abbreviation_send(text):
    assert not any("statement" in rule for rule in _rules(text))


@pytest.mark.parametrize(
    "text",
    [
        "Her statement was reviewed by the SENCO.",
        "His statement was written before the SEND reforms.",
    ],
)
def test_the_abbreviation_in_capitals_still_counts(text):
    assert "children-and-send/statement-of-sen" in _rules(text)


@pytest.mark.parametrize(
    ("phrases", "written", "expected"),
    [
        (("SEND",), "we send the forms", False),
        (("SEND",), "the SEND team", True),
        (("AMHP",), "two AMHPs came", True),  # a plural "s"
        (("SEN",), "we sent it", False),
        (("EA",), "the area team", False),
    ],
)
def test_found_reads_capitals_as_written(phrases, written, expected):
    assert _found(phrases, written.lower(), written) is expected
