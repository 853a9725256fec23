"""Nation labels widened in session 25 (trust25): words each UK nation's law uses are not
reported as 'England and Wales only', and a Scottish reader gets Scotland's meaning of
'looked after child'."""

from __future__ import annotations

import pytest

import jargonfree


def jargon(text: str, jurisdiction: str):
    return [f for f in jargonfree.check(text, jurisdiction=jurisdiction, only=["jargon"]).findings]


@pytest.mark.parametrize("jurisdiction", ["scotland", "northern-ireland", "england-wales"])
@pytest.mark.parametrize(
    "text, rule",
    [
        ("The doctor said she lacks capacity to decide where to live.", "mental-capacity/lacks-capacity"),
        ("We checked whether she has capacity to decide about moving.", "mental-capacity/capacity"),
        ("He has a mental disorder that needs treatment in hospital.", "mental-health-law/mental-disorder"),
    ],
)
def test_words_every_nations_law_uses_get_no_england_only_note(text, rule, jurisdiction):
    [found] = jargon(text, jurisdiction)
    assert found.rule == rule
    assert "England and Wales only" not in found.message


def test_a_law_word_of_england_and_wales_still_gets_the_note_in_scotland():
    [found] = jargon("Her son holds a deputyship order for her money.", "scotland")
    assert "England and Wales only, not in Scotland" in found.message


@pytest.mark.parametrize(
    "jurisdiction, rule",
    [
        ("scotland", "other-nations/looked-after-child--scotland"),
        ("northern-ireland", "other-nations/looked-after-child--northern-ireland"),
        ("england-wales", "children-and-send/looked-after-child"),
    ],
)
def test_looked_after_child_takes_the_readers_nations_meaning(jurisdiction, rule):
    [found] = jargon("Each looked-after child has a review of their care plan.", jurisdiction)
    assert found.rule == rule
    assert "only, not in" not in found.message


def test_looked_after_as_an_everyday_verb_is_not_flagged_in_scotland():
    assert jargon("She looked after a child at the nursery for ten years.", "scotland") == []
    assert jargon("The nurses looked after children on the ward.", "scotland") == []
