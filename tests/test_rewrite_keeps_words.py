"""A replacement must not leave out a word the text says, nor leave a quotation open
(issue 3: change only what should change).

A form written into an entry can carry a word of its own: "maintained nursery" is a form of
"maintained school", so putting the entry's plain words ("council-run school") in its place
would lose "nursery". Such a finding is left for a person to reword; a synonym written as a form
("on the grounds that" for "in light of the fact that") is still replaced whole. The cases are
written for these tests, in the shapes found in rewrites of real pages.
"""

import pytest

import jargonfree
from jargonfree.replacement_blockers import DROPS_WORDS, drops_words

LOSES_A_WORD = [
    # (what the text says, the entry's term, its plain words)
    ("maintained nursery", "maintained school", "council-run school"),
    ("maintained Special Schools", "maintained school", "council-run school"),
    ("early years settings", "educational setting", "school, nursery or college"),
    ("substance misuse services", "substance misuse", "drug or alcohol problems"),
    ("at the council's discretion", "at the discretion of", "up to"),
]

KEEPS_EVERY_WORD = [
    ("on the grounds that", "in light of the fact that", "because"),  # a synonym: shares no word
    ("Looked After Child", "looked-after child", "child in care"),  # the term, hyphen or not
    ("CP plan", "child protection plan", "child safety plan"),  # initials of the term's words
    ("statutory duties", "statutory duty", "legal duty"),  # a plural
    ("made an application", "make an application", "apply"),  # a verb form
    ("deprivation of their liberty", "deprivation of liberty", "taking away someone's freedom"),
    # an entry there to leave words out leaves them out in every form
    ("failed suicide attempt", "unsuccessful suicide attempt", "suicide attempt"),
]


@pytest.mark.parametrize(("matched", "term", "plain"), LOSES_A_WORD)
def test_a_form_with_a_word_of_its_own_would_lose_it(matched, term, plain):
    assert drops_words(matched, term, plain)


@pytest.mark.parametrize(("matched", "term", "plain"), KEEPS_EVERY_WORD)
def test_the_term_its_forms_and_synonyms_lose_nothing(matched, term, plain):
    assert not drops_words(matched, term, plain)


def test_rewrite_leaves_a_form_with_a_word_of_its_own_to_a_person():
    text = "The panel named a maintained nursery school in the plan."
    result = jargonfree.rewrite(text)
    assert result.text == text
    assert DROPS_WORDS in [reason for _, reason in result.skipped]


def test_rewrite_still_replaces_the_term_itself():
    result = jargonfree.rewrite("Parents can ask for a maintained school to be named in the plan.")
    assert "a council-run school" in result.text


ACROSS = [
    ("At your first, or ‘care’ call with the carer you will be helped to wash.", "care’ call"),
    ("The council checks that the adult has ‘eligible’ needs first.", "eligible’ needs"),
]


@pytest.mark.parametrize(("text", "matched"), ACROSS)
def test_plain_words_are_not_put_across_a_quotation_mark(text, matched):
    from jargonfree.replacement_blockers import ACROSS_QUOTES

    result = jargonfree.rewrite(text)
    assert result.text == text  # no open quotation left behind: "‘home care visit"
    assert ACROSS_QUOTES in [reason for finding, reason in result.skipped if finding.text == matched]


def test_an_apostrophe_the_term_writes_is_part_of_it():
    from jargonfree.replacement_blockers import across_quotes

    assert not across_quotes("carers' assessment", "carers' assessment")
    assert across_quotes("booking’ appointment", "booking appointment")
    assert not across_quotes("booking appointment", "booking appointment")


IN_NAMES = [
    "Tell the Anticoagulant Clinic about any medicines you take.",  # a capitalised word after it
    "She was seen by the Community Paediatrician on Monday.",  # one before it, inside the sentence
    "She saw a Consultant Paediatric Gastroenterologist.",
    "Continence Services are specialist teams.",  # at the start, a capitalised word after it
]

NOT_IN_NAMES = [
    ("The Continence team will support you.", "The bladder and bowel control team will support you."),
    ("Domiciliary care includes help to wash.", "Home care includes help to wash."),
    ("Placements of Looked After Children are reviewed.", "Placements of children in care are reviewed."),
    ("Prior to March he lived at home.", "Before March he lived at home."),  # a month is not a name
]


@pytest.mark.parametrize("text", IN_NAMES)
def test_plain_words_are_not_put_into_a_name(text):
    from jargonfree.replacement_blockers import IN_A_NAME

    result = jargonfree.rewrite(text)
    assert result.text == text
    assert IN_A_NAME in [reason for _, reason in result.skipped]


@pytest.mark.parametrize(("text", "expected"), NOT_IN_NAMES)
def test_a_capital_that_starts_a_sentence_or_a_lone_capitalised_term_is_no_name(text, expected):
    assert jargonfree.rewrite(text).text == expected


# A noun whose plain words are a phrase does not fit where the term describes the noun after it
# ("s117 aftercare services" -> not "help and care after leaving hospital services").
_NOUN_ENTRIES = (
    "entries:\n"
    "  - {term: aftercare, plain: help and care after leaving hospital, pos: noun, source: s}\n"
    "  - {term: sputum, plain: phlegm, pos: noun, source: s}\n"
    "  - {term: continence, plain: bladder and bowel control, pos: noun, source: s}\n"
    "  - {term: substance misuse, plain: drug or alcohol problems, pos: noun, source: s}\n"
    "  - {term: commence, plain: make a start on, pos: verb, source: s}\n"
)

BEFORE_A_NOUN_KEPT = [
    "The council provides aftercare services to him.",
    "Ask about an aftercare assessment.",
    "Women with a substance misuse problem can ask for help.",
]
BEFORE_A_NOUN_REPLACED = [
    ("She gets aftercare.", "She gets help and care after leaving hospital."),
    ("He needs aftercare when he leaves.", "He needs help and care after leaving hospital when he leaves."),
    ("Sputum production rose.", "Phlegm production rose."),  # one plain word can describe a noun
    ("The continence team will ring.", "The bladder and bowel control team will ring."),  # joined by "and", singular
    ("We commence treatment today.", "We make a start on treatment today."),  # not a noun
    ("Aftercare needs to be planned.", "Help and care after leaving hospital needs to be planned."),  # its verb
    ("The aftercare lasts as long as he needs it.", "The help and care after leaving hospital lasts as long as he needs it."),
    ("Sputum is thick.", "Phlegm is thick."),
]


@pytest.mark.parametrize("text", BEFORE_A_NOUN_KEPT)
def test_a_phrase_is_not_put_where_the_term_describes_a_noun(text, make_glossary):
    from jargonfree.replacement_blockers import BEFORE_A_NOUN

    result = jargonfree.rewrite(text, glossaries=make_glossary(_NOUN_ENTRIES))
    assert result.text == text
    assert BEFORE_A_NOUN in [reason for _, reason in result.skipped]


@pytest.mark.parametrize(("text", "expected"), BEFORE_A_NOUN_REPLACED)
def test_plain_words_that_fit_before_a_noun_or_elsewhere_are_still_put_in(text, expected, make_glossary):
    assert jargonfree.rewrite(text, glossaries=make_glossary(_NOUN_ENTRIES)).text == expected


def test_the_kinds_of_word_come_from_lemminflect():
    from jargonfree.inflect import readings

    assert readings("assessment") == {"NOUN"} and readings("services") == {"NOUN", "VERB"}
    assert "ADJ" in readings("present") and "ADV" in readings("quickly")
