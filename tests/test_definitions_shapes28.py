"""Definitions in three shapes real pages use (session 28, precision on fresh text).

- A hyphenated word gives a letter for each of its parts when the words are spelt out before
  "or": "Self-directed support, or SDS," (gov.scot).
- A figure in the short form that stands for a word ("2" for "to") is no letter of the long
  form: "Discharge to Recover then Assess (D2RA)".
- A plural written with an apostrophe in the brackets is the short form's plural: "Points of
  Care (POC’s)", "Looked after children (LAC's)".
Each shape still needs the words to be there: the short form alone, or with other words, is
still flagged.
"""

from __future__ import annotations

import pytest

import jargonfree
from jargonfree.definitions import find_definitions


def _defined(text: str) -> list[tuple[str, str]]:
    return [(d.short, d.long) for d in find_definitions(text, [(0, len(text))])]


def _flagged(text: str) -> set[str]:
    return {f.text for f in jargonfree.check(text).findings if f.kind in ("abbreviation", "jargon")}


@pytest.mark.parametrize(
    "text, short, long",
    [
        ("Self-directed support, or SDS, is how you choose your care.", "SDS", "Self-directed support"),
        ("A Multi-Agency Safeguarding Hub, or MASH, shares what it knows.", "MASH", "Multi-Agency Safeguarding Hub"),
        ("They liked the Discharge to Recover then Assess (D2RA) model.", "D2RA", "Discharge to Recover then Assess"),
        ("Discharge to assess (D2A) gets people home sooner.", "D2A", "Discharge to assess"),
        ("There were 30 people in the Points of Care (POC’s) last year.", "POC", "Points of Care"),
        ("Looked after children (LAC's) have a review every six months.", "LAC", "Looked after children"),
    ],
)
def test_the_words_before_define_the_short_form(text, short, long):
    assert (short, long) in _defined(text)


@pytest.mark.parametrize(
    "text",
    [
        "We had a check-up, or CXU, at the surgery.",  # the parts of "check-up" do not spell CXU
        "The Discharge Lounge (D2RA) is on the ground floor.",  # no words for D, R and A
        "She moved into the Points of View (POC’s) flat.",  # no C for the last letter
    ],
)
def test_words_that_do_not_spell_it_define_nothing(text):
    assert not [d for d in _defined(text) if d.short in ("CXU", "D2RA", "POC")]


def test_a_figure_the_long_form_holds_still_counts():
    assert ("NEWS2", "National Early Warning Score 2") in _defined("We use the National Early Warning Score 2 (NEWS2) on the ward.")


@pytest.mark.parametrize(
    "text, token",
    [
        ("Self-directed support, or SDS, is the way social care is arranged in Scotland.", "SDS"),
        ("Staff backed the Discharge to Recover then Assess (D2RA) model.", "D2RA"),
        ("In all, 30 people in the Points of Care (POC’s) were in touch with the trusts.", "POC"),
    ],
)
def test_spelt_out_short_forms_are_not_flagged(text, token):
    assert token not in _flagged(text)


@pytest.mark.parametrize(
    "text, token",
    [
        ("Ask your social worker about SDS and what it means for you in Scotland.", "SDS"),
        ("Staff backed the D2RA model for people leaving hospital.", "D2RA"),
        ("Staff backed the D2RA model, or the new way, for everyone.", "D2RA"),
    ],
)
def test_short_forms_not_spelt_out_are_still_flagged(text, token):
    assert token in _flagged(text)
