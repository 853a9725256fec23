"""False flags on real pages (session 20): letters that open the name of an event or a place,
abbreviations most of the public knows, and names that hold a glossary word. Each rule has cases
that must stay flagged."""

from __future__ import annotations

import pytest
from conftest import flagged


# -- letters that open the name of an event or a place ----------------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("A garden that won a gold medal at this year's RHS Chelsea Flower Show will be replanted at a hospice.", "RHS", False),
        ("We will build a show garden for the RHS Chelsea Flower Show in 2025.", "RHS", False),
        ("Yesterday our volunteers were at TARAGGAN Educational Gardens & Nursery.", "TARAGGAN", False),
        ("Tickets for the QZX Summer Music Festival are free.", "QZX", False),
        # No name of an event or a place after the letters, or too short a name, or a team's name.
        ("The RHS judges gave the garden a medal.", "RHS", True),
        ("We went to the RHS Show.", "RHS", True),
        ("We met the PQR Duty Team yesterday.", "PQR", True),
        ("Ask the PQR about the Chelsea Flower Show.", "PQR", True),
    ],
)
def test_letters_that_open_an_events_or_a_places_name_are_part_of_it(text, letters, flag):
    assert (letters in flagged(text)) is flag
