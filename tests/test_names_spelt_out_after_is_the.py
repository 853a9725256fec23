"""Names real pages spell out that the tool took for jargon (session 18), each with
counter-examples that stay flagged: a short word followed by "is the" and the Title Case name its
letters come from, in order; the short name of a tribunal in a bracket just after its full name."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, word",
    [
        ("Cafcass is the Children and Family Court Advisory and Support Service.", "Cafcass"),
        ("NICE is the National Institute for Health and Care Excellence.", "NICE"),
        ("The AMHP is the Approved Mental Health Professional on duty that day.", "AMHP"),
    ],
)
def test_a_short_word_then_the_full_name_it_comes_from_is_spelt_out(text, word):
    assert word not in flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # "is the" and words that are not its full name.
        ("The AMHP is the best person to phone first.", "AMHP"),
        ("The AMHP is the Duty Social Work Team Leader this week.", "AMHP"),
        # Its letters out of order (and not the glossary's words for it: "the Mental Health
        # Approved Professional" says what an AMHP is, entry_words, session 22).
        ("The AMHP is the Housing and Money Assistance Panel.", "AMHP"),
    ],
)
def test_a_short_word_then_other_capitals_is_not_spelt_out(text, word):
    assert word in flagged(text)


def test_the_short_name_of_a_tribunal_in_a_bracket_after_its_full_name_is_a_name():
    text = "Parents can appeal to the First-tier Tribunal (Special Educational Needs and Disability) (or the SEND Tribunal)."
    assert "SEND Tribunal" not in flagged(text)
    # On its own the short name still needs its letters spelt out.
    assert "SEND Tribunal" in flagged("Parents can appeal to the SEND Tribunal within two months.")
