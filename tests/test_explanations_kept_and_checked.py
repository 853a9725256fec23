"""Explanations real writers give that the tool missed (issue 11, session 26), each shape with the
same words that do not explain beside it.

A sentence that opens with "the" and a term, then says at length what the one register, court or
team keeps, checks or decides ("The child protection register lists all children who ...") says
what it is, as "a"/"an" and what a kind of thing does already did
(:mod:`jargonfree.defining_sentences`)."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # "The" and what the one register, court or body keeps, judges or checks, at length.
        (
            "The child protection register lists all children in a local authority area who are suffering or likely to suffer significant harm.",
            "child protection register",
        ),
        (
            "The court of protection judges whether people have the mental capacity to make decisions about their own welfare and money.",
            "court of protection",
        ),
        (
            "The fostering panel checks every assessment of new foster carers and decides whether to recommend them to the agency.",
            "fostering panel",
        ),
    ],
)
def test_the_and_what_the_one_register_or_court_does_at_length_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A short claim: what it did in one case.
        ("The child protection register lists her name.", "child protection register"),
        # The same word as a plural noun ("judges were"), not a verb of what it does.
        ("The court of protection judges were very slow in our case last year and we waited for months on end.", "court of protection"),
        # "Your" points at one case, whatever the verb.
        ("Your court of protection judges whether you can sell the house and the car and the furniture by the end of the month.", "court of protection"),
        # After "the", other verbs say what one body may do in a case, not what it is for.
        ("The court of protection allows your daughter to sell the house if the deputy agrees to it and the judge signs the order.", "court of protection"),
    ],
)
def test_the_same_opening_that_does_not_say_what_it_is_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- a dash, and what the term is, after a possessive or a word of how often --------------------


@pytest.mark.parametrize(
    "text, term",
    [
        # A possessive before the term makes it a noun as "the" or "your" does.
        ("Baby’s blood spot screening – a small sample of blood taken to check for some rare conditions.", "blood spot screening"),
        # "usually", "preferably" and the like before what the term is.
        ("A single point of contact – preferably a person that the young person knows and trusts – can coordinate care.", "single point of contact"),
        ("Your care coordinator – usually a nurse or a social worker – will visit you at home.", "care coordinator"),
    ],
)
def test_a_dash_and_what_the_term_is_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A verdict or an amount after the dash says nothing of what it is.
        ("Mum's blood spot screening – a bit late – was done on day eight.", "blood spot screening"),
        ("Baby’s blood spot screening – a total nightmare – took three goes.", "blood spot screening"),
        # A word of how often, then no noun of what it is.
        ("Your care coordinator – usually late – will visit you at home.", "care coordinator"),
    ],
)
def test_a_dash_that_does_not_say_what_it_is_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- the next sentence lists what the term takes in: "This can involve ..., ... or ..." ----------


@pytest.mark.parametrize(
    "text, term",
    [
        (
            "The health board may need to put it right through a system of ‘Redress’. This can involve more treatment, an apology or a payment.",
            "Redress",
        ),
        ("You may be offered reablement. This can include help with washing, dressing or cooking meals.", "reablement"),
    ],
)
def test_a_next_sentence_that_lists_what_the_term_takes_in_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # One thing, not what it takes in; or a verdict.
        ("The health board may need to put it right through a system of ‘Redress’. This can involve a long wait.", "Redress"),
        ("The health board may put it right through ‘Redress’. This can involve a lot of paperwork, calls and letters.", "Redress"),
        # The term does not end its sentence: the list may be of the words after it.
        ("You may be offered reablement and other services. This can include help with washing, dressing or cooking.", "reablement"),
    ],
)
def test_a_next_sentence_that_does_not_list_what_the_term_takes_in_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- ", where" or ", when", who acts and what will or can be done, at length --------------------


@pytest.mark.parametrize(
    "text, term",
    [
        (
            "A case can be made to the Court for an ‘Intervention Order’, where the Court would appoint one or more persons to take one-off actions for you.",
            "Intervention Order",
        ),
        (
            "Then there are rules about deferred payments, when the council do take the value into consideration but put a charge on the house.",
            "deferred payments",
        ),
    ],
)
def test_where_or_when_and_how_it_works_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # What happened once, not how it works.
        ("She was given an Intervention Order, when the council finally agreed to it after a long fight with us all.", "Intervention Order"),
        # A short clause.
        ("She was given an Intervention Order, when the court can decide.", "Intervention Order"),
        # No comma: "where" says which one.
        ("We asked about deferred payments where the council would take the house in the end if nobody else paid.", "deferred payments"),
    ],
)
def test_where_or_when_that_does_not_say_how_it_works_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- "a" role "to make sure" or "to ensure" what it is there to see to ------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        (
            "There will be a lead professional to make sure that the plan is managed properly and to co-ordinate the support in it.",
            "lead professional",
        ),
        ("Each child has a lead professional to ensure the support described in the plan is given by every service.", "lead professional"),
    ],
)
def test_a_role_and_what_it_is_there_to_see_to_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Short: nothing said of what it sees to.
        ("Call the lead professional to make sure.", "lead professional"),
        # "the": one person, not what the role is for.
        ("Ring the lead professional to make sure the meeting is still on for Monday afternoon at the school.", "lead professional"),
    ],
)
def test_to_make_sure_that_does_not_say_what_the_role_is_for_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- named after its explanation: "known by doctors as", "(AKA ...)" ----------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("A mini stroke is known by doctors as a Transient Ischaemic Attack. It happens when the blood supply to the brain is blocked.", "Transient Ischaemic Attack"),
        ("The nurses check for pressure sores (AKA pressure ulcers) every day.", "pressure ulcers"),
    ],
)
def test_a_term_named_after_its_plain_name_is_explained(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # "known to" someone: who knows the family, not a name for anything.
        ("The family was known to social services as a child in need case for years.", "child in need"),
        # A person before "(AKA ...)" is not a plain name for the term.
        ("Her dad (AKA nearest relative) rang the ward.", "nearest relative"),
    ],
)
def test_the_same_words_that_name_nothing_leave_it_flagged(text, term):
    assert term in flagged(text)


# -- a nation's own kind: "X is Scotland's approach to ..." -------------------------------------


def test_a_nations_own_kind_of_thing_explains_the_term():
    text = "Self-directed support is Scotland's approach to social care support. It applies across all ages."
    assert "Self-directed support" not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Its best or worst, or a verdict, says nothing of what it is.
        ("Delayed discharge is Wales's biggest problem in the NHS today by far.", "Delayed discharge"),
        # ("Self-directed support" had a row here until session 27, when it became everyday.)
    ],
)
def test_a_nations_verdict_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- "In the NHS" before a sentence that defines the term ---------------------------------------


def test_in_the_nhs_before_a_defining_sentence_still_lets_it_define():
    text = "In the NHS the 18 week wait means the time it takes from the point a GP refers a patient to the time they start treatment."
    assert "18 week wait" not in flagged(text)


def test_in_the_nhs_before_a_sentence_that_does_not_define_leaves_it_flagged():
    text = "In the NHS the 18 week wait is getting longer every year for most people."
    assert "18 week wait" in flagged(text)


# -- a sentence that opens with the term and says what it takes in: "Capital includes ..." ------


@pytest.mark.parametrize(
    "text, term",
    [
        ("We will look at your weekly income and at any capital. Capital includes savings and property you own.", "capital"),
        ("Reablement includes a few weeks of help at home from carers and therapists, or equipment for the home.", "Reablement"),
    ],
)
def test_what_the_term_takes_in_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Reablement includes me.", "Reablement"),  # short
        ("Reablement includes a lot of stress and worry for all of us at home.", "Reablement"),  # an amount, a verdict
    ],
)
def test_includes_that_does_not_say_what_it_takes_in_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- "is a" noun and a doing word of what it shows or gives: "a statement showing ..." -----------


@pytest.mark.parametrize(
    "text, term",
    [
        ("Carers should receive a personal budget, which is a statement showing the cost of meeting their needs.", "personal budget"),
        ("A personal budget is a statement showing how much money the council will spend on your care.", "personal budget"),
    ],
)
def test_a_noun_and_what_it_shows_explains_it(text, term):
    assert term not in flagged(text)


def test_a_verdict_and_what_it_shows_leaves_it_flagged():
    assert "indicative budget" in flagged("We got an indicative budget, which is a nightmare showing no end in sight.")


# -- the term opens its sentence, then ", this means" and a doing word --------------------------


def test_opening_term_then_this_means_and_a_doing_word_explains_it():
    text = "Responsive feeding is recommended, this means allowing baby to tell you when a feed is required."
    assert "Responsive feeding" not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A subject and a verb after "this means": what follows from it.
        ("Responsive feeding is recommended, this means you will need to watch your baby closely.", "Responsive feeding"),
        # The term does not open its sentence.
        ("We tried responsive feeding is recommended, this means allowing it.", "responsive feeding"),
    ],
)
def test_this_means_that_does_not_say_what_it_is_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- another name joined by a slash before the term that opens a defining sentence --------------


def test_a_slashed_other_name_before_the_term_still_lets_its_sentence_define_it():
    text = "Crisis Response/Home treatment service is a 24 hour service for people in a mental health crisis who would otherwise be in hospital."
    assert "Home treatment service" not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # ("Home treatment service" was the term here until session 27, when it became everyday.)
        ("The out of hours/Emergency duty team is a nightmare to get hold of at weekends and at night.", "Emergency duty team"),
        ("Out of Hours/Emergency duty team is busy.", "Emergency duty team"),
    ],
)
def test_a_slashed_name_before_a_sentence_that_does_not_define_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- a glossary headword in capitals, its gloss on the same line ---------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("CHILD ARRANGEMENTS ORDER The new name (since April 2014) for a residence or contact order.", "CHILD ARRANGEMENTS ORDER"),
        ("CHILD ARRANGEMENTS ORDER An order is made by the court to say where a child will live and whom they will see.", "CHILD ARRANGEMENTS ORDER"),
    ],
)
def test_a_headword_in_capitals_and_its_gloss_on_the_same_line_is_explained(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A sentence runs on after the capitals: no gloss.
        ("CHILD ARRANGEMENTS ORDER The court made one last week.", "CHILD ARRANGEMENTS ORDER"),
        # Not at the start of a line.
        ("We got a CHILD ARRANGEMENTS ORDER The new name for it is odd.", "CHILD ARRANGEMENTS ORDER"),
    ],
)
def test_capitals_that_do_not_head_a_gloss_leave_it_flagged(text, term):
    assert term in flagged(text)


# -- what the subject is, what it is over, then "This means" ------------------------------------


def test_what_the_subject_is_and_what_over_then_this_means_explains_it():
    text = "Our GP practice is the data controller for the personal data we hold about you. This means we are responsible for deciding how it is used."
    assert "data controller" not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # No "This means" after it.
        ("Our GP practice is the data controller for the personal data we hold about you. It was fined last year.", "data controller"),
        # Not what the subject is ("asked the"): "This means" says what follows from the asking.
        ("We asked the data controller for the personal data they hold about us. This means we are waiting for a reply.", "data controller"),
    ],
)
def test_this_means_after_other_words_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- "X is similar to Y. It supports people to ..." ---------------------------------------------


def test_a_likeness_then_what_it_does_for_people_explains_it():
    text = "Intermediate care is quite similar to reablement. It supports people to recover and rehabilitate when they come out of hospital."
    assert "Intermediate care" not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("Intermediate care is quite similar to reablement. It was awful for us.", "Intermediate care"),
        ("Intermediate care is similar to prison. It gives people nothing at all to do all day long.", "Intermediate care"),
        ("Intermediate care is similar to reablement. It helps people.", "Intermediate care"),  # short
    ],
)
def test_a_likeness_without_what_it_does_leaves_it_flagged(text, term):
    assert term in flagged(text)


# -- the term, then "or" and its everyday name: "(TIA) or mini stroke", "or ‘mini strokes’" -----


@pytest.mark.parametrize(
    "text, term",
    [
        ("We see people at risk of a stroke (a transient ischaemic attack (TIA) or mini stroke) with brief weakness.", "ischaemic"),
        ("Dad had a series of TIAs – Transient Ischaemic Attack or ‘mini strokes’ – before his dementia.", "Ischaemic"),
    ],
)
def test_the_term_then_or_and_its_everyday_name_explains_it(text, term):
    assert not [f for f in flagged(text) if term in f]


@pytest.mark.parametrize(
    "text, term",
    [
        # Not a name: another choice, or words that name nothing.
        ("He had a transient ischaemic attack (TIA) or something worse, we think.", "ischaemic"),
        ("He had a transient ischaemic attack (TIA) or thrombolysis.", "ischaemic"),
        # No short form and no quotes: "or" offers another choice.
        ("We looked at reablement or care home placements.", "reablement"),
    ],
)
def test_or_and_words_that_are_not_its_everyday_name_leave_it_flagged(text, term):
    assert [f for f in flagged(text) if term in f]


@pytest.mark.parametrize(
    "text",
    [
        "Coercive control can include checking your phone and stopping you seeing friends.",
        "Self-neglect may include not washing, not eating and not keeping the house clean enough to live in.",
    ],
)
def test_what_a_term_can_include_gives_examples_not_what_it_is(text):
    # "X can/may include ..." lists some of what may be part of it (the glossary's own flagged
    # example for coercive control); "X includes ..." at length still says what it takes in.
    term = text.split(" can ")[0].split(" may ")[0]
    assert term in flagged(text)
