"""Explanations as lists, glossaries and leaflets write them (jargonfree.listed_explanations):
an abbreviation followed by its words, a term with its bracketed short form and a gloss, a
glossary heading with its gloss on the next line; and the same layouts without an explanation."""

from __future__ import annotations

import pytest
from conftest import flagged

from jargonfree.listed_explanations import spells


@pytest.mark.parametrize(
    "text, term",
    [
        # An abbreviation, then a colon or "stands for", then the words it stands for.
        ("AAU: Acute Assessment Unit\nWard 7 is on the second floor.", "AAU"),
        ("CiCC stands for Children in Care Council. It meets every month.", "CiCC"),
        ("ADHD: attention deficit hyperactivity disorder, which affects how you concentrate.", "ADHD"),
        # At the start of a line, nothing between them: a list of short forms.
        ("NQSW newly qualified social worker\nPA personal assistant", "NQSW"),
        ("AAC Augmentative and Alternative Communication\nBSL British Sign Language", "AAC"),
        # A term, its short form in brackets, then what it is.
        ("Mental Health Officer (MHO): this is a specially trained social worker who deals with people.", "Mental Health Officer"),
        ("You could choose an Individual Service Fund (ISF) – this is where a care agency holds the money.", "Individual Service Fund"),
        # A glossary heading alone on its line, and the next line says what it is.
        ("Care Order\nA care order is granted by a court and makes the council share responsibility.", "Care Order"),
        ("Acute Trust\nThis is a National Health Service trust that runs hospitals.", "Acute Trust"),
        # ... or a noun and a clause that describes it, after a blank line.
        ("Activities of daily living\n\nTasks that people carry out to look after their home and themselves.", "Activities of daily living"),
        ("Annual review\nMeeting held to review a statement of special educational needs.", "Annual review"),
        # An uncommon word heading a list item with a dash gloss.
        ("  • phlebotomist – a specialist who collects blood from patients", "phlebotomist"),
    ],
)
def test_a_term_a_list_or_glossary_explains_is_not_flagged(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The words after it do not spell it.
        ("AAU: ring the ward before you visit.", "AAU"),
        ("The MDT Discharge meeting is on Monday.", "MDT"),
        # After a space in the middle of a line the words need a colon or "stands for".
        ("We met the NQSW newly arrived from Leeds.", "NQSW"),
        # A short form in brackets with no gloss after it explains nothing.
        ("Your Mental Health Officer (MHO) will visit on Tuesday.", "Mental Health Officer"),
        ("Ask about an Individual Service Fund (ISF): call the team.", "Individual Service Fund"),
        # A heading whose next line says something else.
        ("Care Order\nThe hearing is next week at the family court.", "Care Order"),
        ("Activities of daily living\n\nPlease bring your list to the meeting.", "Activities of daily living"),
        # Not alone on its line: a sentence that goes on.
        ("The Care Order was made last year.\nA copy is in your file.", "Care Order"),
        ("  • phlebotomist at the surgery on Tuesdays", "phlebotomist"),
    ],
)
def test_the_same_layouts_without_an_explanation_are_still_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "short, words, expected",
    [
        ("CiCC", "Children in Care Council", True),
        ("AAC", "Augmentative and Alternative Communication", True),
        ("NQSW", "newly qualified social worker", True),
        ("AHPs", "Allied Health Professionals", True),
        ("MDT", "Discharge meeting on Monday", False),
        ("AAU", "ring the ward", False),
    ],
)
def test_spells(short, words, expected):
    assert spells(short, words) is expected
