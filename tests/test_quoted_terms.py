"""A glossary term alone in quotation marks is found like any other ("I have been informed I
am his ‘nearest relative’"), but never rewritten; a quoted name, a quoted sentence and a
quoted term explained beside it are left alone (see jargonfree.quoted_terms)."""

from __future__ import annotations

import pytest
from conftest import rules, word_findings

import jargonfree
from jargonfree.quoted_terms import NO_REWRITE, quote_around, quoted_term


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("I have been told I am his ‘nearest relative’ and I disagree.", "mental-health-law/nearest-relative"),
        ("If this is not possible, apply to the ‘supervisory body’ for authorisation.", "mental-capacity/supervisory-body"),
        ("The referral should follow a ‘best interests’ decision.", "mental-capacity/best-interests"),
        ("Social services must house certain “children in need” in their area.", "children-and-send/child-in-need"),
        ('They said he was "sectioned" on Friday.', "mental-health-law/sectioned"),
    ],
)
def test_a_term_alone_in_quotes_is_flagged(text, rule):
    assert rule in rules(text)


def test_a_quoted_term_is_never_rewritten():
    text = "I have been told I am his ‘nearest relative’ and I disagree."
    [finding] = [f for f in word_findings(text) if f.text == "nearest relative"]
    assert finding.no_rewrite_reason == NO_REWRITE
    assert "‘nearest relative’" in jargonfree.rewrite(text).text


@pytest.mark.parametrize(
    "text",
    [
        # explained beside it, seen past the quotation marks
        "Carers who are family or friends are known as ‘kinship carers’.",
        "Social workers see many people at once. This is often called their ‘caseload’.",
        "Hospitals face ‘bed blocking’ – where patients who are well enough to leave cannot.",
        "They can count it as a ‘notional capital’ amount, i.e. as if the person still owned it.",
        "You can apply to act together or on your own as well as together (“jointly and severally”).",
        # a quoted name: every word has a capital
        "The scheme “When I Am Ready” lets young people stay with foster carers.",
        # a quote that holds more than the term
        "She said the plan was “to liaise with the team”.",
        "Read “Talking to your nearest relative” on our site.",
    ],
)
def test_a_quote_explained_named_or_longer_is_left_alone(text):
    assert rules(text) == []


def test_where_a_quote_fills_the_words():
    text = "his ‘nearest relative’. And “not meeting threshold,” so"
    start = text.index("nearest")
    assert quote_around(text, start, start + len("nearest relative")) == (start - 1, start + len("nearest relative") + 1)
    start = text.index("not meeting")
    assert quote_around(text, start, start + len("not meeting threshold")) is not None  # a comma may end the quote
    assert quote_around(text, text.index("relative"), text.index("relative") + 8) is None  # part of a quote
    assert quoted_term("the “Home First” scheme", 5, 15) is False  # a name
    assert quoted_term("a ‘caseload’ of", 3, 11) is True
