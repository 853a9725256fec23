"""Plain words take the forms the sentence needs, in UK English (rewrites that keep English).

Found in rewrites of real pages and posts: "educational settings" became "school, nursery or
colleges", "can be obtained" became "can be gotten" and "professionals nominated by the
managers" became "professionals chose by the managers"; "patients are not conveyed" became
"patients are not took".
"""

import pytest

from jargonfree.inflect import inflect_phrase, is_sure


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("approved mental health professional", "approved mental health professionals"),
        ("care place away from home", "care places away from home"),
        ("a blood test", "blood tests"),
        # a list of nouns: each takes the plural
        ("school, nursery or college", "schools, nurseries or colleges"),
        ("parent or carer", "parents or carers"),
        # a participle between the noun and "in", "to", "after": the noun takes it
        ("infection caught in hospital", "infections caught in hospital"),
        ("child looked after", "children looked after"),
        ("patient waiting to leave hospital", "patients waiting to leave hospital"),
        # "the" after a noun starts a clause about it
        ("service the council or NHS pays for", "services the council or NHS pays for"),
        # "staff" stays "staff"
        ("stand-in staff", "stand-in staff"),
    ],
)
def test_a_noun_phrase_takes_its_plural(phrase, plural):
    assert is_sure(phrase, "s", "noun")
    assert inflect_phrase(phrase, "s", "noun") == (plural, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UK English: "got", not "gotten"
        ("The form can be obtained by phoning us.", "The form can be got by phoning us."),
        # "by" after it makes the past form a participle: "chosen by", not "chose by"
        (
            "It is a panel of three professionals nominated by the managers.",
            "It is a panel of three professionals chosen by the managers.",
        ),
        # without "by" or a helping verb it stays the simple past
        ("She nominated her sister.", "She chose her sister."),
        ("The crew never conveyed him to hospital.", "The crew never took him to hospital."),
        # a "not", "also" or a short form between the helping verb and the past form
        ("Most patients are not conveyed to hospital.", "Most patients are not taken to hospital."),
        ("He wasn\u2019t conveyed to hospital.", "He wasn\u2019t taken to hospital."),
        ("Patients were also conveyed to A&E.", "Patients were also taken to A&E."),
    ],
)
def test_past_forms_fit_uk_english_and_the_sentence(text, expected):
    import jargonfree

    assert jargonfree.rewrite(text).text == expected


def test_an_adjective_abbreviation_in_the_plural_is_left_to_a_person():
    # IV stands for an adjective ("intravenous"): "IVs" has no plural of it ("intravenouses").
    import jargonfree

    text = "She needs injections and IVs for her infection."
    assert jargonfree.rewrite(text).text == text
    assert not is_sure("intravenous", "s", "adjective")


def test_a_plural_term_gets_the_plural_of_a_phrase_with_a_participle():
    # seen listing the plural forms of the glossary's plain words: "infection caughts in hospital"
    import jargonfree

    text = "Hospital-acquired infections are rare on this ward."
    assert jargonfree.rewrite(text).text == "Infections caught in hospital are rare on this ward."


@pytest.mark.parametrize("phrase", ["team around the family", "deciding the order", "pregnancy outside the womb"])
def test_the_after_a_preposition_or_an_ing_form_does_not_end_the_noun(phrase):
    # "around", "deciding", "outside" are not the head: no "arounds", "decidings", "outsides"
    plural, _ = inflect_phrase(phrase, "s", "noun")
    assert plural.split()[1] == phrase.split()[1]


def test_a_choice_names_plain_words_as_written_first_then_in_any_form(monkeypatch):
    from jargonfree import inflect

    plain = ["start", "look into"]
    assert inflect.chosen_plain_words("Start", plain) == 0
    assert inflect.chosen_plain_words("started", plain) == 0
    assert inflect.chosen_plain_words("look into", plain) == 1
    # As the text would put it: "looked into" is no form forms_of makes of "look into".
    assert inflect.chosen_plain_words("looked into", plain) is None
    assert inflect.chosen_plain_words("looked into", plain, ["started", "looked into"]) == 1
    assert inflect.chosen_plain_words("restart", plain) is None
    # Written as the glossary writes it: no word tables are asked.
    def no_tables(words):
        raise AssertionError("forms_of asked for " + words)

    monkeypatch.setattr(inflect, "forms_of", no_tables)
    assert inflect.chosen_plain_words("LOOK INTO", plain) == 1
    # An exact match wins over a form of an earlier option.
    assert inflect.chosen_plain_words("starts", ["start", "starts"]) == 1
