"""Ways of explaining a term that were counted on many hosts of real text in session 14: a
sentence that opens with the term in quotes and says what it is, a bare noun and a preposition
after "is" ("is damage to the skin ..."), a described thing and then "called" and its name with
no article ("a lung infection called aspiration pneumonia"), and one plain noun in brackets at
the end of a clause ("cognition (understanding),"). Each shape has its counter-examples beside
it: the same words that do not explain."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # The term in quotes opens the sentence that says what it is.
        ("'Respite' means a short break for the person who does the caring.", "Respite"),
        ("'Deprivation of assets' is when a person gives money away so that it is not counted.", "Deprivation of assets"),
        ("A 'deferred payment agreement' is an arrangement that lets you pay the care home later.", "deferred payment agreement"),
        # The same in curly quotes: a quotation that opens a sentence is not a title for its capital alone.
        ("‘Respite’ means a short break for the person who does the caring. We can arrange respite.", "respite"),
        ("“Floating support” is the term used to describe help in your own home. Floating support workers visit.", "Floating support"),
        # A bare noun and a preposition: what it is, of, to or for.
        ("A pressure ulcer is damage to the skin from staying in one position for too long.", "pressure ulcer"),
        ("Pressure ulcers are localised areas of damage to the skin over a bony part of the body.", "Pressure ulcers"),
        ("Palliative care is comfort, care and support for people whose illness cannot be cured.", "Palliative care"),
        # "the process of".
        ("Deprivation of assets is the process of giving away money so you pay less for care.", "Deprivation of assets"),
    ],
)
def test_a_sentence_that_says_what_the_term_is_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Quotes do not make a verdict a definition.
        ("'Reablement' is hard to get in our area and the wait is long.", "Reablement"),
        ("‘Reablement’ is hard to get in our area and the wait is long.", "Reablement"),
        # What is done to it, or when, says nothing of what it is.
        ("Jaundice is caused by a build-up of a yellow substance in the blood.", "Jaundice"),
        ("A colonoscopy is often undertaken to find out the cause of the bleeding.", "colonoscopy"),
        ("Reablement is carried out by a small team over about six weeks at home.", "Reablement"),
        ("A pessary is left in for up to a day and then the midwife checks you.", "pessary"),
        # A verdict or a ranking with a preposition.
        ("Reablement is nonsense in my experience of it after two hospital stays.", "Reablement"),
        ("Reablement is critical to people being able to keep going at home.", "Reablement"),
        ("Triage is the reason for the long wait in the emergency department today.", "Triage"),
    ],
)
def test_the_same_words_that_do_not_say_what_it_is_leave_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A thing, described, then "called" and its name with no article.
        ("Food can go into the lungs and cause a chest infection called aspiration pneumonia.", "aspiration pneumonia"),
        # Adjectives with commas before the thing.
        ("The doctor uses a thin, bendy camera called a colonoscope to look inside.", "colonoscope"),
        # Set apart by commas, "often called".
        ("You pay what you can afford after a financial assessment, often called a means test.", "means test"),
        ("Next comes a longer assessment, called a core assessment, with other services.", "core assessment"),
    ],
)
def test_a_described_thing_called_by_the_term_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A person who "called" makes a telephone call.
        ("Then a nurse called triage and they told us to come in.", "triage"),
        ("A social worker called the AMHP late that night.", "AMHP"),
        # A bare kind and a bare name say too little.
        ("She may have a condition called delirium after the operation.", "delirium"),
        # The words after the name belong to a list, not to "called".
        ("We do a longer assessment, called a core assessment, with the assistance of the police.", "assistance"),
    ],
)
def test_called_after_a_person_or_before_a_list_does_not_explain(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The checklist covers behaviour, cognition (understanding), mobility and breathing.", "cognition"),
        ("If you meet the eligibility criteria (conditions), the council may pay for some care.", "eligibility criteria"),
    ],
)
def test_one_plain_noun_in_brackets_at_the_end_of_a_clause_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A word that qualifies the term: its stage, its kind, whom it is for.
        ("They run a reablement service (pilot), paid for by the council this year.", "reablement"),
        ("She had a statutory assessment (again), and they said no.", "statutory"),
        ("We went to the reablement unit (adults), which is on the hospital site.", "reablement"),
    ],
)
def test_a_qualifying_word_in_brackets_at_the_end_of_a_clause_leaves_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A quoted term and then its bracket.
        ("The police may take someone to a “place of safety” (often a hospital) to be assessed.", "place of safety"),
        ("You could have some of your benefit 'sanctioned' (stopped for a time) if you miss it.", "sanctioned"),
        # Another name set apart by commas between the term and what it is.
        ("Pressure ulcers, also known as bed sores, are injuries to the skin from lying still too long.", "Pressure ulcers"),
        # "are held when", "is how", "the term used to describe".
        ("Child protection conferences are held when workers are worried that a child is not safe.", "Child protection conferences"),
        ("Self-directed support is how you choose the way your care is arranged in Scotland.", "Self-directed support"),
        ("'Floating support' is the term used to describe help that visits you wherever you live.", "Floating support"),
        # What it is made of, at less length than what it does.
        ("A cystoscopy involves a look inside the bladder with a thin camera.", "cystoscopy"),
        # The next sentence says what a plan sets down.
        ("We will write a personalised housing plan with you. This will set out the steps we will both take.", "personalised housing plan"),
    ],
)
def test_more_sentences_and_brackets_that_say_what_it_is_explain_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A code in brackets is a label, not a gloss.
        ("These patients now come under 'eligible needs' (code 9) in the report.", "eligible needs"),
        # "how much" and "how long" say how much, not what it is.
        ("Reablement is how long you get help at home after hospital, which is not long.", "Reablement"),
        # Held, but not when: where it is held says nothing of what it is.
        ("Child protection conferences are held in the town hall on Tuesdays.", "Child protection conferences"),
        # A short claim about what it takes in.
        ("A cystoscopy involves waiting.", "cystoscopy"),
        # "This will" and another verb says what happens next, not what the plan holds.
        ("We will write a personalised housing plan with you. This will take about a week.", "personalised housing plan"),
    ],
)
def test_the_same_words_that_do_not_say_what_it_is_leave_it_flagged_too(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A numbered list item: the term, a dash, its gloss.
        ("Your options:\n  1. Option 1 - Direct payment - you get the money and arrange the help yourself.\n", "Option 1"),
        # A heading that is a short form, its words on the next line.
        ("Words we use\n\nCAMHS\n\nChild and Adolescent Mental Health Services\n", "CAMHS"),
        # A heading and "This type of service can ..." on the next line.
        ("Floating Support\nThis type of service can help people who need some support to live on their own.\n", "Floating Support"),
        # A glossary line whose dash follows the term with no space.
        ("Respite\u2013 a short break from caring, for a few hours or a few days\n", "Respite"),
    ],
)
def test_lists_and_glossaries_explain_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A numbered line that is a sentence, not a term and its gloss.
        ("What happened:\n  1. The CAMHS nurse rang us back.\n", "CAMHS"),
        # A heading short form whose next line does not spell it.
        ("CAMHS\n\nWe waited two years for an appointment.\n", "CAMHS"),
    ],
)
def test_lists_that_do_not_gloss_the_term_leave_it_flagged(text, term):
    assert term in flagged(text)
