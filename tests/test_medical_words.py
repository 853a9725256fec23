"""Words built from medical word parts ("neuropathy", "emphysema") are uncommon words below a
higher frequency bar than other words; everyday words stay silent (issue 11)."""

from __future__ import annotations

import pytest

from jargonfree import check, lexicon, medical_words
from jargonfree.data import read_list


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text, only={"uncommon"}).findings]


@pytest.mark.parametrize(
    "word",
    ["neuropathy", "emphysema", "neutrophilia", "colonoscopy", "thrombosis", "hysterectomy", "cardiologists", "carcinomas"],
)
def test_words_built_from_medical_parts_are_medical(word):
    assert medical_words.is_medical(word)


@pytest.mark.parametrize(
    "word",
    # everyday words that share letters with a part, and known words on the everyday list
    ["biology", "technology", "therapy", "hospital", "cardigan", "hysterical", "cinema", "aroma", "colour",
     "myriad", "diplomas", "bronchitis", "meningitis", "gastronomy"],
)
def test_everyday_words_are_not_medical(word):
    assert not medical_words.is_medical(word)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # wordfreq counts these above the ordinary bar (2.6): only the medical bar catches them
        ("He has COPD, bronchitis, emphysema and diabetes.", ["emphysema"]),
        ("She is waiting for a colonoscopy next month.", ["colonoscopy"]),
        ("Her prognosis is good after the operation.", ["prognosis"]),
        ("Both cardiologists agreed on the plan.", ["cardiologists"]),
        # a word wordfreq does not know, starting a sentence, is not a name when it is medical
        ("Wash your hands. Neutrophilia carries a risk of sepsis.", ["Neutrophilia"]),
    ],
)
def test_medical_words_below_the_higher_bar_are_uncommon(text, found):
    assert uncommon(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "We studied biology and technology at the hospital therapy unit.",
        "She had pneumonia last winter and it took a long diagnosis.",  # above the medical bar
        "He lives with arthritis and bronchitis.",  # known by most readers
        "Everyone got their diplomas at the gastronomy course.",
        "Ask the Neurology team at reception.",  # a capital inside a sentence: a service's name
        "Smiddybrae is a lovely place to live.",  # a name wordfreq does not know
    ],
)
def test_everyday_and_known_words_stay_silent(text):
    assert uncommon(text) == []


def test_the_higher_bar_is_above_the_ordinary_one_and_a_word_above_it_is_not_uncommon():
    assert medical_words.ZIPF > 2.6
    assert lexicon.zipf("pneumonia") >= medical_words.ZIPF and medical_words.is_medical("pneumonia")
    assert uncommon("The pneumonia clinic is on the left.") == []


def test_word_parts_are_written_with_one_hyphen_at_one_end():
    for part in read_list("medical_word_parts.txt"):
        assert part == part.lower() and part.count("-") == 1 and part.strip("-") == part.replace("-", ""), part


def test_each_everyday_medical_word_is_one_the_parts_would_match():
    # An entry the parts would not match anyway is dead weight: the list holds exceptions only.
    listed = read_list("everyday_medical_words.txt")
    assert listed
    parts = medical_words.parts()
    for word in listed:
        singular = word[:-1] if word.endswith("s") else word
        assert any(word.startswith(p) for p in parts[0]) or any(
            w.endswith(s) for w in (word, singular) for s in parts[1]
        ), word
