"""The word lists in jargonfree/data, and the one helper the checks read them as sets through."""

from __future__ import annotations

import pytest

from jargonfree.data import read_list, read_set

SETS = ["known_abbreviations.txt", "passive_exceptions.txt", "nation_words.txt", "everyday_words.txt", "uk_places.txt", "everyday_medical_words.txt"]


@pytest.mark.parametrize("name", SETS)
def test_a_set_holds_the_lines_of_its_list_and_no_comments_or_blanks(name):
    words = read_set(name)
    assert words and words == frozenset(read_list(name))
    assert not any(not w or w != w.strip() or w.startswith("#") for w in words)


def test_each_check_reads_its_word_list_through_read_set():
    # One copy of each list in memory, whichever check asks for it.
    from jargonfree.checks import abbreviation, uncommon

    assert abbreviation.known() is read_set("known_abbreviations.txt")
    assert uncommon.nation_words() is read_set("nation_words.txt")
    assert uncommon.everyday_words() is read_set("everyday_words.txt")
    assert uncommon.places() is read_set("uk_places.txt")
    assert "AMHP" not in abbreviation.known() and "NHS" in abbreviation.known()
    assert "dreich" in uncommon.nation_words() and "intranet" in uncommon.everyday_words() and "caerphilly" in uncommon.places()
