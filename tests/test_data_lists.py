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
    from jargonfree import opening_names, rarity
    from jargonfree.checks import abbreviation

    assert abbreviation.known() is read_set("known_abbreviations.txt")
    assert rarity.nation_words() is read_set("nation_words.txt")
    assert rarity.everyday_words() is read_set("everyday_words.txt")
    assert opening_names.places() is read_set("uk_places.txt")
    assert "AMHP" not in abbreviation.known() and "NHS" in abbreviation.known()
    assert "dreich" in rarity.nation_words() and "intranet" in rarity.everyday_words() and "caerphilly" in opening_names.places()


def test_the_patterns_that_ask_for_a_law_read_its_last_words_from_one_list():
    # data/law_name_ends.txt is the one list of the words a law's name ends with.
    from jargonfree import fitting
    from jargonfree.checks import law_usage, laws_named, part_numbers, sections

    ends = read_list("law_name_ends.txt")
    assert ends == ["Act", "Order", "Measure", "Regulations"]
    for word in ends:
        cited = f"section 4 of the Care {word} 2014"
        assert fitting.law_named_after(cited + " says", len("section 4")) == len(cited)
        assert part_numbers.YEAR_LAW.search(f"under the 2014 {word}, she")
        assert sections._names_the_law_of(f"the Care {word} 2014", "2014")
        assert law_usage._OF_A_LAW_AFTER.match(f" (assessments) of the {word}")
        assert laws_named.names_a_law_after(f"section 4 of this {word}", len("section 4"))
        assert laws_named.A_LAW.search(f"the Care {word} says")
    # Lower case or another word names no law.
    assert not part_numbers.YEAR_LAW.search("the 2014 act") and not part_numbers.YEAR_LAW.search("the 2014 Plan")
    assert fitting.law_named_after("section 4 of the Care Plan says", 9) == 9


def test_a_section_is_an_acts_not_a_set_of_regulations():
    # acts._LAW_NAME leaves Regulations out of the list on purpose: regulations have no sections.
    from jargonfree.checks import acts

    assert acts._ANOTHER_LAW_AFTER.match(" of the Immigration and Asylum Act 1999")
    assert acts._ANOTHER_LAW_AFTER.match(" of the Children (Northern Ireland) Order 1995")
    assert not acts._ANOTHER_LAW_AFTER.match(" of the Care Planning Regulations 2010")


def test_word_lists_moved_out_of_code_are_read_from_data():
    from jargonfree import named_explanations, names, other_names

    # names: "NHS Boards and ..." names kinds of body, not one body.
    assert "Boards" in read_set("kinds_of_body_plural.txt")
    # other_names: the kind of body set apart beside a name.
    assert other_names.set_out_as_a_body("POhWER, an independent advocacy service", 0, 6)
    assert not other_names.set_out_as_a_body("POhWER, an independent advocacy scheme", 0, 6)
    # named_explanations: "support called X" needs a word before it that says what the support is.
    def named(text: str, term: str) -> bool:
        return named_explanations.named_after_explanation(text, text.index(term))

    assert named("free, temporary support called reablement", "reablement")
    assert not named("we get support called reablement", "reablement")
    assert named("swelling in the legs called oedema", "oedema")
    assert not named("the head of the team called oedema", "oedema")
    for name in ("kinds_of_body_plural.txt", "body_kind_nouns.txt", "words_not_saying_what_help.txt", "changes_to_the_body.txt"):
        words = read_list(name)
        assert words and len(words) == len(set(words))
