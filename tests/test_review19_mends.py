"""Mends from the session-19 review: a heading written in Title Case is no body's name; a closing
quotation mark is no possessive; "PU" is a pressure ulcer among skin words."""

import pytest

import jargonfree


def _words(text):
    return [(f.kind, f.text) for f in jargonfree.check(text).findings if f.kind in ("jargon", "abbreviation")]


@pytest.mark.parametrize(
    "heading, flagged",
    [
        ("Being Sectioned In Hospital", "Sectioned"),
        ("Respite Care In A Hospice", "Respite Care"),
        ("Deprivation Of Liberty Safeguards In Hospital", "Deprivation Of Liberty"),
        ("How To Get A QRS Grant From The Council", "QRS"),
    ],
)
def test_a_title_case_heading_is_no_name(heading, flagged):
    assert flagged in [text for _, text in _words(heading)]


@pytest.mark.parametrize(
    "text",
    [
        "She was taken to The South West Acute Hospital last night.",
        "the BMA Scottish Consultants' Committee met.",
        "Contact the Single Point of Access Team today.",
    ],
)
def test_names_stay_names(text):
    assert _words(text) == []


def test_a_closing_quotation_mark_is_no_possessive():
    assert jargonfree.rewrite("Ask for the 'AMHP' to visit.").text == "Ask for the 'AMHP' (approved mental health professional) to visit."
    assert jargonfree.rewrite("The IROs' reports came.").text == "The independent reviewing officers' (IROs') reports came."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two new PUs were found on her heels this week, both category 2.", "pressure ulcers (PUs)"),
        ("Skin intact, no PU, turned 2 hourly on the air mattress.", "pressure ulcer (PU)"),
        ("Not PU since midnight, bladder scan planned.", "passed urine (PU)"),
    ],
)
def test_pu_sense(text, expected):
    assert expected in jargonfree.rewrite(text).text
