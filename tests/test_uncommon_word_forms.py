"""The uncommon-word check and the forms a rare word is written in: a rare word inside a
hyphenated word is explained when the whole hyphenated word is (issue 11)."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.checks.uncommon import hyphenated


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text, only={"uncommon"}).findings]


@pytest.mark.parametrize(
    "text",
    [
        "She had high blood pressure in pregnancy (pre-eclampsia) last time.",  # explained before it
        "She had pre-eclampsia (high blood pressure in pregnancy) last time.",  # explained after it
        "Pre-eclampsia, which means high blood pressure in pregnancy, can be serious.",
        "High blood pressure in pregnancy, also known as pre-eclampsia, can be serious.",  # named after it
        "What is pre-eclampsia? It is high blood pressure in pregnancy.",  # a question and its answer
    ],
)
def test_a_rare_word_in_an_explained_hyphenated_word_is_not_flagged(text):
    assert uncommon(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She had pre-eclampsia in her last pregnancy.", ["eclampsia"]),  # not explained
        ("Watch for eclampsia-like fits after the birth.", ["eclampsia"]),
    ],
)
def test_a_rare_word_in_an_unexplained_hyphenated_word_is_still_flagged(text, found):
    assert uncommon(text) == found


def test_the_finding_is_the_rare_word_not_the_whole_hyphenated_word():
    text = "She had pre-eclampsia in her last pregnancy."
    (finding,) = check(text, only={"uncommon"}).findings
    assert text[finding.start : finding.end] == "eclampsia"


@pytest.mark.parametrize(
    ("text", "word", "whole"),
    [
        ("a pre-eclampsia risk", "eclampsia", "pre-eclampsia"),
        ("an eclampsia-like fit", "eclampsia", "eclampsia-like"),
        ("a non-pre-eclampsia-type case", "eclampsia", "non-pre-eclampsia-type"),
        ("an eclampsia risk", "eclampsia", "eclampsia"),
        ("a 24-eclampsia risk", "eclampsia", "eclampsia"),  # digits are not part of a word
        ("risk - eclampsia - again", "eclampsia", "eclampsia"),  # a dash between words
    ],
)
def test_hyphenated_spans_the_whole_hyphenated_word(text, word, whole):
    start = text.index(word)
    s, e = hyphenated(text, start, start + len(word))
    assert text[s:e] == whole


def _uncommon(text):
    return [f.text for f in check(text).findings if f.kind == "uncommon"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Signs to look for: Dysuria; Urgency; Polyuria; Loin pain.", "Polyuria"),
        ("Check for: Suprapubic tenderness and a high temperature.", "Suprapubic"),
    ],
)
def test_a_rare_word_capitalised_as_a_list_item_is_looked_at(text, word):
    # A capital after a semicolon or a colon starts an item, as a capital starts a sentence.
    assert word in _uncommon(text)


@pytest.mark.parametrize(
    "text",
    [
        "Where: Penrhyndeudraeth Family Centre, on the high street.",  # a place, then a name
        "The team met Mrs Polyuria about her care.",  # capitalised inside a sentence: a name
    ],
)
def test_names_after_a_colon_or_inside_a_sentence_are_left_alone(text):
    assert _uncommon(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mum was readmitted the next morning.",
        "He was walking unsteadily without his frame.",
        "Nobody had forewarned us about the move.",
        "The ward was understaffed all weekend.",
        "The phone number was unobtainable.",
        "She had been misdiagnosed twice.",
        # A British spelling with an ending counts as common as its American stem.
        "No nurse checks after their immunisations.",
    ],
)
def test_an_everyday_prefix_on_a_common_word_is_not_an_uncommon_word(text):
    assert uncommon(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        # A prefix the rule leaves out, or what follows it is not a common word.
        ("The plan was a form of subfertility care.", "subfertility"),
        ("Ask the reablement team about it.", "reablement"),
        ("She had a hysteroscopy last year.", "hysteroscopy"),
        # A noun of a process or a state is a term of a trade, whatever its parts.
        ("Nurses must complete revalidation every three years.", "revalidation"),
        ("She has hypoglycaemia unawareness at night.", "unawareness"),
        # A medical word keeps its higher bar, whatever its prefix.
        ("He has had a reintubation in the past.", "reintubation"),
    ],
)
def test_other_rare_words_are_still_uncommon(text, word):
    assert word in uncommon(text)
