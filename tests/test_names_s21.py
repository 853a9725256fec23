"""False flags on fresh real pages (session 21): letters inside a body's name after a place's
words, a one-word term that opens a team's name with "and", and care words in another sense
("deputy minister", "to secure care home charges"). Each rule has cases that must stay flagged."""

from __future__ import annotations

import pytest
from conftest import flagged


# -- letters inside a body's name, after the words of a place -------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("The South Eastern HSC Trust has specially trained staff that can provide information.", "HSC", False),
        ("This video was produced by the Scottish Borders SDS Forum to show examples.", "SDS", False),
        ("The Wiltshire QZX Forum meets every month.", "QZX", False),
        ("We spoke to the Belfast QZX Trust and the Ards QZX Forum.", "QZX", False),
        # Letters that open the name, a sentence's first word before them, a team's name, no body's word.
        ("Ring the HSC Trust today.", "HSC", True),
        ("Contact HSC Trust staff for help.", "HSC", True),
        ("We met the Wiltshire QZX Team.", "QZX", True),
        ("Ask Belfast QZX about it.", "QZX", True),
        ("Our QZX Board meets on Monday.", "QZX", True),
    ],
)
def test_letters_inside_a_bodys_name_after_a_place_are_part_of_it(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- letters whose "'s" owns a named team or service -----------------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("LCiL’s Independent Living Service is funded by the local authorities in the Lothians.", "LCiL", False),
        ("The QZX’s Independent Living Service helps people at home.", "QZX", False),
        # "'s" and no named service, or a service word alone.
        ("QZX's care plan was late.", "QZX", True),
        ("QZX’s Team was late.", "QZX", True),
    ],
)
def test_letters_that_own_a_named_service_are_a_name(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- a one-word term that "and" joins to the rest of one team's name -------------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("Innovation through Partnership: Winners - Reablement and Rapid Response Team.", "Reablement", False),
        # No team's head word after it, "the" after "and", or the words in small letters.
        ("Ask for Reablement and Home Care support.", "Reablement", True),
        ("We offer Reablement and the Rapid Response Team.", "Reablement", True),
        ("Our reablement and rapid response team visits daily.", "reablement", True),
        # Two things joined, as before.
        ("I started asking about my Pathway Plan and the Leaving Care Grant last year.", "Pathway Plan", True),
    ],
)
def test_a_one_word_term_that_opens_a_teams_name_with_and_is_part_of_it(text, word, flag):
    assert (word in flagged(text)) is flag


# -- care words in another sense -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("The deputy minister for mental health said the consultation documents have a clear focus.", "deputy", False),
        ("The Deputy First Minister visited the care home for people who lack capacity.", "Deputy", False),
        ("The Court of Protection appointed a deputy to manage his money.", "deputy", True),
        ("She lacks capacity, so her deputy will sign the care home contract.", "deputy", True),
        ("Units have been opened by Deputy Health Minister, Vaughan Gething, for mothers and babies.", "Deputy", False),
        ("Local authorities could place charges on property to secure care home charges for a child.", "secure care", False),
        ("The young person was placed in secure care after running away again.", "secure care", True),
    ],
)
def test_care_words_in_another_sense(text, word, flag):
    assert (word in flagged(text)) is flag


# -- officialese says nothing about care ------------------------------------------------------


def test_officialese_does_not_make_a_road_notice_about_care():
    # "magnitude" and "persist" are officialese, which any official writing has: they are no
    # care signal for the foster placement's "disruption".
    text = "National Highways, sensing the magnitude of the disruption, warned that the closure could persist for several hours."
    assert "disruption" not in flagged(text)
    assert "magnitude" in flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # Care words around it still let the domain decide.
        ("After the disruption the children's social worker called a meeting with us.", "disruption"),
        # Officialese that needs context still counts other officialese as its context.
        ("Prevention and early intervention  Increasing preventative services within the community to minimise the escalation of critical need.", "escalation"),
    ],
)
def test_the_domain_still_decides_with_care_words_or_for_officialese(text, word):
    assert word in flagged(text)


# -- a term inside the name of an event ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("National Care Leavers Week takes place this year from Monday 24 to Sunday 30 October.", "Care Leavers", False),
        ("Recent initiatives such as the Care Leavers’ Conference at St George’s Hall brought together businesses.", "Care Leavers", False),
        # The term in small letters, or a name too short to be more than the term.
        ("This week we are celebrating our care leavers and their successes.", "care leavers", True),
        ("Come to our Reablement Day on Friday.", "Reablement", True),
    ],
)
def test_a_term_inside_the_name_of_an_event_is_part_of_it(text, word, flag):
    assert (word in flagged(text)) is flag


# -- the first of a list of names ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("14 areas have been selected for the scheme including: Torbay, Sheffield, County Durham, Cornwall, Salford, Kent.", "Torbay", False),
        # Alone at the start of a sentence, a shorter list, or a medical word first in a list.
        ("Torbay has a new clinic.", "Torbay", True),
        ("Areas: Torbay, Sheffield and Kent.", "Torbay", True),
        ("Symptoms: Dysuria, Polyuria, Haematuria.", "Dysuria", True),
    ],
)
def test_the_first_of_a_list_of_names_is_a_name(text, word, flag):
    assert (word in flagged(text)) is flag
