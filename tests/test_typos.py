"""Everyday words written wrongly (a slip of the keys, a drawn-out word) read as the words
they stand for, and the uncommon-word check leaves them alone; real rare words, and slips of
rare medical words, are still reported (issue 11, precision)."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.rarity import common_enough
from jargonfree.typos import drawn_out, slip_of


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text, only={"uncommon"}).findings]


@pytest.mark.parametrize(
    ("slip", "word"),
    [
        ("disharge", "discharge"),  # a letter left out
        ("middnight", "midnight"),  # a letter added
        ("incompetant", "incompetent"),  # a letter changed
        ("disucssion", "discussion"),  # two letters swapped
    ],
)
def test_a_slip_of_the_keys_is_found(slip, word):
    assert slip_of(slip) == word


@pytest.mark.parametrize(
    "word",
    [
        "stimming",  # wordfreq knows it: a word, however rare (one letter from "swimming")
        "bolus",  # too short: one letter from too many words ("bonus")
        "peadiatrician",  # the word it stands for is itself rare
        "calprotectin",  # a rare word with no everyday word a letter away
    ],
)
def test_rare_words_are_no_slips(word):
    assert slip_of(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "They gave 2 hours notice of disharge due to bed pressure.",
        "Your midwife may refer you for further disucssion.",
        "I was excluded from school soooooooo many times.",
        "Pleeeease can someone help me with the form?",
    ],
)
def test_everyday_words_written_wrongly_are_not_uncommon_words(text):
    assert uncommon(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My son has started stimming more at school.", "stimming"),
        ("The peadiatrician wants to see him again.", "peadiatrician"),
        ("Her faecal calprotectin was raised.", "calprotectin"),
    ],
)
def test_rare_words_and_slips_of_rare_words_are_still_uncommon(text, word):
    assert word in uncommon(text)


def test_a_drawn_out_word_reads_as_the_word():
    assert drawn_out("soooooooo", lambda w: common_enough(w, 2.6))
    assert drawn_out("reaaaally", lambda w: common_enough(w, 2.6))
    assert not drawn_out("carefully", lambda w: True)  # no letter three times in a row
    assert not drawn_out("zzzzyqx", lambda w: common_enough(w, 2.6))


@pytest.mark.parametrize(
    "text",
    [
        "I had an emergency caesarean under general anaesthetic.",
        "She was treated for postnatal depression.",
        "You may see a dietician and an anaesthetist before the operation.",
        "He takes statin tablets for his cholesterol.",
        "Local anaesthetic lubricating jelly is used.",
    ],
)
def test_everyday_words_of_hospital_and_pregnancy_are_not_uncommon(text):
    assert uncommon(text) == []


def test_rare_words_of_hospital_and_pregnancy_are_still_uncommon():
    assert uncommon("A pessary was inserted at 10am.") == ["pessary"]
    assert "sonographer" in uncommon("The sonographer could not find the heartbeat.")
