"""Learned words: a word of three or more syllables with a Latin or Greek ending ("practicable",
"appellant", "gestational") must be a little more frequent to count as common (session 13,
issue 11): professionals write them often, lay readers stumble on them."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.learned_words import is_learned


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text, only={"uncommon"}).findings]


@pytest.mark.parametrize("word", ["practicable", "appellant", "gestational", "ambulatory", "adversarial", "notional"])
def test_long_words_with_learned_endings_are_learned(word):
    assert is_learned(word)


@pytest.mark.parametrize(
    "word",
    [
        "tonic",  # two syllables
        "reassessment",  # "-ment" is plain English
        "dehydration",  # "-ation" is not a learned ending here: it adds more everyday words than jargon
        "shuffling",
    ],
)
def test_other_words_are_not_learned(word):
    assert not is_learned(word)


@pytest.mark.parametrize(
    "text, word",
    [
        ("It was not practicable to adapt the bathroom.", "practicable"),
        ("The appellant did not attend the hearing.", "appellant"),
        ("Both appellants were late.", "appellants"),  # its forms too
        ("The notional capital rule may apply to you.", "notional"),
        ("He was seen in the ambulatory care unit.", "ambulatory"),
    ],
)
def test_learned_words_below_the_higher_bar_are_uncommon(text, word):
    assert word in uncommon(text)


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words with learned endings are far more frequent than the bar.
        "The hospital said her capacity to decide was fine.",
        "A professional assistant will visit on Monday.",
        # Below the higher bar but not learned: the everyday bar holds.
        "The reassessment is booked for June.",
        "She was shuffling about with her frame.",
        # Everyday words with learned endings on the everyday list.
        "He is dyslexic and the hyperactivity is worse at night.",
    ],
)
def test_everyday_words_stay_common(text):
    assert uncommon(text) == []
