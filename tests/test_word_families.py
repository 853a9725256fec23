"""Word families: an inflected word is as common as its stem, whatever the spelling rule that
joins them ("clotted", "trickiest"), and an everyday word stays everyday in its other forms
("childminders", "leukaemias"); a rare word stays rare in its forms (session 13, issue 11)."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.word_families import stems


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text, only={"uncommon"}).findings]


@pytest.mark.parametrize(
    "word, stem",
    [
        ("clinics", "clinic"),
        ("hoping", "hope"),
        ("clotted", "clot"),
        ("snipping", "snip"),
        ("worried", "worry"),
        ("livelier", "lively"),
        ("trickiest", "tricky"),
        ("sleepiness", "sleepy"),
    ],
)
def test_stems_undo_the_spelling_rules_of_endings(word, stem):
    assert stem in stems(word)


@pytest.mark.parametrize("word, not_a_stem", [("dressed", "dres"), ("falling", "fal"), ("seeing", "se")])
def test_a_doubled_consonant_that_belongs_to_the_stem_is_kept(word, not_a_stem):
    # "dress" + "ed" and "fall" + "ing" are found by the plain rule.
    assert not_a_stem not in stems(word)


def test_short_words_have_no_stems():
    assert stems("bed") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The blood had clotted by the time the nurse came.",  # clot
        "She snipped the dressing off and swabbed the cut.",  # snip, swab
        "Mornings are the trickiest part of the day.",  # tricky
        "His sleepiness got worse after the new tablets.",  # sleepy
        "Both childminders were lovely with him.",  # an everyday care word, plural
        "We had two stairlifts fitted in the end.",
        "Some leukaemias are treated with tablets.",  # an everyday word built from medical parts, plural
        "The optician spotted it first.",
        "Breathlessness and a wheeze are common with a chest infection.",
        "We gave her Calpol and she slept.",
    ],
)
def test_everyday_words_in_any_form_are_not_uncommon(text):
    assert uncommon(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        # A rare word's forms are rare: the stem is looked up, not taken on trust.
        ("Both hysterectomies went well.", "hysterectomies"),
        ("The baby was intubated on the ward.", "intubated"),
        ("Her bilirubin levels were checked twice.", "bilirubin"),
        # A doubled consonant before an ending that is not a form of a common word.
        ("He had a colectomy and an ileostomy.", "colectomy"),
    ],
)
def test_rare_words_in_any_form_are_still_uncommon(text, word):
    assert word in uncommon(text)
