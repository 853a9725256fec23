"""Numbered parts of a law written short ("s.17", "s44"), in the plural ("sections 7 to 10"),
with letters ("section 13ZA", "Schedule A1") or after a year ("of the 2003 Act"); and glossary
forms such as "s 3" that must not match the end of "it's" (issue 11)."""

from __future__ import annotations

import pytest
from conftest import flagged

from jargonfree import check


@pytest.mark.parametrize(
    "text, part",
    [
        ("Under s.17 of the Children Act 1989 we can help your family.", "s.17"),
        ("The local authority has duties under s.42(2).", "s.42(2)"),
        ("Ask about your rights under ss.2-3.", "ss.2-3"),
        ("A referral under section 13ZA of the Social Work (Scotland) Act 1968 was made.", "section 13ZA"),
        ("Part 16 of the 2003 Act protects patients.", "Part 16"),
        ("Under Schedule A1 the care home must apply.", "Schedule A1"),
        ("Under sections 7 to 10 of the Act, council officers may visit.", "sections 7 to 10"),
        ("Under sections 2 and 3 of the Mental Health Act people can be detained.", "sections 2 and 3"),
        ("She was accommodated under S20 last year.", "S20"),
    ],
)
def test_parts_of_a_law_are_flagged_whole(text, part):
    assert part in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's 3 o'clock, he's 2 and she’s 5.",  # the "s" of a contraction and a number
        "Our S3 pupils start their exams in May.",  # a school year in Scotland
        "The kids are in Year 7s and love 5s and 6s.",
        "Read section 3 of this leaflet, then fill in Part 2 of the form.",
        "See Sections 1 and 2 below.",
    ],
)
def test_numbers_that_are_not_parts_of_a_law_are_left_alone(text):
    assert flagged(text) == []


def test_a_channel_name_is_not_a_section():
    rules = [f.rule for f in check("Watch it on S4C tonight.").findings]
    assert "legal/section-reference" not in rules
