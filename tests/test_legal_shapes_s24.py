"""Legal shapes session 23 left: a Practice Direction with its short form before its number
("Practice Direction (PD) 9A"), a court's rule written short ("r.3.4"), and a section of the
Mental Health Act named by its number alone as a noun ("she was put on a 136"), only where the
paragraph speaks of the Act, the police or detention.

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest

from conftest import texts_of_rule
from jargonfree.checks.section_advice import SECTION_RULE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court follows Practice Direction (PD) 9A on applications.", "Practice Direction (PD) 9A"),
        ("The court can strike out a claim under r.3.4 of the Civil Procedure Rules.", "r.3.4"),
        ("The judge used CPR r.3.4(2)(a) to strike it out.", "r.3.4(2)(a)"),
        ("The Court of Protection may act under r. 12.3 when a form is late.", "r. 12.3"),
        ("She was put on a 136 by the police last night.", "136"),
        ("The police took him to hospital on a 136 under the Mental Health Act.", "136"),
        ("She was sectioned and is now on a 3.", "3"),
        ("He was detained. They kept him under a 5(2) until the doctor came.", "5(2)"),
    ],
)
def test_a_law_part_in_these_shapes_is_flagged(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)


@pytest.mark.parametrize(
    "text",
    [
        # A number after "on a" with a noun after it, or with no police, Act or detention near.
        "The police say to get on a 136 bus into town.",
        "After the police left I went on a 2 week course.",
        "She was put on a 136 by mistake, said the bus driver.",
        "We are on a 3 and the house is warm.",
        # "r." with a number that has no dotted part, or with no court, rules or law near it.
        "Our app is at version r.3.4 now.",
        "See r.3 for more.",
    ],
)
def test_the_same_numbers_elsewhere_are_not_flagged(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        # review24: 2, 3 and 4 also count things near the police: a decimal, "and a half", a list, a time.
        "The police kept us waiting. We went on a 2.5 mile walk after.",
        "We waited at the police station on a 2 and a half hour wait.",
        "My son is on a 4 and a half year waiting list for CAMHS after the police brought him home.",
        "The police officer was on a 3 in the afternoon shift.",
        "She was sectioned. Her son is on a 2 at school now.",
        "The detention centre runs on a 3, sometimes 4 shift pattern.",
    ],
)
def test_small_numbers_that_count_things_are_not_sections(text):
    assert texts_of_rule(text, SECTION_RULE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was put on a 3 last night under the Mental Health Act.", "3"),
        ("He was detained on a 2.", "2"),
        ("He was detained under a 5(2), then assessed.", "5(2)"),
    ],
)
def test_a_small_section_number_that_ends_its_clause_is_flagged(text, expected):
    assert expected in texts_of_rule(text, SECTION_RULE)
