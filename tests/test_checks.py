"""The checks other than jargon: abbreviations, uncommon words, sentences and privacy."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.checks.privacy import nhs_number_valid


def kinds(text: str, kind: str, **kw) -> list[str]:
    return [f.text for f in check(text, only={kind}, **kw).findings]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Contact the SPOE team.", ["SPOE"]),
        ("The DRSS and the DRSS team.", ["DRSS"]),  # first use only
        ("The Single Point of Entry (SPOE) is open. Call the SPOE.", []),  # defined, long form first
        ("The SPOE (Single Point of Entry) is open. Call the SPOE.", []),  # defined, short form first
        ("Call the SPOE. The Single Point of Entry (SPOE) is open.", ["SPOE"]),  # used before its definition
        ("Ask your GP, the NHS or A&E in the UK.", []),  # widely known (data/known_abbreviations.txt)
        ("Text CANCEL to 12345.", []),  # an ordinary word in capitals
        ("PLEASE READ THIS NOTICE ABOUT THE PARKING.", []),  # shouting, not abbreviations
        ("Chapter IV explains it.", []),  # Roman numerals
        ("#SPOE and @SPOE_team", []),  # protected
    ],
)
def test_abbreviations(text, expected):
    assert kinds(text, "abbreviation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We felt a sense of ennui and lassitude.", ["ennui", "lassitude"]),
        ("Come to the foodbank on Friday.", []),  # a compound of two common words
        ("Talk to Siobhan at the Wetherspoons.", []),  # names inside a sentence
        ("We will walk, talk and eat cake together.", []),
    ],
)
def test_uncommon_words(text, expected):
    assert kinds(text, "uncommon", skip=None) == expected


def test_glossary_jargon_is_not_also_an_uncommon_word():
    report = check("The plan is to titrate the dose.")
    assert [(f.kind, f.text) for f in report.findings] == [("jargon", "titrate")]


def test_uncommon_is_information_only():
    report = check("We felt a sense of ennui.", only={"uncommon"})
    assert report.findings[0].severity == "info" and report.passed


def test_long_sentence_and_passive():
    long = "We " + " ".join(["really"] * 22) + " like it."
    report = check(long + " The form was signed by the doctor.", only={"sentence"})
    rules = [f.rule for f in report.findings]
    assert rules == ["sentence/too-long", "sentence/passive"]
    assert report.findings[0].text == long
    assert kinds("I am worried and interested.", "sentence") == []  # adjectives, not passive
    assert kinds(long, "sentence", audience="professional") == []  # 25 words allowed for professionals


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her NHS number is 943 476 5919.", ["943 476 5919"]),
        ("Ref 9434765918 is not valid.", []),  # fails the check digit
        ("Call 0800 123 4567 for help.", []),  # a phone number
        ("NI number AB 12 34 56 C on file.", ["AB 12 34 56 C"]),
        ("QQ 12 34 56 C is the example HMRC uses.", []),  # QQ is never issued
        ("DOB: 12/03/1980 noted.", ["DOB: 12/03/1980"]),
    ],
)
def test_privacy(text, expected):
    assert kinds(text, "privacy") == expected


def test_nhs_number_check_digit():
    assert nhs_number_valid("9434765919") and not nhs_number_valid("9434765918") and not nhs_number_valid("1111111111")


def test_overlapping_findings_keep_the_more_specific_kind():
    report = check("The AMHP called.")
    assert [(f.kind, f.text) for f in report.findings] == [("jargon", "AMHP")]


def test_audiences_and_passed():
    text = "The AMHP will liaise with you."
    assert not check(text).passed
    professional = check(text, audience="professional")
    assert professional.passed and {f.severity for f in professional.findings} == {"info"}
    with pytest.raises(ValueError):
        check(text, audience="martians")


def test_line_numbers_are_found_once_per_report(monkeypatch):
    from jargonfree import report as report_module

    built = []
    original = report_module.LineIndex.__init__

    def counting(self, text):
        built.append(len(text))
        original(self, text)

    monkeypatch.setattr(report_module.LineIndex, "__init__", counting)
    report = check("We will commence.\nThe AMHP will liaise.\n" * 50)
    data = report.to_dict()
    assert len(data["findings"]) > 50 and len(built) == 1
