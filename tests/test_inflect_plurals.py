"""A plural is put on plain words only when their head word is a noun (rewrites that keep English).

Found in rewrites of real ward posts: "injections and IVs" became "injections and intravenouses
(IVs)", and "phase transfers" became "movings to the next stage of school". Words known only as
adjectives take no plural, so the grammar is not sure and the rewrite leaves it to a person.
"""

import pytest

from jargonfree.inflect import inflect_phrase, is_sure


@pytest.mark.parametrize("phrase", ["intravenous", "subcutaneous", "moving to the next stage of school"])
def test_a_head_word_known_only_as_an_adjective_takes_no_plural(phrase):
    assert not is_sure(phrase, "s", "noun")
    assert not inflect_phrase(phrase, "s", "noun")[1]


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("approved mental health professional", "approved mental health professionals"),
        ("care place away from home", "care places away from home"),
        ("a blood test", "blood tests"),
    ],
)
def test_a_noun_phrase_takes_its_plural(phrase, plural):
    assert is_sure(phrase, "s", "noun")
    assert inflect_phrase(phrase, "s", "noun") == (plural, True)
