"""A section of an Act written "sec" run together with its number, as posts write it: "on a
sec2 for 28 days", "police used their sec136 powers" (jargonfree/glossary/derive.py), like
"s2", "sec 2" and "sec.2" before it. Words that only start with "sec" are left alone. The
sentences are our own."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("He was on a sec2 for 28 days, then they let him home.", "sec2", "mental-health-law/section-2"),
        ("She is on a Sec3 on the ward now.", "Sec3", "mental-health-law/section-3"),
        ("Police used their sec136 powers outside the station.", "sec136", "mental-health-law/section-136"),
    ],
)
def test_sec_run_together_with_its_number_is_a_section(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text",
    [
        "Boil the eggs for 30 sec, 2 at a time.",
        "The second 2 weeks were easier.",
        "Our secretary sent 2 letters.",
    ],
)
def test_other_words_with_sec_are_not_sections(text):
    assert not any(f.lower().startswith("sec") for f in flagged(text))
