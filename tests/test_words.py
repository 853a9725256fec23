"""words.has_two_capitals: the one test of "written like an abbreviation" that the
explanation, name and plural rules share."""

import pytest

from jargonfree.words import has_two_capitals


@pytest.mark.parametrize("word", ["AMHP", "CPNs", "HbA1c", "DoLS", "SEN"])
def test_abbreviations_have_two_capitals(word):
    assert has_two_capitals(word)


@pytest.mark.parametrize("word", ["Dorset", "The", "pens", "Ms", "x", ""])
def test_words_and_names_do_not(word):
    assert not has_two_capitals(word)
