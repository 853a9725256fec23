"""Schwartz-Hearst long forms: the quick version agrees with the paper's letter-by-letter loop."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jargonfree.long_form_match import best_long_form


def _letter_by_letter(short: str, long: str) -> int | None:
    """Schwartz and Hearst (2003), figure 2, as written: walk left one character at a time
    (but a figure the long form does not hold stands for a word, as "2" in "D2A": left out)."""
    s = [c.lower() for c in short if c.isalpha() or (c.isdigit() and c in long)]
    if not s:
        return None
    lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in long)
    s_index, l_index = len(s) - 1, len(lower) - 1
    while s_index >= 0:
        c = s[s_index]
        while l_index >= 0 and (lower[l_index] != c or (s_index == 0 and l_index > 0 and lower[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = l_index + 1
    while start > 0 and lower[start - 1].isalnum():
        start -= 1
    return start


def test_a_long_form_is_found():
    long = "we met the approved mental health professional"
    assert long[best_long_form("AMHP", long) :] == "approved mental health professional"


_LETTERS = st.sampled_from(list("abcAB İ-x1"))


@settings(max_examples=500, deadline=None)
@given(st.text(_LETTERS, max_size=5), st.text(_LETTERS, max_size=30))
def test_best_long_form_equals_the_letter_by_letter_loop(short, long):
    assert best_long_form(short, long) == _letter_by_letter(short, long)


_PIECES = ["(AMHP)", "(AMHPs)", "(CTO)", "(kinship care)", "AMHP (approved mental health professional)",
           "approved mental health professional", "the discharge meeting", "community treatment order",
           " ", ". ", "(", ")", "Care", "p", "a", "5", "(5G)", "mental", "health"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map(" ".join))
@example("(AMHP) ( a 5 )")  # the initials match skips digits: the shortcut must too
def test_the_letters_shortcut_changes_no_definition(text):
    from unittest import mock

    from jargonfree import definitions
    from jargonfree.document import Document

    quick = definitions.find_definitions(text, Document.from_text(text).sentences)
    with mock.patch.object(definitions, "letters_before", lambda short, before: True):
        full = definitions.find_definitions(text, Document.from_text(text).sentences)
    assert quick == full


# -- short forms given with "or" or "for short" (real pages write them so) -------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("Self-directed Support (or SDS) gives you choice.", "SDS", "Self-directed Support"),
        ("Ask for Self-directed Support (SDS for short).", "SDS", "Self-directed Support"),
        ("An Additional Learning Needs Coordinator (or ALNCo for short) helps.", "ALNCo", "Additional Learning Needs Coordinator"),
        ("A Large Scale Investigation or LSI may follow.", "LSI", "Large Scale Investigation"),
        ("An Approved Mental Health Professional, or AMHP, will visit.", "AMHP", "Approved Mental Health Professional"),
        # "also known as" and the short form, in brackets, between commas or after "is".
        ("A Personal Advisor (also known as a PA) works with care leavers.", "PA", "Personal Advisor"),
        ("An emergency protection order, also known commonly as an EPO, is made by a court.", "EPO", "emergency protection order"),
        ("An Independent Mental Capacity Advocate is also known as an IMCA.", "IMCA", "Independent Mental Capacity Advocate"),
    ],
)
def test_a_short_form_given_with_or_is_defined(text, short, long):
    from jargonfree.definitions import find_definitions
    from jargonfree.sentences import find_sentences

    found = [(d.short, d.long) for d in find_definitions(text, find_sentences(text))]
    assert found == [(short, long)]
    d = find_definitions(text, find_sentences(text))[0]
    assert text[slice(*d.short_span)] == short and text[slice(*d.long_span)] == long


@pytest.mark.parametrize(
    "text",
    ["Contact the GP or CMHT today.", "Is it CAMHS or AMHP?", "Ring the office or NHS 111.", "Speak to your nurse or GP or AMHP.",
     "Bring a pen (or two) with you.", "Use the form (or ring us)."],
)
def test_or_between_two_names_defines_nothing(text):
    from jargonfree.definitions import find_definitions
    from jargonfree.sentences import find_sentences

    assert find_definitions(text, find_sentences(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "also known as" a short form that the words before do not spell.
        "Your social worker, also known as the EPO, will call.",
        "The team is also known as CAMHS.",
    ],
)
def test_also_known_as_a_short_form_the_words_do_not_spell_defines_nothing(text):
    from jargonfree.definitions import find_definitions
    from jargonfree.sentences import find_sentences

    assert find_definitions(text, find_sentences(text)) == []


def test_a_short_form_given_with_or_is_not_flagged_after_it_is_defined():
    from conftest import flagged

    text = "A Large Scale Investigation or LSI may follow. The LSI team will call you."
    assert "LSI" not in flagged(text)
    assert "CMHT" in flagged("Contact the GP or CMHT today.")


# -- asides, citations and one-word glosses in brackets ----------------------------------------


def test_an_aside_that_names_the_short_form_defines_it():
    from conftest import flagged

    text = "The Nearest Relative (I'm going to use the term NR from now on) has rights. The NR can ask for discharge."
    assert "NR" not in flagged(text)
    assert "NR" not in flagged("The Nearest Relative (known as the NR) can ask for discharge. The NR was told.")
    # Without the aside the short form is unexplained.
    assert "NR" in flagged("The NR can ask for the patient's discharge.")
    # An aside that names no short form of the words before it defines nothing.
    assert "NR" in flagged("The patient (I'm going to use the term NR for her relative) was told. The NR came.")


def test_a_bracket_that_cites_a_law_does_not_explain_the_term():
    from conftest import flagged

    assert "best interests decision" in flagged(
        "The referral should follow a best interests decision (according to the Mental Capacity Act 2005)."
    )
    assert "least restrictive option" in flagged("Staff must choose the least restrictive option (see chapter 6 of the code).")
    # A bracket that says what the term is still explains it.
    assert flagged("The referral should follow a best interests decision (a choice made for someone who cannot decide).") == []


def test_one_everyday_word_in_brackets_explains_the_term_before_it():
    from conftest import flagged

    assert "secondary care" not in flagged("Your GP may refer you to a secondary care (hospital) consultant for tests.")
    # Not a rare word, a capitalised word or a word that says something else about the term.
    assert "secondary care" in flagged("We will see you in secondary care (again) next week.")
    assert "secondary care" in flagged("Your GP may refer you to secondary care (Whittington) for tests.")


def test_one_word_at_the_end_of_a_phrase_qualifies_rather_than_explains():
    from conftest import flagged

    assert "discharge to assess" in flagged("Ask about discharge to assess (pilot).")


def test_a_bracket_that_limits_the_term_does_not_explain_it():
    from conftest import flagged

    assert "nearest relative" in flagged("Your nearest relative (non-restricted patients only) will be told.")
    assert "nearest relative" in flagged("Your nearest relative (except in some cases) will be told.")


def test_a_dash_and_small_words_inside_brackets_explain_the_term_before_them():
    from conftest import flagged

    assert "NIPE" not in flagged("Your baby has an Examination of the Newborn (NIPE - baby screening check) before you go.")
    # Outside brackets, or followed by capitals, a dash explains nothing.
    assert "NIPE" in flagged("Your baby has a NIPE - Monday or Tuesday.")
