"""A rare word that opens a sentence is a name when the same text writes it capitalised, on its
own, inside a sentence of running text (opening_names.named_elsewhere): the text treats it as a name, so
it is not reported in one sentence and left alone in the next."""

from __future__ import annotations

from conftest import flagged_rules


def test_a_word_the_text_writes_as_a_name_inside_a_sentence_is_a_name_at_the_start_of_one():
    assert "Cafcass" not in flagged_rules("Cafcass will write a report for the court. The court asks Cafcass for advice.")


def test_without_a_second_use_the_word_at_the_start_is_still_judged_alone():
    # (Cafcass itself is now a body's name of data/one_word_body_names.txt: another rare word here.)
    assert flagged_rules("Scrutineers will write a report for the court.").get("Scrutineers") == "uncommon/word"


def test_the_first_word_of_a_title_case_name_elsewhere_does_not_make_a_name():
    text = "Perseveration is common in autism. The Perseveration Group meets on Fridays."
    assert flagged_rules(text).get("Perseveration") == "uncommon/word"


def test_a_word_built_from_medical_word_parts_is_not_made_a_name():
    text = "Leukopenia is common after chemo. Ask your nurse about Leukopenia and what it means."
    assert flagged_rules(text).get("Leukopenia") == "uncommon/word"


def test_a_heading_or_a_short_question_is_not_running_text():
    # review23: a capital before the word, or a sentence with one small word, is no sign of a name.
    for text in (
        "Perseveration is common in autism. What is Perseveration?",
        "Perseveration is common in autism. Understanding Perseveration",
        "Perseveration is common in autism. Our Autism Perseveration group meets on Fridays.",
    ):
        assert flagged_rules(text).get("Perseveration") == "uncommon/word", text
