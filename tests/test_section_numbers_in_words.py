"""A numbered part of a law written in words, as posts write it ("detained under section two
of the Mental Health Act"): flagged where a law is named or the words around use it as
one, and left alone as a part of a leaflet, a form or a stadium."""

from __future__ import annotations

import pytest
from conftest import section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My son has been detained under section two of the Mental Health Act.", "section two"),
        ("He is held under Section Three of the MHA.", "Section Three"),
        ("The Mental Health Act section two lets doctors keep someone for an assessment.", "section two"),
        ("He is under section thirty-seven of the Mental Health Act.", "section thirty-seven"),
        ("Sections two and three of the Act say who can apply.", "Sections two and three"),
        ("A section two assessment was done on the ward.", "section two"),
        ("He was detained under section three. The MHA is old.", "section three"),
        ("They said he was on a section two.", "section two"),
    ],
)
def test_a_laws_part_numbered_in_words_is_flagged(text, expected):
    assert section_references(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Section two of this leaflet tells you how to complain.",
        "Please read section two before you sign.",
        "Section Two: your details. Section Three: your money.",
        "Part One of the course covers cooking.",
        "Under section four you will find our prices.",
        "Fill in the form under section five of this guide.",
        "We sat in section twenty one of the stadium, under the roof.",
        "The section two pupils went on a trip.",
        # explained straight after: nothing left to say
        "He was detained under section two (kept in hospital for an assessment) of the Mental Health Act.",
    ],
)
def test_a_texts_own_parts_numbered_in_words_are_left_alone(text):
    assert section_references(text) == []
