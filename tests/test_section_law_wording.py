"""A numbered section or schedule with no law named is still a law's part when the wording
around it is a law's wording: "set out in section 25", "under Schedule 1", "Section 24 provides"."""

from __future__ import annotations

import pytest
from conftest import section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harm test set out in section 25 must also be met.", "section 25"),
        ("A panel can agree it under Schedule 1 when it meets.", "Schedule 1"),
        ("The panel can agree to it under Schedule 2.", "Schedule 2"),
        ("Section 24 provides that only some cases count.", "Section 24"),
        ("Section 12 requires the trust to write to you.", "Section 12"),
        ("It must be authorised by a panel under Schedule 1.", "Schedule 1"),
        ("The condition set out in section 25 must also be met.", "section 25"),
        ("Section 24 provides that only some kinds of detention are allowed.", "Section 24"),
    ],
)
def test_a_laws_wording_around_a_numbered_part_is_flagged(text, expected):
    assert expected in section_references(text)


@pytest.mark.parametrize(
    "text",
    [
        "Read section 2 of this leaflet before you call us.",
        "Part 2 applies to you if you live alone.",
        "See Part 3 below for our opening times.",
        "The answer is in section 5 of the booklet.",
        "Under section 4 you will find our prices.",
        "See section 3 of this leaflet for our opening times.",
        "Section 4 of the form asks about your income.",
        "Under section 5 of our policy, we reply in 10 days.",
        "Read section 2 below.",
        "Part 2 of the survey is about your home.",
    ],
)
def test_a_leaflets_sections_are_left_alone(text):
    assert section_references(text) == []


def test_under_a_section_of_a_guide_is_left_alone():
    assert section_references("Fill in the form under section 5 of this guide.") == []
    assert section_references("The rules under section 5 of the Care Act 2014 apply.") == ["section 5"]
