"""Plain words that speak to the reader ("your own home") are not put into a text about the writer
or someone else that does not speak to its reader: a rewrite would say "the council accepted her
extra costs you have because of your disability". Found by reading the rewrites of real pages."""

import pytest

import jargonfree
from jargonfree.fitting import TO_SOMEONE_ELSE, about_someone_else, speaks_to_reader
from jargonfree.inflect import inflect_phrase


@pytest.mark.parametrize(
    "text",
    [
        "The council accepted her disability-related costs and her weekly charge fell.",
        "Floating support helped him keep his flat.",
        "I had not been given a copy of my discharge summary.",
    ],
)
def test_plain_words_for_the_reader_are_not_put_into_a_text_about_someone_else(text):
    result = jargonfree.rewrite(text)
    assert result.text == text
    assert [reason for _, reason in result.skipped] == [TO_SOMEONE_ELSE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tell us about your disability-related costs.", "Tell us about your extra costs you have because of your disability."),
        # Nobody in particular: the plain words read as general advice.
        ("Hospital at home can treat chest infections.", "Hospital care given in your own home can treat chest infections."),
    ],
)
def test_they_are_put_in_where_the_text_speaks_to_its_reader_or_to_nobody_in_particular(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_the_finding_still_offers_them():
    (finding,) = [f for f in jargonfree.check("The council accepted her disability-related costs.").findings if f.kind == "jargon"]
    assert finding.suggestions[0] == "extra costs you have because of your disability"


def test_speaking_to_the_reader():
    assert speaks_to_reader("care you choose and organise yourself")
    assert not speaks_to_reader("young people")  # "you" only as a whole word
    text = "Her care plan changed. Mum is self funding now."
    assert about_someone_else(text, text.index("self"), text.index(" now"))
    assert not about_someone_else("If you are self funding, tell us.", 11, 23)
    assert not about_someone_else("Self funding is common in care homes.", 0, 12)  # nobody in particular


def test_a_pronoun_after_a_noun_starts_a_clause_about_it():
    # The plural goes on "costs" (already plural), not on "have": no "you haves".
    assert inflect_phrase("extra costs you have because of your disability", "s", "noun")[0] == (
        "extra costs you have because of your disability"
    )
    assert inflect_phrase("care place away from home", "s", "noun")[0] == "care places away from home"
