"""Names that hold a term (session 28, precision on fresh text).

- Advice on respectful wording ("the elderly", "vulnerable adults") does not fit a name the
  writer cannot reword: "Solicitors for the Elderly", "the Elderly Care, Learning Disability ...
  Points of Care", "the Vulnerable Adults Unit". The same words in small letters, or opening a
  sentence, are still flagged.
- A Title Case name that ends with Centre, Initiative or Programme is the name of a body or of
  what it runs, like one ending with Board or Trust: a term inside it is part of the name
  ("the Specialist and Critical Care Centre"). The term alone, or the whole name being the
  term, still counts.
"""

from __future__ import annotations

import pytest

import jargonfree


def _flagged(text: str) -> set[str]:
    return {f.text for f in jargonfree.check(text).findings if f.kind in ("abbreviation", "jargon", "uncommon")}


@pytest.mark.parametrize(
    "text, words",
    [
        ("She is a member of Solicitors for the Elderly and advises families.", "Elderly"),
        ("In all, 300 people in the Elderly Care, Learning Disability and Mental Health Programmes of Care were seen.", "Elderly Care"),
        ("It was run by the Vulnerable Adults Unit in Belfast.", "Vulnerable Adults"),
        ("Patients go to the Specialist and Critical Care Centre in Cwmbran.", "Critical Care"),
        ("We follow the International Dysphagia Diet Standardisation Initiative levels.", "Dysphagia"),
    ],
)
def test_a_term_inside_a_name_is_not_flagged(text, words):
    assert not any(words in found for found in _flagged(text))


@pytest.mark.parametrize(
    "text, words",
    [
        ("The protocol aims to protect vulnerable adults in care homes.", "vulnerable adults"),
        ("Vulnerable Adults need our help to stay safe.", "Vulnerable Adults"),
        ("We help the elderly to stay at home.", "the elderly"),
        ("He was moved to critical care after the operation.", "critical care"),
        ("She has dysphagia after her stroke.", "dysphagia"),
    ],
)
def test_the_same_words_outside_a_name_are_still_flagged(text, words):
    assert words in _flagged(text)
