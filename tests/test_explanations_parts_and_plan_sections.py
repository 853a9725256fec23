"""Two more ways real pages explain a term (session 18), with counter-examples in the same words
that stay flagged: a team "with a mix of" the people in it, listed; and a lettered section "of an
EHC plan" (or another plan, form or report) with what it sets out, at length."""

from __future__ import annotations

import pytest
from conftest import flagged


def test_a_team_with_a_mix_of_listed_people_is_explained():
    text = "The check is done by a multi-disciplinary team with a mix of nurses, psychologists and speech therapists."
    assert "multi-disciplinary team" not in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # A mix of something that is not a list of who is in it.
        "We met the multi-disciplinary team with a mix of feelings.",
        # No mix at all.
        "We met the multi-disciplinary team with our son on Monday.",
    ],
)
def test_a_team_with_no_list_of_its_people_is_not_explained(text):
    assert "multi-disciplinary team" in flagged(text)


def test_a_lettered_section_of_a_plan_and_what_it_sets_out_at_length_is_explained():
    text = (
        "Section F of an EHC plan sets out the extra help at school that your child must get so that "
        "their needs are met every single week."
    )
    assert "Section F" not in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # Too short to say what it holds.
        "Section F of an EHC plan sets out the help.",
        # Not a part of a plan, form or report.
        "About your EHC plan: Section F of the council letter sets out the rooms where your child will get extra help at school every single week.",
    ],
)
def test_a_lettered_section_with_too_little_said_stays_flagged(text):
    assert "Section F" in flagged(text)
