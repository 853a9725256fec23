"""A form an entry lists by hand that is an inflection of its term ("enhancing" for "enhance",
listed where ``no_inflections`` keeps "enhanced" out) gives the plain words the same
inflection, so a rewrite keeps the sentence English. Found by reading rewrites of real pages
("to enhancing communication skills" became "to improve communication skills")."""

import pytest

import jargonfree
from jargonfree.glossary.derive import forms

REWRITES = [
    ("They are enhancing the service.", "They are improving the service."),
    ("The social worker establishes what happened.", "The social worker finds out what happened."),
    ("She made an application to the court.", "She applied to the court."),
    ("The nurse makes an application for admission.", "The nurse applies for admission."),
    ("We are making an application to the court.", "We are applying to the court."),
    ("Out-of-area placements cost more.", "Care places away from home cost more."),
    # a written form that is another written form with "s": its plural ("ed psychs", "saturation levels")
    ("Two ed psychs came to the school.", "Two educational psychologists came to the school."),
    ("Her saturation levels dropped overnight on the ward.", "Her oxygen levels dropped overnight on the ward."),
]


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_a_written_inflection_inflects_the_plain_words(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_the_term_itself_keeps_its_plain_words_as_written():
    assert jargonfree.rewrite("We will establish what happened.").text == "We will find out what happened."


def test_written_forms_get_the_suffix_of_the_inflection_they_are():
    entry = jargonfree.load_glossary().lookup("enhance")
    assert entry.no_inflections
    suffixes = {form.key: form.suffix for form in forms(entry)}
    assert suffixes == {"enhance": "", "enhances": "s", "enhancing": "ing"}


def test_a_phrase_keeps_its_written_forms_as_they_are():
    # A phrase has no inflections its plain words could follow ("going forwards" is not the
    # plural of "going forward"): its written forms keep no suffix.
    entry = jargonfree.load_glossary().lookup("going forward")
    assert {form.suffix for form in forms(entry) if form.key == "going forwards"} == {""}


def test_a_written_form_that_is_another_with_s_is_its_plural():
    entry = jargonfree.load_glossary().lookup("ed psych")
    suffixes = {form.key: form.suffix for form in forms(entry)}
    assert suffixes["ed psychs"] == "s" and suffixes["ed psych"] == ""


def test_a_written_form_ending_in_s_that_is_no_other_form_with_s_keeps_no_suffix():
    # "salient facts" is no "salient fact" + "s" written in the entry: its plain words stay as written
    entry = jargonfree.load_glossary().lookup("salient information")
    suffixes = {form.key: form.suffix for form in forms(entry)}
    assert suffixes["salient facts"] == ""


def test_the_term_itself_keeps_no_suffix_though_another_form_is_it_less_s():
    # "choice based lettings" is one scheme ("a way of getting a ... home"), though "choice
    # based letting" is written too: the plain words are written for the term's own number
    entry = jargonfree.load_glossary().lookup("choice based lettings")
    suffixes = {form.key: form.suffix for form in forms(entry)}
    assert suffixes["choice based lettings"] == ""
